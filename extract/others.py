"""Other links: advises, spoke at an institution's event, denied allegations about, represents."""

from spacy.language import Language
from spacy.tokens import Doc, Token

from extract.dates import years
from extract.doc_arrays import column, tokens
from extract.owners import HEAD_CONFIDENCE, named_owner
from extract.quote_speakers import not_own_body, own_bodies
from extract.records import Claim, Ref
from extract.syntax import (
    RELATIVE,
    SPEAKER_VERBS,
    SUBJECTS,
    negated,
    pobjs,
    ref,
    refs_of,
    sentence_of,
    sentence_span,
    sentences,
    subject,
)

EVENT_NOUNS = frozenset(
    (
        "event address speech conference forum summit lecture panel gala dinner hearing ceremony "
        "symposium seminar talk reception roundtable session meeting briefing convention"
    ).split()
)
SPEAK_VERBS = frozenset(
    [
        "speak",
        "say",
        "address",
        "appear",
        "testify",
        "lecture",
        "tell",
        "talk",
        "present",
        "give",
        "deliver",
        "host",
    ]
)
DELIVER_VERBS = frozenset({"give", "deliver", "host"})
DENY_VERBS = frozenset(
    (
        "deny dismiss reject ridicule refute rebut attack dispute disavow deride mock slam contest brush "
        "decry scoff laugh call"
    ).split()
)
ALLEGATION_NOUNS = frozenset(
    (
        "allegation claim accusation report assumption charge rumor rumour suggestion speculation story "
        "insinuation assertion finding wrongdoing criticism account testimony"
    ).split()
)
# Prepositions whose object an allegation is about ("allegations against X", "claims about X").
TARGET_PREPS = frozenset({"against", "about", "of", "on", "by", "over", "involving", "concerning"})
# Inside a denied claim, the one the act was done "with" is part of it too ("denied that her client
# had dined with X"); not for allegations' own prepositions ("accused him in a meeting with Y").
CLAIM_PREPS = TARGET_PREPS | {"with"}
# Where a denied claim names its parties; "oprd": "a report that X had called Bhuiyan to ask ...", where
# the parser reads the one called as the verb's complement.
CLAIM_DEPS = frozenset({"pobj", "nsubj", "nsubjpass", "dobj", "dative", "oprd"})
# What "called the report X" must call it to deny it.
FALSE_WORDS = frozenset(
    (
        "false untrue baseless unfounded groundless wrong absurd ridiculous nonsense smear lie fabrication "
        "fiction fake misleading inaccurate defamatory fabricated"
    ).split()
)
# Nouns that stand for the speaker's client: "the allegations against his client", "my client".
CLIENT_NOUNS = frozenset({"client", "clients"})
ALLEGE_CUES = ("allege", "accuse", "claim", "charge")
ALLEGATION_CUES = frozenset({*ALLEGE_CUES, "allegation", "accusation"})  # verb and noun cues together
ADVISE_VERBS = frozenset({"advise", "counsel"})
# Bodies that govern an organisation: advising one advises the organisation ("advised Acme's board").
BODY_NOUNS = frozenset(
    "board management committee leadership executive executives directors trustees council commission".split()
)
# Where a common noun's owner is what a denied claim is about ("Daeil's systems", "Lion Gate executives").
OWNED = frozenset({"nsubj", "nsubjpass", "dobj"})
# Verbs that deny a whole clause ("denied that the bid had been rejected"); "called" needs an object.
CLAUSE_DENY_VERBS = frozenset({"deny", "dispute", "reject"})
# The lemmas of every verb ``OtherFinder`` reads: no Token is built for any other verb.
CUE_VERBS = ADVISE_VERBS | SPEAK_VERBS | DENY_VERBS | {"represent", "act"}


def clause_text(verb: Token) -> str:
    """The verb's own clause as text, without its subject's or embedded clauses ("who ... in 1993")."""
    skip = {
        t.i
        for c in verb.children
        if c.dep_ in ("nsubj", "nsubjpass", "ccomp", "conj", "advcl")
        for t in c.subtree
    }
    return " ".join(t.text for t in verb.subtree if t.i not in skip)


