"""Cut a document's text into segments so the template can mark every evidence span safely.

The template escapes each segment itself; no HTML is ever built from article text here, which is why
highlighting cannot inject markup whatever the article contains.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Segment:
    """A run of text covered by the same set of evidence spans."""

    text: str
    start: int
    facts: list[dict[str, Any]] = field(default_factory=list)
    current: bool = False
    anchors: list[str] = field(default_factory=list)


def span_id(start: int, end: int) -> str:
    """The HTML id of an evidence span, the fragment entity pages link to."""
    return f"ev-{start}-{end}"


def segments(text: str, spans: list[dict[str, Any]], current: tuple[int, int] | None = None) -> list[Segment]:
    """Split ``text`` at every span boundary; each segment lists the facts whose evidence covers it.

    ``spans`` are ``{"start", "end", ...fact}`` dicts; ``current`` is the span a link asked to show.
    Spans outside the text are dropped rather than trusted.
    """
    size = len(text)
    valid = [s for s in spans if _inside(s.get("start"), s.get("end"), size)]
    wanted = current if current and _inside(*current, size) else None
    cuts = {0, size}
    for s in valid:
        cuts.update((s["start"], s["end"]))
    if wanted:
        cuts.update(wanted)
    points = sorted(cuts)
    opened: dict[int, list[str]] = {}
    for s in valid:
        name = span_id(s["start"], s["end"])
        if name not in opened.setdefault(s["start"], []):
            opened[s["start"]].append(name)
    if wanted and span_id(*wanted) not in opened.setdefault(wanted[0], []):
        opened[wanted[0]].append(span_id(*wanted))
    result = []
    for begin, finish in itertools.pairwise(points):
        covering = [s for s in valid if s["start"] <= begin and finish <= s["end"]]
        result.append(
            Segment(
                text=text[begin:finish],
                start=begin,
                facts=_unique(covering),
                current=bool(wanted and wanted[0] <= begin and finish <= wanted[1]),
                anchors=opened.get(begin, []),
            )
        )
    return result


def _inside(start: object, end: object, size: int) -> bool:
    return isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= size


def _unique(spans: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen, kept = set(), []
    for s in spans:
        if s.get("fact") not in seen:
            seen.add(s.get("fact"))
            kept.append(s)
    return kept
