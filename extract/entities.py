"""Repair the statistical NER on news text: trim, extend, split and add name spans (no linking)."""

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from extract.body_shapes import campus_countries, maori_grown
from extract.conjoined import conjoined_bodies
from extract.doc_arrays import column, tokens
from extract.institution_spans import (
    and_tail_firms,
    joined_institutions,
    plural_possessive_bodies,
    possessive_offices,
)
from extract.labelling import OTHER_LABELS, relabel
from extract.leftovers import adjective_leftover
from extract.name_shapes import (
    courtesy_named,
    given_joined,
    given_surname,
    grown_given,
    grown_surname,
    hyphenated_person,
    joined_surnames,
    nicknamed,
    particle_joined,
    particle_tail,
    portfolio_after_post,
    portfolio_before_title,
    saint_places,
    untitled,
)
from extract.name_spans import (
    KEPT_LABELS,
    NAME_JOINERS,
    business_tail,
    country_bodies,
    cut_clause,
    hyphen_whole,
    institution_tail,
    join_possessive_titles,
    joined_conjuncts,
    known_place,
    numbered_branch,
    split_employer,
    split_possessive,
    town_named,
    town_title,
)
from extract.names import GIVEN_NAMES, NAME_PARTICLES, post_nominal
from extract.org_words import CHAMBER_WORDS, LEGAL_PREFIXES, looks_institutional, org_headed
from extract.outlets import (
    EDITIONS,
    MASTHEAD_WORDS,
    NOT_PERSON_CUES,
    TITLE_ARTICLES,
    canonical_outlet,
    outlet_cue,
    styled_title,
)
from extract.person_cues import (
    abbreviated_title,
    glued_hyphen,
    has_role_apposition,
    is_title_word,
    person_shaped,
    syllable_hyphen,
)
from extract.places import COUNTY_ABBREVIATIONS, canonical_country, country_of_demonym
from extract.short_forms import firm_short_forms
from extract.syntax import covered, sentence_of, sentences, span_text, text_of
from extract.titles import MULTIWORD_ROLES, POST_ACRONYMS
from extract.untagged import (
    bare_ministries,
    datelines,
    definite_owner_units,
    grown_outlets,
    legal_names,
    named_by_org_noun,
    owned_units,
    syllable_names,
    unlabelled_orgs,
    unlabelled_people,
    untagged_bodies,
    untagged_foreign_orgs,
    untagged_outlets,
    untagged_places,
    verb_unions,
    whole_outlets,
)

INSTITUTION_PREFIX_NORP = frozenset(
    {"embassy", "consulate", "ministry", "government", "army", "navy", "parliament"}
)


GENERIC_ORGS = frozenset(
    (
        "cabinet administration government ministry embassy court police army military company firm board "
        "committee party state"
    ).split()
)


LEADING_JUNK = frozenset(
    {'"', "'"}
    | set("the a an [ ( between with by from to of and for at in on meanwhile underneath however".split())
)


TRAILING_LINKS = frozenset({"of", "and", "&", "at", "from", "for"})


MARKUP = frozenset("[]()<>|*_#/\\{}=")


def _common_word(token: Token) -> bool:
    # Capitalised only because it starts a sentence or line: "Underneath Kislyak's".
    return token.pos_ != "PROPN" or token.is_stop or token.lower_ in LEADING_JUNK


def _at_line_start(token: Token) -> bool:
    return token.is_sent_start or token.i == 0 or "\n" in tokens(token.doc)[token.i - 1].text_with_ws


