"""Liveness, counts and the list of documents."""

from __future__ import annotations

from flask import Blueprint, Response, jsonify

from api.app import services
from graph.errors import NotFoundError
from ontology.iris import document_iri

blueprint = Blueprint("health", __name__)

COUNTS = """PREFIX schema: <https://schema.org/>
PREFIX ng: <https://w3id.org/newsgraph/ns#>
SELECT
  (COUNT(DISTINCT ?person) AS ?people)
  (COUNT(DISTINCT ?organization) AS ?organizations)
  (COUNT(DISTINCT ?place) AS ?places)
WHERE {
  { ?person a schema:Person } UNION { ?organization a schema:Organization } UNION { ?place a schema:Place }
}"""

FACTS = """PREFIX ng: <https://w3id.org/newsgraph/ns#>
SELECT ?kind (COUNT(DISTINCT ?fact) AS ?count)
WHERE { ?fact a ng:Fact ; a ?kind . FILTER(STRSTARTS(STR(?kind), STR(ng:)) && ?kind != ng:Fact) }
GROUP BY ?kind ORDER BY ?kind"""


@blueprint.get("/healthz")
def healthz() -> Response:
    """Liveness: the store answers a query."""
    services().store.query("ASK { }")
    return jsonify({"ok": True})


@blueprint.get("/api/stats")
def stats() -> Response:
    """How much the graph holds: documents, entities by type, facts by kind, edges."""
    store = services().store
    counts = store.select(COUNTS)[0]
    facts = {row["kind"].rsplit("#", 1)[-1]: int(row["count"] or 0) for row in store.select(FACTS)}  # type: ignore[union-attr]
    network = services().networks.get()
    return jsonify(
        {
            "documents": len(store.documents()),
            "entities": {name: int(value or 0) for name, value in counts.items()},
            "facts": facts,
            "network": {"nodes": network.graph.number_of_nodes(), "edges": network.graph.number_of_edges()},
        }
    )


@blueprint.get("/api/documents")
def documents() -> Response:
    """The stored documents, each with its id, IRI and title."""
    rows = services().store.documents()
    return jsonify(
        {
            "documents": [
                {"id": _id(row["iri"]), "iri": row["iri"], "title": row["title"], "chars": _int(row["chars"])}
                for row in rows
            ],
            "total": len(rows),
        }
    )


@blueprint.get("/api/documents/<doc_id>")
def document(doc_id: str) -> Response:
    """One document: its text and metadata."""
    iri = document_iri(doc_id)
    rows = services().store.select(
        """PREFIX schema: <https://schema.org/>
        SELECT ?doc ?title ?text ?url ?published WHERE { GRAPH ?doc { ?doc schema:text ?text .
          OPTIONAL { ?doc schema:headline ?title } OPTIONAL { ?doc schema:url ?url }
          OPTIONAL { ?doc schema:datePublished ?published } } }""",
        doc=iri,
    )
    if not rows:
        raise NotFoundError(f"no document {doc_id!r}; GET /api/documents lists them")
    row = {key: value for key, value in rows[0].items() if key != "doc"}
    return jsonify({"id": doc_id, "iri": iri, **row})


def _id(iri: str | None) -> str:
    return (iri or "").rsplit("/", 1)[-1]


def _int(value: str | None) -> int | None:
    return None if value is None else int(value)
