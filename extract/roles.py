"""Positions: titles before names, appositions, and career sentences, with dates and "former" kept."""

from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Token

from extract.dates import years
from extract.doc_arrays import column
from extract.modality import status
from extract.owners import ORG_NOUNS, chamber_of, owner_ref
from extract.records import Claim, Mention, Ref
from extract.syntax import RELATIVE, in_quote, negated, pobjs, refs_of, sentence_span, subject, verb_lemma
from extract.title_spans import (
    BOARDS,
    apposition,
    conjoined_title,
    dated,
    listed_before,
    owner_words,
    plural_title_apposed,
    shared_title,
    title_before,
)
from extract.titles import ROLE_NOUNS, is_rank, role_of
from extract.titles_parse import ENVOY_ROLES, Title, read_title

CAREER_SUCCEED = frozenset({"succeed", "replace"})  # "X succeeded / replaced Y as chairman"
# "step" only as "stepped down / aside as"; "take" only as "took over as"
PHRASAL = {"step": ("down", "aside"), "take": ("over",), "set": ("up",)}
CAREER_AS = frozenset(
    {"serve", "work", "act", "remain", "start", "begin", "retire", "resign", "quit", "step", "take"}
    | CAREER_SUCCEED
)
CAREER_ENDED = frozenset({"resign", "quit", "retire", "step"})  # "step" only as "stepped down / aside as"
CAREER_BECOME = frozenset({"become"})
CAREER_APPOINT = frozenset({"appoint", "name", "elect", "nominate", "promote", "install", "tap", "hire"})
CAREER_AT = frozenset({"work"})
# Trades whose verb says who employs them ("flew for Delta"): only with a named organisation.
CAREER_FOR = frozenset({"fly"})
# Trades a verb names where it was done ("coached at X", "taught at X"): a post there, only at a named one.
CAREER_TRADE = {"coach": "coach", "teach": "teacher", "lecture": "lecturer", "report": "reporter"}
CAREER_SPEND = frozenset({"spend"})  # "spent two decades at X": a stretch of years there is a job
SPANS = frozenset({"year", "decade", "month"})
CAREER_JOIN = frozenset({"join"})
# "served in the Ohio Senate", "served on the board of X", "worked in the procurement department of X"
CAREER_IN = frozenset({"serve", "work", "sit"})  # "sat on the city council", "sits on X's board"
SEATS = frozenset({"sit"})  # a seat on a body is membership
CAREER_LEAD = {
    "lead": "head",
    "head": "head",
    "chair": "chair",
    "run": "head",
    "command": "commander",  # "who commands the battalion"
    "found": "founder",
    "set": "founder",  # "set up X" (PHRASAL)
    "establish": "founder",
    "direct": "director",
    "rule": "leader",
    "govern": "leader",
    "own": "owner",  # "Y owns X", "X is owned by Y", "X, owned by Y,"
}
FOUNDING = frozenset({"found", "set", "establish"})  # "set up a new unit" names no post over it
ADVISER_ROLES = frozenset(
    {"adviser", "advisor", "aide", "counselor", "counsellor", "consultant", "strategist"}
)
AGENT_ROLES = frozenset(
    {
        "lawyer",
        "attorney",
        "solicitor",
        "barrister",
        "counsel",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "representative",
        "agent",
    }
)
GENERIC_ROLES = frozenset({"head", "staff"})  # what "ran X" / "worked at X" say when no title is given
# Titles that name the post a "ran X" / "in charge at X" clause describes ("Manager X, who ran Y").
LEADING_TITLES = frozenset(
    "manager director head chief president chairman chairwoman chair commander leader boss executive".split()
)
CAREER_BE = frozenset({"be", "remain"})  # "X is / remains its chief executive"
ORG_ENVOYS = frozenset({"envoy", "ambassador", "emissary"})
# Unnamed parts of an organisation a person can lead ("headed the ministry's integration department").
LED_UNITS = frozenset(
    {"department", "division", "unit", "office", "team", "desk", "bureau", "directorate"}
    | {"camp", "clinic", "school", "academy", "laboratory", "lab"}  # "has run the Bekoji camp"
)
CAREER_RULE = frozenset({"rule", "govern", "lead", "run", "head"})
# Verbs whose "the company" / "its" the member's titled organisation overrides ("X's chairwoman, Y ...
# founded the company in 1998 and has been its chairwoman since 2007"): running, founding, being its head
HELD_VERBS = CAREER_RULE | FOUNDING | CAREER_BE

# every verb a career claim starts from, joined once (``_career`` asks for each verb of each article)
CAREER_VERBS = frozenset(
    CAREER_AS
    | CAREER_BECOME
    | CAREER_APPOINT
    | CAREER_JOIN
    | CAREER_BE
    | CAREER_IN
    | CAREER_FOR
    | CAREER_SPEND
    | set(CAREER_TRADE)
    | set(CAREER_LEAD)
)
TITLE_CONFIDENCE, APPOSITION_CONFIDENCE, CAREER_CONFIDENCE = 0.9, 0.85, 0.85
CHAMBER_CONFIDENCE = 0.85  # "Senator X" sits in the one Senate the article names


