"""A remote store that stops answering: clear 503s naming it, retried writes, never half a document."""

from __future__ import annotations

import io
import json
import os
import urllib.error
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import open_remote
from engines import Engine
from servers import serving

from api.ingest import build
from extract import Source, extract_document, load_pipeline, seed_source
from graph.errors import StoreUnavailableError
from graph.formats import rdf_format
from graph.remote import STAGING, RemoteStore

pytestmark = pytest.mark.server

SECOND = Source(
    text="Ada Lovelace met Charles Babbage in London in 1833. Babbage told The Times about Lovelace.",
    title="Lovelace and Babbage",
)


@pytest.fixture(scope="module")
def seed_ntriples() -> tuple[str, str]:
    """The seed article's IRI and N-Triples, extracted once with the real model."""
    document = extract_document(seed_source(), nlp=load_pipeline())
    # Sorted, so the article's own triples (its type among them) are in the first staged batch:
    # the stop then always leaves a staged "document" behind for the checks to find.
    lines = sorted(document.graph.serialize(format="nt").splitlines(keepends=True))
    return document.iri, "".join(lines)


def _graph(store: RemoteStore, iri: str) -> set[ox.Triple]:
    output = io.BytesIO()
    store.export(rdf_format("nt"), output, iri)
    return set(ox.parse(output.getvalue(), ox.RdfFormat.N_TRIPLES))


def test_remote_store_down_is_a_clear_error(fresh: Engine) -> None:
    store = open_remote(fresh)
    fresh.stop()
    with pytest.raises(
        StoreUnavailableError, match=r"SPARQL server at http://127\.0\.0\.1:\d+ is unreachable"
    ):
        store.documents()
    with pytest.raises(StoreUnavailableError, match="unreachable"):
        store.add_document("https://newsgraph.example/document/x", "<urn:a> <urn:b> <urn:c> .\n")


def test_remote_stopped_mid_document_leaves_no_half_document(
    fresh: Engine, seed_ntriples: tuple[str, str]
) -> None:
    iri, ntriples = seed_ntriples
    # No Graph Store Protocol and small batches: the document goes through a staging graph.
    store = open_remote(fresh, NEWSGRAPH_STORE_GRAPH_STORE="", NEWSGRAPH_STORE_BATCH="100")
    store.on_batch = lambda number: fresh.stop() if number == 3 else None
    with pytest.raises(StoreUnavailableError, match="unreachable"):
        store.add_document(iri, ntriples)
    fresh.start()
    assert not store.has_document(iri)
    assert store.documents() == []
    output = io.BytesIO()
    store.export(rdf_format("nt"), output)
    assert output.getvalue().strip() == b""  # the staged batches are not part of any download
    store.on_batch = None
    assert store.add_document(iri, ntriples) is True  # the retry writes it whole
    assert _graph(store, iri) == set(ox.parse(ntriples.encode(), ox.RdfFormat.N_TRIPLES))
    staging = store.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert not [row for row in staging if (row["g"] or "").startswith(STAGING)]


def test_remote_stopped_mid_ingest_keeps_whole_documents(fresh: Engine) -> None:
    store = open_remote(fresh)
    written: list[str] = []

    def after(document: object) -> None:
        written.append(document.iri)  # type: ignore[attr-defined]
        fresh.stop()  # the server goes away after the first document

    with pytest.raises(StoreUnavailableError):
        build(store, [seed_source(), SECOND], on_document=after)
    fresh.start()
    assert [row["iri"] for row in store.documents()] == written
    assert len(_graph(store, written[0])) > 1000


def test_remote_service_answers_503_naming_the_server(fresh: Engine, tmp_path: Path) -> None:
    store = open_remote(fresh)
    build(store, [seed_source()])
    env = {**os.environ, **fresh.environment()}
    with serving(["--store", fresh.url, "--threads", "2"], env, tmp_path / "serve.log") as url:
        fresh.stop()
        for path in ("/healthz", "/api/documents", "/api/stats", "/sparql?query=ASK%7B%7D", "/graph.ttl"):
            try:
                urllib.request.urlopen(url + path, timeout=120)
                raise AssertionError(f"{path} answered while the store was down")
            except urllib.error.HTTPError as error:
                body = json.loads(error.read())
                assert error.code == 503, (path, body)
                assert fresh.url.split("/")[2] in body["error"], body


def test_remote_load_keeps_blank_nodes_and_graphs(fresh: Engine) -> None:
    store = open_remote(fresh)
    data = b"""@prefix s: <https://schema.org/> .
<https://example.org/a> s:address [ s:addressLocality "Z\xc3\xbcrich" ; s:postalCode "8000" ] ."""
    assert store.load(data, rdf_format("turtle"), "https://example.org/loaded") == 3
    output = io.BytesIO()
    store.export(rdf_format("nquads"), output)
    quads = list(ox.parse(output.getvalue(), ox.RdfFormat.N_QUADS))
    assert {q.graph_name.value for q in quads} == {"https://example.org/loaded"}  # type: ignore[union-attr]
    blanks = {q.object for q in quads if isinstance(q.object, ox.BlankNode)}
    assert len(blanks) == 1 and {q.subject for q in quads if q.subject in blanks} == blanks
    assert ox.Literal("Zürich") in {q.object for q in quads}
