"""``newsgraph neighbors / centrality / network`` and the path options: the API's answers on the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from flask import Flask

from api.cli import cli

KISLYAK = "https://newsgraph.example/person/sergey-kislyak"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _run(runner: CliRunner, store: Path, *args: str) -> str:
    result = runner.invoke(cli, [args[0], "--store", str(store), *args[1:]])
    assert result.exit_code == 0, result.output
    return result.output


def test_cli_network_centrality_puts_kislyak_first(runner: CliRunner, store_path: Path) -> None:
    lines = _run(runner, store_path, "centrality", "--limit", "3").splitlines()
    assert len(lines) == 3 and lines[0].split("\t")[1:] == ["Sergey Kislyak", "person", KISLYAK]
    outlets = _run(runner, store_path, "centrality", "--metric", "pagerank", "--type", "outlet").splitlines()
    assert outlets and all(line.split("\t")[2] == "outlet" for line in outlets)


@pytest.mark.parametrize(
    ("command", "url"),
    [
        (
            ["centrality", "--metric", "pagerank", "--type", "person", "--limit", "7"],
            "/api/centrality?metric=pagerank&type=person&limit=7",
        ),
        (["neighbors", "--hops", "2", "McFaul"], "/api/neighbors?entity=McFaul&hops=2"),
        (["network", "--min-degree", "2"], "/api/network?min_degree=2"),
    ],
)
def test_cli_network_json_is_the_api_answer(
    runner: CliRunner, store_path: Path, seed_app: Flask, command: list[str], url: str
) -> None:
    printed = json.loads(_run(runner, store_path, *command, *(["--json"] if command[0] != "network" else [])))
    served = seed_app.test_client().get(url).get_json()
    for answer in (printed, served):
        for freshness in ("generation", "stale"):  # only the service says how fresh its scores are
            answer.pop(freshness, None)
    assert printed == served


def test_cli_network_neighbors_reads_as_links_with_relations(runner: CliRunner, store_path: Path) -> None:
    output = _run(runner, store_path, "neighbors", "mcfaul")
    assert "Michael McFaul — Sergey Kislyak" in output
    assert "Michael McFaul told CNN about Sergey Kislyak  [commented_on]" in output


def test_cli_network_unknown_or_ambiguous_names_list_candidates(runner: CliRunner, store_path: Path) -> None:
    result = runner.invoke(cli, ["neighbors", "--store", str(store_path), "Kislyk"])
    assert result.exit_code != 0 and "Sergey Kislyak" in result.output and "Traceback" not in result.output


def test_cli_network_writes_the_graph_to_a_file(runner: CliRunner, store_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "people.json"
    _run(runner, store_path, "network", "--type", "person", "-o", str(out))
    graph = json.loads(out.read_text(encoding="utf-8"))
    assert len(graph["nodes"]) >= 10 and {n["type"] for n in graph["nodes"]} == {"person"}
    assert KISLYAK in {n["iri"] for n in graph["nodes"]}


def test_cli_network_path_options_filter_the_walk(runner: CliRunner, store_path: Path) -> None:
    assert "2 hop(s)" in _run(runner, store_path, "path", "McFaul", "Flynn")
    assert "no connection" in _run(runner, store_path, "path", "McFaul", "Flynn", "--exclude", "kislyak")
    assert "no connection" in _run(runner, store_path, "path", "McFaul", "Flynn", "--relations", "contact")
    both = json.loads(_run(runner, store_path, "path", "McFaul", "Flynn", "--weighted", "-k", "2", "--json"))
    assert both["paths"] and all(p["hops"] for p in both["paths"])


@pytest.mark.parametrize(
    ("option", "message"), [("--relations", "unknown relation kind"), ("--exclude-types", "person2")]
)
def test_cli_network_path_refuses_unknown_kinds_and_types(
    runner: CliRunner, store_path: Path, option: str, message: str
) -> None:
    value = "bogus" if option == "--relations" else "person2"
    result = runner.invoke(cli, ["path", "--store", str(store_path), "McFaul", "Flynn", option, value])
    assert result.exit_code != 0 and message in result.output and "Traceback" not in result.output


@pytest.mark.parametrize(
    "command",
    [
        ["network"],
        ["neighbors", "kislyak"],
        ["centrality"],
        ["path", "McFaul", "Flynn"],
        ["entities", "kislyak"],
    ],
)
def test_cli_network_too_large_a_graph_is_a_clean_error(
    runner: CliRunner, store_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    monkeypatch.setenv("NEWSGRAPH_MAX_RELATIONS", "1")  # the seed has dozens: over the limit
    result = runner.invoke(cli, [command[0], "--store", str(store_path), *command[1:]])
    assert result.exit_code == 1 and isinstance(
        result.exception, SystemExit
    )  # click's clean exit, no traceback
    assert result.output.startswith("Error: ") and "NEWSGRAPH_MAX_RELATIONS" in result.output
