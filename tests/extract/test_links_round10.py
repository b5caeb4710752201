"""Round 10 of links (issue 3, house styles): a pronoun in a quotation that stands for someone the
quotation brings in, "our office" in a quotation, a generic word for the speaker's own body, the body
an unnamed source is described by, the title words of an "according to" sentence's subject, the agent
of a passive relative clause, contacts ("took calls from", "raised the matter with", a second object
the parser hangs on the verb, a title subject with its name in apposition) and a denied report whose
party the parser reads as a complement. Each rule has a sentence of our own it must read and a near
miss it must leave alone. No hold-out text, name or wording is used."""

from factkit import contacts, linked, quotations

from extract.coref import _story_person

MAIN = "Harriet Oyelaran-Fisk, the mayor of Kestrel Bay, faced a recall vote on Sunday.\n\n"


def about(nlp, text, creator):
    return set().union(*[q[2] for q in quotations(nlp, text) if creator in q[1]] or [set()])


# --- coref.quote_pronoun: a person of the quotation's own story is no one of the article ------------


def test_quoted_pronoun_after_a_person_of_the_story_is_not_the_main_person(nlp):
    text = MAIN + '"A nurse in Dunmore asked me whether she could keep her flat," Tobias Renn said.'
    assert "Harriet Oyelaran-Fisk" not in about(nlp, text, "Tobias Renn")


def test_quoted_pronoun_after_a_quantified_person_is_not_the_main_person(nlp):
    text = MAIN + '"Every tenant would have to choose between her rent and her medicine," Tobias Renn said.'
    assert "Harriet Oyelaran-Fisk" not in about(nlp, text, "Tobias Renn")


def test_quoted_pronoun_with_no_person_of_the_story_is_still_the_main_person(nlp):
    text = MAIN + '"A report came out and she has not answered it," Tobias Renn said.'
    assert "Harriet Oyelaran-Fisk" in about(nlp, text, "Tobias Renn")


def _story(nlp, text):
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == '"') + 1
    return _story_person(doc, start, next(t.i for t in doc if t.lower_ == "she"), "f")


def test_quoted_description_of_a_named_person_is_no_person_of_the_story(nlp):
    # called X "a careful manager who ...": the quoted noun describes X, and "she" may well be X
    assert not _story(
        nlp, 'Tobias Renn has called Lise Okafor "a careful manager who forgot whose money she was spending."'
    )
    assert _story(nlp, '"A careful manager asked me whether she could stay," Tobias Renn said.')
    assert not _story(nlp, '"As a manager for the firm she built, Lise Okafor is careful," Tobias Renn said.')


def test_quoted_pronoun_of_the_other_gender_than_the_main_person_is_not_her(nlp):
    text = (
        "Harriet Oyelaran-Fisk, the mayor of Kestrel Bay, said she would fight the recall.\n\n"
        '"I told the council he was wrong," Tobias Renn said.'
    )
    assert "Harriet Oyelaran-Fisk" not in about(nlp, text, "Tobias Renn")


# --- "our office" in a quotation: the speaker's own body, never a guessed one --------------------------


def test_our_ministry_in_a_quotation_is_no_topic(nlp):
    text = (
        "The Ministry of Fisheries opened a case in May.\n\n"
        '"Those files never left our ministry, because we never copied them," Maria Duarte said.'
    )
    assert "Ministry of Fisheries" not in about(nlp, text, "Maria Duarte")


def test_the_ministry_in_a_quotation_stays_a_topic(nlp):
    text = (
        "The Ministry of Fisheries opened a case in May.\n\n"
        '"The ministry never asked us for those files," Maria Duarte said.'
    )
    assert "Ministry of Fisheries" in about(nlp, text, "Maria Duarte")


# --- generic_business: "the group" for the speaker's non-profit --------------------------------------


def test_the_group_for_a_nonprofit_is_no_topic(nlp):
    text = "Maren Oduya, executive director of Northfield Food Pantries, said the group had run out of rice."
    assert "Northfield Food Pantries" not in about(nlp, text, "Maren Oduya")


def test_a_body_named_by_its_own_head_stays_a_topic(nlp):
    # an outsider speaks about the body (the speaker's own body is no topic since round 11)
    text = "Maren Oduya, who audited the Harwick Trust, said the trust had asked Pieter Smal for a copy."
    assert "Harwick Trust" in about(nlp, text, "Maren Oduya")


# --- source.own_body: an unnamed source's own body through coreference ---------------------------------


def test_unnamed_sources_body_through_coreference_is_no_topic(nlp):
    text = (
        "The Harwick Revenue Authority audited the port in 2021.\n\n"
        "Two Harwick Revenue Authority inspectors told Reuters that Pieter Smal had asked the authority "
        "to delay the audit."
    )
    (quote,) = [q for q in quotations(nlp, text) if q[3] == {"Reuters"}]
    assert "Pieter Smal" in quote[2] and "Harwick Revenue Authority" not in quote[2], quote


def test_unnamed_sources_other_body_stays_a_topic(nlp):
    text = (
        "The Harwick Revenue Authority audited the port in 2021.\n\n"
        "Two port inspectors told Reuters that Pieter Smal had asked the authority to delay the audit."
    )
    (quote,) = [q for q in quotations(nlp, text) if q[3] == {"Reuters"}]
    assert "Harwick Revenue Authority" in quote[2], quote


# --- quote.according_to_org: the title words of the subject describe it -------------------------------


