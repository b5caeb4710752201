"""Who speaks and what a statement names where the parse misleads: a name after a quotation the parser took
into it, a title split by a hyphen, "the company" standing for a firm named elsewhere."""

from spacy.tokens import Doc, Token

from extract.owners import BUSINESS_NOUNS, NONPROFIT_NOUNS, name_head
from extract.records import Ref
from extract.syntax import SUBJECTS, ref, refs_of, sentence_of

PLACE_PREFIX = "place:"
GENERIC_BODY_NOUNS = NONPROFIT_NOUNS | frozenset({"group", "nonprofit", "non-profit"})
MAX_GAP = 12  # words between the closing quote mark and the verb: a title and a name, not a clause


def speaker_after_quote(verb: Token) -> list[Ref]:
    """ "“We will appeal,” its chief executive, Jo Park, said": the parser hung the words between the
    closing quote mark and a verb left with no subject inside the quotation's clause; the one named
    person or body among them is the speaker (not a place; not when two are named)."""
    doc = verb.doc
    start = sentence_of(doc, verb.i)[0]
    i = verb.i - 1
    while i >= start and not doc[i].is_quote:
        i -= 1
    if i < start or verb.i - i - 1 > MAX_GAP or verb.i - i < 2:
        return []
    found: dict[str, Ref] = {}
    for token in doc[i + 1 : verb.i]:
        if token.pos_ in ("VERB", "AUX"):
            return []  # "“...,” she wrote, and Park said": a clause of its own
        r = ref(token)
        if r and not r.key.startswith(PLACE_PREFIX):
            found.setdefault(r.key, r)
    return list(found.values()) if len(found) == 1 else []


def speaker_at_end(verb: Token) -> tuple[list[Ref], set[int]]:
    """ "Harbor Bank's review unit is examining the loans, the lender's spokesman, Tomas Ekberg, said.":
    a closing "said" the parser left without a subject, its speaker taken into the reported clause; the
    one person named after that clause's last comma-set words (else the one body named there) speaks
    (rule speaker.at_end). Returns the speakers and the words of the speaker's phrase (no topics).
    Only a final verb with a reported clause; never across another verb."""
    doc = verb.doc
    start, end = sentence_of(doc, verb.i)
    after = [t for t in doc[verb.i + 1 : end] if not t.is_space]
    if after and not (len(after) == 1 and after[0].is_punct):
        return [], set()
    if not any(c.dep_ == "ccomp" for c in verb.children):
        return [], set()
    i = verb.i - 1
    commas: list[int] = []
    while i >= start and verb.i - i <= 2 * MAX_GAP and doc[i].pos_ not in ("VERB", "AUX"):
        if doc[i].text == ",":
            commas.append(i)
        i -= 1
    if not commas or i < start or doc[i].pos_ not in ("VERB", "AUX") or verb.i - commas[-1] > MAX_GAP:
        return [], set()
    found: dict[str, Ref] = {}
    for token in doc[commas[-1] + 1 : verb.i]:
        r = ref(token)
        if r and not r.key.startswith(PLACE_PREFIX):
            found.setdefault(r.key, r)
    people = [r for r in found.values() if r.key.startswith("person:")]
    bodies = [r for r in found.values() if r.key.startswith(ORG_PREFIX)]
    speakers = people if len(people) == 1 else ([] if people else bodies[:1] if len(bodies) == 1 else [])
    return (speakers, set(range(commas[-1], verb.i))) if speakers else ([], set())


def named_subject(verb: Token, subj: Token) -> Token:
    """ "The agency's vice-chairman, Ana Ruiz, was quoted": the parser split the hyphenated title into two
    subjects and the name hangs on the second; take the subject that names someone."""
    found = refs_of(subj)
    if found and found[0].key.startswith("person:"):
        return subj
    titled = _title_apposition(subj)  # "Its MD and CEO, Priya Raman-Sood, told": MD named no one, or a body
    if titled is not None or found:
        return titled or subj
    for child in verb.children:
        if child.dep_ in SUBJECTS and child.i != subj.i and refs_of(child):
            return child
    return _set_off_name(subj) or subj


