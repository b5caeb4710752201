"""Shapes of a body's name the model reads as a person's or a place's: a port's operator ("Port of
Napier"), a Māori body ("Te Rūnanga o X", "Ngāti X"), a university named with its country ("RMIT
University Vietnam")."""

from spacy.tokens import Span

from extract.names import CITIES
from extract.places import canonical_country
from extract.span_joins import join_adjacent
from extract.syntax import span_text
from extract.towns import WORLD_TOWNS

# Māori words that open a body's or a tribe's name: "Te" (the) with "o" (of) inside, "Ngāti"/"Ngāi" (tribe).
MAORI_OPENERS = frozenset({"Te", "Ngā", "Nga"})
MAORI_OF = frozenset({"o", "ō"})


def port_body(span: Span) -> bool:
    """ "a harbour engineer with Port of Napier": a capitalised "Port of X" is the port's operator (a
    body), unless the whole is a town's own name ("Port of Spain")."""
    return (
        len(span) >= 3
        and span[0].text == "Port"
        and span[1].lower_ == "of"
        and span[2].is_title
        and span_text(span) not in WORLD_TOWNS
        and span_text(span) not in CITIES
    )


def maori_body(span: Span) -> bool:
    """ "Te Rūnanga o Ngāi Tahu", "Te Whare Wānanga o Awanuiārangi": a name opening with "Te"/"Ngā" and
    holding the lower-case "o" ("of") between capitalised words names a body, not a person."""
    return (
        len(span) >= 4
        and span[0].text in MAORI_OPENERS
        and span[-1].is_title
        and any(t.text in MAORI_OF and span[k].is_title for k, t in enumerate(span[1:-1]))
    )


CAMPUS_HEADS = frozenset({"university", "college", "institute", "school", "academy"})


def campus_countries(spans: list[Span]) -> list[Span]:
    """ "Fulbright University" + "Vietnam": a university's name followed at once by a country's, with
    the name ending there, is one body's name (not "X University's Vietnam campus", "in Vietnam")."""
    return join_adjacent(spans, _campus_country)


def _campus_country(body: Span, country: Span) -> Span | None:
    doc = country.doc
    after = doc[country.end] if country.end < len(doc) else None
    if (
        body.label_ != "ORG"
        or body[-1].lower_ not in CAMPUS_HEADS
        or country.label_ != "GPE"
        or canonical_country(country.text) is None
        or body[-1].whitespace_ != " "
        or (after is not None and (after.tag_ == "POS" or after.pos_ in ("NOUN", "PROPN")))
    ):
        return None
    return Span(doc, body.start, country.end, label="ORG", kb_id=body.kb_id_)


def maori_grown(span: Span, taken: set[int]) -> Span:
    """ "Te Rūnanga o" + "Moeraki": the model tags only the words after "o"; the "Te ..." before it is
    the body's name, opened by "Te" or "Ngā" and made of capitalised words no other name holds."""
    doc, before = span.doc, span.start - 1
    if span.id_ or before < 2 or doc[before].text not in MAORI_OF or not span[0].is_title:
        return span
    for start in range(before - 1, max(before - 4, -1), -1):
        if start in taken or not doc[start].is_title:
            return span
        if doc[start].text in MAORI_OPENERS:
            return Span(doc, start, span.end, label="ORG")
    return span
