"""Round 3 (issue 3, session 3): entity types from the sentence, not the name. Unknown news outlets
named by attribution grammar, and companies the model took for people; each rule has a sentence it
must match and a near miss it must leave alone (sentences written for these tests)."""

import pytest

from extract import extract_document


def types_of(nlp, text):
    return {e.name: e.type for e in extract_document(text, nlp=nlp).entities}


OUTLET_MATCHES = [
    # told an unknown name the model left untagged
    ("Two farmers told Kwelanga24 that the dam had been empty since March.", "Kwelanga24"),
    # the agent of "was quoted by", a name the model takes for a date
    ("Thandi Maseko was quoted by Market Day as saying that the port would close.", "Market Day"),
    # the subject of "reported that"
    ("On Monday, Rivierpost reported that the regulator would fine the bank.", "Rivierpost"),
    # an outlet noun after the name carries the construction: "told X radio"
    ("“I signed nothing,” the governor told DWKQ radio on Sunday.", "DWKQ"),
    # the title's own article after an outlet noun: "the daily Het X"
    ("He told the Flemish daily Het Brugse Nieuws that the harbour deal was off.", "Het Brugse Nieuws"),
]


@pytest.mark.parametrize(("text", "name"), OUTLET_MATCHES)
def test_context_types_outlet_by_attribution(nlp, text, name):
    types = types_of(nlp, text)
    assert types.get(name) == "outlet", types


OUTLET_NEAR_MISSES = [
    ("Two farmers told Mary Dlamini that the dam had been empty since March.", "Mary Dlamini", "person"),
    ("Thandi Maseko was quoted by Dr. Pillay as saying that the port would close.", "Pillay", "person"),
    ("Peter Ndlovu reported on Monday that the regulator would fine the bank.", "Peter Ndlovu", "person"),
    ("The regulator fined the bank, according to the ministry.", None, None),
    ("“I signed nothing,” the governor told Ohio radio on Sunday.", "Ohio", None),
]


@pytest.mark.parametrize(("text", "name", "kind"), OUTLET_NEAR_MISSES)
def test_context_types_outlet_near_misses(nlp, text, name, kind):
    types = types_of(nlp, text)
    assert "outlet" not in types.values(), types
    if name is not None and kind is not None:
        assert types.get(name) == kind, types


def test_context_types_speaking_to_an_organisation_name(nlp):
    text = "Speaking to KTVN, the mayor said the bridge would reopen in May."
    assert types_of(nlp, text).get("KTVN") == "outlet", types_of(nlp, text)
    near = types_of(nlp, "Speaking to Mary Dlamini, the mayor said the bridge would reopen in May.")
    assert near.get("Mary Dlamini") == "person", near


def test_context_types_reported_a_profit_is_no_outlet(nlp):
    types = types_of(nlp, "Brantwell Foods reported a profit of $3 million on Monday.")
    assert "outlet" not in types.values(), types


FIRM_MATCHES = [
    # where staff work, every name of the list
    ("Sales managers at Ndlovu Holdings, Sibanye Generics and Kromvale had agreed on prices.", "Kromvale"),
    (
        "Sales managers at Ndlovu Holdings, Sibanye Generics and Kromvale had agreed on prices.",
        "Sibanye Generics",
    ),
    # "X's managing director", one mention naming the others
    ("Kromvale's managing director resigned. Kromvale denied wrongdoing.", "Kromvale"),
    # "its" pointing back to the subject in the next sentence
    ("Kromvale rejected the claims. Its lawyers said the tender was fair.", "Kromvale"),
    # "X said in a statement", one unknown word
    ("Kromvale said in a statement that the tender was fair.", "Kromvale"),
]


@pytest.mark.parametrize(("text", "name"), FIRM_MATCHES)
def test_context_types_firm_not_person(nlp, text, name):
    types = types_of(nlp, text)
    assert types.get(name) == "organization", types


FIRM_NEAR_MISSES = [
    ("Sales managers met Mary Dlamini and Peter Ndlovu at the hotel.", "Mary Dlamini"),
    ("Peter Ndlovu's lawyer resigned. Ndlovu denied wrongdoing.", "Peter Ndlovu"),
    ("Peter Ndlovu rejected the claims. His lawyers said the tender was fair.", "Peter Ndlovu"),
    ("Peter Ndlovu said the company had cut its prices.", "Peter Ndlovu"),
    ("Peter Ndlovu resigned on Monday. Ndlovu said in a statement that the tender was fair.", "Peter Ndlovu"),
]


@pytest.mark.parametrize(("text", "name"), FIRM_NEAR_MISSES)
def test_context_types_firm_near_misses(nlp, text, name):
    types = types_of(nlp, text)
    assert types.get(name) == "person", types


def test_context_types_dateline_is_never_a_firm(nlp):
    # the parser may hang the dateline on the first clause's verb, and "its" then points back at it
    text = (
        "Ndlovu board removes chief executive\n\n"
        "DURBAN, South Africa — The board of Kromvale, a maker of generic drugs, on Friday removed its "
        "chief executive, days after a supplier accused him of hiding losses.\n"
    )
    types = types_of(nlp, text)
    assert types.get("Durban", types.get("DURBAN")) == "place", types