def trim(span: Span, towns: frozenset[str] = frozenset()) -> Span | None:
    """Cut determiners, possessives, glued sentence-initial words, titles and line breaks off a name."""
    doc, label = span.doc, span.label_
    # the words' own attributes as lists: ~40 reads per name, no Token built for them
    texts, spaces, lowers = column(doc, "text"), column(doc, "whitespace_"), column(doc, "lower_")
    is_space, is_punct = column(doc, "is_space"), column(doc, "is_punct")
    toks = tokens(doc)
    start, end = span.start, span.end
    for i in range(start, end):
        if "\n" in texts[i] or (i > start and "\n" in spaces[i - 1]):
            end = i if i > start else end
            break
        if i > start and (not MARKUP.isdisjoint(texts[i]) or toks[i].like_url):  # one Token, not one a mark
            end = i
            break
    while end > start and (
        texts[end - 1] in ("'s", "'", "’s", ",", ".", "-", "—", ")", "]") or is_space[end - 1]
    ):
        if texts[end - 1] == "." and end - 1 > start and texts[end - 2].isupper():
            break
        end -= 1
    while start < end and (lowers[start] in LEADING_JUNK or is_space[start] or is_punct[start]):
        start += 1
    end = _without_post_nominals(doc, start, end, label)
    if label in ("GPE", "LOC"):
        is_lower = column(doc, "is_lower")
        while start < end - 1 and is_lower[start] and lowers[start] in COMPASS_WORDS:
            start += 1  # "west Wales", "northern Italy": the region is no name; the country is
            start += start < end - 1 and texts[start] == "-"  # "south-east Asia"
    if label == "PERSON":
        while end - start > 1 and lowers[end - 1] in TRAILING_LINKS:
            end -= 1  # "Davinder Singh-Arul of" (the firm after it left out): a name never ends in "of"
        while start < end - 1 and (
            (
                is_title_word(toks[start])
                and not town_title(doc, start, towns)
                and not org_headed(doc[start:end])
            )
            or (_at_line_start(toks[start]) and _common_word(toks[start]))
            or portfolio_before_title(doc, start, end)
            or portfolio_after_post(doc, start, end)
        ):
            start += 1
            while start < end - 1 and is_punct[start]:
                start += 1
    if start >= end:
        return None
    if (start, end) == (span.start, span.end):
        return span  # nothing cut: the same span, no new Span (~1 µs) built for it
    return Span(doc, start, end, label=label, kb_id=span.kb_id_, span_id=span.id_)


# Lower-case compass words the model glues to a place ("west Wales", "northern Italy"): never a name.
COMPASS_WORDS = frozenset(
    "north south east west northern southern eastern western central north-east north-west south-east "
    "south-west northeast northwest southeast southwest northeastern northwestern southeastern "
    "southwestern mid".split()
)


def _without_post_nominals(doc: Doc, start: int, end: int, label: str) -> int:
    """ "Kemi Adeyemi SAN", "Rachel Simmons QC": letters after two or more name words end no name.
    A body's name keeps them unless the words before them are shaped like a person's ("Santos SC")."""
    toks = tokens(doc)
    cut = end
    while cut - start > 2 and post_nominal(toks[cut - 1].text) and toks[cut - 2].text[:1].isupper():
        cut -= 1
    if cut == end or label == "PERSON":
        return cut
    rest = doc[start:cut]
    personal = person_shaped(rest) and not org_headed(rest) and toks[cut].text != "SC"
    return cut if personal else end


def _county(span: Span) -> Span:
    """ "Co Kildare" tagged as a person: the county's name after "Co"/"Co." is a place, the word cut."""
    doc, start = span.doc, span.start
    first = column(doc, "text")[start]  # read for every name: no Token built for it
    if first == "Co" and len(span) > 2 and span[1].text == "." and not span[0].whitespace_:
        start += 1
    if first not in COUNTY_ABBREVIATIONS or start + 1 >= span.end or not doc[start + 1].is_title:
        return span
    return Span(doc, start + 1, span.end, label="GPE")


# Currency words written before an amount in South and Southeast Asian, Gulf and African papers ("Tk 2,150
# crore", "Rs 4.7bn", "RM1.2 billion", "KSh 300m"): the small model tags them as bodies or places.
CURRENCY_WORDS = frozenset(
    "Tk Rs Rs. Re Rp RM HK$ S$ NT$ Sh KSh Ksh TSh Tsh USh Dh Dhs QR SR Rf MVR Nu PKR INR BDT LKR NPR "
    "Tk. Dhs.".split()
)


# Words before a post written in capitals that make it a post ("Its MD", "the bank's DMD", "former CEO").
POST_OWNERS = frozenset("its his her their 's ’s former acting deputy interim".split())


def post_or_currency(span: Span) -> bool:
    """ "Its MD and CEO", "(CMD)": a post written in capitals where the words around it make it one (an
    owner before it, a second post joined to it, brackets round it); "Tk 2,150 crore": a currency
    before an amount. Neither names a body or a place. The same letters as a company's name ("GM said",
    "AMD shares rose") and a state after a comma ("Rockville, MD") keep their reading."""
    if len(span) != 1:
        return False
    doc, token = span.doc, span[0]
    toks = tokens(doc)
    if token.text in CURRENCY_WORDS:
        return token.i + 1 < len(doc) and toks[token.i + 1].like_num
    if not (token.text.isupper() and token.lower_ in POST_ACRONYMS):
        return False
    before = toks[token.i - 1] if token.i else None
    after = toks[token.i + 1] if token.i + 1 < len(doc) else None
    if before is None or after is None:
        return False
    if before.text == "(" and after.text == ")":
        return True  # "chairman and managing director (CMD)"
    joined = [  # "MD and CEO": the post on the other side of "and" / "&"
        toks[j]
        for link, j in ((after, token.i + 2), (before, token.i - 2))
        if link.lower_ in ("and", "&") and 0 <= j < len(doc)
    ]
    if before.lower_ in ("the", "a", "an"):  # "the MD said", not "the GM plant" (a name before a noun)
        return token.dep_ not in ("compound", "nmod", "amod")
    return before.lower_ in POST_OWNERS or any(w.lower_ in POST_ACRONYMS for w in joined)


