"""Decide, from names alone, whether a mention names an entity already known — and say why.

Deterministic and explainable: every match carries the rule that made it ("variant-table:
Sergei→Sergey") and a confidence. People match on normalised full names (case, accents,
punctuation and titles ignored), a curated transliteration table (``data/name_variants.json``),
initials, and a small edit distance on surnames when the given names agree. A single word
("Flynn", "Kislyak") never matches anyone: a surname alone is not an identity. Organisations match
on normalised names ("The New York Times" = "New York Times"). No store here: ``api.identity``
feeds in what is stored.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files

from extract.names import NAME_PARTICLES
from extract.titles import ROLE_NOUNS

HONORIFICS = frozenset(
    "mr mrs ms miss dr prof sir dame lord lady gen sen rep gov lt col capt sgt adm hon rev "
    "former acting then late prime foreign interior defence defense deputy vice".split()
)
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "phd"})
ORG_SUFFIXES = frozenset({"inc", "ltd", "llc", "plc", "corp", "co"})
# How sure each kind of agreement is; a match is as sure as its weakest part.
CONFIDENCE = {"same": 1.0, "normalised": 0.98, "variant": 0.95, "middle": 0.9, "initial": 0.85, "edit": 0.8}

RULE_NAMES = {
    "variant": "variant-table",
    "initial": "initial",
    "middle": "middle-name",
    "edit": "edit-distance",
}

_APOSTROPHES = re.compile(r"['’`]")
_NON_WORD = re.compile(r"[^\w-]+")


@dataclass(frozen=True)
class Match:
    """Why a mention is a known entity: the rule, how sure, and the known name it matched."""

    rule: str
    confidence: float
    matched: str


@dataclass(frozen=True)
class PersonName:
    """A person's name split into folded given names and surname (particles kept with it)."""

    given: tuple[str, ...]
    surname: str


def fold(text: str) -> str:
    """Lower-case, accent-free, punctuation-free words ("O'Brien, Jr." -> "obrien jr")."""
    decomposed = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(_NON_WORD.sub(" ", _APOSTROPHES.sub("", text).replace(".", " ")).split())


def _person_words(name: str) -> list[str]:
    words = fold(name).split()
    while words and (words[0] in HONORIFICS or words[0] in ROLE_NOUNS or words[0] == "the"):
        words.pop(0)
    while words and words[-1] in SUFFIXES:
        words.pop()
    return words


@lru_cache(maxsize=1 << 16)  # every stored name is parsed again for each new mention
def person_name(name: str) -> PersonName | None:
    """Parse a person's name, titles and suffixes stripped; None for a single word (a surname alone)."""
    words = _person_words(name)
    cut = len(words) - 1
    while cut > 1 and words[cut - 1] in NAME_PARTICLES:
        cut -= 1
    if cut < 1:
        return None
    return PersonName(tuple(words[:cut]), " ".join(words[cut:]))


def is_lone(name: str) -> bool:
    """Whether a person is named by one word only (after titles): never matched across documents."""
    return person_name(name) is None


@lru_cache(maxsize=1 << 16)
def org_key(name: str) -> str:
    """The matching key of an organisation: folded, no leading "the", "&" = "and", no "Inc."/"Ltd"."""
    words = fold(name.replace("&", " and ")).replace("-", " ").split()
    if words[:1] == ["the"]:
        words = words[1:]
    while len(words) > 1 and words[-1] in ORG_SUFFIXES:
        words.pop()
    return " ".join(words)


def name_key(kind: str, name: str) -> str:
    """The key user overrides are filed under: the folded name, titles stripped for people."""
    return " ".join(_person_words(name)) if kind == "person" else org_key(name)


@cache
def variants() -> dict[str, dict[str, str]]:
    """The transliteration table: for "given" and "surname", each spelling -> its canonical spelling."""
    data = json.loads(files("extract").joinpath("data", "name_variants.json").read_text(encoding="utf-8"))
    return {part: {s: group[0] for group in data[part] for s in group} for part in ("given", "surname")}


def block(kind: str, name: str) -> str | None:
    """The bucket a name can only match within (surname initial; organisation key); None: no match.

    Lets a caller compare a mention with a few stored names instead of all of them.
    """
    if kind != "person":
        return org_key(name) or None
    parsed = person_name(name)
    if parsed is None:
        return None
    return variants()["surname"].get(parsed.surname, parsed.surname)[0]


