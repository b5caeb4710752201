"""Fixtures for the identity tests: an empty on-disk store per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.store import OxigraphStore


@pytest.fixture
def empty_store(tmp_path: Path) -> Iterator[OxigraphStore]:
    """A new, empty on-disk Oxigraph store, closed after the test."""
    store = OxigraphStore(tmp_path / "store")
    yield store
    store.close()
