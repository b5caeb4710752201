"""Reading the dependency parse: who a token refers to, conjuncts, subjects, evidence spans."""

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from typing import Any, cast

from spacy.tokens import Doc, Span, Token

from extract.doc_arrays import column
from extract.outlets import OUTLET_NOUNS
from extract.records import Ref

# Verbs whose subject is someone speaking ("X said", "X told", "X denied"): a person's cue for a name.
SPEAKER_VERBS = frozenset(
    {"say", "tell", "announce", "confirm", "deny", "insist", "warn", "state", "add", "argue", "claim"}
)
RELATIVE = frozenset({"who", "whom", "which", "that", "whose"})
SUBJECTS = ("nsubj", "nsubjpass", "csubj")
# Where spaCy keeps ``Doc._.kg_refs``. Reading it straight from ``user_data`` skips building an
# Underscore proxy on every call (~5 µs); ``ref`` runs thousands of times per article.
REFS_KEY = ("._.", "kg_refs", None, None)


def doc_refs(doc: Doc) -> dict:
    """Return ``doc._.kg_refs`` (token index -> Ref), or an empty dict before aliases ran."""
    # spaCy types ``user_data`` as ``dict[str, Any]`` but keys its extension values by tuple.
    return cast("dict[object, Any]", doc.user_data).get(REFS_KEY) or {}


def ref(token: Token) -> Ref | None:
    """Return what ``token`` refers to: a named mention, a resolved pronoun or role noun, or None."""
    doc, i = token.doc, token.i
    refs = doc_refs(doc)
    found = refs.get(i)
    if found:
        return found
    # the word's form and tag from the per-Doc columns: most tokens asked about are neither a relative
    # pronoun nor a noun, and reading ``Token.pos_`` decodes a string on every call
    if column(doc, "lower_")[i] in RELATIVE and token.head.dep_ == "relcl":
        return ref(_described(token.head.head))
    # A name's head may be a title word or a possessive's noun; look through compounds and flat names,
    # and through a title to the name in apposition ("the Treasury secretary, Janet Yellen, said").
    pos = column(doc, "pos_")[i]
    if pos == "PROPN":
        for child in token.children:
            if child.dep_ in ("compound", "flat") and child.i in refs:
                return refs[child.i]
    elif pos == "NOUN" or (pos == "ADJ" and token.i and token.doc[token.i - 1].text == "-"):
        # "Its director-general, X, told": the tagger may take a hyphenated title's last word for an ADJ
        # "told the state news agency TASS": the parser hangs the name off the verb, not the noun
        nxt = token.i + 1
        if (
            nxt in refs
            and (token.lower_ in OUTLET_NOUNS or token.lower_ == "agency")
            and refs[nxt].key.startswith("org:")
        ):
            return refs[nxt]
        for child in token.children:
            if child.dep_ == "appos" and child.i in refs and refs[child.i].key.startswith("person:"):
                return refs[child.i]
        # "its director of public media, X, said": the parser hangs X on the title's last noun
        for obj in pobjs(token, "of"):
            for child in obj.children:
                if child.dep_ == "appos" and child.i in refs and refs[child.i].key.startswith("person:"):
                    return refs[child.i]
    return None


def with_conjuncts(token: Token) -> list[Token]:
    """Return ``token`` and the tokens conjoined to it ("Flynn and Sessions")."""
    out = [token]
    for conj in token.conjuncts:
        out.append(conj)
    return out


def refs_of(token: Token) -> list[Ref]:
    """Return the references of ``token`` and its conjuncts, skipping those that name nothing."""
    found: list[Ref] = []
    for item in with_conjuncts(token):
        r = ref(item)
        if r and r.key not in {f.key for f in found}:
            found.append(r)
    return found


def subject(verb: Token) -> Token | None:
    """Return the grammatical subject of ``verb``, inherited through conj, xcomp and participles."""
    seen = 0
    while seen < 6:
        for child in verb.children:
            if child.dep_ in SUBJECTS:
                return child
        if verb.dep_ in ("conj", "xcomp", "advcl", "acl") and verb.head.i != verb.i:
            infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            if verb.dep_ == "advcl" and verb.tag_ not in ("VBG", "VBN") and not infinitive:
                return None
            verb = verb.head
            seen += 1
            continue
        if verb.dep_ == "relcl":
            return _described(verb.head)
        if verb.dep_ == "pcomp" and verb.head.head.i != verb.head.i:
            verb = verb.head.head
            seen += 1
            continue
        return _stray_subject(verb)
    return None


def _stray_subject(verb: Token) -> Token | None:
    """ "According to the ministry, its minister, X, spoke with Y": the parser hangs the subject on the
    "according to" phrase as an apposition; the last apposition before the verb is its subject."""
    for prep in verb.children:
        if prep.lower_ == "according" and prep.i < verb.i:
            for obj in pobjs(prep, "to"):
                appos = [c for c in obj.children if c.dep_ == "appos" and c.i < verb.i]
                if appos:
                    return appos[-1]
    return None


