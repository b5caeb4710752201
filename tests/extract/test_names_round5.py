"""Round 5 of name repairs (issue 3): classes of span and type errors seen on unseen news, each tested on
sentences written for the rule (other names, outlets and wording than the hold-outs), with a near miss
the rule must leave alone. Rules the small model only sometimes needs are tested on the spans it gives."""

from spacy.tokens import Span

from extract import extract_document
from extract.credits import find_bylines
from extract.entities import sentence_initial_common, uncapitalised
from extract.labelling import relabel
from extract.name_spans import joined_conjuncts
from extract.names import post_nominal
from extract.org_cues import legal_name
from extract.place_cues import place_modifier
from extract.untagged import legal_names, unlabelled_orgs


def types_of(nlp, text):
    return {e.name: e.type for e in extract_document(text, nlp=nlp).entities}


def entity(nlp, text, name):
    """The entity called ``name`` or carrying it as an alias, else None."""
    found = extract_document(text, nlp=nlp).entities
    return next((e for e in found if name == e.name or name in e.aliases), None)


def _span(doc, text, label):
    start = doc.text.index(text)
    return doc.char_span(start, start + len(text), label=label)


# --- 1. post-nominal letters glued to a person's name ---------------------------------------------------


def test_names_round5_post_nominal_is_cut_from_the_name(nlp):
    types = types_of(
        nlp, "Adebola Okonjo's lawyer, Chinedu Eze SAN, said the senators had ignored the evidence."
    )
    assert types.get("Chinedu Eze") == "person", types
    assert "Chinedu Eze SAN" not in types, types


def test_names_round5_post_nominal_keeps_the_apposition(nlp):
    text = "Adebola Okonjo's lawyer, Chinedu Eze SAN, said the senators had ignored the evidence."
    kinds = {f.kind for f in extract_document(text, nlp=nlp).facts}
    assert {"position", "representation"} <= kinds, kinds


def test_names_round5_queens_counsel_is_cut(nlp):
    types = types_of(nlp, "The company's lawyer, Rachel Simmons QC, said the ruling was wrong.")
    assert types.get("Rachel Simmons") == "person", types


def test_names_round5_letters_before_a_name_are_no_post_nominal(nlp):
    types = types_of(nlp, "Labour MP Sarah Okafor said the clinic would close.")
    assert types.get("Sarah Okafor") == "person", types
    assert types.get("Labour") == "organization", types


def test_names_round5_post_nominal_needs_capitals(nlp):
    doc = nlp("Ann Lee PhD and Tom Rees md spoke.")
    assert post_nominal(doc[2].text) and not post_nominal(doc[6].text)


# --- 2. a person "of" a firm whose name holds "&" or a legal form ---------------------------------------


def test_names_round5_untagged_ampersand_firm_after_person(nlp):
    text = "The shipowner's lawyer, Jonathan Pereira-Lim of Lim & Tan LLP, said his client had done nothing wrong."
    types = types_of(nlp, text)
    assert types.get("Jonathan Pereira-Lim") == "person", types
    assert types.get("Lim & Tan LLP") == "organization", types


def test_names_round5_person_span_never_ends_in_of(nlp):
    doc = nlp("Her lawyer, Harjit Singh-Arora of Arora & Lee LLC, said in a statement that she was innocent.")
    doc.ents = [_span(doc, "Harjit Singh-Arora of", "PERSON")]
    found = extract_document(doc.text, nlp=nlp).entities
    assert not any(e.name.endswith(" of") for e in found), found


def test_names_round5_ampersand_finder_on_untagged_words(nlp):
    doc = nlp("Creditors sued Brisco, Tate & Ng on Monday, a court filing showed.")
    assert [s.text for s in legal_names(doc, set())] == ["Brisco, Tate & Ng"]


def test_names_round5_lowercase_ampersand_is_no_firm(nlp):
    doc = nlp("The research & development budget and the AG said nothing about the salt & pepper tax.")
    assert legal_names(doc, set()) == []


def test_names_round5_legal_form_makes_an_organisation(nlp):
    doc = nlp("Halvard Marine Pte Ltd hired Greta Holm.")
    assert legal_name(doc[0:4]) and not legal_name(doc[5:7])


def test_names_round5_place_before_two_letters_is_no_firm(nlp):
    doc = nlp("Siemens AG said Kenya AG Githu Muigai had written.")
    assert legal_name(doc[0:2]) and not legal_name(doc[3:5])


# --- 3. "X and Y Authority": the model tags only the words after "and" ----------------------------------


def test_names_round5_coordinated_name_grows_over_its_first_half(nlp):
    types = types_of(nlp, "The Harbour and Marine Services Authority of Malaysia said it fined the ship.")
    # round 12: "of <country>" after a body's head is the name's own (the gold's convention, e.g. "Maritime
    # and Port Authority of Singapore", "Securities and Exchange Commission of Pakistan")
    assert types.get("Harbour and Marine Services Authority of Malaysia") == "organization", types


