"""Round 8 of attribution (issue 3): a definite noun ("the company") is no statement topic, a speaker the
parser hung inside the quotation before a subjectless "said", a hyphenated title that split the subject,
and the dateline's place as a parsed subject. Each rule has a sentence of our own it must read and a near
miss it must leave alone. No hold-out text, name or wording is used."""

from factkit import contacts, quotations


def _by(nlp, text, creator):
    return [q for q in quotations(nlp, text) if creator in q[1]]


# --- "said the company would appeal": a definite noun is no topic (quotes.DEFINITE_NOUN_REFS) --------

FREIGHT = "Harlow Freight denied the charges on Monday. Its chief executive, Tomasz Brandt, said {} would appeal to the Kingsbridge High Court."


def test_the_company_in_a_statement_is_no_topic(nlp):
    (quote,) = _by(nlp, FREIGHT.format("the company"), "Tomasz Brandt")
    assert quote[2] == {"Kingsbridge High Court"}


def test_the_company_named_in_a_statement_stays_a_topic(nlp):
    (quote,) = _by(nlp, FREIGHT.format("Harlow Freight"), "Tomasz Brandt")
    assert quote[2] == {"Harlow Freight", "Kingsbridge High Court"}


# --- "“...,” its finance director, X, said": the speaker the parser took into the quote ---------------

LEDGER = "“We will open every ledger to anyone who asks,” its finance director, {}, said in a statement to Reuters."


def test_speaker_between_quote_and_subjectless_verb(nlp):
    (quote,) = _by(nlp, LEDGER.format("Lena Brisk"), "Lena Brisk")
    assert quote[0] == "quote.said_to+speaker.after_quote"
    assert quote[3] == {"Reuters"}


def test_two_names_between_quote_and_verb_credit_neither_alone(nlp):
    text = LEDGER.format("Lena Brisk, and its chairman, Olav Berg")
    assert not [q for q in quotations(nlp, text) if "speaker.after_quote" in q[0]]


# --- "The agency's vice-chairman, X, was quoted": a split hyphenated title (quote_speakers) -----------

TARIFF = "The agency’s vice-chairman{} was quoted by Haaretz as saying that the Israel Electric Corporation would raise prices."


def test_name_after_a_split_hyphenated_title_speaks(nlp):
    (quote,) = _by(nlp, TARIFF.format(", Oren Tal,"), "Oren Tal")
    assert quote[4] == {"Haaretz"}
    assert quote[2] == {"Israel Electric Corporation"}


def test_split_title_with_no_name_credits_no_one(nlp):
    assert not [q for q in quotations(nlp, TARIFF.format("")) if q[1]]


# --- "TALLINN, Estonia — X has opened ..., the ministry said": the dateline is no topic --------------


def test_dateline_place_parsed_as_subject_is_no_topic(nlp):
    text = (
        "TALLINN, Estonia — The Estonian Competition Authority (Konkurentsiamet) has opened a case against "
        "the port, the Ministry of Economic Affairs said."
    )
    (quote,) = _by(nlp, text, "Ministry of Economic Affairs")
    assert quote[2] == {"Estonian Competition Authority"}


def test_place_as_the_reported_subject_stays_a_topic(nlp):
    text = "Estonia must open its ports to rival operators, the Ministry of Economic Affairs said."
    (quote,) = _by(nlp, text, "Ministry of Economic Affairs")
    assert quote[2] == {"Estonia"}


# --- "met the firm's director, X, and Minister Y": a name conjoined to the apposition's name ----------

HARBOUR = "Ana Ruiz met the Kestrel Shipping chief executive, Lars Holm, and {} in Gdynia on Friday, the Ministry of Infrastructure said."


def test_name_conjoined_to_an_apposition_was_met_and_is_a_topic(nlp):
    text = HARBOUR.format("Transport Minister Petra Nyberg")
    assert (frozenset({"Ana Ruiz", "Petra Nyberg"}), "contact.verb.meet+contact.appos_conj") in contacts(
        nlp, text
    )
    (quote,) = _by(nlp, text, "Ministry of Infrastructure")
    assert {"Lars Holm", "Petra Nyberg"} <= quote[2]


def test_organisation_in_an_apposition_stays_a_description(nlp):
    text = "Ana Ruiz met Lars Holm, the owner of Kestrel Shipping and Baltic Tug, in Gdynia on Friday, the Ministry of Infrastructure said."
    assert {p for pair, _ in contacts(nlp, text) for p in pair} == {"Ana Ruiz", "Lars Holm"}
    (quote,) = _by(nlp, text, "Ministry of Infrastructure")
    assert quote[2] == {"Ana Ruiz", "Lars Holm"}


# --- "Acme, which reported a profit of ...": an account of business, no statement (outlets.publishes) --

SHIPPERS = (
    "Tomas Varga, who chairs the Slovak Shippers' Council, was quoted by Pravda as saying that the penalty "
    "was a bargain for Danube Cargo, which reported {}."
)


def test_reporting_a_profit_is_no_statement(nlp):
    assert not _by(nlp, SHIPPERS.format("a profit of 90 million euros last year"), "Danube Cargo")


def test_reporting_a_clause_stays_a_statement(nlp):
    (quote,) = _by(nlp, "Danube Cargo reported that Slovak Rail had paid its debts.", "Danube Cargo")
    assert quote[2] == {"Slovak Rail"}


# --- "X said the unit had warned ...": a speech verb inside another's reported clause (quotes._outermost)


def test_warning_inside_a_reported_clause_is_the_speakers_topic(nlp):
    text = (
        "Two inspectors cited by Dagbladet said the port's Harbour Safety Unit had warned the ministry in "
        "June that the quay was unsafe."
    )
    assert not _by(nlp, text, "Harbour Safety Unit")
    assert [q[2] for q in quotations(nlp, text)] == [{"Harbour Safety Unit"}]
    text = 'Lena Brisk said Kestrel Shipping should have warned its crews "on the first day, not the tenth."'
    assert not _by(nlp, text, "Kestrel Shipping")


def test_warning_in_a_clause_of_its_own_stays_a_statement(nlp):
    text = 'Lena Brisk said the quay was unsafe, and Kestrel Shipping warned its crews "to stay ashore until the inspectors leave."'
    assert _by(nlp, text, "Kestrel Shipping")


def test_telling_an_outlet_inside_a_reported_clause_stays(nlp):
    (quote,) = _by(nlp, "Lena Brisk said Olav Berg had told Reuters that the quay was unsafe.", "Olav Berg")
    assert quote[3] == {"Reuters"}
