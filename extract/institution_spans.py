"""Institutions' names the model cuts into pieces: rebuilt whole before they are labelled.

"Regional" + "Labour" + (untagged) "Court", "Attorney General" + "'s" + "Office": the small model tags
the words of a long body's name one at a time, or stops at a possessive inside it, and the pieces then
become wrong organisations ("Regional") or wrong people.
"""

from spacy.tokens import Doc, Span

from extract.doc_arrays import column, tokens
from extract.name_spans import BARE_APOSTROPHES, POSSESSIVE_MARKS
from extract.org_words import BUSINESS_HEADS, INSTITUTION_HEADS, INSTITUTION_WORDS, legal_form
from extract.outlets import canonical_outlet
from extract.person_cues import glued_hyphen, is_title_word
from extract.syntax import covered, span_text

FRAGMENT_LABELS = frozenset({"ORG", "NORP", "GPE"})
# A body's office named after its head's title ("the Attorney General's Office", "the Attorney-General's
# Chambers", the prosecution service of several Commonwealth states)
OFFICE_WORDS = frozenset({"Office", "Bureau", "Department", "Secretariat", "Directorate", "Chambers"})
# Words that continue an office's name ("Prosecutor's Office for Combating Corruption")
OFFICE_JOINERS = frozenset({"for", "of", "on", "against"})


def joined_institutions(spans: list[Span], taken: set[int]) -> list[Span]:
    """ "Regional" + "Labour" + "Court": adjacent capitalised fragments, none a person, then an untagged
    institution head word, are one organisation of three words or more."""
    spans = sorted(spans, key=lambda s: s.start)
    out: list[Span] = []
    k = 0
    while k < len(spans):
        chain = [spans[k]]
        while k + len(chain) < len(spans) and spans[k + len(chain)].start == chain[-1].end:
            chain.append(spans[k + len(chain)])
        head = chain[-1].end
        doc = chain[0].doc
        toks = tokens(doc)
        fragments = all(  # a party's word the ruler tagged ("Labour") may sit inside a court's name
            s.label_ in FRAGMENT_LABELS and s.id_ in ("", "institution") and all(t.is_title for t in s)
            for s in chain
        )
        if (
            fragments
            and head < len(doc)
            and head not in taken
            and toks[head].is_title
            and toks[head].lower_ in INSTITUTION_HEADS
            and head + 1 - chain[0].start >= 3
        ):
            out.append(Span(doc, chain[0].start, head + 1, label="ORG"))
            k += len(chain)
            continue
        out.append(spans[k])
        k += 1
    return out


