"""Repair the statistical NER on news text: trim, extend, split and add name spans (no linking)."""

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from extract.institutions import MINISTRIES
from extract.labelling import (
    FOREIGN_ORG_HEADS,
    INSTITUTION_WORDS,
    OTHER_LABELS,
    SEAT_WORDS,
    SPEECH_LEMMAS,
    UNIT_NOUNS,
    dateline_place,
    glued_hyphen,
    has_role_apposition,
    is_title_word,
    looks_institutional,
    org_apposition,
    org_headed,
    person_shaped,
    relabel,
    syllable_hyphen,
)
from extract.names import CITIES, GIVEN_NAMES, NAME_PARTICLES
from extract.outlets import EDITIONS, MASTHEAD_WORDS, canonical_outlet, outlet_cue
from extract.places import canonical_country
from extract.syntax import text_of
from extract.titles import MULTIWORD_ROLES

KEPT_LABELS = frozenset(("PERSON ORG GPE LOC FAC NORP WORK_OF_ART PRODUCT EVENT LAW").split())


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


MARKUP = frozenset("[]()<>|*_#/\\{}=")


def _common_word(token: Token) -> bool:
    # Capitalised only because it starts a sentence or line: "Underneath Kislyak's".
    return token.pos_ != "PROPN" or token.is_stop or token.lower_ in LEADING_JUNK


def _at_line_start(token: Token) -> bool:
    return token.is_sent_start or token.i == 0 or "\n" in token.doc[token.i - 1].text_with_ws


def trim(span: Span) -> Span | None:
    """Cut determiners, possessives, glued sentence-initial words, titles and line breaks off a name."""
    doc = span.doc
    start, end = span.start, span.end
    for i in range(start, end):
        if "\n" in doc[i].text or (i > start and "\n" in doc[i - 1].whitespace_):
            end = i if i > start else end
            break
        if i > start and (any(ch in doc[i].text for ch in MARKUP) or doc[i].like_url):
            end = i
            break
    while end > start and (
        doc[end - 1].text in ("'s", "'", "’s", ",", ".", "-", "—", ")", "]") or doc[end - 1].is_space
    ):
        if doc[end - 1].text == "." and end - 1 > start and doc[end - 2].text.isupper():
            break
        end -= 1
    while start < end and (doc[start].lower_ in LEADING_JUNK or doc[start].is_space or doc[start].is_punct):
        start += 1
    if span.label_ == "PERSON":
        while start < end - 1 and (
            is_title_word(doc[start]) or (_at_line_start(doc[start]) and _common_word(doc[start]))
        ):
            start += 1
            while start < end - 1 and doc[start].is_punct:
                start += 1
    if start >= end:
        return None
    return Span(doc, start, end, label=span.label_, kb_id=span.kb_id_, span_id=span.id_)


def extend(span: Span, taken: set[int]) -> Span:
    """Grow a name over adjacent name words the model left out ("Donald" Trump, "von der Leyen")."""
    doc = span.doc
    start, end = span.start, span.end
    if span.label_ == "PERSON":
        while (
            start > 0
            and start - 1 not in taken
            and doc[start - 1].pos_ == "PROPN"
            and doc[start - 1].is_title
            and not is_title_word(doc[start - 1])
            and not _common_word(doc[start - 1])
            and doc[start - 1].ent_type_ not in ("GPE", "NORP", "ORG")
        ):
            start -= 1
        while (
            end < len(doc) - 1
            and doc[end].lower_ in NAME_PARTICLES
            and doc[end + 1].lower_ in NAME_PARTICLES | set()
        ):
            end += 1
        if end < len(doc) - 1 and (
            doc[end - 1].lower_ in NAME_PARTICLES or doc[end].lower_ in NAME_PARTICLES
        ):
            probe = end
            while probe < len(doc) and doc[probe].lower_ in NAME_PARTICLES:
                probe += 1
            if probe < len(doc) and doc[probe].is_title and doc[probe].pos_ == "PROPN":
                end = probe + 1
    norp_before = start > 0 and doc[start - 1].ent_type_ == "NORP" and start - 1 not in taken
    if span.label_ == "ORG" and span[-1].lower_ in INSTITUTION_PREFIX_NORP and norp_before:
        start -= 1
    return Span(doc, start, end, label=span.label_, kb_id=span.kb_id_, span_id=span.id_)


