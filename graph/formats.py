"""RDF and SPARQL-results formats: names, media types and file extensions in one table."""

from dataclasses import dataclass

from pyoxigraph import QueryResultsFormat, RdfFormat


@dataclass(frozen=True)
class Format:
    """One serialisation the service can produce."""

    name: str
    media_type: str
    extension: str
    engine: RdfFormat | QueryResultsFormat
    aliases: tuple[str, ...] = ()

    @property
    def has_datasets(self) -> bool:
        """Whether the format can carry named graphs (TriG, N-Quads)."""
        return isinstance(self.engine, RdfFormat) and self.engine.supports_datasets


RDF_FORMATS: tuple[Format, ...] = (
    Format(
        "turtle", "text/turtle", "ttl", RdfFormat.TURTLE, ("ttl", "n3", "text/n3", "application/x-turtle")
    ),
    Format("nt", "application/n-triples", "nt", RdfFormat.N_TRIPLES, ("ntriples", "n-triples", "text/plain")),
    Format("jsonld", "application/ld+json", "jsonld", RdfFormat.JSON_LD, ("json-ld", "json")),
    Format("rdfxml", "application/rdf+xml", "rdf", RdfFormat.RDF_XML, ("xml", "rdf", "rdf/xml")),
    Format("trig", "application/trig", "trig", RdfFormat.TRIG, ()),
    Format("nquads", "application/n-quads", "nq", RdfFormat.N_QUADS, ("nq", "n-quads")),
)

RESULT_FORMATS: tuple[Format, ...] = (
    Format("json", "application/sparql-results+json", "srj", QueryResultsFormat.JSON, ("application/json",)),
    Format(
        "xml",
        "application/sparql-results+xml",
        "srx",
        QueryResultsFormat.XML,
        ("application/xml", "text/xml"),
    ),
    Format("csv", "text/csv", "csv", QueryResultsFormat.CSV, ()),
    Format("tsv", "text/tab-separated-values", "tsv", QueryResultsFormat.TSV, ("tab",)),
)


def rdf_format(name: str) -> Format:
    """Look up an RDF format by name, extension, alias or media type; ValueError lists the choices."""
    return _find(name, RDF_FORMATS)


def result_format(name: str) -> Format:
    """Look up a SPARQL results format by name, alias or media type."""
    return _find(name, RESULT_FORMATS)


def _find(name: str, table: tuple[Format, ...]) -> Format:
    key = name.strip().lower()
    for fmt in table:
        if key in (fmt.name, fmt.extension, fmt.media_type, *fmt.aliases):
            return fmt
    choices = ", ".join(fmt.name for fmt in table)
    raise ValueError(f"unknown format {name!r}; choose one of: {choices}")
