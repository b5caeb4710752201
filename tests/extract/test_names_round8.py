"""Round 8 of name repairs (issue 3): towns named as a site's or a firm's place and towns joined to a
place, capitalised adjectives left as names, bodies whose name holds "and" or "People's", business
words in other languages, a university named with its country, port operators and Māori bodies. Each
rule is tested on sentences written for it (other names, places and wording than the hold-outs), with
a near miss it must leave alone."""

from spacy.tokens import Span

from extract import extract_document
from extract.labelling import label_of
from extract.untagged import unlabelled_people


def types_of(nlp, text):
    return {e.name: e.type for e in extract_document(text, nlp=nlp).entities}


# --- 1. a listed town that modifies a site's or a firm's noun, or is joined by "and" to a place --------


def test_names_round8_town_before_a_site_noun_is_a_place(nlp):
    types = types_of(
        nlp, "Kwon ran its Ulm engine plant between 2012 and 2018 and has been president since 2022."
    )
    assert types.get("Ulm") == "place", types
    types = types_of(nlp, "Vistula Signalling Systems hired Torplan, a Tarnów engineering consultancy.")
    assert types.get("Tarnów") == "place", types
    types = types_of(
        nlp, "Musa, an economist, ran the bank’s Mombasa branch from 2011 to 2017. Musa said so."
    )
    assert types.get("Mombasa") == "place", types


def test_names_round8_town_marked_as_a_person_stays_out(nlp):
    # near miss: the same frame, but the word is a person's surname elsewhere in the text
    types = types_of(nlp, "The Austin company said it would appeal, Jane Austin told Reuters.")
    assert types.get("Austin") != "place", types


def test_names_round8_town_joined_to_a_place_is_a_place(nlp):
    types = types_of(nlp, "The line between Lublin and Tarnów will close, said Adam Nowak.")
    assert types.get("Lublin") == "place" and types.get("Tarnów") == "place", types


def test_names_round8_surname_joined_by_and_is_no_place(nlp):
    types = types_of(nlp, "Talks between Jackson and Hughes broke down, Marcus Jackson said.")
    assert types.get("Jackson") != "place", types


# --- 2. a capitalised adjective of a lower-case noun names nothing ----------------------------------


def test_names_round8_capitalised_adjective_is_no_entity(nlp):
    types = types_of(nlp, "Coastal ecologist Dr. Mere Tipene of Lincoln University said the plan was unsafe.")
    assert "Coastal" not in types and types.get("Mere Tipene") == "person", types
    types = types_of(
        nlp, "Tribal elders and Indigenous communities blocked the road in Salta, said Rosa Quispe."
    )
    assert "Indigenous" not in types, types


def test_names_round8_country_adjective_and_a_firm_stay(nlp):
    types = types_of(nlp, "A Pakistan regulator fined the Karachi Electric utility, said Omar Ali.")
    assert types.get("Pakistan") == "country", types
    types = types_of(nlp, "The Orbital Agency said Arctic Ventures had hired Coastal Holdings.")
    assert types.get("Coastal Holdings") == "organization", types


# --- 3. a body's name that holds "and" ---------------------------------------------------------------


def test_names_round8_and_inside_a_body_name_is_one_body(nlp):
    text = "Aroha Walker, the state secretary of the Irish Nursing and Midwifery Board, said the cuts were unsafe."
    types = types_of(nlp, text)
    assert types.get("Irish Nursing and Midwifery Board") == "organization", types
    assert "Irish Nursing" not in types, types
    text = "The Danish Security and Intelligence Service (PET) has opened an inquiry into the leak, the ministry said."
    types = types_of(nlp, text)
    assert types.get("Danish Security and Intelligence Service") == "organization", types


def test_names_round8_two_bodies_joined_by_and_stay_two(nlp):
    types = types_of(nlp, "The Finance Ministry and Central Bank said rates would stay.")
    assert types.get("Finance Ministry") == "organization" and types.get("Central Bank") == "organization", (
        types
    )


# --- 4. "People's", "Women's" inside a body's name -------------------------------------------------


