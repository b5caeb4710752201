"""The world's towns (GeoNames, population >= 15,000) as a tie-breaker the model needs on unseen news.

The small model calls towns it has rarely seen people or organisations ("from Porto Alegre to Manaus").
The hand-picked ``CITIES`` list wins outright; this long list only wins in a locative frame ("in X",
"near X", "from X to Y", "X-based", "the X office of") and when nothing in the sentence or document
marks the name as a person's or an organisation's: many towns share names with people and firms
(Jackson, Austin, Florence, Victoria, Lincoln, Tyler, Douglas, Preston, Chester).
"""

from importlib.resources import files

from spacy.tokens import Span, Token

from extract.names import GIVEN_NAMES, FoldedNames, fold
from extract.syntax import SPEAKER_VERBS, span_text


def _read() -> frozenset[str]:
    text = files("extract").joinpath("data", "geonames_cities.txt").read_text(encoding="utf-8")
    lines = (line.split("\t", 1)[0] for line in text.splitlines() if line and not line.startswith("#"))
    return FoldedNames(fold(name) for name in lines)


WORLD_TOWNS = _read()
TOWN_PREPS = frozenset({"in", "near", "outside", "around", "from"})
# "the Bristol office of Hydra": the town names where a body's branch is
BRANCH_NOUNS = frozenset("office offices branch bureau plant factory site headquarters campus".split())
# "a Bristol firm", "a Lyon charity": after "a", the town says where the firm is (not "the Acme firm";
# not "a Tata company", which names the group owning it)
LOCAL_NOUNS = frozenset(
    "firm charity consultancy startup subcontractor contractor supplier maker manufacturer exporter "
    "financier businessman businesswoman tycoon".split()  # "a Chesapeake subcontractor", "the Brno financier"
)


def _in_frame(span: Span) -> bool:
    """ "in X", "near X", "from X", "from A to X", "X-based", "the X office of": a place's frames."""
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start else ""
    if before in TOWN_PREPS:
        return True
    if before == "to" and any(t.lower_ == "from" for t in doc[max(span.start - 6, 0) : span.start - 1]):
        return True  # "from Porto Alegre to Manaus"
    after = doc[span.end : span.end + 3]
    if len(after) >= 2 and after[0].text == "-" and after[1].lower_ in ("based", "born"):
        return True  # "a Leeds-based charity"
    if before in ("a", "an") and after and after[0].lower_ in LOCAL_NOUNS:
        return True
    if len(after) >= 2 and after[0].lower_ in BRANCH_NOUNS and after[1].lower_ == "of":
        return True
    return _sited_unit(span) or _placed_conjunct(span)


# Nouns for a body's site or a local body a town's name may modify ("its Ulm engine plant", "a Turku
# shipping company"): with the branch nouns and local firms above.
SITED_NOUNS = (
    BRANCH_NOUNS | LOCAL_NOUNS | frozenset("company group mill mine works refinery yard depot".split())
)
OWNED_NOUNS = frozenset({"company", "group"})
MODIFIER_DEPS = frozenset({"compound", "nmod", "npadvmod", "amod"})


def _sited_unit(span: Span) -> bool:
    """ "ran its Ulm engine plant", "a Turku shipping company": a town's name that modifies a site's or
    a firm's noun, with only lower-case words between them, after an article or a possessive."""
    doc, root = span.doc, span.root
    head = root.head
    if root.dep_ not in MODIFIER_DEPS:
        return False
    while head.i > span.end - 1 and head.lower_ not in SITED_NOUNS and head.head.i > head.i:
        head = head.head  # "a Gdańsk signalling company": the parse may hang the town on "signalling"
    if head.i < span.end or head.i - span.end > 2 or not head.is_lower or head.lower_ not in SITED_NOUNS:
        return False
    if not all(t.is_lower for t in doc[span.end : head.i]):
        return False
    if head.lower_ in OWNED_NOUNS and head.i == span.end:
        return False  # "a Tata company", "a Virgin group": the owner's name, not a town's
    before = doc[span.start - 1] if span.start else None
    return before is not None and (before.tag_ in ("DT", "PRP$", "POS") or before.pos_ == "ADP")


def _placed_conjunct(span: Span) -> bool:
    """ "between Lublin and Tarnów", "in Multan and X": a name joined by "and" to a place (tagged as one
    or a listed town) after "between" or a place's preposition; either of the two."""
    root = span.root
    if root.dep_ == "conj" and span.doc[span.start - 1].lower_ == "and":
        first = root.head
        return first.head.lower_ in CONJUNCT_PREPS and _place_word(first)
    if root.dep_ == "pobj" and root.head.lower_ == "between":
        return any(c.dep_ == "conj" and _place_word(c) for c in root.children)
    return False


CONJUNCT_PREPS = TOWN_PREPS | {"between"}


def _place_word(token: Token) -> bool:
    return token.ent_type_ in ("GPE", "LOC") or (token.is_title and token.text in WORLD_TOWNS)


def _marked_otherwise(span: Span) -> bool:
    """True when the name is a person's or an organisation's: a given name, a possessive, a speaker's
    verb, or the word as a surname or inside an organisation's name elsewhere in the text (titles and
    head words are checked by the caller, which owns those tables)."""
    doc = span.doc
    if span_text(span).split()[0] in GIVEN_NAMES:
        return True
    if span.end < len(doc) and doc[span.end].tag_ == "POS":
        return True  # "Tyler's board", "Preston's lawyer"
    root = span.root
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in SPEAKER_VERBS:
        return True
    for ent in doc.ents:
        if ent.start == span.start or len(ent) <= len(span):
            continue
        if ent.label_ == "PERSON" and span_text(ent[-len(span) :]) == span_text(span):
            return True  # "Marcus Jackson" elsewhere: "Jackson" is his surname
        if ent.label_ == "ORG" and span_text(span) in span_text(ent):
            return True
    return False


def world_town(span: Span) -> bool:
    """True for a listed town in a place's frame that nothing in the document marks as a person or body."""
    return span_text(span) in WORLD_TOWNS and _in_frame(span) and not _marked_otherwise(span)