def position(
    doc: Doc,
    member: str,
    title: Title,
    rule: str,
    confidence: float,
    anchor: Token,
    dates: tuple[str | None, str | None] = (None, None),
) -> list[Claim]:
    """Build the position claim (and, for envoys with a sending country, a representation claim)."""
    if is_rank(title.role) and not title.organization:
        return []  # a rank alone is not a post; "a captain with X Lines" is one
    if not title.organization and (chamber := chamber_of(doc, title.role.split()[-1])):
        office = chamber.lower().startswith("org:office of the ")  # "the Office of the Ombudsman"
        title = replace(
            title, organization=chamber, coref=title.coref or f"owner.{'office' if office else 'chamber'}"
        )
        title.confidence = min(title.confidence, CHAMBER_CONFIDENCE)
    evidence = [sentence_span(doc, anchor)]
    rule_id = rule + (f"+{title.coref}" if title.coref else "")
    conf = round(confidence * title.confidence, 2)
    args = {"member": [member]}
    if title.organization:
        args["organization"] = [title.organization]
    if title.jurisdiction:
        args["jurisdiction"] = [title.jurisdiction]
    values: dict[str, object] = {"role": title.role, "roleTitle": title.text, "former": title.former}
    if dates[0]:
        values["start"] = dates[0]
    if dates[1]:
        values["end"] = dates[1]
    claims = [Claim("position", rule_id, conf, args, values, evidence)]
    head = title.role.split()[-1]
    if title.possessor and title.possessor != member:
        if head in ADVISER_ROLES:
            claims.append(
                Claim(
                    "advice",
                    "advice.title",
                    round(conf * 0.9, 2),
                    {"agent": [member], "advisee": [title.possessor]},
                    {},
                    list(evidence),
                )
            )
        elif head in AGENT_ROLES:
            claims.append(
                Claim(
                    "representation",
                    "represents.client",
                    round(conf * 0.9, 2),
                    {"agent": [member], "represented": [title.possessor]},
                    {"text": title.text},
                    list(evidence),
                )
            )
    sent_by_org = " to " not in f" {title.text.lower()} "  # an ambassador *to* the UN is sent by someone else
    if (
        head in ORG_ENVOYS
        and title.organization
        and not title.sender
        and title.possessor is None
        and sent_by_org
    ):
        claims.append(  # "the European Union's special envoy": an envoy represents the body sending them
            Claim(
                "representation",
                "represents.envoy_of",
                round(conf * 0.85, 2),
                {"agent": [member], "represented": [title.organization]},
                {"text": title.text},
                list(evidence),
            )
        )
    if head in ENVOY_ROLES and title.sender and title.sender.startswith("place:"):
        claims.append(
            Claim(
                "representation",
                "represents.title" + (f"+{title.coref}" if title.coref else ""),
                round(conf * 0.9, 2),
                {"agent": [member], "represented": [title.sender]},
                {"text": title.text},
                list(evidence),
            )
        )
    return claims


def dates_of(verb: Token) -> tuple[str | None, str | None]:
    """Return the years stated in the verb's own clause (not in conjoined or embedded clauses)."""
    skip: set[int] = set()
    for child in verb.subtree:  # also "a diplomat who served ... from 2015 to 2020" under the object
        if (
            child.i != verb.i
            and child.pos_ in ("VERB", "AUX")
            and (
                child.dep_ in ("conj", "ccomp", "advcl", "relcl")
                or (child.dep_ == "pcomp" and child.head.lower_ in ("before", "after"))
            )
        ):  # "spent six years at X before joining Y in 2016": 2016 is the later job's
            skip.update(t.i for t in child.subtree)
    text = " ".join(t.text for t in verb.subtree if t.i not in skip)
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


def _spent_at(verb: Token) -> list[Token]:
    """ "spent three decades at the Ministry of X": the named organisations after a span of years
    ("at" on the verb or on the span), not "spent a week at the Ritz" or "spent millions at X"."""
    spans = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in SPANS]
    heads = [verb, *spans] if spans else []
    return [p for head in heads for p in pobjs(head, "at", "with") if _named_org(p) or _named_before_noun(p)]


def _named_before_noun(noun: Token) -> bool:
    """ "the UK Anti-Doping agency": a common noun whose name is written before it."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "compound" and _named_org(c) for c in noun.children)


def _named_org(token: Token) -> bool:
    """True for a token inside an organisation's name (not a common noun standing for one)."""
    found = owner_ref(token)
    return found is not None and found.rule is None and found.key.startswith("org:")


def _in_named_org(prep: Token) -> bool:
    """ "a captain in the Mexican Navy": "in" before a named organisation says where the post is,
    not when ("a captain in 2015") or where on a map ("an officer in Lagos")."""
    return prep.lower_ == "in" and any(_named_org(p) for p in prep.children if p.dep_ == "pobj")


def named_phrase(token: Token) -> list[Token]:
    """The phrase naming where someone works: "the sovereign wealth fund Temasek Holdings" is Temasek
    Holdings (the name in apposition to a common noun); otherwise the noun phrase itself."""
    if token.pos_ == "NOUN":
        for child in token.children:
            found = owner_ref(child) if child.dep_ == "appos" else None
            if found is not None and found.key.startswith("org:") and found.rule is None:
                return object_phrase(child)
    return object_phrase(token)


