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


# Terms looked up once: an attribute of an rdflib Namespace builds a new URIRef on every access (~3 µs).
TYPE, LABEL, DERIVED = RDF.type, RDFS.label, PROV.wasDerivedFrom
FACT, RULE, CONFIDENCE, EVIDENCE = NG.Fact, NG.rule, NG.confidence, NG.evidence
EVIDENCE_CLASS, SENTENCE, START, END = NG.Evidence, NG.sentence, NG.start, NG.end
ROLE, ROLE_CLASS, MEMBER_OF = ORG.role, ORG.Role, ORG.memberOf
SUB_ORGANIZATION_OF, CONTACT_WITH = ORG.subOrganizationOf, NG.contactWith
START_DATE, END_DATE, WORKS_FOR = SCHEMA.startDate, SCHEMA.endDate, SCHEMA.worksFor
MENTIONS, NAME, ALTERNATE_NAME = SCHEMA.mentions, SCHEMA.name, SCHEMA.alternateName
INTEGER, DECIMAL, BOOLEAN = XSD.integer, XSD.decimal, XSD.boolean
YEAR, DATE = XSD.gYear, XSD.date


class Terms:
    """The RDF terms of one document graph, each made once: entity and fact IRIs, sentences and
    offsets recur across facts, and an rdflib Literal with a datatype costs ~10 µs to make."""

    def __init__(self) -> None:
        self.triples: list[tuple[URIRef, URIRef, URIRef | Literal]] = []
        self._iris: dict[str, URIRef] = {}
        self._literals: dict[tuple[object, URIRef | None], Literal] = {}

    def iri(self, value: str) -> URIRef:
        """The URIRef of ``value``."""
        term = self._iris.get(value)
        if term is None:
            term = self._iris[value] = URIRef(value)
        return term

    def literal(self, value: object, datatype: URIRef | None = None) -> Literal:
        """The Literal of ``value`` (typed with ``datatype`` when given)."""
        key = (value, datatype)
        term = self._literals.get(key)
        if term is None:
            term = self._literals[key] = Literal(value, datatype=datatype)
        return term

    def add(self, subject: URIRef, predicate: URIRef, obj: URIRef | Literal) -> None:
        """Queue one triple (added to the graph, in this order, by :meth:`fill`)."""
        self.triples.append((subject, predicate, obj))

    def fill(self, graph: Graph) -> Graph:
        """Add the queued triples to ``graph`` and return it."""
        # straight to the store: Graph.add only re-checks, three isinstance calls a triple, that each
        # term is an rdflib Node, which every term made here is
        add = graph.store.add
        for triple in self.triples:
            add(triple, graph)
        return graph


def _date(value: str) -> Literal:
    return Literal(value, datatype=YEAR if len(value) == 4 else DATE)


def add_fact(terms: Terms, fact: "Fact", doc: URIRef, base: str | None) -> None:
    """Add one fact node with its evidence, provenance and shortcut triples."""
    add, iri, literal = terms.add, terms.iri, terms.literal
    node = iri(fact.iri)
    for cls in (*classes_of(fact.kind, fact.args), FACT):
        add(node, TYPE, cls)
    add(node, LABEL, literal(fact.label))
    add(node, DERIVED, doc)
    add(node, RULE, literal(fact.rule))
    add(node, CONFIDENCE, literal(Decimal(str(fact.confidence)), DECIMAL))
    for role, iris in fact.args.items():
        for arg in iris:
            add(node, ARG_PROPERTIES[role], iri(arg))
    for name, value in fact.values.items():
        if value is None or name in ("role", "start", "end"):
            continue
        prop, datatype = VALUE_PROPERTIES[name]
        if datatype is BOOLEAN and value is False and name == "former":
            continue
        add(node, prop, literal(value, datatype) if datatype else literal(str(value)))
    if fact.values.get("role"):
        role = iri(role_iri(str(fact.values["role"]), base))
        add(node, ROLE, role)
        add(role, TYPE, ROLE_CLASS)
        add(role, LABEL, literal(str(fact.values["role"])))
    if fact.values.get("start"):
        add(node, START_DATE, _date(str(fact.values["start"])))
    if fact.values.get("end"):
        add(node, END_DATE, _date(str(fact.values["end"])))
    for sentence, start, end in fact.evidence:
        evidence = iri(evidence_iri(fact.iri, start, end))
        add(node, EVIDENCE, evidence)
        add(evidence, TYPE, EVIDENCE_CLASS)
        add(evidence, SENTENCE, literal(sentence))
        add(evidence, START, literal(start, INTEGER))
        add(evidence, END, literal(end, INTEGER))
        add(evidence, DERIVED, doc)
    add_shortcuts(terms, fact)


def add_shortcuts(terms: Terms, fact: "Fact") -> None:
    """Materialise schema:worksFor, org:memberOf, org:subOrganizationOf and ng:contactWith."""
    add, iri = terms.add, terms.iri
    if fact.kind == "position":
        for member in fact.args.get("member", []):
            for org in fact.args.get("organization", []):
                add(iri(member), WORKS_FOR, iri(org))
                add(iri(member), MEMBER_OF, iri(org))
    elif fact.kind == "part_of":
        for part in fact.args.get("part", []):
            for whole in fact.args.get("whole", []):
                add(iri(part), SUB_ORGANIZATION_OF, iri(whole))
    elif fact.kind == "contact":
        people = fact.args.get("participant", [])
        for a in people:
            for b in people:
                if a != b:
                    add(iri(a), CONTACT_WITH, iri(b))


def document_graph(document: "ExtractedDocument", base: str | None = None) -> Graph:
    """Return all triples of the document's named graph, with our prefixes bound."""
    # SimpleMemory: a document graph is only added to, matched and serialised, and rdflib's default
    # store (context-aware, with events) spent ~60 % of the non-spaCy extraction time in add().
    graph = bind_prefixes(Graph(store="SimpleMemory"), base or base_iri())
    terms = Terms()
    add, literal = terms.add, terms.literal
    doc = terms.iri(document.iri)
    add(doc, TYPE, SCHEMA.NewsArticle)
    add(doc, TYPE, PROV.Entity)
    if document.title:
        add(doc, SCHEMA.headline, literal(document.title))
    add(doc, SCHEMA.text, literal(document.text))
    add(doc, NG.contentHash, literal(hashlib.sha256(document.text.encode("utf-8")).hexdigest()))
    add(doc, NG.charCount, literal(len(document.text), XSD.integer))
    if document.url:
        add(doc, SCHEMA.url, literal(document.url, XSD.anyURI))
    if document.published:
        kind = XSD.dateTime if "T" in document.published else XSD.date  # Source gives ISO 8601
        add(doc, SCHEMA.datePublished, literal(document.published, kind))
    for entity in document.entities:
        node = terms.iri(entity.iri)
        add(doc, MENTIONS, node)
        for cls in ENTITY_CLASSES[entity.type]:
            add(node, TYPE, cls)
        add(node, NAME, literal(entity.name))
        add(node, LABEL, literal(entity.name))
        for alias in entity.aliases:
            add(node, ALTERNATE_NAME, literal(alias))
    for fact in document.facts:
        add_fact(terms, fact, doc, base)
    return terms.fill(graph)
