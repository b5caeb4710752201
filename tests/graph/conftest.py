"""Fixtures: the mini Kislyak story and the grid of hard cases, loaded and projected."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from graph_stories import grid_articles, kislyak_article
from graphkit import load

from graph.network import build_network


@pytest.fixture
def kislyak() -> SimpleNamespace:
    """The mini Kislyak story in an in-memory store, with its projection."""
    article, e = kislyak_article()
    e.article = article
    e.store = load(article)
    e.network = build_network(e.store)
    return e


@pytest.fixture
def grid() -> SimpleNamespace:
    """The grid of hard cases, loaded and projected."""
    articles, e = grid_articles()
    e.store = load(*articles)
    e.network = build_network(e.store)
    return e
