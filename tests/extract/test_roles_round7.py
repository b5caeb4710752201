"""Round 7 of positions, structure and contacts (issue 3): classes of error seen on unseen news, fixed as
classes. Every rule has a sentence of our own (names, organisations and wording not from any hold-out)
that it must read, and a near miss it must leave alone."""

import pytest
from factkit import contacts, holdings, linked, part_of, posts

# (text, member, (where, role head, rule prefix) that must be held, (where, role head) that must not);
# "where" is the organisation, else the jurisdiction
CASES = [
    # role.title: "NAME of the Belgian management company ORG": the name after adjectives and nouns
    (
        "The sprinter Marta Lindqvist was suspended on Monday. Lindqvist's agent, Pieter de Groot of the "
        "Belgian management company Velotalent Partners, said she would appeal.",
        "Pieter de Groot",
        {("Velotalent Partners", "agent", "role.title")},
        set(),
    ),
    (
        "Tribal Chief Ruth Okemaw of the Red Pine Lake Cree Nation said the band would sue.",
        "Ruth Okemaw",
        {("Red Pine Lake Cree Nation", "chief", "role.title")},
        set(),
    ),
    (  # near miss: "of the city of X" names a town, not an employer
        "Lindqvist's agent, Pieter de Groot of the Belgian city of Ghent, said she would appeal.",
        "Pieter de Groot",
        set(),
        {("Ghent", "agent")},
    ),
    # role.career.own / run: "ORG, a Tromsø firm owned by X": the named firm, not the common noun
    (
        "The largest order went to Nordvik Marine Supplies, a Tromsø firm owned by Lars Henriksen-Aalto.",
        "Lars Henriksen-Aalto",
        {("Nordvik Marine Supplies", "owner", "role.career.own")},
        set(),
    ),
    (  # near miss: praise is no ownership
        "The largest order went to Nordvik Marine Supplies, a Tromsø firm praised by Lars Henriksen-Aalto.",
        "Lars Henriksen-Aalto",
        set(),
        {("Nordvik Marine Supplies", "owner"), ("Nordvik Marine Supplies", "head")},
    ),
    # role.career.run: a place before a common noun says where the thing run is, not a jurisdiction
    (
        "Runners train in Eldoret before races. Anders Lund has run the Eldoret camp since 2016.",
        "Anders Lund",
        {(None, "head", "role.career.run")},
        {("Eldoret", "head")},
    ),
    # role.career.spend.left: "spent N years at X, leaving in YEAR (as TITLE)": a former post there
    (
        "Gemma Royce, 52, spent nine years at Unilever, leaving in 2012 as vice-president of marketing, "
        "and has led Brandwell Ltd since 2015.",
        "Gemma Royce",
        {("Unilever", "vice-president", "role.career.spend.left")},
        {("Unilever", "staff")},
    ),
    (
        "Greta Lind spent twelve years at Siemens, leaving in 2019, and now runs a bakery.",
        "Greta Lind",
        {("Siemens", "staff", "role.career.spend.left")},
        set(),
    ),
    # role.career.join: "joining X as TITLE" is that post at X, not a bare membership
    (
        "Tomasz Wierzbicki spent six years at Orlen Group before joining Baltek Energy as finance director "
        "in 2016.",
        "Tomasz Wierzbicki",
        {("Baltek Energy", "director", "role.career.join"), ("Orlen Group", "staff", "role.career.spend")},
        {("Baltek Energy", "member")},
    ),
    (  # near miss: joining with no post named stays a membership
        "Tomasz Wierzbicki spent six years at Orlen Group before joining Baltek Energy in 2016.",
        "Tomasz Wierzbicki",
        {("Baltek Energy", "member", "role.career.join")},
        {("Baltek Energy", "director")},
    ),
    # role.title: "REGION police commander Supt. X": the post before an abbreviated rank
    (
        "Rift Valley police commander Supt. Samuel Otieno said officers were deployed.",
        "Samuel Otieno",
        {("Rift Valley", "commander", "role.title")},
        set(),
    ),
    (  # near miss: a rank alone is no post
        "Supt. Samuel Otieno said officers were deployed.",
        "Samuel Otieno",
        set(),
        {(None, "superintendent"), (None, "commander")},
    ),
    # role.title+owner.chamber: an auditor-general heads the one audit body the article names
    (
        "Auditor-General Martha Kiprono said the audit found gaps. The Kenya National Audit Office "
        "published the report.",
        "Martha Kiprono",
        {("Kenya National Audit Office", "auditor-general", "role.title+owner.chamber")},
        set(),
    ),
    (  # near miss: with two audit bodies named, neither
        "Auditor-General Martha Kiprono said the audit found gaps. The Kenya National Audit Office and "
        "the Uganda National Audit Office published reports.",
        "Martha Kiprono",
        {(None, "auditor-general", "role.title")},
        {("Kenya National Audit Office", "auditor-general")},
    ),
    # role.apposition: occupations of health and teaching are roles
    (
        "Marek Novak, a pharmacist, said supplies ran short.",
        "Marek Novak",
        {(None, "pharmacist", "role.apposition")},
        set(),
    ),
    (
        "Sofia Lindqvist, a nurse at Karolinska University Hospital, said beds were full.",
        "Sofia Lindqvist",
        {("Karolinska University Hospital", "nurse", "role.apposition")},
        set(),
    ),
    (  # near miss: a patient is no post
        "Sofia Lindqvist, a patient at Karolinska University Hospital, said beds were full.",
        "Sofia Lindqvist",
        set(),
        {("Karolinska University Hospital", "patient"), ("Karolinska University Hospital", "staff")},
    ),
    # role.career.coach: "coached at ORG" is a coach's post there
    (
        "Petra Hollis, who coached at the Canadian Swimming Federation from 2005 to 2012, declined to comment.",
        "Petra Hollis",
        {("Canadian Swimming Federation", "coach", "role.career.coach")},
        set(),
    ),
    (  # near miss: coaching a team to a medal names no employer
        "Petra Hollis, who coached the Canadian Swimming Federation's relay team to gold, declined to comment.",
        "Petra Hollis",
        set(),
        {("Canadian Swimming Federation", "coach")},
    ),
    # owner.head: "the nation's lawyer" is the nation named in the sentence before, not the salient one
    (
        "The Lakeshore First Nation opposes the line. The Lakeshore First Nation has sued before, and the "
        "Lakeshore First Nation's elders spoke. Chief Anna Cardinal of the Birch River First Nation said "
        "the nation would go to court. The nation's lawyer, Peter Hale, filed the motion.",
        "Peter Hale",
        {("Birch River First Nation", "lawyer", "role.title+owner.head")},
        {("Lakeshore First Nation", "lawyer")},
    ),
    (  # near miss: with both named in the sentence before, that sentence does not choose
        "The Lakeshore First Nation opposes the line. The Lakeshore First Nation has sued before, and the "
        "Lakeshore First Nation's elders spoke. Chief Anna Cardinal of the Birch River First Nation said "
        "the Lakeshore First Nation would go to court. The nation's lawyer, Peter Hale, filed the motion.",
        "Peter Hale",
        set(),
        {("Birch River First Nation", "lawyer")},
    ),
    # coref.org_noun: "the charity" is one of the bodies named near that is no company, never the
    # article's most mentioned body further up
    (
        "The National Health Board set the price. The National Health Board met suppliers, and the National "
        "Health Board's unit reviewed costs. Dublin Pharma, the Dublin-based company that sells the drug, "
        "refused. Asthma Society Ireland chief executive Niamh Walsh said patients had been let down by "
        "Dublin Pharma. Walsh has led the charity since 2015.",
        "Niamh Walsh",
        {("Asthma Society Ireland", "executive", "role.title")},
        {("Dublin Pharma", "head"), ("National Health Board", "head")},
    ),
    # owner.its: "advised by Y, a Leeds consultancy. Its founding partner": Y, the one just described
    (
        "Kellerman Foods has been advised on exports since 2019 by Marlow Trade Partners, a Leeds "
        "consultancy. Its founding partner, Ruth Ames, declined to comment.",
        "Ruth Ames",
        {("Marlow Trade Partners", "partner", "role.title+owner.its")},
        {("Kellerman Foods", "partner")},
    ),
    (  # near miss: with no description, "its" stays the sentence's subject
        "Kellerman Foods has been advised on exports since 2019 by Marlow Trade Partners. Its chief "
        "executive, Ruth Ames, declined to comment.",
        "Ruth Ames",
        {("Kellerman Foods", "executive", "role.title+owner.its")},
        {("Marlow Trade Partners", "executive")},
    ),
    # role.title: "TOWN Mayor X, who led the TOWN council from A to B": one post, the mayor's, with years
    (
        "Former Ravenna Mayor Lucia Ferri, who led Ravenna City Council from 2004 to 2014, is not a defendant.",
        "Lucia Ferri",
        {("Ravenna", "mayor", "role.title")},
        {("Ravenna City Council", "head")},
    ),
    (  # near miss: leading a firm is a second post
        "Former Ravenna Mayor Lucia Ferri, who led Adriatica Holdings from 2004 to 2014, is not a defendant.",
        "Lucia Ferri",
        {("Ravenna", "mayor", "role.title"), ("Adriatica Holdings", "head", "role.career.lead")},
        set(),
    ),
]


