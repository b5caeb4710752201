"""`newsgraph build --dask`: a real 2-process Dask cluster stores exactly what a plain build stores."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from servers import free_port

from api.cli import cli
from extract.pipeline import load_pipeline
from graph.formats import rdf_format
from graph.store import OxigraphStore

distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")

ARTICLES = {
    "kislyak.txt": "Ambassador Sergey Kislyak met Senator Jeff Sessions in Cleveland in July 2016. "
    "Kislyak later told The Washington Post that the meeting was routine.",
    "peskov.txt": "Dmitry Peskov, a spokesman for the Kremlin, told Reuters that Sergei Kislyak had "
    "no comment. Peskov met Michael Flynn in Moscow in 2015.",
    "flynn.txt": "Michael Flynn, a former director of the Defense Intelligence Agency, spoke with "
    "Sergey Kislyak in December 2016, according to The New York Times.",
}


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    """Three short articles that share people, so identity across documents matters."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """A running 2-worker local cluster (separate processes), by its scheduler address."""
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address="127.0.0.1:0"
    ) as cluster:
        yield cluster.scheduler_address


def _quads(store: Path) -> set[str]:
    """Every (graph, subject, predicate, object) in the store, as N-Quads lines."""
    with OxigraphStore(store, read_only=True) as opened:
        out = io.BytesIO()
        opened.export(rdf_format("nquads"), out)
    return set(out.getvalue().decode("utf-8").splitlines())


def _pipeline_loads() -> int:
    return load_pipeline.cache_info().misses


def test_cluster_local_build_stores_the_same_as_plain(articles: Path, tmp_path: Path, scheduler: str) -> None:
    runner = CliRunner()
    plain, dask = tmp_path / "plain", tmp_path / "dask"
    first = runner.invoke(cli, ["build", "--store", str(plain), str(articles)])
    assert first.exit_code == 0, first.output
    second = runner.invoke(cli, ["build", "--store", str(dask), "--dask", "local:2", str(articles)])
    assert second.exit_code == 0, second.output
    assert second.output.count("added ") == 3
    assert first.output == second.output.replace(str(dask), str(plain))  # same documents, same order
    assert len(_quads(plain)) > 100 and _quads(dask) == _quads(plain)
    again = runner.invoke(cli, ["build", "--store", str(dask), "--dask", scheduler, str(articles)])
    assert again.exit_code == 0, again.output
    assert again.output.count("already stored") == 3 and "added " not in again.output
    assert _quads(dask) == _quads(plain)


def test_cluster_workers_load_the_model_once(articles: Path, tmp_path: Path, scheduler: str) -> None:
    result = CliRunner().invoke(
        cli, ["build", "--store", str(tmp_path / "s"), "--dask", scheduler, str(articles)]
    )
    assert result.exit_code == 0, result.output
    with distributed.Client(scheduler, set_as_default=False) as client:
        loads = client.run(_pipeline_loads)
    assert list(loads.values()) == [1, 1]  # at worker start (the plugin), never again per task


def test_cluster_unreachable_scheduler_fails_cleanly(articles: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    address = f"tcp://127.0.0.1:{free_port()}"
    result = CliRunner().invoke(cli, ["build", "--store", str(store), "--dask", address, str(articles)])
    assert result.exit_code == 1
    assert f"could not reach the Dask scheduler at {address}" in result.output
    assert "nothing was written" in result.output
    assert "Traceback" not in result.output
    assert not store.exists()  # the cluster is reached before the store is opened


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--dask", "local:0"], "at least one worker"),
        (["--dask", "local:two"], "is not local:N"),
        (["--dask", "local:2", "--workers", "2"], "--dask and --workers are exclusive"),
    ],
)
def test_cluster_bad_options_are_usage_errors(
    articles: Path, tmp_path: Path, options: list[str], message: str
) -> None:
    store = tmp_path / "store"
    result = CliRunner().invoke(cli, ["build", "--store", str(store), *options, str(articles)])
    assert result.exit_code == 2 and message in result.output
    assert not store.exists()


def test_cluster_without_distributed_says_what_to_install(
    articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if the dask extra were not installed
    store = tmp_path / "store"
    result = CliRunner().invoke(cli, ["build", "--store", str(store), "--dask", "local:2", str(articles)])
    assert result.exit_code == 1 and 'pip install "newsgraph[dask]"' in result.output
    assert not store.exists()
