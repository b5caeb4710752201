"""Across documents at ingest: the real model, a real on-disk store, the decisions recorded with it."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from flask import Flask
from identity_kit import (
    FLYNN_AGAIN,
    FLYNN_ALONE,
    FLYNN_NAMED,
    JANE_SMITH,
    JOHN_SMITH,
    KISLYAK_A,
    KISLYAK_B,
    ingest,
    node_of,
    partition,
    people,
)
from rdflib import Graph
from seed_expectations import PEOPLE

from api import identity
from api.ingest import build
from extract import seed_source
from graph.formats import rdf_format
from graph.identity import decisions
from graph.network import build_network
from graph.store import OxigraphStore
from ontology.iris import document_iri
from ontology.validate import validate

BASE = "https://newsgraph.example/person/"


def test_identity_ingest_sergei_is_sergey_with_a_recorded_reason(empty_store: OxigraphStore) -> None:
    ingest(empty_store, KISLYAK_A, KISLYAK_B)
    node = node_of(empty_store, "Sergei Kislyak")
    assert node == node_of(empty_store, "Sergey Kislyak") == BASE + "sergey-kislyak"
    [why] = decisions(empty_store, node)
    assert why["mention"] == "Sergei Kislyak" and why["matched"] == "Sergey Kislyak"
    assert why["rule"] == "variant-table: Sergei→Sergey" and why["confidence"] == 0.95
    network = build_network(empty_store)
    assert network.entity(node)["name"] == "Sergey Kislyak"  # the stored spelling keeps naming it


def test_identity_ingest_pescov_is_peskov(empty_store: OxigraphStore) -> None:
    ingest(empty_store, KISLYAK_A, KISLYAK_B)
    node = node_of(empty_store, "Dmitri Pescov")
    assert node == node_of(empty_store, "Dmitry Peskov")
    assert [d["rule"] for d in decisions(empty_store, node)] == [
        "variant-table: Dmitry→Dmitri, Peskov→Pescov"
    ]


def test_identity_ingest_a_surname_alone_is_not_merged_across_documents(empty_store: OxigraphStore) -> None:
    ingest(empty_store, KISLYAK_A, FLYNN_ALONE, FLYNN_AGAIN)
    flynns = {iri for iri, names in people(empty_store).items() if "Flynn" in names}
    assert BASE + "michael-flynn" not in flynns and len(flynns) == 2  # nor are two lone "Flynn"s one
    for iri in flynns:
        assert [d["rule"] for d in decisions(empty_store, iri)] == [
            "surname-only: not merged across documents"
        ]


def test_identity_ingest_a_document_that_names_him_fully_joins_him(empty_store: OxigraphStore) -> None:
    ingest(empty_store, KISLYAK_A, FLYNN_NAMED)
    assert node_of(empty_store, "Flynn") == node_of(empty_store, "Michael Flynn") == BASE + "michael-flynn"


def test_identity_ingest_john_and_jane_smith_stay_two(empty_store: OxigraphStore) -> None:
    ingest(empty_store, JOHN_SMITH, JANE_SMITH)
    john, jane = node_of(empty_store, "John Smith"), node_of(empty_store, "Jane Smith")
    assert john != jane and decisions(empty_store, john) == decisions(empty_store, jane) == []


@pytest.mark.parametrize(
    "order",
    [(KISLYAK_B, FLYNN_ALONE, KISLYAK_A, JOHN_SMITH), (JOHN_SMITH, KISLYAK_A, FLYNN_ALONE, KISLYAK_B)],
)
def test_identity_ingest_order_does_not_change_who_is_who(tmp_path: Path, order: tuple[str, ...]) -> None:
    with OxigraphStore(tmp_path / "forward") as forward, OxigraphStore(tmp_path / "backward") as backward:
        ingest(forward, KISLYAK_A, KISLYAK_B, FLYNN_ALONE, JOHN_SMITH)
        ingest(backward, *order)
        assert partition(forward) == partition(backward)
        assert len(people(forward)) == len(people(backward)) == 6
        assert len(build_network(forward).graph) == len(build_network(backward).graph)


def test_identity_ingest_the_seed_alone_keeps_its_13_people(seed_store_path: Path) -> None:
    with OxigraphStore(seed_store_path, read_only=True) as store:
        found = people(store)
        assert {min(names, key=lambda n: (n not in PEOPLE, n)) for names in found.values()} == PEOPLE
        assert len(found) == 13 and decisions(store) == []


def test_identity_ingest_the_seed_after_other_articles_keeps_13_people(empty_store: OxigraphStore) -> None:
    ingest(empty_store, KISLYAK_A, KISLYAK_B, FLYNN_ALONE)
    [seed] = build(empty_store, [seed_source()]).added
    rows = empty_store.select(
        "PREFIX schema: <https://schema.org/> SELECT DISTINCT ?g ?p WHERE { GRAPH ?g { ?p a schema:Person } }",
        g=str(seed["iri"]),
    )
    assert len(rows) == 13  # reused IRIs, but no two of its people folded into one
    assert node_of(empty_store, "Dmitri Pescov") == BASE + "dmitri-pescov"


def test_identity_ingest_removing_a_document_removes_its_decisions(empty_store: OxigraphStore) -> None:
    report = ingest(empty_store, KISLYAK_A, KISLYAK_B)
    second = str(report.documents[1]["id"])
    assert len(decisions(empty_store)) == 2
    empty_store.remove_document(document_iri(second))
    assert decisions(empty_store) == []
    assert people(empty_store)[BASE + "sergey-kislyak"] >= {"Sergey Kislyak"}
    assert "Sergei Kislyak" not in set().union(*people(empty_store).values())


def test_identity_ingest_the_graph_with_decisions_conforms_to_the_shapes(empty_store: OxigraphStore) -> None:
    ingest(empty_store, KISLYAK_A, KISLYAK_B, FLYNN_ALONE)
    buffer = io.BytesIO()
    empty_store.export(rdf_format("nt"), buffer)
    report = validate(Graph().parse(data=buffer.getvalue().decode("utf-8"), format="nt"))
    assert report.conforms, report.text


def test_identity_ingest_over_http_and_the_entity_page_says_why(app: Flask) -> None:
    app.config["NEWSGRAPH_UPDATE_TOKEN"] = "t0ken"
    client = app.test_client()
    response = client.post(
        "/api/documents", data=KISLYAK_B, content_type="text/plain", headers={"Authorization": "Bearer t0ken"}
    )
    assert response.status_code == 201, response.get_data(as_text=True)
    entity = client.get("/api/entities/person/sergey-kislyak").get_json()
    assert "Sergei Kislyak" in entity["names"]
    assert [(d["mention"], d["rule"]) for d in entity["identity"]] == [
        ("Sergei Kislyak", "variant-table: Sergei→Sergey")
    ]
    assert client.get("/api/entities/person/sergei-kislyak").status_code == 404


def test_identity_ingest_the_kept_index_agrees_with_the_store(empty_store: OxigraphStore) -> None:
    ingest(empty_store, KISLYAK_A, KISLYAK_B, FLYNN_ALONE, JOHN_SMITH)
    cache = identity._CACHE  # kept up to date by the build's own writes, never re-read in between
    assert cache.store is empty_store and cache.generation == empty_store.generation
    kept = cache.index
    assert kept is not None
    fresh = identity.load_index(empty_store)
    assert kept.names == fresh.names and kept.kinds == fresh.kinds and kept.blocks == fresh.blocks
