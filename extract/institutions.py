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
)


def institution_patterns() -> list[dict]:
    """Entity-ruler patterns (ORG) for "<Demonym> embassy|consulate|<ministry>"."""
    demonyms = sorted({d for d in DEMONYMS if d[0].isupper() and "." not in d and " " not in d})
    patterns = [
        {
            "label": "ORG",
            "pattern": [{"ORTH": {"IN": demonyms}}, {"ORTH": {"IN": list(INSTITUTION_NOUNS[:4])}}],
            "id": "institution",
        },
    ]
    for ministry in MINISTRIES:
        words = [{"ORTH": w} for w in ministry.split()]
        patterns.append(
            {"label": "ORG", "pattern": [{"ORTH": {"IN": demonyms}}, *words], "id": "institution"}
        )
    for party in PARTIES:
        patterns.append(
            {"label": "ORG", "pattern": [{"ORTH": w} for w in party.split()], "id": "institution"}
        )
    return patterns
