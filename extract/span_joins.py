"""Joining a name the model cut in two: the one loop every "these two spans are one name" rule shares."""

from collections.abc import Callable

from spacy.tokens import Span


def join_adjacent(spans: list[Span], joined: Callable[[Span, Span], Span | None]) -> list[Span]:
    """Merge each span into the one right before it (touching, neither a rule's own span) when
    ``joined(before, span)`` gives the whole name; in text order."""
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: s.start):
        before = out[-1] if out else None
        whole = None
        if before is not None and before.end == span.start and not (before.id_ or span.id_):
            whole = joined(before, span)
        if whole is None:
            out.append(span)
        else:
            out[-1] = whole
    return out
