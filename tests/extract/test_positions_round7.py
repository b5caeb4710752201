"""Round 7b of positions (issue 3): classes of construction the position rules missed or misread, fixed
as classes. Every rule has a sentence of our own (names, firms and wording not from any hold-out) that it
must read, and a near miss it must leave alone."""

import pytest
from factkit import holdings, posts

from extract.titles import role_of

# (text, member, (where, role head, rule prefix) that must be held, (where, role head) that must not);
# "where" is the organisation, else the jurisdiction
CASES = [
    # titles.role_of: a role named after "to / for / of the" behind a role word is the person served
    (
        "Daniel Mercer, an aide to the prime minister, said the budget was fair.",
        "Daniel Mercer",
        {(None, "aide", "role.apposition")},
        {(None, "minister")},
    ),
    (
        "Daniel Mercer, deputy head of the governor's office, said the budget was fair.",
        "Daniel Mercer",
        {(None, "head", "role.apposition")},
        {(None, "governor")},
    ),
    (  # near miss: with no article after "to", the place is where the envoy serves
        "Daniel Mercer, Kenya's ambassador to Ghana, said the budget was fair.",
        "Daniel Mercer",
        {("Ghana", "ambassador", "role.apposition")},
        set(),
    ),
    # role.career.hire: "was hired by ORG as TITLE" is that post at the organisation that hired
    (
        "Daniel Mercer was hired by Lisborne Capital as a consultant in 2015.",
        "Daniel Mercer",
        {("Lisborne Capital", "consultant", "role.career.hire")},
        set(),
    ),
    (  # near miss: praise by a firm is no post there
        "Daniel Mercer was praised by Lisborne Capital as a visionary leader.",
        "Daniel Mercer",
        set(),
        {("Lisborne Capital", "leader")},
    ),
    # role.career.lead: a passive relative clause on the organisation ("which is led by X")
    (
        "Lisborne Capital, which is led by Daniel Mercer, declined to comment.",
        "Daniel Mercer",
        {("Lisborne Capital", "head", "role.career.lead")},
        set(),
    ),
    (  # near miss: praise in the same shape
        "Lisborne Capital, which was praised by Daniel Mercer, declined to comment.",
        "Daniel Mercer",
        set(),
        {("Lisborne Capital", "head")},
    ),
    # role.career.found: the organisation a relative clause hangs on is what its subject founded or runs
    (
        "Kestrel Freight, which Daniel Mercer founded in 2001, won the contract.",
        "Daniel Mercer",
        {("Kestrel Freight", "founder", "role.career.found")},
        set(),
    ),
    (  # near misses: another verb, and the person as the object
        "Kestrel Freight, which Daniel Mercer criticised in 2001, won the contract.",
        "Daniel Mercer",
        set(),
        {("Kestrel Freight", "founder"), ("Kestrel Freight", "head")},
    ),
    (
        "Kestrel Freight, which sued Daniel Mercer in 2001, won the contract.",
        "Daniel Mercer",
        set(),
        {("Kestrel Freight", "founder"), ("Kestrel Freight", "head")},
    ),
    # role.career.appoint / elect: "appointed / elected to a named body" is a seat on it
    (
        "Daniel Mercer, who was elected to the Kenyan Senate in 2017, said the deal was unfair.",
        "Daniel Mercer",
        {("Kenyan Senate", "member", "role.career.elect")},
        set(),
    ),
    (  # near misses: to a term, to do something
        "Daniel Mercer was elected to a second term in 2017.",
        "Daniel Mercer",
        set(),
        {(None, "member")},
    ),
    (
        "Daniel Mercer was appointed to investigate Tarrow Bank in 2014.",
        "Daniel Mercer",
        set(),
        {("Tarrow Bank", "member")},
    ),
    # role.career.promote: "promoted to TITLE" is that post
    (
        "Daniel Mercer was promoted to chief risk officer of Tarrow Bank in 2014.",
        "Daniel Mercer",
        {("Tarrow Bank", "officer", "role.career.promote")},
        set(),
    ),
    (  # near miss: sent to a firm is no post
        "Daniel Mercer was sent to Tarrow Bank in 2014.",
        "Daniel Mercer",
        set(),
        {("Tarrow Bank", "member"), ("Tarrow Bank", "officer")},
    ),
    # role.title.plural: a plural title set off by commas before a list of names
    (
        "Two Tarrow Bank directors, Daniel Mercer and Alice Wambui, signed the deal.",
        "Alice Wambui",
        {("Tarrow Bank", "director", "role.title.plural")},
        set(),
    ),
    (  # near miss: the list not closed by a comma is the subject of its own verb
        "The directors, Daniel Mercer and Alice Wambui met on Monday.",
        "Alice Wambui",
        set(),
        {(None, "director")},
    ),
    # role.career.name / elect / appoint: a participle set off by commas after a name ("X, named ...,")
    (
        "Daniel Mercer, named chief executive of Tarrow Bank in 2019, told Reuters the bank would appeal.",
        "Daniel Mercer",
        {("Tarrow Bank", "executive", "role.career.name")},
        set(),
    ),
    (
        "Daniel Mercer, elected president of the Kenya Bankers Association in 2019, told Reuters it would "
        "appeal.",
        "Daniel Mercer",
        {("Kenya Bankers Association", "president", "role.career.elect")},
        set(),
    ),
    (
        "Daniel Mercer, appointed to Tarrow Bank's board in 2019, told Reuters the bank would appeal.",
        "Daniel Mercer",
        {("Tarrow Bank", "member", "role.career.appoint")},
        set(),
    ),
    (  # near misses: the person named someone else, or chose someone (no second comma)
        "Tarrow Bank's founder, Daniel Mercer, named Alice Wambui chairwoman in 2019.",
        "Daniel Mercer",
        {("Tarrow Bank", "founder", "role.title")},
        {("Tarrow Bank", "chairwoman")},
    ),
    (
        "The founder, Daniel Mercer, elected a president in 2019.",
        "Daniel Mercer",
        set(),
        {(None, "president")},
    ),
    (
        "Analysts say Daniel Mercer, appointed by the president in 2019, will resign.",
        "Daniel Mercer",
        set(),
        {(None, "president")},
    ),
    # role.career.report: "reports for OUTLET" is a reporter's post there
    (
        "Daniel Mercer, who reports for the Daily Beacon, wrote the story.",
        "Daniel Mercer",
        {("Daily Beacon", "reporter", "role.career.report")},
        set(),
    ),
    # role.career.run: a relative clause on a title that names its own organisation is a second post
    (
        "Daniel Mercer, a former Tarrow Bank director who now runs Kestrel Freight, declined to comment.",
        "Daniel Mercer",
        {("Kestrel Freight", "head", "role.career.run"), ("Tarrow Bank", "director", "role.apposition")},
        {("Kestrel Freight", "director")},
    ),
    (  # near miss (kept): a title with no organisation of its own is the post the clause describes
        "Daniel Mercer, a union organiser who worked for Kestrel Freight, declined to comment.",
        "Daniel Mercer",
        {("Kestrel Freight", "organiser", "role.career.work")},
        {("Kestrel Freight", "staff")},
    ),
    # role.career.be: "has been on X's board" is a seat on it
    (
        "Daniel Mercer, who has been on Tarrow Bank's board since 2015, signed the deal.",
        "Daniel Mercer",
        {("Tarrow Bank", "member", "role.career.be")},
        set(),
    ),
    (  # near miss: on a list is no seat
        "Daniel Mercer was on Tarrow Bank's list of suspects.",
        "Daniel Mercer",
        set(),
        {("Tarrow Bank", "member")},
    ),
    (  # near miss: reporting for work names no employer
        "Daniel Mercer reported for work at Tarrow Bank on Monday.",
        "Daniel Mercer",
        set(),
        {("Tarrow Bank", "reporter")},
    ),
]


