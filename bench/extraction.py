"""Extraction speed against the bare ``nlp.pipe`` of the same model on the same text (issue 3).

Usage: ``python -m bench extraction [--repeat N] [FILES...]`` (no files: the seed article).
"""

from __future__ import annotations

import argparse
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    """Print words per CPU-second for the bare model, our pipeline and full extraction, and ratios."""
    from extract import seed_source
    from extract.speed import measure

    parser = argparse.ArgumentParser(prog="python -m bench extraction", description=__doc__)
    parser.add_argument("--repeat", type=int, default=20, help="Copies of each text in the batch.")
    parser.add_argument("files", nargs="*", type=Path)
    args = parser.parse_args(argv)
    texts = [path.read_text(encoding="utf-8") for path in args.files] or [seed_source().text]
    result = measure(texts, repeat=args.repeat)
    print(f"{int(result['words']):,} words, best of 5 interleaved rounds, CPU time\n")
    print("| run | words/s | ratio to bare nlp.pipe |")
    print("|---|---|---|")
    print(f"| bare en_core_web_sm nlp.pipe | {result['bare_wps']:,.0f} | 1.00 |")
    print(
        f"| our pipeline (model + kg_ components) | {result['pipeline_wps']:,.0f} | {result['pipeline_ratio']:.2f} |"
    )
    print(f"| full extraction (facts + RDF) | {result['extract_wps']:,.0f} | {result['extract_ratio']:.2f} |")
    return 0
