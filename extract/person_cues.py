"""Tests that a name is a person's: title words before it, hyphenated and romanised names, its
shape, a role, a partner or an age beside it."""

import re

from spacy.tokens import Span, Token

from extract.doc_arrays import column, tokens
from extract.names import CITIES, NAME_PARTICLES
from extract.org_words import INSTITUTION_WORDS, ORG_COMMON_NOUNS, looks_institutional, org_headed
from extract.places import canonical_country
from extract.syntax import span_text
from extract.titles import (
    ABBREVIATED_HONORIFICS,
    HONORIFICS,
    MULTIWORD_ROLES,
    ROLE_NOUNS,
    TITLE_ABBREVIATIONS,
)

_ROLE_FIRST_WORDS = frozenset(w.split()[0] for w in MULTIWORD_ROLES)
# Every lower-case title word in one set: ``is_title_word`` runs for most capitalised words of an article.
_TITLE_WORDS = (
    ROLE_NOUNS
    | HONORIFICS
    | _ROLE_FIRST_WORDS
    | {"general", "former", "sen.", "rep.", "gov.", "gen.", "pope"}
)


def is_title_word(token: Token) -> bool:
    """True for words that are titles or honorifics, not part of a name ("President", "Ambassador")."""
    low = token.lower_
    return low in _TITLE_WORDS or (low in RULER_TITLES and token.is_title) or _abbreviated(token, low)


# Ranks, offices and honorifics written short before a name ("Insp. Gen.", "Det. Sgt.", "Cmdr.", "Hon.").
ABBREVIATED_TITLES = frozenset(TITLE_ABBREVIATIONS) | ABBREVIATED_HONORIFICS


def abbreviated_title(token: Token) -> bool:
    """ "Insp." or "Insp" + ".": a capitalised rank abbreviation with its full stop is a title."""
    return _abbreviated(token, token.lower_)


def _abbreviated(token: Token, low: str) -> bool:
    """``abbreviated_title`` for a word whose lower-case form ``low`` the caller has already read."""
    if low[-1:] == ".":
        return len(low) > 2 and low[:-1] in ABBREVIATED_TITLES and token.text[:1].isupper()
    if low not in ABBREVIATED_TITLES:  # most words: no further look at the token or its neighbour
        return False
    doc = token.doc
    return (
        token.is_title and not token.whitespace_ and token.i + 1 < len(doc) and doc[token.i + 1].text == "."
    )


# Traditional rulers' titles written before a name ("Fon Ignatius Nkwain III", "Emir Muhammadu Sanusi"):
# a title, not part of the name, as "Sir" or "King" is.
RULER_TITLES = frozenset("fon oba emir sultan kabaka ooni mwami rajah raja maharaja nawab".split())


# Surnames that are not title case: Gaelic and Norman prefixes glued to a capital ("MacLennan",
# "McGettigan", "FitzGerald", "DiMarco", "O'Neill" as one token).
GAELIC_SURNAME = re.compile(r"(?:Ma?c|Fitz|D[iea]|L[ae]|O['’])[A-Z][a-z]+$")


def glued_hyphen(token: Token) -> bool:
    """True for the "-" inside a hyphenated name ("Diallo-Sy"), which spaCy splits into three tokens."""
    doc = token.doc
    return (
        token.text == "-"
        and not token.whitespace_
        and 0 < token.i < len(doc) - 1
        and not doc[token.i - 1].whitespace_
        and doc[token.i - 1].is_title
        and doc[token.i + 1].is_title
    )


# English words that follow a hyphen to make an adjective of a name ("Seoul-based", "Kremlin-backed").
COMPOUND_SUFFIXES = frozenset(
    (
        "based born backed led run owned funded linked made controlled style era wide like free bound "
        "listed registered affiliated aligned allied friendly leaning level sized type"
    ).split()
)


