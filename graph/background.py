"""Work done after every new snapshot, in one background thread: path search copies, centrality.

Centrality on a 100k-entity projection takes tens of seconds of pure Python, and the path search
copies (``traversal.walkable``, ``dijkstra.compact``) about a second; computed on the request
that first needs them, they would stall that request after every write. A :class:`Follower`
hears of each new snapshot from the NetworkCache and computes them in a daemon thread, newest
snapshot first: one overtaken by a newer snapshot is dropped. Requests get the last finished
scores with the generation they belong to and whether that is the current one (``stale``).
"""

from __future__ import annotations

import threading
import weakref
from typing import Any

from graph.centrality import check_options, rank, scores_of
from graph.dijkstra import compact
from graph.network import Network, NetworkCache
from graph.traversal import COST, DEFAULT_EXCLUDED_TYPES, walkable

ORDER: tuple[str, ...] = ("degree", "pagerank", "betweenness")  # cheapest first


class Follower:
    """Computes, for the newest snapshot of a cache, what requests would otherwise wait for."""

    def __init__(self, cache: NetworkCache) -> None:
        self._changed = threading.Condition()
        self._wanted: Network | None = None
        self._scores: dict[str, tuple[Network, dict[str, float]]] = {}  # metric -> last finished
        self._thread: threading.Thread | None = None
        cache.subscribe(self.offer)

    def offer(self, network: Network) -> None:
        """Start on ``network`` (a new snapshot); returns at once."""
        with self._changed:
            wanted = self._wanted
            if wanted is not None and wanted.generation >= network.generation:
                return
            self._wanted = network
            if self._thread is None or not self._thread.is_alive():  # also after a fork
                self._thread = threading.Thread(target=self._run, name="newsgraph-follower", daemon=True)
                self._thread.start()
            self._changed.notify_all()

    def centrality(
        self,
        network: Network,
        metric: str = "betweenness",
        type: str | None = None,
        limit: int = 20,
        *,
        wait: float = 0.0,
    ) -> dict[str, Any] | None:
        """The ranking of ``graph.centrality`` from the last finished scores, with ``generation``
        (of the snapshot they were computed on) and ``stale`` (true when ``network`` is newer).

        Waits up to ``wait`` seconds for the scores of ``network`` itself (small graphs are done
        at once); None when no scores exist yet.
        """
        check_options(metric, type, limit)
        self.offer(network)
        with self._changed:
            self._changed.wait_for(lambda: self._done(metric, network), timeout=wait)
            found = self._scores.get(metric)
        if found is None:
            return None
        scored, scores = found
        return {
            **rank(scored, scores, metric, type, limit),
            "generation": scored.generation,
            "stale": scored.generation != network.generation,
        }

    def _done(self, metric: str, network: Network) -> bool:
        found = self._scores.get(metric)
        return found is not None and found[0].generation >= network.generation

    def _run(self) -> None:
        while True:
            with self._changed:
                network = self._wanted
                if network is None or all(self._done(m, network) for m in ORDER):
                    self._thread = None  # idle: the next offer starts a new thread
                    return
            _warm_paths(network)
            for metric in ORDER:
                if self._wanted is not network:
                    break  # overtaken: start again with the newest
                scores = scores_of(network, metric)
                with self._changed:
                    self._scores[metric] = (network, scores)
                    self._changed.notify_all()


def _warm_paths(network: Network) -> None:
    """Make the snapshot's path search copies now, not on its first path query."""
    plain = walkable(network.graph, frozenset(DEFAULT_EXCLUDED_TYPES))
    compact(plain, COST)


_FOLLOWERS: weakref.WeakKeyDictionary[NetworkCache, Follower] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def follow(cache: NetworkCache) -> Follower:
    """The follower of ``cache`` (one per cache, made on first use)."""
    with _LOCK:
        found = _FOLLOWERS.get(cache)
        if found is None:
            found = _FOLLOWERS[cache] = Follower(cache)
        return found