def drop_compounds(span: Span) -> bool:
    """True for hyphenated pairs like "U.S.-Russia" that name no single entity."""
    return (
        span.label_ in ("GPE", "NORP", "ORG")
        and "-" in span.text
        and canonical_country(span.text) is None
        and all(canonical_country(part) for part in span.text.split("-"))
    )


def inside_role(span: Span) -> bool:
    """True when the name is part of a title such as "Secretary of State" or "Attorney General"."""
    doc = span.doc
    words = set(span.text.lower().split())
    # only roles holding one of the name's words can hold them all: look those up, not every role
    candidates = _ROLES_BY_WORD.get(min(words), ()) if words else _ROLE_WORDS
    roles = [role for role, role_words in candidates if words <= role_words]
    if not roles:
        return False
    window = doc[max(0, span.start - 3) : span.end + 2].text.lower()
    return any(role in window for role in roles)


_ROLE_WORDS = tuple((role, frozenset(role.split())) for role in MULTIWORD_ROLES)  # split once
_ROLES_BY_WORD: dict[str, list[tuple[str, frozenset[str]]]] = {}
for _role, _words in _ROLE_WORDS:
    for _word in _words:
        _ROLES_BY_WORD.setdefault(_word, []).append((_role, _words))


@Language.factory("kg_entities")
def make_entities(nlp: Language, name: str) -> "EntityRepair":
    """Create the component that repairs named-entity spans on news text."""
    return EntityRepair()


class EntityRepair:
    """Trim, extend and relabel ``doc.ents`` so later components see clean names."""

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        text = text_of(doc)  # joins every token: build it once per document, not once per entity
        for ent in doc.ents:
            if ent.label_ not in KEPT_LABELS:
                continue
            if ent.id_ in ("outlet", "masthead"):
                ent = _local_edition(_longer_name(ent))
            trimmed = trim(_titled_person(ent))
            trimmed = _cut_clause(trimmed) if trimmed is not None else None
            trimmed = _hyphen_whole(trimmed) if trimmed is not None else None
            if trimmed is None or drop_compounds(trimmed) or inside_role(trimmed):
                continue
            if trimmed.label_ == "ORG" and len(trimmed) == 1 and trimmed[0].lower_ in GENERIC_ORGS:
                continue
            if _bare_title(trimmed):
                continue
            if sentence_initial_common(trimmed, text):
                continue
            for part in _split_places(trimmed):
                spans += _split_possessive(part)
        spans = _join_possessive_titles(spans, text)
        spans += _datelines(doc, {i for s in spans for i in range(s.start, s.end)})
        spans += _owned_units(doc, spans)
        taken = {i for s in spans for i in range(s.start, s.end)}
        spans += _syllable_names(doc, taken)
        spans += _unlabelled_people(doc, {i for s in spans for i in range(s.start, s.end)})
        spans += _unlabelled_orgs(doc, {i for s in spans for i in range(s.start, s.end)})
        spans += _bare_ministries(doc, {i for s in spans for i in range(s.start, s.end)})
        spans += _untagged_foreign_orgs(doc, {i for s in spans for i in range(s.start, s.end)})
        spans += _named_by_org_noun(doc, {i for s in spans for i in range(s.start, s.end)})
        spans += _untagged_places(doc, {i for s in spans for i in range(s.start, s.end)})
        spans = [_outlet_label(s) for s in spans]
        spans += _untagged_outlets(doc, {i for s in spans for i in range(s.start, s.end)})
        spans = _merge_fragments(spans)
        taken = {i for s in spans for i in range(s.start, s.end)}
        spans = [_split_name(s, taken) for s in spans]
        spans = [_institution_tail(s, taken) for s in spans]
        spans = [_grown_back(s, taken - set(range(s.start, s.end))) for s in spans]
        taken = {i for s in spans for i in range(s.start, s.end)}
        spans = [extend(s, taken - set(range(s.start, s.end))) for s in spans]
        spans = [_given_name(s, taken) for s in spans]
        spans = relabel(spans)
        doc.ents = _non_overlapping(spans)
        return doc