def _coref(refs: list[Ref]) -> tuple[str, float]:
    rule = next((r.rule for r in refs if r.rule), None)
    return (f"+{rule}" if rule else ""), min([r.confidence for r in refs] or [1.0])


def _pair_claims(
    doc: Doc,
    verb: Token,
    kind: str,
    rule: str,
    base: float,
    pairs: list[tuple[Ref, Ref]],
    roles: tuple[str, str],
    values: dict[str, object] | None = None,
) -> list[Claim]:
    """One claim per (agent, other) pair, never a self-link: the confidence and rule id say when a
    pronoun or role noun stood for either side; the evidence is the verb's sentence."""
    out = []
    for agent, other in pairs:
        if agent.key == other.key:
            continue
        suffix, conf = _coref([agent, other])
        out.append(
            Claim(
                kind,
                rule + suffix,
                round(base * conf, 2),
                {roles[0]: [agent.key], roles[1]: [other.key]},
                dict(values or {}),
                [sentence_span(doc, verb)],
            )
        )
    return out


@Language.factory("kg_others")
def make_others(nlp: Language, name: str) -> "OtherFinder":
    """Create the component that finds advice, appearances, denials and representation."""
    return OtherFinder()


class OtherFinder:
    """Append advice, appearance, denial and representation claims to ``Doc._.kg_claims``."""

    def __call__(self, doc: Doc) -> Doc:
        claims = doc._.kg_claims
        targets = self._allegation_targets(doc)
        toks, lemmas = tokens(doc), column(doc, "lemma_")
        verbs = (
            toks[i]
            for i, pos in enumerate(column(doc, "pos_"))
            if pos == "VERB" and lemmas[i].lower() in CUE_VERBS
        )
        for token in verbs:
            lemma = token.lemma_.lower()
            if token.pos_ != "VERB" or negated(token):
                continue
            if lemma in ADVISE_VERBS:
                claims.extend(self._pair(doc, token, "advice", "agent", "advisee", "advice.verb", 0.85))
            if lemma == "represent":
                claims.extend(
                    self._pair(doc, token, "representation", "agent", "represented", "represents.verb", 0.8)
                )
            if lemma == "act":
                claims.extend(self._acting_for(doc, token))
            if lemma in SPEAK_VERBS:
                claims.extend(self._appearance(doc, token))
            if lemma in DENY_VERBS:
                claims.extend(self._denial(doc, token, targets))
        return doc

    def _pair(
        self, doc: Doc, verb: Token, kind: str, first: str, second: str, rule: str, base: float
    ) -> list[Claim]:
        subj = subject(verb)
        # "The Brisbane consultancy Harrow Partners advised Y": the name in apposition to the noun
        agents = _named(subj) if subj is not None else []
        people = [] if any(r.key.startswith("person:") for r in agents) else _who_person(verb, subj)
        if people:
            agents, rule = people, f"{rule}.who"  # "an analyst at X in Paris who advised Y": the analyst
        objects = [r for c in verb.children if c.dep_ == "dobj" for r in refs_of(c) or _definite_org(c)]
        if subj is not None and subj.dep_ == "nsubjpass":  # "X has been advised by the law firm Y"
            objects = agents or (_governed(subj) if kind == "advice" else [])  # "The fund's trustees"
            if not objects and kind == "advice" and (objects := _definite_org(subj)):
                rule = f"{rule}.passive_noun"  # "The shipyard has been advised by Y": the one shipyard named
            # "X was advised on the merger by Y": the parser may hang "by" on the topic
            topics = [t for t in pobjs(verb, "on") if t.pos_ == "NOUN"]
            agents = [r for c in pobjs(verb, "by") for r in _named(c)]
            # "..., and by Z": the parser may make the second "by" a conjunct of the verb
            joined = [r for p in verb.children if p.dep_ == "conj" and p.lower_ == "by" for r in _by_named(p)]
            rule = f"{rule}.and_by" if joined else rule
            agents += joined
            if not agents and kind == "advice":  # "by the Prague office of the law firm Y": Y advised
                agents = [r for c in pobjs(verb, "by") if c.lower_ in BRANCH_NOUNS for r in _named_of(c)]
                rule = f"{rule}.office_of" if agents else rule
            if topics and (more := [r for c in pobjs(topics[0], "by") for r in _named(c)]):
                # "by Y, ..., and by Z": both advised
                rule = rule if joined else f"{rule}.and_by" if agents else f"{rule}.topic_by"
                agents = [*agents, *(r for r in more if r not in agents)]
        if not objects:
            objects = [
                r for c in verb.children if c.dep_ == "dobj" for o in pobjs(c, "of") for r in refs_of(o)
            ]
        if not objects and kind == "advice":  # "advised KhetPay's board": the organisation it governs
            objects = [r for c in verb.children if c.dep_ == "dobj" for r in _governed(c)]
            rule = "advice.body_of" if objects else rule
        pairs = [(agent, obj) for agent in agents for obj in objects]
        return _pair_claims(doc, verb, kind, rule, base, pairs, (first, second))

    def _acting_for(self, doc: Doc, verb: Token) -> list[Claim]:
        """ "X, acting for Y" / "who acts on behalf of Y": X represents Y (not "acted for years")."""
        subj = verb.head if verb.dep_ == "acl" else subject(verb)  # "X, acting for Y, ..."
        agents = [r for r in (refs_of(subj) if subj is not None else []) if r.key.startswith("person:")]
        clients = [r for o in pobjs(verb, "for") for r in refs_of(o)]
        behalf = [b for b in pobjs(verb, "on") if b.lower_ == "behalf"]
        clients += [r for b in behalf for o in pobjs(b, "of") for r in refs_of(o)]
        pairs = [(agent, client) for agent in agents for client in clients]
        return _pair_claims(
            doc, verb, "representation", "represents.acting_for", 0.8, pairs, ("agent", "represented")
        )

    def _appearance(self, doc: Doc, verb: Token) -> list[Claim]:
        subj = subject(verb)
        agents = [r for r in (refs_of(subj) if subj is not None else []) if r.key.startswith("person:")]
        if not agents:
            return []
        hosts: list[tuple[Ref, Token]] = []
        lemma = verb.lemma_.lower()
        if lemma in DELIVER_VERBS and not any(
            c.dep_ == "dobj" and c.lemma_.lower() in EVENT_NOUNS for c in verb.children
        ):
            return []
        for obj in verb.children:
            if obj.dep_ == "dobj" and lemma == "address":
                direct = ref(obj)
                if (
                    direct
                    and direct.key.startswith("org:")
                    and doc._.kg_entities[direct.key].type != "outlet"
                ):
                    hosts.append((direct, obj))
            if obj.dep_ == "dobj" and lemma in DELIVER_VERBS:
                hosts += [(h, obj) for h in self._event_host(obj)]
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("at", "in", "before", "to"):
                continue
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                direct = ref(obj)
                if (
                    prep.lower_ == "at"
                    and direct
                    and direct.key.startswith("org:")
                    and doc._.kg_entities[direct.key].type != "outlet"
                ):
                    hosts.append((direct, prep))
                elif obj.lemma_.lower() in EVENT_NOUNS:
                    hosts += [(h, prep) for h in self._event_host(obj)]
        start = years(clause_text(verb))[0]
        pairs = [(agent, host) for host, _ in hosts for agent in agents]
        values: dict[str, object] = {"start": start} if start else {}
        return _pair_claims(
            doc, verb, "appearance", "appearance.spoke_at", 0.8, pairs, ("agent", "host"), values
        )

    @staticmethod
    def _event_host(event: Token) -> list[Ref]:
        hosts = []
        for child in event.children:
            if child.dep_ in ("compound", "poss", "nmod", "amod"):
                found = ref(child)
                if found and found.key.startswith("org:"):
                    hosts.append(found)
            if child.dep_ in ("prep", "acl") and child.lower_ in (
                "at",
                "of",
                "by",
                "hosted",
                "organized",
                "organised",
            ):
                for obj in child.subtree:
                    found = ref(obj)
                    if obj.dep_ == "pobj" and found and found.key.startswith("org:"):
                        hosts.append(found)
                        break
        return hosts

    def _denial(self, doc: Doc, verb: Token, targets: list[tuple[int, Ref]]) -> list[Claim]:
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        agents: list[Ref] = []
        if not objects:
            objects = [c for c in verb.children if c.dep_ == "nsubjpass"]
            agents = [
                r
                for p in verb.children
                if p.dep_ == "agent"
                for c in p.children
                if c.dep_ == "pobj"
                for r in refs_of(c)
            ]
        else:
            subj = _denier(verb)
            agents = refs_of(subj) if subj is not None else []
        objects = [o for o in objects if o.lemma_.lower() in ALLEGATION_NOUNS]
        if not objects and not agents and verb.lemma_.lower() in CLAUSE_DENY_VERBS:
            objects = [c for c in verb.children if c.dep_ == "ccomp"]  # "denied that the bid was rejected"
            subj = _denier(verb)
            agents = refs_of(subj) if subj is not None and objects else []
        if verb.lemma_.lower() == "call" and not any(
            c.dep_ in ("oprd", "xcomp", "ccomp") and c.lemma_.lower() in FALSE_WORDS for c in verb.children
        ):
            objects = []  # "called the report false" denies it; "called the report accurate" does not
        if not objects or not agents:
            return []
        obj = objects[0]
        content = _content(verb, obj)
        about: list[Ref] = []
        givers: set[str] = set()
        for t in [t for c in [obj, *content] for t in c.subtree]:
            first = _first_of_list(t)  # "that A, B or C had ...": each name as the first
            if t.dep_ in ("poss", "compound") and t.head.dep_ in OWNED and t.head.pos_ == "NOUN":
                pass  # "claims that Daeil's systems were used", "had met Lion Gate executives": their owner
            elif t.i == obj.i or first.dep_ not in CLAIM_DEPS:
                continue
            if (
                first.dep_ == "pobj"
                and first.head.lower_ not in CLAIM_PREPS
                and not _addressee(first)
                and not _giver(first)
            ):
                continue  # "reports that X steered contracts to the firm": not about the firm
            # "executives of the rival lender Gramin Credit": the name in apposition to the noun;
            # never the outlet the claim appeared in ("a report on ABC News that ...")
            found = [r for r in _named(t) if not _outlet(doc, r)]
            if found and first.dep_ == "pobj" and first.head.lower_ == "from":
                givers.update(r.key for r in found)
            if found:
                about += found
            elif t.lower_ in CLIENT_NOUNS:  # "the allegations against his client"
                about += [Ref(k, "represents.client") for a in agents for k in clients_of(doc, a.key)]
        # "the ministry" for the denier's own body is no topic (rule speaker.own_body, quote_speakers)
        about = not_own_body(about, own_bodies(doc, {a.key for a in agents})) if about else about
        # a claim spelled out in its own clause names its own topic, or its speaker's client
        if not about and obj.lemma_.lower() in ("report", "story") and not content:
            about = _reported_target(doc, verb)
        if not about and obj.dep_ != "ccomp" and not content:
            about = _recent_target(doc, verb, targets)
        if not about:  # "X's lawyer dismissed the audit's findings": the findings are about the client
            about = [Ref(k, "represents.client") for a in agents for k in clients_of(doc, a.key)]
        if not about:
            return []
        pairs = [(agent, target) for agent in agents for target in about]
        denied: dict[str, object] = {
            "text": doc[obj.left_edge.i : obj.right_edge.i + 1].text,
            "cue": verb.lemma_.lower(),
        }
        claims = _pair_claims(doc, verb, "denial", "denial.verb", 0.8, pairs, ("agent", "about"), denied)
        for claim in claims:
            if givers.intersection(claim.args["about"]):
                claim.rule += "+denial.giver"
        return claims

    @staticmethod
    def _allegation_targets(doc: Doc) -> list[tuple[int, Ref]]:
        """Who the allegations in the text are about, in order: for "denied the allegations"."""
        found: list[tuple[int, Ref]] = []
        toks, lemmas = tokens(doc), column(doc, "lemma_")  # only cue words need a Token
        cued = (
            toks[i]
            for i, pos in enumerate(column(doc, "pos_"))
            if pos in ("VERB", "NOUN") and lemmas[i].lower() in ALLEGATION_CUES
        )
        for token in cued:
            lemma = token.lemma_.lower()
            if (token.pos_ == "VERB" and lemma in ALLEGE_CUES) or (
                token.pos_ == "NOUN" and lemma in ("allegation", "accusation")
            ):
                for child in token.children:
                    if child.dep_ == "prep" and child.lower_ not in TARGET_PREPS:
                        continue  # "accused X of ... in an interview with OUTLET"
                    if child.dep_ in ("ccomp", "acl", "relcl", "dobj", "prep"):
                        for sub in child.subtree:
                            r = ref(sub)
                            if (
                                r
                                and r.key.startswith(("person:", "org:"))
                                and doc._.kg_entities[r.key].type != "outlet"
                                and sub.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
                            ):
                                found.append((token.i, r))
                                break
        return found


