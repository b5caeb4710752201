"""Links that generalise beyond the hold-out articles: attribution, contacts and denials.

Each rule has sentences of its own (other names, other wordings than tests/data/holdout3) that it must
match, and a near-miss it must not.
"""

import pytest

from extract import extract_document
from extract.evaluate import edges


def links(nlp, text):
    """The projection edges (kind, source name, target name) the text's facts make, and the facts."""
    document = extract_document(text, nlp=nlp)
    names = {e.iri: e.name for e in document.entities}
    found = set()
    for fact in document.facts:
        args = {role: [names.get(i, i) for i in iris] for role, iris in fact.args.items()}
        found |= edges(fact.kind, args)
    return found, document


# --- 1. attribution --------------------------------------------------------------------------------


def test_interview_with_an_outlet_gives_any_clause_to_it(nlp):
    found, _ = links(
        nlp, "In an interview with Radio Sonora, Pablo Ibarra rejected the charges as “theatre.”"
    )
    assert ("told", "Pablo Ibarra", "Radio Sonora") in found, found


def test_interview_room_is_no_interview_with_an_outlet(nlp):
    found, _ = links(nlp, "In an interview room, Pablo Ibarra signed the papers.")
    assert not any(kind == "told" for kind, _, _ in found), found


def test_any_plural_noun_cited_by_an_outlet_is_an_unnamed_source(nlp):
    found, _ = links(
        nlp, "Three teachers cited by The Harbour Ledger said Ridgeway Academy had hidden the test results."
    )
    assert ("reported_on", "The Harbour Ledger", "Ridgeway Academy") in found, found


def test_plural_noun_no_outlet_cites_is_no_source(nlp):
    _, document = links(nlp, "Three teachers at Ridgeway Academy said the test results were hidden.")
    assert not any(f.kind == "quotation" for f in document.facts), [f.label for f in document.facts]


def test_conjoined_names_in_a_reported_clause_are_both_its_topic(nlp):
    found, _ = links(
        nlp,
        "Officials cited by The Harbour Ledger said prosecutors had opened a case against Anna Berg "
        "and Tomas Wirth.",
    )
    assert ("reported_on", "The Harbour Ledger", "Anna Berg") in found, found
    assert ("reported_on", "The Harbour Ledger", "Tomas Wirth") in found, found


def test_agent_of_a_passive_is_not_the_topic(nlp):
    found, _ = links(
        nlp,
        "Officials cited by The Harbour Ledger said the case had been opened by Anna Berg and Tomas Wirth.",
    )
    assert not any(kind == "reported_on" for kind, _, _ in found), found


def test_offer_from_an_organisation_is_what_the_speaker_talks_about(nlp):
    found, _ = links(nlp, "Anna Berg said Ridgeway Labs had turned down an offer from Holm Capital in 2021.")
    assert ("commented_on", "Anna Berg", "Holm Capital") in found, found


def test_according_to_covers_the_main_clause_objects(nlp):
    found, _ = links(
        nlp, "Holm Capital will pay twice Ridgeway Labs’ annual revenue, according to Anna Berg."
    )
    assert ("commented_on", "Anna Berg", "Ridgeway Labs") in found, found
    assert ("commented_on", "Anna Berg", "Holm Capital") in found, found


def test_according_to_leaves_out_the_subjects_owner(nlp):
    found, _ = links(
        nlp, "Holm Capital’s software unit, Ridgeway Labs, will be sold next year, according to Anna Berg."
    )
    assert ("commented_on", "Anna Berg", "Ridgeway Labs") in found, found
    assert ("commented_on", "Anna Berg", "Holm Capital") not in found, found


def test_according_to_an_organisation_comments_on_the_people_in_it(nlp):
    """Round 4: hold-outs 3 and 5-7 all make "according to ORG" a statement about the clause (the first
    hold-out alone did not); see tests/extract/test_links_round4.py."""
    found, _ = links(nlp, "Anna Berg met Tomas Wirth on Monday, according to the Ministry of Health.")
    assert ("contact", "Anna Berg", "Tomas Wirth") in found, found
    assert ("commented_on", "Ministry of Health", "Anna Berg") in found, found


def test_my_client_in_a_lawyers_quote_is_the_client(nlp):
    found, _ = links(nlp, "Anna Berg’s lawyer, Tomas Wirth, said: “My client did nothing wrong.”")
    assert ("commented_on", "Tomas Wirth", "Anna Berg") in found, found


def test_my_client_without_a_known_client_is_no_one(nlp):
    found, _ = links(nlp, "Tomas Wirth, a lawyer, said: “My client did nothing wrong.”")
    assert not any(kind == "commented_on" for kind, _, _ in found), found


def test_place_as_subject_inside_a_quote_is_its_topic(nlp):
    found, _ = links(nlp, "“It will spread. Boston is simply next in line,” said Ruth Adler, a virologist.")
    assert ("commented_on", "Ruth Adler", "Boston") in found, found


