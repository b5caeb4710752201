"""Round 5 of link rules (issue 3): statements seen or cited by outlets, unnamed sources speaking to one,
what a reported clause is about, denials of lists and of reported calls, contacts a denied report or a
cancellation takes back. Each class is read from the parse, with a sentence of our own it must read and
a near miss it must leave alone. No hold-out text, name or wording is used here."""

from test_relations_round2 import has, relations

from extract import extract_document


def _quotes(found, a, b):
    return has(found, "quotation", a, b)


# --- "In a memo seen by OUTLET, X said": the outlet reported it (quotes._seen_by) -------------------


def test_links_statement_in_a_document_seen_by_an_outlet_is_reported_by_it(nlp):
    text = "In a memo to staff seen by Bloomberg, Ingrid Solberg said Corvane Holdings had lost its biggest client."
    found = relations(nlp, text)
    assert _quotes(found, "Ingrid Solberg", "Bloomberg")
    assert _quotes(found, "Ingrid Solberg", "Corvane Holdings")


def test_links_document_obtained_by_an_outlet_is_reported_by_it(nlp):
    text = "In a filing obtained by the Guardian, Paolo Ferraro said Kestrel Marine Ltd had missed three payments."
    assert _quotes(relations(nlp, text), "Paolo Ferraro", "The Guardian")


def test_links_document_seen_by_no_outlet_gives_no_outlet(nlp):
    text = "In a memo seen by the board, Ingrid Solberg said Corvane Holdings had lost its biggest client."
    found = relations(nlp, text)
    assert _quotes(found, "Ingrid Solberg", "Corvane Holdings")
    assert {b for k, a, b, _ in found if k == "quotation"} == {"Corvane Holdings"}


# --- "Four clerks, speaking to OUTLET, said": given to the outlet (quotes._event, unnamed._speaking) --


def test_links_unnamed_source_speaking_to_an_outlet(nlp):
    text = (
        "Four engineers at the depot, speaking to the Financial Times on condition of anonymity, "
        "said Paolo Ferraro had ignored the warnings."
    )
    found = relations(nlp, text)
    assert has(found, "quotation", "Paolo Ferraro", "Financial Times")  # no creator: about, then outlet


def test_links_unnamed_source_speaking_at_a_rally_has_no_outlet(nlp):
    text = "Four engineers at the depot, speaking at a rally on Sunday, said Paolo Ferraro had ignored the warnings."
    found = relations(nlp, text)
    assert not any(k == "quotation" and b is not None for k, a, b, _ in found)


# --- "cited by the newspaper": the outlet named just before (quotes._outlet_noun) -------------------


def test_links_cited_by_the_newspaper_is_the_outlet_named_before(nlp):
    text = (
        "The Evening Post named Halvard Energy in its report on Monday. Two members of the board cited by "
        "the newspaper said Corvane Holdings had been told the budget."
    )
    found = relations(nlp, text)
    assert has(found, "quotation", "Corvane Holdings", "Evening Post")


def test_links_cited_by_a_newspaper_named_nowhere_gives_no_outlet(nlp):
    text = "Two members of the board cited by the newspaper said Corvane Holdings had been told the budget."
    found = relations(nlp, text)
    assert not any(k == "quotation" and b is not None for k, a, b, _ in found)


def test_links_one_who_was_told_something_is_no_speaker(nlp):
    text = "Two members of the board cited by Radio Nord said Corvane Holdings had been told the budget."
    doc = extract_document(text, nlp=nlp)
    names = {e.iri: e.name for e in doc.entities}
    quotes = [f for f in doc.facts if f.kind == "quotation"]
    assert [names[k] for f in quotes for k in f.args.get("reportedBy", [])] == ["Radio Nord"]
    assert not any(f.args.get("creator") for f in quotes)  # the unnamed members spoke, not Corvane


# --- the object of "to" on a reported clause's verb is a party (quotes._verb_object) -----------------


def test_links_statement_about_the_buyer_after_to(nlp):
    text = "Paolo Ferraro said the company had sold four plants to Halvard Energy in May."
    assert _quotes(relations(nlp, text), "Paolo Ferraro", "Halvard Energy")


def test_links_destination_place_and_payments_to_someone_are_no_topic(nlp):
    found = relations(nlp, "Paolo Ferraro said the firm had flown its staff to Lisbon.")
    assert not any(k == "quotation" for k, *_ in found)
    text = "Paolo Ferraro said the firm had made payments to a former director of Halvard Energy."
    assert not _quotes(relations(nlp, text), "Paolo Ferraro", "Halvard Energy")


# --- "OUTLET reported, citing X": X spoke, the outlet reported it (quotes._cited_source) -------------


def test_links_outlet_citing_a_named_source(nlp):
    text = "Corvane Shipping Line had missed three payments, Reuters reported, citing Paolo Ferraro."
    found = relations(nlp, text)
    assert _quotes(found, "Paolo Ferraro", "Reuters")
    assert _quotes(found, "Paolo Ferraro", "Corvane Shipping Line")
    assert not any(k == "quotation" and a == "Reuters" for k, a, *_ in found)


def test_links_outlet_citing_unnamed_people(nlp):
    text = (
        "Reuters reported on Monday that Corvane Shipping Line had missed three payments, citing two "
        "people familiar with the matter."
    )
    found = relations(nlp, text)
    assert has(found, "quotation", "Corvane Shipping Line", "Reuters")  # unnamed: about, then outlet
    assert not any(k == "quotation" and a == "Reuters" for k, a, *_ in found)


