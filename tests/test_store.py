"""The embedded Oxigraph store: atomic documents, union default graph, exports, locking."""

from __future__ import annotations

import io
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph

from graph.errors import NotFoundError, QuerySyntaxError, StoreUnavailableError
from graph.formats import rdf_format
from graph.store import OxigraphStore

DOC_A = "https://newsgraph.example/document/aaaa"
DOC_B = "https://newsgraph.example/document/bbbb"
PERSON = "https://newsgraph.example/person/ada-lovelace"
NAME = "https://schema.org/name"


def _doc(iri: str, name: str = "Ada Lovelace") -> str:
    return (
        f"<{iri}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/NewsArticle> .\n"
        f"<{iri}> <https://schema.org/mentions> <{PERSON}> .\n"
        f'<{PERSON}> <{NAME}> "{name}" .\n'
    )


def test_store_adds_a_document_once(tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "s")
    assert store.add_document(DOC_A, _doc(DOC_A)) is True
    generation = store.generation
    assert store.add_document(DOC_A, _doc(DOC_A)) is False
    assert store.generation == generation
    assert len(store) == 3


def test_store_default_graph_is_the_union_without_duplicates(tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "s")
    store.add_document(DOC_A, _doc(DOC_A))
    store.add_document(DOC_B, _doc(DOC_B))
    names = store.select("SELECT DISTINCT ?name WHERE { ?p <https://schema.org/name> ?name }")
    assert names == [{"name": "Ada Lovelace"}]
    docs = store.select("SELECT ?d ?p WHERE { ?d <https://schema.org/mentions> ?p } ORDER BY ?d", p=PERSON)
    assert [row["d"] for row in docs] == [DOC_A, DOC_B]


def test_store_binds_values_instead_of_pasting_them(tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "s")
    store.add_document(DOC_A, _doc(DOC_A))
    hostile = ox.Literal('x" } ; DROP ALL ; #')
    rows = store.select("SELECT ?p ?name WHERE { ?p <https://schema.org/name> ?name }", name=hostile)
    assert rows == []
    assert len(store) == 3


def test_store_removes_a_document_and_only_it(tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "s")
    store.add_document(DOC_A, _doc(DOC_A))
    store.add_document(DOC_B, _doc(DOC_B, "Augusta Ada King"))
    store.remove_document(DOC_A)
    assert not store.has_document(DOC_A)
    assert store.has_document(DOC_B)
    assert {
        row["name"] for row in store.select("SELECT ?name WHERE { ?p <https://schema.org/name> ?name }")
    } == {"Augusta Ada King"}
    with pytest.raises(NotFoundError, match="no document"):
        store.remove_document(DOC_A)


def test_store_reports_syntax_errors_with_line_and_column(tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "s")
    with pytest.raises(QuerySyntaxError, match=r"at 2:\d+"):
        store.query("SELECT * WHERE {\n  ?s ?p }")


def test_store_survives_a_restart(tmp_path: Path) -> None:
    OxigraphStore(tmp_path / "s").add_document(DOC_A, _doc(DOC_A))
    reopened = OxigraphStore(tmp_path / "s")
    assert reopened.has_document(DOC_A)


def test_store_in_use_gives_a_clear_message_and_read_only_access(tmp_path: Path) -> None:
    holder = OxigraphStore(tmp_path / "s")
    holder.add_document(DOC_A, _doc(DOC_A))
    with pytest.raises(StoreUnavailableError, match="in use by another process"):
        OxigraphStore(tmp_path / "s")
    reader = OxigraphStore(tmp_path / "s", read_only=True)
    assert reader.has_document(DOC_A)
    with pytest.raises(StoreUnavailableError, match="read-only"):
        reader.add_document(DOC_B, _doc(DOC_B))


def test_store_read_only_on_a_missing_store_says_build_first(tmp_path: Path) -> None:
    with pytest.raises(StoreUnavailableError, match="newsgraph build"):
        OxigraphStore(tmp_path / "nothing", read_only=True)


@pytest.mark.parametrize("name", ["turtle", "nt", "jsonld", "rdfxml"])
def test_store_exports_the_union_in_each_triple_format(tmp_path: Path, name: str) -> None:
    store = OxigraphStore(tmp_path / "s")
    store.add_document(DOC_A, _doc(DOC_A))
    store.add_document(DOC_B, _doc(DOC_B))
    fmt = rdf_format(name)
    output = io.BytesIO()
    store.export(fmt, output)
    parsed = {(q.subject, q.predicate, q.object) for q in ox.parse(output.getvalue(), fmt.engine)}
    assert len(parsed) == 5  # two documents x 2 triples + one shared name (JSON-LD keeps the graphs)
    if name != "jsonld":  # rdflib's JSON-LD parser warns about its own deprecations
        assert (
            len(
                Graph().parse(
                    data=output.getvalue(), format={"turtle": "turtle", "nt": "nt", "rdfxml": "xml"}[name]
                )
            )
            == 5
        )
    if name == "turtle":
        text = output.getvalue().decode()
        assert "@prefix schema: <https://schema.org/>" in text
        assert "ns1:" not in text


def test_store_exports_trig_with_one_graph_per_document(tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "s")
    store.add_document(DOC_A, _doc(DOC_A))
    store.add_document(DOC_B, _doc(DOC_B))
    output = io.BytesIO()
    store.export(rdf_format("trig"), output)
    quads = list(ox.parse(output.getvalue(), ox.RdfFormat.TRIG))
    assert {quad.graph_name.value for quad in quads} == {DOC_A, DOC_B}


def test_store_export_of_an_unknown_document_is_not_found(tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "s")
    with pytest.raises(NotFoundError):
        store.export(rdf_format("turtle"), io.BytesIO(), DOC_A)


def test_store_in_use_is_detected_without_opening_it(tmp_path: Path) -> None:
    import subprocess
    import sys

    from graph.store import ensure_not_in_use

    ensure_not_in_use(tmp_path / "missing")  # nothing there: nothing to report
    OxigraphStore(tmp_path / "s").close()
    ensure_not_in_use(tmp_path / "s")  # closed: free
    holder = subprocess.Popen(  # POSIX locks are per process: hold the store from another one
        [
            sys.executable,
            "-c",
            "import sys, pyoxigraph; s = pyoxigraph.Store(sys.argv[1]); print('held', flush=True); sys.stdin.read()",
            str(tmp_path / "s"),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == b"held"
        with pytest.raises(StoreUnavailableError, match="in use by another process"):
            ensure_not_in_use(tmp_path / "s")
    finally:
        holder.communicate(b"")
