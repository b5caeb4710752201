"""Round 7 of attribution (issue 3): broadcasters by the shape of their name, a hyphenated title before
the speaker, "according to the office", "OUTLET, citing X, reported", the agent of a participle as a
topic, "..., he added" after a clause naming others, "her coach, X", datelines. Each rule has a sentence
of our own it must read and a near miss it must leave alone. No hold-out text, name or wording is used."""

from test_relations_round2 import has, relations

from extract import extract_document
from extract.coref import reported_clause
from extract.quotes import owner_of_named


def _types(nlp, text):
    return {e.name: e.type for e in extract_document(text, nlp=nlp).entities}


def _quotes(nlp, text):
    """(rule, creators, about, reportedBy, sourceDescription) of each quotation, with entity names."""
    doc = extract_document(text, nlp=nlp)
    names = {e.iri: e.name for e in doc.entities}

    def named(fact, role):
        return {names[i] for i in fact.args.get(role, [])}

    return [
        (
            f.rule,
            named(f, "creator"),
            named(f, "about"),
            named(f, "reportedBy"),
            f.values.get("sourceDescription"),
        )
        for f in doc.facts
        if f.kind == "quotation"
    ]


# --- "Its secretary-general, X, told": the tagger's ADJ for a hyphenated title (syntax.ref) ----------


def test_links_hyphenated_title_with_name_in_apposition_speaks(nlp):
    text = "The institute's director-general, Dr. Hana Novak, told Reuters that nobody had been paid."
    assert has(relations(nlp, text), "quotation", "Hana Novak", "Reuters")


def test_links_hyphenated_title_without_a_name_makes_no_speaker(nlp):
    text = "The institute's director-general told Reuters that nobody had been paid."
    assert not any(k == "quotation" for k, *_ in relations(nlp, text))


# --- broadcasters by name shape: "X Broadcasting Corporation", "X FM" (outlets.broadcaster_patterns) --


def test_links_broadcasting_corporation_is_an_outlet_told(nlp):
    text = "Lena Hoff told the Nordic Broadcasting Corporation that the mill would close."
    assert _types(nlp, text).get("Nordic Broadcasting Corporation") == "outlet"
    assert has(relations(nlp, text), "quotation", "Lena Hoff", "Nordic Broadcasting Corporation")


def test_links_broadcasting_authority_stays_an_organisation(nlp):
    text = "The Nordic Broadcasting Authority fined the station on Monday."
    assert _types(nlp, text).get("Nordic Broadcasting Authority") == "organization"


def test_links_fm_station_is_an_outlet(nlp):
    text = "Kwame Asante told Harbour FM that the port would reopen."
    assert has(relations(nlp, text), "quotation", "Kwame Asante", "Harbour FM")


def test_links_denied_report_by_a_broadcaster_is_no_denial_of_it(nlp):
    text = (
        "The Nordic Rowing Federation denied a report by Baltic Broadcasting Corporation that its "
        "president, Lars Moen, had met Erik Dahl in Bergen."
    )
    found = relations(nlp, text)
    assert not any(k == "denial" and b == "Baltic Broadcasting Corporation" for k, a, b, _ in found)


# --- "according to the office": a body named before with that word (coref.NAMED_ONLY_HEADS) ---------


def test_links_according_to_the_office_is_the_named_office(nlp):
    text = (
        "The Maritime Safety Office said it had inspected nine ships. Tomas Varga met Ingrid Solheim in "
        "Oslo on Friday, according to the office."
    )
    found = relations(nlp, text)
    assert has(found, "quotation", "Maritime Safety Office", "Tomas Varga")
    assert has(found, "quotation", "Maritime Safety Office", "Ingrid Solheim")


def test_links_according_to_a_body_named_only_later_is_nobody(nlp):
    text = (
        "Tomas Varga met Ingrid Solheim in Oslo on Friday, according to the department. Varga later "
        "worked at the Department of Fisheries."
    )
    assert not any(k == "quotation" for k, *_ in relations(nlp, text))


# --- "OUTLET, citing X, reported that": the cited source speaks (quotes._cited_source) ---------------