def test_names_round8_irregular_plural_possessive_inside_a_body(nlp):
    types = types_of(nlp, "The Women’s Federation of Fiji said the law was unfair.")
    assert types.get("Women's Federation of Fiji") == "organization", types
    assert "Women" not in types, types


def test_names_round8_people_s_council_keeps_its_place_words(nlp):
    text = "Lan founded the firm in 1998. She sat on the Can Tho City People's Council from 2011 to 2016."
    types = types_of(nlp, text)
    assert types.get("Can Tho City People's Council") == "organization" and "Council" not in types, types
    text = "Mai Anh, a member of the Quang Ninh Provincial People’s Council, said the bond was safe."
    types = types_of(nlp, text)
    assert types.get("Quang Ninh Provincial People's Council") == "organization", types


def test_names_round8_irregular_plural_possessive_before_a_common_noun(nlp):
    types = types_of(nlp, "The People’s choice award went to Ana Ruiz.")
    assert not any("People" in name for name in types), types


# --- 5. business words in other languages end a firm's name -----------------------------------------


def test_names_round8_foreign_business_word_makes_a_firm(nlp):
    text = "Lena Brandt spent six years at the supplier Hollmann Elektronik before joining Auris in 2016."
    assert types_of(nlp, text).get("Hollmann Elektronik") == "organization"
    text = "The ministry has been advised since 2021 by Wistek Inżynieria, a Lublin engineering consultancy."
    assert types_of(nlp, text).get("Wistek Inżynieria") == "organization"


def test_names_round8_foreign_clinic_opens_a_body_name(nlp):
    doc = nlp("The case was filed by Clínica Jurídica Sur on Monday.")
    assert label_of(Span(doc, 5, 8, label="PERSON")) == "ORG"


def test_names_round8_business_word_after_a_given_name_is_no_firm(nlp):
    # near miss: a common given name opening the span keeps it a person's (org_headed's guard)
    doc = nlp("Sarah Engineering said the plan was sound.")
    assert label_of(Span(doc, 0, 2, label="PERSON")) == "PERSON"


# --- 6. a university named with its country ----------------------------------------------------------


def test_names_round8_university_with_its_country_is_one_name(nlp):
    text = "Lan Pham, an economist at RMIT University Vietnam who advises the central bank, said rates would rise."
    types = types_of(nlp, text)
    assert types.get("RMIT University Vietnam") == "organization" and "Vietnam" not in types, types


def test_names_round8_university_in_a_country_stays_two(nlp):
    types = types_of(nlp, "Lan Pham, an economist at RMIT University in Vietnam, said rates would rise.")
    assert types.get("RMIT University") == "organization" and types.get("Vietnam") == "country", types


# --- 7. a port's operator and Māori bodies -----------------------------------------------------------


def test_names_round8_port_of_a_town_is_its_operator(nlp):
    text = (
        "Mere Tane, who founded Southern Dredge in 2009 after a decade as a harbour engineer with Port of "
        "Lyttelton, said the company had won on merit."
    )
    assert types_of(nlp, text).get("Port of Lyttelton") == "organization"
    doc = nlp("The ship sailed to Port of Napier.")
    assert label_of(Span(doc, 4, 7, label="GPE")) == "ORG"


def test_names_round8_a_town_named_port_of_stays_a_place(nlp):
    doc = nlp("The ship sailed to Port of Spain.")
    assert label_of(Span(doc, 4, 7, label="GPE")) == "GPE"


def test_names_round8_maori_body_is_an_organisation(nlp):
    text = "Te Rūnanga o Moeraki, whose members fish in the bay, said the council had never consulted it."
    assert types_of(nlp, text).get("Te Rūnanga o Moeraki") == "organization"
    text = "The council had never consulted Te Rūnanga o Waihao about the dredging, said Ana Ruiz."
    assert types_of(nlp, text).get("Te Rūnanga o Waihao") == "organization"


def test_names_round8_maori_person_stays_a_person(nlp):
    assert types_of(nlp, "Te Aroha Walker said the plan was sound.").get("Te Aroha Walker") == "person"
    types = types_of(nlp, "Hemi Walker said the plan was sound, and Tama o Rangi agreed.")
    assert not any(" o " in name for name in types), types


