"""The SPARQL that reads the projection: one small SELECT per branch, generated from EDGE_RULES.

Every query text here is a constant, composed at import from ``ontology`` constants; the scoped
queries of a patch get their IRIs (read from the store) through ``graph.sparql_text.with_value_lists``.

The build reads the store with the SELECTs of ``BUILD_QUERIES``, each a tagged scan returning
``?a ?b`` (and ``?c``), shaped for speed on a million-triple on-disk store: each returns as few and
as short terms as it can (types and codes come back as short literals, never as class or property
IRIs; a label equal to one of the entity's names is not returned again), and the fact nodes are read
as plain triple scans that ``graph.projection`` joins in Python, because a join inside the engine
probes the store once per row. What only an answer shows -- evidence sentences and offsets, the
documents that mention an entity -- is not read here but for the few facts and entities an answer
names (``graph.evidence``).
"""

from __future__ import annotations

from collections.abc import Iterable

from graph.sparql_text import with_value_lists
from ontology.namespaces import SCHEMA
from ontology.relations import EDGE_RULES

# Most specific first: an outlet is also a schema:Organization, a country also a schema:Place.
TYPE_OF_CLASS: tuple[tuple[str, str], ...] = (
    (str(SCHEMA.Person), "person"),
    (str(SCHEMA.NewsMediaOrganization), "outlet"),
    (str(SCHEMA.Organization), "organization"),
    (str(SCHEMA.Country), "country"),
    (str(SCHEMA.Place), "place"),
)

PREFIXES = """PREFIX schema: <https://schema.org/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX ng: <https://w3id.org/newsgraph/ns#>
PREFIX org: <http://www.w3.org/ns/org#>
"""

# Branch tags (the ?t of a scoped row; the tag of a build scan) and what ?a ?b ?c hold in each.
TYPED = "e"  # ?a entity, ?b type name
NAME = "n"  # ?a entity, ?b schema:name
LABEL = "l"  # ?a entity or fact, ?b rdfs:label (not equal to one of its schema:name)
ALIAS = "a"  # ?a entity, ?b schema:alternateName
FACT_CLASS = "k"  # ?a fact, ?b code of a class in FACT_CLASSES ("x": ng:ImageCredit)
LINK = "m"  # ?a fact, ?b code of a property in LINK_PROPERTIES, ?c the IRI it links to
CONFIDENCE = "c"  # ?a fact, ?b ng:confidence
DERIVED = "d"  # ?a fact or evidence, ?b prov:wasDerivedFrom
EVIDENCE = "v"  # ?a fact, ?b evidence node
ROLE_TITLE = "o"  # ?a position fact, ?b ng:roleTitle
HELD = "r"  # ?a entity, ?b the title of a position it holds (scoped queries only)

FACT_CLASSES: tuple[str, ...] = tuple(dict.fromkeys(str(r.fact_class) for r in EDGE_RULES))
LINK_PROPERTIES: tuple[str, ...] = tuple(
    dict.fromkeys(str(p) for r in EDGE_RULES for p in (r.source, r.target))
)
IMAGE_CREDIT = "x"

_TYPES = " ".join(f'(<{cls}> "{name}")' for cls, name in TYPE_OF_CLASS)
_CLASSES = " ".join(f'(<{cls}> "{i}")' for i, cls in enumerate(FACT_CLASSES))
_LINKS = " ".join(f'(<{p}> "{i}")' for i, p in enumerate(LINK_PROPERTIES))


def _union(pattern: str, pairs: tuple[tuple[str, str], ...]) -> str:
    """One UNION branch per (term, code) pair: ``pattern`` with ``{term}``, binding ``?b`` to the code."""
    return " UNION ".join(f'{{ {pattern.format(term=t)} BIND("{code}" AS ?b) }}' for t, code in pairs)


_TYPE_PAIRS = tuple((f"<{cls}>", name) for cls, name in TYPE_OF_CLASS)
_CLASS_PAIRS = (*((f"<{c}>", str(i)) for i, c in enumerate(FACT_CLASSES)), ("ng:ImageCredit", IMAGE_CREDIT))
_LINK_PAIRS = tuple((f"<{p}>", str(i)) for i, p in enumerate(LINK_PROPERTIES))

# (tag, query) for every scan of a build, entities first (they are read two at a time). Each is a
# single triple pattern, or a UNION of them with a short literal code for the class or property
# (a VALUES table joined with ``?a ?p ?c`` makes Oxigraph scan every triple). DISTINCT: the union
# graph returns a triple once per document that states it, and a recurring figure is named in
# thousands. No per-entity document graph is read (it was the costliest scan, 140k rows of two IRIs):
# ``graph.evidence`` reads it for the entities a page or a disambiguation shows.
BUILD_QUERIES: tuple[tuple[str, str], ...] = tuple(
    (tag, f"{PREFIXES}SELECT {distinct}{columns} WHERE {{ {pattern} }}")
    for tag, distinct, columns, pattern in (
        (TYPED, "DISTINCT ", "?a ?b", _union("?a a {term}", _TYPE_PAIRS) + " FILTER(isIRI(?a))"),
        (NAME, "DISTINCT ", "?a ?b", "?a schema:name ?b"),
        (LABEL, "DISTINCT ", "?a ?b", "{ ?a rdfs:label ?b } MINUS { ?a schema:name ?b }"),
        (ALIAS, "DISTINCT ", "?a ?b", "?a schema:alternateName ?b"),
        # the entities are joined once the four scans above are read, while these run
        (LINK, "DISTINCT ", "?a ?b ?c", _union("?a {term} ?c", _LINK_PAIRS) + " FILTER(isIRI(?c))"),
        # A fact node lives in one document's graph: DISTINCT would cost more than it drops, and
        # the joins in graph.projection take a repeated row as it is (sets, a minimum).
        (DERIVED, "", "?a ?b", "?a prov:wasDerivedFrom ?b"),
        (FACT_CLASS, "", "?a ?b", _union("?a a {term}", _CLASS_PAIRS)),
        (EVIDENCE, "", "?a ?b", "?a ng:evidence ?b"),
        (CONFIDENCE, "", "?a ?b", "?a ng:confidence ?b"),
        (ROLE_TITLE, "", "?a ?b", "?a ng:roleTitle ?b"),
    )
)


