"""Capitalised adjectives the model tags as names ("Coastal engineer Dr. X", "Indigenous communities"):
an adjective that only describes the lower-case noun after it names no body, place or person."""

from spacy.tokens import Span

from extract.name_spans import known_place
from extract.places import country_of_demonym
from extract.towns import WORLD_TOWNS


def adjective_leftover(span: Span) -> bool:
    """True for one capitalised word the parse reads as an adjective of a lower-case noun, that is no
    country, nationality or listed place ("Coastal fishermen"; not "Pakistan regulator", "Welsh farmers")."""
    if len(span) != 1 or span.id_:
        return False
    token = span[0]
    head = token.head
    return (
        token.tag_ == "JJ"
        and token.dep_ == "amod"
        and head.i == token.i + 1
        and head.is_lower
        and head.pos_ == "NOUN"
        and country_of_demonym(token.text) is None
        and not known_place(token.text)
        and token.text not in WORLD_TOWNS
    )
