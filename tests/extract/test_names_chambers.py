"""Legislatures, their members and their seats (issue 3): "Senate" tagged alone after the place
that names it ("the Rhode Island Senate"), and a nationality adjective tagged alone before the
institution word it names ("the Scottish" + "Parliament"), the seat after a legislator's title and "for"
("MSP for Glasgow Kelvin": a place), and a seat in a legislature ("sits in the Senate": membership). Each
rule is tested on sentences written for it, with a near miss it must leave alone."""

from extract import extract_document


def types_of(nlp, text):
    return {e.name: e.type for e in extract_document(text, nlp=nlp).entities}


def test_a_chamber_tagged_alone_takes_back_the_place_that_names_it(nlp):
    for text, name in (
        ("Members of the Rhode Island Senate met on Monday.", "Rhode Island Senate"),
        (
            "Vincent DiMarco, a member of the Rhode Island Senate, told WPRI he would resign.",
            "Rhode Island Senate",
        ),
    ):
        found = types_of(nlp, text)
        assert found.get(name) == "organization", (text, found)
        assert "Senate" not in found, (text, found)


def test_a_place_set_off_from_the_chamber_stays_a_place(nlp):
    # near miss: the place is its own phrase, not a word of the chamber's name
    found = types_of(nlp, "In Rhode Island, the Senate voted on Monday.")
    assert found.get("Rhode Island") == "place"
    assert found.get("Senate") == "organization"


def test_a_chamber_member_is_placed_in_the_whole_chamber(nlp):
    doc = extract_document(
        "Vincent DiMarco, a member of the Rhode Island Senate, told WPRI he would resign.", nlp=nlp
    )
    names = {e.iri: e.name for e in doc.entities}
    positions = [f for f in doc.facts if f.kind == "position"]
    assert [(names[f.args["member"][0]], names[f.args["organization"][0]]) for f in positions] == [
        ("Vincent DiMarco", "Rhode Island Senate")
    ]


def test_a_nationality_tagged_alone_before_an_institution_word_is_the_body(nlp):
    found = types_of(
        nlp, "Fiona Quist, who sits in the Scottish Parliament for Glasgow Kelvin, said the plan was wrong."
    )
    assert found.get("Scottish Parliament") == "organization", found
    assert "Scottish" not in found, found


def test_a_nationality_before_a_lower_case_word_names_no_body(nlp):
    # near miss: "parliament" in lower case is a common noun, not the body's name
    found = types_of(nlp, "A Scottish parliament committee met in Edinburgh on Tuesday.")
    assert "Scottish Parliament" not in found and "Scottish parliament" not in found, found


def test_a_name_after_a_legislators_title_and_for_is_the_seat_a_place(nlp):
    for text, seat in (
        ("Kaukab Stewart, the SNP MSP for Glasgow Kelvin, said the plan was wrong.", "Glasgow Kelvin"),
        (
            "Thangam Debbonaire, Labour MP for Bristol West, told the BBC she would vote against it.",
            "Bristol West",
        ),
        ("Ana Ruiz, the member for Edinburgh Central, said the plan was wrong.", "Edinburgh Central"),
        (
            "Ana Ruiz, who sits in the Scottish Parliament for Glasgow Kelvin, said the plan was wrong.",
            "Glasgow Kelvin",
        ),
    ):
        found = types_of(nlp, text)
        assert found.get(seat) == "place", (text, found)


def test_a_body_after_a_member_and_for_stays_a_body(nlp):
    # near miss: "a member for X" is no House's form of address; X keeps the model's reading
    for text, body in (
        ("Ana Ruiz, a member for Greenpeace, said the plan was wrong.", "Greenpeace"),
        ("Ana Ruiz has been a member for Oxfam since 2019.", "Oxfam"),
    ):
        assert types_of(nlp, text).get(body) == "organization", text


def test_an_mp_for_a_seat_holds_it_as_jurisdiction_with_the_party_as_body(nlp):
    doc = extract_document(
        "Thangam Debbonaire, Labour MP for Bristol West, told the BBC she would vote against it.", nlp=nlp
    )
    names = {e.iri: e.name for e in doc.entities}
    [position] = [f for f in doc.facts if f.kind == "position"]
    args = {role: [names[i] for i in iris] for role, iris in position.args.items()}
    assert args == {
        "member": ["Thangam Debbonaire"],
        "organization": ["Labour"],
        "jurisdiction": ["Bristol West"],
    }


def test_a_seat_in_a_legislature_is_membership(nlp):
    doc = extract_document("Ana Ruiz has sat in the Senate since 2014.", nlp=nlp)
    names = {e.iri: e.name for e in doc.entities}
    positions = [f for f in doc.facts if f.kind == "position"]
    assert [(names[f.args["member"][0]], names[f.args["organization"][0]]) for f in positions] == [
        ("Ana Ruiz", "Senate")
    ]
    assert positions[0].values.get("start") == "2014"


def test_sitting_in_a_building_is_no_seat(nlp):
    # near miss: "sat in the Kremlin" is a place to sit, not a chamber's seat
    doc = extract_document("Ana Ruiz, who sat in the Kremlin for hours, said the plan was wrong.", nlp=nlp)
    assert not [f for f in doc.facts if f.kind == "position"]