def test_links_outlet_citing_a_document_stays_the_outlet_report(nlp):
    text = "Corvane Shipping Line had missed three payments, Reuters reported, citing a letter from Paolo Ferraro."
    found = relations(nlp, text)
    assert not any(k == "quotation" and a == "Paolo Ferraro" for k, a, *_ in found)


# --- denials: each name of a list, the one addressed (others._first_of_list, others._addressee) ------


def test_links_denial_about_each_name_of_a_list(nlp):
    text = "Halvard Energy denied that Ingrid Solberg, Paolo Ferraro or Tomas Berg had received payments."
    found = relations(nlp, text)
    for name in ("Ingrid Solberg", "Paolo Ferraro", "Tomas Berg"):
        assert has(found, "denial", "Halvard Energy", name)


def test_links_denial_list_near_miss_a_described_name(nlp):
    text = "Halvard Energy denied that its chief executive, Ingrid Solberg, had been offered shares."
    found = relations(nlp, text)
    assert {b for k, a, b, _ in found if k == "denial"} == {"Ingrid Solberg"}


def test_links_denied_report_of_a_conversation_is_about_both(nlp):
    text = (
        "Brightwater Partners denied a report in the Evening Post that Ingrid Solberg had spoken to "
        "Paolo Ferraro about the merger."
    )
    found = relations(nlp, text)
    assert has(found, "denial", "Brightwater Partners", "Ingrid Solberg")
    assert has(found, "denial", "Brightwater Partners", "Paolo Ferraro")


def test_links_denied_destination_is_no_topic(nlp):
    text = (
        "Brightwater Partners denied claims that Ingrid Solberg had steered contracts to Kestrel Marine Ltd."
    )
    found = relations(nlp, text)
    assert has(found, "denial", "Brightwater Partners", "Ingrid Solberg")
    assert not has(found, "denial", "Brightwater Partners", "Kestrel Marine Ltd")


# --- contacts a denied report tells of, or a cancellation takes back (modality) ----------------------


def test_links_meeting_in_a_denied_report_is_denied(nlp):
    text = "Halvard Energy denied a report by Radio Nord that Ingrid Solberg had met Paolo Ferraro and Tomas Berg."
    found = relations(nlp, text)
    assert not any(k == "contact" for k, *_ in found)
    assert has(found, "contact_mention", "Ingrid Solberg", "Paolo Ferraro", "denied")
    assert has(found, "contact_mention", "Ingrid Solberg", "Tomas Berg", "denied")


def test_links_conversation_in_a_denied_report_is_denied(nlp):
    text = (
        "Brightwater Partners denied a report in the Evening Post that Ingrid Solberg had spoken to "
        "Paolo Ferraro about the merger."
    )
    found = relations(nlp, text)
    assert not any(k == "contact" for k, *_ in found)
    assert has(found, "contact_mention", "Ingrid Solberg", "Paolo Ferraro", "denied")


def test_links_meeting_in_a_report_nobody_denies_is_a_contact(nlp):
    text = "Radio Nord broadcast a report that Ingrid Solberg had met Paolo Ferraro in Oslo."
    assert has(relations(nlp, text), "contact", "Ingrid Solberg", "Paolo Ferraro")


def test_links_cancelled_meeting_is_no_contact(nlp):
    text = "A meeting between Ingrid Solberg and Paolo Ferraro was cancelled on Monday."
    found = relations(nlp, text)
    assert not any(k == "contact" for k, *_ in found)
    assert has(found, "contact_mention", "Ingrid Solberg", "Paolo Ferraro", "negated")


def test_links_meeting_cancelled_by_one_side_is_no_contact(nlp):
    found = relations(nlp, "Ingrid Solberg cancelled her meeting with Paolo Ferraro.")
    assert not any(k == "contact" for k, *_ in found)
    assert has(found, "contact_mention", "Ingrid Solberg", "Paolo Ferraro", "negated")


def test_links_postponed_talks_are_planned(nlp):
    text = "The talks between Ingrid Solberg and Paolo Ferraro were postponed until May."
    assert has(relations(nlp, text), "contact_mention", "Ingrid Solberg", "Paolo Ferraro", "planned")


def test_links_meeting_that_was_held_is_a_contact(nlp):
    text = "A meeting between Ingrid Solberg and Paolo Ferraro was held on Monday."
    assert has(relations(nlp, text), "contact", "Ingrid Solberg", "Paolo Ferraro")


# --- already read, kept: an organisation speaks about each name; a relative clause is no content ----


def test_links_union_statement_about_each_name(nlp):
    text = (
        "The Harbour Workers Union called a strike in Bergen. "
        "The union said Ingrid Solberg and Paolo Ferraro had ignored the safety rules."
    )
    found = relations(nlp, text)
    assert _quotes(found, "Harbour Workers Union", "Ingrid Solberg")
    assert _quotes(found, "Harbour Workers Union", "Paolo Ferraro")


def test_links_name_in_the_speakers_relative_clause_is_no_topic(nlp):
    text = "Tomas Berg, who succeeded Ingrid Solberg as chair, told the Evening Post that Halvard Bank would appeal."
    found = relations(nlp, text)
    assert _quotes(found, "Tomas Berg", "Halvard Bank")
    assert not _quotes(found, "Tomas Berg", "Ingrid Solberg")