def _bare_title(span: Span) -> bool:
    """ "I listened to the Fon": a title after "the" with no name is no person's name."""
    doc = span.doc
    return (
        span.label_ == "PERSON"
        and len(span) == 1
        and is_title_word(span[0])
        and span.start > 0
        and doc[span.start - 1].lower_ == "the"
    )


PERSONAL_HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "miss"})


def _titled_person(span: Span) -> Span:
    """A title or "Mr./Ms." written before a name makes it a person, whatever the model labelled it
    ("Councilwoman Renata Szabo" as ORG, "Ms. Vîrlan" as GPE); the title itself is cut by ``trim``."""
    doc = span.doc
    if span.label_ == "PERSON" or span.id_:
        return span
    start = span.start
    if span[0].lower_ in ("the", "a", "an") or span[0].is_punct:
        start += 1
    if start >= span.end or not is_title_word(doc[start]):
        before = doc[span.start - 1] if span.start > 0 else None
        if before is not None and before.lower_ in PERSONAL_HONORIFICS and span[0].is_title:
            return Span(doc, span.start, span.end, label="PERSON")
        return span
    honorific = doc[start].lower_ in PERSONAL_HONORIFICS
    rest = Span(doc, start + 1, span.end, label="PERSON")
    if len(rest) and org_headed(doc[start : span.end]):
        return span  # "the league's Board Eligibility Panel": a body whose name opens with a title word
    if len(rest) and (person_shaped(rest) or (honorific and len(rest) == 1 and rest[0].is_title)):
        return Span(doc, span.start, span.end, label="PERSON")
    return span


def _outlet_label(span: Span) -> Span:
    """ "told The Bay Citizen" tagged as a place: the attribution grammar says it is an outlet (an ORG).
    A "person" styled with a capital "The" mid-sentence ("cited by The Blade") is no person either."""
    doc = span.doc
    styled = span.start > 0 and doc[span.start - 1].text == "The" and not doc[span.start - 1].is_sent_start
    misread = (
        span.label_ in ("GPE", "LOC", "FAC", "WORK_OF_ART", "PRODUCT") or (span.label_ == "PERSON" and styled)
    ) and not _known_place(span.text)
    if misread and outlet_cue(span):
        return Span(span.doc, span.start, span.end, label="ORG", kb_id=span.kb_id_, span_id=span.id_)
    return span


def _local_edition(span: Span) -> Span:
    """ "the Hull Daily Mail": capitalised words between "the" and a listed outlet's name make another,
    local title (not the Daily Mail); not "Britain's Daily Mail", where an owner stands before it."""
    doc = span.doc
    if span.id_ != "outlet" or span[0].lower_ == "the":
        return span
    start = span.start
    while (
        start > 0
        and doc[start - 1].is_title
        and doc[start - 1].pos_ == "PROPN"
        and not doc[start - 1].is_sent_start
    ):
        start -= 1
    if start == span.start or start == 0 or doc[start - 1].lower_ != "the":
        return span
    return Span(doc, start, span.end, label="ORG", span_id="masthead")


def _untagged_outlets(doc: Doc, taken: set[int]) -> list[Span]:
    """ "told The Harbour Ledger" left untagged: a capitalised "The" mid-sentence and proper nouns in an
    outlet construction name an outlet."""
    found = []
    for token in doc:
        if token.text != "The" or token.is_sent_start or token.i in taken:
            continue
        end = token.i + 1
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title and end not in taken:
            end += 1
        if end > token.i + 1:
            span = Span(doc, token.i + 1, end, label="ORG")
            if outlet_cue(span):
                found.append(span)
    return found


