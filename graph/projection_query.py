"""The SPARQL that reads the projection: one SELECT, its branches generated from EDGE_RULES.

Only constants from ``ontology`` are written into the query text; nothing a user typed.
"""

from __future__ import annotations

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

ENTITY_PATTERN = (
    "VALUES ?class { "
    + " ".join(f"<{cls}>" for cls, _ in TYPE_OF_CLASS)
    + """ }
    GRAPH ?graph {
      ?entity a ?class .
      FILTER(isIRI(?entity))
      OPTIONAL { ?entity schema:name ?name }
      OPTIONAL { ?entity rdfs:label ?entityLabel }
      OPTIONAL { ?entity schema:alternateName ?alias }
      OPTIONAL { ?graph schema:headline ?headline }
    }"""
)

EDGE_PATTERN = (
    "VALUES (?factClass ?sp ?tp ?kind) { "
    + " ".join(f'(<{r.fact_class}> <{r.source}> <{r.target}> "{r.kind}")' for r in EDGE_RULES)
    + """ }
    ?fact a ?factClass ; ?sp ?source ; ?tp ?target .
    FILTER(isIRI(?source) && isIRI(?target) && ?source != ?target)
    FILTER NOT EXISTS { ?fact a ng:ImageCredit }
    OPTIONAL { ?fact rdfs:label ?label }
    OPTIONAL { ?fact ng:confidence ?confidence }
    OPTIONAL { ?fact prov:wasDerivedFrom ?doc }
    OPTIONAL {
      ?fact ng:evidence ?evidence .
      OPTIONAL { ?evidence ng:sentence ?sentence }
      OPTIONAL { ?evidence ng:start ?start }
      OPTIONAL { ?evidence ng:end ?end }
      OPTIONAL { ?evidence prov:wasDerivedFrom ?evdoc }
    }"""
)

COLUMNS = (
    *("entity", "class", "name", "entityLabel", "alias", "graph", "headline"),
    *("fact", "kind", "source", "target", "label", "confidence", "doc"),
    *("evidence", "sentence", "start", "end", "evdoc"),
    *("holder", "roleTitle"),
)

# One query, so entities and relations come from the same snapshot of the store even while a
# document is being written (each Oxigraph query reads one consistent snapshot).
PROJECTION_QUERY = f"""{PREFIXES}SELECT {" ".join("?" + c for c in COLUMNS)} WHERE {{
  {{ {ENTITY_PATTERN} }}
  UNION
  {{ {EDGE_PATTERN} }}
  UNION
  {{ ?roleFact a ng:Position ; org:member ?holder ; ng:roleTitle ?roleTitle }}
}}"""
