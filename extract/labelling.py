"""Decide what kind of name a span is: gazetteers first, then grammar, then a document-wide vote."""

from collections import Counter, defaultdict

from spacy.tokens import Span, Token

from extract.names import CITIES, GIVEN_NAMES, NAME_PARTICLES
from extract.outlets import canonical_outlet
from extract.places import canonical_country, country_of_demonym
from extract.syntax import verb_lemma
from extract.titles import HONORIFICS, MULTIWORD_ROLES, ROLE_NOUNS

NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})


OTHER_LABELS = frozenset(["ORG", "GPE", "LOC", "FAC", "WORK_OF_ART", "PRODUCT", "NORP", "EVENT", "LAW"])
# Heads that make a name an institution, not a person ("Dinu Patriciu Eurasia Center").


INSTITUTION_WORDS = frozenset(
    (
        "center centre council institute institution university college school academy ministry "
        "department agency committee commission office bureau party embassy consulate government "
        "administration foundation fund bank company corporation group association union league court "
        "parliament senate congress house assembly army navy force forces police service services "
        "organization organisation network times post journal news magazine program programme project "
        "initiative alliance coalition endowment forum club inc corp ltd llc"
    ).split()
)


ORG_COMMON_NOUNS = frozenset(
    (
        "firm company group bank agency newspaper consultancy startup charity fund network broadcaster "
        "magazine website party lender"
    ).split()
)


ORG_OF_ROLES = frozenset(
    (
        "founder co-founder director member head chairman president ceo spokesman spokeswoman chief "
        "employee editor owner"
    ).split()
)


SEAT_WORDS = frozenset({"Street", "House", "Palace", "Hall", "Building"})


SPEECH_LEMMAS = frozenset({"say", "tell", "announce", "confirm", "deny", "insist", "warn", "state"})


_ROLE_FIRST_WORDS = frozenset(w.split()[0] for w in MULTIWORD_ROLES)
# "Downing Street said", "the Elysee Palace said": the seat of an institution speaking for it.


def is_title_word(token: Token) -> bool:
    """True for words that are titles or honorifics, not part of a name ("President", "Ambassador")."""
    low = token.lower_
    return (
        low in ROLE_NOUNS
        or low in HONORIFICS
        or low in _ROLE_FIRST_WORDS
        or low in {"general", "former", "sen.", "rep.", "gov.", "gen.", "pope"}
    )


def looks_institutional(span: Span) -> bool:
    """True when a name's words mark it as an organisation ("Center", "Council", "Times")."""
    return any(t.lower_ in INSTITUTION_WORDS for t in span)


def person_shaped(span: Span) -> bool:
    """True for 2-4 capitalised words, optionally with particles, that are not an institution's name."""
    words = [t for t in span if t.lower_ not in NAME_PARTICLES]
    return (
        2 <= len(span) <= 5
        and all(t.is_title or (t.text.isupper() and len(t) <= 3) for t in words)
        and not looks_institutional(span)
        and canonical_country(span.text) is None
        and span.text not in CITIES
    )


def has_role_apposition(span: Span) -> bool:
    """True when a role noun stands in apposition or as a title next to the name: a person."""
    doc = span.doc
    for child in span.root.children:
        if child.dep_ == "appos" and child.lower_ in ROLE_NOUNS and child.i >= span.end:
            return True
    if span.end + 2 < len(doc) and doc[span.end].text == ",":
        window = [t.lower_ for t in doc[span.end + 1 : span.end + 5]]
        if any(w in ROLE_NOUNS for w in window) and not any(w in INSTITUTION_WORDS for w in window[:1]):
            return True
    return (
        span.start > 0 and doc[span.start - 1].lower_ in ROLE_NOUNS and doc[span.start - 1].dep_ == "compound"
    )


def _coordinated_with_person(span: Span) -> bool:
    doc = span.doc
    for i in (span.end, span.start - 1):
        if 0 <= i < len(doc) and doc[i].lower_ == "and":
            other = doc[i + 1] if i == span.end and i + 1 < len(doc) else (doc[i - 1] if i > 0 else None)
            if other is not None and other.ent_type_ == "PERSON":
                return True
    return False


def _listed_with_organisations(span: Span) -> bool:
    """True for one word in a list of organisations ("Facebook, Google and Twitter")."""
    root = span.root
    kinds = {t.ent_type_ for t in root.conjuncts}
    return len(span) == 1 and "ORG" in kinds and "PERSON" not in kinds


def _org_apposition(span: Span) -> bool:
    """True for a name with an organisation noun in apposition ("Leonardo, the Italian defence group,")."""
    return any(
        child.dep_ == "appos" and child.lemma_.lower() in ORG_COMMON_NOUNS | APPOSITION_ORG_NOUNS
        for child in span.root.children
        if child.i >= span.end
    )


def _org_of_role(span: Span) -> bool:
    # "the co-founder of Rappler": a single unknown word after "ROLE of" names an organisation.
    root = span.root
    return (
        len(span) == 1
        and span.text not in GIVEN_NAMES
        and root.dep_ == "pobj"
        and root.head.lower_ == "of"
        and root.head.head.lower_ in ORG_OF_ROLES
    )


def _org_of_person(span: Span) -> bool:
    # "Peter Gould of Bernstein": one unknown word after "NAME of" is where the person works.
    root = span.root
    if len(span) != 1 or span.text in GIVEN_NAMES or root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    owner = root.head.head
    return owner.ent_type_ == "PERSON" and owner.pos_ == "PROPN"