# Nouns that, right before a name, say what kind of body it is ("the Belgian club KV Oostende").
NAMING_ORG_NOUNS = frozenset(
    "club firm company charity foundation lender insurer startup consultancy".split()
)


CALENDAR = frozenset(
    (
        "january february march april may june july august september october november december monday "
        "tuesday wednesday thursday friday saturday sunday"
    ).split()
)
PLACE_CONNECTORS = frozenset("de del la las los do da dos das di du des y".split())


def _untagged_places(doc: Doc, taken: set[int]) -> list[Span]:
    """ "worked ... in Grenoble", "a command post in Rionegro del Puente": capitalised words the model left
    untagged that are a listed city, or stand alone after a place preposition ("in", "near"), are a
    place. Not a name that goes on ("Paris Hilton"), an institution, a title or a given name."""
    found = []
    for token in doc:
        if token.i in taken or not (token.is_title and token.pos_ == "PROPN"):
            continue
        if token.i > 0 and (doc[token.i - 1].is_title and doc[token.i - 1].pos_ == "PROPN"):
            continue  # inside a run that starts earlier
        end = token.i + 1
        while end < len(doc) and end not in taken:
            probe = end
            while probe < len(doc) - 1 and doc[probe].lower_ in PLACE_CONNECTORS and probe not in taken:
                probe += 1
            if probe in taken or not (doc[probe].is_title and doc[probe].pos_ == "PROPN"):
                break
            end = probe + 1
        span = Span(doc, token.i, end, label="GPE")
        if looks_institutional(span) or any(is_title_word(t) for t in span) or token.text in GIVEN_NAMES:
            continue
        if any(t.ent_type_ and t.ent_type_ not in KEPT_LABELS for t in span) or token.lower_ in CALENDAR:
            continue  # "in November": a date the model tagged, or a month it did not
        if _known_place(span.text) or (_after_place_preposition(span) and not token.is_sent_start):
            found.append(span)
    return found


def _after_place_preposition(span: Span) -> bool:
    # "in Rionegro del Puente on Sunday": the object of "in"/"near" with nothing after it in the phrase
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    return (
        before is not None
        and before.lower_ in ("in", "near", "outside")
        and (after is None or after.is_punct or after.pos_ in ("ADP", "CCONJ", "SCONJ"))
        and (after is None or after.text != "'s")
    )


def _named_by_org_noun(doc: Doc, taken: set[int]) -> list[Span]:
    """ "the Belgian club KV Oostende", "the law firm Carrow Finch": capitalised words the model left
    untagged right after an organisation noun of a definite phrase name that organisation."""
    found = []
    for token in doc:
        if token.lower_ not in NAMING_ORG_NOUNS or token.pos_ != "NOUN" or token.i + 1 in taken:
            continue
        if not any(c.lower_ in ("the", "a", "an") for c in token.children):
            continue
        end = token.i + 1
        while end < len(doc) and end not in taken and doc[end].pos_ == "PROPN" and not doc[end].is_sent_start:
            if not (doc[end].is_title or (doc[end].is_upper and len(doc[end]) <= 4)) or is_title_word(
                doc[end]
            ):
                break
            end += 1
        if end > token.i + 1 and doc[end - 1].is_title:
            found.append(Span(doc, token.i + 1, end, label="ORG"))
    return found


def _untagged_foreign_orgs(doc: Doc, taken: set[int]) -> list[Span]:
    """ "Supporters of Movimiento Popular Serrano": a foreign organisation head ("Movimiento", "Frente")
    opening capitalised words the model left untagged starts an organisation's name."""
    found = []
    for token in doc:
        if token.i in taken or not token.is_title or token.lower_ not in FOREIGN_ORG_HEADS:
            continue
        span = _institution_tail(Span(doc, token.i, token.i + 1, label="ORG"), taken)
        if len(span) > 1:
            found.append(span)
    return found