@pytest.mark.parametrize(("text", "member", "held", "not_held"), CASES)
def test_positions_round7b(nlp, text, member, held, not_held):
    found = holdings(nlp, text, member)
    for at, role, rule in held:
        assert any(o == at and r == role and f.startswith(rule) for o, r, f in found), found
    assert not {(at, role) for at, role, _ in found} & not_held, found


@pytest.mark.parametrize(
    ("words", "role"),
    [
        ("an adviser to the prime minister", "adviser"),
        ("a lawyer for the mayor", "lawyer"),
        ("chief of staff to the president", "chief of staff"),
        ("Speaker of the House", "speaker of the house"),
        ("former U.S. Ambassador to Russia", "ambassador"),
        ("the president 's lawyer", "lawyer"),
    ],
)
def test_role_of_person_served(words, role):
    """The role before "to / for / of the" wins over a role named after it (the person served)."""
    assert role_of(words.split()) == role


@pytest.mark.parametrize(
    ("text", "former"),
    [
        ("Daniel Mercer, until recently chief executive of Tarrow Bank, declined to comment.", True),
        ("Daniel Mercer, at the time chief executive of Tarrow Bank, signed the deal.", True),
        ("Daniel Mercer, chief executive of Tarrow Bank, signed the deal.", False),
    ],
)
def test_time_phrase_before_apposed_title(nlp, text, former):
    """role.apposition: "until recently / at the time" before a title is that post, held before."""
    found, _, _ = posts(nlp, text)
    assert {(p["at"], p["role"], p["former"]) for p in found if p["member"] == "Daniel Mercer"} == {
        ("Tarrow Bank", "chief executive", former)
    }


def test_time_phrase_before_other_words_is_no_title(nlp):
    """Near miss: "at the time of the deal" after a name describes no post."""
    found, _, _ = posts(nlp, "Daniel Mercer, at the time of the deal, was abroad.")
    assert not [p for p in found if p["member"] == "Daniel Mercer"]


def test_whose_title_is_a_person_gives_the_post(nlp):
    """role.career.whose: "ORG, whose chief executive is X," is X's post at ORG."""
    text = "Kestrel Freight, whose chief executive is Daniel Mercer, declined to comment."
    assert ("Kestrel Freight", "executive", "role.career.whose") in holdings(nlp, text, "Daniel Mercer")


def test_whose_noun_that_names_no_post_gives_nothing(nlp):
    # near miss: a critic is no post at the firm
    text = "Kestrel Freight, whose biggest critic is Daniel Mercer, declined to comment."
    assert not holdings(nlp, text, "Daniel Mercer")
