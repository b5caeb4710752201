"""Example SPARQL queries for our vocabulary, shown beside the editor so nobody starts from a blank page.

Outlets are matched by name rather than by IRI so the examples keep working on any base IRI.
"""

from __future__ import annotations

from typing import NamedTuple

PREFIXES = """PREFIX schema: <https://schema.org/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX ng: <https://w3id.org/newsgraph/ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""


class Example(NamedTuple):
    """One example: a short title, what it answers, and the query."""

    key: str
    title: str
    question: str
    query: str


EXAMPLES: tuple[Example, ...] = (
    Example(
        "nyt-quotes",
        "People quoted by The New York Times",
        "Who spoke to (or was reported by) the New York Times, what they said, and about whom.",
        PREFIXES
        + """
SELECT ?speaker ?outlet ?quote (GROUP_CONCAT(DISTINCT ?subject; separator=", ") AS ?about) ?sentence
WHERE {
  ?q a ng:Quotation ; schema:creator ?p .
  { ?q ng:givenTo ?o } UNION { ?q ng:reportedBy ?o }
  ?o schema:name ?outlet .
  FILTER(CONTAINS(LCASE(?outlet), "new york times"))
  ?p schema:name ?speaker .
  OPTIONAL { ?q schema:text ?quote }
  OPTIONAL { ?q schema:about/schema:name ?subject }
  OPTIONAL { ?q ng:evidence/ng:sentence ?sentence }
}
GROUP BY ?speaker ?outlet ?quote ?sentence
ORDER BY ?speaker""",
    ),
    Example(
        "met-kislyak",
        "Who met Kislyak",
        "Everyone the articles say was in contact with Sergey Kislyak, how, when, and where it says so.",
        PREFIXES
        + """
SELECT ?name ?kind (STR(?when) AS ?date) ?sentence ?document
WHERE {
  ?kislyak schema:name "Sergey Kislyak" .
  ?contact a ng:Contact ; ng:participant ?kislyak , ?other .
  FILTER(?other != ?kislyak)
  ?other schema:name ?name .
  OPTIONAL { ?contact ng:contactType ?kind }
  OPTIONAL { ?contact schema:startDate ?when }
  OPTIONAL { ?contact ng:evidence/ng:sentence ?sentence }
  OPTIONAL { ?contact prov:wasDerivedFrom ?document }
}
ORDER BY ?name""",
    ),
    Example(
        "roles",
        "Roles with dates",
        "Every position held, by whom, where, and from when to when.",
        PREFIXES
        + """
SELECT ?person ?role ?organisation ?where (STR(?start) AS ?from) (STR(?end) AS ?to)
WHERE {
  ?position a ng:Position ; org:member/schema:name ?person .
  OPTIONAL { ?position ng:roleTitle ?role }
  OPTIONAL { ?position org:organization/schema:name ?organisation }
  OPTIONAL { ?position ng:jurisdiction/schema:name ?where }
  OPTIONAL { ?position schema:startDate ?start }
  OPTIONAL { ?position schema:endDate ?end }
}
ORDER BY ?person ?start""",
    ),
    Example(
        "people",
        "Everyone, with their aliases",
        "The people in the graph and the other names the articles use for them.",
        PREFIXES
        + """
SELECT ?name (GROUP_CONCAT(DISTINCT ?alias; separator=", ") AS ?aliases)
WHERE {
  ?person a schema:Person ; schema:name ?name .
  OPTIONAL { ?person schema:alternateName ?alias }
}
GROUP BY ?name
ORDER BY ?name""",
    ),
    Example(
        "evidence",
        "Every fact with its evidence",
        "Each extracted fact, the rule that found it, its confidence and the sentence it rests on.",
        PREFIXES
        + """
SELECT ?fact ?label ?rule ?confidence ?sentence
WHERE {
  ?fact a ng:Fact ; rdfs:label ?label .
  OPTIONAL { ?fact ng:rule ?rule }
  OPTIONAL { ?fact ng:confidence ?confidence }
  OPTIONAL { ?fact ng:evidence/ng:sentence ?sentence }
}
ORDER BY DESC(?confidence)
LIMIT 100""",
    ),
)
