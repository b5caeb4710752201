"""Where a name span starts and ends: hyphens, possessives, clause cuts and institution tails.

The model cuts names at hyphens and apostrophes and runs them into headline clauses; these rules
redraw a span's edges so that one span holds exactly one name.
"""

import re

from spacy.tokens import Doc, Span, Token

from extract.doc_arrays import column, tokens
from extract.names import CITIES, GIVEN_NAMES
from extract.org_words import (
    BUSINESS_HEADS,
    FOREIGN_ORG_HEADS,
    INSTITUTION_HEADS,
    INSTITUTION_WORDS,
    looks_institutional,
    org_headed,
)
from extract.outlets import canonical_outlet
from extract.person_cues import glued_hyphen, is_title_word, syllable_hyphen
from extract.places import canonical_country, country_of_demonym
from extract.span_joins import join_adjacent
from extract.syntax import span_text, text_of
from extract.towns import TOWN_PREPS, WORLD_TOWNS

# The model's labels that name something (not dates, amounts, numbers or languages).
KEPT_LABELS = frozenset(("PERSON ORG GPE LOC FAC NORP WORK_OF_ART PRODUCT EVENT LAW").split())


def known_place(text: str) -> bool:
    return text in CITIES or canonical_country(text) is not None


BARE_APOSTROPHES = frozenset({"'", "’"})  # a plural's possessive ("Growers' Federation")
POSSESSIVE_MARKS = frozenset({"'s", "’s"}) | BARE_APOSTROPHES


# Lower-case words a name may contain ("Ministry of Maritime Affairs", "Council on Foreign Relations").
NAME_JOINERS = frozenset(
    "of the de del la las los des du di da do dos das y e et and for on at in to von van der den & sans".split()
)


def cut_clause(span: Span) -> Span | None:
    """ "Piraeus after union rejects ministry" (a headline the model read as one organisation): a name
    holds no clause, so a span whose lower-case tail contains a verb ends before that tail."""
    if span.id_:
        return span
    cut = next(
        (
            t.i
            for t in span
            if t.is_lower
            and t.is_alpha
            and t.lower_ not in NAME_JOINERS
            and not (t.i > 0 and syllable_hyphen(t.doc[t.i - 1]))  # "rae" of "Jang Mi-rae"
        ),
        None,
    )
    if cut is None or not any(_clause_word(t) for t in span.doc[cut : span.end]):
        return span
    end = cut
    while end > span.start and span.doc[end - 1].lower_ in NAME_JOINERS:
        end -= 1
    if end == span.start:
        return None
    return Span(span.doc, span.start, end, label=span.label_, kb_id=span.kb_id_, span_id=span.id_)


def _clause_word(token: Token) -> bool:
    """A lower-case verb, conjunction or pronoun, or a word the parse makes a clause's subject or
    marker: what opens a clause ("after union rejects"), never a name's word."""
    return token.is_lower and (
        token.pos_ in ("VERB", "AUX", "SCONJ", "PRON") or token.dep_ in ("mark", "nsubj", "advcl", "relcl")
    )


def hyphen_whole(span: Span) -> Span:
    """ "Dimitra Vlachou" + "-Stergiou": a name never ends or starts at a hyphen glued to a capitalised
    word; take the whole hyphenated word ("U.S.-Russia", "Kyiv-Odesa" between known places excepted)."""
    doc = span.doc
    toks, texts = tokens(doc), column(doc, "text")  # both hyphen tests need a "-": look for one first
    start, end = span.start, span.end
    while (
        end + 1 < len(doc)
        and texts[end] == "-"
        and (glued_hyphen(toks[end]) or syllable_hyphen(toks[end]))
        and toks[end + 1].is_alpha
    ):
        end += 2  # "Kostaki" + "-Ralli", "Oh Min" + "-jun"
    if span.label_ == "PERSON" and end == span.end and _given_syllables(doc, end):
        end += 3  # "Kim" + "Do-hyun": the family name alone tagged, the given name left out
    while (
        start >= 2 and texts[start - 1] == "-" and glued_hyphen(toks[start - 1]) and toks[start - 2].is_alpha
    ):
        start -= 2
    if (start, end) == (span.start, span.end) or span.id_:
        return span
    words = span_text(doc[start:end]).replace(" ", "-").split("-")
    if any(known_place(w) for w in words):
        return span
    return Span(doc, start, end, label=span.label_, kb_id=span.kb_id_, span_id=span.id_)