@pytest.mark.parametrize(("text", "member", "held", "not_held"), CASES)
def test_positions_round7(nlp, text, member, held, not_held):
    found = holdings(nlp, text, member)
    for at, role, rule in held:
        assert any(o == at and r == role and f.startswith(rule) for o, r, f in found), found
    assert not {(at, role) for at, role, _ in found} & not_held, found


def test_left_post_is_former_with_its_year(nlp):
    """ "leaving in 2019" ends the stretch; "still works there" does not."""
    left, _, _ = posts(
        nlp, "Greta Lind spent twelve years at Siemens, leaving in 2019, and now runs a bakery."
    )
    assert {(p["at"], p["former"], p["end"]) for p in left if p["member"] == "Greta Lind"} == {
        ("Siemens", True, "2019")
    }
    kept, _, _ = posts(nlp, "Greta Lind spent twelve years at Siemens and still works there.")
    assert {(p["at"], p["former"]) for p in kept if p["member"] == "Greta Lind"} == {("Siemens", False)}


def test_later_job_year_is_not_the_stretch_start(nlp):
    """ "spent six years at X before joining Y in 2016": 2016 is when Y began, not X."""
    found, _, _ = posts(
        nlp, "Tomasz Wierzbicki spent six years at Orlen Group before joining Baltek Energy in 2016."
    )
    orlen = [p for p in found if p["at"] == "Orlen Group"]
    assert orlen and all(p["start"] is None and p["former"] for p in orlen)


