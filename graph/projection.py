"""Turn the rows of the projection query into entities and labelled relations with evidence.

One branch of the query (``graph.projection_query``) lists typed entities with their names; one
lists every (fact, kind, source, target) an edge rule yields, with the fact's label, confidence and
every piece of its evidence, so no request ever goes back to the store for evidence; one lists the
titles of positions, which tell namesakes apart.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import pyoxigraph as ox

from graph.names import fold, mentions, number, slug_of
from graph.projection_query import PROJECTION_QUERY, TYPE_OF_CLASS
from graph.store import Store
from ontology.relations import EDGE_RULES

ENTITY_TYPES: tuple[str, ...] = tuple(t for _, t in TYPE_OF_CLASS)
_TYPE_RANK = {cls: rank for rank, (cls, _) in enumerate(TYPE_OF_CLASS)}
_TYPE_BY_SEGMENT = {"person": "person", "org": "organization", "place": "place"}
RULE_LABELS: dict[str, str] = {rule.kind: rule.label for rule in EDGE_RULES}
_SYMMETRIC = {rule.kind for rule in EDGE_RULES if rule.source == rule.target}


def read_projection(store: Store) -> tuple[dict[str, dict[str, Any]], dict[tuple[str, str, str, str], dict]]:
    """Entities (with the titles of the positions they hold) and relations, from one SELECT."""
    entity_rows, relation_rows, roles = [], [], defaultdict(set)
    for row in _rows(store, PROJECTION_QUERY):
        if row["entity"]:
            entity_rows.append(row)
        elif row["holder"]:
            roles[row["holder"]].add(row["roleTitle"])
        else:
            relation_rows.append(row)
    entities = entities_from(entity_rows)
    for iri, titles in roles.items():
        if iri in entities:
            entities[iri]["roles"] = sorted(titles, key=fold)
    return entities, relations_from(relation_rows)


def _rows(store: Store, sparql: str) -> list[dict[str, Any]]:
    """Rows of plain strings, like ``store.select``, but reading terms by position.

    With a million-triple store this is three times faster than ``select``, which looks every
    value up by name; other stores' results go through ``select`` unchanged.
    """
    solutions = store.query(sparql)
    if not isinstance(solutions, ox.QuerySolutions):
        return store.select(sparql)
    names = [variable.value for variable in solutions.variables]
    return [dict(zip(names, (None if t is None else t.value for t in row), strict=True)) for row in solutions]


def entities_from(rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Entities by IRI: name, type, aliases, documents (graph IRI -> headline) and role titles."""
    raw: dict[str, dict[str, Any]] = defaultdict(
        lambda: {"classes": set(), "names": set(), "labels": set(), "aliases": set(), "documents": {}}
    )
    for row in rows:
        entry = raw[row["entity"]]
        entry["classes"].add(row["class"])
        for key, column in (("names", "name"), ("labels", "entityLabel"), ("aliases", "alias")):
            if row[column]:
                entry[key].add(row[column])
        entry["documents"][row["graph"]] = row["headline"]
    entities = {}
    for iri, entry in raw.items():
        names = sorted(entry["names"]) or sorted(entry["labels"]) or [_name_from_iri(iri)]
        cls = min(entry["classes"], key=_TYPE_RANK.__getitem__)
        others = (entry["names"] | entry["labels"] | entry["aliases"]) - {names[0]}
        entities[iri] = {
            "name": names[0],
            "type": dict(TYPE_OF_CLASS)[cls],
            "aliases": sorted(others, key=lambda a: (fold(a), a)),
            "documents": entry["documents"],
            "roles": [],
        }
    return entities


def relations_from(rows: list[dict[str, Any]]) -> dict[tuple[str, str, str, str], dict[str, Any]]:
    """Relations keyed by (fact, kind, source, target), each with its fact's data and evidence."""
    relations: dict[tuple[str, str, str, str], dict[str, Any]] = {}
    for row in rows:
        source, target = row["source"], row["target"]
        if row["kind"] in _SYMMETRIC and target < source:
            source, target = target, source  # a contact is listed once per pair
        key = (row["fact"], row["kind"], source, target)
        relation = relations.get(key)
        if relation is None:
            relation = relations[key] = {
                "kind": row["kind"],
                "fact": row["fact"],
                "source": source,
                "target": target,
                "fact_label": row["label"],
                "confidence": number(row["confidence"], float),
                "evidence": {},
            }
        if row["evidence"] and row["evidence"] not in relation["evidence"]:
            relation["evidence"][row["evidence"]] = {
                "document": row["evdoc"] or row["doc"],
                "text": row["sentence"],
                "start": number(row["start"], int),
                "end": number(row["end"], int),
            }
        if row["doc"]:
            relation.setdefault("docs", set()).add(row["doc"])
    return relations


def finish_relation(relation: dict[str, Any], source: dict[str, Any], target: dict[str, Any]) -> dict:
    """The stored form of a relation: a label that reads source-to-target, evidence in text order."""
    label = relation["fact_label"]
    names_s = [source["name"], *source["aliases"]]
    names_t = [target["name"], *target["aliases"]]
    if not (label and mentions(label, names_s) and mentions(label, names_t)):
        label = f"{source['name']} {RULE_LABELS[relation['kind']]} {target['name']}"
    evidence = sorted(
        relation["evidence"].values(), key=lambda e: (e["document"] or "", e["start"] or 0, e["end"] or 0)
    )
    documents = set(relation.get("docs", ())) | {e["document"] for e in evidence if e["document"]}
    return {
        "kind": relation["kind"],
        "label": label,
        "fact": relation["fact"],
        "source": relation["source"],
        "target": relation["target"],
        "confidence": relation["confidence"],
        "documents": tuple(sorted(documents)),
        "evidence": evidence,
    }


def stub_entity(iri: str) -> dict[str, Any]:
    """An entity a fact links to but no document types: typed from its IRI namespace, named from its slug."""
    segment = iri.rstrip("/").rsplit("/", 2)[-2] if iri.count("/") >= 2 else ""
    return {
        "name": _name_from_iri(iri),
        "type": _TYPE_BY_SEGMENT.get(segment, "organization"),
        "aliases": [],
        "documents": {},
        "roles": [],
    }


def _name_from_iri(iri: str) -> str:
    return slug_of(iri).replace("-", " ").title()
