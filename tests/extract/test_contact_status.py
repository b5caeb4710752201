"""Contacts between several people, "the two leaders", and contacts that did not (yet) happen.

A contact the text plans, imagines, denies or negates is a ``contact_mention`` with a status
(ng:ContactMention): never an ng:Contact, never a projection edge, never a ng:contactWith shortcut.
"""

import pytest
from rdflib import URIRef
from rdflib.namespace import RDF

from extract import extract_document
from extract.evaluate import edges
from ontology import NG
from ontology.validate import validate

PAIRS = [
    # (sentence, the pairs that met; one contact each)
    ("Donald Trump and Vladimir Putin met in Helsinki.", {("Donald Trump", "Vladimir Putin")}),
    (
        "Sergey Kislyak met with Michael Flynn and Jared Kushner.",
        {("Michael Flynn", "Sergey Kislyak"), ("Jared Kushner", "Sergey Kislyak")},
    ),
    (
        "Narendra Modi, Shinzo Abe and Xi Jinping met in Osaka.",
        {("Narendra Modi", "Shinzo Abe"), ("Narendra Modi", "Xi Jinping"), ("Shinzo Abe", "Xi Jinping")},
    ),
    (
        "Joe Biden flew to Geneva to see Vladimir Putin. The two leaders met for three hours.",
        {("Joe Biden", "Vladimir Putin")},
    ),
    (
        "Olaf Scholz and Giorgia Meloni arrived in Rome on Monday. Both leaders spoke for an hour.",
        {("Giorgia Meloni", "Olaf Scholz")},
    ),
]

PAIR_NEAR_MISS = [
    # three people named before: "the two leaders" is ambiguous
    "Joe Biden, Vladimir Putin and Xi Jinping were in Geneva. The two leaders met for three hours.",
    # nobody named before
    "The two leaders met for three hours.",
    # only one person named before
    "Joe Biden arrived in Geneva. The two leaders met for three hours.",
]

STATUS = [
    # (sentence, status); each must give a contact_mention and no contact
    ("Donald Trump will meet Vladimir Putin in Helsinki.", "planned"),
    ("Donald Trump plans to meet Vladimir Putin next month.", "planned"),
    ("Emmanuel Macron is scheduled to meet Xi Jinping on Monday.", "planned"),
    ("Boris Johnson is expected to meet Leo Varadkar.", "planned"),
    ("Donald Trump is going to meet Kim Jong Un.", "planned"),
    ("Justin Trudeau will hold talks with Joe Biden.", "planned"),
    ("Donald Trump could meet Vladimir Putin later this year.", "hypothetical"),
    ("Jeff Sessions denied meeting Sergey Kislyak.", "denied"),
    ("Jeff Sessions denied that he met Sergey Kislyak.", "denied"),
    ("Jeff Sessions denied any contacts with Sergey Kislyak.", "denied"),
    ("Jeff Sessions never met Sergey Kislyak.", "negated"),
    ("Jared Kushner did not speak with Sergey Kislyak.", "negated"),
    ("Viktor Orban refused to meet Volodymyr Zelensky.", "negated"),
]

OCCURRED = [
    # near misses of the status rules: these contacts did happen
    "Jeff Sessions said he met Sergey Kislyak twice.",
    "Jeff Sessions met Sergey Kislyak, but denied discussing the campaign.",
    "Donald Trump met Vladimir Putin after he had planned the trip for months.",
]


def _names(document):
    return {e.iri: e.name for e in document.entities}


def _pairs(document, kind):
    names = _names(document)
    return {tuple(sorted(names[i] for i in f.args["participant"])) for f in document.facts if f.kind == kind}


@pytest.mark.parametrize(("text", "pairs"), PAIRS, ids=[p[0][:40] for p in PAIRS])
def test_contact_one_per_pair(nlp, text, pairs):
    document = extract_document(text, nlp=nlp)
    assert _pairs(document, "contact") == pairs
    for fact in document.facts:
        if fact.kind == "contact":
            assert len(fact.args["participant"]) == 2 and fact.evidence


def test_contact_two_leaders_rule_and_evidence(nlp):
    text = PAIRS[3][0]
    document = extract_document(text, nlp=nlp)
    (fact,) = [f for f in document.facts if f.kind == "contact"]
    assert fact.rule == "contact.verb.meet+coref.plural" and fact.confidence < 0.85
    # the sentence that names the two is evidence too
    assert [e[0] for e in fact.evidence] == [
        "Joe Biden flew to Geneva to see Vladimir Putin.",
        "The two leaders met for three hours.",
    ]


@pytest.mark.parametrize("text", PAIR_NEAR_MISS)
def test_contact_two_leaders_near_miss(nlp, text):
    document = extract_document(text, nlp=nlp)
    assert not [f.label for f in document.facts if "plural" in f.rule]


@pytest.mark.parametrize(("text", "status"), STATUS, ids=[s[0][:40] for s in STATUS])
def test_contact_status_not_a_contact(nlp, text, status):
    document = extract_document(text, nlp=nlp)
    assert _pairs(document, "contact") == set(), [f.label for f in document.facts]
    mentions = [f for f in document.facts if f.kind == "contact_mention"]
    assert len(mentions) == 1, [(f.rule, f.label) for f in document.facts]
    assert mentions[0].values["status"] == status
    assert mentions[0].rule.endswith(f"+modality.{status}")
    names = _names(document)
    assert (
        edges("contact_mention", {"participant": [names[i] for i in mentions[0].args["participant"]]})
        == set()
    )


@pytest.mark.parametrize("text", OCCURRED)
def test_contact_status_near_miss(nlp, text):
    document = extract_document(text, nlp=nlp)
    assert _pairs(document, "contact") == {("Jeff Sessions", "Sergey Kislyak")} or _pairs(
        document, "contact"
    ) == {("Donald Trump", "Vladimir Putin")}
    assert not [f for f in document.facts if f.kind == "contact_mention"]


def test_contact_status_rdf(nlp):
    document = extract_document("Jeff Sessions denied meeting Sergey Kislyak.", nlp=nlp)
    graph = document.graph
    (fact,) = [f for f in document.facts if f.kind == "contact_mention"]
    node = URIRef(fact.iri)
    assert (node, RDF.type, NG.ContactMention) in graph
    assert (node, RDF.type, NG.Contact) not in graph
    assert str(graph.value(node, NG.status)) == "denied"
    assert not list(graph.triples((None, NG.contactWith, None)))
    assert fact.label == "Jeff Sessions denied meeting Sergey Kislyak"
    assert validate(graph).conforms, validate(graph).text
