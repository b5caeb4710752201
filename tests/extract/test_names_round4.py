"""Round 4 of name repairs (issue 3): classes of span and type errors seen on unseen news, each tested on
sentences written for the rule (other names, outlets and wording than the hold-outs), with a near miss
the rule must leave alone."""

import pytest

from extract import extract_document
from extract.name_spans import split_employer


def types_of(nlp, text):
    return {e.name: e.type for e in extract_document(text, nlp=nlp).entities}


def entity(nlp, text, name):
    """The entity called ``name`` or carrying it as an alias, else None."""
    found = extract_document(text, nlp=nlp).entities
    return next((e for e in found if name == e.name or name in e.aliases), None)


def _span(doc, text, label="PERSON"):
    start = doc.text.index(text)
    return doc.char_span(start, start + len(text), label=label)


# --- 1. "NAME of ORGANISATION" read as one person --------------------------------------------------


def test_names_round4_person_of_firm_is_two_names(nlp):
    doc = nlp("The buyer's lawyer, Karel-Jan van Dam of Oosterhout Brink Advocaten, said the deal was legal.")
    parts = split_employer(_span(doc, "Karel-Jan van Dam of Oosterhout Brink Advocaten"))
    assert [(p.text, p.label_) for p in parts] == [
        ("Karel-Jan van Dam", "PERSON"),
        ("Oosterhout Brink Advocaten", "ORG"),
    ]


def test_names_round4_person_of_place_stays_one(nlp):
    doc = nlp("Anna Berg of Uppsala Lindholm said the plan was sound.")
    span = _span(doc, "Anna Berg of Uppsala Lindholm")
    assert split_employer(span) == [span]  # no institution or business head after "of"


def test_names_round4_untagged_particle_name_before_firm(nlp):
    types = types_of(
        nlp,
        "He met Demetriou and his lawyer, Jan-Pieter de Boer of Brink Ostrander Advocaten, aboard the ship.",
    )
    assert types.get("Jan-Pieter de Boer") == "person", types
    assert types.get("Brink Ostrander Advocaten") == "organization", types


def test_names_round4_firm_with_particle_is_no_person(nlp):
    types = types_of(nlp, "His lawyer, a partner at Brink de Boer, said no.")
    assert types.get("Brink de Boer") == "organization", types


# --- 2. particles, abbreviated given names, hyphenated tails, "Jr." ---------------------------------


def test_names_round4_abbreviated_given_name_is_kept(nlp):
    text = "Deputy Ombudsman Ma. Lourdes de la Cruz-Bautista signed the order. De la Cruz-Bautista told Rappler no."
    types = types_of(nlp, text)
    assert types.get("Ma. Lourdes de la Cruz-Bautista") == "person", types
    assert not any(name.endswith(" Ma") for name in types), types


def test_names_round4_company_stop_is_no_given_name(nlp):
    types = types_of(nlp, "The contract went to Nova Ltd. Maria Santos, its chief, said no.")
    assert types.get("Maria Santos") == "person", types
    assert "Nova Ltd. Maria Santos" not in types, types


def test_names_round4_spanish_particles_make_a_person(nlp):
    text = "The deputy mayor, Carmen de los Rios-Vidal, told Rappler that she would appeal."
    assert types_of(nlp, text).get("Carmen de los Rios-Vidal") == "person"


def test_names_round4_hyphenated_tail_after_particles(nlp):
    text = "The head of the Harbour Audit Team, Sanne van der Berg-Osei, who has led it since 2019, met Demetriou."
    types = types_of(nlp, text)
    assert types.get("Sanne van der Berg-Osei") == "person", types


def test_names_round4_one_word_hyphen_pair_is_not_grown(nlp):
    types = types_of(nlp, "The Rutte-Kaag cabinet fell in July.")
    assert not any(t == "person" for t in types.values()), types


def test_names_round4_generational_suffix_surname(nlp):
    text = "Cebu Mayor Ramon T. Alvarez Jr. was suspended. Alvarez denied any wrongdoing."
    found = entity(nlp, text, "Alvarez")
    assert found is not None and found.name == "Ramon T. Alvarez Jr." and found.type == "person"


def test_names_round4_suffix_does_not_link_other_surnames(nlp):
    text = "Cebu Mayor Ramon T. Alvarez Jr. met Pedro Santos on Monday. Santos denied any wrongdoing."
    found = entity(nlp, text, "Santos")
    assert found is not None and found.name == "Pedro Santos"


def test_names_round4_head_of_unit_names_a_person(nlp):
    types = types_of(nlp, "The head of the unit, Sanne de Jong-Kwame, said no.")
    assert types.get("Sanne de Jong-Kwame") == "person", types


def test_names_round4_unit_in_apposition_is_still_an_organisation(nlp):
    types = types_of(nlp, "Its frozen-meals unit, Northfield Kitchens, was sold last year.")
    assert types.get("Northfield Kitchens") == "organization", types


# --- 3. organisation spans cut --------------------------------------------------------------------


def test_names_round4_name_cut_after_of_takes_its_country(nlp):
    types = types_of(nlp, "The Chamber of Mines of Ghana, which speaks for the industry, said it would wait.")
    assert types.get("Chamber of Mines of Ghana") == "organization", types
    assert "Chamber of Mines of" not in types, types


def test_names_round4_country_after_whole_name_stays_apart(nlp):
    types = types_of(nlp, "The Chamber of Mines said Ghana would wait.")
    assert types.get("Ghana") == "country", types


def test_names_round4_portfolio_before_minister_is_the_ministry(nlp):
    text = (
        "Energy and Water Development Minister Chanda Mulenga told ZNBC that the dam was safe. Mulenga "
        "later met Phiri, according to the Ministry of Energy and Water Development."
    )
    found = entity(nlp, text, "Energy and Water Development")
    assert found is not None and found.name == "Ministry of Energy and Water Development"


