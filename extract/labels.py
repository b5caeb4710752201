"""Readable sentences for facts, using canonical names ("Michael McFaul told CNN about Sergey Kislyak")."""

from collections.abc import Callable

CAREER_VERBS = {
    "staff": "worked at",
    "member": "joined",
    "head": "led",
    "founder": "founded",
    "chair": "chaired",
    "director": "directed",
    "co-founder": "co-founded",
    "co-chair": "co-chaired",
    "leader": "led",
}
CONTACT_VERBS = {
    "meeting": "met",
    "call": "spoke by phone with",
    "communication": "communicated with",
    "interaction": "interacted with",
    "conversation": "spoke with",
}

MENTION_VERBS = {  # a contact the text does not say happened (extract.modality)
    "planned": "is to {}",
    "hypothetical": "might {}",
    "denied": "denied {}",
    "negated": "did not {}",
}
BASE_VERBS = {  # contact type -> (verb, gerund)
    "meeting": ("meet", "meeting"),
    "conversation": ("speak with", "speaking with"),
    "call": ("call", "calling"),
    "communication": ("communicate with", "communicating with"),
    "interaction": ("interact with", "interacting with"),
}


def _list(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _dates(values: dict) -> str:
    start, end = values.get("start"), values.get("end")
    if start and end:
        return f" ({start}–{end})"
    if start:
        return f" (since {start})"
    if end:
        return f" (until {end})"
    return ""


def label(kind: str, args: dict[str, list[str]], values: dict, name: Callable[[str], str]) -> str:
    """Return the readable sentence for a fact of ``kind`` whose arguments are entity keys."""
    n = {role: [name(k) for k in keys] for role, keys in args.items()}
    first = lambda role: _list(n.get(role, []))  # noqa: E731
    if kind == "position":
        title = str(values.get("roleTitle", values.get("role", "")))
        role = str(values.get("role", ""))
        verbal = role in CAREER_VERBS and role not in title.lower()  # "worked at Intel", not "FBI Director"
        if verbal and n.get("organization"):
            verb = CAREER_VERBS[role]
            when = _dates(values)
            if (
                values["role"] in ("founder", "co-founder", "member")
                and values.get("start")
                and not values.get("end")
            ):
                when = f" in {values['start']}"
            org = first("organization")
            words = title.split()
            if words and words[-1].islower() and not set(org.lower().split()) & {w.lower() for w in words}:
                return f"{first('member')} {verb} {title} at {org}{when}"  # "led the trading desk at X"
            return f"{first('member')} {verb} {org}{when}"
        org = first("organization")
        # "spokeswoman for Sweden's Foreign Ministry" already names "Swedish Foreign Ministry"
        named = org and (org.lower() in title.lower() or org.lower().split(" ", 1)[-1] in title.lower())
        at = f" at {org}" if org and not named else ""
        if values.get("former"):
            words = title.split()
            title = " ".join(w for w in words if w.lower() != "former")
            return f"{first('member')} formerly held the post of {title}{at}{_dates(values)}"
        return f"{first('member')} held the post of {title}{at}{_dates(values)}"
    if kind == "quotation":
        source = str(values.get("sourceDescription") or "unnamed sources")
        speaker = first("creator") or f"{source[:1].upper()}{source[1:]} (unnamed)"
        describes = values.get("cue") == "describe" and n.get("about")
        if describes:
            text = f"{speaker} described {first('about')}"
            if n.get("givenTo"):
                text += f" to {first('givenTo')}"
        elif n.get("givenTo"):
            text = f"{speaker} told {first('givenTo')}" + (
                f" about {first('about')}" if n.get("about") else ""
            )
        elif n.get("about"):
            text = f"{speaker} commented on {first('about')}"
        else:
            text = f"{speaker} made a statement"
        if n.get("reportedBy"):
            text += f", as reported by {first('reportedBy')}"
        return text
    if kind == "contact":
        verb = CONTACT_VERBS.get(str(values.get("contactType")), "was in contact with")
        names = n.get("participant", [])
        times = (
            {1: " once", 2: " twice"}.get(values["count"], f" {values['count']} times")
            if values.get("count")
            else ""
        )
        when = f" in {values['start']}" if values.get("start") else ""
        return f"{names[0]} {verb} {_list(names[1:])}{times}{when}" if names else "contact"
    if kind == "contact_mention":
        names = n.get("participant", [])
        base, gerund = BASE_VERBS.get(str(values.get("contactType")), ("contact", "contacting"))
        state = str(values.get("status"))
        verb = MENTION_VERBS.get(state, "did not {}").format(gerund if state == "denied" else base)
        return f"{names[0]} {verb} {_list(names[1:])}" if names else "contact not said to have happened"
    if kind == "part_of":
        return f"{first('part')} is part of {first('whole')}"
    if kind == "denial":
        return f"{first('agent')} denied allegations about {first('about')}"
    if kind == "advice":
        return f"{first('agent')} advises {first('advisee')}"
    if kind == "appearance":
        when = f" in {values['start']}" if values.get("start") else ""
        return f"{first('agent')} spoke at an event of {first('host')}{when}"
    if kind == "representation":
        return f"{first('agent')} represents {first('represented')}"
    if kind == "image_credit":
        text = str(values.get("creditText", ""))
        lead = text.lower().lstrip("(").startswith(("photo", "credit", "image", "picture"))
        return text if lead else f"Photo credit: {text}"
    return kind
