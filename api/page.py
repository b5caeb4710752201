"""The web page: home (search, graph, path finder, downloads), search results and the path page.

Every answer is rendered on the server, so the page works without JavaScript; the scripts in
``static/`` only add autocomplete and the drawn graphs on top.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, render_template, request, url_for
from werkzeug.wrappers import Response

from api.app import services
from api.examples import EXAMPLES
from graph.entities import resolve, search_entities
from graph.errors import AmbiguousError, GraphError, UnknownEntityError
from graph.names import typed_slug_of
from graph.paths import shortest_paths
from graph.projection import ENTITY_TYPES
from ontology.relations import EDGE_RULES

blueprint = Blueprint("page", __name__, static_folder=None)

# Scripts only from our own origin, so article text that slipped through escaping still cannot run.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
RELATIONS = tuple(dict.fromkeys((rule.kind, rule.label) for rule in EDGE_RULES))
DRAWN_NODES = 300  # more than this and a force layout in the browser becomes a hairball and slow


@blueprint.get("/")
def index() -> str:
    """Render the home page: search, the graph, the path finder and the downloads."""
    network = services().networks.get()
    stats = {
        "documents": len(services().store.documents()),
        "nodes": network.graph.number_of_nodes(),
        "edges": network.graph.number_of_edges(),
    }
    central = search_entities(network, None, None, 12)["entities"]
    return render_template(
        "index.html",
        stats=stats,
        entities=central,
        types=ENTITY_TYPES,
        relations=RELATIONS,
        min_degree=_min_degree([degree for _, degree in network.graph.degree()]),
    )


def _min_degree(degrees: list[int]) -> int:
    """The smallest number of links that keeps the drawn network to DRAWN_NODES entities at most."""
    threshold = 0
    while sum(1 for d in degrees if d >= threshold) > DRAWN_NODES:
        threshold += 1
    return threshold


@blueprint.get("/search")
def search() -> str:
    """List the entities whose name or alias matches ``q``."""
    network = services().networks.get()
    q = (request.args.get("q") or "").strip()
    found = search_entities(network, q or None, None, 100)
    return render_template("search.html", q=q, entities=found["entities"], total=found["total"])


@blueprint.get("/path")
def path() -> str:
    """Answer "how are these two connected?" with up to three shortest paths and their evidence."""
    network = services().networks.get()
    names = {key: (request.args.get(key) or "").strip() for key in ("from", "to")}
    answer, status = None, 200
    problem: dict[str, Any] | None = None
    if names["from"] and names["to"]:
        ends: dict[str, str] = {}
        try:
            for side, value in names.items():
                problem = {"side": side, "candidates": []}
                ends[side] = resolve(network, value)
            problem = None
            answer = shortest_paths(network, ends["from"], ends["to"], k=3)
        except (AmbiguousError, UnknownEntityError) as error:
            problem = {**(problem or {}), "message": str(error), "candidates": error.candidates}
            status = 400 if isinstance(error, AmbiguousError) else 404
        except GraphError as error:
            problem, status = {"side": None, "message": str(error), "candidates": []}, 400
    titles = {row["iri"]: row["title"] for row in services().store.documents()}
    return render_template(
        "path.html",
        names=names,
        answer=answer,
        problem=problem,
        titles=titles,
        names_of=_names(network, answer),
        relation_labels=dict(RELATIONS),
    ), status  # type: ignore[return-value]


def _names(network: Any, answer: dict[str, Any] | None) -> dict[str, dict[str, Any]]:
    """Name and type of every node on the paths, for labelling hops."""
    if not answer:
        return {}
    return {n["iri"]: n for p in answer["paths"] for n in p["nodes"]}


@blueprint.app_template_filter("entity_url")
def entity_url(iri: str) -> str:
    """The page of the entity ``iri`` (``/entities/person/sergey-kislyak``)."""
    return url_for("entities_page.entity", ref=typed_slug_of(iri))


@blueprint.app_template_filter("typed_slug")
def typed_slug(iri: str) -> str:
    """``person/sergey-kislyak`` for an entity IRI (what ``/api/entities/<slug>`` takes)."""
    return typed_slug_of(iri)


@blueprint.app_template_filter("evidence_url")
def evidence_url(evidence: dict[str, Any]) -> str:
    """The document page with this evidence span highlighted and scrolled to."""
    doc_id = (evidence.get("document") or "").rsplit("/", 1)[-1]
    start, end = evidence.get("start"), evidence.get("end")
    if start is None or end is None:
        return url_for("documents_page.document", doc_id=doc_id)
    return url_for(
        "documents_page.document", doc_id=doc_id, start=start, end=end, _anchor=f"ev-{start}-{end}"
    )


@blueprint.app_context_processor
def page_context() -> dict[str, Any]:
    """Values every template may use: the SPARQL examples (the editor page shows them)."""
    return {"sparql_examples": EXAMPLES}


@blueprint.after_app_request
def content_security_policy(response: Response) -> Response:
    """Send the CSP with every HTML page (JSON and downloads do not need it)."""
    if response.mimetype == "text/html":
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
    return response