def _bare_ministries(doc: Doc, taken: set[int]) -> list[Span]:
    """ "Russia's Foreign Ministry", "the Foreign Ministry": the model often leaves a ministry without an
    owner word untagged; aliases later qualifies it by its owner."""
    found = []
    texts = [t.text for t in doc]
    for i, text in enumerate(texts):
        for words in _MINISTRY_WORDS.get(text, ()):  # only ministries starting with this word
            end = i + len(words)
            if texts[i:end] == words and not any(k in taken for k in range(i, end)):
                found.append(Span(doc, i, end, label="ORG"))
    return found


_MINISTRY_WORDS: dict[str, list[list[str]]] = {}
for _name in MINISTRIES:
    _MINISTRY_WORDS.setdefault(_name.split()[0], []).append(_name.split())


def _split_places(span: Span) -> list[Span]:
    """ "between Kyiv and Chișinău" tagged as one name: split at "and" when one side is a known place."""
    doc = span.doc
    cut = next((t.i for t in span[1:-1] if t.lower_ == "and"), None)
    if cut is None or span.id_ or looks_institutional(span):  # "the Russia and Eurasia Program" is one
        return [span]
    left, right = doc[span.start : cut], doc[cut + 1 : span.end]
    if any(_known_place(side.text) for side in (left, right)):
        return [Span(doc, left.start, left.end, label="GPE"), Span(doc, right.start, right.end, label="GPE")]
    return [span]


def _known_place(text: str) -> bool:
    return text in CITIES or canonical_country(text) is not None


POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})


# Lower-case words a name may contain ("Ministry of Maritime Affairs", "Council on Foreign Relations").
NAME_JOINERS = frozenset(
    "of the de del la las los des du di da do dos das y e et and for on at in to von van der den & sans".split()
)


def _cut_clause(span: Span) -> Span | None:
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


def _hyphen_whole(span: Span) -> Span:
    """ "Dimitra Vlachou" + "-Stergiou": a name never ends or starts at a hyphen glued to a capitalised
    word; take the whole hyphenated word ("U.S.-Russia", "Kyiv-Odesa" between known places excepted)."""
    doc = span.doc
    start, end = span.start, span.end
    while (
        end + 1 < len(doc) and (glued_hyphen(doc[end]) or syllable_hyphen(doc[end])) and doc[end + 1].is_alpha
    ):
        end += 2  # "Kostaki" + "-Ralli", "Oh Min" + "-jun"
    if span.label_ == "PERSON" and end == span.end and _given_syllables(doc, end):
        end += 3  # "Kim" + "Do-hyun": the family name alone tagged, the given name left out
    while start >= 2 and glued_hyphen(doc[start - 1]) and doc[start - 2].is_alpha:
        start -= 2
    if (start, end) == (span.start, span.end) or span.id_:
        return span
    words = doc[start:end].text.replace(" ", "-").split("-")
    if any(_known_place(w) for w in words):
        return span
    return Span(doc, start, end, label=span.label_, kb_id=span.kb_id_, span_id=span.id_)


def _given_syllables(doc: Doc, at: int) -> bool:
    """True for a romanised two-syllable given name starting at ``at`` ("Do-hyun", "Ha-eun")."""
    return (
        at + 2 < len(doc)
        and doc[at].is_title
        and doc[at].is_alpha
        and doc[at - 1].whitespace_ != ""
        and syllable_hyphen(doc[at + 1])
    )


def _split_possessive(span: Span) -> list[Span]:
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
    return [owner, unit] if any(t.is_title for t in owner) else [span]