def test_names_round5_untagged_first_half_joins(nlp):
    doc = nlp("Officers from the Audit and Inspection Directorate found the payments.")
    span = _span(doc, "Inspection Directorate", "ORG")
    assert [s.text for s in joined_conjuncts([span])] == ["Audit and Inspection Directorate"]


def test_names_round5_two_coordinated_bodies_stay_two(nlp):
    types = types_of(nlp, "The deal was signed by Ford and General Motors Corporation.")
    assert "Ford and General Motors Corporation" not in types, types
    types = types_of(nlp, "Both the Senate and House Appropriations Committee backed it.")
    assert "Senate and House Appropriations Committee" not in types, types


def test_names_round5_place_before_and_is_its_own_name(nlp):
    doc = nlp("Officials from the Kenya and Uganda Border Commission met on Monday.")
    span = _span(doc, "Uganda Border Commission", "ORG")
    assert [s.text for s in joined_conjuncts([span])] == ["Uganda Border Commission"]


# --- 3b. a plural's apostrophe inside a union's name, and the place that opens it -----------------------


def test_names_round5_place_tagged_alone_opens_a_union_name(nlp):
    doc = nlp("The Johor Harbour Pilots’ Union said its members would strike on Monday.")
    johor = _span(doc, "Johor", "GPE")
    doc.ents = [johor]
    found = unlabelled_orgs(doc, {johor.start})
    assert [s.text for s in found] == ["Johor Harbour Pilots’ Union"]


def test_names_round5_place_after_a_comma_stays_apart(nlp):
    doc = nlp("In Johor, the Harbour Pilots’ Union said it would strike.")
    johor = _span(doc, "Johor", "GPE")
    doc.ents = [johor]
    found = unlabelled_orgs(doc, {johor.start})
    assert [s.text for s in found] == ["Harbour Pilots’ Union"]


# --- 4. business head words, and the short form of a business ------------------------------------------


def test_names_round5_shipping_line_is_an_organisation(nlp):
    text = (
        "A court placed Orchid Harbour Line under judicial management. Orchid had 40 million dollars in cash, "
        "its chief said."
    )
    found = entity(nlp, text, "Orchid")
    assert found is not None and found.type == "organization" and found.name == "Orchid Harbour Line", found


def test_names_round5_navigation_is_a_business_head(nlp):
    types = types_of(nlp, "The bank sold four ships to Fjordvik Navigation in May, said Lars Eriksen.")
    assert types.get("Fjordvik Navigation") == "organization", types


def test_names_round5_given_name_before_a_head_word_stays_a_person(nlp):
    types = types_of(nlp, "Marine Le Pen said the party would win.")
    assert types.get("Marine Le Pen") == "person", types


def test_names_round5_place_named_like_a_firm_is_the_firm(nlp):
    doc = nlp("Managers at Ikhwezi Generics agreed prices. Ikhwezi's lawyer denied that Ikhwezi had led it.")
    spans = [_span(doc, "Ikhwezi Generics", "ORG")]
    spans += [Span(doc, t.i, t.i + 1, label="GPE") for t in doc if t.text == "Ikhwezi" and t.i > 5]
    assert {s.label_ for s in relabel(spans)} == {"ORG"}


def test_names_round5_place_where_things_happen_stays_a_place(nlp):
    doc = nlp("Managers at Ikhwezi Generics agreed prices. The plant in Ikhwezi will close.")
    spans = [_span(doc, "Ikhwezi Generics", "ORG")]
    spans += [Span(doc, t.i, t.i + 1, label="GPE") for t in doc if t.text == "Ikhwezi" and t.i > 5]
    assert [s.label_ for s in relabel(spans)] == ["ORG", "GPE"]


# --- 5. plural common nouns and generic single words ----------------------------------------------------


def test_names_round5_plural_common_noun_opening_a_sentence(nlp):
    doc = nlp("Midwives push a trolley past the maternity ward at Rigasa General Hospital on Monday.")
    assert sentence_initial_common(_span(doc, "Midwives", "ORG"))


def test_names_round5_name_opening_a_sentence_stays(nlp):
    doc = nlp("Reuters reported that the ward was closed.")
    assert not sentence_initial_common(_span(doc, "Reuters", "ORG"))


def test_names_round5_generic_word_is_its_bodys_short_form(nlp):
    text = (
        "Customs officers seized the cargo in Antwerp. The Belgian Customs Administration said the papers "
        "were forged."
    )
    found = entity(nlp, text, "Customs")
    assert found is None or found.name == "Belgian Customs Administration", found


def test_names_round5_generic_word_alone_is_no_entity(nlp):
    types = types_of(nlp, "The Chipmaker said profits fell, a spokesperson for the Directorate added.")
    assert "Chipmaker" not in types and "Directorate" not in types, types


def test_names_round5_treasury_is_a_name(nlp):
    types = types_of(nlp, "Rachel Reeves, who heads the Treasury, said growth would return.")
    assert types.get("Treasury") == "organization", types


# --- 6. Malay patronymics and family-name-first names ---------------------------------------------------