def _set_off_post_nominal(span: Span) -> bool:
    """ "Chief Ada Obi, SAN, said": honour or rank letters set off by commas after a name name no body."""
    doc = span.doc
    toks = tokens(doc)
    return (
        len(span) == 1
        and span.start > 1
        and toks[span.start - 1].text == ","
        and toks[span.start - 2].is_title
        and post_nominal(span_text(span))
    )


def extend(span: Span, taken: set[int]) -> Span:
    """Grow a name over adjacent name words the model left out ("Donald" Trump, "von der Leyen")."""
    doc = span.doc
    toks = tokens(doc)
    start, end = span.start, span.end
    if span.label_ == "PERSON":
        while (
            start > 0
            and start - 1 not in taken
            and toks[start - 1].pos_ == "PROPN"
            and toks[start - 1].is_title
            and not is_title_word(toks[start - 1])
            and not _common_word(toks[start - 1])
            and toks[start - 1].ent_type_ not in ("GPE", "NORP", "ORG")
            and not _abbreviation(toks[start])  # "Ombudsman Ma. Cecilia": a title before "Ma."
            and not portfolio_after_post(doc, start - 1, end)  # "Minister for Transport" + "Lee Kah Wai"
        ):
            start -= 1
        while (
            end < len(doc) - 1
            and toks[end].lower_ in NAME_PARTICLES
            and toks[end + 1].lower_ in NAME_PARTICLES | set()
        ):
            end += 1
        if end < len(doc) - 1 and (
            toks[end - 1].lower_ in NAME_PARTICLES or toks[end].lower_ in NAME_PARTICLES
        ):
            probe = end
            while probe < len(doc) and toks[probe].lower_ in NAME_PARTICLES:
                probe += 1
            if probe < len(doc) and toks[probe].is_title and toks[probe].pos_ == "PROPN":
                end = probe + 1
        while end - start >= 2 and end + 1 < len(doc) and glued_hyphen(toks[end]) and end + 1 not in taken:
            end += 2  # "van der Heijden-Obi": the hyphenated tail the model left out is the surname's
    norp_before = start > 0 and toks[start - 1].ent_type_ == "NORP" and start - 1 not in taken
    if span.label_ == "ORG" and span[-1].lower_ in INSTITUTION_PREFIX_NORP and norp_before:
        start -= 1
    if (start, end) == (span.start, span.end):
        return span  # not grown: the same span, no new Span built for it
    return Span(doc, start, end, label=span.label_, kb_id=span.kb_id_, span_id=span.id_)


def drop_compounds(span: Span) -> bool:
    """True for hyphenated pairs like "U.S.-Russia" that name no single entity."""
    return (
        span.label_ in ("GPE", "NORP", "ORG")
        and "-" in span_text(span)
        and canonical_country(span_text(span)) is None
        and all(canonical_country(part) for part in span_text(span).split("-"))
    )


def inside_role(span: Span) -> bool:
    """True when the name is part of a title such as "Secretary of State" or "Attorney General"."""
    doc = span.doc
    words = set(span_text(span).lower().split())
    # only roles holding one of the name's words can hold them all: look those up, not every role
    candidates = _ROLES_BY_WORD.get(min(words), ()) if words else _ROLE_WORDS
    roles = [role for role, role_words in candidates if words <= role_words]
    if not roles:
        return False
    window = span_text(doc[max(0, span.start - 3) : span.end + 2]).lower()
    return any(role in window for role in roles)


_ROLE_WORDS = tuple((role, frozenset(role.split())) for role in MULTIWORD_ROLES)  # split once
_ROLES_BY_WORD: dict[str, list[tuple[str, frozenset[str]]]] = {}
for _role, _words in _ROLE_WORDS:
    for _word in _words:
        _ROLES_BY_WORD.setdefault(_word, []).append((_role, _words))


# The finders of names the model left untagged, in the order they claim words: each is given the words
# the names before it hold.
UNTAGGED_FINDERS = (
    syllable_names,
    unlabelled_people,
    legal_names,
    unlabelled_orgs,
    bare_ministries,
    verb_unions,
    untagged_foreign_orgs,
    named_by_org_noun,
    untagged_bodies,
    untagged_places,
)


@Language.factory("kg_entities")
def make_entities(nlp: Language, name: str) -> "EntityRepair":
    """Create the component that repairs named-entity spans on news text."""
    return EntityRepair()