def test_agent_of_a_person_represents_them(nlp):
    """represents.client: "X's agent, Y of the ... company Z": Y works at Z and acts for X."""
    _, represents, _ = posts(
        nlp,
        "The sprinter Marta Lindqvist was suspended on Monday. Lindqvist's agent, Pieter de Groot of the "
        "Belgian management company Velotalent Partners, said she would appeal.",
    )
    assert ("Pieter de Groot", "Marta Lindqvist") in represents


# (text, (part, whole, rule) that must be found, (part, whole) that must not)
STRUCTURE = [
    # structure.owns: a named organisation that owns another is its whole
    (
        "Ortmann Holdings AG owns Kessler Tools Ltd, filings show.",
        {("Kessler Tools Ltd", "Ortmann Holdings AG", "structure.owns")},
        set(),
    ),
    (
        "Kessler Tools Ltd said sales fell. Ortmann Holdings AG, the Munich-based conglomerate that owns "
        "Kessler Tools Ltd, declined to comment.",
        {("Kessler Tools Ltd", "Ortmann Holdings AG", "structure.owns")},
        set(),
    ),
    (  # near miss: owning shares in a firm does not make it a part
        "Ortmann Holdings AG owns shares in Kessler Tools Ltd, filings show.",
        set(),
        {("Kessler Tools Ltd", "Ortmann Holdings AG")},
    ),
    # structure.subsidiary: "X is a subsidiary of Y", "X, a unit of Y,"
    (
        "Brightmoor Foods Ltd is a subsidiary of Castellan Holdings, a Dublin-listed group.",
        {("Brightmoor Foods Ltd", "Castellan Holdings", "structure.subsidiary")},
        set(),
    ),
    (
        "Halvard Foods, a unit of Castellan Holdings, recalled the product.",
        {("Halvard Foods", "Castellan Holdings", "structure.subsidiary")},
        set(),
    ),
    (  # near misses: a supplier is no part, and a denied subsidiary neither
        "Brightmoor Foods Ltd is a supplier of Castellan Holdings, a Dublin-listed group.",
        set(),
        {("Brightmoor Foods Ltd", "Castellan Holdings")},
    ),
    (
        "Brightmoor Foods Ltd is not a subsidiary of Castellan Holdings, the company said.",
        set(),
        {("Brightmoor Foods Ltd", "Castellan Holdings")},
    ),
]


@pytest.mark.parametrize(("text", "found", "not_found"), STRUCTURE)
def test_structure_round7(nlp, text, found, not_found):
    got = part_of(nlp, text)
    assert found <= got, got
    assert not {(p, w) for p, w, _ in got} & not_found, got


