"""Clause shapes around a career verb: "founded by", a participle set off by commas, relative
clauses ("which X founded", "whose chief executive is X") and the people a plural title lists."""

from spacy.tokens import Doc, Token

from extract.career_phrases import dates_of, named_head, names_org, object_phrase
from extract.career_verbs import CAREER_BE
from extract.position_claims import CAREER_CONFIDENCE, position
from extract.records import Claim, Ref
from extract.syntax import RELATIVE, in_quote, negated, pobjs, refs_of, verb_lemma
from extract.title_spans import plural_title_apposed
from extract.titles import ROLE_NOUNS
from extract.titles_parse import Title, read_title


def apposed_people(doc: Doc, noun: Token) -> list[Ref]:
    """The people listed after a plural title inside ``noun``'s phrase ("two partners of X, A and B")."""
    inside = {t.i for t in noun.subtree}
    return [
        Ref(m.key, None, 1.0)
        for m in doc._.kg_mentions
        if m.key.startswith("person:") and m.start in inside and plural_title_apposed(doc, m)
    ]


def relative_role(verb: Token) -> Title | None:
    """The role a relative clause hangs on: "a former union organiser who worked for X" -> organiser."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.pos_ != "NOUN" or noun.lemma_.lower() not in ROLE_NOUNS:
        return None
    if any(names_org(o) for o in pobjs(noun, "at", "with", "of", "for")):
        return None  # "a researcher at X who worked at Y": the researcher's post is X's, not Y's
    return read_title([t for t in noun.subtree if t.i < noun.i or t.i == noun.i])


def passive_led(verb: Token) -> tuple[Token, Token] | None:
    """ "X was founded/led by Y", "X, owned by Y,": the organisation (passive subject, or the noun the
    participle describes) and its leader (the agent)."""
    patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if patient is not None and patient.lower_ in RELATIVE and verb.dep_ == "relcl":
        patient = named_head(verb.head)  # "Kestrel Freight, which is run by X"
    if patient is None and verb.dep_ == "acl" and verb.tag_ == "VBN":
        patient = named_head(verb.head)  # "Asempa Agro Inputs, a Kumasi company owned by X": the named firm
    agent = next(
        (p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None
    )
    return (patient, agent) if patient is not None and agent is not None else None


def reduced_apposition(verb: Token) -> Token | None:
    """The person a participle set off by a comma describes: "X, named chief executive in 2019, said"
    (the parser may hang it on X or make X its subject, the title its object); None otherwise."""
    doc = verb.doc
    if verb.tag_ not in ("VBN", "VBD") or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    if any(c.dep_ in ("aux", "auxpass", "nsubjpass") for c in verb.children):
        return None  # "X, who was named", "X, he was named": a clause, not a participle
    person = doc[verb.i - 2]
    described = verb.head == person or any(c.dep_ == "nsubj" and c.i == person.i for c in verb.children)
    found = refs_of(person)
    if not described or not any(r.key.startswith("person:") for r in found):
        return None
    end = max((t.i for t in verb.subtree if t.i > verb.i and not t.is_punct), default=verb.i) + 1
    if end >= len(doc) or doc[end].text != ",":
        return None  # set off by a second comma: "X, elected a president in 2019." is X's own act
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(o.pos_ != "NOUN" or any(d.dep_ in ("det", "poss") for d in o.children) for o in objects):
        return None  # "X, who named Y chairman", "X, hired a treasurer,": someone else holds the post
    if objects and not all(read_title(object_phrase(o)) for o in objects):
        return None
    return person


def whose_post(doc: Doc, verb: Token) -> list[Claim]:
    """ "Kestrel Freight, whose chief executive is X,": the post a relative clause on a named organisation
    names, held by the person it is equated with (not "whose offices are in X": no title)."""
    if verb_lemma(verb) not in CAREER_BE or verb.dep_ != "relcl" or negated(verb) or in_quote(verb):
        return []
    post = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if post is None or not any(c.dep_ == "poss" and c.lower_ == "whose" for c in post.children):
        return []
    org = next((r.key for r in refs_of(named_head(verb.head)) if r.key.startswith("org:")), None)
    title = read_title([t for t in object_phrase(post) if t.lower_ != "whose"])
    if org is None or title is None:
        return []
    title.organization = title.organization or org
    return [
        claim
        for attr in verb.children
        if attr.dep_ == "attr"
        for member in refs_of(attr)
        if member.key.startswith("person:")
        for claim in position(
            doc,
            member.key,
            title,
            "role.career.whose",
            CAREER_CONFIDENCE * member.confidence,
            verb,
            dates_of(verb),
        )
    ]


def relative_object(verb: Token) -> Token | None:
    """What a relative clause with a person as subject says they run or founded: "Kestrel Freight, which
    X founded", "the company X runs" (no object of its own but the relative word); None otherwise."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ not in RELATIVE for c in verb.children):
        return None  # "the company whose owner X runs a bank": "a bank" is what X runs
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in RELATIVE:
        return None  # "X, who founded it": the person is the head, not the organisation
    return named_head(verb.head)
