"""The command line: build, query, path, export, validate; bad files are refused whole."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from api.cli import cli
from graph.store import OxigraphStore


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _documents(store: Path) -> int:
    if not store.exists():
        return 0
    with OxigraphStore(store, read_only=True) as opened:
        return len(opened.documents())


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file"),
        (b"", "empty"),
        (b"   \n\t \n", "empty"),
        (b"\x00\x01\x02PNG\x00\x00binary\xff\xfe", "binary"),
        ("Caf\u00e9 au lait".encode("latin-1"), "UTF-8"),
    ],
)
def test_cli_build_refuses_bad_files_and_writes_nothing(
    runner: CliRunner, tmp_path: Path, content: bytes | None, message: str
) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Jane Doe, a spokeswoman for Acme Corp, told Reuters that the deal was off.\n")
    bad = tmp_path / "bad.txt"
    if content is not None:
        bad.write_bytes(content)
    store = tmp_path / "store"
    result = runner.invoke(cli, ["build", "--store", str(store), "--quiet", str(good), str(bad)])
    assert result.exit_code != 0
    assert "bad.txt" in result.output and message.lower() in result.output.lower()
    assert "Traceback" not in result.output
    assert _documents(store) == 0


def test_cli_build_twice_adds_nothing_the_second_time(runner: CliRunner, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Jane Doe, a spokeswoman for Acme Corp, told Reuters that the deal was off.\n")
    store = tmp_path / "store"
    first = runner.invoke(cli, ["build", "--store", str(store), "-q", str(article)])
    assert first.exit_code == 0, first.output
    second = runner.invoke(cli, ["build", "--store", str(store), "-q", str(article)])
    assert second.exit_code == 0 and "already stored" in second.output
    assert _documents(store) == 1


def test_cli_query_prints_results_to_stdout(runner: CliRunner, store_path: Path) -> None:
    query = (
        "PREFIX schema: <https://schema.org/> SELECT ?name WHERE { ?p a schema:Person ; schema:name ?name }"
    )
    result = runner.invoke(cli, ["query", "--store", str(store_path), "--format", "csv", query])
    assert result.exit_code == 0, result.output
    assert "Sergey Kislyak" in result.output.splitlines()


def test_cli_query_reports_syntax_errors(runner: CliRunner, store_path: Path) -> None:
    result = runner.invoke(cli, ["query", "--store", str(store_path), "SELECT * WHERE { ?s"])
    assert result.exit_code != 0 and "1:" in result.output and "Traceback" not in result.output


def test_cli_path_prints_hops_with_evidence(runner: CliRunner, store_path: Path) -> None:
    result = runner.invoke(cli, ["path", "--store", str(store_path), "mcfaul", "Michael Flynn"])
    assert result.exit_code == 0, result.output
    assert "Michael McFaul → Michael Flynn: 2 hop(s)" in result.output
    assert result.output.count("“") >= 2


def test_cli_path_json_matches_the_api_shape(runner: CliRunner, store_path: Path) -> None:
    result = runner.invoke(cli, ["path", "--store", str(store_path), "--json", "McFaul", "Flynn"])
    answer = json.loads(result.output)
    assert answer["length"] == 2 and answer["paths"][0]["hops"]


def test_cli_path_unknown_name_lists_candidates(runner: CliRunner, store_path: Path) -> None:
    result = runner.invoke(cli, ["path", "--store", str(store_path), "Kislyk", "Flynn"])
    assert result.exit_code != 0 and "Sergey Kislyak" in result.output


@pytest.mark.parametrize(("name", "engine"), [("turtle", ox.RdfFormat.TURTLE), ("trig", ox.RdfFormat.TRIG)])
def test_cli_export_writes_parseable_rdf(
    runner: CliRunner, store_path: Path, tmp_path: Path, name: str, engine: ox.RdfFormat
) -> None:
    out = tmp_path / f"graph.{name}"
    result = runner.invoke(cli, ["export", "--store", str(store_path), "-f", name, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert sum(1 for _ in ox.parse(out.read_bytes(), engine)) > 100


def test_cli_validate_passes_on_the_seed(runner: CliRunner, store_path: Path) -> None:
    result = runner.invoke(cli, ["validate", "--store", str(store_path)])
    assert result.exit_code == 0, result.output
    assert "conforms" in result.output


def test_cli_load_imports_rdf_into_a_named_graph(runner: CliRunner, tmp_path: Path) -> None:
    data = tmp_path / "mine.ttl"
    data.write_text('<https://example.org/a> <https://schema.org/name> "A" .\n')
    store = tmp_path / "store"
    result = runner.invoke(
        cli, ["load", "--store", str(store), "--graph", "https://example.org/g", str(data)]
    )
    assert result.exit_code == 0, result.output
    with OxigraphStore(store, read_only=True) as opened:
        assert opened.has_document("https://example.org/g")


def test_cli_load_rejects_broken_rdf(runner: CliRunner, tmp_path: Path) -> None:
    data = tmp_path / "broken.ttl"
    data.write_text("<https://example.org/a> <https://schema.org/name> .\n")
    result = runner.invoke(cli, ["load", "--store", str(tmp_path / "store"), str(data)])
    assert result.exit_code != 0 and "nothing was loaded" in result.output


def test_cli_documents_and_remove(runner: CliRunner, store_path: Path) -> None:
    listed = runner.invoke(cli, ["documents", "--store", str(store_path)])
    assert listed.exit_code == 0, listed.output
    doc_id = listed.output.split("\t", 1)[0]
    assert runner.invoke(cli, ["remove", "--store", str(store_path), doc_id]).exit_code == 0
    assert _documents(store_path) == 0
    again = runner.invoke(cli, ["remove", "--store", str(store_path), doc_id])
    assert again.exit_code != 0 and "no document" in again.output


def test_cli_evaluate_scores_the_seed_against_its_gold(runner: CliRunner) -> None:
    gold = Path(__file__).resolve().parents[1] / "data" / "seed.gold.json"
    result = runner.invoke(cli, ["evaluate", str(gold)])
    assert result.exit_code == 0, result.output
    scores = {
        line.split()[0]: float(line.rsplit("F1=", 1)[1])
        for line in result.output.splitlines()
        if "F1=" in line
    }
    assert scores["entities"] >= 0.97 and scores["attribution"] >= 0.95 and scores["connections"] >= 0.90


def test_cli_build_names_an_untitled_article_in_words(runner: CliRunner, tmp_path: Path) -> None:
    article = tmp_path / "long.txt"  # one long paragraph: no line short enough to be a headline
    article.write_text("Jane Doe, a spokeswoman for Acme Corp, told Reuters that the deal was off. " * 6)
    result = runner.invoke(cli, ["build", "--store", str(tmp_path / "store"), "-q", str(article)])
    assert result.exit_code == 0, result.output
    assert "(no title)" in result.output and "None" not in result.output