def _title_apposition(subj: Token) -> Token | None:
    """ "Its MD and CEO, Priya Raman-Sood, told X": a short title the model took for a body's name heads
    the subject and the person stands in apposition to it; the person speaks (rule quote.*, not the
    stray "MD"). Only for an owned title ("Its MD", "the bank's CFO") or an all-capitals abbreviation."""
    if not (any(c.dep_ == "poss" for c in subj.children) or (subj.text.isupper() and len(subj.text) <= 5)):
        return None
    for child in subj.children:
        r = ref(child) if child.dep_ == "appos" else None
        if r is not None and r.key.startswith("person:"):
            return child
    return None


def _set_off_name(subj: Token) -> Token | None:
    """ "A spokesperson for Acme, Jo Park, said": the person named between commas at the end of a common
    noun's phrase is the speaker, wherever the parser hung the name (on "Acme", or as the object of
    "for" with Acme its modifier). Only a person, only a name set off by a comma."""
    if subj.pos_ != "NOUN" or not any(c.dep_ == "prep" for c in subj.children):
        return None
    words = [t for t in subj.subtree if not t.is_punct or t.text in ",-"]
    while words and words[-1].text == ",":
        words.pop()
    if not words:
        return None
    last = ref(words[-1])
    if last is None or not last.key.startswith("person:"):
        return None
    first = len(words) - 1
    while first > 0 and (r := ref(words[first - 1])) is not None and r.key == last.key:
        first -= 1
    return words[-1] if first > 1 and words[first - 1].text == "," else None


def generic_business(token: Token, found: Ref | None) -> bool:
    """ "Its chief executive, X, said the company would appeal": in a reported clause "the company" (a
    generic noun for a business, resolved by coreference) is no topic of the statement, the convention
    of most gold files (hold-outs 6-16; hold-out 4 differs). A name, a pronoun, "the trust" for the
    Harwell Trust, "the agency" and a quoted "The company ignored every warning" stay topics."""
    if found is None or found.rule != "coref.org_noun":
        return False
    if token.lower_ in BUSINESS_NOUNS:
        return True
    # "X, executive director of Safe Harbor Shelters, said the group had stopped ...": a generic word for
    # a non-profit body that is not its name's own head ("the charity" for Oxfam, not for Harwell Charity)
    record = token.doc._.kg_entities.get(found.key)
    return (
        token.lower_ in GENERIC_BODY_NOUNS and record is not None and name_head(record.name) != token.lower_
    )


ORG_PREFIX = "org:"
OWN_BODY_KINDS = {"position": ("member", "organization"), "representation": ("agent", "represented")}


def own_bodies(doc: Doc, speakers: set[str]) -> set[str]:
    """The organisations the speakers hold a post at or speak for, as the text's titles say ("Its
    spokesperson, X", "X, director of the Harwell Trust"; rules role.* and represents.*), and the
    speakers themselves: read from the claims ``kg_roles`` left before attribution runs."""
    own = {k for k in speakers if k.startswith(ORG_PREFIX)}
    for claim in doc._.kg_claims or ():
        roles = OWN_BODY_KINDS.get(claim.kind)
        if roles and speakers.intersection(claim.args.get(roles[0], ())):
            own.update(k for k in claim.args.get(roles[1], ()) if k.startswith(ORG_PREFIX))
    return own


def not_own_body(about: list[Ref], own: set[str]) -> list[Ref]:
    """ "Its spokesperson, X, told Y that the union had written to Z": a definite noun coreference reads
    as the speaker's own organisation (rule coref.org_noun) is no topic of the statement, the convention
    of the independent gold files (hold-outs 9, 11-14, 21-31, 35-38); rule speaker.own_body. A body the
    speaker does not belong to stays ("X said the regulator had fined ..."), and so does a name."""
    return [r for r in about if not (r.rule == "coref.org_noun" and r.key in own)]
