"""Grammar that marks a name as an organisation's (or a competition's): legal names, company cues,
posts at it, lists and appositions, and short forms of longer names."""

from spacy.tokens import Doc, Span

from extract.doc_arrays import column, tokens
from extract.names import CITIES, GIVEN_NAMES
from extract.org_words import (
    APPOSITION_ORG_NOUNS,
    BUSINESS_HEADS,
    CAREER_AT_VERBS,
    CORPORATE_ROLES,
    FOUNDING_VERBS,
    INSTITUTION_HEADS,
    LEGAL_PREFIXES,
    ORG_COMMON_NOUNS,
    ORG_OF_ROLES,
    STAFF_LEMMAS,
    UNIT_NOUNS,
    legal_form,
    looks_institutional,
    org_headed,
)
from extract.outlets import WEAK_CUES, outlet_cue, unlike_person
from extract.person_cues import is_title_word
from extract.place_cues import listed_place, locative
from extract.places import canonical_country
from extract.syntax import SPEAKER_VERBS, sentence_of, span_text, verb_lemma
from extract.titles import HONORIFICS, ROLE_NOUNS
from extract.towns import WORLD_TOWNS


def legal_name(span: Span) -> bool:
    """ "Arul & Khoo LLC", "Baxter, Holm & Reyes", "Valcor Pte Ltd": an ampersand between capitalised
    words, or a legal form after one, makes a firm's name, never a person's or a place's."""
    doc, start, end = span.doc, span.start, span.end
    texts, toks = column(doc, "text")[start:end], tokens(doc)  # the words, read once for the tests below
    capitalised = sum(1 for text in texts if text[:1].isupper())
    ampersand = "&" in texts[1:-1]
    if not ampersand and len(texts[-1]) == 2 and listed_place(span_text(doc[start : end - 1])):
        return False  # "Kenya AG" (an attorney general), "Durban SA": a place, then letters
    prefixed = len(texts) > 1 and texts[0] in LEGAL_PREFIXES and toks[start + 1].is_title
    return capitalised >= 2 and (
        ampersand or prefixed or (legal_form(toks[end - 1]) and not legal_form(toks[start]))
    )


# Last words of sports competitions' names: events, not organisations ("the FA Cup").
COMPETITION_WORDS = frozenset(
    "championship championships cup trophy olympics games series tournament".split()
)
# Nouns of the sides that play in a league ("a team in the Premier League", "promoted to the X League").
SIDE_NOUNS = frozenset("team club side clubs teams sides".split())
PLAY_VERBS = frozenset({"play", "promote", "relegate", "compete", "win", "finish"})


def competition(span: Span) -> bool:
    """True for a competition: a name ending in a competition word, or a league a team plays in ("a team
    in the Premier League"), not the body that runs it ("the English Football League (EFL) approved")."""
    last = span[-1].lower_
    if last in COMPETITION_WORDS and not any(t.lower_ in INSTITUTION_HEADS for t in span):
        return True
    if last != "league" or span.root.dep_ != "pobj":
        return False
    governor = span.root.head.head
    return governor.lower_ in SIDE_NOUNS or governor.lemma_.lower() in PLAY_VERBS


def listed_with_organisations(span: Span) -> bool:
    """True for one word in a list of organisations ("Facebook, Google and Twitter")."""
    if len(span) != 1:
        return False
    kinds = {t.ent_type_ for t in span.root.conjuncts}
    return "ORG" in kinds and "PERSON" not in kinds


def org_apposition(span: Span) -> bool:
    """True for a name with an organisation noun in apposition ("Leonardo, the Italian defence group,")."""
    return any(  # every word of the span: the parse of a foreign name often has no single root
        child.dep_ == "appos" and child.lemma_.lower() in ORG_COMMON_NOUNS | APPOSITION_ORG_NOUNS
        for token in tokens(span.doc)[span.start : span.end]
        for child in token.children
        if child.i >= span.end
    )


def named_after_unit(span: Span) -> bool:
    doc = span.doc
    toks = tokens(doc)
    if span.start < 2 or toks[span.start - 1].text != "," or toks[span.start - 2].lower_ not in UNIT_NOUNS:
        return False
    unit = toks[span.start - 2]  # "the head of the unit, Anna de Vries": the name is the head's, a person
    if span.root.dep_ == "appos" and span.root.head.lower_ in ROLE_NOUNS:
        return False  # "The chairwoman of the Senate's Budget Committee, Ana Pop": parsed as hers
    return not (unit.dep_ == "pobj" and unit.head.lower_ == "of" and unit.head.head.lower_ in ROLE_NOUNS)


def org_of_role(span: Span) -> bool:
    # "the co-founder of Rappler": a single unknown word after "ROLE of" names an organisation.
    root = span.root
    return (
        len(span) == 1
        and span_text(span) not in GIVEN_NAMES
        and root.dep_ == "pobj"
        and root.head.lower_ == "of"
        and root.head.head.lower_ in ORG_OF_ROLES
    )


