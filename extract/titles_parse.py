"""Read a title ("former U.S. Ambassador to Russia") into role, organisation, jurisdiction, sender."""

from dataclasses import dataclass

from spacy.tokens import Token

from extract.owners import (
    HEAD_CONFIDENCE,
    NAMED_ORG_HEADS,
    PORTFOLIO_POSTS,
    bare_title_owner,
    name_head,
    named_owner,
    owner_ref,
    portfolio_body,
    portfolio_owner,
    possessive_owner,
    title_as_name,
    unarticled_title,
)
from extract.places import country_of_demonym
from extract.records import Ref
from extract.syntax import doc_refs, ref
from extract.title_spans import lead_time
from extract.titles import (
    ABBREVIATIONS,
    CAUSE_ROLES,
    FORMER_WORDS,
    ROLE_NOUNS,
    ROLE_QUALIFIERS,
    is_profession,
    role_of,
)

# A title's own words (its role nouns and their qualifiers) and the qualifiers that are role nouns too,
# joined once: the rules below ask for each word of each title.
TITLE_WORDS = ROLE_NOUNS | ROLE_QUALIFIERS
QUALIFYING_ROLES = ROLE_QUALIFIERS & ROLE_NOUNS

ENVOY_ROLES = frozenset(
    {"ambassador", "envoy", "representative", "consul", "emissary", "diplomat", "special envoy"}
)


# Posts a nationality only describes ("a Norwegian lawyer"); for public posts it is the jurisdiction
# ("the Russian ambassador", "German Chancellor").
PRIVATE_ROLES = frozenset(
    (
        "lawyer analyst economist researcher fellow professor scholar lecturer scientist editor "
        "correspondent reporter journalist columnist commentator producer businessman businesswoman "
        "consultant lobbyist strategist owner co-owner investor banker partner associate physician "
        "surgeon historian arbitrator mediator entrepreneur industrialist tycoon pilot co-pilot "
        "pharmacist nurse midwife dentist teacher schoolteacher coach agent notary"
    ).split()
)


@dataclass
class Title:
    """What a title says: the role, its text as written, and the entities it names."""

    role: str
    text: str
    former: bool
    organization: str | None
    jurisdiction: str | None
    sender: str | None
    confidence: float = 1.0
    coref: str | None = None
    possessor: str | None = None


