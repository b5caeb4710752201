"""The SPARQL that reads the projection: one SELECT, its branches generated from EDGE_RULES.

Every query text here is a constant, composed at import from ``ontology`` constants; the scoped
queries of a patch get their IRIs (read from the store) through ``graph.sparql_text.with_value_lists``.

The query is one SELECT (so every branch reads the same snapshot of the store, even while a document
is being written) whose branches are tagged by the first column, ``?t``. It is shaped for speed on
a million-triple on-disk store: each branch returns as few and as short terms as it can (types and
codes come back as short literals, never as class or property IRIs; a label equal to one of the
entity's names is not returned again), and the fact nodes are read as plain triple scans that
``graph.projection`` joins in Python, because a join inside the engine probes the store once per row.
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

# Branch tags (the value of ?t) and what ?a ?b ?c hold in each branch.
TYPED = "e"  # ?a entity, ?b type name, ?c document graph
NAME = "n"  # ?a entity, ?b schema:name
LABEL = "l"  # ?a entity or fact, ?b rdfs:label (not equal to one of its schema:name)
ALIAS = "a"  # ?a entity, ?b schema:alternateName
HEADLINE = "h"  # ?a document graph, ?b headline
FACT_CLASS = "k"  # ?a fact, ?b code of a class in FACT_CLASSES ("x": ng:ImageCredit)
LINK = "m"  # ?a fact, ?b code of a property in LINK_PROPERTIES, ?c the IRI it links to
CONFIDENCE = "c"  # ?a fact, ?b ng:confidence
DERIVED = "d"  # ?a fact or evidence, ?b prov:wasDerivedFrom
EVIDENCE = "v"  # ?a fact, ?b evidence node
SENTENCE = "s"  # ?a evidence, ?b ng:sentence
START = "0"  # ?a evidence, ?b ng:start
END = "1"  # ?a evidence, ?b ng:end
ROLE_TITLE = "o"  # ?a position fact, ?b ng:roleTitle
HELD = "r"  # ?a entity, ?b the title of a position it holds (scoped queries only)

COLUMNS = ("t", "a", "b", "c")

FACT_CLASSES: tuple[str, ...] = tuple(dict.fromkeys(str(r.fact_class) for r in EDGE_RULES))
LINK_PROPERTIES: tuple[str, ...] = tuple(
    dict.fromkeys(str(p) for r in EDGE_RULES for p in (r.source, r.target))
)
IMAGE_CREDIT = "x"

_TYPES = " ".join(f'(<{cls}> "{name}")' for cls, name in TYPE_OF_CLASS)
_CLASSES = " ".join(f'(<{cls}> "{i}")' for i, cls in enumerate(FACT_CLASSES))
_LINKS = " ".join(f'(<{p}> "{i}")' for i, p in enumerate(LINK_PROPERTIES))


# One tagged scan; filled in below, once, at import, from this module's constants only.
_SCAN = '{{ SELECT DISTINCT ?t ?a ?b WHERE {{ {pattern} BIND("{tag}" AS ?t) }} }}'


# Every branch but two is a single triple pattern: joining inside Oxigraph (an index probe per row)
# costs several times more than reading the rows and joining them in Python dictionaries. Codes and
# type names are short literals, which Oxigraph returns without a dictionary lookup.
PROJECTION_QUERY = f"""{PREFIXES}SELECT ?t ?a ?b ?c WHERE {{
  {{ SELECT ?t ?a ?b ?c WHERE {{
      VALUES (?class ?b) {{ {_TYPES} }} GRAPH ?c {{ ?a a ?class }} FILTER(isIRI(?a)) BIND("{TYPED}" AS ?t) }} }}
  UNION {_SCAN.format(tag=NAME, pattern="?a schema:name ?b .")}
  UNION
  {{ SELECT DISTINCT ?t ?a ?b WHERE {{
      {{ ?a rdfs:label ?b }} MINUS {{ ?a schema:name ?b }} BIND("{LABEL}" AS ?t) }} }}
  UNION {_SCAN.format(tag=ALIAS, pattern="?a schema:alternateName ?b .")}
  UNION {_SCAN.format(tag=HEADLINE, pattern="GRAPH ?a { ?a schema:headline ?b }")}
  UNION {_SCAN.format(tag=FACT_CLASS, pattern=f'VALUES (?class ?b) {{ {_CLASSES} (ng:ImageCredit "{IMAGE_CREDIT}") }} ?a a ?class .')}
  UNION
  {{ SELECT DISTINCT ?t ?a ?b ?c WHERE {{
      VALUES (?p ?b) {{ {_LINKS} }} ?a ?p ?c . FILTER(isIRI(?c)) BIND("{LINK}" AS ?t) }} }}
  UNION {_SCAN.format(tag=CONFIDENCE, pattern="?a ng:confidence ?b .")}
  UNION {_SCAN.format(tag=DERIVED, pattern="?a prov:wasDerivedFrom ?b .")}
  UNION {_SCAN.format(tag=EVIDENCE, pattern="?a ng:evidence ?b .")}
  UNION {_SCAN.format(tag=SENTENCE, pattern="?a ng:sentence ?b .")}
  UNION {_SCAN.format(tag=START, pattern="?a ng:start ?b .")}
  UNION {_SCAN.format(tag=END, pattern="?a ng:end ?b .")}
  UNION {_SCAN.format(tag=ROLE_TITLE, pattern="?a ng:roleTitle ?b .")}
}}"""


# Every IRI a document's graph names as a subject or an object: what a write of it can change.
TERMS_QUERY = """SELECT DISTINCT ?s ?g WHERE {
  GRAPH ?g { { ?s ?p ?o } UNION { ?o ?p ?s } } FILTER(isIRI(?s) && ?s != ?g) }"""

_FACT_TYPES = f'{_CLASSES} (ng:ImageCredit "{IMAGE_CREDIT}")'

# The fact nodes among ?x and the facts whose evidence is among ?x: every fact a write of them can
# change. (Columns ?f, ?class: the class is checked in Python.)
FACTS_QUERY = f"""{PREFIXES}SELECT DISTINCT ?f ?class WHERE {{ VALUES ?x {{}}
  {{ ?x a ?class . BIND(?x AS ?f) }} UNION {{ ?f ng:evidence ?x }}
}}"""

# A scoped branch: for each IRI of its scope (?e entities, ?f facts, ?x both, ?g the document), the
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
    _SCOPED.format(
        tag=TYPED, v="e", c=" ?c", pattern=f"VALUES (?class ?b) {{ {_TYPES} }} GRAPH ?c {{ ?e a ?class }}"
    ),
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
    _EVIDENCE.format(tag=SENTENCE, pattern="?a ng:sentence ?b"),
    _EVIDENCE.format(tag=START, pattern="?a ng:start ?b"),
    _EVIDENCE.format(tag=END, pattern="?a ng:end ?b"),
    _SCOPED.format(tag=HEADLINE, v="g", c="", pattern="GRAPH ?g { ?g schema:headline ?b }"),
)
# The projection query's branches for the IRIs in ?e (as entities), ?f (as facts) and ?x (both),
# plus HELD (the titles of every position an entity holds) and the headline of the document in ?g.
SCOPED_QUERY = f"{PREFIXES}SELECT ?t ?a ?b ?c WHERE {{\n  " + "\n  UNION ".join(_SCOPED_BRANCHES) + "\n}"


def facts_query(subjects: Iterable[str]) -> str:
    """FACTS_QUERY for ``subjects`` (IRIs read from the store)."""
    return with_value_lists(FACTS_QUERY, {"x": subjects})


def scoped_query(subjects: Iterable[str], facts: Iterable[str], document: str | None) -> str:
    """SCOPED_QUERY for ``subjects`` (as entities), ``facts`` and the headline of ``document``.

    Same tags and columns as PROJECTION_QUERY, over the union graph, so what it says about an
    entity or a fact is what the whole store says.
    """
    entities, fact_nodes = set(subjects), set(facts)
    documents = () if document is None else (document,)
    lists = {"e": entities, "f": fact_nodes, "x": entities | fact_nodes, "g": documents}
    return with_value_lists(SCOPED_QUERY, lists)
