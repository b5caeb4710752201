"""Extract one document: text -> spaCy -> entities and facts -> the document's RDF graph."""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from rdflib import Graph
from spacy.language import Language
from spacy.tokens import Doc

from extract.aliases import group_of
from extract.errors import ExtractError
from extract.labels import label
from extract.normalise import normalise
from extract.pipeline import load_pipeline
from extract.records import Claim
from extract.sources import MAX_BYTES, Source
from ontology import base_iri, document_id, document_iri, entity_iri, fact_iri

MAX_TITLE = 200
PUBLIC_TYPES = {
    "person": "person",
    "organization": "organization",
    "outlet": "outlet",
    "place": "place",
    "country": "country",
}
IDENTITY = {
    "position": ("member", "role", "organization", "jurisdiction"),
    "contact": ("participant", "contactType"),
    "contact_mention": ("participant", "contactType", "status"),
    "part_of": ("part", "whole"),
    "denial": ("agent", "about"),
    "advice": ("agent", "advisee"),
    "appearance": ("agent", "host"),
    "representation": ("agent", "represented"),
}


@dataclass
class Entity:
    """An entity of a document: IRI, canonical name, type and other surface forms."""

    iri: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)


@dataclass
class Fact:
    """A fact node: IRI, kind, readable label, rule, confidence and evidence (sentence, start, end)."""

    iri: str
    kind: str
    label: str
    rule: str
    confidence: float
    evidence: list[tuple[str, int, int]]
    args: dict[str, list[str]] = field(default_factory=dict)
    values: dict[str, object] = field(default_factory=dict)


@dataclass
class ExtractedDocument:
    """Everything extracted from one article, and the RDF of its named graph."""

    id: str
    iri: str
    title: str | None
    text: str
    graph: Graph
    entities: list[Entity]
    facts: list[Fact]
    url: str | None = None
    published: str | None = None


def _source(source: Source | str) -> Source:
    if isinstance(source, Source):
        return source
    if isinstance(source, str):
        return Source(text=source)
    raise ExtractError(f"expected article text or a Source, got {type(source).__name__}; pass a str")


def prepare(source: Source | str) -> tuple[Source, str]:
    """Validate a source and return it with its normalised text."""
    source = _source(source)
    text = normalise(source.text)
    if not text.strip():
        raise ExtractError(f"{source.origin}: the article is empty; give some text")
    if len(text.encode("utf-8")) > MAX_BYTES:
        raise ExtractError(f"{source.origin}: the article is larger than {MAX_BYTES} bytes; split it")
    return source, text


def headline(source: Source, text: str) -> str | None:
    """Return the given title, else the first line of the text when it is short enough to be one."""
    if source.title:
        return source.title.strip()
    first = text.strip().split("\n", 1)[0].strip().lstrip("#").strip().strip("*_").strip()
    return first if 0 < len(first) <= MAX_TITLE else None


def merge_claims(claims: list[Claim]) -> list[Claim]:
    """Merge claims that state the same fact, keeping all evidence, dates and the best confidence."""
    merged: dict[tuple, Claim] = {}
    for claim in claims:
        fields = IDENTITY.get(claim.kind)
        if fields:
            key = (
                claim.kind,
                *(
                    tuple(sorted(claim.args.get(f, ())))
                    if f in claim.args or f not in claim.values
                    else claim.values.get(f)
                    for f in fields
                ),
            )
        else:
            key = (
                claim.kind,
                tuple(sorted((k, tuple(v)) for k, v in claim.args.items())),
                tuple(claim.evidence[:1]),
            )
        if key not in merged:
            merged[key] = claim
            continue
        kept = merged[key]
        kept.evidence += [e for e in claim.evidence if e not in kept.evidence]
        for name, value in claim.values.items():
            if kept.values.get(name) in (None, "", False):
                kept.values[name] = value
        if claim.confidence > kept.confidence:
            kept.confidence, kept.rule = claim.confidence, claim.rule
    return list(merged.values())


def build(doc: Doc, source: Source, text: str, base: str | None) -> ExtractedDocument:
    """Turn an annotated Doc into an ExtractedDocument (entities, facts, graph)."""
    from extract.rdf import document_graph

    base = base or base_iri()  # read the environment once per document, not once per IRI
    doc_id = document_id(text)
    records = doc._.kg_entities or {}
    iris = {key: entity_iri(group_of(r.type), r.name, base) for key, r in records.items()}
    names = {key: r.name for key, r in records.items()}
    entities = [
        Entity(iris[k], r.name, PUBLIC_TYPES[r.type], sorted(r.aliases))
        for k, r in sorted(records.items(), key=lambda kv: kv[1].first)
    ]
    claims = merge_claims(list(doc._.kg_claims or []))
    claims += [
        Claim(
            "image_credit",
            "credit.line",
            0.95,
            {},
            {"creditText": c.text, "photographer": c.photographer, "agency": c.agency},
            [(c.start, c.end)],
        )
        for c in doc._.kg_credits or []
    ]
    facts = []
    for claim in claims:
        args = {role: [k for k in keys if k in iris] for role, keys in claim.args.items()}
        args = {role: keys for role, keys in args.items() if keys}
        if not claim.evidence:
            continue
        identity = (
            claim.kind,
            sorted(args.items()),
            sorted((k, str(v)) for k, v in claim.values.items()),
            claim.evidence[0] if claim.kind in ("quotation", "image_credit") else None,
        )
        iri = fact_iri(doc_id, claim.kind, identity, base=base)
        evidence = [(text[a:b], a, b) for a, b in sorted(set(claim.evidence))]
        facts.append(
            Fact(
                iri,
                claim.kind,
                label(claim.kind, args, claim.values, names.__getitem__),
                claim.rule,
                round(min(max(claim.confidence, 0.0), 1.0), 2),
                evidence,
                {role: [iris[k] for k in keys] for role, keys in args.items()},
                dict(claim.values),
            )
        )
    facts.sort(key=lambda f: (f.evidence[0][1] if f.evidence else 0, f.kind, f.iri))
    title = headline(source, text)
    result = ExtractedDocument(
        doc_id,
        document_iri(doc_id, base),
        title,
        text,
        Graph(),
        entities,
        facts,
        source.url,
        source.published,
    )
    result.graph = document_graph(result, base)
    return result


def checked(nlp: Language) -> Language:
    """Refuse a spaCy pipeline without our components (a bare model finds no facts)."""
    if "kg_quotes" not in nlp.pipe_names:
        raise ExtractError("the spaCy pipeline lacks the kg_ components; pass extract.load_pipeline()")
    return nlp


def extract_document(
    source: Source | str, *, nlp: Language | None = None, base: str | None = None
) -> ExtractedDocument:
    """Extract entities and facts with evidence from one article and build its RDF graph."""
    source, text = prepare(source)
    nlp = checked(nlp or load_pipeline())
    return build(nlp(text), source, text, base)


def extract_documents(
    sources: Iterable[Source | str], nlp: Language | None = None, base: str | None = None
) -> Iterator[ExtractedDocument]:
    """Extract many articles, streaming them through ``nlp.pipe``."""
    nlp = checked(nlp or load_pipeline())
    prepared = (prepare(s) for s in sources)
    pairs = ((text, (source, text)) for source, text in prepared)
    for doc, (source, text) in nlp.pipe(pairs, as_tuples=True):
        yield build(doc, source, text, base)
