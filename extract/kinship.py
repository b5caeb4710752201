"""A name followed by a kinship noun in apposition ("X, the son of Y,") is a person's, whatever the
model called it: bodies and places have no sons, wives or nieces."""

from spacy.tokens import Span

KIN_NOUNS = frozenset(
    (
        "son daughter wife husband widow widower brother sister father mother nephew niece grandson "
        "granddaughter cousin stepson stepdaughter son-in-law daughter-in-law brother-in-law sister-in-law"
    ).split()
)


def kin_apposition(span: Span) -> bool:
    """True for "NAME, the son of", "NAME, a niece of"; not "NAME, the parent company of"."""
    doc, end = span.doc, span.end
    if end + 3 >= len(doc) or doc[end].text != ",":
        return False
    det, noun = doc[end + 1], doc[end + 2]
    return (
        det.lower_ in ("the", "a", "an", "his", "her")
        and noun.lower_ in KIN_NOUNS
        and doc[end + 3].lower_ == "of"
    )
