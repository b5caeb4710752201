"""Round 11 links: the speaker's own organisation is no topic of a statement or a denial (rule
speaker.own_body); the party a denied act took something "from" is a topic (rule denial.giver). Each
rule with a sentence of its own it must match and a near miss it must not."""

from factkit import linked, quotations

# --- speaker.own_body: "Its spokeswoman, X, said the association had ..." ---------------------------

ROWING = "The Pellam Rowing Association lost its grant in May. "


def _about(nlp, text, creator):
    return set().union(*[a for _, c, a, _, _ in quotations(nlp, text) if creator in c] or [set()])


def test_own_body_told_outlet_drops_the_speakers_association(nlp):
    text = ROWING + (
        "Its spokeswoman, Greta Holm, told the Dorset Echo that the association had written to "
        "Councillor Ivo Brand."
    )
    found = quotations(nlp, text)
    assert any(
        "Greta Holm" in c and "Ivo Brand" in a and "Pellam Rowing Association" not in a
        for _, c, a, _, _ in found
    ), found
    assert any("speaker.own_body" in rule for rule, *_ in found), found


def test_own_body_near_miss_an_outsider_keeps_the_association(nlp):
    text = ROWING + (
        "Greta Holm, a parent, told the Dorset Echo that the association had written to Councillor Ivo Brand."
    )
    assert "Pellam Rowing Association" in _about(nlp, text, "Greta Holm")


def test_own_body_near_miss_the_named_body_stays_a_topic(nlp):
    text = ROWING + (
        "Its spokeswoman, Greta Holm, said the Pellam Rowing Association had written to Councillor Ivo Brand."
    )
    assert "Pellam Rowing Association" in _about(nlp, text, "Greta Holm")


def test_own_body_director_of_the_trust(nlp):
    text = (
        "The Oakridge Heritage Trust bought the mill in 2019. "
        "Nadia Ferro, director of the Oakridge Heritage Trust, said the trust had paid Tomas Reiner in cash."
    )
    about = _about(nlp, text, "Nadia Ferro")
    assert "Tomas Reiner" in about and "Oakridge Heritage Trust" not in about, about


PORT = "The Varden Port Authority fined Kessel Shipping in June. "


def test_own_body_denial_by_the_authoritys_chairman(nlp):
    text = PORT + (
        "Olaf Rask, chairman of the authority, denied that the authority had taken money from Kessel Shipping."
    )
    denied = {(a, b) for a, b, _ in linked(nlp, text, "denial", "agent", "about")}
    assert ("Olaf Rask", "Varden Port Authority") not in denied, denied


def test_own_body_near_miss_denial_by_an_outsider(nlp):
    text = PORT + (
        "Olaf Rask, a shipping broker, denied that the authority had taken money from Kessel Shipping."
    )
    denied = {(a, b) for a, b, _ in linked(nlp, text, "denial", "agent", "about")}
    assert ("Olaf Rask", "Varden Port Authority") in denied, denied


# --- denial.giver: "denied that X had taken money from Y" --------------------------------------------


def test_denial_giver_from_on_the_claims_verb(nlp):
    text = "Lena Holt denied that her client, Ivo Brand, had taken money from Kessel Shipping."
    found = linked(nlp, text, "denial", "agent", "about")
    assert any(b == "Kessel Shipping" and "denial.giver" in r for a, b, r in found), found


def test_denial_giver_near_miss_a_place_or_an_accuser(nlp):
    text = "Olaf Rask denied that Ivo Brand had flown in from Oslo to meet him."
    found = {b for _, b, _ in linked(nlp, text, "denial", "agent", "about")}
    assert "Oslo" not in found, found
    text = "Olaf Rask denied claims from Kessel Shipping that he had taken money."
    found = {b for _, b, _ in linked(nlp, text, "denial", "agent", "about")}
    assert "Kessel Shipping" not in found, found