class EntityRepair:
    """Trim, extend and relabel ``doc.ents`` so later components see clean names."""

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        text = text_of(doc)  # joins every token: build it once per document, not once per entity
        filed = datelines(doc, set())  # one scan: the towns now ("PRINCE RUPERT, B.C. —"), the spans below
        towns = frozenset(span_text(s).title() for s in filed)
        for ent in doc.ents:
            if ent.label_ not in KEPT_LABELS:
                continue
            if ent.id_ in ("outlet", "masthead"):
                ent = _local_edition(_longer_name(ent))
            trimmed = trim(_titled_person(town_named(_legal_prefix(_county(ent)), towns), towns), towns)
            trimmed = cut_clause(trimmed) if trimmed is not None else None
            trimmed = hyphen_whole(trimmed) if trimmed is not None else None
            if trimmed is None or drop_compounds(trimmed) or inside_role(trimmed):
                continue
            if trimmed.label_ == "ORG" and len(trimmed) == 1 and trimmed[0].lower_ in GENERIC_ORGS:
                continue
            if _set_off_post_nominal(trimmed):
                continue
            if (
                _bare_title(trimmed)
                or _hyphenated_title(trimmed)
                or uncapitalised(trimmed)
                or adjective_leftover(trimmed)
            ):
                continue
            if sentence_initial_common(trimmed, text):
                continue
            for part in _split_places(trimmed):
                for piece in split_employer(part):
                    spans += [s for s in split_possessive(piece) if not post_or_currency(s)]
        spans = join_possessive_titles(spans, text)
        spans = nicknamed(doc, _abbreviated_given(spans), text)
        taken = covered(spans)
        spans += [s for s in filed if taken.isdisjoint(range(s.start, s.end))]
        spans = definite_owner_units(doc, spans + owned_units(doc, spans))
        taken = covered(spans)
        for finder in UNTAGGED_FINDERS:
            found = finder(doc, taken)
            spans += found
            taken = taken | covered(found)  # the words of all spans so far, without recounting them
        spans = [_outlet_label(s) for s in whole_outlets(grown_outlets(spans))]
        spans += untagged_outlets(doc, covered(spans))
        spans = possessive_offices(doc, spans)
        spans = plural_possessive_bodies(spans)
        spans = and_tail_firms(joined_institutions(spans, covered(spans)))
        spans = campus_countries(country_bodies(spans))
        spans = _merge_fragments(spans)
        taken = covered(spans)
        spans = joined_surnames([grown_surname(_split_name(s, taken), taken) for s in spans])
        spans = [business_tail(numbered_branch(institution_tail(s, taken)), taken) for s in spans]
        # ``_grown_back`` and ``extend`` look only at words outside the span: its own need no removing
        spans = [_demonym_body(_grown_back(s, taken), taken) for s in spans]
        spans = joined_conjuncts(spans)
        spans = conjoined_bodies(spans, covered(spans))
        taken = covered(spans)
        spans = [extend(s, taken) for s in spans]
        spans = [_given_name(s, taken) for s in spans]
        spans = [hyphenated_person(untitled(hyphen_whole(grown_given(s, taken)))) for s in spans]
        spans = particle_joined(spans)
        taken = covered(spans)
        spans = given_joined([given_surname(s, taken) for s in spans])
        taken = covered(spans)
        spans = [particle_tail(s, taken) for s in spans]
        spans = [maori_grown(s, taken) for s in spans]
        spans = [town_named(s, towns) for s in spans if not peoples_noun(s)]
        spans = courtesy_named(doc, firm_short_forms(_without_products(_without_vessels(spans))))
        spans = saint_places(doc, relabel(spans))
        doc.ents = _non_overlapping(spans)
        return doc


# "First Nations", "Indigenous Peoples", "Native Americans": a descriptor and a plural noun for peoples
# name a group of peoples, not one body (the gold's convention: no entity); "Six Nations" is one.
PEOPLES_DESCRIPTORS = frozenset("first indigenous native aboriginal tribal".split())
PEOPLES_NOUNS = frozenset("nations peoples people tribes communities americans canadians australians".split())


def peoples_noun(span: Span) -> bool:
    """True for a descriptor and a plural noun for peoples standing alone as a name ("First Nations")."""
    return (
        not span.id_
        and len(span) == 2
        and span[0].lower_ in PEOPLES_DESCRIPTORS
        and span[1].lower_ in PEOPLES_NOUNS
    )


def _hyphenated_title(span: Span) -> bool:
    """ "Ghana's Auditor-General has found", "the Director-General said": title words joined by a hyphen
    name a post, not a body or a person."""
    if "-" not in column(span.doc, "text")[span.start : span.end]:
        return False  # no hyphen: every word is one of ``words`` below, so none is left out
    words = [t for t in span if not glued_hyphen(t)]
    return (
        not span.id_
        and len(words) >= 2
        and len(words) < len(span)
        and all(t.text != "-" or glued_hyphen(t) for t in span)
        and all(is_title_word(t) and t.is_title for t in words)
    )


