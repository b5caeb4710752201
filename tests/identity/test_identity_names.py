"""The name rules alone: each with names it must match and a near-miss it must not."""

from __future__ import annotations

import json
from importlib.resources import files

import pytest

from extract.identity import best_match, fold, is_lone, match_org, match_person, name_key, variants


@pytest.mark.parametrize(
    ("mention", "known", "rule", "confidence"),
    [
        ("Sergey Kislyak", "Sergey Kislyak", "same-name", 1.0),
        ("SERGÉY kislyak", "Sergey Kislyak", "normalised-name", 0.98),
        ("Ambassador Sergey Kislyak", "Sergey Kislyak", "normalised-name", 0.98),
        ("Sergei Kislyak", "Sergey Kislyak", "variant-table: Sergei→Sergey", 0.95),
        ("Dmitri Pescov", "Dmitry Peskov", "variant-table: Dmitri→Dmitry, Pescov→Peskov", 0.95),
        ("M. Flynn", "Michael Flynn", "initial: M.~Michael", 0.85),
        ("Dimitri K. Simes", "Dimitri Simes", "middle-name: Dimitri K~Dimitri", 0.9),
        ("Michael McFall", "Michael McFaul", "edit-distance: Mcfall~Mcfaul (1)", 0.8),
        ("Jeff Sessions Jr.", "Jeff Sessions", "normalised-name", 0.98),
    ],
)
def test_identity_names_match_with_rule(mention: str, known: str, rule: str, confidence: float) -> None:
    match = match_person(mention, known)
    assert match is not None and (match.rule, match.confidence, match.matched) == (rule, confidence, known)


@pytest.mark.parametrize(
    ("mention", "known"),
    [
        ("Flynn", "Michael Flynn"),  # a surname alone is nobody in particular
        ("Michael Flynn", "Flynn"),
        ("Ambassador Kislyak", "Sergey Kislyak"),  # a title is not a given name
        ("John Smith", "Jane Smith"),  # same surname, different people
        ("Mikhail Flynn", "Michael Flynn"),  # a translation is not a transliteration
        ("M. Flinn", "Michael Flynn"),  # an initial and a misspelling together: too weak
        ("Michael Flynt", "Michael Lynn"),
        ("Anna Ray", "Anna Roy"),  # short surnames get no edit distance
        ("Sergey A. Kislyak", "Sergey B. Kislyak"),  # middle initials that disagree
    ],
)
def test_identity_names_near_misses_stay_apart(mention: str, known: str) -> None:
    assert match_person(mention, known) is None


def test_identity_names_organisations_ignore_the_and_ampersands() -> None:
    assert match_org("New York Times", "The New York Times") is not None
    assert match_org("AT&T Inc.", "AT and T") is not None
    assert match_org("The Times", "The New York Times") is None


def test_identity_names_ambiguity_is_not_guessed() -> None:
    known = {"person/john-smith": {"John Smith"}, "person/jane-smith": {"Jane Smith"}}
    assert best_match("person", "J. Smith", known) == ["person/jane-smith", "person/john-smith"]
    found = best_match("person", "John Smith", known)
    assert isinstance(found, tuple) and found[0] == "person/john-smith"
    assert best_match("person", "Smith", known) is None


def test_identity_names_keys_and_lone_names() -> None:
    assert name_key("person", "Ambassador Sergéy Kislyak") == "sergey kislyak"
    assert name_key("org", "The New York Times") == "new york times"
    assert is_lone("Flynn") and is_lone("President Trump") and not is_lone("Donald Trump")


def test_identity_names_variant_table_is_folded_and_each_spelling_in_one_group() -> None:
    raw = json.loads(files("extract").joinpath("data", "name_variants.json").read_text(encoding="utf-8"))
    for part in ("given", "surname"):
        spellings = [s for group in raw[part] for s in group]
        assert len(spellings) == len(set(spellings)), part  # else one spelling would join two names
        assert all(s == fold(s) and " " not in s for s in spellings), part
        assert set(variants()[part]) == set(spellings)
    assert variants()["given"]["sergei"] == "sergey" and variants()["surname"]["pescov"] == "peskov"
    assert "michael" not in variants()["given"]
