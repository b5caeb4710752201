"""Round 7b of attribution (issue 3): what a statement is about and who told whom. A clause of time in
a reported clause, a speaker's next act joined to the reported clause, quoted words inside reported
speech, and a title before a name that belongs to the subject of "said". Each rule has a sentence of
our own it must read and a near miss it must leave alone. No hold-out text, name or wording is used."""

from extract import extract_document
from extract.coref import role_words


def _statements(nlp, text):
    """(creators, about, givenTo, reportedBy) of each quotation, with entity names."""
    doc = extract_document(text, nlp=nlp)
    names = {e.iri: e.name for e in doc.entities}

    def named(fact, role):
        return {names[i] for i in fact.args.get(role, [])}

    return [
        (named(f, "creator"), named(f, "about"), named(f, "givenTo"), named(f, "reportedBy"))
        for f in doc.facts
        if f.kind == "quotation"
    ]


def _about(nlp, text):
    """Every topic of every quotation in ``text``."""
    return {name for _, about, _, _ in _statements(nlp, text) for name in about}


# --- a clause of time is no topic: "after X's inspectors left" (quotes.TIME_MARKS) -------------------


def test_statements_clause_of_time_is_no_topic(nlp):
    text = (
        "Lena Brandt said Vantor Freight kept loading trucks after the Transport Ministry closed the depot."
    )
    about = _about(nlp, text)
    assert "Vantor Freight" in about and "Transport Ministry" not in about


def test_statements_clause_of_reason_keeps_its_topic(nlp):
    text = (
        "Lena Brandt said Vantor Freight kept loading trucks because the Transport Ministry had approved "
        "the depot."
    )
    assert {"Vantor Freight", "Transport Ministry"} <= _about(nlp, text)


# --- "said A and denied B": the speaker's next act is no part of the statement (quotes._second_act) ----


def test_statements_joined_denial_is_no_topic_of_the_statement(nlp):
    text = (
        "Dana Hurst said Lena Okafor had acted lawfully and denied that Okafor had taken money from "
        "Brennan Mining."
    )
    about = _about(nlp, text)
    assert "Lena Okafor" in about and "Brennan Mining" not in about


def test_statements_second_reported_clause_keeps_its_topic(nlp):
    text = (
        "Dana Hurst said Lena Okafor had approved the deal and that Okafor had taken money from "
        "Brennan Mining."
    )
    assert {"Lena Okafor", "Brennan Mining"} <= _about(nlp, text)


def test_statements_joined_verb_of_the_clause_keeps_its_topic(nlp):
    text = "Dana Hurst said Lena Okafor had acted lawfully and had taken no money from Brennan Mining."
    assert "Brennan Mining" in _about(nlp, text)


# --- words quoted inside reported speech follow the clause's rules (quotes._in_adjunct on quotes) ------


def test_statements_quoted_phrase_of_manner_is_no_topic(nlp):
    text = 'Mara Voss said she had signed the lease "on the advice of Keller Homes" and broken no rule.'
    assert "Keller Homes" not in _about(nlp, text)


def test_statements_quoted_partner_is_a_topic(nlp):
    text = 'Mara Voss said she had signed the lease "with Keller Homes" and broken no rule.'
    assert "Keller Homes" in _about(nlp, text)


# --- "a spokeswoman said X": the title is the speaker's, not X's (coref._after_verb) -----------------


def test_statements_title_before_said_gives_the_named_person_no_gender(nlp):
    text = (
        'A ministry spokeswoman said Paul Ferrand would meet Anna Berg on Monday. "It was agreed," he '
        "told Le Matin."
    )
    assert ({"Paul Ferrand"}, set(), {"Le Matin"}, set()) in _statements(nlp, text)


def test_statements_title_before_said_is_no_role_of_the_named_person(nlp):
    roles, gender = role_words(nlp("A ministry spokeswoman said Paul Ferrand would attend on Monday."))
    assert "person:Paul Ferrand" not in gender and not roles.get("spokeswoman")


def test_statements_title_in_apposition_still_gives_role_and_gender(nlp):
    roles, gender = role_words(
        nlp("The ministry's spokeswoman, Claire Ferrand, said Paul Berg would attend.")
    )
    assert gender == {"person:Claire Ferrand": "f"} and roles["spokeswoman"] == {"person:Claire Ferrand"}