def test_links_outlet_citing_before_its_verb_reports_the_source(nlp):
    text = "The Daily Ledger, citing three engineers, reported that Norvik Construction had skipped checks."
    rule, creators, about, reported, source = _quotes(nlp, text)[0]
    assert rule.startswith("quote.citing") and not creators and source == "three engineers"
    assert reported == {"Daily Ledger"} and about == {"Norvik Construction"}


def test_links_outlet_reporting_without_citing_is_its_own_report(nlp):
    text = "The Daily Ledger reported that Norvik Construction had skipped checks."
    assert [q[0] for q in _quotes(nlp, text)] == ["quote.outlet"]


# --- the agent of a participle describing a noun is a topic (quotes._participle_agent) ----------------


def test_links_agent_of_a_participle_is_a_topic(nlp):
    text = "According to Ana Petrova, at least four bridges built by Norvik Construction were unsafe."
    assert has(relations(nlp, text), "quotation", "Ana Petrova", "Norvik Construction")


def test_links_agent_of_the_clause_own_passive_is_no_topic(nlp):
    text = "According to Ana Petrova, the four bridges were built by Norvik Construction."
    assert not has(relations(nlp, text), "quotation", "Ana Petrova", "Norvik Construction")


def test_links_place_phrase_in_the_subject_is_no_topic(nlp):
    text = "According to Ana Petrova, at least four bridges near Norvik Construction were unsafe."
    assert not has(relations(nlp, text), "quotation", "Ana Petrova", "Norvik Construction")


# --- "Y has not spoken to Z, he added": the pronoun is no one its own reported clause names
# (coref.reported_clause) ---------------------------------------------------------------------


def _token(doc, text):
    return next(t for t in doc if t.text == text)


def test_links_pronoun_speaker_is_not_named_in_its_reported_clause(nlp):
    doc = nlp("Rosa Mendes has not spoken to Paulo Vieira, he added.")
    excluded = reported_clause(_token(doc, "he"))
    assert _token(doc, "Vieira").i in excluded and _token(doc, "Mendes").i in excluded


def test_links_pronoun_inside_the_reported_clause_may_be_the_speaker(nlp):
    doc = nlp("Paulo Vieira said he had spoken to Rosa Mendes.")
    assert reported_clause(_token(doc, "he")) == set()


def test_links_added_after_a_spokesman_told_an_outlet_is_the_spokesman(nlp):
    text = (
        "Minister Rosa Mendes plans to meet farmers in Braga next week, her spokesman, Rui Santos, told "
        "Lusa. Mendes has not spoken to Paulo Ferreira-Lima, he added."
    )
    assert has(relations(nlp, text), "quotation", "Rui Santos", "Paulo Ferreira-Lima")
    assert not any(k == "quotation" and a == "Paulo Ferreira-Lima" for k, a, *_ in relations(nlp, text))


# --- "her coach, Ivo Marek": a pronoun owning a noun with a name in apposition only says whose the
# named person is (quotes.owner_of_named) -----------------------------------------------------------


def test_links_pronoun_owner_of_a_named_person_is_no_topic(nlp):
    doc = nlp("The union said its investigators had interviewed her coach, Ivo Marek, in March.")
    assert owner_of_named(_token(doc, "her"))


def test_links_named_owner_of_a_named_person_stays_a_topic(nlp):
    doc = nlp("Ana Ruiz said the Kremlin's spokesman, Dmitry Peskov, had misled the press.")
    assert not owner_of_named(_token(doc, "Kremlin"))


# --- a dateline is never a speaker, whatever the parse hangs on it (quotes: labelling.dateline_place) --


def test_links_dateline_is_no_speaker(nlp):
    text = (
        "RED DEER, Alberta — Two Cree bands quit talks with Aspen Ridge Energy Inc. on Tuesday, saying "
        "the firm had hidden a spill."
    )
    assert not any(k == "quotation" and a == "Red Deer" for k, a, *_ in relations(nlp, text))


def test_links_place_as_subject_outside_a_dateline_still_speaks(nlp):
    text = "Alberta said on Tuesday that Aspen Ridge Energy Inc. had hidden a spill."
    assert has(relations(nlp, text), "quotation", "Alberta", "Aspen Ridge Energy Inc.")
