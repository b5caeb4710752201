"""Turn a title read for a person into claims: the position, and whom an adviser, agent or envoy
acts for."""

from dataclasses import replace

from spacy.tokens import Doc, Token

from extract.owners import body_of_member, chamber_of
from extract.records import Claim
from extract.syntax import sentence_span
from extract.titles import FORMER_WORDS, ROLE_QUALIFIERS, is_rank
from extract.titles_parse import ENVOY_ROLES, Title

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


ORG_ENVOYS = frozenset({"envoy", "ambassador", "emissary"})


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
    if is_rank(title.role, title.text) and not title.organization:
        return []  # a rank alone is not a post; "a captain with X Lines" is one
    if not title.organization and (chamber := chamber_of(doc, title.role.split()[-1])):
        office = chamber.lower().startswith("org:office of the ")  # "the Office of the Ombudsman"
        title = replace(
            title, organization=chamber, coref=title.coref or f"owner.{'office' if office else 'chamber'}"
        )
        title.confidence = min(title.confidence, CHAMBER_CONFIDENCE)
    role_head = title.role.split()[-1]
    if (
        not (title.organization or title.jurisdiction)
        and _bare(title)
        and (body := body_of_member(anchor, role_head))
    ):
        # "the X Commission approved ... Commissioner Y": Y sits on that commission
        title = replace(title, organization=body, coref=title.coref or "owner.member_body")
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
        served = round(conf * 0.9, 2)  # the person served, a little less sure than the post itself
        if head in ADVISER_ROLES:
            pair = {"agent": [member], "advisee": [title.possessor]}
            claims.append(Claim("advice", "advice.title", served, pair, {}, list(evidence)))
        elif head in AGENT_ROLES:
            pair = {"agent": [member], "represented": [title.possessor]}
            text: dict[str, object] = {"text": title.text}
            claims.append(Claim("representation", "represents.client", served, pair, text, list(evidence)))
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


def _bare(title: Title) -> bool:
    """True for a title that is its role and no more ("Commissioner", "former Commissioner"), not
    "Police Commissioner" or "County Commissioner" (another body's post)."""
    words = title.text.lower().split()
    return (
        bool(words)
        and words[-1] == title.role.split()[-1]
        and set(words[:-1]) <= FORMER_WORDS | ROLE_QUALIFIERS
    )