@Language.factory("kg_roles")
def make_roles(nlp: Language, name: str) -> "RoleFinder":
    """Create the component that finds positions."""
    return RoleFinder()


class RoleFinder:
    """Append position and representation claims to ``Doc._.kg_claims``."""

    def __init__(self) -> None:
        self._led: dict[str, set[tuple[str, str]]] = {}  # per document: who leads what by a title

    def __call__(self, doc: Doc) -> Doc:
        claims = doc._.kg_claims
        if claims is None:
            claims = doc._.kg_claims = []
        for mention in doc._.kg_mentions:
            if not mention.key.startswith("person:"):
                continue
            anchor = doc[mention.start]
            before = title_before(doc, mention)
            title = read_title(before)
            if not before:
                claims.extend(self._affiliation(doc, mention))
            if title and mention.end + 1 < len(doc) and doc[mention.end].lower_ == "of":
                after = _of_named(doc, mention.end + 1)
                client = title.organization
                if after and after.key.startswith("org:") and after.key != client:
                    if client and title.role.split()[-1] in AGENT_ROLES and not title.possessor:
                        # "The company's lawyer, X of Y LLP": X works at Y and acts for the company
                        title.organization, title.possessor = after.key, client
                    elif not client:
                        title.organization = after.key
            if title:
                first, shared_owner = conjoined_title(doc, before)
                if shared_owner and not title.organization and not title.possessor:
                    title = read_title([*shared_owner, *before]) or title  # the second title shares it
                claims.extend(position(doc, mention.key, title, "role.title", TITLE_CONFIDENCE, anchor))
                if (head := read_title(first, title.former)) is not None:
                    claims.extend(
                        position(doc, mention.key, head, "role.title.conj", TITLE_CONFIDENCE, anchor)
                    )
            elif not before and (shared := read_title(shared_title(doc, mention), plural=True)):
                claims.extend(
                    position(doc, mention.key, shared, "role.title.plural", TITLE_CONFIDENCE, anchor)
                )
            elif not before and (apposed := read_title(plural_title_apposed(doc, mention), plural=True)):
                claims.extend(  # "two partners of the firm X, A and B,": each of them is one
                    position(doc, mention.key, apposed, "role.title.plural.apposed", TITLE_CONFIDENCE, anchor)
                )
            former = False
            owner: list[Token] = []
            for k, part in enumerate(apposition(doc, mention)):
                part, dates = dated(part)  # "X, the authority's director from 2015 to 2021,"
                if k == 0:
                    owner = owner_words(part)
                elif owner and part and not owner_words(part) and part[0].lower_ not in ("a", "an", "the"):
                    part = [*owner, *part]  # "X, the firm's founder and chief executive,": both the firm's
                # "X, a former pharmacist," / "an engineer at Y": an indefinite description's agent noun
                indefinite = bool(part) and part[0].lower_ in ("a", "an")
                of = next((j for j, t in enumerate(part) if t.lower_ == "of"), 0)
                if of and part[of - 1].tag_ == "NN" and not role_of([part[of - 1].text], indefinite):
                    continue  # "X, the husband of the mayor's sister,": the mayor is someone else
                listed = listed_before(doc, mention) if _plural_role(part) else []
                title = read_title(part, former, agents=indefinite, plural=bool(listed))
                # "X, a partner and director at Y,": the first title took "at Y" from the second
                joined = bool(part) and part[-1].i - part[0].i + 1 != len(part)
                if title and listed:  # "X and Y, partners at Z,": each of them is one
                    for other in listed:
                        claims.extend(
                            position(
                                doc,
                                other.key,
                                replace(title),
                                "role.apposition.plural",
                                APPOSITION_CONFIDENCE,
                                doc[other.start],
                                dates,
                            )
                        )
                if title:
                    former = title.former
                    rule = "role.apposition.shared" if joined else "role.apposition"
                    claims.extend(
                        position(doc, mention.key, title, rule, APPOSITION_CONFIDENCE, anchor, dates)
                    )
                elif part and part[0].lower_ in ("a", "an", "the"):
                    break
        careers: list[Claim] = []
        parts: set[int] = set()  # ids of posts over a part of an organisation ("led the IBC's Africa zone")
        self._led = _leading_posts(claims)
        for token in (doc[i] for i, pos in enumerate(column(doc, "pos_")) if pos in ("VERB", "AUX")):
            careers.extend(self._career(doc, token, parts))
            careers.extend(_whose_post(doc, token))
        claims.extend(_named_posts(careers, claims, parts))
        return doc

    @staticmethod
    def _at_orgs(doc: Doc, verb: Token) -> list[str]:
        # "was a captain with X": "with" names an employer only after "be"
        preps = ("at", "for", "with") if verb_lemma(verb) in CAREER_BE else ("at", "for")
        found = [
            r.key
            for prep in verb.children
            if prep.dep_ == "prep" and prep.lower_ in preps
            for obj in prep.subtree
            if (r := owner_ref(obj)) and r.key.startswith("org:")
        ]
        # "from Microsoft, where she was vice president": "where" points back at the organisation
        where = verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children)
        if where and (r := owner_ref(verb.head)) and r.key.startswith("org:"):
            found.append(r.key)
        return found

    def _affiliation(self, doc: Doc, mention: Mention) -> list[Claim]:
        """ "CNN's Jake Tapper", "Microsoft's Brad Smith": an organisation's possessive before a name."""
        if mention.start < 2 or doc[mention.start - 1].tag_ != "POS":
            return []
        found = doc._.kg_refs.get(mention.start - 2)
        if not found or not found.key.startswith("org:"):
            return []
        org = doc[mention.start - 2]
        start = org.i
        while start > 0 and doc._.kg_refs.get(start - 1) == found:
            start -= 1
        text = doc[start : mention.start].text
        title = Title("staff", text, False, found.key, None, None)
        return position(doc, mention.key, title, "role.affiliation", 0.7, doc[mention.start])

    def _career(self, doc: Doc, verb: Token, parts: set[int]) -> list[Claim]:
        co = verb.lower_.startswith("co-")
        lemma = verb_lemma(verb)
        if lemma not in CAREER_VERBS:
            return []
        if in_quote(verb) or negated(verb) or status(verb) is not None:
            return []  # "will join", "is expected to be named", "could become": no post yet
        if lemma in PHRASAL and not any(
            c.dep_ in ("prt", "advmod") and c.lower_ in PHRASAL[lemma] for c in verb.children
        ):
            return []  # "stepped down as chairman", not "stepped in as a replacement"
        subj = subject(verb)
        employer = None
        reduced = _reduced_apposition(verb) if lemma in CAREER_APPOINT else None
        if lemma in CAREER_APPOINT:
            objects = [c for c in verb.children if c.dep_ == "dobj" and reduced is None]
            if objects and subj is not None:
                employer = next((r.key for r in refs_of(subj) if r.key.startswith("org:")), None)
            hirer = next(pobjs(verb, "by"), None) if not objects else None  # "was hired by X as Y"
            if hirer is not None:
                employer = next((r.key for r in refs_of(hirer) if r.key.startswith("org:")), None)
            subj = objects[0] if objects else (reduced or subj)
        led = _passive_led(verb) if lemma in CAREER_LEAD else None
        if led is not None:  # "Quillfeather was founded in 2017 by Noa Ben-Ami"
            subj = led[1]
        run = _relative_object(verb) if lemma in CAREER_LEAD and led is None else None
        if subj is None:
            return []
        # the article's main person is a last-resort guess for a pronoun: too weak to give a post
        members = [r for r in refs_of(subj) if r.key.startswith("person:") and r.rule != "coref.main_person"]
        listed = not members and subj.tag_ == "NNS"  # "appointed two partners of X, A and B, as managers"
        if listed:
            members = _apposed_people(doc, subj)
        if not members:
            return []
        phrases: list[tuple[list[Token], str]] = []
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "as" and lemma != "be":
                phrases += [(object_phrase(p), "as_post") for p in prep.children if p.dep_ == "pobj"]
            if prep.dep_ == "prep" and prep.lower_ in ("at", "for") and lemma in CAREER_AT:
                phrases += [(named_phrase(p), "at") for p in prep.children if p.dep_ == "pobj"]
            if prep.dep_ == "prep" and prep.lower_ in ("at", "for") and lemma in CAREER_TRADE:
                phrases += [  # "coached at the federation's academy": the named federation
                    (named_phrase(p), "at") for p in prep.children if p.dep_ == "pobj" and _names_org(p)
                ]
            if prep.dep_ == "prep" and prep.lower_ == "for" and lemma in CAREER_FOR:
                phrases += [
                    (named_phrase(p), "at") for p in prep.children if p.dep_ == "pobj" and _named_org(p)
                ]
            on_work = prep.lower_ == "on" and lemma not in SEATS | {"serve"}  # "worked on X's account"
            if prep.dep_ == "prep" and (prep.lower_ == "in" or on_work) and lemma in CAREER_IN - SEATS:
                phrases += [(named_phrase(p), "at") for p in prep.children if p.dep_ == "pobj"]
            if prep.dep_ == "prep" and prep.lower_ == "on" and lemma in SEATS | {"serve"}:
                # "sat / served on X's board": a seat is membership, whatever the person's trade
                phrases += [(named_phrase(p), "seat") for p in prep.children if p.dep_ == "pobj"]
            if prep.dep_ == "prep" and prep.lower_ == "on" and lemma in CAREER_BE:
                # "has been on X's board since 2015": a seat, only on a board (not "was on the phone")
                phrases += [
                    (named_phrase(p), "seat")
                    for p in prep.children
                    if p.dep_ == "pobj" and p.lower_ in BOARDS
                ]
            charge = [c for c in prep.children if c.dep_ == "pobj" and c.lower_ == "charge"]
            if prep.dep_ == "prep" and prep.lower_ == "in" and lemma in CAREER_BE and charge:
                for holder in (verb, *charge):  # "has been in charge at X", "is in charge of X"
                    phrases += [(named_phrase(o), "at") for o in pobjs(holder, "at", "of")]
        if lemma in CAREER_SPEND:
            phrases += [(named_phrase(p), "at") for p in _spent_at(verb)]
        if lemma in CAREER_BE and verb.dep_ in ("ROOT", "conj", "relcl"):
            phrases += [
                (sorted(_glued(c) + object_phrase(c), key=lambda t: t.i), "as")
                for c in verb.children
                if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN") and not _glued_on(c)
            ]
        if lemma in CAREER_BECOME | CAREER_APPOINT:
            kinds = ("attr", "oprd", "xcomp", "dobj") if reduced is not None else ("attr", "oprd", "xcomp")
            phrases += [
                (sorted(_glued(c) + object_phrase(c), key=lambda t: t.i), "as")
                for c in verb.children
                if c.dep_ in kinds and c.pos_ in ("NOUN", "PROPN") and not _glued_on(c)
            ]
        if lemma in CAREER_JOIN | set(CAREER_LEAD):
            phrases += [(named_phrase(c), "at") for c in verb.children if c.dep_ == "dobj"]
        if led is not None:
            phrases.append((object_phrase(led[0]), "at"))
        if run is not None:  # "Kestrel Freight, which X founded", "the company X runs"
            phrases.append((object_phrase(run), "at"))
        if lemma in CAREER_APPOINT:  # "was appointed to the board of X", "was promoted to chief of staff"
            for p in pobjs(verb, "to"):
                post = object_phrase(p)
                phrases.append((post, "as_post" if read_title(post) and not _names_org(p) else "seat"))
        if lemma in CAREER_JOIN:
            phrases += [
                (object_phrase(p), "as")
                for prep in verb.children
                if prep.dep_ == "prep" and prep.lower_ == "as"
                for p in prep.children
                if p.dep_ == "pobj"
            ]
        dates = dates_of(verb)
        if lemma in CAREER_ENDED and dates[0] and not dates[1]:
            dates = (None, dates[0])  # "resigned as chairman in 2019": the year the post ended
        joined = _joined_org(verb) if lemma in CAREER_JOIN else None
        # "joined X as finance director": the post named, at X (no second, bare "member" post)
        as_post = joined is not None and any(
            how == "as_post" and read_title(t, agents=True) for t, how in phrases
        )
        left = _left(verb) if lemma in CAREER_SPEND else None
        out = []
        for tokens, how in phrases:
            if as_post and how == "at":
                continue
            part_post = False
            # "worked as a crane operator"; "appointed A and B as managers": each one a manager
            # "founded the company as a building-materials trader": what the company was, unless a title
            # or a job with an employer ("founded X after a decade as an engineer with Y")
            agents = how == "as_post" and not (
                lemma in FOUNDING
                and any(c.dep_ == "dobj" for c in verb.children)
                and not any(t.lower_ in ("with", "at", "for") for t in tokens)
            )
            title = read_title(tokens, agents=agents, plural=listed and how in ("as", "as_post"))
            trade = ""  # "who was an engineer at X": a trade noun is a post at a named employer
            if title is None and how == "as" and lemma in CAREER_BE and tokens[0].lower_ in ("a", "an"):
                agent = read_title(tokens, agents=True)
                title, trade = (agent, ".trade") if agent is not None and agent.organization else (None, "")
            how = "as" if how == "as_post" else how
            seat = how == "seat"
            how = "at" if seat else how
            if how == "at":
                based = _based(tokens)  # "the Lyon-based airline" is not Lyon
                found = [r.key for t in tokens if t.i not in based and (r := owner_ref(t))]
                org = _head_org(doc, tokens)
                part_post = org is None  # the phrase names a part of the organisation, not the whole
                if org is None and lemma != "own":  # "ran the Zambezi operations of X": X, not Zambezi
                    org = _of_org(tokens)
                if org is None and lemma != "own":  # "owns a stake in X" owns no X
                    org = next((k for k in found if k.startswith("org:")), None)
                if org is None and lemma in CAREER_LEAD:  # "ran the trading desk at Morgan Stanley"
                    org = next(iter(self._at_orgs(doc, verb)), None)
                leads = _held_instead(self._led, members, org, tokens) if lemma in HELD_VERBS else None
                if leads is not None:  # "X's managing director, Y, ... has run the company since 2017"
                    org, trade = leads, ".held"
                place = next((k for k in found if k.startswith("place:")), None)
                role = (
                    CAREER_LEAD.get(lemma)
                    or CAREER_TRADE.get(lemma)
                    or ("member" if lemma in CAREER_JOIN | SEATS else "staff")
                )
                role = "head" if lemma in CAREER_BE else role  # "in charge at X" is its only "at" phrase
                role = "member" if seat else role
                role = f"co-{role}" if co and role in ("founder", "chair") else role
                text = doc[tokens[0].i : tokens[-1].i + 1].text
                described = None if seat else _relative_role(verb)
                if described is not None and (described.organization or described.jurisdiction):
                    described = None  # "a former Velmar director who now runs X": that post is at Velmar
                if org is not None and described is not None:
                    title, described.organization = described, org  # "an organiser who worked for X"
                elif org is not None:
                    title = Title(role, text, False, org, None, None)
                elif place is not None and lemma in CAREER_RULE and _head_ref(tokens) == place:
                    # "ruled Kano", not "ran the Bekoji camp" (a place before a common noun says where)
                    title = Title(role, f"{role} of {text}", False, None, place, None)
                elif lemma in CAREER_LEAD.keys() - FOUNDING and tokens[-1].lemma_.lower() in LED_UNITS:
                    title = Title(
                        role, f"{role} of {text}", False, None, None, None
                    )  # "headed the X department"
                else:
                    continue
            if title is None:
                continue
            if how == "as" and not title.organization:
                title.organization = employer or joined or next((p for p in self._at_orgs(doc, verb)), None)
            elif how == "as" and lemma in HELD_VERBS:  # "... and has been its chairwoman since 2007"
                leads = _held_instead(self._led, members, title.organization, tokens, title.role)
                if leads is not None:
                    title.organization, trade = leads, ".held"
            if left is not None:  # "spent nine years at X, leaving in 2015 (as its director)"
                title, dates = _left_post(title, left)
            elif employer and not title.organization:
                title.organization = employer
            if lemma in CAREER_ENDED:
                title.former = True
            for member in members:
                conf = CAREER_CONFIDENCE * member.confidence
                if member.rule and not title.coref:
                    title.coref, title.confidence = member.rule, 1.0
                rule = f"role.career.{lemma}{trade}" + (".left" if left is not None else "")
                made = position(doc, member.key, title, rule, conf, verb, dates)
                if part_post:
                    parts.update(id(c) for c in made)
                out.extend(made)
            if lemma in CAREER_SUCCEED and how == "as":  # "X succeeded Y as chairman": Y held it before
                before = replace(title, former=True)
                for obj in verb.children:
                    if obj.dep_ != "dobj":
                        continue
                    for held in refs_of(obj):
                        if held.key.startswith("person:") and held.key not in {m.key for m in members}:
                            conf = CAREER_CONFIDENCE * held.confidence
                            out.extend(position(doc, held.key, before, f"role.career.{lemma}", conf, verb))
        return out


