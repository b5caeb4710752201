"""Who connects to whom: entity search and pages, shortest paths, neighbourhoods, centrality."""

from __future__ import annotations

from flask import Blueprint, Response, jsonify

from api import params
from api.app import services
from api.errors import error_response
from graph.background import follow
from graph.entities import describe_entity, resolve, search_entities
from graph.paths import neighbors, network_json, shortest_paths
from graph.projection import ENTITY_TYPES
from ontology.iris import base_iri

blueprint = Blueprint("explore", __name__, url_prefix="/api")

MAX_HOPS = 8
MAX_PATHS = 20
CENTRALITY_WAIT = 2.0  # seconds a request waits for the current graph's scores before older ones
RETRY_AFTER = 10  # seconds, when no scores exist yet (503)


@blueprint.get("/entities")
def entities() -> Response:
    """Entities whose name or alias matches ``q`` (case- and accent-insensitive)."""
    network = services().networks.get()
    q = params.optional("q")
    kind = _entity_type()
    limit = params.integer("limit", 50, low=1, high=1000)
    return jsonify(search_entities(network, q, kind, limit))


@blueprint.get("/entities/<path:slug>")
def entity(slug: str) -> Response:
    """One entity by IRI, ``type/slug`` (``person/sergey-kislyak``) or name."""
    network = services().networks.get()
    reference = slug if slug.startswith(("http://", "https://")) else _slug_iri(slug, network)
    return jsonify(describe_entity(services().store, network, resolve(network, reference)))


def _slug_iri(slug: str, network: object) -> str:
    candidate = base_iri() + slug
    return candidate if candidate in network.graph else slug  # type: ignore[attr-defined]


@blueprint.get("/path")
def path() -> Response:
    """The shortest link(s) between two entities, with the evidence on every hop."""
    network = services().networks.get()
    source = resolve(network, params.required("from"))
    target = resolve(network, params.required("to"))
    answer = shortest_paths(
        network,
        source,
        target,
        k=params.integer("k", 1, low=1, high=MAX_PATHS),
        max_hops=params.integer("max_hops", 6, low=1, high=MAX_HOPS),
        exclude_types=params.listed("exclude_types"),
        relations=params.listed("relations") or None,
        exclude_nodes=tuple(resolve(network, name) for name in params.listed("exclude")),
        min_confidence=params.number("min_confidence", 0.0, low=0.0, high=1.0),
        weighted=params.flag("weighted"),
    )
    return jsonify(answer)


@blueprint.get("/neighbors")
def neighborhood() -> Response:
    """The ego network of one entity, ``hops`` deep."""
    network = services().networks.get()
    iri = resolve(network, params.required("entity"))
    return jsonify(neighbors(network, iri, hops=params.integer("hops", 1, low=1, high=4)))


@blueprint.get("/network")
def whole_network() -> Response:
    """The who-connects-to-whom graph as nodes and edges (the graph view draws it)."""
    network = services().networks.get()
    return jsonify(
        network_json(
            network, type=_entity_type(), min_degree=params.integer("min_degree", 0, low=0, high=10**6)
        )
    )


@blueprint.get("/centrality")
def central() -> Response:
    """Who is at the heart of it, by betweenness, PageRank or degree."""
    network = services().networks.get()
    metric = params.choice("metric", "betweenness", ("betweenness", "pagerank", "degree"))
    limit = params.integer("limit", 20, low=1, high=1000)
    answer = follow(services().networks).centrality(
        network, metric=metric, type=_entity_type(), limit=limit, wait=CENTRALITY_WAIT
    )
    if answer is None:  # computed in the background after each write (graph.background)
        response = error_response(
            503, f"{metric} centrality is being computed for this graph; retry in {RETRY_AFTER} seconds"
        )
        response.headers["Retry-After"] = str(RETRY_AFTER)
        return response
    return jsonify(answer)


def _entity_type() -> str | None:
    raw = params.optional("type")
    return None if raw is None else params.choice("type", raw, ENTITY_TYPES)
