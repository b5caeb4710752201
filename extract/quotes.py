"""Attribution: who said what, to which outlet, reported by which outlet, about whom."""

from bisect import bisect_left
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Token

from extract.doc_arrays import column, tokens
from extract.others import CLAUSE_DENY_VERBS, CLIENT_NOUNS, clients_of
from extract.outlets import OUTLET_NOUNS, publishes
from extract.place_cues import DASHES, dateline_place
from extract.quote_speakers import (
    PLACE_PREFIX,
    generic_business,
    named_subject,
    not_own_body,
    own_bodies,
    speaker_after_quote,
    speaker_at_end,
)
from extract.records import Claim, Ref
from extract.syntax import (
    SPEAKER_VERBS,
    SUBJECTS,
    doc_refs,
    in_quote,
    naming_complement,
    ref,
    refs_of,
    sentence_of,
    sentence_span,
    sentences,
    span_text,
    subject,
    text_of,
    trimmed,
)
from extract.unnamed import describe, spoken_for

# "deny" is not here: a denial is its own fact (others.py), not a statement about what it denies.
SPEECH = frozenset(
    (
        "say tell describe add note argue claim allege explain write warn insist state remark comment "
        "acknowledge admit suggest observe recall predict announce declare stress emphasize emphasise "
        "contend maintain assert reply respond testify tweet report accuse charge characterize "
        "characterise call quote concede complain caution confirm reveal estimate believe"
    ).split()
)
REPORTING = frozenset(
    ["report", "write", "say", "reveal", "publish", "describe", "quote", "cite", "allege", "note"]
)
SPEAK_TO = frozenset({"speak", "talk"})
INTERVIEW_NOUNS = frozenset(
    (
        "interview statement email e-mail conversation call remarks remark comments comment op-ed ed "
        "letter podcast appearance column article essay post briefing"
    ).split()
)
ABOUT_PREPS = frozenset({"with", "about", "of", "against", "for", "between", "from"})
# Prepositions of place, time and destination: what hangs below them is no topic of the statement.
ADJUNCT_PREPS = frozenset(
    "to at into toward towards near during since until before after outside inside through via".split()
)
# Verbs of a speaker's next act joined to a reported clause ("... and denied that ...").
SECOND_ACTS = SPEAKER_VERBS | CLAUSE_DENY_VERBS
# Subordinators of a clause of time ("after X's inspectors left"): its words are no topic either.
TIME_MARKS = frozenset({"after", "before", "until", "till", "while", "once"})
ABOUT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "attr", "poss", "appos", "pobj"})
PUBLISH_VERBS = frozenset(
    (
        "write say tell argue warn claim declare comment note speak add explain insist admit suggest state"
    ).split()
)
# Definite nouns that stand for an outlet named just before ("cited by the newspaper").
STANDING_NOUNS = OUTLET_NOUNS | {"network"}
# Participles by which an outlet got hold of a document ("a letter seen by Reuters").
SEEN_VERBS = frozenset({"see", "obtain", "review", "examine", "read"})
CUE_LEMMAS = SPEECH | SPEAK_TO | INTERVIEW_NOUNS | {"cite", "quote"}
CONFIDENCE = 0.9
UNNAMED_CONFIDENCE = 0.8
OWNED_OFFICE = "coref.owned_office"


@dataclass
class Event:
    """One attribution cue found in a sentence, before it becomes a claim."""

    verb: Token
    cue: str
    rule: str
    speakers: list[Ref]
    given: list[Ref] = field(default_factory=list)
    reported: list[Ref] = field(default_factory=list)
    about: list[Ref] = field(default_factory=list)
    quotes: list[tuple[int, int]] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    outlet_speaker: bool = False
    source: str | None = None  # how an unnamed source is described ("U.S. officials")


def _place_is_topic(token: Token) -> bool:
    """A place is what a statement is about only as its subject ("Europe must rearm")."""
    return token.dep_ in ("nsubj", "nsubjpass", "poss") and token.head.dep_ in (
        "ccomp",
        "acl",
        "nsubj",
        "nsubjpass",
    )


def _in_dateline(token: Token) -> bool:
    """ "OSLO, Norway — The agency said ...": the place a story was filed from, in capitals before the
    dash that opens the paragraph, is no topic even where the parser made it the clause's subject."""
    doc = token.doc
    start = sentence_of(doc, token.i)[0]
    first = doc[start]
    if not (first.is_upper and first.is_alpha and len(first) > 1) or token.i - start > 6:
        return False
    dash = next((t.i for t in doc[start : token.i + 5] if t.text in DASHES), None)
    return dash is not None and dash > token.i


