"""Who is at the centre: degree, betweenness and PageRank rankings."""

from __future__ import annotations

import networkx as nx
import pytest
from graphkit import Article, load

from graph.centrality import centrality, pagerank
from graph.errors import InvalidParameterError
from graph.network import build_network


@pytest.mark.parametrize("metric", ["betweenness", "pagerank", "degree"])
def test_centrality_kislyak_is_at_the_heart(kislyak, metric):
    answer = centrality(kislyak.network, metric)
    assert answer["metric"] == metric
    assert answer["entities"][0]["name"] == "Sergey Kislyak"
    scores = [e["score"] for e in answer["entities"]]
    assert scores == sorted(scores, reverse=True)
    assert all(set(e) == {"iri", "name", "type", "score"} for e in answer["entities"])


def test_centrality_filters_by_type_and_limits(kislyak):
    outlets = centrality(kislyak.network, "degree", type="outlet")
    assert [e["name"] for e in outlets["entities"]] == ["CNN"]
    top = centrality(kislyak.network, "betweenness", limit=2)
    assert len(top["entities"]) == 2
    assert centrality(kislyak.network, "degree", limit=0)["entities"] == []


def test_centrality_star_centre_and_ties_by_name():
    article = Article("star")
    centre = article.person("Zed Centre")
    for name in ("Bea", "Abe", "Cal"):
        article.contact(centre, article.person(name))
    answer = centrality(build_network(load(article)), "betweenness")
    assert [(e["name"], e["score"]) for e in answer["entities"]] == [
        ("Zed Centre", 1.0),
        ("Abe", 0.0),
        ("Bea", 0.0),
        ("Cal", 0.0),
    ]


def test_centrality_empty_graph():
    network = build_network(load())
    for metric in ("betweenness", "pagerank", "degree"):
        assert centrality(network, metric) == {"metric": metric, "entities": []}


def test_centrality_pagerank_matches_networkx(grid):
    ours = pagerank(grid.network.graph)
    reference = nx.algorithms.link_analysis.pagerank_alg._pagerank_python(grid.network.graph, tol=1e-12)
    assert ours.keys() == reference.keys()
    assert all(abs(ours[n] - reference[n]) < 1e-6 for n in ours)
    assert abs(sum(ours.values()) - 1.0) < 1e-9


def test_centrality_is_cached_per_snapshot(kislyak):
    first = centrality(kislyak.network, "pagerank")
    assert centrality(kislyak.network, "pagerank") == first


@pytest.mark.parametrize(
    ("options", "message"),
    [({"metric": "closeness"}, "metric"), ({"type": "people"}, "entity type"), ({"limit": -1}, "limit")],
)
def test_centrality_rejects_bad_options(kislyak, options, message):
    with pytest.raises(InvalidParameterError, match=message):
        centrality(kislyak.network, **options)
