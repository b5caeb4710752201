"""Fixtures for the SPARQL endpoint: an app on a small private store, and a live server with a token."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from servers import free_port, wait_until_up
from sparql_helpers import AUTH, GRAPH, OTHER, TOKEN

from api.app import create_app

DATA = """
@prefix ex: <http://example.org/> .
@prefix schema: <https://schema.org/> .
ex:alice a schema:Person ; schema:name "Alice"@en ; ex:met ex:bob ; ex:age 42 .
ex:bob a schema:Person ; schema:name "Bob" ; ex:met ex:carol .
ex:carol a schema:Person ; schema:name "Carol \\"C\\", the\\nsecond" ; ex:worksFor ex:acme .
ex:acme a schema:Organization ; schema:name "ACME"@en .
"""
# Python launches gunicorn through api.server.run with the app factory, so the store is opened
# only in the worker process (see docs/sparql.md: opening it before the fork breaks writes).
LAUNCH = (
    "import sys; from api.app import create_app; from api.server import run; "
    "run(lambda: create_app({'NEWSGRAPH_STORE': sys.argv[1]}), host='127.0.0.1', "
    "port=int(sys.argv[2]), threads=6)"
)


def load_sample(client: FlaskClient) -> None:
    """Put the sample people into two document graphs through SPARQL Update."""
    import pyoxigraph as ox

    triples = list(ox.parse(DATA.encode(), ox.RdfFormat.TURTLE))
    for graph, part in ((GRAPH, triples[:8]), (OTHER, triples[8:])):
        body = ox.serialize(part, format=ox.RdfFormat.N_TRIPLES).decode()
        response = client.post(
            "/sparql",
            data=f"INSERT DATA {{ GRAPH <{graph}> {{ {body} }} }}",
            content_type="application/sparql-update",
            headers=AUTH,
        )
        assert response.status_code == 204, response.data


def _app(folder: Path) -> Flask:
    app = create_app(
        {
            "NEWSGRAPH_STORE": str(folder / "store"),
            "TESTING": True,
            "NEWSGRAPH_UPDATE_TOKEN": TOKEN,
            "NEWSGRAPH_ROW_LIMIT": 5,
        }
    )
    load_sample(app.test_client())
    return app


def _close(app: Flask) -> None:
    pool = app.extensions.get("newsgraph_sparql_pool")
    if pool is not None:
        pool.close()
    app.extensions["newsgraph"].store.close()


@pytest.fixture(scope="session")
def sparql_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    """An app on an on-disk store holding the sample, updates enabled by TOKEN; tests only read it."""
    app = _app(tmp_path_factory.mktemp("sparql"))
    yield app
    _close(app)


@pytest.fixture
def sparql(sparql_app: Flask) -> FlaskClient:
    """A test client of the shared, read-only ``sparql_app``."""
    return sparql_app.test_client()


@pytest.fixture
def writable(tmp_path: Path) -> Iterator[FlaskClient]:
    """A test client of a private app that a test may change."""
    app = _app(tmp_path)
    yield app.test_client()
    _close(app)


@pytest.fixture(scope="session")
def live_sparql(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real gunicorn server (token set, 2 s default time limit) on a free port; yields its /sparql URL."""
    folder = tmp_path_factory.mktemp("live-sparql")
    log = folder / "server.log"
    port = free_port()
    root = str(Path(__file__).resolve().parents[2])
    env = {**os.environ, "NEWSGRAPH_UPDATE_TOKEN": TOKEN, "NEWSGRAPH_TIME_LIMIT": "2", "PYTHONPATH": root}
    with log.open("wb") as log_file:
        process = subprocess.Popen(
            [sys.executable, "-c", LAUNCH, str(folder / "store"), str(port)],
            env=env,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            cwd=root,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(url + "/healthz", process, log)
        yield url + "/sparql"
    finally:
        process.terminate()
        process.wait(timeout=30)