def possessive_offices(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "the Attorney General's Office", "the Regional Prosecutor's Office for Combating Corruption":
    capitalised words ending in a title, a possessive mark and "Office" (and "for/of" + capitalised
    words after it) are one body's name; the pieces the model made of it are dropped."""
    toks = tokens(doc)
    found = []
    texts = column(doc, "text")  # a possessive mark before "Office": build no Token for other words
    for mark in (toks[i] for i in range(1, len(doc) - 1) if texts[i] in POSSESSIVE_MARKS):
        if mark.text not in POSSESSIVE_MARKS or toks[mark.i + 1].text not in OFFICE_WORDS:
            continue
        if not is_title_word(toks[mark.i - 1]) or not toks[mark.i - 1].is_title:
            continue
        start = mark.i - 1
        while start > 1 and glued_hyphen(toks[start - 1]) and toks[start - 2].is_title:
            start -= 2  # "Attorney-General's": a hyphenated title
        while (
            start > 0
            and toks[start - 1].is_title
            and (
                not toks[start - 1].is_sent_start or toks[start - 1].pos_ == "PROPN"  # not "The", "After"
            )
        ):
            start -= 1
        end = mark.i + 2
        while end + 1 < len(doc) and toks[end].lower_ in OFFICE_JOINERS:
            skip = (
                2 if toks[end + 1].lower_ == "the" and end + 2 < len(doc) else 1
            )  # "for the Southern District"
            after = toks[end + skip]
            if not after.is_title or after.ent_type_ == "DATE" or (skip == 2 and toks[end].lower_ != "for"):
                break
            end += skip + 1
            while end < len(doc) and toks[end].is_title:
                end += 1
        found.append(Span(doc, start, end, label="ORG"))
    if not found:
        return spans
    merged = covered(found)
    kept = [s for s in spans if not merged & set(range(s.start, s.end))]
    return kept + found


# Words that open a body's name after a plural possessive ("Growers' Federation", "Workers' Movement").
BODY_WORDS = (
    INSTITUTION_WORDS
    | INSTITUTION_HEADS
    | frozenset(
        "movement federation front cooperative co-operative collective society guild congress confederation "
        "syndicate chamber caucus council network".split()
    )
)


def plural_possessive_bodies(spans: list[Span]) -> list[Span]:
    """ "Rice Growers' Federation of Kenya", "Union of Flood Survivors' Relatives": a capitalised plural's
    bare apostrophe before a body's head word (or, after "Union of ...", before the plural it names) is
    inside one name, as is the "of (the) X" after it; not "the Farmers' leader", "Reuters' Moscow Bureau"."""
    spans = sorted(spans, key=lambda s: s.start)
    starts = {s.start: s for s in spans}
    taken = covered(spans)
    found: list[Span] = []
    for span in spans:
        mark = _plural_mark(span)
        if mark is None or (found and span.start < found[-1].end):
            continue
        doc = span.doc
        toks = tokens(doc)
        after = mark + 1
        word = toks[after]
        if not (word.is_title and word.is_alpha) or is_title_word(word):
            continue
        end = max(span.end, starts[after].end if after in starts else after + 1)
        while end < len(doc) and end not in taken and toks[end].is_title and toks[end].pos_ == "PROPN":
            end += 1
        owner = doc[span.start : mark]
        # "Union of Flood Survivors": a body's whole name owns what follows ("Chamber of Deputies' Culture
        # Committee"), unless a bare plural follows: the people the body is named for ("... Relatives")
        body = owner[0].lower_ in BODY_WORDS and any(t.lower_ == "of" for t in owner)
        headed = word.lower_ in BODY_WORDS or toks[end - 1].lower_ in BODY_WORDS
        if body and not (end == after + 1 and word.tag_ in ("NNS", "NNPS")):
            continue
        if not body and not headed:
            continue
        found.append(Span(doc, span.start, _of_tail(doc, end), label="ORG"))
    if not found:
        return spans
    merged = covered(found)
    return [s for s in spans if not merged & set(range(s.start, s.end))] + found


def _plural_mark(span: Span) -> int | None:
    """The bare apostrophe after a capitalised plural inside or right after a name that is no outlet's."""
    doc = span.doc
    toks, texts = tokens(doc), column(doc, "text")  # read for every name: no Token built for its words
    if span.id_ or canonical_outlet(span_text(span)) is not None:
        return None
    mark = next((k for k in range(span.start + 1, span.end - 1) if texts[k] in POSSESSIVE_MARKS), span.end)
    if mark + 1 >= len(doc) or texts[mark] not in POSSESSIVE_MARKS or toks[mark].whitespace_ == "":
        return None
    if span.label_ == "PERSON" and mark == span.end:
        return None  # "Charles' Foundation": a person owns the body; only a span the model joined is one
    plural = toks[mark - 1]
    if toks[mark].text not in BARE_APOSTROPHES:  # "People's Council", "Women's Federation"
        return mark if plural.is_title and plural.lower_ in IRREGULAR_PLURALS else None
    return mark if plural.is_title and plural.lower_.endswith("s") and len(plural) > 3 else None


# Plurals that take "'s" ("the Provincial People's Council", "the All-Nations Women's Federation").
IRREGULAR_PLURALS = frozenset({"people", "women", "children", "men"})


def _of_tail(doc: Doc, end: int) -> int:
    """Grow a body's name over "of (the) X Y" after it ("... Alliance of the Northern Rivers")."""
    toks = tokens(doc)
    probe = end + 1
    if end < len(doc) and toks[end].lower_ == "of" and probe < len(doc):
        probe += toks[probe].lower_ == "the"
        grown = probe
        while grown < len(doc) and toks[grown].is_title and toks[grown].pos_ == "PROPN":
            grown += 1
        if grown > probe:
            return grown
    return end


def and_tail_firms(spans: list[Span]) -> list[Span]:
    """ "Sta. Clara Builders" + "and" + "Supply": a firm's name ending in a trade word, "and" and one more
    capitalised trade word (a legal form may follow) is one firm's name ("X Builders and Supply")."""
    out: list[Span] = []
    skip_to = -1
    for span in sorted(spans, key=lambda s: s.start):
        if span.start < skip_to:
            continue
        doc, end = span.doc, span.end
        toks = tokens(doc)
        if (
            span.label_ in ("ORG", "PERSON", "GPE")  # the model's type; the trade word makes it a firm
            and not span.id_
            and len(span) > 1
            and span[-1].lower_ in BUSINESS_HEADS
            and end + 1 < len(doc)
            and toks[end].lower_ == "and"
            and toks[end + 1].is_title
            and toks[end + 1].lower_ in BUSINESS_HEADS
        ):
            stop = end + 2
            while stop < len(doc) and legal_form(toks[stop]):
                stop += 1
            if stop == len(doc) or not toks[stop].is_title or toks[stop].is_sent_start:
                out.append(Span(doc, span.start, stop, label="ORG", kb_id=span.kb_id_))
                skip_to = stop
                continue
        out.append(span)
    return out
