"""Evidence and documents read for an answer, not kept on the snapshot (graph.evidence)."""

from __future__ import annotations

from graphkit import Article, load

from graph.evidence import documents_of, evidence_of
from graph.network import NetworkCache, build_network
from graph.paths import shortest_paths


def test_evidence_path_answer_reads_each_hop_from_the_store(kislyak):
    answer = shortest_paths(kislyak.network, "Michael McFaul", "Michael Flynn")
    text = kislyak.article.text
    sentences = [
        e["text"] for hop in answer["paths"][0]["hops"] for r in hop["relations"] for e in r["evidence"]
    ]
    assert any("Michael McFaul told CNN" in s for s in sentences)  # the sentences the story states them in
    assert any("interactions with Kislyak" in s for s in sentences)
    for hop in answer["paths"][0]["hops"]:
        for relation in hop["relations"]:
            assert relation["evidence"] == evidence_of(kislyak.store, [relation["fact"]])[relation["fact"]]
            for evidence in relation["evidence"]:
                assert text[evidence["start"] : evidence["end"]] == evidence["text"]


def test_evidence_unknown_and_blank_facts_have_none(kislyak):
    facts = ["https://newsgraph.example/fact/none", "_:b0"]
    assert kislyak.network.evidence(facts) == {fact: [] for fact in facts}
    assert documents_of(kislyak.store, ["https://newsgraph.example/person/nobody"]) == {
        "https://newsgraph.example/person/nobody": {}
    }


def test_evidence_documents_follow_a_removal():
    first, second = Article("one", "First story"), Article("two")
    a = first.person("Ann One")
    second.person("Ann One")
    second.contact(a, second.person("Ben Two"))
    store = load(first, second)
    cache = NetworkCache(store)
    headlines = {first.iri: "First story", second.iri: "two"}
    assert cache.get().documents(a) == headlines
    assert cache.get().detail(a) == f'mentioned in "{headlines[min(headlines)]}"'  # the first by IRI
    cache.remove_document(first.iri)
    assert cache.get().documents(a) == {second.iri: "two"}
    assert cache.get().detail(a) == 'mentioned in "two"'
    assert cache.get().documents(a) == build_network(store).documents(a)


def test_evidence_takes_any_iterable_of_facts(kislyak):
    answer = shortest_paths(kislyak.network, "Michael McFaul", "Michael Flynn")
    facts = [r["fact"] for hop in answer["paths"][0]["hops"] for r in hop["relations"]]
    assert evidence_of(kislyak.store, iter(facts)) == evidence_of(kislyak.store, facts)
    people = ["https://newsgraph.example/person/michael-mcfaul"]
    assert documents_of(kislyak.store, iter(people)) == documents_of(kislyak.store, people) != {people[0]: {}}
