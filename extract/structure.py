"""Organisation structure: "the Atlantic Council's Dinu Patriciu Eurasia Center", "X of Y" units."""

from itertools import pairwise

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from extract.owners import its_owner, name_head, named_owner
from extract.records import Claim, Mention
from extract.syntax import RELATIVE, negated, ref, sentence_span, subject

UNIT_WORDS = frozenset(
    (
        "center centre institute program programme school department office bureau division unit lab "
        "laboratory committee subcommittee directorate service agency desk branch faculty panel board "
        "commission secretariat taskforce inspectorate college team squad superintendency "
        "command wing "  # round 8: "the Defence Forces' Logistics Command", "the authority's Audit Wing"
        "cell"  # round 12: South Asian bodies' units ("the corporation's Vigilance Cell")
    ).split()
)
# Nouns for a company's parts that are not units of a public body ("its frozen-meals unit, X").
OWNED_NOUNS = frozenset({"subsidiary", "arm", "brand", "affiliate", "label", "imprint", "business"})
# "X is a subsidiary / unit of Y", "X, a division of Y,": nouns that make X a part of the Y after "of".
PART_NOUNS = frozenset({"subsidiary", "arm", "affiliate", "unit", "division"})
CONFIDENCE = 0.85


@Language.factory("kg_structure")
def make_structure(nlp: Language, name: str) -> "StructureFinder":
    """Create the component that finds organisations that are part of others."""
    return StructureFinder()


class StructureFinder:
    """Append part_of claims: ORG's ORG (possessive) and UNIT of ORG."""

    def __call__(self, doc: Doc) -> Doc:
        orgs = [m for m in doc._.kg_mentions if m.key.startswith("org:")]
        claims: list[tuple[str, str, str, Mention]] = []
        for first, second in pairwise(orgs):
            if first.key == second.key:
                continue
            between = doc[first.end : second.start]
            unit = _unit(doc, second)
            one = len(between) == 1  # a possessive mark, not the paragraphs between two names
            marks = [t.text.replace("’", "'") for t in between] if one else []
            if marks == ["'s"] or (unit and marks == ["'"]):
                part, whole, rule = second, first, "structure.possessive"
            elif _named_unit(between):
                part, whole, rule = second, first, "structure.named_unit"
            elif (
                len(between) <= 2
                and [t.lower_ for t in between] in (["of"], ["of", "the"], ["at"], ["at", "the"])
                and doc[first.end - 1].lower_ in UNIT_WORDS
            ):
                part, whole, rule = first, second, "structure.of"
            else:
                continue
            claims.append((part.key, whole.key, rule, first))
        claims += _common_owner(doc, orgs)
        claims += _owned(doc, orgs)
        for part_key, whole_key, rule, first in claims:
            doc._.kg_claims.append(
                Claim(
                    "part_of",
                    rule,
                    CONFIDENCE,
                    {"part": [part_key], "whole": [whole_key]},
                    {},
                    [sentence_span(doc, doc[first.start])],
                )
            )
        return doc


def _named_unit(between: Span) -> bool:
    """ "Brackwater's frozen-meals unit, Northfield Kitchens": possessive, a unit noun, a comma."""
    if len(between) < 3 or between[0].tag_ != "POS" or between[-1].text != ",":
        return False  # before the words of what may be the paragraphs between two names
    words = [t for t in between if not t.is_punct or t.text == "-"]
    return (
        bool(words)
        and words[-1].lower_ in UNIT_WORDS | OWNED_NOUNS
        and all(t.is_lower or t.is_punct or t.like_num for t in between[1:])
    )


def _common_owner(doc: Doc, orgs: list[Mention]) -> list[tuple[str, str, str, Mention]]:
    """ "the council's Transportation Committee": a common-noun owner names the one organisation of the
    document whose name has that head ("Cleveland City Council", "the ministry's Directorate of Port
    Policy" -> Ministry of Maritime Affairs); nothing when none or several do. "its" likewise."""
    out = []
    for mention in orgs:
        # "the bank's Group Internal Audit unit": a unit noun after the name makes it a unit too
        after = doc[mention.end] if mention.end < len(doc) else None
        named_unit = after is not None and after.is_lower and after.lower_ in UNIT_WORDS
        if mention.start < 2 or not (_unit(doc, mention) or named_unit):
            continue
        own = doc[mention.start - 1].lower_ == "own"  # "its own Audit Office"
        start = mention.start - own
        before = doc[start - 1]
        if before.lower_ == "its":  # "its Research Integrity Panel": the organisation "its" stands for
            owner, rule = (_own_owner(before) if own else its_owner(before)), "structure.possessive.its"
        elif (
            start >= 3 and before.tag_ == "POS" and doc[start - 2].is_lower and doc[start - 3].lower_ == "the"
        ):
            owner = named_owner(doc[start - 2])  # the one organisation whose name has that head
            rule = "structure.possessive.common"
        else:
            continue
        if owner is not None and owner != mention.key:
            out.append((mention.key, owner, rule, mention))
    return out