def _legal_prefix(span: Span) -> Span:
    """ "PT" + "Kebun Hijau Makmur": a legal form written before a name the model left out is the firm's."""
    doc, start = span.doc, span.start
    if span.id_ or start == 0 or column(doc, "text")[start - 1] not in LEGAL_PREFIXES or not span[0].is_title:
        return span
    return Span(doc, start - 1, span.end, label="ORG", kb_id=span.kb_id_)


def _bare_title(span: Span) -> bool:
    """ "I listened to the Fon", "Insp." before "Gen. Agus": a title after "the", or a rank's
    abbreviation, with no name is no person's name; an abbreviated title ("Pfc" "."), whatever the
    model made of it, is no place or organisation either."""
    doc = span.doc
    toks = tokens(doc)
    if len(span) != 1:
        return False
    if abbreviated_title(span[0]):
        return True
    return (
        span.label_ == "PERSON"
        and is_title_word(span[0])
        and span.start > 0
        and toks[span.start - 1].lower_ == "the"
    )


# Nouns that introduce a ship's name ("the tanker Aster Dawn", "the cargo ship Ocean Pearl"); prefixes
# written before one ("MV Ocean Pearl"). A carrier may be an airline, a yacht's owner a person: not here.
VESSEL_NOUNS = frozenset(
    "ship tanker vessel freighter ferry trawler barge frigate destroyer submarine yacht liner boxship".split()
)
VESSEL_PREFIXES = frozenset({"MV", "MT", "MS", "SS", "HMS", "USS", "RMS", "FV"})


def _without_vessels(spans: list[Span]) -> list[Span]:
    """ "the tanker Aster Dawn", then "boarded the Aster Dawn": a ship's name is no person or body; a name
    written right after a vessel noun is one, and so is every other mention of the same words."""
    ships = set()
    for span in spans:
        doc, before = span.doc, span.start - 1
        toks = tokens(doc)
        if span.id_ or before < 0:
            continue
        word = toks[before]
        if (word.text in VESSEL_NOUNS and before > 0 and toks[before - 1].pos_ in ("DET", "NOUN", "ADJ")) or (
            word.text in VESSEL_PREFIXES
        ):
            ships.add(span_text(span))
    return [s for s in spans if span_text(s) not in ships] if ships else spans


# Nouns for made things a name may stand in apposition to ("Corvexa, a migraine drug,"): a product's
# name, which the model calls a place, person or body, names no entity of ours.
PRODUCT_NOUNS = frozenset(
    (
        "drug medicine medication vaccine pill tablet painkiller antibiotic inhaler film documentary album "
        "song novel sedan airliner helicopter drone rifle missile pesticide herbicide"
    ).split()
)  # not "app", "platform" or "service": a firm is often called by what it sells ("X, a payments app")


def _without_products(spans: list[Span]) -> list[Span]:
    """ "the price of Corvexa, a cystic fibrosis medicine," and every later "Corvexa": a name whose
    apposition is a product noun is a product's, not a person's, body's or place's."""
    products = {
        span_text(s)
        for s in spans
        if not s.id_ and any(c.dep_ == "appos" and c.lemma_.lower() in PRODUCT_NOUNS for c in s.root.children)
    }
    return [s for s in spans if span_text(s) not in products] if products else spans


def uncapitalised(span: Span) -> bool:
    """ "the city council", "the ministry": words written without a capital name no one; nor does a body
    whose head word is written in lower case ("the Commons business committee")."""
    if span.id_ or not span[0].is_alpha:
        return False
    lower_head = (
        span.label_ == "ORG"
        and len(span) > 1
        and span[-1].is_lower
        and span[-1].is_alpha
        and span[-1].lower_ not in NAME_JOINERS  # "Chamber of Mines of" + "Zambia", grown back later
        and not syllable_hyphen(span[-2])  # "Oh Min-jun" tagged as a body is a person's name
    )
    return lower_head or not any(map(str.isupper, span_text(span)))


PERSONAL_HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "miss"})


