"""Facts -> RDF: the document node, entities, fact nodes with evidence, and shortcut triples."""

import hashlib
from decimal import Decimal
from typing import TYPE_CHECKING

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import PROV

from ontology import NG, ORG, SCHEMA, base_iri, bind_prefixes, evidence_iri, role_iri

if TYPE_CHECKING:
    from extract.document import ExtractedDocument, Fact

ENTITY_CLASSES = {
    "person": (SCHEMA.Person,),
    "organization": (SCHEMA.Organization,),
    "outlet": (SCHEMA.Organization, SCHEMA.NewsMediaOrganization),
    "place": (SCHEMA.Place,),
    "country": (SCHEMA.Place, SCHEMA.Country),
}
FACT_CLASSES = {
    "position": (NG.Position, ORG.Membership),
    "quotation": (NG.Quotation, SCHEMA.Quotation),
    "contact": (NG.Contact, SCHEMA.Event),
    "contact_mention": (NG.ContactMention,),
    "part_of": (NG.PartOf,),
    "denial": (NG.Denial,),
    "advice": (NG.Advice,),
    "appearance": (NG.Appearance, SCHEMA.Event),
    "representation": (NG.Representation,),
    "image_credit": (NG.ImageCredit, SCHEMA.ImageObject),
}
ARG_PROPERTIES = {
    "member": ORG.member,
    "organization": ORG.organization,
    "jurisdiction": NG.jurisdiction,
    "part": NG.part,
    "whole": NG.whole,
    "creator": SCHEMA.creator,
    "about": SCHEMA.about,
    "givenTo": NG.givenTo,
    "reportedBy": NG.reportedBy,
    "participant": NG.participant,
    "agent": NG.agent,
    "advisee": NG.advisee,
    "host": NG.host,
    "represented": NG.represented,
}
VALUE_PROPERTIES = {
    "roleTitle": (NG.roleTitle, None),
    "former": (NG.former, XSD.boolean),
    "text": (SCHEMA.text, None),
    "cue": (NG.cue, None),
    "direct": (NG.direct, XSD.boolean),
    "contactType": (NG.contactType, None),
    "count": (NG["count"], XSD.integer),
    "creditText": (SCHEMA.creditText, None),
    "photographer": (NG.photographer, None),
    "agency": (NG.agency, None),
    "sourceDescription": (NG.sourceDescription, None),
    "status": (NG.status, None),
}


def classes_of(kind: str, args: dict[str, list[str]]) -> tuple[URIRef, ...]:
    """Return the classes of a fact node; a statement with no named speaker is also anonymous."""
    classes = FACT_CLASSES[kind]
    if kind == "quotation" and not args.get("creator"):
        return (*classes, NG.AnonymousQuotation)
    return classes


def _date(value: str) -> Literal:
    return Literal(value, datatype=XSD.gYear if len(value) == 4 else XSD.date)


