"""Hand-made articles in the RDF of docs/data-model.md, for testing the projection without extraction."""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, XSD

from graph.store import OxigraphStore, Store
from ontology.iris import document_id, document_iri, entity_iri, evidence_iri, fact_iri, role_iri
from ontology.namespaces import NG, ORG, SCHEMA, bind_prefixes

BASE = "https://newsgraph.example/"

EXTRA_TYPES = {
    NG.Position: (ORG.Membership,),
    NG.Quotation: (SCHEMA.Quotation,),
    NG.Contact: (SCHEMA.Event,),
    NG.Appearance: (SCHEMA.Event,),
    NG.ImageCredit: (SCHEMA.ImageObject,),
}
Links = dict[URIRef, "str | Iterable[str]"]


class Article:
    """One document's named graph, built fact by fact; sentences are appended to its text."""

    def __init__(self, name: str, headline: str | None = None) -> None:
        self.id = document_id(name)
        self.iri = document_iri(self.id, BASE)
        self.headline = headline or name
        self.graph = bind_prefixes(Graph(), BASE)
        self.text = ""
        self.mentioned: list[str] = []

    def _entity(self, kind: str, name: str, aliases: Iterable[str], classes: Iterable[URIRef]) -> str:
        iri = entity_iri(kind, name, BASE)
        node = URIRef(iri)
        for cls in classes:
            self.graph.add((node, RDF.type, cls))
        self.graph.add((node, SCHEMA.name, Literal(name)))
        self.graph.add((node, RDFS.label, Literal(name)))
        for alias in aliases:
            self.graph.add((node, SCHEMA.alternateName, Literal(alias)))
        self.mentioned.append(iri)
        return iri

    def person(self, name: str, *aliases: str) -> str:
        """Mint and describe a person."""
        return self._entity("person", name, aliases, [SCHEMA.Person])

    def org(self, name: str, *aliases: str, outlet: bool = False) -> str:
        """Mint and describe an organisation (a news outlet when ``outlet``)."""
        classes = [SCHEMA.Organization] + ([SCHEMA.NewsMediaOrganization] if outlet else [])
        return self._entity("org", name, aliases, classes)

    def place(self, name: str, *aliases: str, country: bool = False) -> str:
        """Mint and describe a place (a country when ``country``)."""
        return self._entity("place", name, aliases, [SCHEMA.Place] + ([SCHEMA.Country] if country else []))

    def sentence(self, text: str) -> tuple[int, int]:
        """Append a sentence to the document text; its (start, end) offsets."""
        start = len(self.text)
        self.text += text + " "
        return start, start + len(text)

    def fact(
        self,
        cls: URIRef,
        links: Links,
        *,
        label: str | None = None,
        sentences: Iterable[str] = (),
        confidence: float = 0.9,
        details: dict[URIRef, object] | None = None,
    ) -> str:
        """Add a fact node of ``cls`` linking entities by predicate, with evidence for each sentence."""
        kind = str(cls).rsplit("#", 1)[-1].lower()
        key = sorted((str(p), str(v)) for p, vs in links.items() for v in _many(vs))
        iri = fact_iri(self.id, kind, *key, label, base=BASE)
        node, g = URIRef(iri), self.graph
        for t in (cls, *EXTRA_TYPES.get(cls, ()), NG.Fact):
            g.add((node, RDF.type, t))
        for predicate, values in links.items():
            for value in _many(values):
                g.add((node, predicate, URIRef(value)))
        for predicate, value in (details or {}).items():
            g.add((node, predicate, value if isinstance(value, (URIRef, Literal)) else Literal(value)))
        if label:
            g.add((node, RDFS.label, Literal(label)))
        g.add((node, PROV.wasDerivedFrom, URIRef(self.iri)))
        g.add((node, NG.rule, Literal("test.hand-made")))
        g.add((node, NG.confidence, Literal(str(confidence), datatype=XSD.decimal)))
        for text in sentences:
            start, end = self.sentence(text)
            evidence = URIRef(evidence_iri(iri, start, end))
            g.add((node, NG.evidence, evidence))
            g.add((evidence, RDF.type, NG.Evidence))
            g.add((evidence, NG.sentence, Literal(text)))
            g.add((evidence, NG.start, Literal(start)))
            g.add((evidence, NG.end, Literal(end)))
            g.add((evidence, PROV.wasDerivedFrom, URIRef(self.iri)))
        return iri

    def contact(self, a: str, b: str, sentence: str | None = None, confidence: float = 0.9) -> str:
        """A contact between two entities, with a shortcut ng:contactWith both ways, as extraction writes."""
        self.graph.add((URIRef(a), NG.contactWith, URIRef(b)))
        self.graph.add((URIRef(b), NG.contactWith, URIRef(a)))
        text = sentence or f"{_slug(a)} met {_slug(b)}."
        return self.fact(NG.Contact, {NG.participant: [a, b]}, sentences=[text], confidence=confidence)

    def position(
        self,
        member: str,
        title: str,
        *,
        org: str | None = None,
        place: str | None = None,
        label: str | None = None,
        sentence: str = "",
        years: tuple[str, str] | None = None,
    ) -> str:
        """A position with its role, title, optional organisation, jurisdiction and years."""
        links: Links = {ORG.member: member}
        if org:
            links[ORG.organization] = org
            self.graph.add((URIRef(member), SCHEMA.worksFor, URIRef(org)))
        if place:
            links[NG.jurisdiction] = place
        details: dict[URIRef, object] = {ORG.role: URIRef(role_iri(title, BASE)), NG.roleTitle: title}
        if years:
            details[SCHEMA.startDate] = Literal(years[0], datatype=XSD.gYear)
            details[SCHEMA.endDate] = Literal(years[1], datatype=XSD.gYear)
        return self.fact(
            NG.Position, links, label=label, sentences=[sentence or f"{title}."], details=details
        )

    def image_credit(self, credit: str, photographer: str, agency: str, links: Links | None = None) -> str:
        """A photo credit line: photographer and agency are text, never entities."""
        details = {SCHEMA.creditText: credit, NG.photographer: photographer, NG.agency: agency}
        return self.fact(NG.ImageCredit, links or {}, sentences=[credit], details=details)

    def ntriples(self) -> str:
        """The document's graph as N-Triples, with the document node and its text."""
        doc = URIRef(self.iri)
        g = self.graph
        g.add((doc, RDF.type, SCHEMA.NewsArticle))
        g.add((doc, RDF.type, PROV.Entity))
        g.add((doc, SCHEMA.headline, Literal(self.headline)))
        g.add((doc, SCHEMA.text, Literal(self.text)))
        g.add((doc, NG.charCount, Literal(len(self.text))))
        for iri in self.mentioned:
            g.add((doc, SCHEMA.mentions, URIRef(iri)))
        return g.serialize(format="nt")


def load(*articles: Article, store: Store | None = None) -> Store:
    """Store the articles (each in its own named graph) in ``store`` or a new in-memory store."""
    store = store if store is not None else OxigraphStore(None)
    for article in articles:
        store.add_document(article.iri, article.ntriples())
    return store


def _many(values: str | Iterable[str]) -> list[str]:
    return [values] if isinstance(values, str) else list(values)


def _slug(iri: str) -> str:
    return iri.rsplit("/", 1)[-1]


__all__ = ["BASE", "Article", "load"]