def _leading_posts(claims: list[Claim]) -> dict[str, set[tuple[str, str]]]:
    """The (organisation, role) each person leads by a title already read ("X's chief executive, Y")."""
    out: dict[str, set[tuple[str, str]]] = {}
    for c in claims:
        role = str(c.values.get("role", ""))
        if c.kind == "position" and role.split()[-1:] and role.split()[-1] in LEADING_TITLES:
            for member in c.args["member"]:
                out.setdefault(member, set()).update((o, role) for o in c.args.get("organization", []))
    return out


def _held_instead(
    led: dict[str, set[tuple[str, str]]],
    members: list[Ref],
    org: str | None,
    tokens: list[Token],
    role: str | None = None,
) -> str | None:
    """The one organisation the member leads by title when "ran the company" / "the company's plant"
    resolved a bare common noun to another one (the last company named is often the subject's subsidiary,
    client or former employer); "its" only for the very post of that title ("has been its chairwoman");
    else None."""
    words = ORG_NOUNS | ({"its"} if role else set())
    nouns = [owner_ref(t) for t in tokens if t.is_lower and t.lower_ in words]
    if org is None or not any(r is not None and r.key == org for r in nouns):
        return None  # "ran Arava Power", "ran the Arava plant": named, no guess to correct
    held = {o for m in members for o, r in led.get(m.key, ()) if role is None or r == role}
    return held.pop() if len(held) == 1 and org not in held else None


