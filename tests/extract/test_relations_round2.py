"""Round 2 of relation rules (issue 3): each class of construction read from the parse, with a sentence
of our own it must read and a near miss it must leave alone. No hold-out text is used here."""

import pytest

from extract import extract_document


def relations(nlp, text):
    """Return the set of (kind, first argument, second argument, role or status) with entity names."""
    doc = extract_document(text, nlp=nlp)
    names = {e.iri: e.name for e in doc.entities}
    found = set()
    for fact in doc.facts:
        args = [[names.get(i, i) for i in values] for values in fact.args.values()]
        if len(args) == 1 and len(args[0]) > 1:  # contacts: one role, every participant
            args = [args[0][:1], args[0][1:]]
        first = args[0] if args else []
        rest = [n for values in args[1:] for n in values] or [None]
        extra = fact.values.get("role") or fact.values.get("status")
        for a in first:
            for b in rest:
                found.add((fact.kind, a, b, extra))
    return found


def has(found, kind, a, b=None, extra=None):
    """True when a fact of ``kind`` links ``a`` (and ``b``, with ``extra`` when given)."""
    return any(
        k == kind and x == a and (b is None or y == b) and (extra is None or e == extra)
        for k, x, y, e in found
    )


# --- a military rank is not a post; commanding a unit is ------------------------------------------
# (titles.is_rank, roles.CAREER_LEAD "command")


def test_relations_rank_alone_is_no_post(nlp):
    found = relations(nlp, "Colonel Marta Lindqvist inspected the bridge on Monday.")
    assert not any(k == "position" for k, *_ in found)


def test_relations_title_ending_in_rank_word_is_still_a_post(nlp):
    found = relations(nlp, "Attorney General Paul Brennan opened the inquiry on Monday.")
    assert has(found, "position", "Paul Brennan", extra="attorney general")


def test_relations_commanding_a_unit_is_a_post(nlp):
    text = "Colonel Marta Lindqvist, who commands the Third Mountain Rescue Brigade, inspected the bridge."
    found = relations(nlp, text)
    assert has(found, "position", "Marta Lindqvist", "Third Mountain Rescue Brigade", "commander")
    assert not has(found, "position", "Marta Lindqvist", extra="colonel")


# --- a ruler holds a post over what they rule ------------------------------------------------------------


def test_relations_ruler_of_a_country_is_a_post(nlp):
    found = relations(nlp, "Haji Omar Ali, the ruler of Brunei, arrived in Kuala Lumpur.")
    assert has(found, "position", "Haji Omar Ali", "Brunei", "ruler")


def test_relations_a_ruler_as_a_thing_is_no_post(nlp):
    found = relations(nlp, "The index was a ruler to measure progress, said Anna Berg.")
    assert not any(k == "position" for k, *_ in found)


# --- "X's solicitor, Y" represents X -----------------------------------------------------------------


def test_relations_solicitor_represents_the_owner(nlp):
    found = relations(nlp, "Martin Keogh's solicitor, Helen Dwyer of Dwyer & Lane, spoke to the court.")
    assert has(found, "representation", "Helen Dwyer", "Martin Keogh")
    assert has(found, "position", "Helen Dwyer", "Dwyer & Lane", "solicitor")


def test_relations_solicitor_of_a_firm_represents_no_one(nlp):
    found = relations(nlp, "Helen Dwyer, a solicitor at Dwyer & Lane, spoke to the court.")
    assert not any(k == "representation" for k, *_ in found)


# --- denials of a clause, and of claims about an owner -------------------------------------------------
# (others._denial: "denied that ...", "rejected claims that Y's systems ...", "Y executives")

DENIALS = [
    (
        "Martin Keogh's lawyer, Helen Dwyer, denied that the bid had been rejected.",
        ("Helen Dwyer", "Martin Keogh"),
    ),
    (
        "Ravi Sandhu runs Norbank Data. Sandhu rejected claims that Norbank's servers had been used in the attack.",
        ("Ravi Sandhu", "Norbank Data"),
    ),
    (
        "Hartley United Football Club sold the stadium. The club denied a report that Ana Silva had met Brightwater "
        "Capital executives before the sale.",
        ("Hartley United Football Club", "Brightwater Capital"),
    ),
]


@pytest.mark.parametrize(("text", "pair"), DENIALS)
def test_relations_denial_of_a_claim(nlp, text, pair):
    assert has(relations(nlp, text), "denial", *pair)


def test_relations_denying_a_clause_about_oneself_links_no_one(nlp):
    found = relations(nlp, "Ravi Sandhu denied that he had been tired, and Norbank Data agreed.")
    assert not any(k == "denial" for k, *_ in found)


def test_relations_not_denying_is_no_denial(nlp):
    found = relations(nlp, "Ravi Sandhu did not deny that Helen Dwyer had resigned.")
    assert not any(k == "denial" for k, *_ in found)


# --- advice in the passive ---------------------------------------------------------------------------


def test_relations_passive_advice_by_a_named_firm(nlp):
    text = "Brightwater Capital has been advised on the deal by the law firm Dwyer & Lane."
    assert has(relations(nlp, text), "advice", "Dwyer & Lane", "Brightwater Capital")


def test_relations_passive_advice_to_act_names_no_adviser(nlp):
    found = relations(nlp, "Brightwater Capital was advised on Tuesday to sell Norbank Data.")
    assert not any(k == "advice" for k, *_ in found)


# --- "According to ORG, its minister, X, VERB ...": the parser hangs the subject on the phrase -------


def test_relations_subject_after_according_to_is_found(nlp):
    text = (
        "According to the Upper Austria Ministry of Sport and Youth, its minister, Eva-Maria Stadler, "
        "met Anna Berg in Linz on Friday."
    )
    assert has(relations(nlp, text), "contact", "Eva-Maria Stadler", "Anna Berg")