def test_names_round5_name_before_bin_is_a_short_form(nlp):
    text = (
        "The union's general secretary, Ahmad Faizal bin Hassan, said he would meet the minister. "
        "Ahmad Faizal told reporters the strike would go ahead."
    )
    found = entity(nlp, text, "Ahmad Faizal")
    assert found is not None and found.name == "Ahmad Faizal bin Hassan", found


def test_names_round5_binti_stays_inside_the_name(nlp):
    text = (
        "The crew's lawyer, Nur Aisyah binti Kamal, said the wages were late. Nur Aisyah said it was wrong."
    )
    found = entity(nlp, text, "Nur Aisyah")
    assert found is not None and found.name == "Nur Aisyah binti Kamal", found


def test_names_round5_other_surname_is_another_person(nlp):
    types = types_of(nlp, "Ahmad Faizal bin Hassan met Ahmad Faizal Rahman on Monday.")
    assert {"Ahmad Faizal bin Hassan", "Ahmad Faizal Rahman"} <= set(types), types


def test_names_round5_family_name_first_short_form(nlp):
    text = "Lim Kok Wing, a partner at the firm, said the ships were sold. Lim said the buyer paid in cash."
    found = entity(nlp, text, "Lim")
    assert found is not None and found.name == "Lim Kok Wing", found


# --- 7. ships, and bylines with particles ----------------------------------------------------------------


def test_names_round5_ship_is_no_person(nlp):
    text = (
        "The tanker Aurora Wind at anchor off Durban on Friday.\n\n"
        "Inspectors boarded the Aurora Wind and seized its logbooks, said Piet Botha."
    )
    types = types_of(nlp, text)
    assert "Aurora Wind" not in types and types.get("Piet Botha") == "person", types


def test_names_round5_company_named_like_a_ship_stays(nlp):
    types = types_of(nlp, "The regulator fined Aurora Wind Shipping, said its chairman Ana Ruiz.")
    assert types.get("Aurora Wind Shipping") == "organization", types


def test_names_round5_byline_with_particles_is_no_entity():
    text = "By Pieter de Groot\n\nBy the way, Pieter de Groot said."
    assert find_bylines(text) == [(0, len("By Pieter de Groot"))]


def test_names_round5_off_a_port_is_a_place(nlp):
    types = types_of(nlp, "Container ships wait at anchor off Tema on Monday, said Kofi Mensah.")
    assert types.get("Tema") == "place", types


def test_names_round5_titled_short_form_stays_a_person(nlp):
    doc = nlp("Staff at Ikhwezi Generics were paid. Ms. Ikhwezi said the firm was hers.")
    spans = [_span(doc, "Ikhwezi Generics", "ORG"), _span(doc, "Ikhwezi said", "PERSON")]
    spans[1] = Span(doc, spans[1].start, spans[1].start + 1, label="PERSON")
    assert [s.label_ for s in relabel(spans)] == ["ORG", "PERSON"]


# --- nationality before a party to a trade is no title --------------------------------------------------


def test_names_round5_nationality_of_an_owner_is_no_country(nlp):
    types = types_of(nlp, "The bank sold four ships to the Norwegian owner Fjordvik Navigation in May.")
    assert "Norway" not in types, types


def test_names_round5_nationality_in_a_title_is_a_country(nlp):
    types = types_of(nlp, "The Norwegian ambassador met Ana Ruiz in Oslo.")
    assert types.get("Norway") == "country", types


# --- a body's head word in lower case -------------------------------------------------------------------


def test_names_round5_lowercase_head_is_no_name(nlp):
    types = types_of(
        nlp, "Labour MP Sarah Okafor, who chairs the Commons business committee, said she would ask."
    )
    assert "Commons business committee" not in types, types


def test_names_round5_name_cut_before_its_country_is_kept(nlp):
    doc = nlp("The Chamber of Mines of Zambia said it would wait.")
    assert not uncapitalised(_span(doc, "Chamber of Mines of", "ORG"))


# --- a site's place before a site noun owned by a company ----------------------------------------------


def test_names_round5_site_owned_by_a_company_is_in_a_place(nlp):
    doc = nlp("Ana Ruiz ran the Kasempa operations of First Quantum Minerals between 2009 and 2016.")
    assert place_modifier(_span(doc, "Kasempa", "ORG"))


def test_names_round5_company_before_its_own_site_is_no_place(nlp):
    doc = nlp("Ana Ruiz ran the Kasempa operations between 2009 and 2016.")
    assert not place_modifier(_span(doc, "Kasempa", "ORG"))


def test_names_round5_owners_unit_named_for_regions(nlp):
    types = types_of(nlp, "Lena Park is a fellow at the Hudson Institute's Turkey and Caucasus Program.")
    assert types.get("Turkey and Caucasus Program") == "organization", types


def test_names_round5_country_and_a_continental_body_stay_two(nlp):
    types = types_of(nlp, "Moscow's Russia and European Commission talks failed.")
    assert "Russia and European Commission" not in types, types