def _given_syllables(doc: Doc, at: int) -> bool:
    """True for a romanised two-syllable given name starting at ``at`` ("Do-hyun", "Ha-eun")."""
    toks = tokens(doc)
    return (
        at + 2 < len(doc)
        and toks[at].is_title
        and toks[at].is_alpha
        and toks[at - 1].whitespace_ != ""
        and syllable_hyphen(toks[at + 1])
    )


def split_possessive(span: Span) -> list[Span]:
    """Split "the Harwick Institute's Center for Corporate Governance" into owner and unit, and drop a
    common-noun owner ("the council's Transportation Committee" -> "Transportation Committee")."""
    if span.label_ != "ORG" or span.id_:
        return [span]
    doc = span.doc
    cut = next((t.i for t in span[1:-1] if t.text in POSSESSIVE_MARKS and t.tag_ == "POS"), None)
    if cut is None:
        return [span]
    unit = Span(doc, cut + 1, span.end, label="ORG")
    if not unit[0].is_title:
        return [span]
    owner = Span(doc, span.start, cut, label="ORG")
    if _possessive_title(owner, unit, text_of(doc)) or _plural_owner(owner, unit, doc[cut]):
        return [span]
    if all(t.is_lower for t in owner) and len(unit):
        return [unit]
    # a capital opens the owner's name: "KhetPay", "PayPal" are names though not title-cased
    return [owner, unit] if any(t.text[:1].isupper() for t in owner) else [span]


def split_employer(span: Span) -> list[Span]:
    """ "Pieter de Groot of Verhoef Lindqvist Advocaten" read as one person: a person's name, "of", and
    an organisation's name (an institution's or a business's head word ends it) are two names."""
    if span.label_ not in ("PERSON", "ORG") or span.id_:
        return [span]
    doc = span.doc
    cut = next((t.i for t in span[2:-1] if t.lower_ == "of"), None)
    if cut is None:
        return [span]
    person, org = Span(doc, span.start, cut, label="PERSON"), Span(doc, cut + 1, span.end, label="ORG")
    if not org[0].is_title or not (org_headed(org) or looks_institutional(org)):
        return [span]
    if span.label_ == "ORG" and not _plain_name(person):
        return [span]  # "Bank of Nova Scotia Holdings", "Church of Scotland Trust": one body
    if not all(t.text[:1].isupper() or t.lower_ in NAME_JOINERS or t.text == "-" for t in person):
        return [span]
    return [person, org]


def _plain_name(person: Span) -> bool:
    """ "Taras Mykhailiuk" of "Taras Mykhailiuk of Arzinger & Partners" (tagged as one firm): two or three
    capitalised words, none a body's, business's or place's word, before a firm's name are a person's."""
    return (
        2 <= len(person) <= 3
        and all(t.is_title and t.is_alpha for t in person)
        and not any(t.lower_ in INSTITUTION_WORDS or t.lower_ in BUSINESS_HEADS for t in person)
        and not org_headed(person)
        and not looks_institutional(person)
        and canonical_country(person.text) is None
        and person.text not in CITIES
        and not any(t.text in CITIES for t in person)
    )


def _plural_owner(owner: Span, unit: Span, mark: Token) -> bool:
    """ "Supporters' Trust", "Workers' Party": a capitalised plural's bare apostrophe before one head word
    is inside one name, not an owner and its unit (not "Reuters' Moscow Bureau": two words)."""
    plural = owner[-1].lower_.endswith("s") if mark.text in BARE_APOSTROPHES else _men_plural(owner[-1])
    return (
        plural
        and owner[-1].is_title
        and canonical_outlet(owner.text) is None
        and len(unit) == 1
        and (unit[0].lower_ in PLURAL_BODY_HEADS or org_headed(owner.doc[owner.start : unit.end]))
    )


# Heads a capitalised plural's possessive opens ("Irrigation Users' Board", "Fishermen's Association").
PLURAL_BODY_HEADS = INSTITUTION_WORDS | frozenset({"board"})


def _men_plural(token: Token) -> bool:
    """True for a plural in "-men" that takes "'s" ("Fishermen's", "Women's"), not a given name ("Carmen")."""
    return token.lower_.endswith("men") and len(token) > 3 and token.text not in GIVEN_NAMES