def test_relations_according_to_alone_gives_no_contact(nlp):
    found = relations(nlp, "According to the Westland Ministry of Transport, Ana Silva resigned.")
    assert not any(k == "contact" for k, *_ in found)


# --- a call that never connected is no contact ---------------------------------------------------------


def test_relations_unanswered_call_is_no_contact(nlp):
    found = relations(nlp, "Jonas Berg called Ana Silva three times without getting an answer.")
    assert not any(k == "contact" for k, *_ in found)
    assert has(found, "contact_mention", "Jonas Berg", "Ana Silva", "negated")


def test_relations_call_without_delay_is_a_contact(nlp):
    assert has(
        relations(nlp, "Jonas Berg called Ana Silva without delay."), "contact", "Jonas Berg", "Ana Silva"
    )


# --- a predicate noun describes, it does not refer back ("is not the first company to ...") ------------


def test_relations_predicate_noun_is_no_reference(nlp):
    text = 'Norbank Data was fined on Monday. "Being the first company to admit a breach takes courage," said Ana Silva.'
    assert not has(relations(nlp, text), "quotation", "Ana Silva", "Norbank Data")


def test_relations_definite_company_still_refers(nlp):
    text = 'Norbank Data was fined on Monday. "The company ignored every warning," said Ana Silva.'
    assert has(relations(nlp, text), "quotation", "Ana Silva", "Norbank Data")


# --- "its" after a sentence whose subject we could not name: no guess at the object --------------------


def test_relations_its_after_unknown_subject_is_not_the_object(nlp):
    text = (
        "Ashlock Defence, a cybersecurity firm, has advised Norbank Data since the breach was found in May. "
        "Its head of incident response, Ana Silva, spoke."
    )
    found = relations(nlp, text)
    assert not has(found, "position", "Ana Silva", "Norbank Data")


def test_relations_its_after_named_subject_is_the_subject(nlp):
    text = "Norbank Data has hired Brightwater Capital since May. Its head of research, Ana Silva, spoke."
    assert has(relations(nlp, text), "position", "Ana Silva", "Norbank Data")


# --- "the foundation" points back at the body an apposition called a foundation ------------------------


def test_relations_kind_named_in_apposition_resolves_the_noun(nlp):
    text = (  # the council is named just before: nearness alone would pick it
        "Green Hills Coalition, a conservation foundation, warned about fires. The Westland Council cut the "
        "budget. The foundation's director, Ana Silva, said so."
    )
    found = relations(nlp, text)
    assert has(found, "position", "Ana Silva", "Green Hills Coalition", "director")
    assert not has(found, "position", "Ana Silva", "Westland Council")


# --- "the museum" when the short and the full name were left apart: one body ------------------------


def test_relations_short_and_full_name_are_one_owner(nlp):
    text = (
        "The Harlow Museum of Maritime History bought the ship. The Harlow Museum has owned it since 2019. "
        "The museum's Conservation Department, led by Ana Silva, restored it."
    )
    found = relations(nlp, text)
    assert any(
        k == "part_of" and a == "Conservation Department" and "Harlow Museum" in str(b)
        for k, a, b, _ in found
    )


def test_relations_two_different_museums_stay_ambiguous(nlp):
    text = (
        "The Harlow Museum bought the ship from the Kestrel Museum in 2019. "
        "The museum's Conservation Department restored it."
    )
    found = relations(nlp, text)
    assert not any(k == "part_of" for k, *_ in found)


# --- where someone works, named in apposition to a common noun ------------------------------------------


def test_relations_employer_in_apposition(nlp):
    text = "Ana Silva worked for the sovereign wealth fund Norbank Capital from 2006 to 2014."
    assert has(relations(nlp, text), "position", "Ana Silva", "Norbank Capital", "staff")


def test_relations_common_noun_employer_names_no_one(nlp):
    found = relations(nlp, "Ana Silva worked for a sovereign wealth fund from 2006 to 2014.")
    assert not any(k == "position" for k, *_ in found)


# --- "in charge at X" gives the title its organisation ---------------------------------------------------


def test_relations_in_charge_at_gives_the_title_its_organisation(nlp):
    text = "Manager Tom Reilly, who has been in charge at Hartley United Football Club since 2022, spoke."
    found = relations(nlp, text)
    assert has(found, "position", "Tom Reilly", "Hartley United Football Club", "manager")
    assert not has(found, "position", "Tom Reilly", extra="head")


def test_relations_in_talks_with_is_no_post(nlp):
    found = relations(nlp, "Tom Reilly is in talks with Hartley United Football Club.")
    assert not any(k == "position" for k, *_ in found)


def test_relations_profession_title_takes_no_organisation_from_ran(nlp):
    found = relations(nlp, "Diplomat Ana Silva has run Norbank Capital since 2019.")
    assert not has(found, "position", "Ana Silva", "Norbank Capital", "diplomat")


# --- "Arts and Culture Minister": the whole portfolio picks the ministry -------------------------------


def test_relations_portfolio_with_conjunct_picks_its_ministry(nlp):
    text = (
        "Arts and Culture Minister Ana Silva met Jonas Berg. The Ministry of Arts and Culture and the "
        "Ministry of Science and Culture agreed."
    )
    assert has(relations(nlp, text), "position", "Ana Silva", "Ministry of Arts and Culture", "minister")


def test_relations_shared_portfolio_word_alone_stays_ambiguous(nlp):
    text = (
        "Culture Minister Ana Silva met Jonas Berg. The Ministry of Arts and Culture and the "
        "Ministry of Science and Culture agreed."
    )
    found = relations(nlp, text)
    assert not any(k == "position" and a == "Ana Silva" and b for k, a, b, _ in found)