def _according_to_outlet(doc: Doc, sent, token: Token, obj: Token, outlet: Ref) -> Event | None:
    """ "According to Kompas, which cited two officials, X paid": the unnamed source the outlet cited
    speaks, reported by it (as in "Kompas reported, citing ..."). A bare "according to Kompas, X met Y"
    makes no statement: the gold sets' convention is that the outlet reports no topic there."""
    cited = next(
        (
            o
            for c in obj.children
            if c.dep_ == "relcl" and c.lemma_.lower() in ("cite", "quote")
            for o in c.children
            if o.dep_ == "dobj"
        ),
        None,
    )
    source = describe(cited) if cited is not None and not refs_of(cited) else None
    if not source:
        return None
    event = Event(token, "according to", "quote.according_to_citing", [], [], [outlet], source=source)
    event.sentences.append(sentence_span(doc, token))
    event.about = _main_about(sent.root, token, outlet) if sent.root.pos_ in ("VERB", "AUX") else []
    return event


def is_outlet(doc: Doc, found: Ref | None) -> bool:
    """True when ``found`` refers to a news outlet."""
    if not found:
        return False
    entity = doc._.kg_entities.get(found.key)
    return entity is not None and entity.type == "outlet"


def outlets_after(doc: Doc, token: Token, preps: tuple[str, ...]) -> list[Ref]:
    """Return outlets that are objects of ``preps`` under ``token`` (also "in an interview with X"),
    or the outlet a definite noun stands for ("cited by the newspaper")."""
    found = []
    for prep in token.children:
        if prep.dep_ in ("prep", "dative", "agent") and prep.lower_ in preps:
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    found += (
                        [r for r in refs_of(obj) if is_outlet(doc, r)]
                        or _named_after(doc, obj)
                        or _outlet_noun(doc, obj)
                    )
    return found


def _named_after(doc: Doc, noun: Token) -> list[Ref]:
    """ "cited by the investigative site Vistazo": the outlet named right after an outlet noun is the
    noun's, wherever the parser hangs the name (here as an apposition of the clerks)."""
    if noun.lemma_.lower() not in STANDING_NOUNS | {"site"} or noun.i + 1 >= len(doc):
        return []
    found = ref(doc[noun.i + 1])
    return [found] if found is not None and is_outlet(doc, found) else []


def _outlet_noun(doc: Doc, noun: Token) -> list[Ref]:
    """ "Two clerks cited by the newspaper": a bare definite outlet noun stands for the outlet named
    last before it in its own or the previous sentence (none named there: no guess)."""
    if noun.lemma_.lower() not in STANDING_NOUNS or ref(noun) is not None:
        return []
    if [c.lower_ for c in noun.children if c.dep_ not in ("relcl", "acl")] != ["the"]:
        return []  # "a local newspaper", "the newspaper's editor"
    spans = sentences(doc)
    at = spans.index(sentence_of(doc, noun.i))
    refs = doc_refs(doc)
    for i in range(noun.i - 1, spans[max(at - 1, 0)][0] - 1, -1):
        found = refs.get(i)
        if found is not None and is_outlet(doc, found):
            return [Ref(found.key, "coref.outlet_noun", 0.9)]
    home = _home_outlet(doc) if noun.head.head.lemma_.lower() in INTERVIEW_NOUNS else None
    return [Ref(home, "coref.home_outlet", 0.85)] if home else []


def _home_outlet(doc: Doc) -> str | None:
    """ "In a statement to the station, he said": with no outlet named just before, "the station" (or
    "the paper") in a statement given to it is the article's own outlet, which local papers and stations
    name in their own copy ("told KARE 11", "in an interview with News4"): the one outlet the text names
    at least twice and more often than any other (rule coref.home_outlet)."""
    counts: dict[str, int] = {}
    for mention in doc._.kg_mentions:
        if is_outlet(doc, Ref(mention.key)):
            counts[mention.key] = counts.get(mention.key, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _cited_source(verb: Token) -> Token | None:
    """The object of "citing" on an outlet's report ("Reuters reported, citing X", also hung on the
    reported clause: "reported that ..., citing two officials", or on the outlet: "Reuters, citing X,
    reported")."""
    clauses = [verb, *(c for c in verb.children if c.dep_ in ("ccomp", "nsubj"))]
    for clause in clauses:
        for child in clause.children:
            if child.dep_ == "advcl" and child.lower_ == "citing":
                return next((o for o in child.children if o.dep_ == "dobj"), None)
    return None


def _seen_by(doc: Doc, verb: Token) -> list[Ref]:
    """ "In a letter to creditors seen by Reuters, Tan said": the outlet that saw the document the
    statement is in reported it (the document, not an outlet, is the venue: no "told")."""
    found: list[Ref] = []
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "on"):
            for token in prep.subtree:
                if token.dep_ == "acl" and token.tag_ == "VBN" and token.lemma_.lower() in SEEN_VERBS:
                    found += outlets_after(doc, token, ("by",))
    return found


def _place_subject(token: Token) -> bool:
    """Inside a quote a place is a topic only as a clause's subject ("Toledo is next in line"), not
    as a location ("hospitals in Chicago")."""
    head = token
    while head.dep_ in ("compound", "flat", "conj") and head.head.i != head.i:
        head = head.head
    return head.dep_ in ("nsubj", "nsubjpass")


