"""A write that lands while the projection's scans run: the build reads again and labels its
snapshot with the generation its kept scans saw, so the next get() does not rebuild for nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from graph.network import NetworkCache
from graph.projection import READS
from graph.store import OxigraphStore

RACER = "https://newsgraph.example/person/racing-writer"
RACING_WRITE = f"""PREFIX schema: <https://schema.org/>
INSERT DATA {{ GRAPH <urn:newsgraph-test:race> {{ <{RACER}> a schema:Person ; schema:name "Racing Writer" }} }}"""


class RacingStore(OxigraphStore):
    """A real on-disk store whose first ``writes`` projection scans each let a real write land first."""

    def __init__(self, path: Path, writes: int) -> None:
        super().__init__(path)
        self.writes, self.scans = writes, 0

    def query(self, sparql: str, **options: Any) -> Any:
        if "SELECT" in sparql and not options:
            self.scans += 1
            if self.writes:
                self.writes -= 1
                self.update(RACING_WRITE.replace("racing-writer", f"racing-writer-{self.writes}"))
        return super().query(sparql, **options)


def test_projection_race_rereads_and_labels_the_snapshot_it_kept(store_path: Path) -> None:
    store = RacingStore(store_path, writes=1)
    try:
        cache = NetworkCache(store)
        network = cache.get()
        assert network.generation == store.generation == 1
        assert RACER + "-0" in network.graph  # the kept scans saw the write
        scans = store.scans
        assert cache.get() is network and store.scans == scans  # no second build
    finally:
        store.close()


def test_projection_race_keeps_the_last_read_when_writes_never_stop(store_path: Path) -> None:
    store = RacingStore(store_path, writes=10**6)
    try:
        cache = NetworkCache(store)
        network = cache.get()
        assert network.generation < store.generation  # stale on purpose: the next get() rebuilds
        assert store.scans == READS * (store.scans // READS)  # every attempt ran all its scans
    finally:
        store.close()