def _denier(verb: Token) -> Token | None:
    """Who denies: "X said the tender was fair and denied that ...": the parser joins "denied", which has
    no subject of its own, to the reported clause ("was"); when that clause's subject names no one, it is
    X's next act (not "X said Y had resigned and denied ...", where Y may well deny)."""
    clause, own = verb.head, subject(verb)
    if (
        verb.dep_ == "conj"
        and not any(c.dep_ in SUBJECTS for c in verb.children)
        and clause.dep_ == "ccomp"
        and clause.head.lemma_.lower() in SPEAKER_VERBS
        and not (own is not None and refs_of(own))
    ):
        return subject(clause.head)
    return own


def _who_person(verb: Token, subj: Token | None) -> list[Ref]:
    """The person "who" stands for when the parser hung the clause on a place or employer after their
    description ("X, an analyst at Y in Paris who advised Z"): the noun that phrase hangs from."""
    if verb.dep_ != "relcl" or subj is None or subj.lower_ != "who":
        return []
    noun = verb.head
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        noun = noun.head.head
    if noun is verb.head:
        return []
    if noun.dep_ == "appos":
        noun = noun.head  # "Ines Moreau, a freight analyst at ...": the name the description is set by
    return [r for r in refs_of(noun) if r.key.startswith("person:")]


