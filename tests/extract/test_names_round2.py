"""Round 2 of name repairs (issue 3, session 3): classes of entity errors seen on hold-out 5, each
tested on sentences written for the rule, with a near miss the rule must leave alone."""

import pytest

from extract import extract_document


def entities_of(nlp, text):
    return {e.name: e for e in extract_document(text, nlp=nlp).entities}


def types_of(nlp, text):
    return {name: e.type for name, e in entities_of(nlp, text).items()}


def named(entities, name):
    """The entity called ``name`` or carrying it as an alias, else None."""
    return next((e for e in entities.values() if name == e.name or name in e.aliases), None)


# --- romanised given names with a lower-case second syllable ("Mi-rae") ----------------------------

SYLLABLE_NAMES = [
    ("“We will appeal,” said Han Seo-yeon, a lawyer for the families.", "Han Seo-yeon"),
    ("Their spokesman, Oh Min-jun, declined to comment on the audit.", "Oh Min-jun"),  # the model misses it
    ("Regulators summoned Baek Hye-rin, the chief executive of Daon Card, on Tuesday.", "Baek Hye-rin"),
    ("Sejin Pay's chief executive, Kim Do-hyun, apologised in Busan.", "Kim Do-hyun"),  # "Kim" alone tagged
]


@pytest.mark.parametrize(("text", "name"), SYLLABLE_NAMES)
def test_names_round2_syllable_names_are_whole(nlp, text, name):
    types = types_of(nlp, text)
    assert types.get(name) == "person", types
    assert not any(n.endswith("-") for n in types), types


def test_names_round2_family_name_first_is_the_short_form(nlp):
    text = "Prosecutors questioned Choi Min-ho, the founder of Daon Card. Choi denied wrongdoing on Friday."
    types = types_of(nlp, text)
    assert types.get("Choi Min-ho") == "person", types
    assert "Choi" not in types, types  # the later "Choi" is the same person, not an organisation


def test_names_round2_adjective_suffix_is_no_syllable(nlp):
    types = types_of(nlp, "The Seoul-based lender said profits fell by a third.")
    assert not any("-" in n for n, t in types.items() if t == "person"), types


# --- outlets styled with "The", and local titles named after a place -------------------------------


def test_names_round2_outlet_keeps_its_capital_the(nlp):
    entities = entities_of(nlp, "Kang told The Busan Herald that the vote had been rigged.")
    outlet = named(entities, "The Busan Herald")
    assert outlet is not None and outlet.type == "outlet", entities


def test_names_round2_outlet_without_capital_the(nlp):
    entities = entities_of(nlp, "Kang told the Busan Herald that the vote had been rigged.")
    assert entities["Busan Herald"].type == "outlet", entities
    assert named(entities, "The Busan Herald") is None, entities  # a lower-case "the" is no part of it


def test_names_round2_outlet_at_sentence_start_keeps_the_as_alias(nlp):
    entities = entities_of(nlp, "The Gyeonggi Daily reported on Friday that the mayor had resigned.")
    outlet = named(entities, "The Gyeonggi Daily")
    assert outlet is not None and outlet.type == "outlet", entities


def test_names_round2_local_title_before_a_listed_outlet(nlp):
    types = types_of(nlp, "Okafor was quoted by the Grimsby Daily Mail as saying the deal was done.")
    assert types.get("Grimsby Daily Mail") == "outlet", types
    assert "Daily Mail" not in types, types


def test_names_round2_owner_before_a_listed_outlet_stays_apart(nlp):
    types = types_of(nlp, "Britain's Daily Mail reported the deal on Monday.")
    assert types.get("Daily Mail") == "outlet", types


# --- organisations: business heads, appositions, naming nouns, plural possessives -----------------

ORGANISATIONS = [
    ("Solberg Pay's chief executive resigned on Monday after the outage.", "Solberg Pay"),
    ("Ironvale Security, a cybersecurity firm, has advised the bank since June.", "Ironvale Security"),
    ("The league's Board Licensing Panel will review the bid next week.", "Board Licensing Panel"),
    ("Tierra Viva, a conservation foundation, said the fire had reached the valley.", "Tierra Viva"),
    ("Brandt is now a partner at the law firm Barrow Quint.", "Barrow Quint"),
    ("She sits on the board of the Dutch club FC Volendam.", "FC Volendam"),
    (
        "Members of the Northgate Rovers Supporters' Trust voted against the sale.",
        "Northgate Rovers Supporters' Trust",
    ),
]


