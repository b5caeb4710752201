"""`newsgraph alias` and `newsgraph split`: they beat the rules, reach stored documents, and undo each other."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from identity_kit import FLYNN_AGAIN, FLYNN_ALONE, KISLYAK_A, KISLYAK_B, ingest, node_of, partition, people

from api.cli import cli
from graph.formats import rdf_format
from graph.identity import decisions, overrides
from graph.store import OxigraphStore

BASE = "https://newsgraph.example/person/"


@pytest.fixture
def stored(tmp_path: Path) -> Path:
    """A store directory holding the two Kislyak articles and one with "Flynn" alone."""
    path = tmp_path / "store"
    with OxigraphStore(path) as store:
        ingest(store, KISLYAK_A, KISLYAK_B, FLYNN_ALONE)
    return path


def run(path: Path, *args: str) -> Result:
    """Run a newsgraph command on the store at ``path``."""
    return CliRunner().invoke(cli, [*args, "--store", str(path)])


def quads(store: OxigraphStore) -> set[str]:
    """Every quad of the document graphs, as N-Quads lines (the overrides graph left out)."""
    buffer = io.BytesIO()
    store.export(rdf_format("nq"), buffer)
    lines = buffer.getvalue().decode("utf-8").splitlines()
    return {line for line in lines if line and not line.rstrip(" .").endswith("identity/overrides>")}


def test_identity_overrides_alias_merges_a_lone_surname_and_split_undoes_it(stored: Path) -> None:
    with OxigraphStore(stored, read_only=True) as store:
        before, graph_before = partition(store), quads(store)
    result = run(stored, "alias", "Flynn", "Michael Flynn")
    assert result.exit_code == 0, result.output
    with OxigraphStore(stored, read_only=True) as store:
        assert node_of(store, "Flynn") == BASE + "michael-flynn"
        assert [d["rule"] for d in decisions(store, BASE + "michael-flynn")] == ["user-alias: Flynn"]
    validated = run(stored, "validate")  # the override and the decisions meet the SHACL shapes
    assert validated.exit_code == 0 and "conforms" in validated.output, validated.output
    result = run(stored, "split", "Flynn", "Michael Flynn")
    assert result.exit_code == 0, result.output
    with OxigraphStore(stored, read_only=True) as store:
        assert partition(store) == before and quads(store) == graph_before  # undone to the triple
        assert node_of(store, "Flynn") != BASE + "michael-flynn"
        assert [o["kind"] for o in overrides(store)] == ["split"]  # the latest word on the pair


def test_identity_overrides_split_separates_a_variant_and_alias_rejoins_it(stored: Path) -> None:
    with OxigraphStore(stored, read_only=True) as store:
        before = partition(store)
    result = run(stored, "split", "Sergei Kislyak", "Sergey Kislyak")
    assert result.exit_code == 0, result.output
    with OxigraphStore(stored, read_only=True) as store:
        assert node_of(store, "Sergei Kislyak") == BASE + "sergei-kislyak"
        assert node_of(store, "Sergey Kislyak") == BASE + "sergey-kislyak"
        [why] = decisions(store, BASE + "sergei-kislyak")
        assert why["rule"].startswith("user-split")
    result = run(stored, "alias", "Sergei Kislyak", "person/sergey-kislyak")
    assert result.exit_code == 0, result.output
    with OxigraphStore(stored, read_only=True) as store:
        assert partition(store) == before
        assert node_of(store, "Sergei Kislyak") == BASE + "sergey-kislyak"


def test_identity_overrides_apply_to_documents_ingested_later(stored: Path) -> None:
    assert run(stored, "alias", "Flynn", "Michael Flynn").exit_code == 0
    with OxigraphStore(stored) as store:
        ingest(store, FLYNN_AGAIN)
        assert {iri for iri, names in people(store).items() if "Flynn" in names} == {BASE + "michael-flynn"}


def test_identity_overrides_entities_why_shows_the_reasons(stored: Path) -> None:
    result = run(stored, "entities", "kislyak", "--why")
    assert result.exit_code == 0, result.output
    assert "“Sergei Kislyak” in" in result.output and "variant-table: Sergei→Sergey (0.95)" in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("alias", "Flynn", "Nobody Atall"), 'no entity is called "Nobody Atall"'),
        (("split", "Sergey Kislyak", "Sergey Kislyak"), "minted from 'Sergey Kislyak' itself"),
        (("alias", "Mr.", "Michael Flynn"), "no name left"),
    ],
)
def test_identity_overrides_refused_change_nothing(stored: Path, args: tuple[str, ...], message: str) -> None:
    with OxigraphStore(stored, read_only=True) as store:
        before = len(store)
    result = run(stored, *args)
    assert result.exit_code == 1 and message in result.output and "Traceback" not in result.output
    with OxigraphStore(stored, read_only=True) as store:
        assert len(store) == before and overrides(store) == []


def test_identity_overrides_are_all_or_nothing(stored: Path) -> None:
    with OxigraphStore(stored) as store:
        [report] = ingest(store, FLYNN_AGAIN).added
        # Spoil the second "Flynn" document's stored text: it can no longer be re-extracted.
        store.update(
            f"""PREFIX schema: <https://schema.org/>
            DELETE {{ GRAPH ?g {{ ?g schema:text ?t }} }} INSERT {{ GRAPH ?g {{ ?g schema:text "changed" }} }}
            WHERE {{ GRAPH ?g {{ ?g schema:text ?t }} FILTER(?g = <{report["iri"]}>) }}"""
        )
        before = len(store)
    result = run(stored, "alias", "Flynn", "Michael Flynn")
    assert result.exit_code == 1 and "nothing was changed" in result.output
    with OxigraphStore(stored, read_only=True) as store:
        assert len(store) == before and overrides(store) == []
        assert all(d["rule"].startswith("surname-only") for d in decisions(store) if d["mention"] == "Flynn")
