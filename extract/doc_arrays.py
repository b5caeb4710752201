"""Token attributes of a parsed Doc as plain lists, read once per Doc.

A whole-Doc scan over Token objects builds a Token and decodes a string per word and attribute; a
dozen rules scan each article for a few cue words. They look the cues up in these lists instead and
build Tokens only where a cue is. Only attributes the parse fixes are offered: entity tags change
when ``kg_entities`` writes ``doc.ents``, so a cached copy of them would go stale. Before the tagger
(``kg_lines``) only the word's own attributes (text, ``is_*``, idx, whitespace) are final. Sentence
starts are not offered: ``kg_lines`` rewrites them. No component may retokenize the Doc after a column
is read.

``tokens`` keeps the Doc's Token objects in a list: ``doc[i]`` builds a new Token on every call (~0.2 µs,
tens of thousands of times an article), while a Token read from the list is the same view of the Doc's
arrays, so its entity tags, heads and sentence starts are current whenever it is read.
"""

import numpy
from spacy.tokens import Doc, Token

# attribute name -> spaCy's attribute name for Doc.to_array, and the type its values stand for
ARRAYS = {
    "text": ("ORTH", str),
    "lower_": ("LOWER", str),
    "pos_": ("POS", str),
    "tag_": ("TAG", str),
    "lemma_": ("LEMMA", str),
    "idx": ("IDX", int),
    "is_title": ("IS_TITLE", bool),
    "is_alpha": ("IS_ALPHA", bool),
    "is_upper": ("IS_UPPER", bool),
    "is_lower": ("IS_LOWER", bool),
    "is_punct": ("IS_PUNCT", bool),
    "is_space": ("IS_SPACE", bool),
    "whitespace_": ("SPACY", str),  # spaCy keeps whether a space follows: " " or ""
}


def tokens(doc: Doc) -> list[Token]:
    """Return ``list(doc)``, built once per Doc: index it where a rule reads ``doc[i]`` in a loop."""
    cached = doc.user_data.get("kg_tokens")
    if cached is None:
        cached = doc.user_data["kg_tokens"] = list(doc)
    return cached


def column(doc: Doc, name: str) -> list:
    """Return ``[getattr(t, name) for t in doc]``, computed once per Doc."""
    key = f"kg_col_{name}"
    cached = doc.user_data.get(key)
    if cached is None:
        cached = doc.user_data[key] = _read(doc, name)
    return cached


def _read(doc: Doc, name: str) -> list:
    if name not in ARRAYS:
        raise ValueError(f"no cached column for {name!r}; give one of {sorted(ARRAYS)}")
    attr, kind = ARRAYS[name]
    if not len(doc):
        return []
    values = doc.to_array(attr)
    if kind is bool:
        return values.astype(bool).tolist()
    if kind is int:
        return values.tolist()
    if attr == "SPACY":
        return [" " if space else "" for space in values.tolist()]
    ids, at = numpy.unique(values, return_inverse=True)  # one decode per distinct word, not per token
    strings = doc.vocab.strings
    texts = [strings[i] for i in ids.tolist()]
    return [texts[k] for k in at.tolist()]
