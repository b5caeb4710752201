"""Golden test: the seed article's graph, compared as graphs (rdflib.compare), with a readable diff.

Regenerate after an intended change with ``NEWSGRAPH_UPDATE_GOLDEN=1 pytest tests/extract/test_golden.py``
and review ``git diff tests/data/seed.golden.ttl`` by eye before committing.
"""

import os
from pathlib import Path

from rdflib import Graph
from rdflib.compare import graph_diff, to_isomorphic

from extract import extract_document, seed_source

GOLDEN = Path(__file__).parents[1] / "data" / "seed.golden.ttl"
BASE = "https://newsgraph.example/"


def _lines(graph: Graph) -> list[str]:
    return sorted(graph.serialize(format="nt").splitlines())


def test_seed_graph_matches_golden(nlp):
    built = extract_document(seed_source(), nlp=nlp, base=BASE).graph
    if os.environ.get("NEWSGRAPH_UPDATE_GOLDEN") == "1":
        GOLDEN.write_text(built.serialize(format="turtle"), encoding="utf-8")
    expected = Graph().parse(GOLDEN, format="turtle")
    got, want = to_isomorphic(built), to_isomorphic(expected)
    if got != want:
        _, only_built, only_golden = graph_diff(got, want)
        missing = "\n".join(_lines(only_golden)[:40])
        extra = "\n".join(_lines(only_built)[:40])
        raise AssertionError(
            f"seed graph differs from {GOLDEN.name}\n"
            f"--- only in golden:\n{missing}\n+++ only in built:\n{extra}"
        )