@pytest.mark.parametrize(("text", "name"), ORGANISATIONS)
def test_names_round2_organisations(nlp, text, name):
    types = types_of(nlp, text)
    assert types.get(name) == "organization", types


def test_names_round2_person_with_role_apposition_stays_a_person(nlp):
    types = types_of(nlp, "Tomasz Vargas, a conservation officer, said the fire had reached the valley.")
    assert types.get("Tomasz Vargas") == "person", types


def test_names_round2_given_name_before_a_head_word_stays_a_person(nlp):
    types = types_of(nlp, "Maria Trust, the mayor's deputy, met the protesters on Monday.")
    assert types.get("Maria Trust") == "person", types


def test_names_round2_apostrophe_before_two_words_splits_owner(nlp):
    types = types_of(nlp, "Reuters' Moscow bureau chief said the office would stay open.")
    assert types.get("Reuters") == "outlet", types
    assert not any("Reuters'" in n for n in types), types


# --- countries, rulers, double surnames ------------------------------------------------------------


def test_names_round2_every_country_is_a_country(nlp):
    types = types_of(nlp, "Gabon's government said on Monday that the talks with Togo would resume.")
    assert types.get("Gabon") == "country" and types.get("Togo") == "country", types


def test_names_round2_ruler_title_is_not_part_of_the_name(nlp):
    text = "“The mask is ours,” said Oba Adewale Ogunleye II, the traditional ruler of the town."
    types = types_of(nlp, text)
    assert types.get("Adewale Ogunleye II") == "person", types
    assert not any(n.startswith("Oba") for n in types), types


def test_names_round2_title_alone_is_no_name(nlp):
    types = types_of(nlp, "“I listened to the Emir with great respect,” the director said.")
    assert "Emir" not in types, types


def test_names_round2_two_surnames_are_one_person(nlp):
    text = (
        "The foundation's director, Julián Ndong Esono, was quoted by Europa Press. "
        "“We need aircraft,” Ndong Esono said."
    )
    entities = entities_of(nlp, text)
    people = [e for e in entities.values() if e.type == "person"]
    assert [p.name for p in people] == ["Julián Ndong Esono"], entities


def test_names_round2_shared_given_and_surname_stay_two_people(nlp):
    text = "Ana Maria Lopez, the mayor, met Maria Lopez, a teacher, on Monday."
    types = types_of(nlp, text)
    assert types.get("Ana Maria Lopez") == "person" and types.get("Maria Lopez") == "person", types


# --- competitions, landforms, places the model left untagged ---------------------------------------


def test_names_round2_competitions_are_not_organisations(nlp):
    text = "Hale agreed to sell the Championship club. “We want a team in the Premier League,” she said."
    types = types_of(nlp, text)
    assert "Championship" not in types and "Premier League" not in types, types


def test_names_round2_league_that_acts_is_an_organisation(nlp):
    types = types_of(nlp, "The English Football League said on Monday it would review the takeover.")
    assert types.get("English Football League") == "organization", types


def test_names_round2_landform_is_a_place(nlp):
    types = types_of(nlp, "The fire broke out in the Sierra de Gredos on Saturday.")
    assert types.get("Sierra de Gredos") == "place", types


def test_names_round2_landform_words_in_a_body_name(nlp):
    text = (
        "Nurses at Pinecrest Valley Medical Center walked out. "
        "Pinecrest Valley had ignored their warnings, the union said."
    )
    types = types_of(nlp, text)
    assert types.get("Pinecrest Valley") != "place", types


def test_names_round2_untagged_places(nlp):
    text = (
        "The commanders met at a command post in Villanueva del Campo on Sunday. "
        "She worked at the Alpine Research Centre in Grenoble from 2008 to 2016."
    )
    types = types_of(nlp, text)
    assert types.get("Villanueva del Campo") == "place" and types.get("Grenoble") == "place", types


def test_names_round2_month_after_in_is_no_place(nlp):
    types = types_of(nlp, "The council will vote in November on the budget.")
    assert "November" not in types, types


def test_names_round2_place_modifying_a_noun(nlp):
    types = types_of(nlp, "Officials cited by the Tarija newspaper El Heraldo said the count would resume.")
    assert types.get("Tarija") == "place", types


def test_names_round2_family_is_not_a_place(nlp):
    types = types_of(nlp, "Officials said the Okafor family had left the city.")
    assert types.get("Okafor") != "place", types


def test_names_round2_photo_credit_with_lower_case_agency(nlp):
    text = (
        "Museum delays decision\n\nPhoto: Jonas Berger/dpa\n\nThe museum said on Monday it needed more time."
    )
    assert "Jonas Berger" not in types_of(nlp, text)