def read_title(
    tokens: list[Token], former: bool = False, agents: bool = False, plural: bool = False
) -> Title | None:
    """Return the Title named by ``tokens``, or None when they name no role; ``agents`` reads a final
    agent noun as the role where the grammar says it is a post ("worked as a crane operator");
    ``plural`` reads a final plural noun as one person's role ("ministers X and Y")."""
    if not tokens:
        return None  # most names have no title before them: nothing to read
    if lead := lead_time(tokens):  # "X, until recently chief executive of Y,": a post held before
        tokens, former = tokens[lead:], True
    owner = possessive_owner(tokens[0]) if tokens else None  # "its director", "his lawyer"
    while tokens and (
        tokens[0].lower_ in ("the", "a", "an", ",", "its", "his", "her", "their", "our") or tokens[0].is_space
    ):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    if not tokens:
        return None
    if agents:  # an agent noun must head the phrase: "as a crane operator (for X)"
        cut = next(
            (k for k, t in enumerate(tokens) if t.lower_ in ("of", "at", "for", "with", "in", "from")),
            len(tokens),
        )
        agents = cut > 0 and tokens[cut - 1].tag_ == "NN" and tokens[cut - 1].is_lower
    # a role word inside a name is no role: "a crane operator for General Motors"
    named = doc_refs(tokens[0].doc)
    words = [t.text if (r := named.get(t.i)) is None or r.rule else "_" for t in tokens]
    if plural:  # "ministers X and Y", "X and Y, partners at Z": each holds one
        words[-1] = tokens[-1].lemma_
        words = [
            t.lemma_ if t.tag_ in ("NNS", "NNPS") and t.lemma_.lower() in ROLE_NOUNS else w
            for t, w in zip(tokens, words, strict=True)
        ]
    role = role_of(words, agents)
    if role is None and len({named.get(t.i) for t in tokens} - {None}) == 1 and "_" in words[-1:]:
        role = role_of([t.text for t in tokens])  # the tagger took the title for a name: "Council President"
    if role is None:
        return None
    organization = jurisdiction = sender = possessor = None
    coref = None
    confidence = 1.0
    after_to = False
    locative = False
    head = role.split()[-1]
    at = next((k for k, t in enumerate(tokens) if t.lower_ == head or t.lemma_.lower() == head), len(tokens))
    if head in CAUSE_ROLES and any(t.lower_ in ("of", "for") for t in tokens[at + 1 :]):
        return None  # "an advocate of closer ties" argues a cause
    private = head in PRIVATE_ROLES or is_profession(head)  # "a Norwegian lawyer": nationality
    post = head in ROLE_NOUNS or (role.split()[0] in QUALIFYING_ROLES and head != role)
    for k, token in enumerate(tokens):
        if token.lower_ in ("to", "for"):
            after_to, locative = True, False
        elif token.lower_ in ("of", "with"):
            after_to, locative = False, False
        elif token.lower_ in ("in", "at", "from", "based"):
            after_to, locative = False, True
        found = owner_ref(token)
        if found is not None and found.rule is None and title_as_name(found.key):
            found = None  # "Council President X": the title is no organisation; its head word may name one
        if found is not None and found.key.startswith("org:") and (town := _place_word(token)):
            # "Toowoomba Deputy Mayor" tagged and resolved as the town's council: the town
            found = Ref(town, None, 1.0) if token.text == town[6:] else None
        if found is None and k < at and (key := named_owner(token, titled=True)):
            # "Federation President X"; "a party spokesman" (owner.indefinite)
            # "council chief executive X" (owner.unarticled)
            how = "owner.unarticled" if unarticled_title(token) else "owner.indefinite"
            found = Ref(key, how if bare_title_owner(token) else "owner.head", HEAD_CONFIDENCE)
        if found and found.key.startswith("person:"):
            nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
            if nxt is not None and nxt.tag_ == "POS":
                possessor = found.key
            elif after_to and k > at:
                possessor = possessor or found.key  # "a lawyer for X", "an adviser to X"
            continue
        if found and found.key.startswith("place:") and locative:
            continue
        if found and found.key.startswith("place:") and private and country_of_demonym(token.text):
            continue
        if found and found.key.startswith("place:") and not after_to and (private or not post):
            continue  # "a Davenport farm-equipment dealer", "Umzimvubu's lawyer": where, not a jurisdiction
        if found and found.key.startswith("place:") and _owns_organisation(token):
            continue  # "spokeswoman for Russia's Foreign Ministry": the post is at the ministry
        if found and not found.key.startswith("person:"):
            if found.key.startswith("org:"):
                organization = found.key
            elif after_to:
                jurisdiction = jurisdiction if jurisdiction and jurisdiction != sender else found.key
            elif jurisdiction is None:
                jurisdiction = sender = found.key
            if found.rule:
                coref, confidence = found.rule, min(confidence, found.confidence)
            continue
        if not after_to:
            country = country_of_demonym(token.text)
            if country and token.pos_ in ("ADJ", "PROPN", "NOUN") and not private:
                sender = sender or f"place:{country}"
                jurisdiction = jurisdiction or f"place:{country}"
    if (
        jurisdiction is None
        and head not in PRIVATE_ROLES
        and (place := _place_named(tokens[:at], organization))
    ):
        jurisdiction, organization = place  # "Northern Samar Gov. X" where the tagger missed the place
        coref = "place.by_name"
    # "Transport Minister X" read as a short form of the Transport Workers' Union: no officer of that body
    if head == "minister" and organization and _short_form_before(tokens[:at], organization):
        organization = None
    fragment = organization is not None and not portfolio_body(organization)  # a portfolio tagged alone
    portfolio = _portfolio_after(tokens, at, head)  # "Commissioner for Lands and Housing"
    # "Secretary for Health and Social Care": the portfolio is no organisation; after "of" only when it
    # is a part of the portfolio ("Minister of Tourism and Transport", not "Secretary General of NATO")
    held = [t for t in portfolio if (r := named.get(t.i)) and r.key == organization]
    by_for = bool(portfolio) and tokens[at + 1].lower_ == "for"
    if fragment and held and (by_for or len(held) < len(portfolio) or portfolio_owner(portfolio, head)):
        organization = None
    if (
        (organization is None or fragment)
        and jurisdiction is None
        and (key := portfolio_owner(tokens[:at], head) or portfolio_owner(portfolio, head))
    ):
        organization = key  # "Maritime Affairs Minister X" heads the Ministry of Maritime Affairs
        if portfolio and key != portfolio_owner(tokens[:at], head):
            coref = coref or "owner.portfolio"  # "Commissioner for Lands and Housing" heads its ministry
    if owner is not None and owner.key.startswith("org:") and organization is None:
        organization = owner.key
        coref, confidence = owner.rule, min(confidence, owner.confidence)
    elif owner is not None and owner.key.startswith("person:") and possessor is None:
        possessor = owner.key
        if owner.rule:
            coref, confidence = owner.rule, min(confidence, owner.confidence)
    shown = tokens
    for k, token in enumerate(tokens[:at]):
        if token.tag_ == "POS":
            shown = tokens[k + 1 :]
    text = shown[0].doc[shown[0].i : shown[-1].i + 1].text
    lower_next = len(shown) > 1 and shown[1].text.islower()
    common = (
        shown[0].pos_ in ("ADJ", "NOUN") and ref(shown[0]) is None and not country_of_demonym(shown[0].text)
    )
    if shown[0].is_sent_start and shown[0].text.istitle() and lower_next and common:
        text = text[0].lower() + text[1:]
    if text.lower() in ABBREVIATIONS:
        text = ABBREVIATIONS[text.lower()]  # "Sen." alone: say "senator"
    former = former or any(t.lower_ in FORMER_WORDS for t in tokens)
    if jurisdiction and not any(t.lower_ in ("to", "for") for t in tokens) and sender is None:
        sender = jurisdiction
    return Title(role, text, former, organization, jurisdiction, sender, confidence, coref, possessor)


