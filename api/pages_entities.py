"""The entity page: who someone is, their roles, quotes and contacts, each with its evidence sentence."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, render_template

from api.app import services
from api.dossier import SECTIONS, gather, name_of
from graph.entities import resolve
from graph.identity import decisions
from graph.network import Network

blueprint = Blueprint("entities_page", __name__)


@blueprint.get("/entities/<path:ref>")
def entity(ref: str) -> str:
    """Render one entity, found by ``type/slug``, slug, name, alias or IRI (4xx page with candidates)."""
    network = services().networks.get()
    iri = resolve(network, ref)
    sections = gather(services().store, network, iri)
    return render_template(
        "entity.html",
        entity={
            **network.entity(iri),
            "documents": list(network.documents(iri)),
            "detail": network.detail(iri),
        },
        sections=[(key, title, sections[key]) for key, title in SECTIONS if sections[key]],
        neighbours=_neighbours(network, iri),
        merged=sorted(
            decisions(services().store, iri), key=lambda d: (d["mention"] or "", d["document"] or "")
        ),
        titles={d["iri"]: d["title"] for d in _documents()},
    )


def _neighbours(network: Network, iri: str) -> list[dict[str, Any]]:
    """Everyone linked to ``iri`` in the projection, most links first, with how they are linked."""
    rows = []
    for other in network.graph.neighbors(iri):
        relations = network.graph.edges[iri, other]["relations"]
        rows.append(
            {
                **name_of(network, other),
                "labels": sorted({r["label"] for r in relations}),
                "count": len(relations),
            }
        )
    rows.sort(key=lambda r: (-r["count"], r["name"]))
    return rows


def _documents() -> list[dict[str, Any]]:
    return [{"iri": row["iri"], "title": row["title"]} for row in services().store.documents()]