def add_fact(graph: Graph, fact: "Fact", doc: URIRef, base: str | None) -> None:
    """Add one fact node with its evidence, provenance and shortcut triples."""
    node = URIRef(fact.iri)
    for cls in (*classes_of(fact.kind, fact.args), NG.Fact):
        graph.add((node, RDF.type, cls))
    graph.add((node, RDFS.label, Literal(fact.label)))
    graph.add((node, PROV.wasDerivedFrom, doc))
    graph.add((node, NG.rule, Literal(fact.rule)))
    graph.add((node, NG.confidence, Literal(Decimal(str(fact.confidence)), datatype=XSD.decimal)))
    for role, iris in fact.args.items():
        for iri in iris:
            graph.add((node, ARG_PROPERTIES[role], URIRef(iri)))
    for name, value in fact.values.items():
        if value is None or name in ("role", "start", "end"):
            continue
        prop, datatype = VALUE_PROPERTIES[name]
        if datatype is XSD.boolean and value is False and name == "former":
            continue
        graph.add((node, prop, Literal(value, datatype=datatype) if datatype else Literal(str(value))))
    if fact.values.get("role"):
        role = URIRef(role_iri(str(fact.values["role"]), base))
        graph.add((node, ORG.role, role))
        graph.add((role, RDF.type, ORG.Role))
        graph.add((role, RDFS.label, Literal(str(fact.values["role"]))))
    if fact.values.get("start"):
        graph.add((node, SCHEMA.startDate, _date(str(fact.values["start"]))))
    if fact.values.get("end"):
        graph.add((node, SCHEMA.endDate, _date(str(fact.values["end"]))))
    for sentence, start, end in fact.evidence:
        evidence = URIRef(evidence_iri(fact.iri, start, end))
        graph.add((node, NG.evidence, evidence))
        graph.add((evidence, RDF.type, NG.Evidence))
        graph.add((evidence, NG.sentence, Literal(sentence)))
        graph.add((evidence, NG.start, Literal(start, datatype=XSD.integer)))
        graph.add((evidence, NG.end, Literal(end, datatype=XSD.integer)))
        graph.add((evidence, PROV.wasDerivedFrom, doc))
    add_shortcuts(graph, fact)


def add_shortcuts(graph: Graph, fact: "Fact") -> None:
    """Materialise schema:worksFor, org:memberOf, org:subOrganizationOf and ng:contactWith."""
    if fact.kind == "position":
        for member in fact.args.get("member", []):
            for org in fact.args.get("organization", []):
                graph.add((URIRef(member), SCHEMA.worksFor, URIRef(org)))
                graph.add((URIRef(member), ORG.memberOf, URIRef(org)))
    elif fact.kind == "part_of":
        for part in fact.args.get("part", []):
            for whole in fact.args.get("whole", []):
                graph.add((URIRef(part), ORG.subOrganizationOf, URIRef(whole)))
    elif fact.kind == "contact":
        people = fact.args.get("participant", [])
        for a in people:
            for b in people:
                if a != b:
                    graph.add((URIRef(a), NG.contactWith, URIRef(b)))


def document_graph(document: "ExtractedDocument", base: str | None = None) -> Graph:
    """Return all triples of the document's named graph, with our prefixes bound."""
    # SimpleMemory: a document graph is only added to, matched and serialised, and rdflib's default
    # store (context-aware, with events) spent ~60 % of the non-spaCy extraction time in add().
    graph = bind_prefixes(Graph(store="SimpleMemory"), base or base_iri())
    doc = URIRef(document.iri)
    graph.add((doc, RDF.type, SCHEMA.NewsArticle))
    graph.add((doc, RDF.type, PROV.Entity))
    if document.title:
        graph.add((doc, SCHEMA.headline, Literal(document.title)))
    graph.add((doc, SCHEMA.text, Literal(document.text)))
    graph.add((doc, NG.contentHash, Literal(hashlib.sha256(document.text.encode("utf-8")).hexdigest())))
    graph.add((doc, NG.charCount, Literal(len(document.text), datatype=XSD.integer)))
    if document.url:
        graph.add((doc, SCHEMA.url, Literal(document.url, datatype=XSD.anyURI)))
    if document.published:
        kind = XSD.dateTime if "T" in document.published else XSD.date  # Source gives ISO 8601
        graph.add((doc, SCHEMA.datePublished, Literal(document.published, datatype=kind)))
    for entity in document.entities:
        node = URIRef(entity.iri)
        graph.add((doc, SCHEMA.mentions, node))
        for cls in ENTITY_CLASSES[entity.type]:
            graph.add((node, RDF.type, cls))
        graph.add((node, SCHEMA.name, Literal(entity.name)))
        graph.add((node, RDFS.label, Literal(entity.name)))
        for alias in entity.aliases:
            graph.add((node, SCHEMA.alternateName, Literal(alias)))
    for fact in document.facts:
        add_fact(graph, fact, doc, base)
    return graph
