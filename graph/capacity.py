"""Refuse to build a who-connects-to-whom projection larger than this machine can hold.

The NetworkX projection costs a few kilobytes per relation (measured: docs/capacity.md), and a
rebuild holds the old snapshot and the new one at once. Past the limit the build stops after
reading the relations and before making the graph, with a 503 that says why: SPARQL, downloads and
documents keep working; paths, networks and centrality do not. ``NEWSGRAPH_MAX_RELATIONS`` sets
the limit (a bigger machine, a bigger limit).
"""

from __future__ import annotations

import os

from graph.errors import StoreUnavailableError

ENV = "NEWSGRAPH_MAX_RELATIONS"
# 24 GiB machine, ~2 GiB for the rest of the service, two snapshots while a rebuild or a patch
# makes the new one, 7.6-8.7 kB per edge with its share of entities and the walkable copy
# (docs/capacity.md): 11 GiB / 7.9 kB ~ 1.5 M edges; a relation is at most one edge, so counting
# relations errs on the safe side.
DEFAULT_MAX_RELATIONS = 1_500_000


class ProjectionTooLargeError(StoreUnavailableError):
    """The projection would not fit in memory under the configured limit (HTTP 503)."""


def max_relations() -> int:
    """The configured limit: ``NEWSGRAPH_MAX_RELATIONS`` or the default for a 24 GiB machine."""
    value = os.environ.get(ENV, "").strip()
    if not value:
        return DEFAULT_MAX_RELATIONS
    try:
        limit = int(value.replace("_", ""))
    except ValueError:
        limit = 0
    if limit < 1:
        raise ProjectionTooLargeError(f"{ENV}={value!r} is not a positive whole number of relations")
    return limit


def check_size(relations: int) -> None:
    """Raise :class:`ProjectionTooLargeError` if ``relations`` is over the limit."""
    limit = max_relations()
    if relations > limit:
        raise ProjectionTooLargeError(
            f"the who-connects-to-whom graph would hold {relations:,} relations, over this service's "
            f"limit of {limit:,} ({ENV}), so it was not built: paths, networks and centrality are "
            "unavailable, SPARQL queries and downloads still work. Raise the limit on a machine with "
            "more memory (docs/capacity.md says how much)"
        )
