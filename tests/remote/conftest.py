"""Fixtures for the remote-store tests: real SPARQL servers, the seed built into them by the CLI, and
``newsgraph serve`` (gunicorn) in front of each. Every process runs on free loopback ports and is
stopped at the end of the session.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import engines
import pytest
from servers import serving

from graph.remote import RemoteStore

ENGINES = ("oxigraph", "virtuoso")
TOKEN = "remote-test-token"


def start_engine(name: str, folder: Path, template: Path | None = None) -> engines.Engine:
    """Start a fresh server of kind ``name`` in ``folder``; skip (or, in CI, fail) when it is missing."""
    if name == "oxigraph" and engines.oxigraph_binary() is None:
        _missing("the oxigraph command (pip install oxigraph)")
    if name == "virtuoso" and (template is None or not engines.virtuoso_available()):
        _missing("Virtuoso (apt-get install virtuoso-opensource)")
    engine = engines.oxigraph(folder) if name == "oxigraph" else engines.virtuoso(folder, template)
    engine.start()
    return engine


def _template(request: pytest.FixtureRequest) -> Path | None:
    """The Virtuoso template, made only when a Virtuoso test runs."""
    return request.getfixturevalue("virtuoso_template") if request.param == "virtuoso" else None  # type: ignore[no-any-return]


@pytest.fixture(scope="session")
def virtuoso_template(tmp_path_factory: pytest.TempPathFactory) -> Path | None:
    """An empty Virtuoso database with the test password set, created once and copied per server."""
    if not engines.virtuoso_available():
        return None
    folder = tmp_path_factory.mktemp("virtuoso-template")
    engine = engines.virtuoso(folder)
    engine.start()
    try:
        engines.set_virtuoso_password(engine)
    finally:
        engine.stop()
    return folder / "db"


def _missing(what: str) -> None:
    if os.environ.get("NEWSGRAPH_REQUIRE_REMOTE"):
        pytest.fail(f"{what} is missing and NEWSGRAPH_REQUIRE_REMOTE is set")
    pytest.skip(f"{what} is not installed")


def open_remote(engine: engines.Engine, **env: str) -> RemoteStore:
    """A RemoteStore on ``engine`` configured the way the CLI and the service configure it."""
    return RemoteStore.from_url(
        engine.url, env={**engine.environment(), "NEWSGRAPH_STORE_RETRIES": "2", **env}
    )


def newsgraph(engine: engines.Engine, *args: str) -> subprocess.CompletedProcess[str]:
    """Run the ``newsgraph`` command against ``engine``."""
    env = {**os.environ, **engine.environment()}
    return subprocess.run(
        [sys.executable, "-m", "api", *args], env=env, capture_output=True, text=True, timeout=300
    )


@pytest.fixture(scope="session", params=ENGINES)
def seeded(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[engines.Engine]:
    """A server of each kind holding the seed article, built with ``newsgraph build --store URL``."""
    engine = start_engine(request.param, tmp_path_factory.mktemp(request.param), _template(request))
    try:
        built = newsgraph(engine, "build", "--store", engine.url, "--quiet")
        assert built.returncode == 0, built.stderr
        yield engine
    finally:
        engine.stop()


@pytest.fixture(scope="session")
def remote_service(seeded: engines.Engine, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``newsgraph serve --store URL`` over the seeded server, with a small row cap and a write token."""
    log = tmp_path_factory.mktemp("serve") / "server.log"
    env = {
        **os.environ,
        **seeded.environment(),
        "NEWSGRAPH_ROW_LIMIT": "50",
        "NEWSGRAPH_UPDATE_TOKEN": TOKEN,
    }
    with serving(["--store", seeded.url, "--threads", "4"], env, log) as url:
        yield url


@pytest.fixture(params=ENGINES)
def fresh(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[engines.Engine]:
    """An empty server of each kind, for one test that may stop and restart it."""
    engine = start_engine(request.param, tmp_path / request.param, _template(request))
    try:
        yield engine
    finally:
        engine.stop()