def _describes_topic(token: Token) -> bool:
    """True inside an apposition that describes a named topic ("Peter Kiprono, the owner of Rift Valley
    Pipeworks"): the organisation there says who Kiprono is; the statement is not about it. A name the
    parser conjoined to the apposition's name is a second party ("met Acme's director, X, and Y")."""
    name = token
    while name.dep_ in ("compound", "flat") and name.head.i != name.i:
        name = name.head
    if name.dep_ == "conj" and name.head.dep_ == "appos" and name.pos_ == "PROPN":
        return False
    node = token
    while node.head.i != node.i:
        if node.dep_ == "appos" and node.i != token.i and ref(node.head) is not None:
            return True
        node = node.head
    return False


def _in_adjunct(token: Token) -> bool:
    """True inside a phrase of place, time or destination ("payments to a former member of the
    authority's board", "took the cash in the office of X"), passed on the way up to the clause's verb:
    it hides everything below it. "in"/"on" only as the verb's own adjunct ("lost confidence in X's
    judgment" is about X). A clause of time is such a phrase too ("worked on after X's inspectors
    left": when, not what, the statement tells)."""
    node = token.head
    while node.head.i != node.i and node.pos_ not in ("VERB", "AUX"):
        if node.dep_ == "prep" and node.i != token.head.i:
            low = node.lower_
            if low in ADJUNCT_PREPS or (low in ("in", "on") and node.head.pos_ in ("VERB", "AUX")):
                return True
        node = node.head
    return node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in node.children)


def _owner_of_name(token: Token) -> bool:
    """ "the Ethics and Integrity Directorate's Asset Tracing Unit": the owner of a named organisation
    only says whose unit it is; the unit is the topic ("Y's revenue", a common noun, keeps Y)."""
    owned = ref(token.head)
    return (
        token.dep_ == "poss"
        and owned is not None
        and owned.rule is None
        and owned.key.startswith("org:")
        and owned != ref(token)
    )


def _client_topics(doc: Doc, verb: Token, speakers: list[Ref]) -> list[Ref]:
    """ "Odhiambo told the Daily Nation that his client had never met Kiprono": in reported speech a
    lawyer's "his/her client" is the person the speaker represents (from the title "X's lawyer")."""
    found: list[Ref] = []
    lows = column(verb.doc, "lower_")
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        # the subtree lies within its edges: walk it only when a client noun is there
        if not any(low in CLIENT_NOUNS for low in lows[clause.left_edge.i : clause.right_edge.i + 1]):
            continue
        for token in clause.subtree:
            if token.lower_ in CLIENT_NOUNS and any(_client_owner(c) for c in token.children):
                found += [Ref(k, "represents.client") for s in speakers for k in clients_of(doc, s.key)]
    return found


def _client_owner(token: Token) -> bool:
    return token.dep_ == "poss" and token.lower_ in ("his", "her", "their")


def _modifies_participant(token: Token) -> bool:
    """ "LCH managers had ordered ...", "had met Acme executives": a name modifying a common-noun subject
    or object names whose people act (not a place: places are topics only as subjects)."""
    head = token.head
    return (
        token.dep_ == "compound"
        and head.pos_ == "NOUN"
        and head.dep_ in ("nsubj", "nsubjpass", "dobj")
        and ref(head) is None
    )


def owner_of_named(token: Token) -> bool:
    """ "Brackwater's frozen-meals unit, Northfield Kitchens,", "her coach, Ivo Marek,": the owner of a
    noun with a name in apposition only says whose the named thing is (a person named so only after a
    pronoun: "the Kremlin's spokesman, X" keeps the Kremlin)."""
    named = [ref(c) for c in token.head.children if c.dep_ == "appos"]
    kinds = ("org:", "person:") if token.pos_ == "PRON" else ("org:",)
    return token.dep_ == "poss" and any(r is not None and r.key.startswith(kinds) for r in named)


def _participle_agent(pobj: Token) -> bool:
    """ "six blocks put up by Acme were unsafe", "cargoes that were financed by Acme" (a passive relative
    clause): the agent of a participle or relative clause describing a noun of the clause
    did what the clause tells of (the agent of the clause's own passive is not its topic: "the case
    had been opened by X" is about the case)."""
    prep = pobj.head
    if prep.dep_ != "agent" or prep.lower_ != "by":
        return False
    # also a passive relative clause: "traced 14 cargoes that were financed by Banque X and Y Bank"
    clause = prep.head
    return clause.dep_ == "acl" or (
        clause.dep_ == "relcl" and any(c.dep_ == "auxpass" for c in clause.children)
    )


def _verb_object(pobj: Token) -> bool:
    """ "had gone to Acme", "sold six ships to Acme": the object of "to" hanging on the clause's verb is
    a party to what it reports (not "payments to X"; a place only as a subject, as everywhere)."""
    prep = pobj.head
    return prep.lower_ == "to" and prep.head.pos_ in ("VERB", "AUX")


