"""Round 9 of attribution (issue 3): a speaker named between commas after "a spokesperson for X", a
definite speaker noun ("according to the ministry", "the chamber said") that points back at the one
body of that kind named before it. Each rule has a sentence of our own it must read and a near miss it
must leave alone. No hold-out text, name or wording is used."""

from factkit import quotations

# --- "A spokesperson for Acme, Jo Park, said": the name set off by commas speaks (quote_speakers) ----


def test_speaker_set_off_after_a_title_phrase(nlp):
    text = "A spokesperson for Velka Shipping, Ines Marlow, said Harlow Freight had changed the scope twice."
    (quote,) = quotations(nlp, text)
    assert quote[1] == {"Ines Marlow"}
    assert "speaker.set_off" in quote[0]
    assert quote[2] == {"Harlow Freight"}


def test_lawyer_set_off_told_an_outlet(nlp):
    text = "A lawyer for Harlow Freight, Tomas Brandt, told the Courier that Vela Mining had lied."
    (quote,) = quotations(nlp, text)
    assert quote[1] == {"Tomas Brandt"} and quote[3] == {"Courier"}


def test_title_phrase_without_a_name_credits_no_one(nlp):
    text = "A lawyer for Harlow Freight told the Courier that Vela Mining had lied."
    assert not [q for q in quotations(nlp, text) if q[1]]


def test_two_names_after_a_plural_title_credit_neither(nlp):
    text = "Lawyers for Velka Shipping, Ines Marlow and Tom Birk, said Harlow Freight had lied."
    assert not [q for q in quotations(nlp, text) if "speaker.set_off" in q[0]]


# --- "according to the ministry": the one ministry named before it (coref.org_named_before) ---------

MINISTRIES = (
    "{} fined Velka Shipping in March. Velka Shipping appealed in May. "
    "Tom Birk met Ann Vole in Oslo on Monday, according to the ministry.{}"
)


def test_definite_speaker_is_the_one_body_named_before(nlp):
    text = MINISTRIES.format("The Ministry of Ports", " The Ministry of Finance declined to comment.")
    (quote,) = quotations(nlp, text)
    assert quote[1] == {"Ministry of Ports"}
    assert "coref.org_named_before" in quote[0]
    assert quote[2] == {"Tom Birk", "Ann Vole"}


def test_definite_speaker_with_two_bodies_named_before_is_left_out(nlp):
    text = MINISTRIES.format("The Ministry of Ports and the Ministry of Finance", "")
    assert not [q for q in quotations(nlp, text) if q[1]]


# --- "..., the chamber said": a chamber named before it speaks (coref.NAMED_ONLY_HEADS) -------------

HEARING = "Ann Vole declined to attend the hearing on Monday, the chamber said."


def test_the_chamber_said_points_back_at_a_named_chamber(nlp):
    (quote,) = quotations(nlp, "The Baltic Chamber of Commerce hosted the talks. " + HEARING)
    assert quote[1] == {"Baltic Chamber of Commerce"}
    assert quote[2] == {"Ann Vole"}


def test_the_chamber_said_with_no_chamber_named_credits_no_one(nlp):
    assert not [q for q in quotations(nlp, HEARING) if q[1]]