def _possessive_title(owner: Span, unit: Span, text: str) -> bool:
    """ "Lloyd's List", "Barron's Weekly": one capitalised word owning one capitalised word, where the
    owner is never named on its own in the document, is a single name (a title), not an owner and its
    unit. Not "Harvard's Kennedy School" (an institution), "Russia's Gazprom" (a place owns it), nor
    "Google's DeepMind" when Google is also named alone."""
    if len(owner) != 1 or len(unit) != 1 or not (owner[0].is_title and unit[0].is_title):
        return False
    if looks_institutional(owner) or looks_institutional(unit) or known_place(owner.text):
        return False
    word = owner.text
    alone = text.count(word) - sum(text.count(word + mark) for mark in POSSESSIVE_MARKS - BARE_APOSTROPHES)
    return alone == 0


def join_possessive_titles(spans: list[Span], text: str) -> list[Span]:
    """Join "Lloyd" + "'s" + "List", which the model tags as two names, when they form one title."""
    spans = sorted(spans, key=lambda s: s.start)
    out: list[Span] = []
    for span in spans:
        prev = out[-1] if out else None
        doc = span.doc
        if (
            prev is not None
            and not prev.id_
            and prev.end + 1 == span.start
            and doc[prev.end].tag_ == "POS"
            and _possessive_title(prev, span, text)
        ):
            out[-1] = Span(doc, prev.start, span.end, label="ORG", span_id=span.id_)
            continue
        out.append(span)
    return out


_CONNECTORS = frozenset("of the de del la las los des du di da do dos das y e et".split())


def institution_tail(span: Span, taken: set[int]) -> Span:
    """ "Universidad" of "Universidad Mayor de San Andrés", "Office of the Attorney" of "... General of
    Switzerland": the model cuts an institution's name at a title or a foreign word; grow it over the
    capitalised words and connectors that follow, and over "of <country>" when it had to grow. A party's
    word the ruler tagged inside the name ("Federal Ministry of" + "Labour" + "and Economy") is the
    name's own, and so is "and <word>" after a grown "of <word>" when the name ends there."""
    doc = span.doc
    toks, lowers = tokens(doc), column(doc, "lower_")  # read for every name: no Token built for the tests
    words = lowers[span.start : span.end]
    first = words[1] if words[0] == "the" and len(words) > 1 else words[0]
    cut_at_of = span.label_ == "ORG" and len(words) > 2 and words[-1] == "of"  # "Chamber of Mines of"
    headed_of = _head_before_of(span)  # "the Federal Regional Court" + "of the 1st Region"
    institutional = first in FOREIGN_ORG_HEADS or first in INSTITUTION_WORDS
    owned_of = "of" in words[1:-1]  # "Superior Court of Justice" + "of Moquegua"
    if span.id_ or not (institutional or cut_at_of or headed_of or (owned_of and _of_place(doc, span.end))):
        return span
    end = span.end - 1 if len(span) > 2 and span[-1].lower_ == "of" else span.end  # "... General of"
    grown = end < span.end
    taken = taken - set(range(span.start, span.end))  # its own "of" is no other name's
    while end < len(doc) and "\n" not in toks[end - 1].whitespace_:
        probe = end
        while probe < len(doc) and toks[probe].lower_ in _CONNECTORS and probe not in taken:
            probe += 1
        numbered = probe > end and probe < len(doc) and ORDINAL.match(toks[probe].text) is not None
        if probe == end and grown and _closing_conjunct(doc, probe, taken):
            probe += 1  # "... of Labour" + "and Economy": the last word of the name
        elif numbered:
            probe += 1  # "of the 1st Region"
        word = toks[probe] if probe < len(doc) else None
        if word is None or (probe in taken and not (numbered or _party_word(word))) or word.is_sent_start:
            break
        if not word.is_title or (word.pos_ != "PROPN" and not numbered):
            break
        end, grown = probe + 1, True
    if (grown or owned_of or headed_of) and _of_place(doc, end):  # "... Commission" + "of Pakistan"
        place_end = end + 2
        while place_end < len(doc) and toks[place_end].ent_iob_ == "I":
            place_end += 1
        end = place_end
    if end == span.end:
        return span
    return Span(doc, span.start, end, label="ORG", kb_id=span.kb_id_)


ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)$")
# A union's or order's numbered branch, named with its number ("Teamsters Local 727", "Fraternal Order
# of Police Lodge 93", "American Legion Post 12"): the number is part of the body's name.
BRANCH_WORDS = frozenset({"Local", "Lodge", "Chapter", "Post", "Branch"})