def _compare_given(a: str, b: str) -> str | None:
    if a == b:
        return "same"
    if len(a) == 1 or len(b) == 1:
        return "initial" if a[0] == b[0] else None
    table = variants()["given"]
    return "variant" if table.get(a, a) == table.get(b, b) else None


def _distance(a: str, b: str) -> int:
    """Damerau-Levenshtein distance (adjacent transpositions count once)."""
    rows = [list(range(len(b) + 1))]
    for i, ca in enumerate(a, 1):
        row = [i]
        for j, cb in enumerate(b, 1):
            row.append(min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + (ca != cb)))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                row[j] = min(row[j], rows[-2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]


def _compare_surname(a: str, b: str) -> str | None:
    if a == b:
        return "same"
    table = variants()["surname"]
    if table.get(a, a) == table.get(b, b):
        return "variant"
    allowed = 2 if min(len(a), len(b)) >= 9 else 1 if min(len(a), len(b)) >= 5 else 0
    return "edit" if a[0] == b[0] and _distance(a, b) <= allowed else None


def _show(word: str) -> str:
    return word if len(word) > 1 else word.upper() + "."


def match_person(mention: str, known: str) -> Match | None:
    """Whether person ``mention`` is the person called ``known``, and by which rule; None if not."""
    a, b = person_name(mention), person_name(known)
    if a is None or b is None:
        return None  # a surname alone never identifies anyone across documents
    parts = [("given", _compare_given(a.given[0], b.given[0]), a.given[0], b.given[0])]
    middles = list(zip(a.given[1:], b.given[1:], strict=False))
    parts += [("given", _compare_given(x, y), x, y) for x, y in middles]
    if len(a.given) != len(b.given):
        parts.append(("middle", "middle", " ".join(a.given), " ".join(b.given)))
    parts.append(("surname", _compare_surname(a.surname, b.surname), a.surname, b.surname))
    kinds = [kind for _, kind, _, _ in parts]
    if None in kinds or ("edit" in kinds and "initial" in kinds):
        return None
    if set(kinds) == {"same"}:
        kind = "same" if mention == known else "normalised"
        return Match("same-name" if kind == "same" else "normalised-name", CONFIDENCE[kind], known)
    reasons = {
        "variant": lambda x, y: f"variant-table: {x.title()}→{y.title()}",
        "initial": lambda x, y: f"initial: {_show(x).title()}~{_show(y).title()}",
        "middle": lambda x, y: f"middle-name: {x.title()}~{y.title()}",
        "edit": lambda x, y: f"edit-distance: {x.title()}~{y.title()} ({_distance(x, y)})",
    }
    said: dict[str, list[str]] = {}
    for _, k, x, y in parts:
        if k in reasons:
            said.setdefault(k, []).append(reasons[k](x, y).split(": ", 1)[1])
    rule = "; ".join(f"{RULE_NAMES[k]}: {', '.join(v)}" for k, v in said.items())
    return Match(rule, min(CONFIDENCE[k] for k in kinds if k is not None), known)


def match_org(mention: str, known: str) -> Match | None:
    """Whether organisation ``mention`` is the one called ``known`` (normalised names equal)."""
    if mention == known:
        return Match("same-name", CONFIDENCE["same"], known)
    if org_key(mention) and org_key(mention) == org_key(known):
        return Match(f"normalised-name: {mention} = {known}", CONFIDENCE["normalised"], known)
    return None


def best_match(
    kind: str, mention: str, known: Mapping[str, Iterable[str]]
) -> tuple[str, Match] | list[str] | None:
    """The one known entity (IRI -> its names) ``mention`` names best; the tied IRIs if ambiguous.

    ``kind`` is "person" or "org". Ties at the best confidence between different entities are not
    broken by guessing: the caller gets the candidates and keeps the mention apart.
    """
    matcher = match_person if kind == "person" else match_org
    found: dict[str, Match] = {}
    for iri, names in known.items():
        for name in sorted(names):
            match = matcher(mention, name)
            if match and (iri not in found or match.confidence > found[iri].confidence):
                found[iri] = match
    if not found:
        return None
    top = max(m.confidence for m in found.values())
    best = sorted(iri for iri, m in found.items() if m.confidence == top)
    return (best[0], found[best[0]]) if len(best) == 1 else best
