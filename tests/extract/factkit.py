"""Facts of one extracted text as names, for the rule tests: positions, representations, parts."""

from extract import extract_document


def posts(nlp, text):
    """Return (positions, representations, parts) with entity names for IRIs; a position's ``org`` is
    its organisation, ``at`` its organisation or else its jurisdiction."""
    doc = extract_document(text, nlp=nlp)
    names = {e.iri: e.name for e in doc.entities}

    def one(fact, role):
        return next((names[i] for i in fact.args.get(role, [])), None)

    positions = [
        {
            "member": one(f, "member"),
            "org": one(f, "organization"),
            "at": one(f, "organization") or one(f, "jurisdiction"),
            "role": f.values.get("role"),
            "start": f.values.get("start"),
            "end": f.values.get("end"),
            "former": f.values.get("former"),
            "rule": f.rule,
        }
        for f in doc.facts
        if f.kind == "position"
    ]
    represents = {(one(f, "agent"), one(f, "represented")) for f in doc.facts if f.kind == "representation"}
    parts = {(one(f, "part"), one(f, "whole")) for f in doc.facts if f.kind == "part_of"}
    return positions, represents, parts


def held(nlp, text, member, where="at"):
    """The (``where``: "at" or "org", role head) pairs ``member`` holds in ``text``."""
    positions, _, _ = posts(nlp, text)
    return {(p[where], p["role"].split()[-1]) for p in positions if p["member"] == member}


def holdings(nlp, text, member, where="at"):
    """The (``where``, role head, rule) triples ``member`` holds in ``text``."""
    positions, _, _ = posts(nlp, text)
    return {(p[where], str(p["role"]).split()[-1], p["rule"]) for p in positions if p["member"] == member}


def linked(nlp, text, kind, first, second):
    """The (``first``, ``second``, rule) name triples of the ``kind`` facts found in ``text``, by argument role."""
    doc = extract_document(text, nlp=nlp)
    names = {e.iri: e.name for e in doc.entities}
    return {(names[f.args[first][0]], names[f.args[second][0]], f.rule) for f in doc.facts if f.kind == kind}


def contacts(nlp, text):
    """(pair of participant names, rule) of the contact facts found in ``text``."""
    doc = extract_document(text, nlp=nlp)
    names = {e.iri: e.name for e in doc.entities}
    return {
        (frozenset(names[k] for k in f.args["participant"]), f.rule) for f in doc.facts if f.kind == "contact"
    }


def contact_pairs(nlp, text):
    """The unordered pairs of people in the contact facts found in ``text``."""
    return {pair for pair, _ in contacts(nlp, text)}


def part_of(nlp, text):
    """The (part, whole, rule) triples of the part_of facts found in ``text``."""
    return linked(nlp, text, "part_of", "part", "whole")


def quotations(nlp, text):
    """(rule, creators, about, givenTo, reportedBy) of each quotation, with entity names."""
    doc = extract_document(text, nlp=nlp)
    names = {e.iri: e.name for e in doc.entities}

    def named(fact, role):
        return {names[i] for i in fact.args.get(role, [])}

    return [
        (f.rule, named(f, "creator"), named(f, "about"), named(f, "givenTo"), named(f, "reportedBy"))
        for f in doc.facts
        if f.kind == "quotation"
    ]
