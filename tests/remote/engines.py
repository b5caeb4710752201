"""Start real SPARQL servers for the remote-store tests: Oxigraph server and Debian's Virtuoso 7.

Each runs on free loopback ports over a private directory, can be stopped and started again on
the same data (the fault tests stop one mid-ingest), and is stopped when the test session ends.
"""

from __future__ import annotations

import re
import shutil
import signal
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from servers import free_port, wait_until_up

VIRTUOSO_INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")
VIRTUOSO_PASSWORD = "newsgraphtest"  # isql reads a hyphen as an operator and sets nothing


@dataclass
class Engine:
    """One server process: how to start it, its store URL and the credentials writes need."""

    name: str
    command: list[str]
    folder: Path
    url: str
    probe: str
    user: str | None = None
    password: str | None = None
    process: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    @property
    def log(self) -> Path:
        return self.folder / "server.log"

    def start(self) -> None:
        """Start the server (again) on its data and wait until it answers a query."""
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                self.command, stdout=log, stderr=subprocess.STDOUT, cwd=self.folder
            )
        wait_until_up(self.probe, self.process, self.log)

    def stop(self) -> None:
        """Stop the server (SIGTERM: both engines shut down cleanly on it) and reap it."""
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def environment(self) -> dict[str, str]:
        """The environment a newsgraph process needs to use this server as its store."""
        env = {"NEWSGRAPH_STORE": self.url}
        if self.user:
            env |= {"NEWSGRAPH_STORE_USER": self.user, "NEWSGRAPH_STORE_PASSWORD": self.password or ""}
        return env


def oxigraph_binary() -> str | None:
    """The ``oxigraph`` command from the ``oxigraph`` wheel, next to this Python, else on PATH."""
    beside = Path(sys.executable).with_name("oxigraph")
    return str(beside) if beside.exists() else shutil.which("oxigraph")


def oxigraph(folder: Path) -> Engine:
    """An Oxigraph server over ``folder/data`` on a free loopback port (not started)."""
    binary = oxigraph_binary()
    assert binary, "the oxigraph command is missing: pip install oxigraph"
    folder.mkdir(parents=True, exist_ok=True)
    port = free_port()
    command = [binary, "serve", "--location", str(folder / "data"), "--bind", f"127.0.0.1:{port}"]
    url = f"http://127.0.0.1:{port}/query"
    return Engine("oxigraph", command, folder, url, f"http://127.0.0.1:{port}/query?query=ASK%7B%7D")


def virtuoso_available() -> bool:
    """Whether Debian's virtuoso-opensource is installed."""
    return VIRTUOSO_INI.exists() and shutil.which("virtuoso-t") is not None


def virtuoso(folder: Path, template: Path | None = None) -> Engine:
    """A Virtuoso 7 on free loopback ports with a private database (not started; see virtuoso.md).

    ``template``: a database folder to start from (one already set up, password included), which
    saves creating a database, the slowest part of a first start.
    """
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "db").mkdir(exist_ok=True)
    if template is not None:
        for file in template.glob("virtuoso.*"):
            if file.suffix in (".db", ".trx"):
                shutil.copy2(file, folder / "db" / file.name)
    sql_port, http_port = free_port(), free_port()
    (folder / "virtuoso.ini").write_text(_virtuoso_ini(folder, sql_port, http_port))
    command = ["virtuoso-t", "+configfile", str(folder / "virtuoso.ini"), "+foreground"]
    url = f"http://127.0.0.1:{http_port}/sparql"
    probe = f"{url}?query=ASK%7B%7D"
    engine = Engine("virtuoso", command, folder, url, probe, "dba", VIRTUOSO_PASSWORD)
    engine.sql_port = sql_port  # type: ignore[attr-defined]
    return engine


def _virtuoso_ini(folder: Path, sql_port: int, http_port: int) -> str:
    """The packaged ini with a private database (and lock file), loopback-only ports, a high row ceiling."""
    space = r"[ \t]*"
    text = VIRTUOSO_INI.read_text()
    text = re.sub(
        rf"(?m)^((?:DatabaseFile|ErrorLogFile|LockFile|TransactionFile|xa_persistent_file){space}={space}).*/([^/\n]*)$",
        lambda m: f"{m.group(1)}{folder}/db/{m.group(2)}",
        text,
    )
    text = re.sub(rf"(?m)^(ServerPort{space}={space})1111{space}$", rf"\g<1>127.0.0.1:{sql_port}", text)
    text = re.sub(rf"(?m)^(ServerPort{space}={space})8890{space}$", rf"\g<1>127.0.0.1:{http_port}", text)
    # The packaged ceiling silently cuts every result at 10000 rows (docs/remote.md).
    text = re.sub(rf"(?m)^(ResultSetMaxRows{space}={space}).*$", r"\g<1>10000000", text)
    bound = re.findall(rf"(?m)^ServerPort{space}={space}127\.0\.0\.1:\d+{space}$", text)
    assert len(bound) == 2, "refusing to start Virtuoso on anything but loopback"
    return text


def set_virtuoso_password(engine: Engine) -> None:
    """Replace the packaged ``dba`` password (Debian's preseeded one is not applied); checkpoint it,
    since a quick shutdown (SIGTERM) would otherwise lose it."""
    port = engine.sql_port  # type: ignore[attr-defined]
    done = subprocess.run(
        [
            "isql-vt",
            f"127.0.0.1:{port}",
            "dba",
            "dba",
            f"EXEC=SET PASSWORD dba {VIRTUOSO_PASSWORD}; checkpoint;",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    # isql exits 0 even when the statement failed; its output says so.
    assert done.returncode == 0 and "Error" not in done.stdout + done.stderr, done.stdout + done.stderr