def business_tail(span: Span, taken: set[int]) -> Span:
    """ "Oberoi & Sethi" + "Advocates": a body cut before the one business word that ends its name (a law
    firm's "Advocates", "Solicitors", "Associates"; nothing capitalised after it)."""
    doc, end = span.doc, span.end
    toks = tokens(doc)
    if span.label_ != "ORG" or span.id_ or end >= len(doc) or end in taken or not span[-1].whitespace_:
        return span
    word = toks[end]
    if not word.is_title or word.lower_ not in BUSINESS_HEADS or word.is_sent_start:
        return span
    if end + 1 < len(doc) and toks[end + 1].is_title and toks[end + 1].pos_ == "PROPN":
        return span
    return Span(doc, span.start, end + 1, label="ORG", kb_id=span.kb_id_)


def numbered_branch(span: Span) -> Span:
    """ "Amalgamated Transit Union Local" + "1907": an organisation cut before its branch number."""
    doc, end = span.doc, span.end
    if span.label_ != "ORG" or span.id_ or len(span) < 2 or span[-1].text not in BRANCH_WORDS:
        return span
    if end >= len(doc) or not doc[end].is_digit or span[-1].whitespace_ != " ":
        return span
    return Span(doc, span.start, end + 1, label="ORG", kb_id=span.kb_id_)


def _of_place(doc: Doc, end: int) -> bool:
    """True for "of" + a place the model tagged right after a name ("... of Moquegua")."""
    toks = tokens(doc)
    if end + 1 >= len(doc) or toks[end].lower_ != "of":
        return False
    place = toks[end + 1]  # a country the model left untagged ("... Commission of Pakistan (SECP)")
    return place.ent_type_ == "GPE" or (not place.ent_type_ and canonical_country(place.text) is not None)


def _head_before_of(span: Span) -> bool:
    """True for a body's name ending in its head word right before "of" ("the Federal Regional Court of")."""
    doc = span.doc
    return (
        span.label_ == "ORG"
        and len(span) > 1
        and span[-1].lower_ in INSTITUTION_HEADS
        and span.end + 1 < len(doc)
        and doc[span.end].lower_ == "of"
    )


def _party_word(token: Token) -> bool:
    """True for one word the ruler tagged as a party or body on its own ("Labour"), not a longer name."""
    doc = token.doc
    return (
        token.ent_id_ == "institution"
        and token.ent_iob_ == "B"
        and (token.i + 1 == len(doc) or doc[token.i + 1].ent_iob_ != "I")
    )


def _closing_conjunct(doc: Doc, i: int, taken: set[int]) -> bool:
    """True for "and" + one capitalised word that ends the name ("of Labour and Economy,"): no title,
    no given name, no name of its own, and no further capitalised word after it."""
    toks = tokens(doc)
    if i + 1 >= len(doc) or toks[i].lower_ != "and":
        return False
    word = toks[i + 1]
    after = toks[i + 2] if i + 2 < len(doc) else None
    return (
        i + 1 not in taken
        and word.is_title
        and not is_title_word(word)
        and word.text not in GIVEN_NAMES
        and not known_place(word.text)
        and (after is None or not after.is_title)
    )


# Continental adjectives that open a body's own name ("European Commission", "African Union").
CONTINENTAL = frozenset("european african american asian arab pacific atlantic nordic baltic latin".split())


def joined_conjuncts(spans: list[Span]) -> list[Span]:
    """ "the Compliance and Monitoring Directorate", "The Harbour and Marine Authority": the model tags
    only the words after "and"; when an institution's name follows "and" and only capitalised words
    that name nothing alone (no place, no person, no nationality) stand between it and "the", they are
    the first half of one name. A one-word nationality tag on such a word ("Harbour" as NORP) is dropped."""
    spans = sorted(spans, key=lambda s: s.start)
    owner = {i: k for k, s in enumerate(spans) for i in range(s.start, s.end)}
    dropped: set[int] = set()
    out = list(spans)
    for k, span in enumerate(spans):
        doc = span.doc
        toks = tokens(doc)
        conj = span.start - 1
        if span.label_ != "ORG" or span.id_ or conj < 2 or toks[conj].lower_ != "and":
            continue
        if not (org_headed(span) or looks_institutional(span)):  # "Port Authority of Singapore" too
            continue
        start = conj
        while start > 0 and conj - start < 3 and _first_half_word(toks[start - 1], spans, owner):
            start -= 1
        if start == conj and _regional(span) and _owned_region(doc, conj - 1, spans, owner):
            start = conj - 1  # "the Endowment's Russia and Eurasia Program": a unit named for regions
        elif start == conj or start == 0 or toks[start - 1].lower_ != "the":
            continue
        dropped |= {owner[i] for i in range(start, conj) if i in owner}
        out[k] = Span(doc, start, span.end, label="ORG", kb_id=span.kb_id_)
    return [s for k, s in enumerate(out) if k not in dropped]