def clause_about(tokens) -> list[Ref]:
    """Who a reported clause is about: its subjects, objects, possessors and the objects of "about",
    "against", "from" ...; a conjunct counts as its first conjunct does ("against X and Y"). Not the
    owner of a named organisation, words describing a named topic, nor "his" of "his client"."""
    about = []
    for token in tokens:
        if in_quote(token):  # a set lookup, before ``ref`` reads the parse: many words are quoted
            continue
        found = ref(token)
        if not found:
            continue
        if _owner_of_name(token) or owner_of_named(token) or _describes_topic(token) or _in_adjunct(token):
            continue
        if generic_business(token, found):
            continue
        if _client_owner(token) and token.head.lower_ in CLIENT_NOUNS:
            continue
        first = token
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        if first.dep_ not in ABOUT_DEPS and not _modifies_participant(first):
            continue
        party = _verb_object(first) or _participle_agent(first)
        if first.dep_ == "pobj" and first.head.lower_ not in ABOUT_PREPS and not party:
            continue
        if found.key.startswith(PLACE_PREFIX) and (not _place_is_topic(first) or _in_dateline(token)):
            continue
        about.append(found)
    return about


def _second_act(clause: Token) -> set[int]:
    """ "said her client had acted lawfully and denied that he took money from X": a speaking or denying
    verb the parser joined to the reported clause, with no subject of its own, is the speaker's next act
    (a denial is no statement); its words are no topic of this one (token indices)."""
    acts = [
        c
        for c in clause.children
        if c.dep_ == "conj"
        and c.lemma_.lower() in SECOND_ACTS
        and not any(g.dep_ in SUBJECTS for g in c.children)
    ]
    return {t.i for act in acts for t in act.subtree}


def _nested_attribution(clause: Token) -> set[int]:
    """ "GM said it would cut jobs, chief executive Mary Barra told Reuters", "X said the audit was overdue,
    and Y told KXAS ...": a speaking verb inside the reported clause with a named subject of its own, placed
    after the words it reports or joined by "and", is another attribution the parser hung under this one;
    its speaker and hearer get their own quotation and are no topics of this one (token indices)."""
    skip: set[int] = set()
    doc = clause.doc
    lemmas, tags, toks = column(doc, "lemma_"), column(doc, "pos_"), tokens(doc)
    for i in range(clause.left_edge.i, clause.right_edge.i + 1):  # the subtree's span, no Token per word
        if tags[i] != "VERB" or lemmas[i].lower() not in SPEECH:
            continue
        verb = toks[i]
        speaker = subject(verb)
        if speaker is None or not refs_of(speaker):
            continue
        edge = speaker.left_edge.i
        tagged = any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)
        # "and" before its subject, not one it joins after itself ("had written to X and had received")
        joined = any(c.dep_ == "cc" and c.i < edge for c in verb.children) or (
            edge > 0 and toks[edge - 1].lower_ == "and"
        )
        if not (tagged or joined):
            continue  # "Smith said Jones told investigators he had paid": Jones is what Smith speaks about
        heard = [
            c
            for c in verb.children
            if c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ == "to")
        ]
        skip |= {t.i for part in (speaker, *heard) for t in part.subtree}
    return skip


def _main_about(root: Token, skip: Token, speaker: Ref) -> list[Ref]:
    """ "X will pay 38 times Y's revenue, according to Z": Z speaks about the main clause's subject and
    objects (not about what the "according to" phrase itself names)."""
    if root.pos_ not in ("VERB", "AUX"):
        return []
    left_out = {t.i for t in skip.subtree}
    main = subject(root)
    about: list[Ref] = []
    if main is not None:  # the subject itself (or the name in apposition to it)
        named = [c for c in main.children if c.dep_ == "appos" and refs_of(c)]
        about = refs_of(main) or [r for c in named for r in refs_of(c)]
        if named:
            # "ADSH's managing director, Sheikh X, met Y, according to Z": the words of the title only
            # describe X (not "ADSH", nor "Health" of "The Cabinet Secretary for Health, X")
            keep = {t.i for c in named for t in c.subtree}
            left_out |= {t.i for t in main.subtree if t.i not in keep}
    # the rest of the main clause read as a reported clause is: "Auditors from X found that Y had ..."
    rest = [t for t in root.subtree if t.i not in left_out]
    return [r for r in about + clause_about(rest) if r.key != speaker.key]


def _outermost(events: list[Event]) -> list[Event]:
    """ "X said the agency's unit had warned the ministry that ...": a speech verb inside another speaker's
    reported clause is what X reports, no statement of its own (its names are X's topics); one given
    to an outlet ("X said Y had told Reuters") stays."""
    if len(events) < 2:
        return events
    inner = {t.i for e in events for c in e.verb.children if c.dep_ == "ccomp" for t in c.subtree}
    return [e for e in events if e.verb.i not in inner or e.given]


