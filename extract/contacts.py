"""Contacts: met, talked to, spoke with, called, communicated with, "interactions with", relative clauses.

A contact the text plans, imagines, denies or negates ("will meet", "denied meeting", "never met")
becomes a ``contact_mention`` with its status (``extract.modality``), never a contact.
"""

import re
from itertools import combinations

from spacy.language import Language
from spacy.tokens import Doc, Token

from extract.dates import years
from extract.doc_arrays import column, tokens
from extract.modality import DENIAL_HEADS, noun_status, status
from extract.plural import pair_before, previous_sentence
from extract.records import Claim, Ref
from extract.syntax import (
    gap_verb,
    in_quote,
    naming_complement,
    pobjs,
    ref,
    refs_of,
    sentence_span,
    subject,
)

VERBS = {
    "meet": "meeting",
    "talk": "conversation",
    "speak": "conversation",
    "call": "call",
    "phone": "call",
    "telephone": "call",
    "communicate": "communication",
    "contact": "communication",
    "dine": "meeting",
    "interact": "interaction",
    "correspond": "communication",
    "confer": "meeting",
    "negotiate": "meeting",
    "receive": "meeting",
    "host": "meeting",
    "sit": "meeting",
    "exchange": "communication",
    "visit": "meeting",
    "raise": "communication",  # "raised the matter with X" (OBJECT_NEEDED)
}
OBJECT_NEEDED = {
    "exchange": frozenset({"message", "email", "e-mail", "letter", "text", "call", "note", "greeting"}),
    "raise": frozenset(
        "matter issue issues concern concerns case question questions complaint subject".split()
    ),
}
PERSON_ONLY = frozenset({"receive", "host", "call", "contact", "visit"})
STATE_VERBS = frozenset({"be", "remain", "stay", "keep", "get"})
LIGHT_VERBS = frozenset({"hold", "have", "conduct", "arrange", "schedule", "make"})
NEEDS_PREP = {
    "talk": ("to", "with"),
    "speak": ("to", "with"),
    "communicate": ("with",),
    "dine": ("with",),
    "sit": ("with",),
    "exchange": ("with",),
    "interact": ("with",),
    "correspond": ("with",),
    "confer": ("with",),
    "negotiate": ("with",),
    "raise": ("with",),
}
NOUNS = {
    "meeting": "meeting",
    "interaction": "interaction",
    "contact": "communication",
    "conversation": "conversation",
    "talk": "conversation",
    "call": "call",
    "communication": "communication",
    "dinner": "meeting",
    "lunch": "meeting",
    "encounter": "meeting",
    "exchange": "communication",
    "phone call": "call",
    "touch": "communication",
}
PHONE_WORDS = frozenset({"phone", "telephone", "video", "videoconference", "zoom"})  # "talked by phone"
COUNTS = {"once": 1, "twice": 2, "thrice": 3}
NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "several": None, "multiple": None}
MUTUAL = frozenset({"meet", "talk", "speak", "dine", "confer", "negotiate", "correspond", "communicate"})
NOT_YET = {  # "a planned meeting", "a possible call"
    "planned": "planned",
    "proposed": "planned",
    "scheduled": "planned",
    "upcoming": "planned",
    "future": "planned",
    "expected": "planned",
    "possible": "hypothetical",
    "potential": "hypothetical",
    "cancelled": "negated",  # "the cancelled meeting", "a postponed call"
    "canceled": "negated",
    "postponed": "planned",
}
# "took calls from X", "fielded a call from X": the one a call comes from is in contact with its taker.
TAKE_VERBS = frozenset({"take", "receive", "get", "field", "answer"})
CALL_NOUNS = frozenset({"call", "phone call"})
VERB_CONFIDENCE, NOUN_CONFIDENCE = 0.85, 0.75


def _count(verb: Token) -> int | None:
    for child in verb.children:
        if child.lower_ in COUNTS:
            return COUNTS[child.lower_]
        if child.lower_ == "times":
            for num in child.children:
                value = NUMBERS.get(num.lower_) or (int(num.text) if num.text.isdigit() else None)
                if value:
                    return value
    return None