# Every IRI a document's graph names as a subject or an object: what a write of it can change.
TERMS_QUERY = """SELECT DISTINCT ?s ?g WHERE {
  GRAPH ?g { { ?s ?p ?o } UNION { ?o ?p ?s } } FILTER(isIRI(?s) && ?s != ?g) }"""

_FACT_TYPES = f'{_CLASSES} (ng:ImageCredit "{IMAGE_CREDIT}")'

# The fact nodes among ?x and the facts whose evidence is among ?x: every fact a write of them can
# change. (Columns ?f, ?class: the class is checked in Python.)
FACTS_QUERY = f"""{PREFIXES}SELECT DISTINCT ?f ?class WHERE {{ VALUES ?x {{}}
  {{ ?x a ?class . BIND(?x AS ?f) }} UNION {{ ?f ng:evidence ?x }}
}}"""

# A scoped branch: for each IRI of its scope (?e entities, ?f facts, ?x both), the
# pattern reached through an OPTIONAL, the IRI returned as ?a. Oxigraph then looks each IRI up, where
# a join of VALUES with a pattern scans the whole pattern first (seconds on 1M triples). Unmatched
# rows come back with ?b unbound and are dropped when read.
_SCOPED = (
    "{{ SELECT DISTINCT ?t (?{v} AS ?a) ?b{c} WHERE {{ VALUES ?{v} {{}} OPTIONAL {{ {pattern} }} "
    'BIND("{tag}" AS ?t) }} }}'
)
# The evidence of the facts in ?f, evidence node as ?a.
_EVIDENCE = (
    "{{ SELECT DISTINCT ?t ?a ?b WHERE {{ VALUES ?f {{}} OPTIONAL {{ ?f ng:evidence ?a . {pattern} }} "
    'BIND("{tag}" AS ?t) }} }}'
)
_SCOPED_BRANCHES = (
    _SCOPED.format(tag=TYPED, v="e", c="", pattern=f"VALUES (?class ?b) {{ {_TYPES} }} ?e a ?class"),
    _SCOPED.format(tag=NAME, v="e", c="", pattern="?e schema:name ?b"),
    _SCOPED.format(
        tag=LABEL, v="x", c="", pattern="?x rdfs:label ?b FILTER NOT EXISTS { ?x schema:name ?b }"
    ),
    _SCOPED.format(tag=ALIAS, v="e", c="", pattern="?e schema:alternateName ?b"),
    _SCOPED.format(tag=HELD, v="e", c="", pattern="?p org:member ?e ; ng:roleTitle ?b ; a ng:Position"),
    _SCOPED.format(
        tag=FACT_CLASS, v="f", c="", pattern=f"VALUES (?class ?b) {{ {_FACT_TYPES} }} ?f a ?class"
    ),
    _SCOPED.format(
        tag=LINK, v="f", c=" ?c", pattern=f"VALUES (?p ?b) {{ {_LINKS} }} ?f ?p ?c FILTER(isIRI(?c))"
    ),
    _SCOPED.format(tag=CONFIDENCE, v="f", c="", pattern="?f ng:confidence ?b"),
    _SCOPED.format(tag=DERIVED, v="f", c="", pattern="?f prov:wasDerivedFrom ?b"),
    _SCOPED.format(tag=EVIDENCE, v="f", c="", pattern="?f ng:evidence ?b"),
    _SCOPED.format(tag=ROLE_TITLE, v="f", c="", pattern="?f ng:roleTitle ?b"),
    _EVIDENCE.format(tag=DERIVED, pattern="?a prov:wasDerivedFrom ?b"),
)
# The build's branches for the IRIs in ?e (as entities), ?f (as facts) and ?x (both), plus HELD
# (the titles of every position an entity holds).
SCOPED_QUERY = f"{PREFIXES}SELECT ?t ?a ?b ?c WHERE {{\n  " + "\n  UNION ".join(_SCOPED_BRANCHES) + "\n}"


def facts_query(subjects: Iterable[str]) -> str:
    """FACTS_QUERY for ``subjects`` (IRIs read from the store)."""
    return with_value_lists(FACTS_QUERY, {"x": subjects})


def scoped_query(subjects: Iterable[str], facts: Iterable[str]) -> str:
    """SCOPED_QUERY for ``subjects`` (as entities) and ``facts``.

    Same tags as BUILD_QUERIES, over the union graph, so what it says about an entity or a fact
    is what the whole store says.
    """
    entities, fact_nodes = set(subjects), set(facts)
    lists = {"e": entities, "f": fact_nodes, "x": entities | fact_nodes}
    return with_value_lists(SCOPED_QUERY, lists)
