"""Name folding shared by lookup and labelling (case-, accent- and punctuation-blind keys); literals."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from typing import TypeVar

N = TypeVar("N", int, float)

_NON_WORD = re.compile(r"[\W_]+")


@lru_cache(maxsize=1 << 18)  # names recur: every alias, label and index entry folds the same few
def fold(text: str) -> str:
    """Fold ``text`` to a lookup key: accents stripped, case folded, punctuation as single spaces.

    >>> fold("  Dmitri  PESCÓV. ")
    'dmitri pescov'
    >>> fold("McFaul's")
    'mcfaul s'
    """
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NON_WORD.sub(" ", text.casefold()).strip()


def mentions(text: str, names: list[str]) -> bool:
    """Whether folded ``text`` contains any of ``names`` as whole words."""
    haystack = f" {fold(text)} "
    return any(f" {key} " in haystack for key in map(fold, names) if key)


def slug_of(iri: str) -> str:
    """The last path segment of an IRI (``.../person/sergey-kislyak`` -> ``sergey-kislyak``)."""
    return iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def typed_slug_of(iri: str) -> str:
    """The last two path segments of an IRI (``person/sergey-kislyak``)."""
    return "/".join(iri.rstrip("/").rsplit("/", 2)[-2:])


def number(text: str | None, kind: Callable[[str], N]) -> N | None:
    """A literal's value as ``kind`` (int or float); None when absent or malformed, never an error.

    One badly typed literal from some producer must not stop the whole projection from building.
    """
    if text is None:
        return None
    try:
        return kind(text)
    except ValueError:
        return None
