"""Centrality after a write is computed in the background; requests get the last finished scores."""

from __future__ import annotations

from graph_stories import kislyak_article
from graphkit import Article, load

from api import explore
from api.app import create_app
from graph.background import Follower, follow
from graph.network import NetworkCache

SLOW = 600.0  # upper bound on a wait that ends as soon as the scores are there (never reached)


def test_background_scores_follow_a_write():
    article, e = kislyak_article()
    cache = NetworkCache(load(article))
    follower = follow(cache)
    first = cache.get()
    answer = follower.centrality(first, "betweenness", wait=SLOW)
    assert answer is not None and answer["entities"][0]["iri"] == e.kislyak
    assert (answer["generation"], answer["stale"]) == (first.generation, False)
    extra = Article("extra")
    newcomer = extra.person("Nina Newcomer")
    extra.contact(newcomer, extra.person("Sergey Kislyak"))
    cache.add_document(extra.iri, extra.ntriples())
    second = cache.get()
    answer = follower.centrality(second, "degree", limit=100, wait=SLOW)
    assert answer is not None and answer["generation"] == second.generation and not answer["stale"]
    assert newcomer in {entity["iri"] for entity in answer["entities"]}


def hold_new_snapshots(cache: NetworkCache) -> list:
    """Lock the memo of every later snapshot before any other listener hears of it, so the
    background thread cannot score it until the test lets go (a lock, not a sleep)."""
    held = []
    current = cache.current()

    def gate(network):
        if network is not current:
            network._memo_lock.acquire()
            held.append(network)

    cache._listeners.insert(0, gate)
    return held


def test_background_serves_stale_scores_while_computing():
    article, e = kislyak_article()
    cache = NetworkCache(load(article))
    follower = Follower(cache)
    first = cache.get()
    assert follower.centrality(first, "pagerank", wait=SLOW) is not None
    held = hold_new_snapshots(cache)
    extra = Article("extra")
    extra.contact(extra.person("Nina Newcomer"), extra.person("Sergey Kislyak"))
    cache.add_document(extra.iri, extra.ntriples())
    second = cache.get()
    assert held == [second]
    answer = follower.centrality(second, "pagerank")
    second._memo_lock.release()
    assert answer is not None and answer["stale"] is True and answer["generation"] == first.generation
    assert answer["entities"][0]["iri"] == e.kislyak
    fresh = follower.centrality(second, "pagerank", wait=SLOW)
    assert fresh is not None and fresh["stale"] is False and fresh["generation"] == second.generation


def test_background_nothing_yet_is_none():
    article, _ = kislyak_article()
    cache = NetworkCache(load(article))
    network = cache.get()
    with network._memo_lock:
        follower = Follower(cache)
        assert follower.centrality(network, "degree") is None
    assert follower.centrality(network, "degree", wait=SLOW) is not None


def test_background_http_503_with_retry_after_until_scores_exist(monkeypatch):
    article, _ = kislyak_article()
    app = create_app({"TESTING": True}, store=load(article))
    monkeypatch.setattr(explore, "CENTRALITY_WAIT", 0.0)
    held = hold_new_snapshots(app.extensions["newsgraph"].networks)
    client = app.test_client()
    response = client.get("/api/centrality?metric=pagerank")
    [network] = held
    network._memo_lock.release()
    assert response.status_code == 503 and response.headers["Retry-After"] == str(explore.RETRY_AFTER)
    assert response.get_json()["ok"] is False and "retry" in response.get_json()["error"]
    monkeypatch.setattr(explore, "CENTRALITY_WAIT", SLOW)
    body = client.get("/api/centrality?metric=pagerank").get_json()
    assert body["stale"] is False and body["generation"] == network.generation
