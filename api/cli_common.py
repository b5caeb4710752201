"""What every ``newsgraph`` command shares: the ``--store`` option, opening the store, error text."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import click

from api.settings import DEFAULT_STORE
from graph.errors import AmbiguousError, GraphError, UnknownEntityError
from graph.store import Store, open_store

F = TypeVar("F", bound=Callable[..., Any])


def store_option(function: F) -> F:
    """``--store DIR``, shared by every command that opens the store."""
    return click.option(
        "--store",
        "store_path",
        envvar="NEWSGRAPH_STORE",
        default=DEFAULT_STORE,
        show_default=True,
        type=store_location,
        help="Store directory, or a SPARQL server's URL (docs/remote.md) (env NEWSGRAPH_STORE).",
    )(function)


def store_location(value: str | Path) -> Any:
    """A store directory as a Path; an ``http(s)://`` SPARQL server URL kept as it was written."""
    if isinstance(value, str) and value.startswith(("http://", "https://")):
        return value
    return click.Path(file_okay=False, path_type=Path).convert(value, None, None)


@contextmanager
def opened(path: Path, *, read_only: bool = False) -> Iterator[Store]:
    """Open the store, turning graph errors into a clean CLI error: opening it, and whatever the
    command does with it (a projection too large, a SPARQL server gone) that it does not catch itself."""
    try:
        store = open_store(path, read_only=read_only)
    except GraphError as error:
        raise click.ClickException(str(error)) from None
    try:
        yield store
    except GraphError as error:
        raise click.ClickException(str(error)) from None
    finally:
        store.close()


def with_candidates(error: AmbiguousError | UnknownEntityError) -> str:
    """The error, then each candidate with its type and what tells it apart (a role, a document)."""
    names = "; ".join(
        f"{c.get('name')} ({c.get('type')}{', ' + str(c['detail']) if c.get('detail') else ''})"
        for c in error.candidates
    )
    return f"{error}" + (f"\n  candidates: {names}" if names else "")
