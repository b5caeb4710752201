"""A process killed in the middle of an ingest leaves every document whole or absent.

The writer runs in a child process and is sent SIGKILL (no cleanup, no flush) at several moments,
including while a large document is being written; the store must then open, and each document
graph in it must hold exactly the triples of that document. A second build then completes the rest.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from api.ingest import build
from extract import Source
from graph.store import OxigraphStore

pytestmark = pytest.mark.server

DOCUMENTS = 6
TRIPLES_PER_DOCUMENT = 150_000

# Writes big generated documents through the store API, one line on stdout after each one.
STORE_WRITER = textwrap.dedent(
    """
    import sys
    from graph.store import OxigraphStore
    store = OxigraphStore(sys.argv[1])
    documents, size = int(sys.argv[2]), int(sys.argv[3])
    for d in range(documents):
        graph = f"https://newsgraph.example/document/{d:016x}"
        lines = "".join(
            f'<https://newsgraph.example/fact/{d}/{i}> <https://schema.org/name> "fact {d} {i}" .\\n'
            for i in range(size)
        )
        store.add_document(graph, lines)
        print(graph, flush=True)
    """
)


def graph_sizes(path: Path) -> dict[str, int]:
    """Triples per named graph, read from a freshly opened store."""
    store = OxigraphStore(path)
    try:
        rows = store.select("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
        return {str(row["g"]): int(str(row["n"])) for row in rows}
    finally:
        store.close()


def start(argv: list[str], log: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    with log.open("w") as log_file:
        return subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=log_file, text=True, env=env)


def kill_after_lines(process: subprocess.Popen[str], lines: int, extra_wait: float) -> list[str]:
    """Read ``lines`` progress lines, wait a little more (the next write is under way), SIGKILL."""
    assert process.stdout is not None
    seen = [process.stdout.readline().strip() for _ in range(lines)]
    time.sleep(extra_wait)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    process.stdout.close()
    return seen


@pytest.mark.parametrize("extra_wait", [0.0, 0.3, 0.8, 1.5])
def test_kill_during_a_large_write_leaves_each_document_whole_or_absent(
    tmp_path: Path, extra_wait: float
) -> None:
    path = tmp_path / "store"
    argv = [sys.executable, "-c", STORE_WRITER, str(path), str(DOCUMENTS), str(TRIPLES_PER_DOCUMENT)]
    process = start(argv, tmp_path / "writer.log")
    written = kill_after_lines(process, 1, extra_wait)
    assert process.returncode == -signal.SIGKILL, "the writer finished before it could be killed"

    sizes = graph_sizes(path)
    assert written[0] in sizes, "a document reported as written was lost"
    assert all(size == TRIPLES_PER_DOCUMENT for size in sizes.values()), sizes
    assert 1 <= len(sizes) < DOCUMENTS


ARTICLE = (
    "{name}, a spokesman for the {org}, told Reuters on Monday that talks had stalled. "
    "{name} met Sergey Kislyak in Geneva in 2019, according to the New York Times. "
    '"We will not sign," {surname} said.\n'
)
PEOPLE = [
    ("Anna Berg", "Berg", "Nordic Council"),
    ("Pavel Orlov", "Orlov", "Baltic Forum"),
    ("Maria Lopez", "Lopez", "Andean Institute"),
    ("Tomas Novak", "Novak", "Danube Commission"),
]


def test_kill_during_an_ingest_then_build_again_completes_it(tmp_path: Path) -> None:
    """The real pipeline: kill ``build`` after its first document, rebuild, compare with a clean build."""
    folder = tmp_path / "articles"
    folder.mkdir()
    sources = []
    for number, (name, surname, org) in enumerate(PEOPLE):
        text = ARTICLE.format(name=name, surname=surname, org=org)
        (folder / f"{number}.txt").write_text(text, encoding="utf-8")
        sources.append(Source(text=text, origin=str(folder / f"{number}.txt")))

    reference_path = tmp_path / "reference"
    reference = OxigraphStore(reference_path)
    build(reference, sources)
    reference.close()
    expected = graph_sizes(reference_path)

    killed_path = tmp_path / "killed"
    writer = textwrap.dedent(
        """
        import sys
        from api.ingest import build
        from extract import read_sources
        from graph.store import OxigraphStore
        from pathlib import Path
        store = OxigraphStore(sys.argv[1])
        build(store, read_sources([Path(sys.argv[2])]), on_document=lambda d: print(d.iri, flush=True))
        """
    )
    process = start([sys.executable, "-c", writer, str(killed_path), str(folder)], tmp_path / "build.log")
    written = kill_after_lines(process, 1, 0.0)
    if process.returncode == 0:
        pytest.fail("the build finished before it could be killed")

    after_kill = graph_sizes(killed_path)
    assert written[0] in after_kill
    assert all(after_kill[g] == expected[g] for g in after_kill), (after_kill, expected)

    result = subprocess.run(
        [sys.executable, "-m", "api", "build", "--quiet", "--store", str(killed_path), str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert graph_sizes(killed_path) == expected