def test_according_to_title_words_of_the_subject_are_no_topic(nlp):
    text = (
        "Velmar Ports's chief executive, Idris Kallenberg, met Ports Minister Ana Sobral in Porto on "
        "Friday, according to the Ministry of the Sea."
    )
    topics = about(nlp, text, "Ministry of the Sea")
    assert "Idris Kallenberg" in topics and "Velmar Ports" not in topics, topics


def test_according_to_a_body_as_subject_stays_a_topic(nlp):
    text = (
        "Velmar Ports met Ports Minister Ana Sobral in Porto on Friday, according to the Ministry of the Sea."
    )
    assert "Velmar Ports" in about(nlp, text, "Ministry of the Sea")


# --- the agent of a passive relative clause is a party -------------------------------------------------


def test_agent_of_a_passive_relative_clause_is_a_topic(nlp):
    text = (
        "The Oslo Police District said detectives had found six loans that were arranged by "
        "Nordvik Kreditt in 2022."
    )
    assert "Nordvik Kreditt" in about(nlp, text, "Oslo Police District")


def test_agent_of_the_clauses_own_passive_is_no_topic(nlp):
    text = "The Oslo Police District said the case had been opened by Nordvik Kreditt in 2022."
    assert "Nordvik Kreditt" not in about(nlp, text, "Oslo Police District")


# --- contacts -----------------------------------------------------------------------------------------


def test_took_calls_from(nlp):
    text = "Records show that Sunniva Hale, who sat on the council until 2021, took calls from Brendan Orr."
    found = contacts(nlp, text)
    assert (frozenset(("Sunniva Hale", "Brendan Orr")), "contact.noun.taken_call") in found, found


def test_calls_from_without_a_taker_is_no_contact(nlp):
    text = "Sunniva Hale published the calls from Brendan Orr in March."
    assert not contacts(nlp, text)


def test_raised_the_matter_with(nlp):
    text = "Brendan Orr said he had raised the matter with Sunniva Hale at a meeting in June."
    found = contacts(nlp, text)
    assert any(p == {"Brendan Orr", "Sunniva Hale"} and "contact.verb.raise" in r for p, r in found), found


def test_raised_money_with_is_no_contact(nlp):
    text = "Brendan Orr raised $2 million with Sunniva Hale in June."
    assert not contacts(nlp, text)


GOVERNOR = "Gov. Tessa Brandow-Lyle signed the bill.\n\n"


def test_second_object_after_a_party_label(nlp):
    text = GOVERNOR + (
        "Brandow-Lyle met Rep. Ilse Moreno-Castell, D-Allentown, and House Speaker Walter K. Marsh at the "
        "governor's residence on Sunday, according to the governor's office."
    )
    found = contacts(nlp, text)
    assert any(
        p == {"Tessa Brandow-Lyle", "Walter K. Marsh"} and "contact.object_conj" in r for p, r in found
    )
    assert any(p == {"Tessa Brandow-Lyle", "Ilse Moreno-Castell"} for p, _ in found), found


def test_a_conjoined_clause_is_no_second_object(nlp):
    text = (
        GOVERNOR
        + "Brandow-Lyle met Rep. Ilse Moreno-Castell on Sunday, and Walter K. Marsh signed the order."
    )
    assert not any("Walter K. Marsh" in p for p, _ in contacts(nlp, text))


def test_title_subject_with_its_name_in_apposition_meets(nlp):
    text = "The Minister for Rural Affairs, Tessa Brandow, met the council's leader, Idris Colton, on Friday."
    found = contacts(nlp, text)
    assert any(p == {"Tessa Brandow", "Idris Colton"} and "contact.subject_appos" in r for p, r in found), (
        found
    )


def test_title_subject_without_a_name_meets_no_one(nlp):
    text = "The Minister for Rural Affairs met the council's leader, Idris Colton, on Friday."
    assert not contacts(nlp, text)


# --- denials: the one called in a denied report --------------------------------------------------------


def test_denied_report_that_someone_had_called(nlp):
    text = (
        "Harlan Voss, a spokesman for the Eastern Grain Traders Association, denied a report on "
        "Reuters that its chairman, Edwin Pask, had called Lena Marsh to ask for the permit to be issued."
    )
    found = {(a, b) for a, b, _ in linked(nlp, text, "denial", "agent", "about")}
    assert ("Harlan Voss", "Lena Marsh") in found, found


def test_confirmed_report_is_no_denial(nlp):
    text = (
        "Harlan Voss, a spokesman for the Eastern Grain Traders Association, confirmed a report on "
        "Reuters that its chairman, Edwin Pask, had called Lena Marsh to ask for the permit to be issued."
    )
    assert not linked(nlp, text, "denial", "agent", "about")


# --- coref.org_noun: "the group" is no public body ----------------------------------------------------


def test_the_group_is_no_public_bureau(nlp):
    text = (
        "Idris Kallenberg met officials of the Transport Bureau on Monday.\n\n"
        '"If this is right, the group\'s real debt is twice what we thought," said Lena Marsh, an analyst.'
    )
    assert "Transport Bureau" not in about(nlp, text, "Lena Marsh")


def test_the_group_for_a_company_stays_a_topic(nlp):
    text = (
        "Idris Kallenberg sold his stake in Tarvo Holdings on Monday.\n\n"
        '"If this is right, the group\'s real debt is twice what we thought," said Lena Marsh, an analyst.'
    )
    assert "Tarvo Holdings" in about(nlp, text, "Lena Marsh")