def _pairs(
    doc: Doc,
    firsts: list[Ref],
    seconds: list[Ref],
    kind: str,
    rule: str,
    confidence: float,
    anchor: Token,
    count: int | None = None,
    year: str | None = None,
    state: str | None = None,
) -> list[Claim]:
    out = []
    for first in firsts:
        for second in seconds:
            claim = _claim(doc, [first, second], kind, rule, confidence, anchor, count, year, state)
            if claim:
                out.append(claim)
    return out


def _claim(
    doc: Doc,
    sides: list[Ref],
    kind: str,
    rule: str,
    confidence: float,
    anchor: Token,
    count: int | None = None,
    year: str | None = None,
    state: str | None = None,
) -> Claim | None:
    keys = list(dict.fromkeys(r.key for r in sides))
    if len(keys) < 2:
        return None
    coref = next((r.rule for r in sides if r.rule), None)
    conf = round(confidence * min(r.confidence for r in sides), 2)
    values: dict[str, object] = {"contactType": kind}
    if count:
        values["count"] = count
    if year:
        values["start"] = year
    if state:
        values["status"] = state
    return Claim(
        "contact_mention" if state else "contact",
        rule + (f"+{coref}" if coref else "") + (f"+modality.{state}" if state else ""),
        conf,
        {"participant": keys},
        values,
        [sentence_span(doc, anchor)],
    )


@Language.factory("kg_contacts")
def make_contacts(nlp: Language, name: str) -> "ContactFinder":
    """Create the component that finds contacts between people (and organisations)."""
    return ContactFinder()