def _regional(span: Span) -> bool:
    """True unless a nationality or continental adjective opens the name ("European Commission")."""
    first = span[0]
    return country_of_demonym(first.text) is None and first.lower_ not in CONTINENTAL and first.tag_ != "JJ"


def _owned_region(doc: Doc, at: int, spans: list[Span], owner: dict[int, int]) -> bool:
    """A one-word place tagged alone between an owner's possessive and "and" ("'s Russia and Eurasia
    Program"): a unit named for the regions it studies, not the place itself (not "the U.S. and EU")."""
    toks = tokens(doc)
    tagged = owner.get(at)
    return (
        at > 0
        and toks[at - 1].tag_ == "POS"
        and toks[at].is_title
        and tagged is not None
        and len(spans[tagged]) == 1
        and spans[tagged].label_ in ("GPE", "LOC", "NORP")
    )


def _first_half_word(token: Token, spans: list[Span], owner: dict[int, int]) -> bool:
    """A capitalised common word before "and" in a body's name: untagged, or tagged alone as a
    nationality it is not ("Harbour"), and no place, title or given name."""
    if not (token.is_title and token.is_alpha) or known_place(token.text) or country_of_demonym(token.text):
        return False
    if token.text in GIVEN_NAMES or token.is_stop:
        return False
    tagged = owner.get(token.i)
    return tagged is None or (len(spans[tagged]) == 1 and spans[tagged].label_ == "NORP")


def country_bodies(spans: list[Span]) -> list[Span]:
    """ "UK" + "Anti-Doping", "Canada" + "Athletics": a country's name written right before a body's
    name that holds no head word of its own is part of that body's name ("UK Anti-Doping"); not "the UK
    Foreign Office" (a head word: the body is named without its country) nor a possessive."""
    return join_adjacent(spans, _country_body)


def _country_body(country: Span, body: Span) -> Span | None:
    if (
        country.label_ == "GPE"
        and body.label_ == "ORG"
        and country[-1].whitespace_
        and canonical_country(country.text) is not None
        and _headless(body)
    ):
        return Span(body.doc, country.start, body.end, label="ORG")
    return None


def _headless(span: Span) -> bool:
    """A capitalised body's name of one to three words with no institution's, business or place word."""
    words = [t for t in span if not glued_hyphen(t)]
    return (
        len(words) <= 3
        and all(t.is_title or glued_hyphen(t) or "-" in t.text for t in span)
        and not any(t.lower_ in INSTITUTION_WORDS or t.lower_ in FOREIGN_ORG_HEADS for t in span)
        and not org_headed(span)
        and canonical_outlet(span_text(span)) is None
        and not any(known_place(t.text) for t in words)
    )


def town_length(doc: Doc, i: int, towns: frozenset[str]) -> int:
    """ "Prince Rupert", "Mount Hagen", "Port Moresby": the length of a listed town's name (or the
    dateline's) opening at ``i``, 0 for none; a title word that opens one is part of the place's name."""
    titled = column(doc, "is_title")  # the last word's case first: no Span built for most words
    for k in (3, 2):
        if i + k <= len(doc) and titled[i + k - 1]:
            name = span_text(doc[i : i + k])
            if name in WORLD_TOWNS or name in CITIES or name in towns:
                return k
    return 0


def town_title(doc: Doc, i: int, towns: frozenset[str]) -> bool:
    """True for a title word that opens a town's name ("Prince" of "Prince Rupert")."""
    toks = tokens(doc)
    return is_title_word(toks[i]) and town_length(doc, i, towns) > 0


def town_named(span: Span, towns: frozenset[str]) -> Span:
    """ "the Prince George Citizen" tagged "George Citizen" (a person): a town whose name opens with a
    title word is taken whole; the town alone is a place, more words after it name a body (a paper)."""
    doc, start = span.doc, span.start
    toks = tokens(doc)
    if span.id_ or span.label_ not in ("PERSON", "ORG", "GPE"):
        return span
    if start > 0 and town_title(doc, start - 1, towns):
        start -= 1
    elif span.label_ != "PERSON" or not town_title(doc, start, towns):
        return span
    town = town_length(doc, start, towns)
    if span.end - start > town:
        return Span(doc, start, span.end, label="ORG", kb_id=span.kb_id_)
    if start > 0 and toks[start - 1].lower_ in TOWN_PREPS:  # "from Prince George", not "Prince George said"
        return Span(doc, start, start + town, label="GPE", kb_id=span.kb_id_)
    return span