def _plural_owner(owner: Span, unit: Span, mark: Token) -> bool:
    """ "Supporters' Trust", "Workers' Party": a capitalised plural's bare apostrophe before one head word
    is inside one name, not an owner and its unit (not "Reuters' Moscow Bureau": two words)."""
    return (
        mark.text in ("'", "’")
        and owner[-1].is_title
        and owner[-1].lower_.endswith("s")
        and canonical_outlet(owner.text) is None
        and len(unit) == 1
        and (unit[0].lower_ in INSTITUTION_WORDS or org_headed(owner.doc[owner.start : unit.end]))
    )


def _grown_back(span: Span, taken: set[int]) -> Span:
    """ "Humberside" + "Athletic Supporters' Trust": an organisation's name the model cut at its start
    grows over the capitalised proper nouns before it that modify a word of the name."""
    doc = span.doc
    if span.label_ != "ORG" or span.id_ or not org_headed(span):
        return span
    start = span.start
    while (
        start > 0
        and start - 1 not in taken
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].is_title
        and doc[start - 1].dep_ in ("compound", "nmod")
        and span.start <= doc[start - 1].head.i < span.end
        and not is_title_word(doc[start - 1])
    ):
        start -= 1
    if start == span.start:
        return span
    return Span(doc, start, span.end, label="ORG", kb_id=span.kb_id_)