class ContactFinder:
    """Append contact claims to ``Doc._.kg_claims``."""

    def __call__(self, doc: Doc) -> Doc:
        toks, lemmas = tokens(doc), column(doc, "lemma_")
        # a contact's cue is a verb or a noun of the cue lists: build no Token for other words
        cued = (
            i
            for i, p in enumerate(column(doc, "pos_"))
            if (p == "VERB" and lemmas[i].lower() in VERBS) or (p == "NOUN" and lemmas[i].lower() in NOUNS)
        )
        for token in (toks[i] for i in cued):
            found: list[Claim] = []
            if token.pos_ == "VERB" and token.lemma_.lower() in VERBS:
                found = self._verb(doc, token)
            elif token.pos_ == "NOUN" and token.lemma_.lower() in NOUNS:
                found = self._noun(doc, token)
            if found:
                doc._.kg_claims.extend(found)
        return doc

    def _verb(self, doc: Doc, verb: Token) -> list[Claim]:
        lemma = verb.lemma_.lower()
        if in_quote(verb):
            return []
        denied = self._denied_gerund(doc, verb)
        if denied:
            return denied
        state = status(verb)
        subj = subject(verb)
        firsts = refs_of(subj) if subj is not None else []
        if not firsts and subj is not None:
            # "The Cabinet Secretary for Health, Mererid Jenkins, met ...": a capitalised title the parse
            # reads as a name, with the person in apposition (rule suffix contact.subject_appos)
            firsts = [
                Ref(r.key, r.rule or "contact.subject_appos", r.confidence)
                for c in subj.children
                if c.dep_ == "appos"
                for r in refs_of(c)
                if r.key.startswith("person:")
            ]
        plural = False
        if not firsts and subj is not None and lemma in MUTUAL:
            firsts, plural = pair_before(doc, subj), True
        gapped = self._gapped(doc, verb)
        if gapped:
            return _pairs(
                doc,
                [gapped[0]],
                [gapped[1]],
                VERBS[lemma],
                f"contact.relative.{lemma}",
                VERB_CONFIDENCE,
                verb,
                state=state,
            )
        seconds: list[Ref] = []
        adjacent = False
        preps = NEEDS_PREP.get(lemma)
        if preps is None:
            for obj in verb.children:
                if obj.dep_ == "dobj":
                    seconds += _objects(obj)
            if lemma == "call" and any(naming_complement(c) for c in verb.children):
                return []
            if not seconds and verb.dep_ == "relcl" and not any(c.dep_ == "dobj" for c in verb.children):
                head = ref(verb.head)
                if head:
                    seconds.append(head)
            if (
                not seconds
                and subj is not None
                and (gap := gap_verb(doc, subj.left_edge.i, subj.i + 1)) is not None
                and gap.i == verb.i
            ):
                head = ref(doc[subj.left_edge.i - 1])
                if head:
                    seconds.append(head)
            for conj in (c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN")):
                # "met Rep. A, D-Philadelphia, and Speaker B": the parser hangs B on the verb
                seconds += [Ref(r.key, r.rule or "contact.object_conj", r.confidence) for r in _objects(conj)]
            for obj in (
                c for p in verb.children if p.dep_ == "prep" and p.lower_ == "with" for c in p.children
            ):
                if obj.dep_ == "pobj":
                    seconds += _objects(obj)
            if not seconds and not any(c.dep_ == "dobj" for c in verb.children):
                seconds = _named_after(doc, verb)  # the parser lost the object: the names right after
                adjacent = bool(seconds)
        else:
            needed = OBJECT_NEEDED.get(lemma)
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            if needed is not None and not any(o.lemma_.lower() in needed for o in objects):
                return []
            if lemma == "sit" and not any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children):
                return []
            for governor in [verb, *objects]:
                for prep in governor.children:
                    if prep.dep_ == "prep" and prep.lower_ in preps:
                        for obj in prep.children:
                            if obj.dep_ == "pobj":
                                seconds += refs_of(obj)
        if lemma in PERSON_ONLY:
            seconds = [r for r in seconds if r.key.startswith("person:")]
        if lemma in ("speak", "talk"):
            seconds = [r for r in seconds if doc._.kg_entities[r.key].type != "outlet"]
        text = " ".join(t.text for t in verb.subtree)
        year = years(text)[0] if re.search(r"\b(?:in|on|during)\b", text) else None
        if not seconds and len(firsts) > 1 and lemma in MUTUAL:
            pairs = list(combinations(firsts, 2))  # "Trump, Putin and Xi met": every pair of them
        else:
            pairs = [(a, b) for a in firsts for b in seconds]
        kind = (
            "call" if any(o.lower_ in PHONE_WORDS for o in pobjs(verb, "by", "over", "on")) else VERBS[lemma]
        )
        out: list[Claim] = []
        for a, b in pairs:
            out += _pairs(
                doc,
                [a],
                [b],
                kind,
                f"contact.verb.{lemma}" + (".adjacent" if adjacent else ""),
                VERB_CONFIDENCE * (0.9 if adjacent else 1.0),
                verb,
                _count(verb),
                year,
                state,
            )
        if plural:  # "the two leaders met": the sentence naming them is evidence too
            before = sentence_span(doc, doc[previous_sentence(doc, verb)])
            for claim in out:
                claim.evidence.insert(0, before)
        return out

    @staticmethod
    def _denied_gerund(doc: Doc, verb: Token) -> list[Claim]:
        """Read "X denied meeting Y", which the model parses as a compound "meeting Y" (denied)."""
        before = doc[verb.i - 1] if verb.i else None
        if verb.tag_ != "VBG" or verb.dep_ != "compound" or before is None:
            return []
        if before.lemma_.lower() not in DENIAL_HEADS:
            return []
        subj = subject(before)
        firsts = refs_of(subj) if subj is not None else []
        lemma = verb.lemma_.lower()
        return _pairs(
            doc,
            firsts,
            refs_of(verb.head),
            VERBS[lemma],
            f"contact.verb.{lemma}",
            VERB_CONFIDENCE,
            verb,
            state="denied",
        )

    def _noun(self, doc: Doc, noun: Token) -> list[Claim]:
        state = next((NOT_YET[c.lower_] for c in noun.children if c.lower_ in NOT_YET), None)
        state = state or noun_status(noun)
        others: list[Ref] = []
        between = False
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in ("with", "between"):
                between = between or prep.lower_ == "between"
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        others += refs_of(obj)
        taken = not others and _taken_call(noun)
        if taken:
            others = [r for obj in pobjs(noun, "from") for r in refs_of(obj) if r.key.startswith("person:")]
        others = [r for r in others if not r.key.startswith("place:")]
        if not others:
            return []
        if between:
            return _pairs(
                doc,
                others[:1],
                others[1:],
                NOUNS[noun.lemma_.lower()],
                "contact.noun.between",
                NOUN_CONFIDENCE,
                noun,
                state=state,
            )
        owners: list[Ref] = []
        for poss in noun.children:
            if poss.dep_ == "poss":
                found = ref(poss)
                if found:
                    owners.append(found)
                elif poss.lower_ in ("their", "his", "her", "its"):
                    owners += self._governing_subjects(noun)
        governor = None
        if noun.dep_ == "dobj" and (taken or noun.head.lemma_.lower() in LIGHT_VERBS | DENIAL_HEADS):
            governor = noun.head  # "held talks with", "denied any contacts with", "took calls from"
        stative = noun.head.head  # "X had been in contact with Y", "stayed in touch with"
        if noun.dep_ == "pobj" and noun.head.lower_ == "in" and stative.lemma_.lower() in STATE_VERBS:
            governor = stative
        if governor is not None:
            if governor.lemma_.lower() in DENIAL_HEADS:
                state = state or "denied"
            else:
                state = state or status(governor)
            if not owners:
                owners = self._governing_subjects(noun)
        owners = [r for r in owners if not r.key.startswith("place:")]  # "Moldova's accession talks"
        if not owners:
            return []
        return _pairs(
            doc,
            owners,
            others,
            NOUNS[noun.lemma_.lower()],
            "contact.noun.taken_call" if taken else "contact.noun",
            NOUN_CONFIDENCE,
            noun,
            state=state,
        )

    @staticmethod
    def _gapped(doc: Doc, verb: Token) -> tuple[Ref, Ref] | None:
        """Read "the ambassador Sessions met": the name meets the noun before it."""
        refs = doc._.kg_refs
        before = refs.get(verb.i - 1)
        if before is None or not before.key.startswith("person:"):
            return None
        start = verb.i - 1
        while start - 1 >= 0 and refs.get(start - 1) == before:
            start -= 1
        if gap_verb(doc, start, verb.i) is None:
            return None
        noun = refs.get(start - 1)
        return (before, noun) if noun and noun.key != before.key else None

    @staticmethod
    def _governing_subjects(noun: Token) -> list[Ref]:
        node = noun
        while node.head.i != node.i and node.pos_ not in ("VERB", "AUX"):
            node = node.head
        subj = subject(node) if node.pos_ in ("VERB", "AUX") else None
        return refs_of(subj) if subj is not None else []