def test_names_round4_portfolio_without_ministry_stays(nlp):
    text = "Energy and Water Development Minister Chanda Mulenga told ZNBC that the dam was safe."
    assert "Ministry of Energy and Water Development" not in types_of(nlp, text)


def test_names_round4_leading_ordinal_stays_in_company(nlp):
    types = types_of(nlp, "Banda ran the Ndola operations of First Rand Minerals between 2009 and 2016.")
    assert types.get("First Rand Minerals") == "organization", types
    assert "Rand Minerals" not in types, types


def test_names_round4_camelcase_owner_leaves_its_unit(nlp):
    types = types_of(nlp, "The board acted on a report by PayWise's Risk and Audit Committee.")
    assert types.get("Risk and Audit Committee") == "organization", types
    assert types.get("PayWise") == "organization", types


def test_names_round4_common_noun_owner_is_dropped(nlp):
    types = types_of(nlp, "The board acted on a report by the council's Transportation Committee.")
    assert types.get("Transportation Committee") == "organization", types
    assert not any("council" in name for name in types), types


# --- 4. organisations typed as people -------------------------------------------------------------

BUSINESS_NAMES = [
    ("Kestrel Developments paid the money, the regulator said.", "Kestrel Developments"),
    ("Graaf Minerals lodged the application on Monday.", "Graaf Minerals"),
    (
        "The lawyer, Anneke van Loon of Verhoeven Stam Advocaten, said the claim was weak.",
        "Verhoeven Stam Advocaten",
    ),
    (
        "The buyer's lawyer, Marie-Claire de Groot of Hendriks Vos Practitioners, said no.",
        "Hendriks Vos Practitioners",
    ),
]


@pytest.mark.parametrize(("text", "name"), BUSINESS_NAMES)
def test_names_round4_business_head_makes_an_organisation(nlp, text, name):
    assert types_of(nlp, text).get(name) == "organization"


def test_names_round4_person_without_business_head(nlp):
    assert (
        types_of(nlp, "Graham Kestrel paid the money, the regulator said.").get("Graham Kestrel") == "person"
    )


# --- 5. small places ------------------------------------------------------------------------------


def test_names_round4_flight_from_a_town(nlp):
    assert types_of(nlp, "Flight 212 from Moncton touched down in heavy rain.").get("Moncton") == "place"


def test_names_round4_money_from_a_name_is_no_place(nlp):
    assert types_of(nlp, "A donation from Kestrel paid for the campaign.").get("Kestrel") != "place"


def test_names_round4_local_firm_names_its_town(nlp):
    text = "Kariba Geotechnical Services, a Chipata consultancy that advised Zamcop, said no."
    types = types_of(nlp, text)
    assert types.get("Chipata") == "place", types


def test_names_round4_company_of_a_group_is_no_place(nlp):
    assert types_of(nlp, "Zamcop, a Tata company, said no.").get("Tata") == "organization"


def test_names_round4_town_before_mayor(nlp):
    types = types_of(nlp, "Cebu Mayor Ramon T. Alvarez Jr. was suspended.")
    assert types.get("Cebu") == "place", types


def test_names_round4_name_after_deputy_mayor_is_a_person(nlp):
    types = types_of(nlp, "Deputy Mayor Chanda Tembo said the road was closed.")
    assert types.get("Chanda Tembo") == "person", types


# --- 7. an outlet whose first word the model reads as a nationality -------------------------------


def test_names_round4_outlet_opened_by_a_demonym(nlp):
    types = types_of(nlp, "He told the Tamil BusinessWire that he was innocent.")
    assert types.get("Tamil BusinessWire") == "outlet", types


def test_names_round4_demonym_before_a_noun_is_no_outlet(nlp):
    types = types_of(nlp, "She met the Hindu Marathi delegation in Pune.")
    assert "outlet" not in types.values(), types


def test_names_round4_business_name_without_its_head_is_the_business(nlp):
    text = (
        "The auditor said Reyes had approved 46 contracts for Ilocos Blue-Star Construction without bidding. "
        "Ilocos Blue-Star, the owner, is Pedro Lim."
    )
    found = entity(nlp, text, "Ilocos Blue-Star")
    assert (
        found is not None and found.name == "Ilocos Blue-Star Construction" and found.type == "organization"
    )


def test_names_round4_founder_named_like_the_business_stays_a_person(nlp):
    types = types_of(nlp, "Contracts went to Halvorsen Logistics. Anna Halvorsen, the founder, said no.")
    assert types.get("Anna Halvorsen") == "person", types


# --- 6. acronyms ----------------------------------------------------------------------------------


def test_names_round4_untagged_acronym_is_its_organisation(nlp):
    text = "Mpika Copper Holdings said output fell. Mwale has run MCH since 2019."
    found = entity(nlp, text, "MCH")
    assert found is not None and found.name == "Mpika Copper Holdings"


def test_names_round4_capitals_of_no_organisation_stay_apart(nlp):
    text = "Mpika Copper Holdings said output fell. Mwale met the CEO in 2019."
    found = entity(nlp, text, "Mpika Copper Holdings")
    assert found is not None and "CEO" not in found.aliases


# --- lower-case bodies are no names ---------------------------------------------------------------


def test_names_round4_lowercase_body_is_no_entity(nlp):
    types = types_of(
        nlp, "The contracts were split to stay below the limit that requires approval by the city council."
    )
    assert "city council" not in types, types


def test_names_round4_capitalised_council_is_an_entity(nlp):
    types = types_of(nlp, "The Iloilo City Council approved the contracts on Monday.")
    assert types.get("Iloilo City Council") == "organization", types
