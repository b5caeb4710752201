"""Round 11 of positions and advice (issue 3): house-style constructions that recurred in at least two
fresh articles (a post read past a second title or a form of address, "Minister of PORTFOLIO", a
qualified trade noun, passive advice by a firm's office or from a definite noun), fixed as classes.
Every rule has a sentence of our own (names, organisations and wording not from any hold-out) that it
must read, and a near miss it must leave alone."""

import pytest
from factkit import holdings, linked, posts

# (text, member, (where, role head, rule prefix) that must be held, (where, role head) that must not)
CASES = [
    # role.career.be: a qualifying role word and the trade noun after it are one post
    (
        "Marta Halvorsen was chief engineer at Brannock Heavy Industries between 2014 and 2018.",
        "Marta Halvorsen",
        {("Brannock Heavy Industries", "engineer", "role.career.be")},
        {("Brannock Heavy Industries", "chief")},
    ),
    (  # ... and a qualified trade of a place keeps the place as its jurisdiction
        "Tobias Renfrew was deputy port master of Aberdeen until 2019.",
        "Tobias Renfrew",
        {("Aberdeen", "master", "role.career.be")},
        {("Aberdeen", "deputy")},
    ),
    (  # near miss: "chief of staff" stays the one post it is
        "Tobias Renfrew was chief of staff at Brannock Heavy Industries until 2019.",
        "Tobias Renfrew",
        {("Brannock Heavy Industries", "staff", "role.career.be")},
        {("Brannock Heavy Industries", "chief")},
    ),
    # role.title+owner.portfolio: "Minister of PORTFOLIO" heads the ministry with those words
    (
        "The Ministry of Fisheries and Coastal Affairs issued a statement. The Minister of Fisheries and "
        "Coastal Affairs, Hon. Marcia Greaves-Lowe, said the quota was fair.",
        "Marcia Greaves-Lowe",
        {("Ministry of Fisheries and Coastal Affairs", "minister", "role.title.addressed+owner.portfolio")},
        set(),
    ),
    (  # near miss: a ministry of another portfolio is not hers
        "The Ministry of Education issued a statement. The Minister of Fisheries and Coastal Affairs, "
        "Hon. Marcia Greaves-Lowe, said the quota was fair.",
        "Marcia Greaves-Lowe",
        {(None, "minister", "role.title")},
        {("Ministry of Education", "minister")},
    ),
    # role.title.stacked: "POST, TITLE NAME,": both posts are the person's
    (
        "The Ministry of Fisheries and Coastal Affairs issued a statement. The Minister of Fisheries and "
        "Coastal Affairs, Senator Dr. Marcia Greaves-Lowe, said the quota was fair.",
        "Marcia Greaves-Lowe",
        {
            ("Ministry of Fisheries and Coastal Affairs", "minister", "role.title.stacked"),
            (None, "senator", "role.title"),
        },
        set(),
    ),
    (  # near miss: a noun before the comma that names no post gives none
        "The bill's sponsor, Senator Marcia Greaves-Lowe, said the quota was fair.",
        "Marcia Greaves-Lowe",
        {(None, "senator", "role.title")},
        {(None, "sponsor")},
    ),
    # role.title.addressed: Gulf "HE", Malaysian "Ir." split by the tokenizer, "Attorney" after a post
    (
        "The Fujairah Maritime Authority said it would appeal. The authority's director general, HE Dr. "
        "Khalid bin Nasser Al Dhaheri, said the ruling was wrong.",
        "Khalid bin Nasser Al Dhaheri",
        {("Fujairah Maritime Authority", "general", "role.title.addressed")},
        set(),
    ),
    (
        "The Penang Drainage Board met on Monday. Board chairman Datuk Ir. Chong Wai Keat said the "
        "plan was sound.",
        "Chong Wai Keat",
        {("Penang Drainage Board", "chairman", "role.title.addressed")},
        set(),
    ),
    (
        "Sarnel Robotics sold the drones. The company's lawyer, Attorney Yoav Ben-Harush of Kessler "
        "Adani & Co., said the sale was legal.",
        "Yoav Ben-Harush",
        {("Kessler Adani & Co.", "lawyer", "role.title.addressed")},
        {("Kessler Adani & Co.", "attorney")},
    ),
    (  # near miss: "Attorney" with no post before it is the post
        "Attorney Yoav Ben-Harush said the sale was legal.",
        "Yoav Ben-Harush",
        {(None, "attorney", "role.title")},
        set(),
    ),
]


@pytest.mark.parametrize("text, member, wanted, unwanted", CASES)
def test_roles_round11_positions(nlp, text, member, wanted, unwanted):
    held = holdings(nlp, text, member)
    for where, role, rule in wanted:
        assert any(h[:2] == (where, role) and h[2].startswith(rule) for h in held), held
    assert not {h[:2] for h in held} & unwanted, held


def test_roles_round11_lawyer_at_firm_acts_for_client(nlp):
    """represents.client: "CLIENT's lawyer, X of FIRM": X works at the firm and acts for the client."""
    text = (
        "Halcyon Freight's lawyer, Trevor Blackwood of Myers Fletcher & Gordon, said the firm would appeal."
    )
    positions, represents, _ = posts(nlp, text)
    assert ("Trevor Blackwood", "Halcyon Freight") in represents
    assert ("Trevor Blackwood", "Myers Fletcher & Gordon") not in represents
    assert [p["org"] for p in positions if p["member"] == "Trevor Blackwood"] == ["Myers Fletcher & Gordon"]


ADVICE = [
    # advice.verb.passive_noun: "The shipyard has been advised by Y": the one shipyard the text names
    (
        "The Halden Naval Shipyard was fined. The shipyard has been advised on fire safety since 2019 by "
        "Norrland Engineering, a Bergen firm.",
        {("Norrland Engineering", "Halden Naval Shipyard")},
    ),
    (  # near miss: no shipyard named, no advisee
        "The shipyard has been advised on fire safety since 2019 by Norrland Engineering, a Bergen firm.",
        set(),
    ),
    # advice.verb.office_of: "by the Prague office of the law firm Y": Y advised
    (
        "The Ministry of Regional Development sought approval. The ministry has been advised on the "
        "notification since 2023 by the Brno office of the law firm Morava Legal.",
        {("Morava Legal", "Ministry of Regional Development")},
    ),
    (  # near miss: the office of a person is no firm advising
        "The Ministry of Regional Development sought approval. The ministry has been advised on the "
        "notification by the office of Senator Marek Dvorak.",
        set(),
    ),
    # advice.verb.and_by: "by Y, a consultancy, and by Z": both advised
    (
        "Brannock Homes was advised on the application by Lantern Hill Strategies, a Hartford "
        "consultancy, and by former state Sen. Walter P. Okafor-Lund, a Republican.",
        {("Lantern Hill Strategies", "Brannock Homes"), ("Walter P. Okafor-Lund", "Brannock Homes")},
    ),
]


@pytest.mark.parametrize("text, pairs", ADVICE)
def test_roles_round11_advice(nlp, text, pairs):
    found = {(a, b) for a, b, _ in linked(nlp, text, "advice", "agent", "advisee")}
    assert found == pairs, found