def org_of_person(span: Span) -> bool:
    # "Peter Gould of Bernstein": one unknown word after "NAME of" is where the person works.
    root = span.root
    if len(span) != 1 or span_text(span) in GIVEN_NAMES or root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    owner = root.head.head
    return owner.ent_type_ == "PERSON" and owner.pos_ == "PROPN"


def speaking_facility(span: Span) -> bool:
    # "Downing Street said", "the White House announced": a building speaking is an institution.
    root = span.root
    return (
        span.label_ in ("FAC", "LOC", "GPE")
        and span_text(span) not in CITIES
        and canonical_country(span_text(span)) is None
        and root.dep_ == "nsubj"
        and root.head.lemma_.lower() in SPEAKER_VERBS
    )


def post_at(span: Span) -> bool:
    """ "a test pilot at Vantorix", "spent eleven years at Halvex": one unlisted word after "at" that a
    person's post or a career verb governs is where the person works (a listed town there stays a place:
    "a nurse at Preston" is read as written)."""
    root = span.root
    if len(span) != 1 or root.dep_ != "pobj" or root.head.lower_ != "at" or span_text(span) in WORLD_TOWNS:
        return False
    post = root.head.head.lower_ in ROLE_NOUNS or span.doc[root.head.i - 1].lower_ in ROLE_NOUNS
    return post or root.head.head.lemma_ in CAREER_AT_VERBS