def _first_of_list(token: Token) -> Token:
    """The first name of a list ("A, B or C": the parser makes B an apposition of A and C a conjunct
    of B); a common-noun apposition describes, it lists no one."""
    node = token
    while node.dep_ in ("conj", "appos") and node.head.i != node.i and ref(node) is not None:
        node = node.head
    return node


def _giver(pobj: Token) -> bool:
    """ "denied that her client had taken money from X", "that Y had sought help from the ministry": the
    object of "from" on a verb of the denied claim is the other party to the act (rule denial.giver);
    not on the allegation's own noun ("claims from rivals"), not a place ("had flown in from Oslo")."""
    prep = pobj.head
    found = ref(pobj)
    return (
        prep.lower_ == "from"
        and prep.head.pos_ == "VERB"
        and found is not None
        and not found.key.startswith("place:")
    )


def _addressee(pobj: Token) -> bool:
    """ "that Tan had spoken to X", "had written to X": the object of "to" on a verb with no object of
    its own is the one addressed (not "steered contracts to X", a destination)."""
    prep = pobj.head
    verb = prep.head
    return (
        prep.lower_ == "to"
        and verb.pos_ == "VERB"
        and not any(c.dep_ in ("dobj", "dative") and c.lower_ not in RELATIVE for c in verb.children)
    )


