"""The extraction bench runs the real models and reports per-round ratios (it never checks a speed)."""

import re

import pytest

from bench.extraction import main
from extract.speed import Speed, measure

ARTICLE = (
    "Russian ambassador Sergey Kislyak met Michael Flynn in Washington in December, "
    'The Washington Post reported. "We talked about sanctions," Flynn told Reuters.\n'
)


def test_speed_ratios_are_taken_within_each_round():
    speed = Speed(
        words=100,
        rounds=[
            {"bare": 100.0, "pipeline": 90.0, "extract": 80.0},
            {"bare": 50.0, "pipeline": 40.0, "extract": 30.0},  # a loaded round: slower, ratio lower
            {"bare": 200.0, "pipeline": 190.0, "extract": 170.0},
        ],
    )
    assert speed.ratios("extract") == [0.8, 0.6, 0.85]
    assert speed.ratio("extract") == 0.8  # median of the rounds' ratios, not of best-of speeds
    assert speed.spread("extract") == (0.6, 0.85)
    assert speed.rate("bare") == 100.0
    assert speed.ratio("bare") == 1.0


def test_speed_fastest_times_keep_each_batchs_least_time_over_rounds():
    speed = Speed(words=100)
    for batch, bare, extract in [(0, 2.0, 3.0), (1, 1.0, 1.5), (0, 1.0, 2.5), (1, 4.0, 1.0)]:  # two rounds
        speed.record("bare", batch, bare)
        speed.record("extract", batch, extract)
    assert speed.fastest == {"bare": [1.0, 1.0], "extract": [2.5, 1.0]}
    assert speed.best_ratio("extract") == 2.0 / 3.5  # fastest bare over fastest extraction, batch by batch
    assert speed.best_ratio("bare") == 1.0


def test_speed_measure_refuses_no_rounds():
    with pytest.raises(ValueError, match="at least 1"):
        measure([ARTICLE], rounds=0)


def test_speed_measure_counts_every_text_of_a_round(nlp):
    speed = measure([ARTICLE, ARTICLE.upper()], repeat=3, rounds=2, batch=4)  # batches of 4, 2
    assert speed.words == 6 * len(ARTICLE.split())
    assert len(speed.rounds) == 2
    assert all(set(r) == {"bare", "pipeline", "extract"} and min(r.values()) > 0 for r in speed.rounds)
    assert {run: len(times) for run, times in speed.fastest.items()} == dict.fromkeys(speed.rounds[0], 2)
    assert all(0 < t < float("inf") for times in speed.fastest.values() for t in times)


def test_speed_bench_prints_median_and_spread(tmp_path, capsys, nlp):
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert main(["--repeat", "2", "--rounds", "3", str(article)]) == 0
    out = capsys.readouterr().out
    assert "3 rounds, runs interleaved every 1 text(s)" in out and "load average" in out
    rows = re.findall(
        r"^\| (bare|our pipeline|full extraction)[^|]*\| ([\d,]+) \| ([\d.]+) \| ([\d.]+)-([\d.]+) \| ([\d.]+) \|$",
        out,
        re.M,
    )
    assert [r[0] for r in rows] == ["bare", "our pipeline", "full extraction"]
    assert rows[0][2:] == ("1.00", "1.00", "1.00", "1.000")
    for _, rate, median, low, high, fastest in rows:
        assert int(rate.replace(",", "")) > 0
        assert 0 < float(low) <= float(median) <= float(high)
        assert float(fastest) > 0
    per_round = re.findall(r"^(pipeline|extract) ratio per round: (.*)$", out, re.M)
    assert [name for name, _ in per_round] == ["pipeline", "extract"]
    assert all(len(values.split()) == 3 for _, values in per_round)


def test_speed_bench_refuses_zero_rounds(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--rounds", "0"])
    assert stop.value.code == 2
    assert "--repeat, --rounds and --batch must be at least 1" in capsys.readouterr().err


def test_speed_bench_names_an_unreadable_file(tmp_path, capsys):
    with pytest.raises(SystemExit) as stop:
        main([str(tmp_path / "missing.txt")])
    assert stop.value.code == 2
    assert "missing.txt" in capsys.readouterr().err