def _objects(obj: Token) -> list[Ref]:
    """Who an object names: "met the firm's director, Ana Ruiz, and Minister Tom Beck" -- the parser hangs
    the second name on the apposition's name, not on "director"; both were met (rule suffix
    contact.appos_conj on the second)."""
    found = refs_of(obj)
    keys = {r.key for r in found}
    for appos in (c for c in obj.children if c.dep_ == "appos"):
        for conj in appos.conjuncts:
            r = ref(conj)
            if r and r.key.startswith("person:") and r.key not in keys:
                keys.add(r.key)
                found.append(Ref(r.key, r.rule or "contact.appos_conj", r.confidence))
    return found


def _taken_call(noun: Token) -> bool:
    """ "took calls from X", "received a phone call from X": a call noun as the object of a verb of
    taking, with "from" (rule contact.noun.taken_call)."""
    return (
        noun.lemma_.lower() in CALL_NOUNS
        and noun.dep_ == "dobj"
        and noun.head.lemma_.lower() in TAKE_VERBS
        and any(p.dep_ == "prep" and p.lower_ == "from" for p in noun.children)
    )


def _named_after(doc: Doc, verb: Token) -> list[Ref]:
    """ "X met A and B in Ottawa" parsed with no object (a surname read as a verb): the people named
    right after the verb, joined by "and" or commas; none when anything else stands there."""
    starts = doc.user_data.get("kg_people_by_start")
    if starts is None:
        starts = doc.user_data["kg_people_by_start"] = {
            m.start: m for m in doc._.kg_mentions if m.key.startswith("person:")
        }
    found: list[Ref] = []
    i = verb.i + 1
    while (mention := starts.get(i)) is not None:
        found.append(Ref(mention.key, None, 1.0))
        i = mention.end
        while i < len(doc) and doc[i].lower_ in (",", "and"):
            i += 1
    return found
