"""A firm's short name the model reads as a person's: "Kim Thành Steel Holdings", then "Kim Thành Steel
said" (the same words without the business word that ends the full name)."""

from spacy.tokens import Span

from extract.names import GIVEN_NAMES
from extract.org_words import BUSINESS_HEADS
from extract.places import canonical_country
from extract.towns import WORLD_TOWNS


def firm_short_forms(spans: list[Span]) -> list[Span]:
    """Type as the firm's every "person" span whose two or more words open a firm's name written in the
    document, when only business words follow them there; not a name opening with a common given name
    ("Charles Schwab" beside "Charles Schwab Holdings")."""
    firms = {
        tuple(t.text for t in s)
        for s in spans
        if s.label_ == "ORG" and len(s) >= 3 and s[-1].lower_ in BUSINESS_HEADS
    }
    if not firms:
        return spans
    return [_retyped(s, firms) for s in spans]


def _retyped(span: Span, firms: set[tuple[str, ...]]) -> Span:
    if span.label_ != "PERSON" or span.id_ or len(span) < 2 or span[0].text in GIVEN_NAMES:
        return span
    words = tuple(t.text for t in span)
    for firm in firms:
        rest = firm[len(words) :]
        if firm[: len(words)] == words and rest and all(w.lower() in BUSINESS_HEADS for w in rest):
            return Span(span.doc, span.start, span.end, label="ORG")
    return span


def bracketed_short_forms(ents) -> dict[str, Span]:
    """ "the Danish Security and Intelligence Service (Pet)": one capitalised word in brackets right
    after a body's name of two or more words is that body's short name, wherever it is written again
    (all-capital acronyms are matched by their initials elsewhere, but those initials skip the small
    words: "the Commission on Audit (COA)" is taken here; a place in brackets is no short name)."""
    found: dict[str, Span] = {}
    for ent in ents:
        doc, end = ent.doc, ent.end
        if ent.label_ != "ORG" or len(ent) < 2 or end + 2 >= len(doc):
            continue
        word = doc[end + 1]
        if doc[end].text != "(" or doc[end + 2].text != ")":
            continue
        if not ((word.is_title and word.is_alpha) or _spelled_initials(word.text, ent)):
            continue
        if (
            word.ent_type_ in ("GPE", "LOC", "NORP")
            or canonical_country(word.text)
            or word.text in WORLD_TOWNS
        ):
            continue
        found.setdefault(word.text, ent)
    return found


def _spelled_initials(word: str, name: Span) -> bool:
    """True for capitals that spell the initials of every word of the name, small ones included ("COA" for
    "Commission on Audit"), which the initials of its capitalised words alone ("CA") miss."""
    words = [t.text for t in name if t.is_alpha and t.lower_ != "the"]
    return (
        word.isupper() and word.isalpha() and len(words) > 1 and word == "".join(w[0] for w in words).upper()
    )
