"""Measure extraction speed against the bare model on the same texts: ``python -m extract.speed``.

Three runs on the same texts: (1) the bare English model's ``nlp.pipe``, (2) our pipeline's
``nlp.pipe`` (model + kg_ components) and (3) ``extract_documents`` (pipeline + facts + RDF graph).
They are interleaved finely — each batch of ``batch`` texts goes through all three, in a rotating
order, before the next — so all three see the same machine load, and a round (every text once)
gives one ratio to (1) per run. The result is the median over rounds and its spread (min-max):
on a shared machine a best-of figure, or runs seconds apart, moved more than the code did. Beside it
comes the ratio of the fastest times (each text's least CPU time over the rounds, summed): load only
ever adds time, so minima taken in the same interleaved run are the steadier figure when a change is
small. CPU time of this process. ``python -m bench extraction`` prints both as a table.
"""

import gc
import statistics
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import spacy

from extract.document import extract_documents
from extract.normalise import normalise
from extract.pipeline import load_pipeline, model_name
from extract.sources import seed_source

RUNS = ("bare", "pipeline", "extract")


@dataclass
class Speed:
    """Words per CPU-second of each run in each round, and the summaries a report needs."""

    words: int
    rounds: list[dict[str, float]] = field(default_factory=list)
    # run -> each batch's least CPU seconds over the rounds so far
    fastest: dict[str, list[float]] = field(default_factory=dict)

    def rates(self, run: str) -> list[float]:
        """Words per CPU-second of ``run``, one per round."""
        return [r[run] for r in self.rounds]

    def ratios(self, run: str) -> list[float]:
        """``run``'s speed over the bare model's in the same round, one per round."""
        return [r[run] / r["bare"] for r in self.rounds]

    def rate(self, run: str) -> float:
        """Median words per CPU-second of ``run``."""
        return statistics.median(self.rates(run))

    def ratio(self, run: str) -> float:
        """Median of the per-round ratios to the bare model."""
        return statistics.median(self.ratios(run))

    def spread(self, run: str) -> tuple[float, float]:
        """Lowest and highest per-round ratio to the bare model."""
        ratios = self.ratios(run)
        return min(ratios), max(ratios)

    def record(self, run: str, batch: int, seconds: float) -> None:
        """Keep ``seconds`` if it is the fastest time of ``run`` on batch number ``batch`` so far."""
        times = self.fastest.setdefault(run, [])
        times.extend([float("inf")] * (batch + 1 - len(times)))
        times[batch] = min(times[batch], seconds)

    def best_ratio(self, run: str) -> float:
        """The bare model's summed fastest times over ``run``'s: the ratio with the load taken out."""
        return sum(self.fastest["bare"]) / sum(self.fastest[run])


def _words(texts: Sequence[str]) -> int:
    return sum(len(t.split()) for t in texts)


def _cpu_seconds(run: Callable[[list[str]], Iterable[object]], texts: list[str]) -> float:
    # CPU time of this process, not wall time: the figure should not depend on what else the machine
    # runs. Collect the previous run's garbage first so that it is not billed to this one.
    gc.collect()
    start = time.process_time()
    for _ in run(texts):
        pass
    return time.process_time() - start


def measure(texts: Sequence[str], repeat: int = 4, rounds: int = 12, batch: int = 1) -> Speed:
    """Run the bare model, our pipeline and full extraction interleaved batch by batch, ``rounds`` times."""
    if min(repeat, rounds, batch) < 1:
        raise ValueError(f"repeat, rounds and batch must be at least 1 (got {repeat}, {rounds}, {batch})")
    texts = [normalise(t) for t in texts] * repeat
    batches = [texts[i : i + batch] for i in range(0, len(texts), batch)]
    bare = spacy.load(model_name())
    ours = load_pipeline()
    runs: dict[str, Callable[[list[str]], Iterable[object]]] = {
        "bare": bare.pipe,
        "pipeline": ours.pipe,
        "extract": lambda chunk: extract_documents(chunk, nlp=ours),
    }
    for run in runs.values():  # first-call imports, caches and allocations are not throughput
        _cpu_seconds(run, batches[0])
    speed = Speed(_words(texts))
    turn = 0
    for _ in range(rounds):
        cpu = dict.fromkeys(RUNS, 0.0)
        for number, chunk in enumerate(batches):
            turn += 1
            for name in RUNS[turn % 3 :] + RUNS[: turn % 3]:  # rotate: no run always follows another
                seconds = _cpu_seconds(runs[name], chunk)
                cpu[name] += seconds
                speed.record(name, number, seconds)
        speed.rounds.append({name: speed.words / seconds for name, seconds in cpu.items()})
    return speed


def main(argv: list[str] | None = None) -> int:
    """Measure on the seed article repeated (``python -m extract.speed [REPEAT] [FILES...]``)."""
    args = sys.argv[1:] if argv is None else argv
    repeat = int(args[0]) if args else 4
    texts = [Path(p).read_text(encoding="utf-8") for p in args[1:]] or [seed_source().text]
    speed = measure(texts, repeat)
    for run in RUNS:
        low, high = speed.spread(run)
        print(
            f"{run:9} {speed.rate(run):9,.0f} words/s  ratio {speed.ratio(run):.2f} ({low:.2f}-{high:.2f}),"
            f" fastest times {speed.best_ratio(run):.3f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