def _own_owner(its: Token) -> str | None:
    """ "X went ahead with the move to Y even though its own Audit Office warned": "its own" is the
    subject's of the clause above its own (X), not the last organisation named; None when that subject
    is no organisation."""
    verbs = (a for a in its.ancestors if a.pos_ in ("VERB", "AUX"))
    subj = next((s for v in verbs if (s := subject(v)) is not None and its not in s.subtree), None)
    found = ref(subj) if subj is not None else None
    if found is None:
        return its_owner(its)
    return found.key if found.key.startswith("org:") else None


def _unit(doc: Doc, mention: Mention) -> bool:
    """True for a name headed by a unit noun: "Asset Tracing Unit", "Directorate of Port Policy"."""
    return name_head(doc[mention.start : mention.end].text) in UNIT_WORDS


def _org_at(token: Token) -> str | None:
    """The organisation a token names by name (not a guess), else None."""
    found = ref(token)
    return found.key if found is not None and found.rule is None and found.key.startswith("org:") else None


def _owned(doc: Doc, orgs: list[Mention]) -> list[tuple[str, str, str, Mention]]:
    """ "Y, the group that owns X" / "Y owns X" (owner and owned both named organisations) and "X is a
    subsidiary of Y" / "X, a unit of Y,": X is part of Y. Not "owns a stake in X" (the object is the
    stake), not "a supplier of Y" (no part noun)."""
    out = []
    for mention in orgs:
        root = doc[mention.start : mention.end].root
        owner = part = None
        described = root.head if root.dep_ == "appos" and root.head.is_lower else None
        if described is not None and described.dep_ == "pobj" and described.pos_ == "NOUN":
            root = described  # "a unit of the Canadian miner Y": Y, which the common noun describes
        if (whose := _whose_part(root)) is not None:  # "Y, whose brokerage arm, X, ...": X part of Y
            owner, part, rule = whose, mention.key, "structure.whose"
        elif root.dep_ == "dobj" and root.head.lemma_ == "own" and not negated(root.head):
            verb, part = root.head, mention.key
            subj = subject(verb)
            if subj is not None and subj.lower_ in RELATIVE and verb.dep_ == "relcl":
                subj = verb.head  # "the Boston-based group that owns X"
            if subj is not None and subj.pos_ == "NOUN" and subj.dep_ == "appos":
                subj = subj.head  # "Halden Group, the group that owns X": the named group
            owner = _org_at(subj) if subj is not None else None
            rule = "structure.owns"
        elif root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in PART_NOUNS:
            noun, owner = root.head.head, mention.key
            if noun.dep_ == "appos":  # "X, a subsidiary of Y,"
                part = _org_at(noun.head)
            elif noun.dep_ == "attr" and noun.head.lemma_ == "be" and not negated(noun.head):
                subj = subject(noun.head)  # "X is a subsidiary of Y"
                part = _org_at(subj) if subj is not None else None
            rule = "structure.subsidiary"
        if owner and part and owner != part:
            out.append((part, owner, rule, mention))
    return out


def _whose_part(root: Token) -> str | None:
    """The organisation a "whose" names a part of: "Y (YB), whose brokerage arm, X," -> Y; else None."""
    noun = root.head
    if root.dep_ != "appos" or noun.lemma_.lower() not in PART_NOUNS:
        return None
    if not any(c.dep_ == "poss" and c.lower_ == "whose" for c in noun.children):
        return None
    if noun.dep_ == "appos":  # the parser may set the clause's subject beside Y
        return _org_at(noun.head)
    if noun.dep_ == "nsubj" and noun.head.dep_ == "relcl":  # a relative clause on Y
        return _org_at(noun.head.head)
    return None