def _not_sources_body(subj: Token, about: list[Ref]) -> list[Ref]:
    """ "Two COA auditors told the Inquirer that X had asked the commission to delay its audit": the body
    an unnamed source is described by is no topic where only coreference names it ("the commission");
    rule source.own_body. A name in the clause stays."""
    own = {r.key for t in subj.subtree if (r := ref(t)) is not None and r.key.startswith("org:")}
    return [r for r in about if not (r.rule and r.key in own)]


def _own_body_word(token: Token) -> bool:
    """ "our office", "my department" in a quotation: the speaker's own body, which coreference can only
    guess at (rule coref.org_noun); no topic of the statement."""
    return any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in token.children)


def _narrated(doc: Doc, event: Event, start: int, end: int, speakers: set[str]) -> bool:
    """True for words quoted inside the speaker's own reported clause ('as saying that she had "followed
    the advice of her accountants"'): their pronouns are the narrator's, so the guess that a pronoun in
    a quotation is the article's main person does not hold there ("called X 'a man who ...'" does)."""
    first = next((t for t in doc[start:end] if not (t.is_quote or t.is_space)), None)
    node = first
    while node is not None and node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    if node is None or node.i == event.verb.i or node.pos_ not in ("VERB", "AUX"):
        return False
    subj = subject(node)
    if subj is None or start <= subj.i < end:
        return False
    return any(r.key in speakers for r in refs_of(subj))


def _cue_words(doc: Doc) -> list[int]:
    """The indices of the words that may cue an attribution (a cue lemma, "according"), read once per Doc
    rather than once per sentence."""
    lows, lemmas = column(doc, "lower_"), column(doc, "lemma_")
    return [i for i, lemma in enumerate(lemmas) if lemma.lower() in CUE_LEMMAS or lows[i] == "according"]


@Language.factory("kg_quotes")
def make_quotes(nlp: Language, name: str) -> "QuoteFinder":
    """Create the component that finds attributed statements."""
    return QuoteFinder()


