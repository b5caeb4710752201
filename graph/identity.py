"""What the store knows about identity: named people and organisations, merge decisions, user overrides.

Read with parameterised SELECTs; overrides and re-resolved documents are written back in one SPARQL
Update, which Oxigraph applies as one transaction (all of it or nothing).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import pyoxigraph as ox

from graph.errors import GraphError
from graph.names import number
from graph.sparql_text import delete_subject, drop_graph, insert_data, sequence
from graph.store import Store
from ontology.iris import base_iri

PREFIXES = """PREFIX schema: <https://schema.org/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX ng: <https://w3id.org/newsgraph/ns#>
"""

NAMES_QUERY = (
    PREFIXES
    + """SELECT ?graph ?entity ?kind ?name WHERE {
  VALUES (?class ?kind) { (schema:Person "person") (schema:Organization "org") }
  GRAPH ?graph { ?graph a schema:NewsArticle . ?entity a ?class .
    { ?entity schema:name ?name } UNION { ?decision ng:entity ?entity ; ng:mentionName ?name } }
}"""
)

DECISIONS_QUERY = (
    PREFIXES
    + """SELECT ?entity ?decision ?document ?mention ?matched ?rule ?confidence WHERE {
  GRAPH ?document { ?decision a ng:IdentityDecision ; ng:entity ?entity ; ng:mentionName ?mention ;
                    ng:rule ?rule ; ng:confidence ?confidence . OPTIONAL { ?decision ng:matchedName ?matched } }
} ORDER BY ?document ?mention"""
)

OVERRIDES_QUERY = (
    PREFIXES
    + """SELECT ?override ?kind ?key ?name ?entity WHERE {
  GRAPH ?graph { ?override a ng:IdentityOverride ; ng:overrideKind ?kind ; ng:nameKey ?key ;
                 ng:mentionName ?name ; ng:entity ?entity }
} ORDER BY ?key ?entity"""
)

DOCUMENT_QUERY = (
    PREFIXES
    + """SELECT ?document ?text ?title ?url ?published WHERE {
  GRAPH ?document { ?document a schema:NewsArticle ; schema:text ?text .
    OPTIONAL { ?document schema:headline ?title } OPTIONAL { ?document schema:url ?url }
    OPTIONAL { ?document schema:datePublished ?published } }
}"""
)


def overrides_graph() -> str:
    """The named graph that holds the user's alias and split overrides."""
    return f"{base_iri()}identity/overrides"


def stored_names(store: Store) -> dict[str, dict[str, Any]]:
    """Every person and organisation in a document graph: IRI -> kind, names by document graph.

    The names are the entity's ``schema:name`` and the names the document's identity decisions
    merged into it (a merged mention is stored as an alternate name of the entity it joined).
    """
    found: dict[str, dict[str, Any]] = {}
    for row in store.select(NAMES_QUERY):
        entry = found.setdefault(str(row["entity"]), {"kind": row["kind"], "names": defaultdict(set)})
        entry["names"][row["graph"]].add(row["name"])
    return found


def decisions(store: Store, entity: str | None = None) -> list[dict[str, Any]]:
    """The recorded identity decisions (about ``entity``, or all): mention, document, rule, confidence."""
    rows = store.select(DECISIONS_QUERY, entity=entity) if entity else store.select(DECISIONS_QUERY)
    return [
        {
            "entity": row["entity"],
            "mention": row["mention"],
            "matched": row["matched"],
            "document": row["document"],
            "rule": row["rule"],
            "confidence": number(row["confidence"], float),
        }
        for row in rows
    ]


def overrides(store: Store) -> list[dict[str, str | None]]:
    """The user's overrides: kind ("alias" or "split"), name key, name as typed, entity IRI."""
    return [{k: v for k, v in row.items() if k != "override"} for row in store.select(OVERRIDES_QUERY)]


def stored_document(store: Store, iri: str) -> dict[str, str | None]:
    """The text, headline, URL and date of a stored document; GraphError if there is none."""
    rows = store.select(DOCUMENT_QUERY, document=iri)
    if not rows:
        raise GraphError(f"no document {iri} with text in the store")
    return rows[0]


def write_atomically(store: Store, graphs: dict[str, str], statements: list[str]) -> None:
    """Replace each named graph by its N-Triples and run ``statements``, in one SPARQL Update.

    One update request is one transaction in Oxigraph ("either the full operation succeeds or
    nothing is written"), so a reader sees every document either before or after the change.
    """
    update = getattr(store, "update", None)
    if update is None:
        raise GraphError("this store cannot be updated in place; open the on-disk store")
    parts = list(statements)
    for iri, ntriples in graphs.items():
        triples = ox.parse(ntriples.encode("utf-8"), ox.RdfFormat.N_TRIPLES)
        parts += [drop_graph(iri), insert_data(iri, triples)]
    if parts:
        update(sequence(parts))


def override_statements(node: str, kind: str, key: str, name: str, entity: str) -> list[str]:
    """SPARQL Update operations that file one override (replacing any earlier one on the same pair)."""
    subject, graph = ox.NamedNode(node), overrides_graph()
    ng = "https://w3id.org/newsgraph/ns#"
    triples = [
        ox.Triple(subject, predicate, value)
        for predicate, value in (
            (
                ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                ox.NamedNode(ng + "IdentityOverride"),
            ),
            (ox.NamedNode(ng + "overrideKind"), ox.Literal(kind)),
            (ox.NamedNode(ng + "nameKey"), ox.Literal(key)),
            (ox.NamedNode(ng + "mentionName"), ox.Literal(name)),
            (ox.NamedNode(ng + "entity"), ox.NamedNode(entity)),
        )
    ]
    return [delete_subject(graph, node), insert_data(graph, triples)]
