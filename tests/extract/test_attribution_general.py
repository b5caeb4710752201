"""What a statement is about, from the parse rather than from word lists (session 3): each rule with
a sentence of its own it must match and a near miss it must not."""

from factkit import contact_pairs as contacts

from extract import extract_document


def statements(nlp, text):
    """Return (creator or source, about, givenTo + reportedBy) per quotation, with names."""
    doc = extract_document(text, nlp=nlp)
    names = {e.iri: e.name for e in doc.entities}
    out = []
    for fact in doc.facts:
        if fact.kind != "quotation":
            continue
        args = {k: {names.get(i, i) for i in v} for k, v in fact.args.items()}
        creator = next(iter(args.get("creator", [])), fact.values.get("sourceDescription"))
        out.append(
            (creator, args.get("about", set()), args.get("givenTo", set()) | args.get("reportedBy", set()))
        )
    return out


def about_of(nlp, text, creator):
    return set().union(*[a for c, a, _ in statements(nlp, text) if c == creator] or [set()])


# --- "the university said": a definite noun that heads one named organisation's name ---------------


def test_attribution_general_org_noun_by_its_name(nlp):
    text = (
        "Ravi Sen taught at the University of Halden until 2019. "
        "Sen met Clara Holt in Oslo on Tuesday, the university said."
    )
    assert {"Ravi Sen", "Clara Holt"} <= about_of(nlp, text, "University of Halden")


def test_attribution_general_org_noun_with_a_complement_is_a_common_word(nlp):
    text = (
        "The Northgate Transit Authority will vote on Monday. "
        "Lena Ortiz said the council had the authority to block the fee."
    )
    assert "Northgate Transit Authority" not in about_of(nlp, text, "Lena Ortiz")


def test_attribution_general_org_noun_two_named_picks_the_nearest(nlp):
    # the speaker holds no post at the trust (round 11: her own body would be no topic)
    text = (
        "Paul Ek chaired the Royal Orchard Trust until 2010. "
        "Mira Lind, who audited the Harwell Trust last year, said the trust had asked Ek for a copy."
    )
    about = about_of(nlp, text, "Mira Lind")
    assert "Harwell Trust" in about and "Royal Orchard Trust" not in about, about
    # near miss: the nearest trust is the speaker's own, so no trust is a topic
    own = text.replace("who audited the Harwell Trust last year", "a director at the Harwell Trust")
    about = about_of(nlp, own, "Mira Lind")
    assert "Harwell Trust" not in about and "Royal Orchard Trust" not in about, about


def test_attribution_general_generic_org_noun_from_the_sentence_before(nlp):
    text = (
        "Brightwater Foods was fined twice last year. Brightwater Foods appealed. "
        "The case was brought by the Fair Trade Directorate. "
        "Ana Lutz, a consumer lawyer, said the agency had recovered $3 million."
    )
    about = about_of(nlp, text, "Ana Lutz")
    assert "Fair Trade Directorate" in about and "Brightwater Foods" not in about, about
    # near miss (round 11): "Its director" works at the directorate, her own body is no topic
    own = text.replace("Ana Lutz, a consumer lawyer,", "Its director, Ana Lutz,")
    about = about_of(nlp, own, "Ana Lutz")
    assert "Fair Trade Directorate" not in about and "Brightwater Foods" not in about, about


# --- words that only describe a topic are no topic ------------------------------------------------


def test_attribution_general_apposition_describing_a_topic(nlp):
    text = "Marta Vidal said Omar Haddad, the owner of Cedar Logistics, paid the bribes."
    about = about_of(nlp, text, "Marta Vidal")
    assert "Omar Haddad" in about and "Cedar Logistics" not in about, about


def test_attribution_general_object_organisation_stays_a_topic(nlp):
    text = "Marta Vidal said Omar Haddad paid money to Cedar Logistics and took cash from Delta Pipes."
    assert "Delta Pipes" in about_of(nlp, text, "Marta Vidal")


def test_attribution_general_possessor_of_a_common_noun_stays_a_topic(nlp):
    text = "Marta Vidal said Cedar Logistics's revenue fell by half."
    assert "Cedar Logistics" in about_of(nlp, text, "Marta Vidal")


# --- a lawyer's "his/her client" in reported speech -----------------------------------------------


def test_attribution_general_reported_client(nlp):
    text = "Victor Hale's lawyer, Nina Patel, told The Courier that her client had never met Omar Haddad."
    about = about_of(nlp, text, "Nina Patel")
    assert "Victor Hale" in about, about


def test_attribution_general_client_of_no_lawyer(nlp):
    text = "Nina Patel, a consultant, told The Courier that her client had never met Omar Haddad."
    about = about_of(nlp, text, "Nina Patel")
    assert about <= {"Omar Haddad"}, about


# --- "called X twice" is a phone call, "called X baseless" a statement ----------------------------


def test_attribution_general_call_with_a_clause_is_no_statement(nlp):
    text = "Ortiz told the court that Omar Haddad called Paul Ek twice on the morning the tender closed."
    assert all(c != "Omar Haddad" for c, _, _ in statements(nlp, text)), statements(nlp, text)


def test_attribution_general_call_naming_is_a_statement(nlp):
    text = "Omar Haddad called Lukas Brenner a liar."
    assert any(c == "Omar Haddad" for c, _, _ in statements(nlp, text)), statements(nlp, text)


