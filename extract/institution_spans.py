"""Institutions' names the model cuts into pieces: rebuilt whole before they are labelled.

"Regional" + "Labour" + (untagged) "Court", "Attorney General" + "'s" + "Office": the small model tags
the words of a long body's name one at a time, or stops at a possessive inside it, and the pieces then
become wrong organisations ("Regional") or wrong people.
"""

from spacy.tokens import Doc, Span

from extract.labelling import INSTITUTION_HEADS, is_title_word
from extract.name_spans import POSSESSIVE_MARKS

FRAGMENT_LABELS = frozenset({"ORG", "NORP", "GPE"})
# A body's office named after its head's title ("the Attorney General's Office")
OFFICE_WORDS = frozenset({"Office", "Bureau", "Department", "Secretariat", "Directorate"})
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
        fragments = all(  # a party's word the ruler tagged ("Labour") may sit inside a court's name
            s.label_ in FRAGMENT_LABELS and s.id_ in ("", "institution") and all(t.is_title for t in s)
            for s in chain
        )
        if (
            fragments
            and head < len(doc)
            and head not in taken
            and doc[head].is_title
            and doc[head].lower_ in INSTITUTION_HEADS
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
    found = []
    for mark in doc[1:-1]:
        if mark.text not in POSSESSIVE_MARKS or doc[mark.i + 1].text not in OFFICE_WORDS:
            continue
        if not is_title_word(doc[mark.i - 1]) or not doc[mark.i - 1].is_title:
            continue
        start = mark.i - 1
        while (
            start > 0
            and doc[start - 1].is_title
            and (
                not doc[start - 1].is_sent_start or doc[start - 1].pos_ == "PROPN"  # not "The", "After"
            )
        ):
            start -= 1
        end = mark.i + 2
        while end + 1 < len(doc) and doc[end].lower_ in OFFICE_JOINERS and doc[end + 1].is_title:
            end += 2
            while end < len(doc) and doc[end].is_title:
                end += 1
        found.append(Span(doc, start, end, label="ORG"))
    if not found:
        return spans
    covered = {i for s in found for i in range(s.start, s.end)}
    kept = [s for s in spans if not covered & set(range(s.start, s.end))]
    return kept + found
