"""Unnamed sources: "U.S. officials cited by CNN", "a senior official", "people familiar with the matter".

Such a source is kept as the words that describe it (``ng:sourceDescription``), never as an entity,
so it cannot link anyone to anyone.
"""

from spacy.tokens import Token

from extract.records import Ref
from extract.syntax import ref

SOURCE_NOUNS = frozenset(
    (
        "official source people person aide diplomat insider adviser advisor ally associate confidant "
        "lawmaker investigator officer spokesman spokeswoman spokesperson staffer employee executive "
        "analyst"
    ).split()
)
ANAPHORIC = frozenset({"the", "this", "that"})
CITING = frozenset({"cite", "quote"})


def _citation(child: Token) -> bool:
    """True for "cited by CNN", "quoted by the Post" hanging off the source noun."""
    return child.dep_ == "acl" and child.lemma_.lower() in CITING


# Words of "who asked not to be named", "who declined to be identified", "on condition of anonymity".
ANONYMITY = frozenset({"named", "identified", "anonymity", "anonymous"})
REFUSING = frozenset({"not", "n't", "never", "decline", "refuse", "anonymity", "anonymous"})


def _anonymous(token: Token) -> bool:
    """True for "a technician at the plant, who asked not to be named" or "a clerk, speaking on condition
    of anonymity": the text says the source is unnamed ("a firm named Acme" is no such phrase)."""
    for child in _attached(token):
        if child.dep_ not in ("relcl", "acl"):
            continue
        words = {t.lower_ for t in child.subtree} | {t.lemma_.lower() for t in child.subtree}
        if words & ANONYMITY and words & REFUSING:
            return True
    return False


def _speaking(child: Token) -> bool:
    """True for "speaking to The Herald on condition of anonymity": how the source spoke, not who it is."""
    return child.dep_ == "acl" and child.lemma_.lower() in ("speak", "talk")


def _attached(token: Token) -> list[Token]:
    """The noun's dependents and those of the noun of its prepositional phrase: the parser hangs "cited
    by X" of "two researchers at the institute cited by X" on "institute"."""
    inner = [
        g
        for p in token.children
        if p.dep_ == "prep"
        for o in p.children
        if o.dep_ == "pobj"
        for g in o.children
    ]
    return list(token.children) + inner


# Nouns of a person who speaks for a body: "a spokesperson for the Wessex Water Board said".
SPEAKS_FOR_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson"})
SPEAKS_FOR_PREPS = frozenset({"for", "of", "at"})


def spoken_for(token: Token) -> Ref | None:
    """ "A spokesperson for the Wessex Water Board said ...": an unnamed spokesperson of a body named in
    the phrase speaks for it, so the body is the statement's creator (the convention of hold-outs 35 and
    41); rule speaker.spoken_for. Only a named organisation (not "a spokesman for the company", which
    coreference guesses), only an indefinite or bare singular noun ("the spokesman for X" usually points
    back at someone named), never one who asked not to be named."""
    if token.pos_ != "NOUN" or token.tag_ != "NN" or token.lower_ not in SPEAKS_FOR_NOUNS:
        return None
    if ref(token) is not None or any(
        (c.dep_ == "det" and c.lower_ not in ("a", "an")) or c.dep_ in ("appos", "poss")
        for c in token.children
    ):
        return None
    bodies = [
        found
        for p in token.children
        if p.dep_ == "prep" and p.lower_ in SPEAKS_FOR_PREPS
        for o in p.children
        if o.dep_ == "pobj" and (found := ref(o)) is not None
    ]
    if len(bodies) != 1 or not bodies[0].key.startswith("org:") or bodies[0].rule or _anonymous(token):
        return None
    return bodies[0]


def describe(token: Token, told_outlet: bool = False) -> str | None:
    """Return the description of an unnamed source headed by ``token``, else None.

    A plural or indefinite noun of the SOURCE_NOUNS ("officials", "a senior official", "two
    diplomats", "people close to X") that names no one, or any plural noun an outlet cites ("nurses
    cited by The Blade") or, with ``told_outlet``, that is counted ("two engineers told X"). "The official" alone is left out: it usually points back at someone the
    article has named.
    """
    if token.pos_ != "NOUN" or ref(token) is not None:
        return None
    cited = any(_citation(c) for c in _attached(token))  # "two nurses cited by The Blade": any noun
    # "Two engineers at the mine told X": a counted plural speaking to an outlet names no one, whatever
    # the noun (without the outlet, "two engineers said" stays no source: nothing ties it to a newsroom)
    counted = told_outlet and any(c.dep_ == "nummod" and c.like_num for c in token.children)
    anonymous = _anonymous(token)  # "a nurse, who asked not to be named": any noun, singular too
    if (
        token.lemma_.lower() not in SOURCE_NOUNS
        and not ((cited or counted) and token.tag_ == "NNS")
        and not anonymous
    ):
        return None
    if token.tag_ == "NN":
        dets = [c.lower_ for c in token.children if c.dep_ in ("det", "nummod")]
        if not dets or dets[0] in ANAPHORIC:
            return None
    skip: set[int] = set()
    for child in _attached(token):
        if _citation(child) or _speaking(child) or child.dep_ in ("relcl", "punct", "appos"):
            skip.update(t.i for t in child.subtree)
    words = [t for t in token.subtree if t.i not in skip]
    while words and (words[-1].is_punct or words[-1].is_space):
        words.pop()
    if not words:
        return None
    doc = token.doc
    text = doc[words[0].i : words[-1].i + 1].text if len(words) == words[-1].i - words[0].i + 1 else None
    text = (text or " ".join(t.text for t in words)).strip()
    first = words[0]
    acronym = len(first.text) > 1 and first.text.isupper()
    if (first.is_sent_start or first.i == 0) and first.pos_ != "PROPN" and not acronym:
        text = text[:1].lower() + text[1:]  # "A senior official told" -> "a senior official"
    return text or None
