"""``newsgraph evaluate``: many gold files with a summary table, the older GOLD TEXT form, and bad gold files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from api.cli import cli

SEED_GOLD = str(Path(__file__).resolve().parents[1] / "data" / "seed.gold.json")
TEXT = "Jane Okafor, a spokeswoman for Brightwater Logistics, told Reuters that the strike was over."
ANNOTATION = {
    "entities": [
        {"name": "Jane Okafor", "type": "person"},
        {"name": "Brightwater Logistics", "type": "organization"},
        {"name": "Reuters", "type": "outlet"},
    ],
    "relations": [{"kind": "quotation", "args": {"creator": ["Jane Okafor"], "givenTo": ["Reuters"]}}],
}


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _write(path: Path, data: object) -> str:
    path.write_text(json.dumps(data) if not isinstance(data, str) else data, encoding="utf-8")
    return str(path)


def test_cli_evaluate_several_golds_give_a_table_and_a_micro_average(
    runner: CliRunner, tmp_path: Path
) -> None:
    sentences = _write(tmp_path / "sentences.json", {"sentences": [{"id": "s1", "text": TEXT, **ANNOTATION}]})
    table = runner.invoke(cli, ["evaluate", "--summary", SEED_GOLD, sentences])
    assert table.exit_code == 0, table.output
    rows = {line.split()[0]: line.split()[-4:] for line in table.output.splitlines()[1:]}
    assert set(rows) == {SEED_GOLD, sentences, "all"}
    assert rows[sentences][2] == "1.000"  # Jane Okafor -> Reuters
    answer = json.loads(runner.invoke(cli, ["evaluate", "--json", SEED_GOLD, sentences]).output)
    for kind in ("entities", "relations", "attribution", "connections"):
        assert answer["all"][kind]["tp"] == sum(
            answer["sets"][gold][kind]["tp"] for gold in (SEED_GOLD, sentences)
        )
        assert f"{answer['all'][kind]['f1']:.3f}" == rows["all"][list(answer["all"]).index(kind)]


def test_cli_evaluate_scores_a_one_document_gold_on_the_text_given(runner: CliRunner, tmp_path: Path) -> None:
    gold = _write(tmp_path / "gold.json", ANNOTATION)
    article = _write(tmp_path / "article.txt", TEXT)
    for args in ([gold, article], [gold, "--text", article]):
        result = runner.invoke(cli, ["evaluate", *args])
        assert result.exit_code == 0, result.output
        assert "attribution  P=1.000 R=1.000 F1=1.000" in result.output
    on_seed = runner.invoke(cli, ["evaluate", gold, "--summary"])  # no text: the seed, where Okafor is absent
    assert "attribution  P=0.000 R=0.000 F1=0.000" in on_seed.output and "missing" not in on_seed.output


def test_cli_evaluate_by_kind_counts_each_relation_kind_over_all_files(
    runner: CliRunner, tmp_path: Path
) -> None:
    # Two copies of one sentence; the second gold also claims two contacts the text does not make, one
    # between extracted entities (the rules' miss) and one with a firm never extracted (an entity miss).
    wrong = {
        "entities": [*ANNOTATION["entities"], {"name": "Harbour Mutual", "type": "organization"}],
        "relations": [
            *ANNOTATION["relations"],
            {"kind": "contact", "args": {"participant": ["Jane Okafor", "Brightwater Logistics"]}},
            {"kind": "contact", "args": {"participant": ["Jane Okafor", "Harbour Mutual"]}},
        ],
    }
    sentences = _write(
        tmp_path / "sentences.json",
        {"sentences": [{"id": "s1", "text": TEXT, **ANNOTATION}, {"id": "s2", "text": TEXT, **wrong}]},
    )
    result = runner.invoke(cli, ["evaluate", "--summary", "--by-kind", sentences])
    assert result.exit_code == 0, result.output
    table = result.output.split("relation kind")[1].splitlines()[1:]
    rows = {line.split()[0]: line.split()[1:] for line in table}
    # gold, found, P, R, F1, gold relations whose entities were both extracted, recall among those
    assert rows["told"] == ["2", "2", "1.000", "1.000", "1.000", "2", "1.000"]
    assert rows["contact"] == ["2", "0", "0.000", "0.000", "0.000", "1", "0.000"]
    assert rows["all"][0] == "4" and rows["all"][-2:] == ["3", "0.667"]  # 2 told of 3 reachable
    assert int(rows["all"][1]) == sum(int(row[1]) for kind, row in rows.items() if kind != "all")
    plain = runner.invoke(cli, ["evaluate", "--summary", sentences])
    assert "relation kind" not in plain.output


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not JSON (Expecting property name enclosed in double quotes, line 1, column 2)"),
        ("[1, 2]", "the top level must be a JSON object, not list"),
        ({"entities": 5}, "'entities' and 'relations' must be lists"),
        ({"entities": [{"name": "A", "type": "fish"}]}, "entity 1 (A): type must be one of person"),
        (
            {"relations": [{"kind": "postion", "args": {"member": ["A"]}}]},
            "relation 1: unknown kind 'postion'",
        ),
        (
            {"relations": [{"kind": "position", "args": {"membr": ["A"]}}]},
            "relation 1 (position): unknown role",
        ),
        ({"articles": [{"file": "missing.txt"}]}, "articles 1: cannot read its file"),
        ({"sentences": [{"id": "x"}]}, "sentences 1: needs a non-empty 'text' or a 'file'"),
    ],
)
def test_cli_evaluate_says_what_is_wrong_with_a_gold_file(
    runner: CliRunner, tmp_path: Path, content: object, message: str
) -> None:
    result = runner.invoke(cli, ["evaluate", _write(tmp_path / "gold.json", content)])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit)
    assert f"Error: {tmp_path / 'gold.json'}" in result.output and message in result.output


def test_cli_evaluate_refuses_binary_gold_and_a_binary_text(runner: CliRunner, tmp_path: Path) -> None:
    binary = tmp_path / "gold.json"
    binary.write_bytes(b"\xff\xfe\x00")
    assert "not UTF-8 text" in runner.invoke(cli, ["evaluate", str(binary)]).output
    gold = _write(tmp_path / "ok.json", ANNOTATION)
    picture = tmp_path / "photo.txt"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    result = runner.invoke(cli, ["evaluate", gold, str(picture)])
    assert result.exit_code == 1 and result.output.startswith("Error: ") and "Traceback" not in result.output


def test_cli_evaluate_against_scores_a_second_annotation_not_the_extractor(
    runner: CliRunner, tmp_path: Path
) -> None:
    # The second annotator names Okafor by her surname in the relation, misses nothing of the first,
    # and adds a contact the first did not annotate: agreement is perfect recall, imperfect precision.
    first = _write(tmp_path / "first.json", {"sentences": [{"id": "s1", "text": TEXT, **ANNOTATION}]})
    second_annotation = {
        "entities": [
            {"name": "Jane Okafor", "type": "person", "aliases": ["Okafor"]},
            *ANNOTATION["entities"][1:],
        ],
        "relations": [
            {"kind": "quotation", "args": {"creator": ["Okafor"], "givenTo": ["Reuters"]}},
            {"kind": "contact", "args": {"participant": ["Okafor", "Brightwater Logistics"]}},
        ],
    }
    second = _write(
        tmp_path / "second.json", {"sentences": [{"id": "s1", "text": TEXT, **second_annotation}]}
    )
    result = runner.invoke(cli, ["evaluate", "--json", first, "--against", second])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)["all"]
    assert scores["entities"]["f1"] == 1.0 and scores["attribution"]["f1"] == 1.0
    assert (scores["connections"]["tp"], scores["connections"]["fp"], scores["connections"]["fn"]) == (
        1,
        1,
        0,
    )
    assert scores["connections"]["spurious"] == ["s1: ('Brightwater Logistics', 'Jane Okafor')"]
    assert (
        runner.invoke(cli, ["evaluate", "--json", first, "--against", first]).output.count('"f1": 1.0') >= 4
    )


def test_cli_evaluate_against_refuses_texts_the_other_does_not_annotate(
    runner: CliRunner, tmp_path: Path
) -> None:
    first = _write(tmp_path / "first.json", {"sentences": [{"id": "s1", "text": TEXT, **ANNOTATION}]})
    other = _write(
        tmp_path / "other.json", {"sentences": [{"id": "s2", "text": "Another text.", **ANNOTATION}]}
    )
    result = runner.invoke(cli, ["evaluate", first, "--against", other])
    assert result.exit_code == 1
    assert f"{other}: no annotation of s1, which {first} annotates" in result.output
    two = runner.invoke(cli, ["evaluate", first, SEED_GOLD, "--against", other])
    assert two.exit_code == 2 and "--against compares one GOLD file" in two.output
