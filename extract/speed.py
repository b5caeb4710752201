"""Measure extraction speed against the bare model on the same texts: ``python -m extract.speed``.

Prints words per CPU-second (best of interleaved rounds) for (1) the bare English model's
``nlp.pipe``, (2) our pipeline's ``nlp.pipe`` (model + kg_ components), (3) ``extract_documents``
(pipeline + facts + RDF graph), and the ratios to (1). The lead's ``bench/`` can call :func:`measure`.
"""

import sys
import time
from collections.abc import Sequence
from pathlib import Path

import spacy

from extract.document import extract_documents
from extract.normalise import normalise
from extract.pipeline import load_pipeline, model_name
from extract.sources import seed_source


def _words(texts: Sequence[str]) -> int:
    return sum(len(t.split()) for t in texts)


def _rate(run, words: int) -> float:
    # CPU time of this process, not wall time: the figure should not depend on what else the machine runs
    start = time.process_time()
    for _ in run():
        pass
    return words / (time.process_time() - start)


def measure(texts: Sequence[str], repeat: int = 1, rounds: int = 5) -> dict[str, float]:
    """Return words/second (best of interleaved rounds) for the bare model, our pipeline and full
    extraction, and the ratios to the bare model."""
    texts = [normalise(t) for t in texts] * repeat
    words = _words(texts)
    bare = spacy.load(model_name())
    ours = load_pipeline()
    list(bare.pipe(texts[:2]))
    list(ours.pipe(texts[:2]))
    timings = {"bare_wps": 0.0, "pipeline_wps": 0.0, "extract_wps": 0.0}
    for _ in range(rounds):
        timings["bare_wps"] = max(timings["bare_wps"], _rate(lambda: bare.pipe(texts), words))
        timings["pipeline_wps"] = max(timings["pipeline_wps"], _rate(lambda: ours.pipe(texts), words))
        timings["extract_wps"] = max(
            timings["extract_wps"], _rate(lambda: extract_documents(texts, nlp=ours), words)
        )
    timings["pipeline_ratio"] = timings["pipeline_wps"] / timings["bare_wps"]
    timings["extract_ratio"] = timings["extract_wps"] / timings["bare_wps"]
    timings["words"] = float(words)
    return timings


def main(argv: list[str] | None = None) -> int:
    """Measure on the seed article repeated (``python -m extract.speed [REPEAT] [FILES...]``)."""
    args = sys.argv[1:] if argv is None else argv
    repeat = int(args[0]) if args else 20
    texts = [Path(p).read_text(encoding="utf-8") for p in args[1:]] or [seed_source().text]
    for name, value in measure(texts, repeat).items():
        print(f"{name:15} {value:,.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
