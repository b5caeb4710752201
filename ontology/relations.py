"""Which fact nodes become edges of the who-connects-to-whom projection, and how they read.

Each rule says: for a fact of ``fact_class``, link the value(s) of ``source`` to the value(s) of
``target``, as a relation of ``kind`` that reads "<source> <label> <target>". Image credits have no
rule on purpose: a photographer is never linked to the people in a picture (DESIGN section 4); nor
has ng:ContactMention (a planned, denied or negated contact did not link anyone).
"""

from dataclasses import dataclass

from rdflib import URIRef

from ontology.namespaces import NG, ORG, SCHEMA


@dataclass(frozen=True)
class EdgeRule:
    """One way a fact node links two entities."""

    fact_class: URIRef
    source: URIRef
    target: URIRef
    kind: str
    label: str


EDGE_RULES: tuple[EdgeRule, ...] = (
    EdgeRule(NG.Position, ORG.member, ORG.organization, "position", "held a position at"),
    EdgeRule(NG.Position, ORG.member, NG.jurisdiction, "position_for", "held a position concerning"),
    EdgeRule(NG.PartOf, NG.part, NG.whole, "part_of", "is part of"),
    EdgeRule(NG.Quotation, SCHEMA.creator, NG.givenTo, "told", "told"),
    EdgeRule(NG.Quotation, SCHEMA.creator, NG.reportedBy, "reported_by", "was reported by"),
    EdgeRule(NG.Quotation, SCHEMA.creator, SCHEMA.about, "commented_on", "commented on"),
    # An unnamed source is no node; what stays is that the outlet carried a claim about someone.
    EdgeRule(NG.AnonymousQuotation, NG.reportedBy, SCHEMA.about, "reported_on", "reported claims about"),
    EdgeRule(NG.AnonymousQuotation, NG.givenTo, SCHEMA.about, "reported_on", "reported claims about"),
    EdgeRule(NG.Contact, NG.participant, NG.participant, "contact", "was in contact with"),
    EdgeRule(NG.Denial, NG.agent, SCHEMA.about, "denied", "denied allegations about"),
    EdgeRule(NG.Advice, NG.agent, NG.advisee, "advises", "advises"),
    EdgeRule(NG.Appearance, NG.agent, NG.host, "spoke_at", "spoke at an event of"),
    EdgeRule(NG.Representation, NG.agent, NG.represented, "represents", "represents"),
)

RELATION_KINDS: tuple[str, ...] = tuple(dict.fromkeys(rule.kind for rule in EDGE_RULES))