def _governed(noun: Token) -> list[Ref]:
    """The organisation owning a governing body named by a common noun ("Acme's board", "the Acme
    board"); not a person's body nor any other noun ("Acme's pilots" are not Acme)."""
    body = noun.lemma_.lower() in BODY_NOUNS or noun.lower_ in BODY_NOUNS  # "trustees": lemma "trustee"
    if noun.pos_ != "NOUN" or not body or ref(noun) is not None:
        return []
    owners = [_owner(c) for c in noun.children if c.dep_ in ("poss", "compound")]
    return [r for r in owners if r is not None and r.key.startswith("org:")]


def _definite_org(noun: Token) -> list[Ref]:
    """ "advised the fund": the one organisation of the document whose name that noun heads."""
    key = named_owner(noun) if noun.pos_ == "NOUN" else None
    return [Ref(key, "owner.head", HEAD_CONFIDENCE)] if key else []


def _owner(word: Token) -> Ref | None:
    """What a body's possessor names: "Acme's", "the fund's" (the one fund named), or through a plural
    common noun "the federation's athletes'" (a commission of the federation's athletes is the federation's)."""
    found = ref(word) or next(iter(_definite_org(word)), None)
    if found is None and word.tag_ == "NNS":
        found = next((r for c in word.children if c.dep_ == "poss" and (r := ref(c)) is not None), None)
    return found


