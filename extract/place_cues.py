"""Tests that a name is a place's: landforms, place-bound nouns, place prepositions, datelines
and listed towns."""

from spacy.tokens import Span, Token

from extract.doc_arrays import column, tokens
from extract.names import CITIES, GIVEN_NAMES
from extract.org_words import BUSINESS_HEADS, NAMING_NOUNS, ORG_COMMON_NOUNS, looks_institutional, org_headed
from extract.outlets import canonical_outlet
from extract.person_cues import is_title_word
from extract.places import canonical_country
from extract.syntax import span_text, text_of
from extract.towns import WORLD_TOWNS, world_town

# Words that make a name a mountain range, a lake or a river, not a body ("Sierra de la Culebra").
GEO_FIRST = frozenset("sierra mount mt. lake river cape gulf bay isle cordillera serra monte".split())
GEO_LAST = frozenset(
    "mountains mountain river lake hills range forest desert sea ocean peninsula islands island bay gulf strait "
    "valley plateau basin delta".split()
)


def geographic(span: Span) -> bool:
    """True for a name opened or closed by a landform word and holding no institution's word."""
    words = [t for t in span if t.lower_ != "the"]
    return (
        len(words) > 1
        and (words[0].lower_ in GEO_FIRST or words[-1].lower_ in GEO_LAST)
        and not looks_institutional(span)
        and not any(t.lower_ in BUSINESS_HEADS for t in span)
        and not _opens_longer_name(span)
    )


def _opens_longer_name(span: Span) -> bool:
    """True when the document also writes the name with more capitalised words after it: "Maumee
    Valley" as the short form of "Maumee Valley Medical Center"."""
    text, name = text_of(span.doc), span_text(span) + " "
    at = text.find(name)
    while at != -1:
        after = text[at + len(name) : at + len(name) + 1]
        if after.isupper():
            return True
        at = text.find(name, at + 1)
    return False


# Nouns a place's name modifies ("the Cochabamba newspaper", "the Bakongwe kingdom"), never a person's
# ("the Smith family") or a company's.
PLACE_MODIFIED = frozenset(
    "kingdom region province village district town city county countryside newspaper paper daily "
    "broadcaster port harbour harbor border mayor".split()
)


def _local_firm(head: Token, span: Span) -> bool:
    """ "a Chipata consultancy": an indefinite firm noun a "person" modifies; a firm is from a place, and
    no person's name modifies "a ... firm" (a company's would be tagged ORG: "a Tata company")."""
    return (
        span.label_ == "PERSON"
        and head.lower_ in ORG_COMMON_NOUNS | NAMING_NOUNS
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)
    )


# Sites a company runs in a place ("the Solwezi operations of X", "the Kitwe plant of X").
SITE_NOUNS = frozenset(
    "operations operation plant plants mine mines office offices factory refinery smelter".split()
)


def _owned_site(head: Token) -> bool:
    """ "the Ndola plant of Zamcem": a site noun whose owner follows in "of ORG"; the word before the
    noun says where the site is (not "the Acme plant", where it names the owner)."""
    return head.lower_ in SITE_NOUNS and any(
        c.lower_ == "of" and any(g.ent_type_ == "ORG" for g in c.children) for c in head.children
    )


def place_modifier(span: Span) -> bool:
    """True for one unknown capitalised word that modifies a place-bound noun: a place."""
    root = span.root
    return (
        root.dep_ in ("compound", "nmod", "amod")
        and root.head.i == span.end
        and (root.head.lower_ in PLACE_MODIFIED or _local_firm(root.head, span) or _owned_site(root.head))
        and span_text(span) not in GIVEN_NAMES
        and not looks_institutional(span)
        and canonical_outlet(span_text(span)) is None
    )


# Titles of a region's or a city's head ("Leyte Governor X", "Sabah Chief Minister X", "Lyon Mayor X").
REGIONAL_TITLES = frozenset({"Governor", "Mayor", "Premier"})


def place_before_title(span: Span) -> bool:
    """True for one or two capitalised words right before a regional head's title and a name: the place
    the person governs, not a body ("Leyte Governor Imelda Yap"); not an acronym or a short form of
    three letters ("RBI Governor X", "Fed Governor X": central banks have governors too)."""
    doc, end = span.doc, span.end
    if len(span) > 2 or end + 2 >= len(doc):
        return False
    toks, texts = tokens(doc), column(doc, "text")
    # the title after the name first: it is rarely there, and the span's own words need Tokens
    name = end + 1 if texts[end] in REGIONAL_TITLES else None
    if texts[end] == "Chief" and texts[end + 1] == "Minister":
        name = end + 2
    if name is None:
        return False
    short = len(span) == 1 and len(texts[end - 1]) <= 3
    if short or any(t.is_upper or not t.is_title for t in span):
        return False
    return (
        name < len(doc)
        and toks[name].pos_ == "PROPN"
        and toks[name].is_title
        and not looks_institutional(span)
        and not any(t.lower_ in BUSINESS_HEADS or t.lower_.endswith("bank") for t in span)  # "Riksbank"
    )