# --- "two researchers at the institute cited by OUTLET": the citation hangs on the inner noun -----


def test_attribution_general_cited_source_inside_a_phrase(nlp):
    text = "Two engineers at the plant cited by The Harbour Ledger said Omar Haddad ignored the warnings."
    found = [s for s in statements(nlp, text) if "Omar Haddad" in s[1]]
    assert found and "The Harbour Ledger" in found[0][2], statements(nlp, text)


def test_attribution_general_uncited_engineers_are_no_source(nlp):
    text = "Two engineers at the plant said Omar Haddad ignored the warnings."
    assert not statements(nlp, text), statements(nlp, text)


# --- a possessor inside a phrase of destination or place is no topic ------------------------------


def test_attribution_general_owner_of_named_unit_is_no_topic(nlp):
    text = "Lena Ortiz said investigators from the Harbor Authority's Fraud Detection Unit traced the funds."
    about = about_of(nlp, text, "Lena Ortiz")
    assert "Fraud Detection Unit" in about and "Harbor Authority" not in about, about


def test_attribution_general_possessor_inside_a_destination_is_no_topic(nlp):
    text = (
        "Lena Ortiz said prosecutors examined payments from Delta Pipes to a former member of the "
        "Harbor Authority's board."
    )
    about = about_of(nlp, text, "Lena Ortiz")
    assert "Delta Pipes" in about and "Harbor Authority" not in about, about


def test_attribution_general_possessor_in_an_about_phrase_stays(nlp):
    text = "Lena Ortiz said prosecutors examined payments from the Harbor Authority's board."
    assert "Harbor Authority" in about_of(nlp, text, "Lena Ortiz")


# --- pronouns: gender from the mention's own sentence; quoted sentences do not use up the window --


def test_attribution_general_gender_not_from_the_sentence_before(nlp):
    text = (
        "The delay was confirmed by a university spokesman. Anna Moreau spoke with Paul Ek on Tuesday. "
        'She said: "We agreed on a plan."'
    )
    assert any(c == "Anna Moreau" for c, _, _ in statements(nlp, text)), statements(nlp, text)


def test_attribution_general_quoted_sentences_do_not_use_up_the_window(nlp):
    text = (
        "Clara Holt chairs the panel. Holt said the data is under review. Holt will report in May.\n\n"
        "Tomas Berg told The Courier that the data was sound.\n\n"
        '"Nothing was hidden. The logs are public. We published everything. Anyone can check," he said.'
    )
    speakers = [c for c, _, _ in statements(nlp, text)]
    assert speakers.count("Tomas Berg") >= 2 or "Clara Holt" not in speakers[-1:], statements(nlp, text)
    assert speakers[-1] == "Tomas Berg", statements(nlp, text)


def test_attribution_general_fallback_teaches_no_gender(nlp):
    text = (
        "Omar Haddad runs Delta Pipes. Haddad met investors in May.\n\n"
        "The firm won six contracts. Prices rose. Costs fell. A former clerk told the court that she saw "
        "the cash.\n\n"
        'Haddad met Paul Ek on Friday. He said: "I did nothing wrong."'
    )
    assert statements(nlp, text)[-1][0] == "Omar Haddad", statements(nlp, text)


# --- "called X twice ..." is a contact; "called X a liar" is not ---------------------------------


def test_attribution_general_call_with_a_clause_is_a_contact(nlp):
    text = "Ortiz told the court that Omar Haddad called Paul Ek twice on the morning the tender closed."
    assert {"Omar Haddad", "Paul Ek"} in contacts(nlp, text)


def test_attribution_general_call_naming_is_no_contact(nlp):
    assert not contacts(nlp, "Omar Haddad called Lukas Brenner a liar.")


# --- denials: "the reports" an outlet just carried; a witness's "account" --------------------------


def denials(nlp, text):
    doc = extract_document(text, nlp=nlp)
    names = {e.iri: e.name for e in doc.entities}
    return [(names[f.args["agent"][0]], names[f.args["about"][0]]) for f in doc.facts if f.kind == "denial"]


def test_attribution_general_denied_the_reports_an_outlet_carried(nlp):
    text = (
        "Two traders cited by The Harbour Ledger said Delta Pipes had hidden its losses. "
        "Its chief executive, Omar Haddad, denied the reports."
    )
    assert ("Omar Haddad", "Delta Pipes") in denials(nlp, text)


def test_attribution_general_denied_reports_with_none_carried(nlp):
    assert not denials(nlp, "Omar Haddad met Delta Pipes investors in May. Omar Haddad denied the reports.")


def test_attribution_general_lawyer_dismissed_the_account(nlp):
    text = "Victor Hale's lawyer, Nina Patel, dismissed the witness's account as a lie."
    assert ("Nina Patel", "Victor Hale") in denials(nlp, text)


def test_attribution_general_closed_account_is_no_denial(nlp):
    text = "Victor Hale's lawyer, Nina Patel, closed the firm's account in May."
    assert not denials(nlp, text)


def test_attribution_general_possessor_in_an_argument_phrase_stays(nlp):
    text = "Lena Ortiz said the board had lost confidence in Omar Haddad's judgment."
    assert "Omar Haddad" in about_of(nlp, text, "Lena Ortiz")
