"""Plural noun phrases that stand for two people named just before: "the two leaders", "both men"."""

from spacy.tokens import Doc, Token

from extract.records import Ref
from extract.syntax import sentence_of, sentences

PERSON_NOUNS = frozenset(
    (
        "leader man woman president minister official diplomat envoy politician executive counterpart "
        "ambassador senator lawmaker chancellor premier candidate rival ally head"
    ).split()
)
PAIR_WORDS = frozenset({"two", "both", "pair"})
CONFIDENCE = 0.8


def is_pair_phrase(token: Token) -> bool:
    """True for "the two leaders", "both men", "the pair", "the two" (not "two aides of X")."""
    low = token.lower_
    if low in ("two", "pair") and token.pos_ in ("NUM", "NOUN"):
        return any(c.lower_ == "the" for c in token.children) and not any(
            c.dep_ == "prep" for c in token.children
        )
    if token.lemma_.lower() not in PERSON_NOUNS or token.tag_ != "NNS":
        return False
    words = {c.lower_ for c in token.children if c.dep_ in ("det", "nummod", "predet")}
    definite = "both" in words or ("two" in words and "the" in words)
    return definite and not any(c.dep_ in ("prep", "relcl", "acl") for c in token.children)


def pair_before(doc: Doc, token: Token) -> list[Ref]:
    """Resolve a pair phrase to the two people named before it in its own sentence ("X met Y, and
    the two executives talked"), or, when it names none, in the sentence before, else nothing.

    Only when exactly two different people are named there, so "the two leaders" after a sentence
    naming three people, or at the start, resolves to nothing.
    """
    if not is_pair_phrase(token):
        return []
    start, _ = sentence_of(doc, token.i)
    refs = doc._.kg_refs or {}
    found = _people(refs, start, token.left_edge.i)
    if not found:
        spans = sentences(doc)
        at = spans.index((start, _))
        if at == 0:
            return []
        found = _people(refs, spans[at - 1][0], start)
    if len(found) != 2:
        return []
    return [Ref(r.key, "coref.plural", r.confidence * CONFIDENCE) for r in found.values()]


def previous_sentence(doc: Doc, token: Token) -> int:
    """Return the first token of the sentence before ``token``'s (for evidence)."""
    spans = sentences(doc)
    at = spans.index(sentence_of(doc, token.i))
    return spans[max(at - 1, 0)][0]


def _people(refs: dict, start: int, end: int) -> dict[str, Ref]:
    """The different people named in tokens [start, end), in order."""
    found: dict[str, Ref] = {}
    for i in range(start, end):
        r = refs.get(i)
        if r is not None and r.key.startswith("person:") and r.key not in found:
            found[r.key] = r
    return found
