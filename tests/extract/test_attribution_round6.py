"""Round 6 of attribution (issue 3): outlets on no list told a quote ("told Correo Potosino"), known by
the shape of their name or by no person in the document bearing it; a curated list of the world's
national outlets. Each rule has a sentence of our own it must read and a near miss it must leave alone.
No hold-out text, name or wording is used here."""

from test_relations_round2 import has, relations

from extract import extract_document
from extract.outlets import canonical_outlet


def _types(nlp, text):
    return {e.name: e.type for e in extract_document(text, nlp=nlp).entities}


# --- "told X": a name no person in the document bears is the outlet (labelling.told_outlets) -------


def test_attribution_told_unknown_outlet_no_person_bears(nlp):
    text = "The mayor of Tarija, Rafael Montoya, told Opinión that the contract was void."
    assert has(relations(nlp, text), "quotation", "Rafael Montoya", "Opinión")


def test_attribution_told_surname_of_a_named_person_stays_a_person(nlp):
    text = "Anne Smith runs the port. Lindiwe Dube told Smith that the deal was off."
    found = relations(nlp, text)
    assert not any(k == "quotation" and b == "Smith" for k, a, b, _ in found)
    assert _types(nlp, text).get("Smith", "person") == "person"


def test_attribution_told_titled_name_stays_a_person(nlp):
    assert _types(nlp, "Lindiwe Dube told Mr. Okafor that the deal was off.").get("Okafor") == "person"


def test_attribution_told_given_name_stays_a_person(nlp):
    assert _types(nlp, "Lindiwe Dube told Maria that the deal was off.").get("Maria") == "person"


def test_attribution_quoted_by_a_titled_name_stays_a_person(nlp):
    types = _types(nlp, "Alberto Vidal was quoted by Dr. Ruiz as saying the deal was off.")
    assert "outlet" not in types.values()


# --- outlet shapes: "Radio X", "X TV", a dotted word ("de S.Paulo") (outlets.outlet_shaped) ---------


def test_attribution_told_broadcaster_shaped_name(nlp):
    text = "Paula Brandt told Kanal Nord TV that the plant would close."
    assert has(relations(nlp, text), "quotation", "Paula Brandt", "Kanal Nord TV")


def test_attribution_told_name_with_dotted_word(nlp):
    text = "Ewa Lis told Diário de S.Paulo that the plant would close."
    assert has(relations(nlp, text), "quotation", "Ewa Lis", "Diário de S.Paulo")


def test_attribution_two_words_without_an_outlet_shape_stay_a_person(nlp):
    # "Jimmy" is on no given-name list; a two-word name needs an outlet's shape to be an outlet
    types = _types(nlp, "Teodor Varga told Jimmy Wales that the site would be blocked.")
    assert types.get("Jimmy Wales", "person") == "person"


# --- outlet nouns before a name: "the news portal X", "the investigative site X" -------------------


def test_attribution_unnamed_source_cited_by_a_news_portal(nlp):
    text = "Three former clerks cited by the news portal Bianet said Emre Kaya had signed the permits."
    assert has(relations(nlp, text), "quotation", "Emre Kaya", "Bianet")
    assert _types(nlp, text)["Bianet"] == "outlet"


def test_attribution_investigative_site_is_an_outlet_noun(nlp):
    text = "Two former clerks cited by the investigative site Vistazo said Emre Kaya had signed the permits."
    assert has(relations(nlp, text), "quotation", "Emre Kaya", "Vistazo")


def test_attribution_a_plant_site_is_no_outlet_noun(nlp):
    text = "Inspectors visited the nuclear site Dounreay, Emre Kaya said."
    assert "outlet" not in _types(nlp, text).values()


# --- the curated world list (data/world_outlets.json) ----------------------------------------------


def test_attribution_world_outlets_have_canonical_names():
    assert canonical_outlet("the Yomiuri Shimbun") == "Yomiuri Shimbun"
    assert canonical_outlet("Estadão") == "O Estado de S. Paulo"
    assert canonical_outlet("dpa") == "Deutsche Presse-Agentur"
    assert canonical_outlet("Hankyoreh Bank") is None


def test_attribution_listed_foreign_outlet_is_found(nlp):
    text = "Jonas Berg told Dagens Nyheter that Nordvik Shipping had paid the fine."
    assert has(relations(nlp, text), "quotation", "Jonas Berg", "Dagens Nyheter")


def test_attribution_context_only_outlet_word_alone_is_no_outlet(nlp):
    # "Vanguard" names a paper and a fund manager: alone, without an outlet construction, no outlet
    types = _types(nlp, "Vanguard bought a stake in Nordvik Shipping on Monday, Jonas Berg said.")
    assert types.get("Vanguard") != "outlet"


# --- "according to OUTLET, which cited ...": the unnamed source it cited (quotes._according_to_outlet)


def test_attribution_according_to_an_outlet_alone_gives_no_topic(nlp):
    # the gold sets' convention: "according to OUTLET, X met Y" reports the meeting, not a statement
    found = relations(nlp, "According to Bloomberg, Baruna Marine paid the harbour inspectors.")
    assert not any(k == "quotation" for k, a, b, _ in found)


def test_attribution_according_to_an_outlet_citing_unnamed_people(nlp):
    text = "According to Bloomberg, which cited two officials familiar with the case, Baruna Marine paid the inspectors."
    found = relations(nlp, text)
    assert has(found, "quotation", "Baruna Marine", "Bloomberg")  # unnamed source: about, then outlet
    assert not has(found, "quotation", "Bloomberg")


def test_attribution_according_to_an_outlet_leaves_a_named_speaker_alone(nlp):
    text = "According to Bloomberg, Kasia Nowak said Baruna Marine paid the inspectors."
    found = relations(nlp, text)
    assert has(found, "quotation", "Kasia Nowak", "Bloomberg")
    assert not has(found, "quotation", "Bloomberg")


# --- "a nurse, who asked not to be named, told OUTLET": an unnamed source (unnamed._anonymous) -------


def test_attribution_anonymous_singular_source_told_an_outlet(nlp):
    text = (
        "A nurse at the clinic, who asked not to be named, told Kompas that Baruna Marine had ordered "
        "staff to destroy the records."
    )
    assert has(relations(nlp, text), "quotation", "Baruna Marine", "Kompas")


def test_attribution_a_firm_named_is_no_anonymous_source(nlp):
    found = relations(nlp, "A firm named Baruna Marine told Kompas that the port had closed.")
    assert not any(k == "quotation" for k, a, b, _ in found)
