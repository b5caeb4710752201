"""The Flask application factory: one store and one projection cache per app."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from flask import Flask, current_app

from api.errors import register_error_handlers
from api.settings import default_settings
from graph.background import follow
from graph.network import NetworkCache
from graph.store import Store, open_store


@dataclass
class Services:
    """Per-app objects the views share (kept in ``app.extensions["newsgraph"]``)."""

    store: Store
    networks: NetworkCache


def create_app(config: Mapping[str, Any] | None = None, *, store: Store | None = None) -> Flask:
    """Build the app; ``store`` lets a caller hand over an already open store."""
    app = Flask(__name__)
    app.config.update(default_settings())
    app.config.update(config or {})
    app.json.sort_keys = False  # type: ignore[attr-defined]
    location = app.config["NEWSGRAPH_STORE"]
    store = store or open_store(location)
    if app.config["NEWSGRAPH_SEED_IF_EMPTY"] and not store.documents():
        _build_seed(app, store)
    app.extensions["newsgraph"] = Services(store=store, networks=NetworkCache(store))
    follow(app.extensions["newsgraph"].networks)  # centrality and path copies after every new snapshot
    register_error_handlers(app)
    _register_blueprints(app)
    return app


def _build_seed(app: Flask, store: Store) -> None:
    """Give an empty store the bundled seed article, so a first ``serve`` shows a graph."""
    from api.ingest import build
    from extract import seed_source

    app.logger.warning("empty store: building the bundled seed article first")
    build(store, [seed_source()])


def close_app(app: Flask) -> None:
    """Release what the app holds: the SPARQL worker processes, then the store's lock."""
    pool = app.extensions.pop("newsgraph_sparql_pool", None)
    if pool is not None:
        pool.close()
    app.extensions["newsgraph"].store.close()


def _register_blueprints(app: Flask) -> None:
    from api import (
        documents,
        downloads,
        explore,
        health,
        overrides,
        page,
        pages_documents,
        pages_entities,
        sparql,
    )

    for module in (
        sparql,
        downloads,
        explore,
        health,
        documents,
        overrides,
        page,
        pages_entities,
        pages_documents,
    ):
        app.register_blueprint(module.blueprint)


def services() -> Services:
    """The current app's shared objects."""
    return current_app.extensions["newsgraph"]
