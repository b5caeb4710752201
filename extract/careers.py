"""Positions from career sentences: "served as ambassador from 2015 to 2020", "joined X as director",
"ran Y", "spent nine years at Z, leaving in 2015"."""

from dataclasses import replace

from spacy.tokens import Doc, Token

from extract.career_clauses import (
    apposed_people,
    passive_led,
    reduced_apposition,
    relative_object,
    relative_role,
)
from extract.career_phrases import (
    based_names,
    dates_of,
    glued,
    glued_on,
    head_org,
    head_ref,
    it_object,
    joined_org,
    named_org,
    named_phrase,
    names_org,
    object_phrase,
    of_org,
    spent_at,
)
from extract.career_verbs import (
    CAREER_APPOINT,
    CAREER_AT,
    CAREER_BE,
    CAREER_BECOME,
    CAREER_ENDED,
    CAREER_FOR,
    CAREER_IN,
    CAREER_JOIN,
    CAREER_LEAD,
    CAREER_RULE,
    CAREER_SPEND,
    CAREER_SUCCEED,
    CAREER_TRADE,
    CAREER_VERBS,
    FOUNDING,
    HELD_VERBS,
    LED_UNITS,
    MANAGED,
    PHRASAL,
    SEATS,
)
from extract.dates import years
from extract.generic_posts import held_instead
from extract.modality import status
from extract.org_words import CHAMBER_WORDS
from extract.owners import owner_ref
from extract.position_claims import CAREER_CONFIDENCE, position
from extract.records import Claim
from extract.syntax import in_quote, pobjs, refs_of, subject, verb_lemma
from extract.title_spans import BOARDS
from extract.titles import ROLE_NOUNS
from extract.titles_parse import Title, read_title

# Verbs of a seat on a body ("sat / served on X's board") and of work in a place ("worked in X"),
# joined once: ``career`` asks for each preposition of each career verb.
SEATED = SEATS | {"serve"}
WORKED_IN = CAREER_IN - SEATS


def at_orgs(doc: Doc, verb: Token) -> list[str]:
    """The organisations a career verb's "at" / "for" phrases (or a "where" clause) name."""
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


