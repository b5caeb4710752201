"""Titles and ranks written short, in AP and Commonwealth house styles ("Atty. Gen.", "Lt. Gov.", "Pfc.",
"Det."): one table (``titles.TITLE_ABBREVIATIONS``) reads them as role words, keeps their full stop from
ending a sentence and keeps them out of names. Sentences of our own; each case has a near miss."""

from factkit import contact_pairs, holdings

from extract import extract_document


def names(nlp, text):
    return {e.name for e in extract_document(text, nlp=nlp).entities}


def test_abbreviations_spell_one_post(nlp):
    text = "Atty. Gen. Lorna Vasquez said the charges were filed on Monday."
    assert holdings(nlp, text, "Lorna Vasquez") == {(None, "general", "role.title")}
    positions = [p for p in extract_document(text, nlp=nlp).facts if p.kind == "position"]
    assert [p.values["role"] for p in positions] == ["attorney general"]


def test_abbreviated_lieutenant_governor(nlp):
    text = "Lt. Gov. Dale Whitcomb said the budget would pass."
    positions = [p for p in extract_document(text, nlp=nlp).facts if p.kind == "position"]
    assert [p.values["role"] for p in positions] == ["lieutenant governor"]


def test_near_miss_two_ranks_are_no_post(nlp):
    # "Maj. Gen." is a rank: a rank is no post, whatever its abbreviations spell
    text = "Maj. Gen. Lorna Vasquez said the charges were filed on Monday."
    assert holdings(nlp, text, "Lorna Vasquez") == set()


def test_abbreviated_titles_end_no_sentence_and_name_no_one(nlp):
    text = "Capt. John Reyes met Atty. Jose Cruz and Pfc. Owen Tully in Iloilo on Monday."
    found = names(nlp, text)
    assert {"John Reyes", "Jose Cruz", "Owen Tully"} <= found
    assert not any(n.startswith(("Atty", "Pfc")) for n in found), found
    met = contact_pairs(nlp, text)
    assert {frozenset({"John Reyes", "Jose Cruz"}), frozenset({"John Reyes", "Owen Tully"})} <= met, met


def test_near_miss_a_short_word_at_a_sentence_end_still_ends_it(nlp):
    # "Ali." is a name, not an abbreviated title: the next sentence is a sentence of its own
    text = "Capt. John Reyes met Omar Ali. Cruz was not there."
    met = contact_pairs(nlp, text)
    assert met == {frozenset({"John Reyes", "Omar Ali"})}


def test_a_post_before_a_rank_abbreviation_is_the_persons(nlp):
    # "production officer, Cmdr. X": the post before the rank is X's; "Cmdr." alone spells no post
    text = "The Harwell Dockyard's production officer, Cmdr. Lena Ortiz, said the parts had arrived."
    assert ("Harwell Dockyard", "officer") in {h[:2] for h in holdings(nlp, text, "Lena Ortiz")}
