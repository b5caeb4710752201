"""Whether the text says an event took place: "will meet", "plans to meet", "denied meeting", "never met".

A contact the article only plans, imagines, denies or negates is not a contact; ``status`` says
which of those it is (None: the text says it happened), so it can be kept apart (ng:ContactMention).
"""

from spacy.tokens import Token

from extract.syntax import negated

FUTURE = frozenset({"will", "shall", "'ll", "wo"})
MODALS = frozenset({"could", "might", "may", "would", "should", "can", "must", "ca"})
PLAN_HEADS = frozenset(
    (
        "plan intend hope expect schedule set want seek aim agree propose prepare arrange offer "
        "promise wish try ask invite due likely poise slate"
    ).split()
)
REFUSAL_HEADS = frozenset({"refuse", "decline", "fail"})
DENIAL_HEADS = frozenset({"deny", "dispute"})
CONDITIONS = frozenset({"if", "unless", "whether"})
STATUSES = ("planned", "hypothetical", "denied", "negated")
# "called her three times without getting an answer / without reaching her": the call never connected
UNANSWERED = frozenset({"answer", "reply", "response", "reach", "through"})
# "denied a report that X had met Y": what a denied report or claim says is denied with it
REPORT_NOUNS = frozenset("report claim allegation accusation suggestion story rumour rumor assertion".split())
REPORT_DENIERS = DENIAL_HEADS | {"reject", "dismiss", "refute", "rebut"}
# "the meeting was cancelled / postponed": called off never happened; put off is still to come
CALLED_OFF = {"cancel": "negated", "scrap": "negated", "abandon": "negated", "shelve": "negated"}
CALLED_OFF |= {"postpone": "planned", "delay": "planned", "reschedule": "planned"}


def _own(verb: Token) -> str | None:
    """The status marked on ``verb`` itself: negation, future auxiliary, modal, condition."""
    if negated(verb):
        return "negated"
    for child in verb.children:
        if child.dep_ in ("aux", "auxpass"):
            low = child.lower_
            if low in FUTURE:
                return "planned"
            if low in MODALS:
                return "hypothetical"
        if child.dep_ == "mark" and child.lower_ in CONDITIONS:
            return "hypothetical"
        if (
            child.dep_ == "prep"
            and child.lower_ == "without"
            and any(t.lemma_.lower() in UNANSWERED or t.lower_ in UNANSWERED for t in child.subtree)
        ):
            return "negated"
    return None


def status(verb: Token) -> str | None:
    """Return planned, hypothetical, denied or negated for ``verb``'s event, or None if it happened.

    Looks at the verb, then up through the verbs that govern it: "plans to meet", "is scheduled to
    meet", "is going to meet" (planned), "denied meeting", "denied that he met" (denied), "refused to
    meet", "has yet to meet" (negated). A conjunct without its own auxiliary shares its head's
    ("will meet Putin and talk to Xi").
    """
    node, steps = verb, 0
    while steps < 4:
        own = _own(node)
        if own:
            return own
        head = node.head
        if head.i == node.i:
            return None
        lemma = head.lemma_.lower()
        if node.dep_ == "conj":
            if any(c.dep_ in ("aux", "nsubj", "nsubjpass") for c in node.children):
                return None
        elif node.dep_ in ("acl", "relcl") and head.pos_ == "NOUN":
            return "denied" if _denied_report(head) else None
        elif node.dep_ in ("xcomp", "ccomp", "dobj", "pcomp", "advcl", "acomp"):
            if lemma in DENIAL_HEADS:
                return "denied"
            if node.dep_ == "advcl":
                return None
            if lemma in REFUSAL_HEADS or (lemma == "have" and any(c.lower_ == "yet" for c in head.children)):
                return "negated"
            if lemma in PLAN_HEADS or (lemma == "go" and head.tag_ == "VBG"):
                return _own(head) if _own(head) == "negated" else "planned"
            if node.dep_ == "ccomp":
                return None  # "said he met": the report does not change whether it happened
        else:
            return None
        node, steps = head, steps + 1
    return None


def _denied_report(noun: Token) -> bool:
    """True for a report or claim someone denies ("denied a report that ...", "the claim ... was
    rejected"): the event it tells of is denied, not said to have happened."""
    verb = noun.head
    return (
        noun.lemma_.lower() in REPORT_NOUNS
        and noun.dep_ in ("dobj", "nsubjpass")
        and verb.lemma_.lower() in REPORT_DENIERS
    )


def noun_status(noun: Token) -> str | None:
    """The status of an event named by a noun ("the meeting was cancelled", "they postponed the
    talks"), from the verb it is the object or passive subject of; None when nothing calls it off."""
    if noun.dep_ not in ("dobj", "nsubjpass"):
        return None
    verb = noun.head
    lemma = verb.lemma_.lower()
    if lemma == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children):
        return "negated"
    return CALLED_OFF.get(lemma)
