"""Find entities by name, alias, slug or IRI; list and describe them."""

from __future__ import annotations

import difflib
from collections import defaultdict
from typing import Any

from graph.errors import AmbiguousError, InvalidParameterError, UnknownEntityError
from graph.facts import describe
from graph.identity import decisions
from graph.names import fold, typed_slug_of
from graph.network import Network
from graph.projection import ENTITY_TYPES
from graph.store import Store

MAX_LIMIT = 1000
MAX_CANDIDATES = 10


def resolve(network: Network, name_or_iri: str) -> str:
    """Return the IRI ``name_or_iri`` denotes: an IRI, a slug, a name or an alias (case- and accent-blind).

    Canonical names win over aliases, and aliases over a unique whole-word match ("Flynn");
    AmbiguousError lists the candidates, UnknownEntityError the closest names.
    """
    text = (name_or_iri or "").strip()
    if not text:
        raise UnknownEntityError("no entity given: pass a name, an alias or an IRI", [])
    if text in network:
        return text
    slug = typed_slug_of(text) if "://" in text else text.strip("/")
    hits = network.by_slug.get(slug, [])
    if len(hits) == 1:
        return hits[0]
    key = fold(text)
    levels = (
        lambda: network.by_name.get(key, []),
        lambda: network.by_alias.get(key, []),
        lambda: _words(network, key),
    )
    for level in levels:  # lazily: the whole-word scan reads every name
        hits = level()
        if len(hits) == 1:
            return hits[0]
        if hits:
            shown = [candidate(network, iri) for iri in _by_degree(network, hits)[:MAX_CANDIDATES]]
            listed = "; ".join(f"{c['name']} ({c['type']}, {c['detail']})" for c in shown)
            raise AmbiguousError(
                f'"{text}" could be {len(hits)} entities: {listed}. Use the full name or the IRI.', shown
            )
    close = _close_matches(network, key)
    hint = f" Did you mean {', '.join(c['name'] for c in close)}?" if close else ""
    raise UnknownEntityError(f'no entity is called "{text}".{hint}', close)


def candidate(network: Network, iri: str) -> dict[str, Any]:
    """An entity as offered for disambiguation: iri, name, type and a detail (a role or a document)."""
    return {**network.node(iri), "detail": network.detail(iri)}


def search_entities(network: Network, q: str | None, type: str | None = None, limit: int = 20) -> dict:
    """Entities whose name or alias contains ``q`` (folded), best match first, then most connected."""
    check_type(type)
    if limit < 0:
        raise InvalidParameterError(f"limit must be 0 or more, not {limit}")
    key = fold(q or "")
    ranked = []
    for iri, data in network.graph.nodes(data=True):
        if type and data["type"] != type:
            continue
        rank = _match_rank(key, data) if key else 0
        if rank is not None:
            ranked.append((rank, -network.graph.degree(iri), fold(data["name"]), iri))
    ranked.sort()
    return {
        "entities": [network.entity(iri) for *_, iri in ranked[: min(limit, MAX_LIMIT)]],
        "total": len(ranked),
    }


def describe_entity(store: Store, network: Network, iri: str) -> dict[str, Any]:
    """One entity (by IRI, slug, name or alias): names, RDF types, facts with evidence, neighbours,
    and the identity decisions that explain which names were merged into it or kept apart."""
    found = resolve(network, iri)
    return {**describe(store, network, found), "identity": decisions(store, found)}


def check_type(type: str | None) -> None:
    """Raise InvalidParameterError unless ``type`` is None or one of the entity types."""
    if type is not None and type not in ENTITY_TYPES:
        raise InvalidParameterError(f"unknown entity type {type!r}: use one of {', '.join(ENTITY_TYPES)}")


def _match_rank(key: str, data: dict[str, Any]) -> int | None:
    name, aliases = fold(data["name"]), [fold(a) for a in data["aliases"]]
    if key == name:
        return 0
    if key in aliases:
        return 1
    if any(n.startswith(key) or f" {key}" in f" {n}" for n in [name, *aliases]):
        return 2
    if any(key in n for n in [name, *aliases]):
        return 3
    return None


def _words(network: Network, key: str) -> list[str]:
    needle = f" {key} "
    return [
        iri
        for iri, data in network.graph.nodes(data=True)
        if any(needle in f" {fold(n)} " for n in [data["name"], *data["aliases"]])
    ]


def _close_matches(network: Network, key: str) -> list[dict[str, Any]]:
    keys = network.memo("fuzzy-keys", lambda: _fuzzy_keys(network))
    found: list[str] = []
    for match in difflib.get_close_matches(key, list(keys), n=MAX_CANDIDATES, cutoff=0.6):
        found.extend(iri for iri in keys[match] if iri not in found)
    return [candidate(network, iri) for iri in found[:5]]


def _fuzzy_keys(network: Network) -> dict[str, list[str]]:
    keys: dict[str, list[str]] = defaultdict(list)
    for iri, data in network.graph.nodes(data=True):
        for name in [data["name"], *data["aliases"]]:
            for k in {fold(name), *(w for w in fold(name).split() if len(w) >= 3)}:
                listed = keys[k]
                if not listed or listed[-1] != iri:  # one entity's names come together: no list scan
                    listed.append(iri)
    return keys


def _by_degree(network: Network, iris: list[str]) -> list[str]:
    return sorted(iris, key=lambda iri: (-network.graph.degree(iri), iri))


__all__ = ["candidate", "check_type", "describe_entity", "resolve", "search_entities"]