def company_cue(span: Span) -> bool:
    """Grammar that marks a name as a company: "Nvidia CEO X", "co-founded Nvidia", "Nvidia's shares"."""
    doc, root = span.doc, span.root
    toks = tokens(doc)
    nxt = toks[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.lower_ in CORPORATE_ROLES and root.dep_ in ("compound", "nmod", "poss"):
        return True
    if (
        nxt is not None
        and nxt.tag_ == "POS"
        and span.end + 1 < len(doc)
        and toks[span.end + 1].lower_ in CORPORATE_ROLES
    ):
        return True
    return root.dep_ == "dobj" and verb_lemma(root.head) in FOUNDING_VERBS


def _workplace_of_staff(span: Span) -> bool:
    """ "sales managers at Karoo Pharmaceuticals, Umzimvubu Generics and Veldmed": where staff work is a
    company, each name of the list."""
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return (
        span[0].text not in GIVEN_NAMES
        and root.dep_ == "pobj"
        and root.head.lower_ == "at"
        and root.head.head.lemma_.lower() in STAFF_LEMMAS
    )


def _its_antecedent(span: Span) -> bool:
    """ "Veldmed denied it. Its chief executive said", "Veldmed cut its prices": "its" pointing back to the
    subject name makes it a body; not "Smith said the company cut its prices" ("its" is the company's)."""
    root, doc = span.root, span.doc
    if root.dep_ != "nsubj" or span[0].text in GIVEN_NAMES:
        return False
    verb = root.head
    toks, its = tokens(doc), _its_positions(doc)
    # an "its" under one of the verb's children whose head hangs on the verb: a word other than the verb
    # whose head's head is the verb lies in the subtree of one of its children, so no subtree is walked
    if any(k != verb.i and toks[k].head.head == verb for k in its):
        return True
    start, end = sentence_of(doc, span.start)  # ``span.sent`` walks the sentence on every call
    return end < len(doc) and end in its and verb == doc[start:end].root


def _its_positions(doc: Doc) -> list[int]:
    """The indexes of the words "its", found once per Doc: ``_its_antecedent`` looks for them per name."""
    found = doc.user_data.get("kg_its")
    if found is None:
        found = doc.user_data["kg_its"] = [k for k, low in enumerate(column(doc, "lower_")) if low == "its"]
    return found


def _statement_alone(span: Span) -> bool:
    """ "Veldmed said in a statement": one unknown word issuing a statement (a person's surname is
    caught first by the surname rule)."""
    root = span.root
    return (
        len(span) == 1
        and span_text(span) not in GIVEN_NAMES
        and root.dep_ == "nsubj"
        and root.head.lemma_.lower() == "say"
        and any(
            c.lower_ == "in" and any(g.lower_ == "statement" for g in c.children) for c in root.head.children
        )
    )


def firm_cue(span: Span) -> bool:
    """True where the document treats a name as a company or body: its staff, its "its", its shares, a
    post or a unit of it ("the managing director of X", "the maintenance division of X")."""
    return (
        company_cue(span)
        or _workplace_of_staff(span)
        or _its_antecedent(span)
        or _statement_alone(span)
        or post_of_body(span)
    )


# Posts and parts only a body has, and the preposition that joins them to its name ("the managing
# director of X", "a vice-president of X", "the maintenance division of X", "an engineer at X"). No
# post a place or a person also has (governor, mayor, president, minister; lawyer, adviser, partner).
BODY_POSTS_OF = frozenset(
    "director chairman chairwoman vice-president vice-chairman founder co-founder shareholder shareholders "
    "owner division subsidiary unit arm affiliate employees staff".split()
)
BODY_POSTS_AT = BODY_POSTS_OF | frozenset("manager managers engineer engineers analyst executive".split())


def post_of_body(span: Span) -> bool:
    """True for a name that owns, or is the object of "of" or "at" after, a post only a body has: the
    firm or body the person works for, whatever the model called it ("Stade Aurillacois")."""
    doc, root = span.doc, span.root
    toks = tokens(doc)
    if span[0].text in GIVEN_NAMES or listed_place(span_text(span)):
        return False
    if span.end + 1 < len(doc) and toks[span.end].tag_ == "POS":  # "X's director general, Y"
        return toks[span.end + 1].lower_ in BODY_POSTS_OF
    if root.dep_ != "pobj":
        return False
    prep = root.head
    post = prep.head.lower_
    if post in ("president", "chairman") and prep.head.i > 1 and toks[prep.head.i - 1].text == "-":
        post = toks[prep.head.i - 2].lower_ + "-" + post  # "vice-president", split by the tokenizer
    return (prep.lower_ == "of" and post in BODY_POSTS_OF) or (prep.lower_ == "at" and post in BODY_POSTS_AT)


def possessor_of_person(span: Span) -> bool:
    # "OpenAI's Sam Altman": one unknown word owning a person's name is where the person works.
    doc = span.doc
    toks = tokens(doc)
    after = span.end + 1
    return (
        len(span) == 1
        and span_text(span) not in GIVEN_NAMES
        and after < len(doc)
        and toks[span.end].tag_ == "POS"
        and toks[after].ent_type_ == "PERSON"
    )


def short_institution_names(spans: list[Span], labels: list[str], surnames: set[str]) -> set[str]:
    """ "Maumee Valley" for "Maumee Valley Medical Center", "Electoral Tribunal" for "Supreme Electoral
    Tribunal": a "person" whose words open or close an institution's longer name is that institution."""
    texts = [span_text(s) for s in spans]  # each span's text is read up to six times below
    orgs = [
        text.split()
        for s, text, lab in zip(spans, texts, labels, strict=True)
        if lab == "ORG"
        and (looks_institutional(s) or org_headed(s) or legal_name(s))  # "Negros Star Construction" too
    ]
    firms = [o for o in orgs if o[-1].lower() in BUSINESS_HEADS]
    # "Mr. Orchid", "Judge Orchid": a title before any mention makes the short form a person's
    short, placed = set(), {t for s, t in zip(spans, texts, strict=True) if s.start > 0 and _titled(s)}
    for span, text, label in zip(spans, texts, labels, strict=True):
        words = text.split()
        if text in surnames or not all(w[:1].isupper() for w in words) or span.id_:
            continue
        if canonical_country(text) or text in CITIES:
            continue
        n = len(words)
        if label == "PERSON" and any(len(o) > n and (o[:n] == words or o[-n:] == words) for o in orgs):
            short.add(text)
        # "Umzimvubu" for "Umzimvubu Generics": an unlisted "place" that opens a company's name is the
        # company, unless a mention of it stands where places do ("in Umzimvubu")
        if label in ("GPE", "LOC") and any(len(o) > n and o[:n] == words for o in firms):
            short.add(text)
        if label in ("GPE", "LOC") and locative(span):
            placed.add(text)
    return short - placed


def _titled(span: Span) -> bool:
    """True for a title word right before the name ("Mr. Orchid", "Judge Orchid")."""
    return is_title_word(tokens(span.doc)[span.start - 1])


def told_outlets(spans: list[Span], labels: list[str]) -> list[str]:
    """ "told Valor Diário", "in an interview with Radio Sur": a "person" no title names, standing where a
    person or an outlet may ("told X"), whose name is unlike every person's in the document, is an outlet."""
    cued = [lab == "PERSON" and outlet_cue(s) in WEAK_CUES for s, lab in zip(spans, labels, strict=True)]
    if not any(cued):
        return labels
    person_words = {
        t.text for s, lab, c in zip(spans, labels, cued, strict=True) if lab == "PERSON" and not c for t in s
    }
    out = []
    for span, label, cue in zip(spans, labels, cued, strict=True):
        before = span.doc[span.start - 1] if span.start else None
        titled = before is not None and (is_title_word(before) or before.lower_.rstrip(".") in HONORIFICS)
        if cue and not titled and unlike_person(span, GIVEN_NAMES, person_words):
            label = "ORG"
        out.append(label)
    return out
