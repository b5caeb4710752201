"""Institutions named by a nationality and a common noun ("the Russian embassy", "Foreign Ministry")."""

from extract.places import DEMONYMS

INSTITUTION_NOUNS = ("embassy", "Embassy", "consulate", "Consulate", "government", "Government")
MINISTRIES = (
    "Foreign Ministry",
    "Defense Ministry",
    "Defence Ministry",
    "Interior Ministry",
    "Finance Ministry",
    "Justice Ministry",
    "Foreign Office",
    "State Department",
    "Defense Department",
    "Justice Department",
)


PARTIES = (
    "Labour",
    "Labour Party",
    "Conservative Party",
    "Tories",
    "Liberal Democrats",
    "Lib Dems",
    "SNP",
    "Democratic Party",
    "Republican Party",
    "United Russia",
    "CDU",
    "SPD",
    "AfD",
    "Greens",
    "Green Party",
    "Reform UK",
    "Sinn Fein",
    "Fidesz",
    "Likud",
    "BJP",
    "ANC",
    # parties of the devolved nations and Ireland, the groups of British councils ("Liberal Democrat
    # group leader": a party's adjective names the party)
    "Plaid Cymru",
    "Welsh Labour",
    "Welsh Conservatives",
    "Scottish Labour",
    "Scottish Conservatives",
    "Scottish Greens",
    "Alba Party",
    "DUP",
    "UUP",
    "SDLP",
    "Alliance Party",
    "Sinn Féin",
    "Fianna Fáil",
    "Fine Gael",
    "Social Democrats",
    "Liberal Democrat",
    "Lib Dem",
    # devolved and Irish legislatures, named without "the ... of"
    "Senedd",
    "Dáil",
    "Seanad",
    "Oireachtas",
    # British trade unions whose names are no English phrase
    "Unison",
    "GMB",
    "RMT",
    "Aslef",
    "Usdaw",
    "NASUWT",
)
# A party's adjective or short form, named by the party ("a Liberal Democrat councillor").
PARTY_FORMS = {
    "Liberal Democrat": "Liberal Democrats",
    "Lib Dem": "Liberal Democrats",
    "Lib Dems": "Liberal Democrats",
}
# One-word union names that are also English verbs: only as a proper noun ("Unite regional officer X").
VERB_UNIONS = ("Unite",)


def institution_patterns() -> list[dict]:
    """Entity-ruler patterns (ORG) for "<Demonym> embassy|consulate|<ministry>"."""
    demonyms = sorted({d for d in DEMONYMS if d[0].isupper() and "." not in d and " " not in d})
    patterns: list[dict] = [
        {
            "label": "ORG",
            "pattern": [{"ORTH": {"IN": demonyms}}, {"ORTH": {"IN": list(INSTITUTION_NOUNS[:4])}}],
            "id": "institution",
        },
    ]
    # One token pattern per last word ("Ministry", "Office", "Department") rather than one per
    # ministry: every token pattern costs the matcher on every document, a phrase costs ~nothing.
    firsts: dict[str, list[str]] = {}
    for ministry in MINISTRIES:
        *head, last = ministry.split()
        if len(head) != 1:  # a longer name keeps a pattern of its own
            exact = [{"ORTH": w} for w in ministry.split()]
            patterns.append(
                {"label": "ORG", "pattern": [{"ORTH": {"IN": demonyms}}, *exact], "id": "institution"}
            )
            continue
        firsts.setdefault(last, []).append(head[0])
    for last, words in firsts.items():
        pattern = [{"ORTH": {"IN": demonyms}}, {"ORTH": {"IN": words}}, {"ORTH": last}]
        patterns.append({"label": "ORG", "pattern": pattern, "id": "institution"})
    patterns += [{"label": "ORG", "pattern": party, "id": "institution"} for party in PARTIES]
    patterns += [
        {"label": "ORG", "pattern": [{"ORTH": union, "POS": "PROPN"}], "id": "institution"}
        for union in VERB_UNIONS
    ]
    return patterns