def _named_posts(careers: list[Claim], claims: list[Claim], parts: set[int]) -> list[Claim]:
    """Drop a generic "ran X" / "worked at X" post when the text names that post ("X's director"; not
    a post over a part of X, ``parts``: "led the IBC's Africa zone"),
    giving its years to the named one: "She has run the institute since 2019" -> director since 2019."""
    named = [
        c for c in claims + careers if c.kind == "position" and c.values.get("role") not in GENERIC_ROLES
    ]
    out = []
    for claim in careers:
        org = claim.args.get("organization")
        if claim.kind == "position" and not org and not claim.args.get("jurisdiction"):
            # "Toowoomba Mayor X ... has been mayor since 2020": the same post, now with its years
            held = [
                c
                for c in named
                if c is not claim
                and c.values.get("role") == claim.values.get("role")
                and c.args["member"] == claim.args["member"]
                and (c.args.get("organization") or c.args.get("jurisdiction"))
            ]
            if len({str(c.args) for c in held}) == 1:
                for c in held:
                    c.evidence.extend(e for e in claim.evidence if e not in c.evidence)
                    if not c.values.get("start") and not c.values.get("end"):
                        c.values.update({k: claim.values[k] for k in ("start", "end") if k in claim.values})
                continue
        same = [
            c
            for c in named
            if claim.kind == "position"
            and c is not claim
            and _generic(str(claim.values.get("role")), str(c.values.get("role", "")))
            and id(claim) not in parts
            and org
            and (c.args.get("organization") == org or _governs(c, org[0]))
            and c.args["member"] == claim.args["member"]
        ]
        # only "in charge at / ran Y": "worked at Y" says nothing of which post the title names
        if not same and org and claim.values.get("role") == "head":
            same = [  # "Manager X, who has been in charge at Y since 2022": the manager's post is at Y
                c
                for c in named
                if not c.args.get("organization")
                and not c.args.get("jurisdiction")
                and str(c.values.get("role", "")).split()[-1] in LEADING_TITLES
                and c.args["member"] == claim.args["member"]
                and c.evidence == claim.evidence
            ]
            for c in same:
                c.args["organization"] = list(org)
            if same and id(claim) in parts:  # "ran its Valparaiso mill and has been chief executive":
                out.append(claim)  # the title's organisation is the mill's owner; the mill is a post too
                continue
        if not same:
            out.append(claim)
            continue
        for c in same:
            if not c.values.get("start") and not c.values.get("end"):
                c.values.update({k: claim.values[k] for k in ("start", "end") if k in claim.values})
    return out