# --- 8. a name set off by commas after "The TITLE of X," before a speaker's verb -------------------


def test_names_round8_name_after_a_titled_phrase_is_a_person(nlp):
    doc = nlp("The chair of the Sámi Youth Council, Ánte Mihkkal Sara, said the vote came as a surprise.")
    found = {s.text for s in unlabelled_people(doc, set())}
    assert "Ánte Mihkkal Sara" in found, found


def test_names_round8_name_after_a_titled_phrase_needs_a_speaker(nlp):
    # near misses: no speaker's verb after the name; a clause opening the sentence before the title
    doc = nlp("The chair of the Sámi Youth Council, Ánte Mihkkal Sara, was elected in May.")
    assert not {s.text for s in unlabelled_people(doc, set())}
    doc = nlp("When the chair of the Sámi Youth Council, Ánte Mihkkal Sara, said so, few listened.")
    assert not {s.text for s in unlabelled_people(doc, set())}


# --- 9. a firm's short name without its business word --------------------------------------------


def test_names_round8_firm_short_form_is_the_firm(nlp):
    text = "Investors moved the money to Bảo Long Land Investment in 2022. Bảo Long Land is owned by the chairwoman's son."
    types = types_of(nlp, text)
    assert types == {"Bảo Long Land Investment": "organization"}, types


def test_names_round8_founder_named_like_the_firm_stays_a_person(nlp):
    text = "Charles Schwab founded Charles Schwab Holdings in 1971. Charles Schwab said he was proud."
    types = types_of(nlp, text)
    assert types.get("Charles Schwab") == "person", types


# --- 10. a kinship noun in apposition makes a person --------------------------------------------------


def test_names_round8_kin_apposition_makes_a_person(nlp):
    doc = nlp("The land is owned by Lý Quang Vinh, the son of the group's chairwoman.")
    assert label_of(Span(doc, 5, 8, label="ORG")) == "PERSON"


def test_names_round8_company_apposition_stays_a_body(nlp):
    doc = nlp("The shares went to Kestrel Mining, the parent company of Kestrel Gold.")
    assert label_of(Span(doc, 4, 6, label="ORG")) == "ORG"


# --- 11. a capitalised word in brackets after a body's name is its short name ------------------------


def test_names_round8_bracketed_short_name_is_the_body(nlp):
    text = (
        "The Danish Security and Intelligence Service (Pet) has opened an investigation. Pet's director, "
        "Anne Hansen, said the leak was serious."
    )
    types = types_of(nlp, text)
    assert "Pet" not in types and types.get("Danish Security and Intelligence Service") == "organization", (
        types
    )


def test_names_round8_place_in_brackets_is_no_short_name(nlp):
    types = types_of(nlp, "Acme Holdings (London) said profits rose, according to Tom Reid.")
    assert types.get("London") == "place" and types.get("Acme Holdings") == "organization", types


def test_names_round8_town_named_group_owner_is_no_place(nlp):
    # near miss: "a X company" with nothing between is the group that owns it (round 4's "a Tata company")
    types = types_of(nlp, "Zamcop, a Tata company, said no.")
    assert types.get("Tata") == "organization", types


def test_bracketed_acronym_spelling_the_small_words_is_the_body(nlp):
    # session 9: "COA" spells "Commission on Audit" with its "on"; initials of capitalised words alone miss it
    doc = extract_document(
        "The Commission on Audit (COA) said the firm was paid in full. Two COA auditors told the Manila Times "
        "that the mayor had asked for a delay.",
        nlp=nlp,
    )
    bodies = {e.name: e.aliases for e in doc.entities if e.type == "organization"}
    assert bodies == {"Commission on Audit": ["COA"]}, bodies


def test_bracketed_capitals_that_spell_no_initials_stay_apart(nlp):
    # near miss: capitals in brackets that are not the name's initials are not made its short name
    doc = extract_document(
        "The Commission on Audit (PCGG) said the firm was paid. PCGG lawyers told Rappler they disagreed.",
        nlp=nlp,
    )
    audit = next(e for e in doc.entities if e.name == "Commission on Audit")
    assert "PCGG" not in audit.aliases, audit