# Legislators' titles written before the seat they hold ("MP for Bristol West", "the member for Edinburgh
# Central"), and verbs of holding one ("sits in the Scottish Parliament for Glasgow Kelvin").
SEAT_TITLES = frozenset({"mp", "msp", "ms", "mla", "mpp", "mha", "td", "mep"})
SEAT_VERBS = frozenset({"sit", "represent"})


def constituency(span: Span) -> bool:
    """True for a capitalised name right after "for" that hangs on a legislator's title, on "the member"
    or on "sits": the seat, a place ("the SNP MSP for Glasgow Kelvin"), not a person or a body ("a member
    for Greenpeace" is none)."""
    doc, start = span.doc, span.start
    if start < 2 or column(doc, "lower_")[start - 1] != "for" or not span[0].is_title:
        return False
    prep = tokens(doc)[start - 1]
    head = prep.head
    if prep.dep_ != "prep":
        return False
    if head.lower_ == "member":  # the House's form of address: "the member for X"
        return any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
    return head.lower_ in SEAT_TITLES or head.lemma_.lower() in SEAT_VERBS


def listed_place(text: str) -> bool:
    """True for a listed country or city."""
    return canonical_country(text) is not None or text in CITIES


LOCATIVE_PREPS = frozenset({"in", "near", "outside", "around", "across", "off"})
ARRIVAL_VERBS = frozenset({"cross", "arrive", "land", "dock", "stop", "camp", "disembark"})
# "diverting vessels to Thessaloniki", "fled to Tiraspol": where a journey ends is a place (not "moved to
# Google", "returned to Goldman Sachs", "sent money to X": careers and payments end at organisations)
JOURNEY_VERBS = frozenset(
    "divert reroute redirect travel fly sail flee deport evacuate emigrate march drive commute".split()
)
JOURNEY_NOUNS = frozenset("flight flights ferry train bus plane jet ship vessel tanker convoy route".split())
# "a stake in X", "invested in X": "in" before a company, not a place
NOT_LOCATIVE_HEADS = frozenset(
    "stake interest investment investor shares share role job position career work invest include "
    "participate".split()
)


def locative(span: Span) -> bool:
    """ "talks in Tiraspol", "officials near Palanca": one unknown name after a place preposition is a
    place, whatever the model said (it often calls transliterated town names organisations)."""
    root = span.root
    if len(span) != 1 or looks_institutional(span) or span_text(span) in GIVEN_NAMES:
        return False
    if root.dep_ == "conj" and root.head.ent_type_ in ("GPE", "LOC"):  # "in Bălți and Comrat"
        root = root.head
    if root.dep_ != "pobj":
        return False
    governor = root.head.head
    arrival = root.head.lower_ == "at" and governor.lemma_.lower() in ARRIVAL_VERBS  # "cross at Palanca"
    arrival = arrival or (root.head.lower_ == "to" and governor.lemma_.lower() in JOURNEY_VERBS)
    # "Flight 418 from Halifax", "the ferry from Tilbury": where a journey starts is a place too
    arrival = arrival or (root.head.lower_ == "from" and governor.lemma_.lower() in JOURNEY_NOUNS)
    if root.head.lower_ not in LOCATIVE_PREPS and not arrival:
        return False
    return governor.lemma_.lower() not in NOT_LOCATIVE_HEADS and governor.ent_type_ != "ORG"


DASHES = frozenset({"—", "–", "-", "--"})


def dateline_place(span: Span) -> bool:
    """ "PIRAEUS, Greece — Thousands of ...": capitals opening a line, then a comma, a known country or
    city and a dash, are the place the story was filed from (a "person" or "organisation" there is not
    one, and the same name elsewhere in the text is that place)."""
    doc = span.doc
    toks = tokens(doc)
    start, end = span.start, span.end
    at_line_start = start == 0 or "\n" in toks[start - 1].text or "\n" in toks[start - 1].whitespace_
    if not at_line_start or not all(t.is_alpha and t.is_upper and len(t) > 1 for t in span):
        return False
    if end + 2 >= len(doc) or toks[end].text != ",":
        return False
    dash = next((t for t in doc[end + 2 : end + 5] if t.text in DASHES), None)
    if dash is None:
        return False
    where = {toks[end + 1].text, span_text(doc[end + 1 : dash.i])}  # "Greece", or "South Africa" whole
    if any(canonical_country(w) is not None or w in CITIES for w in where):
        return True
    region = doc[end + 1 : dash.i]  # "TUCSON, Arizona —": a province or state the model knows as a place
    return 0 < len(region) <= 3 and all(t.ent_type_ == "GPE" and t.is_title for t in region)


def unmarked_town(span: Span) -> bool:
    """A GeoNames town in a place's frame, with no title before it and no institution's word in it."""
    if span_text(span) not in WORLD_TOWNS:  # the cheapest test, false for almost every name: first
        return False
    titled = span.start > 0 and is_title_word(span.doc[span.start - 1])
    return not titled and not looks_institutional(span) and not org_headed(span) and world_town(span)