def syllable_hyphen(token: Token) -> bool:
    """True for the "-" of a romanised given name whose second syllable is written in lower case
    ("Jang Mi-rae", "Kim Jong-un"): glued on both sides, a capitalised word before it and a lower-case
    word after it that is no English adjective-forming suffix ("Seoul-based")."""
    doc = token.doc
    if token.text != "-" or token.whitespace_ or not 0 < token.i < len(doc) - 1:
        return False
    before, after = doc[token.i - 1], doc[token.i + 1]
    return (
        not before.whitespace_
        and before.is_title
        and before.is_alpha
        and after.is_lower
        and after.is_alpha
        and after.lower_ not in COMPOUND_SUFFIXES
    )


def hyphenated_surname(span: Span) -> bool:
    """True for given name(s) then a hyphenated surname ("Aminata Diallo-Sy"): a person, not a company
    ("Rolls-Royce" has no separate given name, "Mercedes-Benz Group" ends in an institution word)."""
    return (
        len(span) >= 4
        and glued_hyphen(span[-2])
        and not glued_hyphen(span[1])
        and person_shaped(span)
        and canonical_country(span[-3].text) is None
    )


def person_shaped(span: Span) -> bool:
    """True for 2-4 capitalised words, optionally with particles, that are not an institution's name."""
    doc, start, end = span.doc, span.start, span.end
    # the words' own attributes as lists: this runs for most names, each read once per word
    texts, lowers, titled, toks = (
        column(doc, "text"),
        column(doc, "lower_"),
        column(doc, "is_title"),
        tokens(doc),
    )
    hyphens = [
        k
        for k in range(start, end)
        if texts[k] == "-" and (glued_hyphen(toks[k]) or syllable_hyphen(toks[k]))
    ]
    syllables = {i + 1 for i in hyphens}  # "rae" of "Mi-rae" is part of one capitalised word
    words = [
        k
        for k in range(start, end)
        if lowers[k] not in NAME_PARTICLES and k not in hyphens and k not in syllables
    ]
    return (
        2 <= len(span) - 2 * len(hyphens) <= 5  # "Diallo-Sy", "Mi-rae" are one word each
        and all(titled[k] or (texts[k].isupper() and len(texts[k]) <= 3) for k in words)
        and not looks_institutional(span)
        and canonical_country(span_text(span)) is None
        and not (span[0].text.isupper() and canonical_country(span[0].text))  # "UK Anti-Doping"
        and span_text(span) not in CITIES
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
    if _role_before_comma(span):
        return True
    return (
        span.start > 0 and doc[span.start - 1].lower_ in ROLE_NOUNS and doc[span.start - 1].dep_ == "compound"
    )


def _role_before_comma(span: Span) -> bool:
    """ "Moldova's deputy prime minister for reintegration, Radu Vîrlan": a role noun phrase, a comma,
    then the name. Not when the phrase names an organisation ("a spokesman for the company, Acme Foods")."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != ",":
        return False
    for token in reversed(doc[max(0, span.start - 8) : span.start - 1]):
        low = token.lower_
        if low in ORG_COMMON_NOUNS or low in INSTITUTION_WORDS or token.ent_type_ == "PERSON":
            return False
        if token.pos_ in ("VERB", "AUX") or token.is_punct:
            return False
        if token.pos_ == "NOUN" and low in ROLE_NOUNS:
            return True
    return False


def coordinated_with_person(span: Span) -> bool:
    doc = span.doc
    for i in (span.end, span.start - 1):
        if 0 <= i < len(doc) and doc[i].lower_ == "and":
            other = doc[i + 1] if i == span.end and i + 1 < len(doc) else (doc[i - 1] if i > 0 else None)
            if other is not None and other.ent_type_ == "PERSON":
                return True
    return False


def aged(span: Span) -> bool:
    """ "Halloran, 52,", "Okafor-Lindqvist, 49,": capitalised name words, then an age between commas."""
    doc, end = span.doc, span.end
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 2].text != ",":
        return False
    age = doc[end + 1].text
    return (
        age.isdigit()
        and 16 <= int(age) <= 110
        and not span.id_
        and canonical_country(span_text(span)) is None
        and span_text(span) not in CITIES
        and not org_headed(span)
        and not looks_institutional(span)
        and all(t.is_title or glued_hyphen(t) or t.lower_ in NAME_PARTICLES for t in span)
    )