def _portfolio_after(tokens: list[Token], at: int, head: str) -> list[Token]:
    """The portfolio written after a government post ("Commissioner for Lands and Housing",
    "Secretary for Development", "Minister of Tourism"): the words after its "for" / "of"; none for
    other posts."""
    if head not in PORTFOLIO_POSTS or at + 1 >= len(tokens) or tokens[at + 1].lower_ not in ("for", "of"):
        return []  # "Minister of Tourism and International Transport" as "Minister for Transport"
    if tokens[at + 1].lower_ == "of" and (at + 2 >= len(tokens) or not tokens[at + 2].is_title):
        return []  # "general secretary of the Communist Party": an organisation, no portfolio
    return tokens[at + 2 :]


def _place_named(words: list[Token], organization: str | None) -> tuple[str, None] | None:
    """A place of the document named by the capitalised words opening a title where the tagger found
    no name or only a part of it ("Northern Samar" in "Northern Samar Gov. X" at a paragraph's start,
    "Leyte" of "Northern Leyte" taken for an organisation): (its key, no organisation)."""
    named = doc_refs(words[0].doc) if words else {}
    run = []
    for token in words:
        if token.lower_ in ABBREVIATIONS or token.lower_ in TITLE_WORDS:
            break  # the title's own words
        held = named.get(token.i)
        if not token.is_title or token.pos_ != "PROPN" or (held is not None and held.key != organization):
            return None
        run.append(token)
    if not run or (organization is not None and not any(named.get(t.i) for t in run)):
        return None  # an organisation named elsewhere in the title stays
    key = f"place:{run[0].doc[run[0].i : run[-1].i + 1].text}"
    record = (run[0].doc._.kg_entities or {}).get(key)
    return (key, None) if record is not None and record.type == "place" else None


def _short_form_before(words: list[Token], organization: str) -> bool:
    """True when ``words`` (a title before its role) refer by fewer words than its name to a body that
    is no portfolio's: "Transport" for the Transport Workers' Union (not "Natural Resources" for
    Natural Resources Canada, a department named after its portfolio)."""
    refs = doc_refs(words[0].doc) if words else {}
    held = any((r := refs.get(t.i)) is not None and r.key == organization for t in words)
    name = organization.split(":", 1)[1]
    body = name_head(name) in NAMED_ORG_HEADS and not portfolio_body(organization)
    return held and body and name not in " ".join(t.text for t in words)


def _place_word(token: Token) -> str | None:
    """The place key when ``token`` lies in a name that is a place of the document plus title words
    ("Toowoomba" or "Toowoomba Deputy", read as the Toowoomba Regional Council by its short form)."""
    doc = token.doc
    refs = doc_refs(doc)
    held = refs.get(token.i)
    start = end = token.i
    while start > 0 and refs.get(start - 1) == held:
        start -= 1
    while end + 1 < len(doc) and refs.get(end + 1) == held:
        end += 1
    if any(t.lower_ not in TITLE_WORDS for t in doc[start + 1 : end + 1]):
        return None
    key = f"place:{doc[start].text}"
    record = (doc._.kg_entities or {}).get(key)
    return key if record is not None and record.type == "place" else None


def _owns_organisation(token: Token) -> bool:
    """True for a place written as the owner of a named organisation ("Russia's Foreign Ministry")."""
    doc = token.doc
    after = token.i + 2
    if after >= len(doc) or doc[token.i + 1].tag_ != "POS":
        return False
    found = owner_ref(doc[after])
    return bool(found and found.key.startswith("org:"))