def _titled_person(span: Span, towns: frozenset[str]) -> Span:
    """A title or "Mr./Ms." written before a name makes it a person, whatever the model labelled it
    ("Councilwoman Renata Szabo" as ORG, "Ms. Vîrlan" as GPE); the title itself is cut by ``trim``."""
    doc = span.doc
    toks = tokens(doc)
    if span.label_ == "PERSON" or span.id_:
        return span
    start = span.start
    if span[0].lower_ in ("the", "a", "an") or span[0].is_punct:
        start += 1
    if start >= span.end or not is_title_word(toks[start]) or town_title(doc, start, towns):
        before = toks[span.start - 1] if span.start > 0 else None
        if before is not None and before.lower_ in PERSONAL_HONORIFICS and span[0].is_title:
            return Span(doc, span.start, span.end, label="PERSON")
        if before is not None and before.is_lower and is_title_word(before) and _particle_name(span):
            return Span(doc, span.start, span.end, label="PERSON")  # "chief executive Aoife de Paor"
        return span
    honorific = toks[start].lower_ in PERSONAL_HONORIFICS
    rest = Span(doc, start + 1, span.end, label="PERSON")
    if len(rest) and org_headed(doc[start : span.end]):
        return span  # "the league's Board Eligibility Panel": a body whose name opens with a title word
    if len(rest) and (person_shaped(rest) or (honorific and len(rest) == 1 and rest[0].is_title)):
        return Span(doc, span.start, span.end, label="PERSON")
    return span


def _particle_name(span: Span) -> bool:
    """ "Aoife de Paor", "Luis van Dijk": a capitalised word, a lower-case name particle, then capitalised
    words, with no body's head: a person's name the model calls an organisation."""
    return (
        3 <= len(span) <= 5
        and span[0].is_title
        and span[1].lower_ in NAME_PARTICLES
        and span[1].is_lower
        and person_shaped(span)
        and not org_headed(span)
    )


