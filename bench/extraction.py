"""Extraction speed against the bare ``nlp.pipe`` of the same model on the same text (issue 3).

Usage: ``python -m bench extraction [--repeat N] [--rounds N] [--batch N] [FILES...]`` (no files: the
seed article). Each batch of texts goes through the bare model, our pipeline and full extraction in
turn (rotating order), so the three see the same load; a round is every text once, and the ratios of
each round are reported as median and min-max over the rounds, beside the ratio of the fastest times
(each batch's least CPU time over the rounds, summed per run).
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

LABELS = {
    "bare": "bare en_core_web_sm nlp.pipe",
    "pipeline": "our pipeline (model + kg_ components)",
    "extract": "full extraction (facts + RDF)",
}


def _load() -> str:
    return ", ".join(f"{value:.1f}" for value in os.getloadavg())


def main(argv: list[str] | None = None) -> int:
    """Print median words per CPU-second and per-round ratios for bare model, pipeline and extraction."""
    from extract import seed_source
    from extract.speed import RUNS, measure

    parser = argparse.ArgumentParser(prog="python -m bench extraction", description=__doc__)
    parser.add_argument("--repeat", type=int, default=4, help="Copies of each text in a round.")
    parser.add_argument("--rounds", type=int, default=12, help="Rounds; each gives one ratio per run.")
    parser.add_argument("--batch", type=int, default=1, help="Texts per nlp.pipe call (1: one article).")
    parser.add_argument("files", nargs="*", type=Path)
    args = parser.parse_args(argv)
    if min(args.repeat, args.rounds, args.batch) < 1:
        parser.error("--repeat, --rounds and --batch must be at least 1")
    try:
        texts = [path.read_text(encoding="utf-8") for path in args.files] or [seed_source().text]
    except (OSError, UnicodeDecodeError) as error:
        parser.error(f"cannot read the texts to measure: {error}; give UTF-8 text files")
    before = _load()
    speed = measure(texts, repeat=args.repeat, rounds=args.rounds, batch=args.batch)
    print(
        f"{speed.words:,} words a round, {args.rounds} rounds, runs interleaved every {args.batch} text(s); "
        f"CPU time of this process; load average {before} before, {_load()} after\n"
    )
    print(
        "| run | words/s (median) | ratio to bare nlp.pipe (median of rounds) | min-max over rounds "
        "| ratio of fastest times |"
    )
    print("|---|---|---|---|---|")
    for run in RUNS:
        low, high = speed.spread(run)
        print(
            f"| {LABELS[run]} | {speed.rate(run):,.0f} | {speed.ratio(run):.2f} | {low:.2f}-{high:.2f} "
            f"| {speed.best_ratio(run):.3f} |"
        )
    print()
    for run in RUNS[1:]:
        print(f"{run} ratio per round: " + " ".join(f"{r:.2f}" for r in speed.ratios(run)))
    return 0