def _described(noun: Token) -> Token:
    """The person a relative clause's noun describes: "X is a diplomat who served ...", "X, an organiser
    who worked ..." -> X; any other noun stands for itself."""
    if noun.dep_ == "appos" and _party_tag(noun):  # "Sen. X, R-Tyler, who chairs ...": X
        return noun.head
    if noun.pos_ != "NOUN":
        return noun
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
        return noun.head
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        owner = next((c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if owner is not None:
            return owner
    return noun


def _party_tag(noun: Token) -> bool:
    """True for the US press's party-and-district tag after a legislator's name ("R-Tyler", "D-Prince
    George's"): a party letter and a hyphen before the place."""
    doc, i = noun.doc, noun.left_edge.i
    return i + 1 < len(doc) and doc[i].text in ("D", "R", "I") and doc[i + 1].text == "-"


def children(token: Token, *deps: str) -> Iterator[Token]:
    """Yield the children of ``token`` with one of ``deps``."""
    return (c for c in token.children if c.dep_ in deps)


def pobjs(token: Token, *preps: str) -> Iterator[Token]:
    """Yield objects of the prepositions ``preps`` attached to ``token`` ("met with X" -> X)."""
    for prep in token.children:
        if prep.dep_ in ("prep", "dative", "agent") and prep.lower_ in preps:
            yield from (c for c in prep.children if c.dep_ == "pobj")


def sentences(doc: Doc) -> list[tuple[int, int]]:
    """Return the token spans [start, end) of the sentences, once per Doc (``token.sent`` is O(n))."""
    cached = doc.user_data.get("kg_sentences")
    if cached is None:
        cached = doc.user_data["kg_sentences"] = [(s.start, s.end) for s in doc.sents]
    return cached


def sentence_of(doc: Doc, i: int) -> tuple[int, int]:
    """Return the token span of the sentence holding token ``i``."""
    spans = sentences(doc)
    at = bisect_right(spans, (i, len(doc) + 1)) - 1
    return spans[max(at, 0)]


def sentence_span(doc: Doc, token_or_span: Token | Span) -> tuple[int, int]:
    """Return the character span of the sentence holding ``token_or_span``, whitespace trimmed."""
    i = token_or_span.i if isinstance(token_or_span, Token) else token_or_span.start
    start, end = sentence_of(doc, i)
    last = doc[end - 1]
    return trimmed(text_of(doc), doc[start].idx, last.idx + len(last.text))


def text_of(doc: Doc) -> str:
    """Return ``doc.text``, computed once per Doc (spaCy joins every token on each access)."""
    text = doc.user_data.get("kg_text")
    if text is None:
        text = doc.user_data["kg_text"] = doc.text
    return text


def covered(spans: Iterable[Span]) -> set[int]:
    """The indexes of the tokens the spans cover: what a later name rule must not take again."""
    return {i for s in spans for i in range(s.start, s.end)}


def span_text(span: Span) -> str:
    """Return ``span.text`` as a slice of the cached Doc text (spaCy joins the span's Tokens each time)."""
    if span.start == span.end:
        return ""
    return text_of(span.doc)[span.start_char : span.end_char]


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) so it neither starts nor ends with whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def in_quote(token: Token) -> bool:
    """True when ``token`` lies inside a direct quotation."""
    doc = token.doc
    inside = doc.user_data.get("kg_quoted")
    if inside is None:
        inside = doc.user_data["kg_quoted"] = {i for a, b in doc._.kg_quotes or () for i in range(a, b)}
    return token.i in inside


GAP_VERBS = frozenset(
    {
        "meet",
        "call",
        "contact",
        "see",
        "visit",
        "hire",
        "fire",
        "name",
        "appoint",
        "praise",
        "criticize",
        "criticise",
        "invite",
        "interview",
        "know",
        "phone",
        "host",
        "recruit",
        "sue",
    }
)


def gap_verb(doc: Doc, name_start: int, name_end: int) -> Token | None:
    """Return the verb of a reduced relative clause "the ambassador NAME met" (object gap), else None."""
    if name_start < 2 or name_end >= len(doc):
        return None
    noun, verb = doc[name_start - 1], doc[name_end]
    if noun.pos_ != "NOUN" or verb.pos_ != "VERB" or verb.lemma_.lower() not in GAP_VERBS:
        return None
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.i > verb.i for c in verb.children):
        return None
    nxt = doc[name_end + 1] if name_end + 1 < len(doc) else None
    if nxt is not None and not (nxt.is_punct or nxt.pos_ in ("ADP", "ADV", "CCONJ") or nxt.is_space):
        return None
    return verb


def negated(verb: Token) -> bool:
    """True when the verb is negated ("did not meet", "never met")."""
    return any(c.dep_ == "neg" or c.lower_ in ("never", "not", "n't") for c in verb.children)


CO_LEMMAS = {
    "founded": "found",
    "founds": "found",
    "founding": "found",
    "chaired": "chair",
    "chairs": "chair",
    "led": "lead",
    "leads": "lead",
    "hosted": "host",
    "hosts": "host",
    "authored": "author",
    "wrote": "write",
}


def verb_lemma(token: Token) -> str:
    """Lemma of a verb, reading "co-founded" as "found" (the lemmatizer makes it "co-founde")."""
    low = token.lower_
    if low.startswith("co-"):
        return CO_LEMMAS.get(low[3:], low[3:])
    return token.lemma_.lower()


def naming_complement(child: Token) -> bool:
    """True for the predicate of "called X a liar / baseless"; "called X twice on the morning the tender
    closed" (a clause with its own subject) is a phone call, not a naming."""
    return child.dep_ in ("oprd", "xcomp", "ccomp", "attr") and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in child.children
    )