def _outlet_label(span: Span) -> Span:
    """ "told The Bay Citizen" tagged as a place: the attribution grammar says it is an outlet (an ORG).
    A "person" styled with a capital "The" mid-sentence ("cited by The Blade") is no person either."""
    label = span.label_
    misread = (
        label in ("GPE", "LOC", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT")  # "told the Tulsa World"
        or (
            label in ("PERSON", "NORP") and styled_title(span)
        )  # "quoted by The Hindu": a title, not a people
    ) and not known_place(span_text(span))
    if not misread and label != "PERSON":
        return span  # no cue below changes it: its grammar is not read
    cue = outlet_cue(span)
    if misread and cue:
        return Span(span.doc, span.start, span.end, label="ORG", kb_id=span.kb_id_, span_id=span.id_)
    strong = cue in NOT_PERSON_CUES or (cue == "outlet.told" and any(c.isdigit() for c in span_text(span)))
    if label == "PERSON" and strong and not _person_cues(span):
        start = span.start
        if cue == "outlet.noun" and start > 0 and tokens(span.doc)[start - 1].text in TITLE_ARTICLES:
            start -= 1  # "the daily Het Financieele Dagblad": the article is part of the title
        return Span(span.doc, start, span.end, label="ORG", kb_id=span.kb_id_, span_id=span.id_)
    return span


def _person_cues(span: Span) -> bool:
    """ "Moneyweb reported that", "the daily Het Financieele Dagblad": a "person" with no given name and
    no title before it may be an outlet; "Anna Berg reported that", "Dr. Berg reported that" may not."""
    before = tokens(span.doc)[span.start - 1] if span.start > 0 else None
    titled = before is not None and (is_title_word(before) or before.lower_ in PERSONAL_HONORIFICS)
    return span[0].text in GIVEN_NAMES or titled or len(span) > 3


def _local_edition(span: Span) -> Span:
    """ "the Hull Daily Mail": capitalised words between "the" and a listed outlet's name make another,
    local title (not the Daily Mail); not "Britain's Daily Mail", where an owner stands before it."""
    doc = span.doc
    toks = tokens(doc)
    if span.id_ != "outlet" or span[0].lower_ == "the":
        return span
    start = span.start
    while (
        start > 0
        and toks[start - 1].is_title
        and toks[start - 1].pos_ == "PROPN"
        and not toks[start - 1].is_sent_start
    ):
        start -= 1
    if start == span.start or start == 0 or toks[start - 1].lower_ != "the":
        return span
    return Span(doc, start, span.end, label="ORG", span_id="masthead")


def _split_places(span: Span) -> list[Span]:
    """ "between Kyiv and Chișinău" tagged as one name: split at "and" when one side is a known place."""
    doc = span.doc
    lowers = column(doc, "lower_")
    cut = next((k for k in range(span.start + 1, span.end - 1) if lowers[k] == "and"), None)
    if cut is None or span.id_ or looks_institutional(span):  # "the Russia and Eurasia Program" is one
        return [span]
    left, right = doc[span.start : cut], doc[cut + 1 : span.end]
    if any(known_place(span_text(side)) for side in (left, right)):
        return [Span(doc, left.start, left.end, label="GPE"), Span(doc, right.start, right.end, label="GPE")]
    return [span]


def _abbreviation(token: Token) -> bool:
    """True for a short capitalised word glued to a full stop: an abbreviated given name ("Ma.", "Md.")."""
    doc = token.doc
    toks = tokens(doc)
    return (
        token.i + 1 < len(doc)
        and toks[token.i + 1].text == "."
        and not token.whitespace_
        and token.is_title
        and token.is_alpha
        and len(token) <= 3
    )


def _abbreviated_given(spans: list[Span]) -> list[Span]:
    """ "Ombudsman Ma" + "." + "Cecilia de los Reyes": a person's span that ends in a short capitalised
    word glued to a full stop, right before another name, ends in an abbreviated given name ("Ma.",
    "Md.", "Wm."); the model cut the name at the stop. One person, the title before it left out."""
    spans = sorted(spans, key=lambda s: s.start)
    out: list[Span] = []
    for span in spans:
        prev = out[-1] if out else None
        doc = span.doc
        toks = tokens(doc)
        if (
            prev is not None
            and prev.label_ == "PERSON"
            and span.label_ in ("PERSON", "ORG")
            and not span.id_
            and prev.end + 1 == span.start
            and _abbreviation(prev[-1])
            and person_shaped(span)
        ):
            start = prev.end - 1  # the words before it are a title, unless a given name ("José Ma.")
            while start > prev.start and toks[start - 1].text in GIVEN_NAMES:
                start -= 1
            out[-1] = Span(doc, start, span.end, label="PERSON")
            continue
        out.append(span)
    return out


def _grown_back(span: Span, taken: set[int]) -> Span:
    """ "Humberside" + "Athletic Supporters' Trust": an organisation's name the model cut at its start
    grows over the capitalised proper nouns before it that modify a word of the name."""
    doc = span.doc
    toks = tokens(doc)
    if span.label_ != "ORG" or span.id_ or not (org_headed(span) or _lone_chamber(span)):
        return span
    start = span.start
    while (
        start > 0
        and start - 1 not in taken
        and toks[start - 1].pos_ == "PROPN"
        and toks[start - 1].is_title
        and toks[start - 1].dep_ in ("compound", "nmod")
        and start <= toks[start - 1].head.i < span.end  # "Ho Chi Minh" -> "City" -> "People's Council"
        and not is_title_word(toks[start - 1])
    ):
        start -= 1
    if start == span.start:
        return span
    return Span(doc, start, span.end, label="ORG", kb_id=span.kb_id_)


def _lone_chamber(span: Span) -> bool:
    """ "Senate" tagged alone, capitalised: a chamber whose name may have lost its place."""
    return len(span) == 1 and span[0].is_title and span[0].lower_ in CHAMBER_WORDS


def _demonym_body(span: Span, taken: set[int]) -> Span:
    """ "the Scottish" + "Parliament", "Welsh" + "Government": a nationality adjective the model tagged
    alone, right before a capitalised state institution's word it left untagged, is that body's name."""
    doc, end = span.doc, span.end
    if (
        span.label_ not in ("ORG", "NORP")
        or span.id_
        or len(span) != 1
        or end >= len(doc)
        or end in taken
        or country_of_demonym(span_text(span)) is None
    ):
        return span
    head = tokens(doc)[end]
    if not head.is_title or head.lower_ not in INSTITUTION_PREFIX_NORP:
        return span
    return Span(doc, span.start, end + 1, label="ORG", kb_id=span.kb_id_)


def _split_name(span: Span, taken: set[int]) -> Span:
    """Join a one-word entity to the untagged name word it modifies ("Marta" + "Ruiz")."""
    doc = span.doc
    toks = tokens(doc)
    if len(span) != 1 or span.end >= len(doc) or span.end in taken or span.id_:
        return span
    nxt = toks[span.end]
    if (
        nxt.pos_ == "PROPN"
        and nxt.is_title
        and span[0].dep_ in ("compound", "nmod")
        and span[0].head.i == nxt.i
        and not is_title_word(nxt)
        and not looks_institutional(doc[span.start : span.end + 1])
    ):
        return Span(doc, span.start, span.end + 1, label=span.label_)
    return span


def _given_name(span: Span, taken: set[int]) -> Span:
    """A single capitalised word after a common given name is a surname ("Alexei" + "Navalny")."""
    doc = span.doc
    toks = tokens(doc)
    if span.label_ in OTHER_LABELS and len(span) == 1 and span.start > 0 and span.start - 1 not in taken:
        before = toks[span.start - 1]
        if before.text in GIVEN_NAMES and span[0].is_title and not looks_institutional(span):
            return Span(doc, span.start - 1, span.end, label="PERSON")
    return span


def _longer_name(span: Span) -> Span:
    """An outlet name followed by more capitalised words is another name ("the Atlantic Council")."""
    doc = span.doc
    toks = tokens(doc)
    end = span.end
    while end < len(doc) and toks[end].pos_ == "PROPN" and toks[end].is_title and not toks[end].is_sent_start:
        end += 1
    if end == span.end:
        return span
    if all(t.text in EDITIONS for t in doc[span.end : end]):  # "Politico Europe": an edition
        return Span(doc, span.start, end, label=span.label_, span_id=span.id_)
    titled = toks[end - 1].text in MASTHEAD_WORDS or any(
        canonical_outlet(span_text(doc[k:end])) for k in range(span.start, end)
    )
    if span.id_ == "masthead" and titled:
        return Span(doc, span.start, end, label="ORG", span_id="masthead")  # "the Grimsby Daily" + "Mail"
    return Span(doc, span.start, end, label="ORG")


def sentence_initial_common(span: Span, text: str | None = None) -> bool:
    """ "Turnout was 87.6 percent", "Runoffs in Bolivia ...": one capitalised word that opens a sentence,
    is written in lower case elsewhere in the document (or parsed as a plural common noun: "Nurses") and
    never capitalised mid-sentence, is a common word the model mistook for a name."""
    if len(span) != 1 or span.id_ or not span[0].is_alpha:
        return False
    token, doc = span[0], span.doc
    sent_start = sentence_of(doc, token.i)[0]
    if not all(column(doc, "is_punct")[sent_start : token.i]):
        return False
    # the word written once in the whole text has no other, mid-sentence use: skip that scan of the doc
    if (doc.text if text is None else text).count(token.text) > 1 and token.text in _mid_sentence(doc):
        return False
    if token.tag_ == "NNS" and token.lemma_ != token.lower_ and canonical_outlet(token.text) is None:
        return True  # "Nurses wheel a patient past ...": a plural common noun by the parse, never a name
    forms = {token.lower_, token.lower_[:-1] if token.lower_.endswith("s") else token.lower_}
    lowers, lemmas = _lower_case(doc)
    return not (forms.isdisjoint(lowers) and forms.isdisjoint(lemmas))


def _mid_sentence(doc: Doc) -> frozenset[str]:
    """The words written after a word that is no punctuation in their sentence (once per Doc)."""
    found = doc.user_data.get("kg_mid_sentence")
    if found is None:
        texts, punct, words = column(doc, "text"), column(doc, "is_punct"), set()
        for start, end in sentences(doc):
            opened = False
            for k in range(start, end):
                if opened:
                    words.add(texts[k])
                opened = opened or not punct[k]
        found = doc.user_data["kg_mid_sentence"] = frozenset(words)
    return found


def _lower_case(doc: Doc) -> tuple[frozenset[str], frozenset[str]]:
    """The lower-case forms and lemmas of the words written in lower case (once per Doc)."""
    found = doc.user_data.get("kg_lower_case")
    if found is None:
        low = [k for k, lower in enumerate(column(doc, "is_lower")) if lower]
        lowers, lemmas = column(doc, "lower_"), column(doc, "lemma_")
        found = (frozenset(lowers[k] for k in low), frozenset(lemmas[k] for k in low))
        doc.user_data["kg_lower_case"] = found
    return found


def _merge_fragments(spans: list[Span]) -> list[Span]:
    """ "Wilma" (ORG) + "Condori" (PRODUCT) + "Apaza": a name the model cut into pieces, whole again when
    the pieces and the name words after them form a person's name the grammar confirms."""
    spans = sorted(spans, key=lambda s: s.start)
    taken = covered(spans)
    out: list[Span] = []
    for span in spans:
        prev = out[-1] if out else None
        joined = prev is not None and prev.end == span.start and not prev.id_
        doc, start, end = span.doc, (prev.start if joined and prev is not None else span.start), span.end
        toks = tokens(doc)
        while end < len(doc) and end not in taken and toks[end].pos_ == "PROPN" and toks[end].is_title:
            end += 1
        grown = (joined or end > span.end) and not span.id_
        if grown:  # only a grown span is looked at whole
            whole = Span(doc, start, end, label="PERSON")
            plain = all(not glued_hyphen(t) and t.is_alpha for t in whole)
            cue = plain and person_shaped(whole)
            if cue and (has_role_apposition(whole) or whole[0].text in GIVEN_NAMES):
                if joined:
                    out.pop()
                out.append(whole)
                continue
        out.append(span)
    return out


def _non_overlapping(spans: list[Span]) -> list[Span]:
    spans = sorted(spans, key=lambda s: (s.start, -(s.end - s.start)))
    out: list[Span] = []
    last = -1
    for span in spans:
        if span.start >= last:
            out.append(span)
            last = span.end
    return out