CHAIRS = frozenset({"chair", "chairman", "chairwoman", "chairperson"})


def _governs(post: Claim, org: str) -> bool:
    """True when ``post`` governs a place whose body ``org`` is: "Antakya Mayor X, who led the
    municipality" (Antakya Municipality) is the mayor's post, not a second one."""
    places = post.args.get("jurisdiction") or []
    name = f" {org.split(':', 1)[1]} "
    return any(f" {p.split(':', 1)[1]} " in name for p in places)


def _generic(role: str, named: str) -> bool:
    """True when a career verb's post says less than a named one: "ran X" beside "X's director",
    "has chaired X" beside "X's chairperson"."""
    return role in GENERIC_ROLES or (role == "chair" and named.split()[-1] in CHAIRS)


def _apposed_people(doc: Doc, noun: Token) -> list[Ref]:
    """The people listed after a plural title inside ``noun``'s phrase ("two partners of X, A and B")."""
    inside = {t.i for t in noun.subtree}
    return [
        Ref(m.key, None, 1.0)
        for m in doc._.kg_mentions
        if m.key.startswith("person:") and m.start in inside and plural_title_apposed(doc, m)
    ]


def _plural_role(part: list[Token]) -> bool:
    """True when an apposition's role noun is plural ("partners at Z"): it describes a list of names."""
    return any(t.tag_ == "NNS" and t.lemma_.lower() in ROLE_NOUNS for t in part)