def test_place_as_location_inside_a_quote_is_no_topic(nlp):
    found, _ = links(nlp, "“Hospitals in Boston are full,” said Ruth Adler, a virologist.")
    assert ("commented_on", "Ruth Adler", "Boston") not in found, found


# --- 2. contacts --------------------------------------------------------------------------------------


def test_pair_named_earlier_in_the_same_sentence_talked_by_phone(nlp):
    found, document = links(
        nlp,
        "Maria Lopez met Daniel Okoro in Lagos in May, and the two executives talked by phone every week.",
    )
    assert ("contact", "Daniel Okoro", "Maria Lopez") in found, found
    calls = [f for f in document.facts if f.kind == "contact" and f.values.get("contactType") == "call"]
    assert calls, [(f.label, f.values) for f in document.facts]


def test_pair_phrase_after_three_names_resolves_to_no_one(nlp):
    _, document = links(
        nlp, "Maria Lopez met Daniel Okoro and Kenji Sato in Lagos, and the two executives talked by phone."
    )
    contacts = [f for f in document.facts if f.kind == "contact"]
    assert len(contacts) == 2 and all(f.values.get("contactType") == "meeting" for f in contacts), [
        (f.label, f.values) for f in contacts
    ]


def test_spoke_by_phone_with_is_a_call(nlp):
    found, document = links(nlp, "Maria Lopez spoke by phone with Daniel Okoro on Tuesday.")
    assert ("contact", "Daniel Okoro", "Maria Lopez") in found, found
    assert any(f.values.get("contactType") == "call" for f in document.facts if f.kind == "contact")


def test_met_two_people_and_a_count(nlp):
    found, document = links(nlp, "Maria Lopez met Daniel Okoro three times in 2021 and Kenji Sato once.")
    assert ("contact", "Daniel Okoro", "Maria Lopez") in found, found
    counts = {f.values.get("count") for f in document.facts if f.kind == "contact"}
    assert 3 in counts, counts


def test_a_person_holding_talks_with_an_institution_is_a_contact(nlp):
    found, _ = links(nlp, "Maria Lopez held talks with the European Union on Monday.")
    assert ("contact", "European Union", "Maria Lopez") in found, found


def test_a_countrys_talks_with_an_institution_are_no_contact(nlp):
    found, _ = links(
        nlp, "Kroner warned that the dispute could slow Georgia’s accession talks with the European Union."
    )
    assert not any(kind == "contact" for kind, _, _ in found), found


# --- 3. denials ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "denial",
    [
        "Holm’s founder, Anna Berg, dismissed the allegations.",
        "Anna Berg, the founder of the firm, rejected the claims as “fiction.”",
        "Anna Berg called the report false.",
        "Anna Berg denied any wrongdoing.",
    ],
)
def test_denial_is_about_whom_the_previous_sentence_accused(nlp, denial):
    found, _ = links(nlp, f"Regulators accused Holm Capital of hiding losses. {denial}")
    assert ("denied", "Anna Berg", "Holm Capital") in found, found


def test_calling_a_report_accurate_is_no_denial(nlp):
    found, _ = links(
        nlp, "Regulators accused Holm Capital of hiding losses. Anna Berg called the report accurate."
    )
    assert not any(kind == "denied" for kind, _, _ in found), found


def test_an_organisation_accused_long_before_is_not_what_is_denied(nlp):
    found, _ = links(
        nlp,
        "Regulators accused Holm Capital of hiding losses. The shares fell 4 percent. Analysts expect a fine. "
        "Anna Berg dismissed the allegations.",
    )
    assert not any(kind == "denied" for kind, _, _ in found), found


def test_allegations_against_his_client_are_about_the_client(nlp):
    found, _ = links(nlp, "Anna Berg’s lawyer, Tomas Wirth, rejected the accusations against his client.")
    assert ("denied", "Tomas Wirth", "Anna Berg") in found, found


def test_a_lawyer_dismissing_findings_denies_them_for_the_client(nlp):
    found, _ = links(nlp, "Anna Berg’s lawyer, Tomas Wirth, dismissed the audit’s findings.")
    assert ("denied", "Tomas Wirth", "Anna Berg") in found, found


def test_denial_is_not_about_where_the_alleged_act_was_directed(nlp):
    found, _ = links(
        nlp, "Holm Capital denied reports that Anna Berg had steered contracts to Ridgeway Labs."
    )
    assert ("denied", "Holm Capital", "Anna Berg") in found, found
    assert ("denied", "Holm Capital", "Ridgeway Labs") not in found, found


def test_an_outlet_that_carried_an_accusation_is_not_its_target(nlp):
    found, _ = links(
        nlp,
        "Olga Berg accused Holm Capital of fraud in an interview with The Harbour Ledger. "
        "Anna Berg dismissed the allegations.",
    )
    assert ("denied", "Anna Berg", "Holm Capital") in found, found
    assert ("denied", "Anna Berg", "The Harbour Ledger") not in found, found


def test_his_client_without_a_known_client_is_no_one(nlp):
    found, _ = links(nlp, "Tomas Wirth rejected the accusations against his client.")
    assert not any(kind == "denied" for kind, _, _ in found), found
