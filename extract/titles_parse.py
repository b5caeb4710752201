"""Read a title ("former U.S. Ambassador to Russia") into role, organisation, jurisdiction, sender."""

from dataclasses import dataclass

from spacy.tokens import Token

from extract.places import country_of_demonym
from extract.syntax import ref
from extract.titles import ABBREVIATIONS, FORMER_WORDS, role_of

ENVOY_ROLES = frozenset(
    {"ambassador", "envoy", "representative", "consul", "emissary", "diplomat", "special envoy"}
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


def read_title(tokens: list[Token], former: bool = False) -> Title | None:
    """Return the Title named by ``tokens``, or None when they name no role."""
    while tokens and (
        tokens[0].lower_ in ("the", "a", "an", ",", "its", "his", "her", "their", "our") or tokens[0].is_space
    ):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    if not tokens:
        return None
    role = role_of([t.text for t in tokens])
    if role is None:
        return None
    organization = jurisdiction = sender = possessor = None
    coref = None
    confidence = 1.0
    after_to = False
    locative = False
    for token in tokens:
        if token.lower_ in ("to", "for"):
            after_to, locative = True, False
        elif token.lower_ in ("of", "with"):
            after_to, locative = False, False
        elif token.lower_ in ("in", "at", "from", "based"):
            after_to, locative = False, True
        found = ref(token)
        if found and found.key.startswith("person:"):
            nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
            if nxt is not None and nxt.tag_ == "POS":
                possessor = found.key
            continue
        if found and found.key.startswith("place:") and locative:
            continue
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
            if country and token.pos_ in ("ADJ", "PROPN", "NOUN"):
                sender = sender or f"place:{country}"
                jurisdiction = jurisdiction or f"place:{country}"
    shown = tokens
    head = role.split()[-1]
    at = next((k for k, t in enumerate(tokens) if t.lower_ == head or t.lemma_.lower() == head), len(tokens))
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


def _owns_organisation(token: Token) -> bool:
    """True for a place written as the owner of a named organisation ("Russia's Foreign Ministry")."""
    doc = token.doc
    after = token.i + 2
    if after >= len(doc) or doc[token.i + 1].tag_ != "POS":
        return False
    found = ref(doc[after])
    return bool(found and found.key.startswith("org:"))