def _owned_units(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "the Ethics and Integrity Directorate's Asset Tracing Unit": capitalised words after a named
    organisation's possessive, ending in a unit or institution head, name an organisation the model
    left untagged (the owner is kept; ``structure`` makes the unit part of it)."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    found = []
    for owner in spans:
        mark = owner.end
        if owner.label_ != "ORG" or mark + 1 >= len(doc) or doc[mark].tag_ != "POS":
            continue
        end = mark + 1
        while end < len(doc) and end not in taken and doc[end].is_title and doc[end].pos_ == "PROPN":
            end += 1
        last = doc[end - 1].lower_
        if end > mark + 1 and (last in UNIT_NOUNS or last in INSTITUTION_WORDS):
            found.append(Span(doc, mark + 1, end, label="ORG"))
    return found


def _datelines(doc: Doc, taken: set[int]) -> list[Span]:
    """ "PIRAEUS, Greece —": the model often leaves a dateline's capitals untagged; they name a place."""
    found = []
    for token in doc:
        if token.i in taken or not (token.is_upper and token.is_alpha and token.is_sent_start):
            continue
        end = token.i + 1
        while end < len(doc) and end not in taken and doc[end].is_upper and doc[end].is_alpha:
            end += 1
        span = Span(doc, token.i, end, label="GPE")
        if dateline_place(span):
            found.append(span)
    return found


def _possessive_title(owner: Span, unit: Span, text: str) -> bool:
    """ "Lloyd's List", "Barron's Weekly": one capitalised word owning one capitalised word, where the
    owner is never named on its own in the document, is a single name (a title), not an owner and its
    unit. Not "Harvard's Kennedy School" (an institution), "Russia's Gazprom" (a place owns it), nor
    "Google's DeepMind" when Google is also named alone."""
    if len(owner) != 1 or len(unit) != 1 or not (owner[0].is_title and unit[0].is_title):
        return False
    if looks_institutional(owner) or looks_institutional(unit) or _known_place(owner.text):
        return False
    word = owner.text
    alone = text.count(word) - sum(text.count(word + mark) for mark in POSSESSIVE_MARKS - {"'", "’"})
    return alone == 0


def _join_possessive_titles(spans: list[Span], text: str) -> list[Span]:
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


def _unlabelled_people(doc: Doc, taken: set[int]) -> list[Span]:
    """Names the model missed but the grammar marks as people: "Marta Ruiz, a senior fellow at ..."."""
    found = []
    skip = doc._.kg_skip or []
    tokens = list(doc)  # one Token object per position for the scans below
    if skip:
        taken = taken | {t.i for t in tokens for a, b in skip if a <= t.idx < b}
    # a name word: a capitalised proper noun that is not a title ("Senator")
    named = [t.i not in taken and t.pos_ == "PROPN" and t.is_title and not is_title_word(t) for t in tokens]
    i = 0
    while i < len(doc):
        j = i
        while j < len(doc) and named[j]:
            j += 1
        if j - i >= 2:
            span = Span(doc, i, j, label="PERSON")
            if person_shaped(span) and (has_role_apposition(span) or span[0].text in GIVEN_NAMES):
                found.append(span)
            elif doc[j - 1].text in SEAT_WORDS and _speaks(doc[j - 1]):
                found.append(Span(doc, i, j, label="ORG"))
        i = max(j, i + 1)
    return found


def _unlabelled_orgs(doc: Doc, taken: set[int]) -> list[Span]:
    """ "Redwall Security, a cybersecurity firm,", "Humberside Athletic Supporters' Trust": capitalised
    words the model left untagged that end in an organisation's head word, or stand in apposition to an
    organisation noun, name an organisation. A plural's possessive may sit inside ("Supporters' Trust")."""
    found = []
    i = 0
    while i < len(doc):
        end = i
        while end < len(doc) and end not in taken:
            if not (_org_word(doc[end]) or (_plural_possessive(doc, i, end) and end + 1 not in taken)):
                break
            end += 1
        if end - i >= 2 and doc[end - 1].is_title:
            span = Span(doc, i, end, label="ORG")
            if org_headed(span) or (org_apposition(span) and not person_shaped(span)):
                found.append(span)
        i = max(end, i + 1)
    return found


def _org_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.is_title and not is_title_word(token)


def _plural_possessive(doc: Doc, start: int, at: int) -> bool:
    # "Supporters' Trust": an apostrophe after a capitalised plural, before another capitalised word
    return (
        start < at < len(doc) - 1
        and doc[at].text in ("'", "’")
        and doc[at - 1].lower_.endswith("s")
        and _org_word(doc[at + 1])
    )


def _syllable_names(doc: Doc, taken: set[int]) -> list[Span]:
    """ "Their lawyer, Oh Jae-won,": a family name and a hyphenated given name with a lower-case second
    syllable, which the model often leaves untagged (it reads "Oh" as an interjection, "won" as a
    verb); a person when the grammar says so (a role in apposition, or the subject of "said")."""
    found = []
    for token in doc:
        i = token.i
        if i + 3 >= len(doc) or not syllable_hyphen(doc[i + 2]) or any(k in taken for k in range(i, i + 4)):
            continue
        if not (token.is_title and token.is_alpha and doc[i + 1].is_title and doc[i + 1].is_alpha):
            continue
        span = Span(doc, i, i + 4, label="PERSON")
        if is_title_word(token) or not person_shaped(span):
            continue
        if has_role_apposition(span) or _speaks(span.root):
            found.append(span)
    return found


def _speaks(token: Token) -> bool:
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in SPEECH_LEMMAS


def _split_name(span: Span, taken: set[int]) -> Span:
    """Join a one-word entity to the untagged name word it modifies ("Marta" + "Ruiz")."""
    doc = span.doc
    if len(span) != 1 or span.end >= len(doc) or span.end in taken or span.id_:
        return span
    nxt = doc[span.end]
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
    if span.label_ in OTHER_LABELS and len(span) == 1 and span.start > 0 and span.start - 1 not in taken:
        before = doc[span.start - 1]
        if before.text in GIVEN_NAMES and span[0].is_title and not looks_institutional(span):
            return Span(doc, span.start - 1, span.end, label="PERSON")
    return span


def _longer_name(span: Span) -> Span:
    """An outlet name followed by more capitalised words is another name ("the Atlantic Council")."""
    doc = span.doc
    end = span.end
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title and not doc[end].is_sent_start:
        end += 1
    if end == span.end:
        return span
    if all(t.text in EDITIONS for t in doc[span.end : end]):  # "Politico Europe": an edition
        return Span(doc, span.start, end, label=span.label_, span_id=span.id_)
    titled = doc[end - 1].text in MASTHEAD_WORDS or any(
        canonical_outlet(doc[k:end].text) for k in range(span.start, end)
    )
    if span.id_ == "masthead" and titled:
        return Span(doc, span.start, end, label="ORG", span_id="masthead")  # "the Grimsby Daily" + "Mail"
    return Span(doc, span.start, end, label="ORG")


def sentence_initial_common(span: Span, text: str | None = None) -> bool:
    """ "Turnout was 87.6 percent", "Runoffs in Bolivia ...": one capitalised word that opens a sentence,
    is written in lower case elsewhere in the document and never capitalised mid-sentence, is a common
    word the model mistook for a name."""
    if len(span) != 1 or span.id_ or not span[0].is_alpha:
        return False
    token, doc = span[0], span.doc
    sent_start = token.sent.start
    if any(not t.is_punct for t in doc[sent_start : token.i]):
        return False
    # the word written once in the whole text has no other, mid-sentence use: skip that scan of the doc
    if (doc.text if text is None else text).count(token.text) > 1 and any(
        t.text == token.text and any(not p.is_punct for p in doc[t.sent.start : t.i]) for t in doc
    ):
        return False
    forms = {token.lower_, token.lower_[:-1] if token.lower_.endswith("s") else token.lower_}
    return any(t.is_lower and (t.lower_ in forms or t.lemma_ in forms) for t in doc)


_CONNECTORS = frozenset("of the de del la las los des du di da do dos das y e et".split())


def _institution_tail(span: Span, taken: set[int]) -> Span:
    """ "Universidad" of "Universidad Mayor de San Andrés", "Office of the Attorney" of "... General of
    Switzerland": the model cuts an institution's name at a title or a foreign word; grow it over the
    capitalised words and connectors that follow, and over "of <country>" when it had to grow."""
    doc = span.doc
    first = span[1] if span[0].lower_ == "the" and len(span) > 1 else span[0]
    if span.id_ or not (first.lower_ in FOREIGN_ORG_HEADS or first.lower_ in INSTITUTION_WORDS):
        return span
    end = span.end - 1 if len(span) > 2 and span[-1].lower_ == "of" else span.end  # "... General of"
    grown = end < span.end
    while end < len(doc) and end not in taken and "\n" not in doc[end - 1].whitespace_:
        probe = end
        while probe < len(doc) and doc[probe].lower_ in _CONNECTORS and probe not in taken:
            probe += 1
        word = doc[probe] if probe < len(doc) else None
        if word is None or probe in taken or not word.is_title or word.pos_ != "PROPN" or word.is_sent_start:
            break
        end, grown = probe + 1, True
    if grown and end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].ent_type_ == "GPE":
        place_end = end + 2
        while place_end < len(doc) and doc[place_end].ent_iob_ == "I":
            place_end += 1
        end = place_end
    if end == span.end:
        return span
    return Span(doc, span.start, end, label="ORG", kb_id=span.kb_id_)


def _merge_fragments(spans: list[Span]) -> list[Span]:
    """ "Wilma" (ORG) + "Condori" (PRODUCT) + "Apaza": a name the model cut into pieces, whole again when
    the pieces and the name words after them form a person's name the grammar confirms."""
    spans = sorted(spans, key=lambda s: s.start)
    taken = {i for s in spans for i in range(s.start, s.end)}
    out: list[Span] = []
    for span in spans:
        prev = out[-1] if out else None
        joined = prev is not None and prev.end == span.start and not prev.id_
        doc, start, end = span.doc, (prev.start if joined and prev is not None else span.start), span.end
        while end < len(doc) and end not in taken and doc[end].pos_ == "PROPN" and doc[end].is_title:
            end += 1
        whole = Span(doc, start, end, label="PERSON")
        grown = (joined or end > span.end) and not span.id_
        plain = all(not glued_hyphen(t) and t.is_alpha for t in whole)
        cue = grown and plain and person_shaped(whole)
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
