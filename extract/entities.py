"""Repair the statistical NER on news text: trim, extend, split and add name spans (no linking)."""

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from extract.labelling import (
    OTHER_LABELS,
    SEAT_WORDS,
    SPEECH_LEMMAS,
    has_role_apposition,
    is_title_word,
    looks_institutional,
    person_shaped,
    relabel,
)
from extract.names import GIVEN_NAMES, NAME_PARTICLES
from extract.outlets import EDITIONS
from extract.places import canonical_country
from extract.titles import MULTIWORD_ROLES

KEPT_LABELS = frozenset(
    (
        "PERSON ORG GPE LOC FAC NORP WORK_OF_ART PRODUCT EVENT LAW"
    ).split()
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
    window = doc[max(0, span.start - 3) : span.end + 2].text.lower()
    words = span.text.lower().split()
    return any(role in window and set(words) <= set(role.split()) for role in MULTIWORD_ROLES)


@Language.factory("kg_entities")
def make_entities(nlp: Language, name: str) -> "EntityRepair":
    """Create the component that repairs named-entity spans on news text."""
    return EntityRepair()


class EntityRepair:
    """Trim, extend and relabel ``doc.ents`` so later components see clean names."""

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for ent in doc.ents:
            if ent.label_ not in KEPT_LABELS:
                continue
            if ent.id_ == "outlet":
                ent = _longer_name(ent)
            trimmed = trim(ent)
            if trimmed is None or drop_compounds(trimmed) or inside_role(trimmed):
                continue
            if trimmed.label_ == "ORG" and len(trimmed) == 1 and trimmed[0].lower_ in GENERIC_ORGS:
                continue
            spans.append(trimmed)
        taken = {i for s in spans for i in range(s.start, s.end)}
        spans += _unlabelled_people(doc, taken)
        taken = {i for s in spans for i in range(s.start, s.end)}
        spans = [_split_name(s, taken) for s in spans]
        taken = {i for s in spans for i in range(s.start, s.end)}
        spans = [extend(s, taken - set(range(s.start, s.end))) for s in spans]
        spans = [_given_name(s, taken) for s in spans]
        spans = relabel(spans)
        doc.ents = _non_overlapping(spans)
        return doc


def _unlabelled_people(doc: Doc, taken: set[int]) -> list[Span]:
    """Names the model missed but the grammar marks as people: "Marta Ruiz, a senior fellow at ..."."""
    found = []
    skip = doc._.kg_skip or []
    taken = taken | {t.i for t in doc if any(a <= t.idx < b for a, b in skip)}
    i = 0
    while i < len(doc):
        j = i
        while (
            j < len(doc)
            and j not in taken
            and doc[j].pos_ == "PROPN"
            and doc[j].is_title
            and not is_title_word(doc[j])
        ):
            j += 1
        if j - i >= 2:
            span = Span(doc, i, j, label="PERSON")
            if person_shaped(span) and (has_role_apposition(span) or span[0].text in GIVEN_NAMES):
                found.append(span)
            elif doc[j - 1].text in SEAT_WORDS and _speaks(doc[j - 1]):
                found.append(Span(doc, i, j, label="ORG"))
        i = max(j, i + 1)
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
    if all(t.text in EDITIONS for t in doc[span.end : end]):
        return Span(doc, span.start, end, label="ORG", span_id="outlet")  # "Politico Europe": an edition
    return Span(doc, span.start, end, label="ORG")


def _non_overlapping(spans: list[Span]) -> list[Span]:
    spans = sorted(spans, key=lambda s: (s.start, -(s.end - s.start)))
    out: list[Span] = []
    last = -1
    for span in spans:
        if span.start >= last:
            out.append(span)
            last = span.end
    return out