def _content(verb: Token, obj: Token) -> list[Token]:
    """The clause that says what a denied report or claim was ("a report that X had met Y"), also when
    the parser hangs it on the verb ("denied a report in the Post that ...")."""
    if obj.dep_ == "ccomp":
        return []
    marked = ("that", "whether")
    own = [c for c in obj.children if c.dep_ in ("acl", "ccomp", "relcl") and _marked(c, marked)]
    return own or [c for c in verb.children if c.dep_ == "ccomp" and _marked(c, marked)]


def _marked(clause: Token, marks: tuple[str, ...]) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children)


def _outlet(doc: Doc, found: Ref) -> bool:
    entity = doc._.kg_entities.get(found.key)
    return entity is not None and entity.type == "outlet"


def _named(noun: Token) -> list[Ref]:
    """Who a noun names, or the name in apposition to it ("the law firm Carrow Finch")."""
    return refs_of(noun) or [r for c in noun.children if c.dep_ == "appos" for r in refs_of(c)]


# A firm's local part that acts in its name ("the Prague office of the law firm X").
BRANCH_NOUNS = frozenset({"office", "offices", "branch", "arm", "team", "practice", "unit", "subsidiary"})


def _by_named(prep: Token) -> list[Ref]:
    """Who the objects of a "by" the parser left without its verb name."""
    return [r for o in prep.children if o.dep_ == "pobj" for r in _named(o)]


def _named_of(noun: Token) -> list[Ref]:
    """The organisations named after a branch noun's "of" ("the London office of Y", "... of the law firm
    Y"), not people."""
    return [r for o in pobjs(noun, "of") for r in _named(o) if r.key.startswith("org:")]


def clients_of(doc: Doc, agent: str) -> list[str]:
    """Keys of the people ``agent`` represents, as the text's titles say ("Dalsgaard's lawyer, X")."""
    return [
        key
        for c in doc._.kg_claims
        if c.kind == "representation" and agent in c.args.get("agent", [])
        for key in c.args.get("represented", [])
    ]


def _reported_target(doc: Doc, verb: Token) -> list[Ref]:
    """ "Executives cited by Lloyd's List said Aegean had diverted ships. Brenner denied the reports.":
    "the reports" are what an outlet reported in the same or the previous sentence; they are about
    what that statement is about (not the outlet)."""
    spans = sentences(doc)
    at = spans.index(sentence_of(doc, verb.i))
    lo, hi = doc[spans[max(at - 1, 0)][0]].idx, verb.idx
    reported = [
        c
        for c in doc._.kg_claims
        if c.kind == "quotation" and c.args.get("reportedBy") and c.evidence and lo <= c.evidence[0][0] < hi
    ]
    if not reported:
        return []
    last = max(reported, key=lambda c: c.evidence[0][0])
    return [Ref(k) for k in last.args.get("about", [])]


def _recent_target(doc: Doc, verb: Token, targets: list[tuple[int, Ref]]) -> list[Ref]:
    """Who the last allegation before ``verb`` was about: a person anywhere earlier in the text, an
    organisation only in the same or the previous sentence (organisations are named too often)."""
    spans = sentences(doc)
    at = spans.index(sentence_of(doc, verb.i))
    near = spans[max(at - 1, 0)][0]
    earlier = [r for i, r in targets if i < verb.i and (r.key.startswith("person:") or i >= near)]
    return earlier[-1:]
