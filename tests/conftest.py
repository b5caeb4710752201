"""Shared fixtures: the seed article built once into a real on-disk Oxigraph store, the app on it."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from servers import serving

from api.app import close_app, create_app
from api.ingest import build
from extract import seed_source
from graph.store import OxigraphStore


@pytest.fixture(scope="session")
def seed_store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store directory holding the seed article, built once with the real model."""
    path = tmp_path_factory.mktemp("seed") / "store"
    store = OxigraphStore(path)
    build(store, [seed_source()])
    store.close()
    return path


@pytest.fixture
def store_path(seed_store_path: Path, tmp_path: Path) -> Path:
    """A private copy of the seed store that a test may change."""
    copy = tmp_path / "store"
    shutil.copytree(seed_store_path, copy)
    (copy / "LOCK").unlink(missing_ok=True)
    return copy


@pytest.fixture(scope="session")
def seed_app(seed_store_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    """An app over a read-mostly copy of the seed store, shared by tests that only read."""
    copy = tmp_path_factory.mktemp("app") / "store"
    shutil.copytree(seed_store_path, copy)
    app = create_app({"NEWSGRAPH_STORE": str(copy), "TESTING": True})
    yield app
    close_app(app)


@pytest.fixture
def client(seed_app: Flask) -> FlaskClient:
    """A test client of the shared seed app."""
    return seed_app.test_client()


@pytest.fixture
def app(store_path: Path) -> Iterator[Flask]:
    """An app over a private copy of the seed store (for tests that write)."""
    app = create_app({"NEWSGRAPH_STORE": str(store_path), "TESTING": True})
    yield app
    close_app(app)


@pytest.fixture(scope="session")
def live_server(seed_store_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real ``newsgraph serve`` process (gunicorn) on a free port over a copy of the seed store."""
    folder = tmp_path_factory.mktemp("live")
    copy, log = folder / "store", folder / "server.log"
    shutil.copytree(seed_store_path, copy)
    env = {**os.environ, "NEWSGRAPH_STORE": str(copy)}
    with serving(["--threads", "4"], env, log) as url:
        yield url
