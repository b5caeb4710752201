"""Bodies whose own name holds "and", which the model cuts in two at it ("the Irish Nursing and Midwifery
Board" as "Irish Nursing" + "Midwifery Board"; "the Danish Security and" + "Intelligence Service")."""

from spacy.tokens import Span

from extract.name_spans import known_place
from extract.org_words import BUSINESS_HEADS, INSTITUTION_HEADS, INSTITUTION_WORDS
from extract.syntax import span_text

# Words that end a body's name (not a newspaper's: "the Star and Times" are two titles).
BODY_HEADS = (INSTITUTION_HEADS | BUSINESS_HEADS | INSTITUTION_WORDS | {"board"}) - frozenset(
    "times post journal news magazine house".split()
)


OWN_HEADS = (INSTITUTION_HEADS | INSTITUTION_WORDS | {"board"}) - frozenset({"times", "post", "journal"})


def _headed(span: Span) -> bool:
    return span[-1].lower_ in BODY_HEADS


def conjoined_bodies(spans: list[Span], taken: set[int]) -> list[Span]:
    """Join the two halves of a body's name written "the A and B HEAD" into one organisation: A has no
    head word of its own and names no place; B ends in a body's head word (tagged or not)."""
    spans = sorted(spans, key=lambda s: s.start)
    out: list[Span] = []
    for span in spans:
        prev = out[-1] if out else None
        whole = _joined(prev, span) if prev is not None else None
        if whole is not None:
            out[-1] = whole
            continue
        out.append(_grown_over_and(span, taken))
    return out


def _first_half(span: Span) -> bool:
    """ "Irish Nursing" after "the": capitalised words with no head word and no place in them."""
    doc = span.doc
    return (
        span.label_ in ("ORG", "NORP")
        and not span.id_
        and span.start > 0
        and doc[span.start - 1].lower_ == "the"
        and all(t.is_title for t in span)
        and span[-1].lower_ not in OWN_HEADS  # "Security" may end a firm's name, not a half of one
        and not known_place(span_text(span))
    )


def _joined(prev: Span, span: Span) -> Span | None:
    doc = prev.doc
    if span.label_ != "ORG" or span.id_ or not _headed(span) or known_place(span[0].text):
        return None
    if span.start == prev.end + 1 and doc[prev.end].lower_ == "and":
        first = prev  # "Irish Nursing" + "and" + "Midwifery Board"
    elif span.start == prev.end and len(prev) > 2 and prev[-1].lower_ == "and":
        # "Danish Security and" + "Intelligence Service"
        first = Span(doc, prev.start, prev.end - 1, prev.label_)
    else:
        return None
    return Span(doc, prev.start, span.end, label="ORG") if _first_half(first) else None


def _grown_over_and(span: Span, taken: set[int]) -> Span:
    """ "the Danish Security and" + "Intelligence Service": a body's name the model ended at "and" grows
    over the capitalised words after it when they end in a body's head word."""
    doc = span.doc
    if (
        len(span) < 3
        or span[-1].lower_ != "and"
        or not _first_half(Span(doc, span.start, span.end - 1, span.label_))
    ):
        return span
    end = span.end
    while end < len(doc) and end not in taken and doc[end].is_title and doc[end].pos_ == "PROPN":
        end += 1
    if end == span.end or not _headed(doc[span.start : end]):
        return span
    return Span(doc, span.start, end, label="ORG")
