"""The evaluator, and the scores the extractor must keep on the hand-written gold sets."""

import json
from pathlib import Path

import pytest

from extract.evaluate import combine, edges, evaluate, evaluate_items, name_key

DATA = Path(__file__).parents[1] / "data"


def load(name: str) -> dict:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def test_evaluate_edges_follow_relation_rules():
    quote = edges("quotation", {"creator": ["A"], "givenTo": ["CNN"], "about": ["B"]})
    assert quote == {("told", "A", "CNN"), ("commented_on", "A", "B")}
    contact = edges("contact", {"participant": ["Z", "A"]})
    assert contact == {("contact", "A", "Z")}
    assert edges("image_credit", {}) == set()


def test_evaluate_seed_meets_targets(seed):
    scores = evaluate(load("seed.gold.json"), seed)
    assert scores["entities"]["f1"] >= 0.97, scores["entities"]
    assert scores["connections"]["f1"] >= 0.90, scores["connections"]
    assert scores["attribution"]["f1"] >= 0.95, scores["attribution"]
    assert scores["relations"]["f1"] >= 0.90, scores["relations"]


@pytest.mark.parametrize(
    ("name", "floor"),
    [("sentences.gold.json", 0.97), ("articles.gold.json", 0.95), ("holdout.gold.json", 0.93)],
)
def test_evaluate_gold_sets_keep_their_scores(nlp, name, floor):
    gold = load(name)
    scores = evaluate_items(gold.get("sentences", []) + gold.get("articles", []), nlp=nlp, root=DATA)
    for metric in ("entities", "relations", "attribution", "connections"):
        assert scores[metric]["f1"] >= floor, (metric, scores[metric])


@pytest.mark.parametrize(
    ("folder", "floor"),
    [
        ("holdout2", 0.93),
        ("holdout3", 0.90),
        ("holdout4", 0.95),
        ("holdout5", 0.92),
        ("holdout6", 0.84),
        ("holdout7", 0.95),
        ("holdout8", 0.93),
        ("holdout9", 0.90),
        ("holdout10", 0.87),
        ("holdout11", 0.94),
        ("holdout12", 0.95),
        ("holdout13", 0.74),
        ("holdout14", 0.84),
        ("holdout15", 0.86),
        ("holdout16", 0.81),
        ("holdout21", 0.87),
        ("holdout22", 0.79),
        ("holdout23", 0.85),
        ("holdout24", 0.75),
        ("holdout25", 0.86),
        ("holdout26", 0.85),
        ("holdout27", 0.75),
        ("holdout28", 0.66),
        ("holdout29", 0.76),
        ("holdout30", 0.76),
        ("holdout31", 0.79),
        ("holdout35", 0.63),
        ("holdout36", 0.39),
        ("holdout37", 0.81),
        ("holdout38", 0.83),
        ("holdout39", 0.86),
        ("holdout40", 0.85),
        ("holdout41", 0.84),
    ],
)
def test_evaluate_fitted_holdouts_keep_their_scores(nlp, folder, floor):
    # Once held out, now fitted (docs/extraction.md): their scores must not slide back. Hold-outs 17
    # to 20, 32 to 34 and 42 to 46 are not here: no rule has been fitted on them; they are scored by hand once
    # per round. Hold-out 31 was read once to find a regression (docs: round 10), then fitted (round 11).
    gold = load(f"{folder}/gold.json")
    scores = evaluate_items(gold["articles"], nlp=nlp, root=DATA / folder)
    for metric in ("entities", "relations", "attribution", "connections"):
        assert scores[metric]["f1"] >= floor, (metric, scores[metric])


def test_evaluate_names_match_whatever_the_quote_marks():
    assert name_key("Lloyd\u2019s List") == name_key("LLOYD'S LIST") == "lloyd's list"
    assert name_key("O\u2018Neill") == name_key("O'Neill")
    assert name_key("Lloyds List") != name_key("Lloyd's List")
    assert name_key("Ana \u201cNena\u201d Ruiz") == name_key('Ana "Nena" Ruiz') != name_key("Ana Nena Ruiz")


def test_evaluate_counts_misses_and_spurious(nlp):
    item = {
        "text": "Paul Manafort met Konstantin Kilimnik in Kyiv.",
        "entities": [
            ["Paul Manafort", "person"],
            ["Konstantin Kilimnik", "person"],
            ["Oleg Deripaska", "person"],
        ],
        "relations": [{"kind": "contact", "args": {"participant": ["Paul Manafort", "Oleg Deripaska"]}}],
    }
    scores = evaluate_items([item], nlp=nlp)
    assert scores["entities"]["fn"] == 1 and scores["entities"]["fp"] == 1  # Deripaska missing, Kyiv extra
    assert scores["connections"]["fn"] == 1 and scores["connections"]["fp"] == 1
    assert combine([scores, scores])["entities"]["tp"] == 2 * scores["entities"]["tp"]