class QuoteFinder:
    """Append quotation claims: speaker, outlet given to / reported by, about, words, cue."""

    def __call__(self, doc: Doc) -> Doc:
        events: list[Event] = []
        cues = _cue_words(doc)
        for start, end in sentences(doc):
            cued = cues[bisect_left(cues, start) : bisect_left(cues, end)]
            if cued:  # a sentence without a cue word attributes nothing: build no Span for it
                events.extend(self._sentence(doc, doc[start:end], cued))
        self._assign_quotes(doc, events)
        for event in events:
            doc._.kg_claims.extend(self._claims(doc, event))
        return doc

    def _sentence(self, doc: Doc, sent, cued: list[int]) -> list[Event]:
        found: list[Event] = []
        reported: list[Ref] = []
        given: list[Ref] = []
        venues: list[Token] = []  # "interview" in "In an interview with X, ..."
        toks = tokens(doc)
        for token in (toks[i] for i in cued):  # build Tokens only for the words the test below lets through
            low, lemma = token.lower_, token.lemma_.lower()
            if (lemma not in CUE_LEMMAS and low != "according") or in_quote(token):
                continue  # most words cue nothing: skip them before any parse lookups
            if low == "according":
                for obj in (
                    c for p in token.children if p.lower_ == "to" for c in p.children if c.dep_ == "pobj"
                ):
                    unnamed = describe(obj)
                    if unnamed:  # "according to people familiar with the talks"
                        event = Event(token, "according to", "quote.according_to", [], source=unnamed)
                        event.sentences.append(sentence_span(doc, token))
                        main = subject(sent.root) if sent.root.pos_ in ("VERB", "AUX") else None
                        event.about = refs_of(main) if main is not None else []
                        found.append(event)
                    for r in refs_of(obj):
                        if is_outlet(doc, r):
                            reported.append(r)
                            if citing := _according_to_outlet(doc, sent, token, obj, r):
                                found.append(citing)
                        else:
                            # "according to the ministry / the union": a body speaks as a person does
                            person = r.key.startswith("person:")
                            rule = "quote.according_to" if person else "quote.according_to_org"
                            event = Event(token, "according to", rule, [r])
                            event.sentences.append(sentence_span(doc, token))
                            event.about = _main_about(sent.root, token, r)
                            found.append(event)
                continue
            if lemma in ("cite", "quote") and token.tag_ == "VBN":
                reported += outlets_after(doc, token, ("by",))
            if lemma in INTERVIEW_NOUNS and token.pos_ == "NOUN":
                interviewers = outlets_after(doc, token, ("with", "to", "for"))
                given += interviewers
                if interviewers:
                    venues.append(token)
            if token.pos_ != "VERB" or (lemma not in SPEECH and lemma not in SPEAK_TO):
                continue
            spoken = self._event(doc, token, lemma)
            if spoken:
                found.append(spoken)
        people = _outermost([e for e in found if not e.outlet_speaker])
        outlets = [e for e in found if e.outlet_speaker]
        if given and not people:
            people = self._interview_events(doc, venues)
        if people:
            for event in outlets:
                reported += event.speakers
            for event in people:
                event.reported += [r for r in reported if r.key not in {x.key for x in event.reported}]
                if given and not event.given:
                    event.given = list(given)
                    event.rule = "quote.interview" if event.rule == "quote.said" else event.rule
            return self._merge(people)
        for event in outlets:
            event.given += given
        return outlets

    def _interview_events(self, doc: Doc, venues: list[Token]) -> list[Event]:
        """ "In an interview with X, Choque dismissed the allegations": whatever the clause the
        interview frames says, its subject said it to the outlet, with or without a speech verb."""
        events = []
        for noun in venues:
            prep = noun.head
            verb = prep.head
            if noun.dep_ != "pobj" or prep.lower_ not in ("in", "during") or verb.pos_ != "VERB":
                continue
            subj = subject(verb)
            speakers = [r for r in refs_of(subj) if not is_outlet(doc, r)] if subj is not None else []
            if not speakers:
                continue
            event = Event(verb, verb.lemma_.lower(), "quote.interview", speakers)
            event.about = self._about_syntax(doc, verb, verb.lemma_.lower())
            event.sentences.append(sentence_span(doc, verb))
            events.append(event)
        return events

    @staticmethod
    def _merge(events: list[Event]) -> list[Event]:
        merged: list[Event] = []
        for event in events:
            same = next(
                (
                    m
                    for m in merged
                    if {r.key for r in m.speakers} == {r.key for r in event.speakers}
                    and m.source == event.source
                ),
                None,
            )
            if same is None:
                merged.append(event)
                continue
            for attr in ("given", "reported", "about"):
                values = getattr(same, attr)
                values += [r for r in getattr(event, attr) if r.key not in {x.key for x in values}]
            if same.rule == "quote.said" and event.rule != "quote.said":
                same.rule, same.cue = event.rule, event.cue
        return merged

    def _event(self, doc: Doc, verb: Token, lemma: str) -> Event | None:
        subj = subject(verb)
        if subj is not None:
            subj = named_subject(subj.head, subj)
        head = verb.head
        if (
            verb.dep_ == "conj"
            and subj is not None
            and subj.head.i == head.i
            and head.lemma_.lower() in REPORTING
        ):
            inner = next((c for c in head.children if c.dep_ == "ccomp"), None)
            inner_subj = subject(inner) if inner is not None else None
            if inner_subj is not None and is_outlet(doc, ref(subj)):
                subj = inner_subj
        if subj is not None and dateline_place(doc[subj.left_edge.i : subj.i + 1]):
            return None  # "RED DEER, Alberta — Two bands quit, saying": the parse took the dateline
        speakers: list[Ref] = refs_of(subj) if subj is not None else speaker_after_quote(verb)
        after_quote = subj is None and bool(speakers)
        at_end: set[int] = set()
        if subj is None and not speakers and lemma == "say":
            speakers, at_end = speaker_at_end(verb)  # "..., the lender's spokesman, Tomas Ekberg, said."
        source = describe(subj) if subj is not None and not speakers else None
        spoken = spoken_for(subj) if source and subj is not None else None
        if spoken is not None:  # "A spokesperson for the Wessex Water Board said": the board speaks
            speakers, source = [spoken], None
        reported: list[Ref] = []
        if lemma in ("quote", "cite") and verb.tag_ == "VBN":
            return None
        if lemma == "report" and any(c.dep_ == "dobj" for c in verb.children) and not publishes(verb):
            return None  # "Acme, which reported a profit of $2m": an account of business, no statement
        if lemma == "tell" and subj is not None and subj.dep_ == "nsubjpass" and subj.head.i == verb.i:
            return None  # "Acme had been told the budget": Acme heard it, nobody is said to speak
        if lemma == "quote":
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            reported = [r for r in speakers if is_outlet(doc, r)]
            speakers = refs_of(objects[0]) if objects else []
        if subj is not None and subj.dep_ == "nsubjpass":
            reported += outlets_after(doc, verb, ("by",))
        reported += _seen_by(doc, verb)
        given: list[Ref] = []
        if subj is not None:  # "Four clerks, speaking to the Herald on condition of anonymity, said"
            for acl in (c for c in subj.children if c.dep_ == "acl" and c.lemma_.lower() in SPEAK_TO):
                given += outlets_after(doc, acl, ("to", "with"))
        rule = f"quote.{lemma}"
        if lemma == "tell":
            for child in verb.children:
                if child.dep_ in ("dobj", "dative", "iobj"):
                    given += [r for r in refs_of(child) if is_outlet(doc, r)]
            rule = "quote.told"
        given += outlets_after(doc, verb, ("to",))
        if lemma in ("describe", "characterize", "characterise", "call"):
            for obj in (c for c in verb.children if c.dep_ == "dobj"):
                given += outlets_after(doc, obj, ("to",))
        interview = False
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "on"):
                for obj in prep.children:
                    if obj.lemma_.lower() in INTERVIEW_NOUNS:
                        found = outlets_after(doc, obj, ("with", "to", "for"))
                        interview = interview or (bool(found) and obj.lemma_.lower() == "interview")
                        given += found
                    elif obj.dep_ == "pobj" and lemma in PUBLISH_VERBS:
                        given += [r for r in refs_of(obj) if is_outlet(doc, r)]
        if subj is not None and not speakers and not source and given:
            source = describe(subj, told_outlet=True)  # "Two engineers told the Daily Mail that ..."
        if lemma in SPEAK_TO and not given:
            return None
        if lemma == "call" and not any(naming_complement(c) and c.dep_ != "attr" for c in verb.children):
            return None
        if lemma == "describe" and given:
            rule = "quote.described_to"
        elif lemma in SPEAK_TO:
            rule = "quote.spoke_to"
        elif lemma not in ("tell", "describe"):
            rule = "quote.said" if not given else ("quote.interview" if interview else "quote.said_to")
        if lemma == "quote" and source:
            source = None  # "officials quoted X": the quoted one speaks
        if (
            not speakers
            and not source
            and not reported
            and lemma not in ("allege", "claim", "say", "report", "accuse")
        ):
            return None
        outlet_speaker = bool(speakers) and all(is_outlet(doc, r) for r in speakers) and lemma in REPORTING
        if outlet_speaker:
            rule = "quote.outlet"
            cited = _cited_source(verb)
            named = [r for r in refs_of(cited) if not is_outlet(doc, r)] if cited is not None else []
            # "Reuters, citing two engineers, reported": counted people an outlet cites name no one
            unnamed = describe(cited, told_outlet=True) if cited is not None and not named else None
            if named or unnamed:  # "..., Reuters reported, citing X": X spoke, the outlet reported it
                reported, outlet_speaker, rule = reported + speakers, False, "quote.citing"
                speakers, source = named, unnamed
        if spoken is not None:
            rule += "+speaker.spoken_for"
        if at_end:
            rule += "+speaker.at_end"
        if after_quote:
            rule += "+speaker.after_quote"
        elif subj is not None and subj.dep_ == "appos" and subj.head.dep_ in SUBJECTS and speakers:
            rule += "+speaker.title_apposition"  # "Its MD and CEO, Priya Raman-Sood, told" (quote_speakers)
        elif subj is not None and subj.dep_ not in SUBJECTS and speakers:
            rule += "+speaker.set_off"  # "A spokesperson for Acme, Jo Park, said" (quote_speakers)
        event = Event(
            verb, lemma, rule, speakers, given, reported, outlet_speaker=outlet_speaker, source=source
        )
        event.about = self._about_syntax(doc, verb, lemma) + _client_topics(doc, verb, speakers)
        if at_end:  # the speaker's own phrase ("the lender's spokesman") names no topic
            clauses = [c for c in verb.children if c.dep_ == "ccomp"]
            event.about = clause_about(t for c in clauses for t in c.subtree if t.i not in at_end)
        if source and not speakers and subj is not None:
            event.about = _not_sources_body(subj, event.about)
        event.sentences.append(sentence_span(doc, verb))
        return event

    @staticmethod
    def _about_syntax(doc: Doc, verb: Token, lemma: str) -> list[Ref]:
        about: list[Ref] = []
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "on"):
                for obj in prep.children:
                    clauses += [
                        c
                        for c in obj.children
                        if c.dep_ in ("acl", "ccomp") and obj.lemma_.lower() in INTERVIEW_NOUNS
                    ]
        for clause in clauses:
            skip = _second_act(clause) | _nested_attribution(clause)
            about += clause_about(t for t in clause.subtree if t.i not in skip)
        for child in verb.children:
            if child.dep_ == "dobj" and lemma in (
                "describe",
                "call",
                "characterize",
                "characterise",
                "accuse",
                "quote",
                "charge",
            ):
                about += refs_of(child)
            on_topic = child.lower_ in ("about", "of", "regarding") or (
                child.lower_ == "on" and lemma in ("comment", "remark")
            )
            if child.dep_ == "prep" and on_topic:
                about += [r for obj in child.children if obj.dep_ == "pobj" for r in refs_of(obj)]
        return about

    def _assign_quotes(self, doc: Doc, events: list[Event]) -> None:
        """Give each quotation to the attribution in its sentence, or continue the previous one."""
        last: Event | None = None
        ordered = sorted(events, key=lambda e: e.verb.i)
        for start, end in doc._.kg_quotes:
            if end <= start:
                continue
            sent_start = sentence_of(doc, start)[0]
            sent_end = sentence_of(doc, end - 1)[1]
            near = [e for e in ordered if sent_start <= e.verb.i < sent_end and not (start <= e.verb.i < end)]
            near = [e for e in near if not e.outlet_speaker] or near
            if near:
                event = min(near, key=lambda e: min(abs(e.verb.i - start), abs(e.verb.i - end)))
            elif last is not None and self._same_paragraph(doc, last.verb.i, start):
                event = last
                first, final_sent = sentence_of(doc, start), sentence_of(doc, end - 1)
                final = doc[final_sent[1] - 1]
                event.sentences.append(trimmed(text_of(doc), doc[first[0]].idx, final.idx + len(final.text)))
            else:
                continue
            event.quotes.append((start, end))
            last = event

    @staticmethod
    def _same_paragraph(doc: Doc, a: int, b: int) -> bool:
        texts, space = column(doc, "text"), column(doc, "is_space")  # no Token per word between the two
        return not any(space[i] and texts[i].count("\n") >= 2 for i in range(a, b))

    def _claims(self, doc: Doc, event: Event) -> list[Claim]:
        """One claim per named speaker (a statement has exactly one creator), or one for an unnamed
        source described in words; none when the text gives neither."""
        if not event.speakers and event.source:
            claim = self._claim(doc, event)
            return [claim] if claim else []
        out = []
        for speaker in event.speakers:
            single = Event(
                event.verb,
                event.cue,
                event.rule,
                [speaker],
                event.given,
                event.reported,
                event.about,
                event.quotes,
                event.sentences,
                event.outlet_speaker,
            )
            claim = self._claim(doc, single)
            if claim:
                out.append(claim)
        return out

    def _claim(self, doc: Doc, event: Event) -> Claim | None:
        speakers = {r.key for r in event.speakers}
        outlets = {r.key for r in event.given + event.reported}
        about = list(event.about)
        resolved, lows, toks = doc_refs(doc), column(doc, "lower_"), tokens(doc)
        for start, end in event.quotes:
            partial: bool | None = None  # _narrated, asked only when a quoted pronoun needs it
            # only a word that refers to someone, or a client noun, adds to ``about``: skip the others
            cued = (i for i in range(start, min(end, len(doc))) if i in resolved or lows[i] in CLIENT_NOUNS)
            for token in (toks[i] for i in cued):
                if token.lower_ in CLIENT_NOUNS and any(c.lower_ in ("my", "our") for c in token.children):
                    # "My client signed nothing": the lawyer speaks about the person represented
                    about += [Ref(k, "represents.client") for s in speakers for k in clients_of(doc, s)]
                found = resolved.get(token.i)
                if found and found.rule == "coref.org_noun" and _own_body_word(token):
                    found = None  # "never left our office": the speaker's own body, whichever it is
                if found and found.rule == "coref.quote_pronoun":
                    if partial is None:
                        partial = _narrated(doc, event, start, end, speakers)
                    if partial:
                        found = None  # words quoted inside reported speech keep the narrator's pronouns
                if found and found.rule == "coref.quote_pronoun" and found.key in speakers:
                    other = next((k for k in doc._.kg_people if k not in speakers), None)
                    found = Ref(other, found.rule, found.confidence * 0.9) if other else None
                if (
                    found
                    and (not found.key.startswith(PLACE_PREFIX) or _place_subject(token))
                    and not (found.rule and found.key in speakers)
                    and not _in_adjunct(token)  # quoted "on the advice of X": a phrase of manner
                ):
                    about.append(found)
        # "the sheriff's office" (coref.owned_office) speaks for its body, but is no topic: in a sheriff's
        # or mayor's statement it is the speaker's own office
        about = [
            r for r in about if r.key not in speakers and r.key not in outlets and r.rule != OWNED_OFFICE
        ]
        kept = not_own_body(about, own_bodies(doc, speakers)) if about else about
        own_body, about = len(kept) < len(about), kept
        keys = list(dict.fromkeys(r.key for r in about))
        text = " … ".join(span_text(doc[a:b]).strip().rstrip(",").strip() for a, b in event.quotes)
        refs = event.speakers + about + event.given + event.reported
        coref = next((r.rule for r in refs if r.rule), None)
        confidence = CONFIDENCE * min([r.confidence for r in event.speakers] or [1.0])
        if event.source:
            confidence = UNNAMED_CONFIDENCE
        if about and coref:
            confidence = min(confidence, CONFIDENCE * min(r.confidence for r in about))
        args = {
            "creator": sorted(speakers),
            "about": keys,
            "givenTo": sorted({r.key for r in event.given}),
            "reportedBy": sorted({r.key for r in event.reported} - {r.key for r in event.given}),
        }
        if not args["creator"] and not event.source:
            return None
        if not (args["about"] or args["givenTo"] or args["reportedBy"] or text):
            return None
        values: dict[str, object] = {"cue": event.cue, "direct": bool(event.quotes)}
        if event.source and not args["creator"]:
            values["sourceDescription"] = event.source
        if text:
            values["text"] = text
        evidence = list(dict.fromkeys(event.sentences))
        unnamed = "+source.unnamed" if event.source and not args["creator"] else ""
        return Claim(
            "quotation",
            event.rule + unnamed + (f"+{coref}" if coref else "") + ("+speaker.own_body" if own_body else ""),
            round(confidence, 2),
            {k: v for k, v in args.items() if v},
            values,
            evidence,
        )