def _relative_role(verb: Token) -> Title | None:
    """The role a relative clause hangs on: "a former union organiser who worked for X" -> organiser."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.pos_ != "NOUN" or noun.lemma_.lower() not in ROLE_NOUNS:
        return None
    if any(_names_org(o) for o in pobjs(noun, "at", "with", "of", "for")):
        return None  # "a researcher at X who worked at Y": the researcher's post is X's, not Y's
    return read_title([t for t in noun.subtree if t.i < noun.i or t.i == noun.i])


def _head_org(doc: Doc, tokens: list[Token]) -> str | None:
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


def _glued_on(token: Token) -> bool:
    """True for "vice" and "-" in "vice-president", which the parser may make attributes of their own."""
    doc = token.doc
    return (
        not token.whitespace_
        and token.i + 1 < len(doc)
        and (token.text == "-" or doc[token.i + 1].text == "-")
    )


def _glued(token: Token) -> list[Token]:
    """The words hyphened onto a noun's front that are not in its subtree ("vice-" of "vice-president")."""
    doc, i = token.doc, token.i
    inside = {t.i for t in token.subtree}
    while i > 1 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ and i - 2 not in inside:
        i -= 2
    return list(doc[i : token.i])


def _based(tokens: list[Token]) -> set[int]:
    """Indices of the names before "-based" ("Quebec City-based carrier"): where it is, not what."""
    doc = tokens[0].doc if tokens else None
    out: set[int] = set()
    for t in tokens:
        if doc is not None and t.lower_ == "based" and t.i >= 2 and doc[t.i - 1].text == "-":
            i = t.i - 2
            while i >= 0 and not doc[i].is_lower and not doc[i].is_punct:
                out.add(i)
                i -= 1
    return out


def _of_org(tokens: list[Token]) -> str | None:
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


