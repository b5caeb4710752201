"""Grammar that marks a name as an organisation's (or a competition's): legal names, company cues,
posts at it, lists and appositions, and short forms of longer names."""

from spacy.tokens import Span

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
from extract.syntax import SPEAKER_VERBS, span_text, verb_lemma
from extract.titles import HONORIFICS, ROLE_NOUNS
from extract.towns import WORLD_TOWNS


def legal_name(span: Span) -> bool:
    """ "Arul & Khoo LLC", "Baxter, Holm & Reyes", "Valcor Pte Ltd": an ampersand between capitalised
    words, or a legal form after one, makes a firm's name, never a person's or a place's."""
    words = [t for t in span if t.text[:1].isupper()]
    ampersand = any(t.text == "&" for t in span[1:-1])
    if not ampersand and len(span[-1]) == 2 and listed_place(span[:-1].text):
        return False  # "Kenya AG" (an attorney general), "Durban SA": a place, then letters
    prefixed = len(span) > 1 and span[0].text in LEGAL_PREFIXES and span[1].is_title
    return len(words) >= 2 and (ampersand or prefixed or (legal_form(span[-1]) and not legal_form(span[0])))


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
    root = span.root
    kinds = {t.ent_type_ for t in root.conjuncts}
    return len(span) == 1 and "ORG" in kinds and "PERSON" not in kinds


def org_apposition(span: Span) -> bool:
    """True for a name with an organisation noun in apposition ("Leonardo, the Italian defence group,")."""
    return any(  # every word of the span: the parse of a foreign name often has no single root
        child.dep_ == "appos" and child.lemma_.lower() in ORG_COMMON_NOUNS | APPOSITION_ORG_NOUNS
        for token in span
        for child in token.children
        if child.i >= span.end
    )


def named_after_unit(span: Span) -> bool:
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != "," or doc[span.start - 2].lower_ not in UNIT_NOUNS:
        return False
    unit = doc[span.start - 2]  # "the head of the unit, Anna de Vries": the name is the head's, a person
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
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.lower_ in CORPORATE_ROLES and root.dep_ in ("compound", "nmod", "poss"):
        return True
    if (
        nxt is not None
        and nxt.tag_ == "POS"
        and span.end + 1 < len(doc)
        and doc[span.end + 1].lower_ in CORPORATE_ROLES
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
    if any(t.lower_ == "its" and t.head.head == verb for t in verb.children for t in t.subtree):
        return True
    sent = span.sent
    return verb == sent.root and sent.end < len(doc) and doc[sent.end].lower_ == "its"


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
    if span[0].text in GIVEN_NAMES or listed_place(span_text(span)):
        return False
    if span.end + 1 < len(doc) and doc[span.end].tag_ == "POS":  # "X's director general, Y"
        return doc[span.end + 1].lower_ in BODY_POSTS_OF
    if root.dep_ != "pobj":
        return False
    prep = root.head
    post = prep.head.lower_
    if post in ("president", "chairman") and prep.head.i > 1 and doc[prep.head.i - 1].text == "-":
        post = doc[prep.head.i - 2].lower_ + "-" + post  # "vice-president", split by the tokenizer
    return (prep.lower_ == "of" and post in BODY_POSTS_OF) or (prep.lower_ == "at" and post in BODY_POSTS_AT)


def possessor_of_person(span: Span) -> bool:
    # "OpenAI's Sam Altman": one unknown word owning a person's name is where the person works.
    doc = span.doc
    after = span.end + 1
    return (
        len(span) == 1
        and span_text(span) not in GIVEN_NAMES
        and after < len(doc)
        and doc[span.end].tag_ == "POS"
        and doc[after].ent_type_ == "PERSON"
    )


def short_institution_names(spans: list[Span], labels: list[str], surnames: set[str]) -> set[str]:
    """ "Maumee Valley" for "Maumee Valley Medical Center", "Electoral Tribunal" for "Supreme Electoral
    Tribunal": a "person" whose words open or close an institution's longer name is that institution."""
    orgs = [
        s.text.split()
        for s, lab in zip(spans, labels, strict=True)
        if lab == "ORG"
        and (looks_institutional(s) or org_headed(s) or legal_name(s))  # "Negros Star Construction" too
    ]
    firms = [o for o in orgs if o[-1].lower() in BUSINESS_HEADS]
    # "Mr. Orchid", "Judge Orchid": a title before any mention makes the short form a person's
    short, placed = set(), {s.text for s in spans if s.start > 0 and is_title_word(s.doc[s.start - 1])}
    for span, label in zip(spans, labels, strict=True):
        words = span_text(span).split()
        if span_text(span) in surnames or not all(w[:1].isupper() for w in words) or span.id_:
            continue
        if canonical_country(span_text(span)) or span_text(span) in CITIES:
            continue
        n = len(words)
        if label == "PERSON" and any(len(o) > n and (o[:n] == words or o[-n:] == words) for o in orgs):
            short.add(span_text(span))
        # "Umzimvubu" for "Umzimvubu Generics": an unlisted "place" that opens a company's name is the
        # company, unless a mention of it stands where places do ("in Umzimvubu")
        if label in ("GPE", "LOC") and any(len(o) > n and o[:n] == words for o in firms):
            short.add(span_text(span))
        if label in ("GPE", "LOC") and locative(span):
            placed.add(span_text(span))
    return short - placed


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
