"""Fold a career verb's generic post ("ran X", "worked at X") into the post a title names, and
correct "the company" to the organisation its holder leads by title."""

from spacy.tokens import Token

from extract.owners import ORG_NOUNS, owner_ref
from extract.records import Claim, Ref

GENERIC_ROLES = frozenset({"head", "staff"})  # what "ran X" / "worked at X" say when no title is given
# Titles that name the post a "ran X" / "in charge at X" clause describes ("Manager X, who ran Y").
LEADING_TITLES = frozenset(
    (
        "manager director head chief president chairman chairwoman chair commander leader boss executive "
        "superintendent"
    ).split()
)


def leading_posts(claims: list[Claim]) -> dict[str, set[tuple[str, str]]]:
    """The (organisation, role) each person leads by a title already read ("X's chief executive, Y")."""
    out: dict[str, set[tuple[str, str]]] = {}
    for c in claims:
        role = str(c.values.get("role", ""))
        if c.kind == "position" and role.split()[-1:] and role.split()[-1] in LEADING_TITLES:
            for member in c.args["member"]:
                out.setdefault(member, set()).update((o, role) for o in c.args.get("organization", []))
    return out


def held_instead(
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


def named_posts(careers: list[Claim], claims: list[Claim], parts: set[int]) -> list[Claim]:
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
            if not same:  # "Superintendent X told trustees ... X has led Cedar Ridge since 2021": one
                same = _lone_leading_title(named, careers, claim)  # title, one post led (role.career.lead)
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


def _lone_leading_title(named: list[Claim], careers: list[Claim], claim: Claim) -> list[Claim]:
    """The member's one leading title with no organisation ("Superintendent X") when ``claim`` is the
    member's one "led Y" post: the title is the post at Y; else none."""
    member = claim.args["member"]
    titles = [
        c
        for c in named
        if not c.args.get("organization")
        and not c.args.get("jurisdiction")
        and (str(c.values.get("role", "")).split() or [""])[-1] in LEADING_TITLES
        and c.args["member"] == member
    ]
    led = [
        c
        for c in careers
        if c.kind == "position" and c.values.get("role") == "head" and c.args["member"] == member
    ]
    return titles if len(titles) == 1 and len(led) == 1 else []


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