def _speaking_facility(span: Span) -> bool:
    # "Downing Street said", "the White House announced": a building speaking is an institution.
    root = span.root
    return (
        span.label_ in ("FAC", "LOC", "GPE")
        and span.text not in CITIES
        and canonical_country(span.text) is None
        and root.dep_ == "nsubj"
        and root.head.lemma_.lower() in SPEECH_LEMMAS
    )


APPOSITION_ORG_NOUNS = frozenset(
    {
        "maker",
        "manufacturer",
        "contractor",
        "airline",
        "carrier",
        "giant",
        "conglomerate",
        "retailer",
        "insurer",
    }
)
CORPORATE_ROLES = frozenset(
    {
        "ceo",
        "cfo",
        "coo",
        "cto",
        "chief",
        "executive",
        "founder",
        "co-founder",
        "chairman",
        "chairwoman",
        "shares",
    }
)
FOUNDING_VERBS = frozenset({"found", "co-found", "cofound", "acquire", "buy", "join", "sue"})


def _company_cue(span: Span) -> bool:
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


def _possessor_of_person(span: Span) -> bool:
    # "OpenAI's Sam Altman": one unknown word owning a person's name is where the person works.
    doc = span.doc
    after = span.end + 1
    return (
        len(span) == 1
        and span.text not in GIVEN_NAMES
        and after < len(doc)
        and doc[span.end].tag_ == "POS"
        and doc[after].ent_type_ == "PERSON"
    )


def label_of(span: Span) -> str:
    """Decide one span's label from gazetteers and grammar, before the document-wide vote."""
    label, text = span.label_, span.text
    outlet_like = label in ("ORG", "GPE", "PERSON", "WORK_OF_ART", "PRODUCT", "FAC")
    if canonical_outlet(text) and outlet_like and (span.id_ == "outlet" or label == "ORG" or len(span) > 1):
        return "ORG"
    if span.id_ in ("outlet", "institution", "masthead"):
        return label
    if (
        canonical_country(text)
        and label in ("ORG", "PERSON", "GPE", "LOC", "NORP", "FAC")
        and label != "NORP"
    ):
        return "GPE"
    if (text in CITIES or (text.isupper() and text.title() in CITIES)) and label in (
        "PERSON",
        "ORG",
        "NORP",
        "FAC",
        "WORK_OF_ART",
        "PRODUCT",
    ):
        return "GPE"
    if label == "PERSON" and (_org_of_role(span) or _org_of_person(span)):
        return "ORG"
    if label == "PERSON" and span.start > 0 and span.doc[span.start - 1].lower_ in ORG_COMMON_NOUNS:
        return "ORG"
    if label == "PERSON" and (
        _possessor_of_person(span) or _listed_with_organisations(span) or _org_apposition(span)
    ):
        return "ORG"
    known_place = canonical_country(text) or text in CITIES
    if label in ("GPE", "LOC", "PERSON", "PRODUCT") and not known_place and _company_cue(span):
        return "ORG"
    if (
        label in ("GPE", "LOC")
        and country_of_demonym(text)
        and not canonical_country(text)
        and text not in CITIES
    ):
        return "NORP"
    if label in ("FAC", "LOC") and looks_institutional(span) and span[-1].lower_ not in ("house", "street"):
        return "ORG"
    if label in OTHER_LABELS and person_shaped(span):
        first = span[0].text
        if first in GIVEN_NAMES or has_role_apposition(span) or _coordinated_with_person(span):
            return "PERSON"
    return label


def relabel(spans: list[Span]) -> list[Span]:
    """Give each surface form its document-wide label: grammar and gazetteers first, then a vote."""
    votes: dict[str, Counter] = defaultdict(Counter)
    fixed = []
    surnames = {s[-1].text for s in spans if s.label_ == "PERSON" and len(s) > 1 and s[-1].is_title}
    for s in spans:  # "von der Leyen" as a surname of "Ursula von der Leyen"
        if s.label_ == "PERSON" and len(s) > 2 and s[1].lower_ in NAME_PARTICLES:
            surnames.add(s[1:].text)
            surnames.add(s[1:].text[0].upper() + s[1:].text[1:])
    speaking = {s.text for s in spans if _speaking_facility(s)}
    for span in spans:
        label = label_of(span)
        if span.text in surnames and span.id_ not in ("outlet", "institution", "masthead"):
            label = "PERSON"
        if span.text in speaking:
            label = "ORG"
        if label in NAME_LABELS:
            votes[span.text][label] += 2 if label != span.label_ else 1  # a repair by grammar counts double
        span = Span(span.doc, span.start, span.end, label=label, kb_id=span.kb_id_, span_id=span.id_)
        fixed.append(span)
    out = []
    for span in fixed:
        tally = votes.get(span.text)
        if (
            tally
            and span.label_ in NAME_LABELS | {"WORK_OF_ART", "PRODUCT"}
            and span.id_ not in ("outlet", "institution")
        ):
            best = max(tally.items(), key=lambda kv: (kv[1], kv[0] == "PERSON"))[0]
            if best != span.label_ and not (best == "PERSON" and looks_institutional(span)):
                span = Span(span.doc, span.start, span.end, label=best, kb_id=span.kb_id_, span_id=span.id_)
        out.append(span)
    return out
