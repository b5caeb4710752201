"""Round 4 of link rules (issue 3): statements by organisations, denials, advice, representation and
quoted words, each read as a class from the parse, with a sentence of our own it must read and a near
miss it must leave alone. No hold-out text, name or wording is used here."""

from test_relations_round2 import has, relations

# --- "according to ORG": a body speaks about the clause as a person does (quote.according_to_org) ---


def test_links_according_to_organisation_has_topics(nlp):
    text = (
        "Nadia Petrova met Arturo Benedetti in Geneva on Monday, according to the World Trade Organization."
    )
    found = relations(nlp, text)
    assert has(found, "quotation", "World Trade Organization", "Nadia Petrova")
    assert has(found, "quotation", "World Trade Organization", "Arturo Benedetti")
    assert not has(found, "quotation", "World Trade Organization", "Geneva")  # a place of the meeting


def test_links_according_to_the_noun_of_a_named_body(nlp):
    text = (
        "The Harbour Workers Union called a strike at the port of Bremen. "
        "Maria Costa met Daniel Weber at the docks on Monday, according to the union."
    )
    found = relations(nlp, text)
    assert has(found, "quotation", "Harbour Workers Union", "Maria Costa")
    assert has(found, "quotation", "Harbour Workers Union", "Daniel Weber")


def test_links_according_to_organisation_reads_the_reported_clause(nlp):
    text = (
        "Auditors found that Meridian Tankers had skipped safety checks, according to the Maritime Authority."
    )
    found = relations(nlp, text)
    assert has(found, "quotation", "Maritime Authority", "Meridian Tankers")


def test_links_according_to_outlet_is_no_statement_by_it(nlp):
    text = "Nadia Petrova met Arturo Benedetti in Geneva on Monday, according to The New York Times."
    found = relations(nlp, text)
    assert not any(k == "quotation" and a == "The New York Times" for k, a, *_ in found)


# --- who acts in a reported clause: "Norvik managers had ignored ..." (quote clause_about) ----------
# --- a counted plural is an unnamed source whatever the noun (unnamed.describe) ----------------------


def test_links_counted_plural_told_outlet_about_modifier_of_subject(nlp):
    text = "Two engineers at the plant told the Financial Times that Norvik managers had ignored the alarms."
    found = relations(nlp, text)
    assert has(found, "quotation", "Norvik", "Financial Times")  # no creator: about, then the outlet


def test_links_place_modifying_the_subject_is_no_topic(nlp):
    text = "Two engineers at the plant told the Financial Times that Chicago managers had ignored the alarms."
    found = relations(nlp, text)
    assert any(k == "quotation" for k, *_ in found)
    assert not any(k == "quotation" and "Chicago" in (a, b) for k, a, b, _ in found)


def test_links_uncounted_definite_plural_is_no_unnamed_source(nlp):
    text = "The engineers told the Financial Times that Norvik managers had ignored the alarms."
    found = relations(nlp, text)
    assert not any(k == "quotation" for k, *_ in found)


# --- a denial is a denial, not also a statement about what it denies (quotes.SPEECH) ---------------


def test_links_denial_is_no_statement(nlp):
    found = relations(nlp, "Olga Brandt denied that Vessel Marine had hidden the losses.")
    assert has(found, "denial", "Olga Brandt", "Vessel Marine")
    assert not has(found, "quotation", "Olga Brandt", "Vessel Marine")


def test_links_saying_the_same_is_a_statement(nlp):
    found = relations(nlp, "Olga Brandt said that Vessel Marine had hidden the losses.")
    assert has(found, "quotation", "Olga Brandt", "Vessel Marine")
    assert not any(k == "denial" for k, *_ in found)


# --- a denied report: its own clause, not the outlet it appeared in (others._content) ---------------


def test_links_denied_report_is_about_its_clause_not_the_outlet(nlp):
    text = "Harrow Shipping denied a report on CNN that Tomas Reyes had met Pavel Orlov in Vienna."
    found = relations(nlp, text)
    assert has(found, "denial", "Harrow Shipping", "Tomas Reyes")
    assert has(found, "denial", "Harrow Shipping", "Pavel Orlov")
    assert not has(found, "denial", "Harrow Shipping", "CNN")


def test_links_denied_report_names_the_body_in_apposition(nlp):
    text = "Harrow Shipping denied a report that Tomas Reyes had met executives of the insurer Calder Mutual."
    found = relations(nlp, text)
    assert has(found, "denial", "Harrow Shipping", "Calder Mutual")


def test_links_denied_report_with_its_own_clause_borrows_no_earlier_target(nlp):
    text = (
        "Ingrid Falk accused Bergen Metals of fraud in March. "
        "Harrow Shipping denied a report that its ships had docked in Tartus."
    )
    found = relations(nlp, text)
    assert not has(found, "denial", "Harrow Shipping", "Bergen Metals")


def test_links_denied_allegations_still_find_the_earlier_target(nlp):
    text = "Ingrid Falk accused Bergen Metals of fraud in March. Bergen Metals' lawyer, Ruth Adler, denied the allegations."
    found = relations(nlp, text)
    assert has(found, "denial", "Ruth Adler", "Bergen Metals")


# --- advising an organisation's board advises the organisation (advice.body_of) ---------------------


def test_links_advising_a_board_advises_its_organisation(nlp):
    text = "Calloway Partners, a Dublin consultancy that advised Fenwick Bank's board in 2022, declined to comment."
    found = relations(nlp, text)
    assert has(found, "advice", "Calloway Partners", "Fenwick Bank")


def test_links_advising_customers_is_no_advice_to_the_organisation(nlp):
    text = "Calloway Partners, a Dublin consultancy that advised Fenwick Bank's customers in 2022, declined to comment."
    found = relations(nlp, text)
    assert not has(found, "advice", "Calloway Partners", "Fenwick Bank")


# --- "X, acting for Y" / "acting on behalf of Y" (represents.acting_for) ----------------------------


def test_links_acting_for_is_representation(nlp):
    found = relations(nlp, "Brenda Kowalczyk, acting for Northgate Holdings, filed the appeal on Monday.")
    assert has(found, "representation", "Brenda Kowalczyk", "Northgate Holdings")


def test_links_acting_on_behalf_of_is_representation(nlp):
    text = "Tomasz Nowak, who acts on behalf of the Harbour Trust, said the deal was fair."
    found = relations(nlp, text)
    assert has(found, "representation", "Tomasz Nowak", "Harbour Trust")


def test_links_acting_for_a_time_is_no_representation(nlp):
    found = relations(nlp, "Peter Hall, acting for the first time as chairman, opened the meeting in Leeds.")
    assert not any(k == "representation" for k, *_ in found)


# --- quoted words inside the speaker's own reported clause keep the narrator's pronouns -----------


def test_links_pronoun_in_words_quoted_inside_reported_speech_is_the_speaker(nlp):
    text = (
        "Mayor Erik Lunde faces questions over donations to his campaign. Lunde was re-elected in 2021. "
        'Marta Solberg was quoted by the Bergen Tidende as saying that she had "followed the advice of her '
        'accountants."'
    )
    found = relations(nlp, text)
    assert not has(found, "quotation", "Marta Solberg", "Erik Lunde")


def test_links_pronoun_in_words_quoted_as_a_description_still_counts(nlp):
    text = (
        "Mayor Erik Lunde faces questions over donations to his campaign. Lunde was re-elected in 2021. "
        'Jonas Berg has called Lunde "a mayor who forgot whose money he was spending."'
    )
    found = relations(nlp, text)
    assert has(found, "quotation", "Jonas Berg", "Erik Lunde")