def career(doc: Doc, verb: Token, parts: set[int], leaders: dict[str, set[tuple[str, str]]]) -> list[Claim]:
    """The positions one career verb states (``leaders``: who leads what by a title already read)."""
    co = verb.lower_.startswith("co-")
    lemma = verb_lemma(verb)
    if lemma not in CAREER_VERBS:
        return []
    if in_quote(verb) or status(verb) is not None:  # ``status`` reads a negated verb first ("never joined")
        return []  # "will join", "is expected to be named", "could become": no post yet
    if lemma in PHRASAL and not any(
        c.dep_ in ("prt", "advmod") and c.lower_ in PHRASAL[lemma] for c in verb.children
    ):
        return []  # "stepped down as chairman", not "stepped in as a replacement"
    subj = subject(verb)
    employer = None
    reduced = reduced_apposition(verb) if lemma in CAREER_APPOINT else None
    if lemma in CAREER_APPOINT:
        objects = [c for c in verb.children if c.dep_ == "dobj" and reduced is None]
        if objects and subj is not None:
            employer = next((r.key for r in refs_of(subj) if r.key.startswith("org:")), None)
        hirer = next(pobjs(verb, "by"), None) if not objects else None  # "was hired by X as Y"
        if hirer is not None:
            employer = next((r.key for r in refs_of(hirer) if r.key.startswith("org:")), None)
        subj = objects[0] if objects else (reduced or subj)
    led = passive_led(verb) if lemma in CAREER_LEAD else None
    if led is not None:  # "Quillfeather was founded in 2017 by Noa Ben-Ami"
        subj = led[1]
    run = relative_object(verb) if lemma in CAREER_LEAD and led is None else None
    if subj is None:
        return []
    # the article's main person is a last-resort guess for a pronoun: too weak to give a post
    members = [r for r in refs_of(subj) if r.key.startswith("person:") and r.rule != "coref.main_person"]
    listed = not members and subj.tag_ == "NNS"  # "appointed two partners of X, A and B, as managers"
    if listed:
        members = apposed_people(doc, subj)
    if not members:
        return []
    phrases: list[tuple[list[Token], str]] = []
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue  # every phrase below hangs on a preposition
        low = prep.lower_
        if low == "as" and lemma != "be":
            phrases += [(object_phrase(p), "as_post") for p in prep.children if p.dep_ == "pobj"]
        if low in ("at", "for") and lemma in CAREER_AT:
            phrases += [(named_phrase(p), "at") for p in prep.children if p.dep_ == "pobj"]
        if low in ("at", "for") and lemma in CAREER_TRADE:
            phrases += [  # "coached at the federation's academy": the named federation
                (named_phrase(p), "at") for p in prep.children if p.dep_ == "pobj" and names_org(p)
            ]
        if low == "for" and lemma in CAREER_FOR:
            phrases += [(named_phrase(p), "at") for p in prep.children if p.dep_ == "pobj" and named_org(p)]
        on_work = low == "on" and lemma not in SEATED  # "worked on X's account"
        if (low == "in" or on_work) and lemma in WORKED_IN:
            phrases += [(named_phrase(p), "at") for p in prep.children if p.dep_ == "pobj"]
        if low == "on" and lemma in SEATED:
            # "sat / served on X's board": a seat is membership, whatever the person's trade
            phrases += [(named_phrase(p), "seat") for p in prep.children if p.dep_ == "pobj"]
        if low == "in" and lemma in SEATS:
            # "sits in the Scottish Parliament": a seat in a legislature (not "sat in the Kremlin")
            phrases += [
                (named_phrase(p), "seat")
                for p in prep.children
                if p.dep_ == "pobj" and p.lower_ in CHAMBER_WORDS
            ]
        if low == "on" and lemma in CAREER_BE:
            # "has been on X's board since 2015": a seat, only on a board (not "was on the phone")
            phrases += [
                (named_phrase(p), "seat") for p in prep.children if p.dep_ == "pobj" and p.lower_ in BOARDS
            ]
        if low == "in" and lemma in CAREER_BE:
            charge = [c for c in prep.children if c.dep_ == "pobj" and c.lower_ == "charge"]
            if charge:  # "has been in charge at X", "is in charge of X"
                for holder in (verb, *charge):
                    phrases += [(named_phrase(o), "at") for o in pobjs(holder, "at", "of")]
    if lemma in CAREER_SPEND:
        phrases += [(named_phrase(p), "at") for p in spent_at(verb)]
    if lemma in CAREER_BE and verb.dep_ in ("ROOT", "conj", "relcl"):
        phrases += [
            (sorted(glued(c) + object_phrase(c), key=lambda t: t.i), "as")
            for c in verb.children
            if ((c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN")) or _adjective_post(c)) and not glued_on(c)
        ]
    if lemma in CAREER_BECOME | CAREER_APPOINT:
        kinds = ("attr", "oprd", "xcomp", "dobj") if reduced is not None else ("attr", "oprd", "xcomp")
        phrases += [
            (sorted(glued(c) + object_phrase(c), key=lambda t: t.i), "as")
            for c in verb.children
            if c.dep_ in kinds and c.pos_ in ("NOUN", "PROPN") and not glued_on(c)
        ]
    if lemma in CAREER_JOIN | set(CAREER_LEAD):
        phrases += [
            (named_phrase(c), "at")
            for c in verb.children
            if c.dep_ == "dobj" and (lemma != "manage" or c.lemma_.lower() in MANAGED or names_org(c))
        ]
    if lemma in CAREER_LEAD and (it := it_object(verb)) is not None:  # "since he founded it in 2005"
        phrases.append((named_phrase(it), "at"))
    if led is not None:
        phrases.append((object_phrase(led[0]), "at"))
    if run is not None:  # "Kestrel Freight, which X founded", "the company X runs"
        phrases.append((object_phrase(run), "at"))
    if lemma in CAREER_APPOINT:  # "was appointed to the board of X", "was promoted to chief of staff"
        for p in pobjs(verb, "to"):
            post = object_phrase(p)
            phrases.append((post, "as_post" if read_title(post) and not names_org(p) else "seat"))
    if lemma in CAREER_JOIN:
        phrases += [
            (object_phrase(p), "as")
            for prep in verb.children
            if prep.dep_ == "prep" and prep.lower_ == "as"
            for p in prep.children
            if p.dep_ == "pobj"
        ]
    if not phrases:
        return []  # no phrase names a post: nothing below adds a claim (the years are not read)
    dates = dates_of(verb)
    if lemma in CAREER_ENDED and dates[0] and not dates[1]:
        dates = (None, dates[0])  # "resigned as chairman in 2019": the year the post ended
    joined = joined_org(verb) if lemma in CAREER_JOIN else None
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
            based = based_names(tokens)  # "the Lyon-based airline" is not Lyon
            found = [r.key for t in tokens if t.i not in based and (r := owner_ref(t))]
            org = head_org(doc, tokens)
            part_post = org is None  # the phrase names a part of the organisation, not the whole
            if org is None and lemma != "own":  # "ran the Zambezi operations of X": X, not Zambezi
                org = of_org(tokens)
            if org is None and lemma != "own":  # "owns a stake in X" owns no X
                org = next((k for k in found if k.startswith("org:")), None)
            if org is None and lemma in CAREER_LEAD:  # "ran the trading desk at Morgan Stanley"
                org = next(iter(at_orgs(doc, verb)), None)
            leads = held_instead(leaders, members, org, tokens) if lemma in HELD_VERBS else None
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
            described = None if seat else relative_role(verb)
            if described is not None and (described.organization or described.jurisdiction):
                described = None  # "a former Velmar director who now runs X": that post is at Velmar
            if org is not None and described is not None:
                title, described.organization = described, org  # "an organiser who worked for X"
            elif org is not None:
                title = Title(role, text, False, org, None, None)
            elif place is not None and lemma in CAREER_RULE and head_ref(tokens) == place:
                # "ruled Kano", not "ran the Bekoji camp" (a place before a common noun says where)
                title = Title(role, f"{role} of {text}", False, None, place, None)
            elif lemma in CAREER_LEAD.keys() - FOUNDING and tokens[-1].lemma_.lower() in LED_UNITS:
                title = Title(role, f"{role} of {text}", False, None, None, None)  # "headed the X department"
            else:
                continue
        if title is None:
            continue
        if how == "as" and not title.organization:
            title.organization = employer or joined or next((p for p in at_orgs(doc, verb)), None)
        elif how == "as" and lemma in HELD_VERBS:  # "... and has been its chairwoman since 2007"
            leads = held_instead(leaders, members, title.organization, tokens, title.role)
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


def _adjective_post(word: Token) -> bool:
    """ "has been chief of the X Nation": the tagger may take a role word for an adjective; a post only
    with a named organisation after "of" (not "was chief among the worries")."""
    return (
        word.dep_ in ("attr", "acomp")
        and word.pos_ == "ADJ"
        and word.lower_ in ROLE_NOUNS
        and any(named_org(o) for o in pobjs(word, "of"))
    )


def _left(verb: Token) -> tuple[str | None, list[Token]] | None:
    """ "spent nine years at X, leaving in 2015 as its director" -> ("2015", the "as" phrase); a later
    job ("before joining Y") ends the stretch too -> (None, []); None when nothing says it ended."""
    for child in verb.children:
        if child.dep_ in ("advcl", "conj", "xcomp") and child.lemma_.lower() == "leave":
            if any(c.dep_ == "dobj" for c in child.children):
                continue  # "leaving a note": not leaving the post
            # "as vice-president": the parser may make "vice", "-" and "president" three objects
            as_post = [sorted(glued(p) + object_phrase(p), key=lambda t: t.i) for p in pobjs(child, "as")][
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