def _passive_led(verb: Token) -> tuple[Token, Token] | None:
    """ "X was founded/led by Y", "X, owned by Y,": the organisation (passive subject, or the noun the
    participle describes) and its leader (the agent)."""
    patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if patient is not None and patient.lower_ in RELATIVE and verb.dep_ == "relcl":
        patient = _named_head(verb.head)  # "Kestrel Freight, which is run by X"
    if patient is None and verb.dep_ == "acl" and verb.tag_ == "VBN":
        patient = _named_head(verb.head)  # "Asempa Agro Inputs, a Kumasi company owned by X": the named firm
    agent = next(
        (p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None
    )
    return (patient, agent) if patient is not None and agent is not None else None


def _reduced_apposition(verb: Token) -> Token | None:
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


def _whose_post(doc: Doc, verb: Token) -> list[Claim]:
    """ "Kestrel Freight, whose chief executive is X,": the post a relative clause on a named organisation
    names, held by the person it is equated with (not "whose offices are in X": no title)."""
    if verb_lemma(verb) not in CAREER_BE or verb.dep_ != "relcl" or negated(verb) or in_quote(verb):
        return []
    post = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if post is None or not any(c.dep_ == "poss" and c.lower_ == "whose" for c in post.children):
        return []
    org = next((r.key for r in refs_of(_named_head(verb.head)) if r.key.startswith("org:")), None)
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


def _named_head(noun: Token) -> Token:
    """The named organisation a common noun describes in apposition ("Kestrel, a haulier ..."), else the
    noun itself."""
    if noun.pos_ == "NOUN" and noun.dep_ == "appos" and _named_org(noun.head):
        return noun.head
    return noun


def _relative_object(verb: Token) -> Token | None:
    """What a relative clause with a person as subject says they run or founded: "Kestrel Freight, which
    X founded", "the company X runs" (no object of its own but the relative word); None otherwise."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ not in RELATIVE for c in verb.children):
        return None  # "the company whose owner X runs a bank": "a bank" is what X runs
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in RELATIVE:
        return None  # "X, who founded it": the person is the head, not the organisation
    return _named_head(verb.head)


def _of_named(doc: Doc, i: int) -> Ref | None:
    """The reference after a name's "of": "X of Y LLP", "Chief X of the Cree Nation", "X of the Dutch
    management company Y" (an article, adjectives and common nouns may stand before the name)."""
    refs = doc._.kg_refs
    for j in range(i, min(i + 6, len(doc))):
        token, found = doc[j], refs.get(j)
        if found is not None and _where_of_firm(doc, j, found):
            continue  # "X of the Hamburg firm Y": the city says where the firm is, Y is the firm
        if found is not None and (found.key.startswith("org:") or token.pos_ != "ADJ"):
            return found  # "Dutch" may stand for its country; an organisation's name ends the search
        article = token.lower_ in ("the", "a", "an")
        described = token.pos_ in ("ADJ", "NOUN") and token.is_lower  # "management company"
        nationality = token.pos_ == "ADJ" and token.ent_type_ == "NORP"  # "Dutch"
        if found is None and not (article or described or nationality):
            return None
    return None


def _where_of_firm(doc: Doc, j: int, found: Ref) -> bool:
    """True for a name before a lower-case organisation noun and the firm's own name ("the Oslo firm Y",
    "the New York law firm Y"): where the firm is (even when typed an organisation), not the firm."""
    if found.key.startswith("person:"):
        return False
    k = j + 1
    while k < len(doc) and doc._.kg_refs.get(k) == found:
        k += 1
    nouns = k
    while k < len(doc) and doc[k].is_lower and doc[k].pos_ in ("ADJ", "NOUN"):
        k += 1
    named = doc._.kg_refs.get(k)
    return (
        any(t.lower_ in ORG_NOUNS for t in doc[nouns:k])
        and named is not None
        and named.key.startswith("org:")
        and named != found
    )


def _names_org(token: Token) -> bool:
    """True for a phrase naming an organisation by name, at its head or after a possessive
    ("the federation's academy" with the federation named)."""
    return _named_org(token) or any(
        _named_org(t) for t in token.subtree if t.dep_ == "poss" or t.tag_ == "POS"
    )


def _head_ref(tokens: list[Token]) -> str | None:
    """What the head word of a phrase refers to (its key), or None."""
    inside = {t.i for t in tokens}
    head = next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), None)
    ref = owner_ref(head) if head is not None else None
    return ref.key if ref is not None else None


def _joined_org(verb: Token) -> str | None:
    """The organisation "joined" names by name ("joining Sawit Lestari as finance director")."""
    for obj in verb.children:
        if obj.dep_ == "dobj":
            return _head_org(verb.doc, named_phrase(obj))
    return None


def _left(verb: Token) -> tuple[str | None, list[Token]] | None:
    """ "spent nine years at X, leaving in 2015 as its director" -> ("2015", the "as" phrase); a later
    job ("before joining Y") ends the stretch too -> (None, []); None when nothing says it ended."""
    for child in verb.children:
        if child.dep_ in ("advcl", "conj", "xcomp") and child.lemma_.lower() == "leave":
            if any(c.dep_ == "dobj" for c in child.children):
                continue  # "leaving a note": not leaving the post
            # "as vice-president": the parser may make "vice", "-" and "president" three objects
            as_post = [sorted(_glued(p) + object_phrase(p), key=lambda t: t.i) for p in pobjs(child, "as")][
                -1:
            ]
            end = years(" ".join(t.text for t in child.subtree if t.dep_ != "prep" or t.lower_ != "as"))
            return (end[0] or end[1]), (as_post[0] if as_post else [])
    for token in verb.subtree:  # "spent six years at X before joining Y"
        if (
            token.dep_ == "prep"
            and token.lower_ == "before"
            and any(c.dep_ == "pcomp" for c in token.children)
        ):
            return None, []
    return None


def _left_post(
    title: Title, left: tuple[str | None, list[Token]]
) -> tuple[Title, tuple[str | None, str | None]]:
    """The post a stretch at an organisation ended in: former, with the year left, and the title it was
    left with ("leaving as vice-president") in place of a bare "staff"."""
    end, as_tokens = left
    named = read_title(as_tokens, agents=True) if as_tokens else None
    if named is not None:  # the post left is at the organisation of the stretch ("of Indigenous relations"
        named.organization, named.jurisdiction = title.organization, None  # names a portfolio)
        title = named
    return replace(title, former=True), (None, end)
