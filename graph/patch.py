"""A snapshot's parts, and how a write of one document is patched into them without a rebuild.

A write can change only what its document's graph names: the IRIs in it (entities, fact nodes,
evidence nodes). The patch reads exactly those again from the *union* graph after the write
(``projection.read_scoped``), so an entity or fact that other documents also state comes back
with what they say, and one no document states any more is gone. A removal reads the document's
IRIs before its graph is dropped. Everything else is shared with the old snapshot, which never
changes: new dicts are made only for what moved. The result equals a full build, down to node
and neighbour order (so ties between paths break the same way).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import networkx as nx

from graph.names import fold
from graph.projection import finish_relation, read_scoped, stub_entity, touched_facts
from graph.store import Store
from graph.traversal import COST, edge_cost

Key = tuple[str, str, str, str]  # (fact, kind, source, target)
Indexes = tuple[dict[str, list[str]], dict[str, list[str]], dict[str, list[str]]]


class Projection:
    """What a snapshot was built from, kept so that a write can be patched in.

    ``entities``: typed entities as the rows made them (before stubs and node attributes);
    ``relations``: every relation before its label was finished, by (fact, kind, source, target).
    """

    __slots__ = ("entities", "relations")

    def __init__(self, entities: dict[str, dict[str, Any]], relations: dict[Key, dict]) -> None:
        self.entities = entities
        self.relations = relations


def patch(
    graph: nx.Graph,
    old: Projection,
    indexes: Indexes,
    store: Store,
    touched: set[str],
) -> tuple[nx.Graph, Projection, Indexes]:
    """The graph, projection and name indexes after a document was added or removed, the write
    having touched the IRIs ``touched``."""
    facts = touched_facts(store, touched) if touched else set()
    old_keys = [key for key in old.relations if key[0] in facts or key[0] in touched]
    facts.update(key[0] for key in old_keys)
    found_entities, found_relations = read_scoped(store, touched, facts)
    entities = dict(old.entities)
    for iri in touched:
        if iri in found_entities:
            entities[iri] = found_entities[iri]
        else:
            entities.pop(iri, None)
    relations = {key: r for key, r in old.relations.items() if key[0] not in facts}
    relations.update(found_relations)
    adj, nodes = graph._adj, graph._node
    data = _Nodes(entities)
    moved = {iri for iri in touched if iri in entities or iri in adj}  # nodes whose data may change
    for key in (*old_keys, *found_relations):
        moved.update(key[2:])
    pairs = {_pair(key) for key in (*old_keys, *found_relations)}
    for iri in moved:  # a new name or alias changes the labels on every edge of the entity
        if iri in nodes and (nodes[iri]["name"], nodes[iri]["aliases"]) != (
            data[iri]["name"],
            data[iri]["aliases"],
        ):
            pairs.update((iri, n) if iri < n else (n, iri) for n in adj[iri])
    keys_of: dict[tuple[str, str], list[Key]] = defaultdict(list)
    for s, t in pairs:
        if s in adj and t in adj[s]:
            keys_of[s, t].extend(k for k in map(_key, adj[s][t]["relations"]) if k[0] not in facts)
    for key in found_relations:
        keys_of[_pair(key)].append(key)
    changed: dict[str, dict[str, dict | None]] = defaultdict(dict)  # node -> neighbour -> edge (None: gone)
    for s, t in pairs:
        keys = sorted(keys_of.get((s, t), ()))
        edge = edge_attributes(keys, relations, data) if keys else None
        before = adj[s].get(t) if s in adj else None
        if edge != before:  # an unchanged edge keeps its dict, and its ends their neighbour dicts
            changed[s][t] = changed[t][s] = edge
    inner = {n: _neighbours(adj.get(n, {}), news) for n, news in changed.items()}
    present = {n: n in entities or bool(inner.get(n, adj.get(n))) for n in moved}
    gone = {n for n, keep in present.items() if not keep and n in nodes}
    node_attrs = {}
    for n, keep in present.items():
        if keep:
            attrs = node_attributes(data[n])
            if attrs != nodes.get(n):
                node_attrs[n] = attrs
    new = graph.__class__()
    new.graph = graph.graph
    if not gone and all(n in nodes for n in node_attrs):  # the same nodes: share the rest
        new._node = {**nodes, **node_attrs}
        new._adj = {**adj, **inner}
    else:
        order = sorted({*nodes, *node_attrs} - gone)
        new._node = {n: node_attrs.get(n) or nodes[n] for n in order}
        new._adj = {n: inner[n] if n in inner else adj.get(n, {}) for n in order}
    projection = Projection(entities, relations)
    return new, projection, _reindex(indexes, nodes, node_attrs, gone)


class _Nodes(Mapping[str, dict[str, Any]]):
    """Entities by IRI, with a stub for any IRI a fact links to but no document types."""

    def __init__(self, entities: dict[str, dict[str, Any]]) -> None:
        self.entities = entities
        self.stubs: dict[str, dict[str, Any]] = {}

    def __getitem__(self, iri: str) -> dict[str, Any]:
        found = self.entities.get(iri)
        if found is None:
            found = self.stubs.get(iri)
            if found is None:
                found = self.stubs[iri] = stub_entity(iri)
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self.entities)

    def __len__(self) -> int:
        return len(self.entities)


def _pair(key: Key) -> tuple[str, str]:
    s, t = key[2], key[3]
    return (s, t) if s < t else (t, s)


def _key(relation: dict[str, Any]) -> Key:
    return relation["fact"], relation["kind"], relation["source"], relation["target"]


def _neighbours(old: dict[str, dict], news: dict[str, dict | None]) -> dict[str, dict]:
    """A node's new neighbour dict, in a full build's order: by the least relation key of each edge."""
    merged = {**old, **news}
    kept = [(m, edge) for m, edge in merged.items() if edge is not None]
    kept.sort(key=lambda item: _key(item[1]["relations"][0]))
    return dict(kept)


def _reindex(
    indexes: Indexes,
    before: dict[str, dict[str, Any]],
    after: dict[str, dict[str, Any]],
    gone: set[str],
) -> Indexes:
    """The name indexes with the entries of changed and removed nodes redone, lists in node order."""
    copies = tuple(defaultdict(list, index) for index in indexes)
    for iri in (*after, *gone):
        for key, which in index_keys(iri, before[iri]) if iri in before else ():
            listed = [n for n in copies[which].get(key, ()) if n != iri]
            if listed:
                copies[which][key] = listed
            else:
                copies[which].pop(key, None)
        if iri in after:
            for key, which in index_keys(iri, after[iri]):
                listed = [n for n in copies[which].get(key, ()) if n != iri]
                listed.append(iri)
                listed.sort()  # node order is IRI order (build_network adds nodes sorted)
                copies[which][key] = listed
    return copies[0], copies[1], copies[2]


def name_indexes(nodes: Iterable[tuple[str, dict[str, Any]]]) -> Indexes:
    """Entities by folded name, by folded alias and by slug, each list in node order."""
    by_name: dict[str, list[str]] = defaultdict(list)
    by_alias: dict[str, list[str]] = defaultdict(list)
    by_slug: dict[str, list[str]] = defaultdict(list)
    for iri, data in nodes:  # index_keys, inlined: this loop runs over every node of a full build
        by_name[fold(data["name"])].append(iri)
        for alias in data["aliases"]:
            listed = by_alias[fold(alias)]
            if not listed or listed[-1] != iri:  # one entity's aliases come together: no list scan
                listed.append(iri)
        parts = iri.rstrip("/").rsplit("/", 2)  # slug_of and typed_slug_of in one split
        by_slug[parts[-1].rsplit("#", 1)[-1]].append(iri)
        by_slug["/".join(parts[-2:])].append(iri)
    return by_name, by_alias, by_slug


def index_keys(iri: str, data: dict[str, Any]) -> Iterator[tuple[str, int]]:
    """The keys under which ``iri`` is listed: (key, 0) by name, (key, 1) by alias, (key, 2) by slug."""
    yield fold(data["name"]), 0
    for alias in data["aliases"]:
        yield fold(alias), 1
    parts = iri.rstrip("/").rsplit("/", 2)  # slug_of and typed_slug_of in one split
    yield parts[-1].rsplit("#", 1)[-1], 2
    yield "/".join(parts[-2:]), 2


def node_attributes(entity: dict[str, Any]) -> dict[str, Any]:
    """A node's attributes from an entity as the rows made it (or a stub)."""
    return {**entity, "detail": "; ".join(entity["roles"][:2]) if entity["roles"] else None}


def edge_attributes(
    keys: list[Key], relations: dict[Key, dict], entities: Mapping[str, dict[str, Any]]
) -> dict[str, Any]:
    """An edge's attributes: its relations (``keys`` in sorted order), finished, and their cost."""
    finished = []
    for key in keys:
        raw = relations[key]
        finished.append(finish_relation(raw, entities[raw["source"]], entities[raw["target"]]))
    return {"relations": finished, COST: edge_cost(finished)}
