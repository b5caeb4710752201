"""Drive the real page in Debian's Chromium through Playwright, against a real ``newsgraph serve``.

Playwright's own browser download is never used (it cannot be fetched here, and CI should not
depend on it): the browser is ``/usr/bin/chromium`` from apt. Without it, or without the
``playwright`` package, every browser test is skipped with the reason.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from servers import free_port, wait_until_up

CHROMIUM = os.environ.get("NEWSGRAPH_CHROMIUM", "/usr/bin/chromium")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
UPDATE_TOKEN = "browser-test-token"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
HOSTILE = (
    "<script>window.__pwned = 1</script> Mayor of Springfield meets envoy\n\n"
    'Jane Doe, the mayor of Springfield, told the New York Times: "<script>window.__pwned = 2</script> '
    "is only text, and so is <img src=x onerror='window.__pwned = 3'>.\" "
    "John Roe, the Russian ambassador, met Jane Doe in 2019.\n"
)


def pytest_configure(config: pytest.Config) -> None:
    """Register the marker here, where the browser tests live."""
    config.addinivalue_line("markers", "browser: drives the web page in headless Chromium through Playwright")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Skip browser tests, saying why, when the browser or Playwright is missing."""
    reason = _missing()
    if reason and os.environ.get("NEWSGRAPH_REQUIRE_BROWSER"):
        raise pytest.UsageError(f"browser tests required (NEWSGRAPH_REQUIRE_BROWSER) but {reason}")
    if reason:
        for item in items:
            if item.get_closest_marker("browser"):
                item.add_marker(pytest.mark.skip(reason=reason))


def _missing() -> str | None:
    if not Path(CHROMIUM).exists():
        return f"no Chromium at {CHROMIUM}: apt-get install -y chromium"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is not installed: pip install playwright (never 'playwright install')"
    return None


@pytest.fixture(scope="session")
def playwright_driver() -> Iterator[Any]:
    """One Playwright driver for the session."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        yield driver


@pytest.fixture
def browser_context(playwright_driver: Any, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Any]:
    """A fresh Chromium profile (its own user-data-dir); JavaScript off if the test is marked ``nojs``."""
    marker = request.node.get_closest_marker("browser")
    javascript = not (marker and marker.kwargs.get("javascript") is False)
    context = playwright_driver.chromium.launch_persistent_context(
        str(tmp_path / "profile"),
        executable_path=CHROMIUM,
        headless=True,
        args=FLAGS,
        viewport={"width": 1280, "height": 900},
        java_script_enabled=javascript,
        accept_downloads=True,
    )
    context.set_default_timeout(20_000)
    yield context
    context.close()


@pytest.fixture
def page(browser_context: Any, live_server: str) -> Iterator[Any]:
    """A page that fails the test on any script error and on any request leaving our server."""
    tab = browser_context.new_page()
    problems: list[str] = []
    tab.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    tab.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    tab.on("dialog", lambda dialog: (problems.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    tab.on(
        "request",
        lambda r: (
            None
            if r.url.startswith((live_server, "data:", "blob:"))
            else problems.append(f"request left the server: {r.url}")
        ),
    )
    tab.problems = problems
    yield tab
    assert not problems, problems


@pytest.fixture
def shot() -> Any:
    """Save a screenshot under ``test-artifacts/`` (gitignored) and return its path."""

    def save(tab: Any, name: str, *, full_page: bool = True) -> Path:
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / f"{name}.png"
        tab.screenshot(path=str(path), full_page=full_page)
        return path

    return save


@pytest.fixture(scope="session")
def hostile_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A writable server (token ``UPDATE_TOKEN``) over a store built with the CLI from a hostile article."""
    folder = tmp_path_factory.mktemp("hostile")
    article, store, log = folder / "hostile.txt", folder / "store", folder / "server.log"
    article.write_text(HOSTILE, encoding="utf-8")
    env = {**os.environ, "NEWSGRAPH_STORE": str(store), "NEWSGRAPH_UPDATE_TOKEN": UPDATE_TOKEN}
    subprocess.run(
        [sys.executable, "-m", "api", "build", "--store", str(store), "-q", str(article)],
        env=env,
        check=True,
        capture_output=True,
    )
    port = free_port()
    with log.open("wb") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "api", "serve", "--port", str(port), "--threads", "2"],
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, so the gunicorn worker goes with it
        )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(url + "/healthz", process, log)
        yield url
    finally:
        _stop(process)
        shutil.rmtree(store, ignore_errors=True)


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Stop the server and its gunicorn worker: SIGTERM to its group, SIGKILL if it lingers."""
    for sig, wait in ((signal.SIGTERM, 15), (signal.SIGKILL, 10)):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            return
        try:
            process.wait(timeout=wait)
            os.killpg(process.pid, 0)  # the worker may outlive the master for a moment
        except subprocess.TimeoutExpired:
            continue
        except ProcessLookupError:
            return
