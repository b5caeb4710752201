"""The seed article comes out right: people, outlets, credits, the demo path, evidence."""

from rdflib import RDF, URIRef
from seed_expectations import OUTLETS, PEOPLE

from ontology import NG, SCHEMA


def names_of(graph, cls):
    return sorted(str(graph.value(s, SCHEMA.name)) for s in graph.subjects(RDF.type, cls))


def test_seed_people_each_exactly_once(seed):
    rows = seed.graph.query("SELECT ?n WHERE { ?p a schema:Person ; schema:name ?n }")
    names = [str(r.n) for r in rows]
    assert sorted(names) == sorted(PEOPLE)


def test_seed_outlets_are_news_organisations(seed):
    assert set(names_of(seed.graph, SCHEMA.NewsMediaOrganization)) == OUTLETS


def test_seed_no_caption_or_bad_entity(seed):
    names = {e.name for e in seed.entities}
    for bad in (
        "Susan Walsh",
        "Brendan Smialowski",
        "Jacquelyn Martin",
        "Underneath Kislyak's",
        "New York",
        "Getty Images",
    ):
        assert bad not in names
    kislyak = [e for e in seed.entities if e.name == "Sergey Kislyak"]
    assert [e.type for e in kislyak] == ["person"]


def test_seed_credits_are_image_credits_only(seed):
    credits = [f for f in seed.facts if f.kind == "image_credit"]
    assert {f.values["photographer"] for f in credits} == {
        "Susan Walsh",
        "Brendan Smialowski",
        "Jacquelyn Martin",
        None,
    }
    for fact in credits:
        assert not fact.args


def test_seed_demo_path_mcfaul_kislyak_flynn(seed):
    labels = {f.label for f in seed.facts}
    assert "Michael McFaul told CNN about Sergey Kislyak" in labels
    assert "Michael Flynn interacted with Sergey Kislyak" in labels


def test_seed_every_fact_has_evidence_that_slices(seed):
    for fact in seed.facts:
        assert fact.evidence, fact
        for sentence, start, end in fact.evidence:
            assert seed.text[start:end] == sentence
        assert 0 <= fact.confidence <= 1


def test_seed_graph_evidence_nodes(seed):
    for fact in seed.graph.subjects(RDF.type, NG.Fact):
        evidence = list(seed.graph.objects(fact, NG.evidence))
        assert evidence
        for node in evidence:
            start = seed.graph.value(node, NG.start).toPython()
            end = seed.graph.value(node, NG.end).toPython()
            assert seed.text[start:end] == str(seed.graph.value(node, NG.sentence))
        assert (fact, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"), URIRef(seed.iri)) in seed.graph
