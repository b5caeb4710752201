"""Read the phrases a career sentence names: the noun phrase of the post, the organisation at its
head or after "of", and the years of the verb's own clause."""

from spacy.tokens import Doc, Token

from extract.career_verbs import SPANS
from extract.dates import years
from extract.owners import owner_ref
from extract.records import Ref
from extract.syntax import pobjs


def dates_of(verb: Token) -> tuple[str | None, str | None]:
    """Return the years stated in the verb's own clause (not in conjoined or embedded clauses)."""
    skip: set[int] = set()
    subtree = list(verb.subtree)  # walked twice below: spaCy rebuilds it on every read
    for child in subtree:  # also "a diplomat who served ... from 2015 to 2020" under the object
        if child.i in skip:
            continue  # inside a clause skipped already: its own subtree is skipped with it
        if (
            child.i != verb.i
            and child.pos_ in ("VERB", "AUX")
            and (
                child.dep_ in ("conj", "ccomp", "advcl", "relcl")
                or (child.dep_ == "pcomp" and child.head.lower_ in ("before", "after"))
            )
        ):  # "spent six years at X before joining Y in 2016": 2016 is the later job's
            skip.update(t.i for t in child.subtree)
    text = " ".join(t.text for t in subtree if t.i not in skip)
    return years(text)


def object_phrase(token: Token) -> list[Token]:
    """Return the tokens of a noun phrase, without relative clauses or trailing dates."""
    skip: set[int] = set()
    for child in token.children:
        if child.dep_ in ("relcl", "acl", "appos") or (
            child.dep_ == "prep"
            and child.lower_ in ("from", "since", "until", "between", "in", "during")
            and not _in_named_org(child)
        ):
            skip.update(t.i for t in child.subtree)
    tokens = [t for t in token.subtree if t.i not in skip]
    while len(tokens) > 1 and tokens[-1].is_punct:
        tokens.pop()  # "Brightwater Foods, owned by X,": the comma is no part of the name
    return tokens


def spent_at(verb: Token) -> list[Token]:
    """ "spent three decades at the Ministry of X": the named organisations after a span of years
    ("at" on the verb or on the span), not "spent a week at the Ritz" or "spent millions at X"."""
    spans = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in SPANS]
    heads = [verb, *spans] if spans else []
    return [p for head in heads for p in pobjs(head, "at", "with") if named_org(p) or _named_before_noun(p)]


def _named_before_noun(noun: Token) -> bool:
    """ "the UK Anti-Doping agency": a common noun whose name is written before it."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "compound" and named_org(c) for c in noun.children)


def named_org(token: Token) -> bool:
    """True for a token inside an organisation's name (not a common noun standing for one)."""
    found = owner_ref(token)
    return found is not None and found.rule is None and found.key.startswith("org:")


def _in_named_org(prep: Token) -> bool:
    """ "a captain in the Mexican Navy": "in" before a named organisation says where the post is,
    not when ("a captain in 2015") or where on a map ("an officer in Lagos")."""
    return prep.lower_ == "in" and any(named_org(p) for p in prep.children if p.dep_ == "pobj")


def named_phrase(token: Token) -> list[Token]:
    """The phrase naming where someone works: "the sovereign wealth fund Temasek Holdings" is Temasek
    Holdings (the name in apposition to a common noun); otherwise the noun phrase itself."""
    if token.pos_ == "NOUN":
        for child in token.children:
            found = owner_ref(child) if child.dep_ == "appos" else None
            if found is not None and found.key.startswith("org:") and found.rule is None:
                return object_phrase(child)
    return object_phrase(token)


def head_org(doc: Doc, tokens: list[Token]) -> str | None:
    """The organisation the phrase names at its head: "led the CDC's Epidemic Intelligence Service" is
    the Service, not its owner the CDC (who is owner only when the head is a common noun: "its unit")."""
    inside = {t.i for t in tokens}
    head = next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), None)
    ref = owner_ref(head) if head is not None else None
    if ref is None and head is not None and head.pos_ == "PROPN":
        # "Halden Tri-Star" with the name's ref cut short of its head: the name its words carry
        named = {r.key for c in head.children if c.dep_ == "compound" and (r := owner_ref(c))}
        ref = Ref(named.pop(), None, 1.0) if len(named) == 1 else None
    return ref.key if ref is not None and ref.key.startswith("org:") else None