def test_met_names_the_parser_left_without_object(nlp):
    """contact.verb.meet.adjacent: "X met A and B in C" with B's surname read as a verb: A and B."""
    found = contacts(
        nlp,
        "Chief Harriet Okimaw-Ross and Hereditary Chief Tom Skaans Said walked out. Voss-Ahmed met "
        "Okimaw-Ross and Skaans Said in Ottawa in October.",
    )
    assert {
        (frozenset({"Voss-Ahmed", "Harriet Okimaw-Ross"}), "contact.verb.meet.adjacent"),
        (frozenset({"Voss-Ahmed", "Tom Skaans Said"}), "contact.verb.meet.adjacent"),
    } <= found, found


def test_met_with_no_name_after_it_is_no_contact(nlp):
    """Near miss: a verb with no object and no name right after it gives no contact."""
    found = contacts(
        nlp,
        "Chief Harriet Okimaw-Ross walked out. Minister Ana Voss-Ahmed met privately in Denver while "
        "Okimaw-Ross waited outside.",
    )
    assert not found


def advice(nlp, text):
    """(adviser, advisee, rule) of the advice facts found in ``text``."""
    return linked(nlp, text, "advice", "agent", "advisee")


def test_advising_a_commission_of_members_advises_their_organisation(nlp):
    """advice.body_of: "advises the federation's athletes' commission" advises the federation."""
    found = advice(
        nlp,
        "The Nordic Ski Federation suspended two skiers on Monday. Ruth Ames, who now advises the "
        "federation's athletes' commission, said the rules were clear.",
    )
    assert any(
        a == "Ruth Ames" and b == "Nordic Ski Federation" and r.startswith("advice.body_of")
        for a, b, r in found
    ), found


def test_advising_an_ownerless_commission_advises_no_one(nlp):
    """Near miss: "the skiers' commission" names no organisation."""
    found = advice(
        nlp,
        "The Nordic Ski Federation suspended two skiers on Monday. Ruth Ames, who now advises the skiers' "
        "commission, said the rules were clear.",
    )
    assert not {(a, b) for a, b, _ in found} & {("Ruth Ames", "Nordic Ski Federation")}, found


def test_denied_claim_names_the_one_it_was_done_with(nlp):
    """denial.verb: "denied ... that her client had dined with X" denies a claim about X too."""
    text = "Dana Fisk, a lawyer, denied a report in the Courier that her client had dined with Tomas Brandt."
    assert ("Dana Fisk", "Tomas Brandt", "denial.verb") in linked(nlp, text, "denial", "agent", "about")


def test_a_meeting_outside_the_denied_claim_is_not_its_topic(nlp):
    # near miss: the "with" belongs to the denial's setting, not to the claim denied
    text = "In a meeting with Paul Okoro, Dana Fisk denied that the firm had overbilled the council."
    assert not linked(nlp, text, "denial", "agent", "about")


def test_denied_claim_names_its_indirect_object(nlp):
    """denial.verb: "denied that she had promised X a seat": X, the one the act was for, is a topic."""
    text = "Mayor Rita Brooks denied that she had promised Tom Greenleaf a seat on the council."
    assert ("Rita Brooks", "Tom Greenleaf", "denial.verb") in linked(nlp, text, "denial", "agent", "about")


def test_an_indirect_object_outside_the_denied_claim_is_not_its_topic(nlp):
    # near miss: the dative is in a relative clause on the speaker, not in what she denied
    text = "Rita Brooks, who gave Tom Greenleaf a seat, denied that the council had broken the rules."
    assert not linked(nlp, text, "denial", "agent", "about")


def test_denial_joined_to_a_reported_clause_is_the_speakers(nlp):
    """denial.verb: "X said the tender was fair and denied that Y ...": the parser joins "denied" to the
    reported clause, whose subject (the tender) names no one: X denies."""
    text = "Ana Ruiz said the tender was fair and denied that Carlos Vega had seen the bids."
    assert ("Ana Ruiz", "Carlos Vega", "denial.verb") in linked(nlp, text, "denial", "agent", "about")


def test_denial_joined_to_a_clause_about_someone_stays_theirs(nlp):
    # near miss: the reported clause's subject is a person, who may well be the one denying
    text = "Ana Ruiz said Paul Okoro had resigned and denied that Carlos Vega had seen the bids."
    assert ("Ana Ruiz", "Carlos Vega", "denial.verb") not in linked(nlp, text, "denial", "agent", "about")