def glued_on(token: Token) -> bool:
    """True for "vice" and "-" in "vice-president", which the parser may make attributes of their own."""
    doc = token.doc
    return (
        not token.whitespace_
        and token.i + 1 < len(doc)
        and (token.text == "-" or doc[token.i + 1].text == "-")
    )


def glued(token: Token) -> list[Token]:
    """The words hyphened onto a noun's front that are not in its subtree ("vice-" of "vice-president")."""
    doc, i = token.doc, token.i
    inside = {t.i for t in token.subtree}
    while i > 1 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ and i - 2 not in inside:
        i -= 2
    return list(doc[i : token.i])


# "-based" says where a body is; "-run", "-led", "-owned", "-controlled" who runs it ("the Labour-run
# council" is the council, not Labour)
DESCRIBING_PARTICIPLES = frozenset({"based", "run", "led", "owned", "controlled", "backed"})


def based_names(tokens: list[Token]) -> set[int]:
    """Indices of the names before "-based" ("Quebec City-based carrier": where it is, not what) and
    "-run" ("the Labour-run council": who runs it, not what)."""
    doc = tokens[0].doc if tokens else None
    out: set[int] = set()
    for t in tokens:
        if doc is not None and t.lower_ in DESCRIBING_PARTICIPLES and t.i >= 2 and doc[t.i - 1].text == "-":
            i = t.i - 2
            while i >= 0 and not doc[i].is_lower and not doc[i].is_punct:
                out.add(i)
                i -= 1
    return out


def of_org(tokens: list[Token]) -> str | None:
    """The organisation after "of" on a phrase's common-noun head: "the Kafue operations of X" -> X."""
    inside = {t.i for t in tokens}
    head = next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), None)
    if head is None or head.pos_ != "NOUN":
        return None
    for obj in pobjs(head, "of"):
        found = owner_ref(obj) if obj.i in inside else None
        if found is not None and found.key.startswith("org:"):
            return found.key
    return None


def named_head(noun: Token) -> Token:
    """The named organisation a common noun describes in apposition ("Kestrel, a haulier ..."), else the
    noun itself."""
    if noun.pos_ == "NOUN" and noun.dep_ == "appos" and named_org(noun.head):
        return noun.head
    return noun


def names_org(token: Token) -> bool:
    """True for a phrase naming an organisation by name, at its head or after a possessive
    ("the federation's academy" with the federation named)."""
    return named_org(token) or any(named_org(t) for t in token.subtree if t.dep_ == "poss" or t.tag_ == "POS")


def head_ref(tokens: list[Token]) -> str | None:
    """What the head word of a phrase refers to (its key), or None."""
    inside = {t.i for t in tokens}
    head = next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), None)
    ref = owner_ref(head) if head is not None else None
    return ref.key if ref is not None else None


def joined_org(verb: Token) -> str | None:
    """The organisation "joined" names by name ("joining Sawit Lestari as finance director")."""
    for obj in verb.children:
        if obj.dep_ == "dobj":
            return head_org(verb.doc, named_phrase(obj))
    return None


def it_object(verb: Token) -> Token | None:
    """ "has run X since he founded it", "founded X in 1971 and chaired it": "it" as a career verb's
    object stands for the organisation its sentence last named, when that one is another verb's object."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "it"), None)
    if obj is None:
        return None
    for i in range(obj.i - 1, verb.sent.start - 1, -1):
        if not named_org(token := verb.doc[i]):
            continue
        while token.dep_ in ("compound", "flat") and token.head.i != token.i:
            token = token.head
        return token if token.dep_ == "dobj" and token.head.pos_ in ("VERB", "AUX") else None
    return None
