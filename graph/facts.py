"""One entity in full: its names, types, every fact that mentions it with evidence, its neighbours."""

from __future__ import annotations

import re
from typing import Any, cast

from graph.evidence import evidence_item, in_text_order
from graph.names import number
from graph.network import Network
from graph.store import Store

FACTS_QUERY = """PREFIX ng: <https://w3id.org/newsgraph/ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?entity ?fact ?class ?role ?label ?confidence ?doc ?evidence ?sentence ?start ?end ?evdoc WHERE {
  ?fact a ng:Fact ; ?role ?entity ; a ?class .
  FILTER(?class != ng:Fact && STRSTARTS(STR(?class), STR(ng:)))
  OPTIONAL { ?fact rdfs:label ?label }
  OPTIONAL { ?fact ng:confidence ?confidence }
  OPTIONAL { ?fact prov:wasDerivedFrom ?doc }
  OPTIONAL {
    ?fact ng:evidence ?evidence .
    OPTIONAL { ?evidence ng:sentence ?sentence }
    OPTIONAL { ?evidence ng:start ?start }
    OPTIONAL { ?evidence ng:end ?end }
    OPTIONAL { ?evidence prov:wasDerivedFrom ?evdoc }
  }
}"""

TYPES_QUERY = """SELECT ?entity ?type WHERE { ?entity a ?type }"""

_CAMEL = re.compile(r"(?<!^)(?=[A-Z])")


def describe(store: Store, network: Network, iri: str) -> dict[str, Any]:
    """The entity page: the entity, its names and RDF types, its facts and its neighbours."""
    entity = network.entity(iri)
    labels_by_fact: dict[str, list[str]] = {}
    for _, _, edge in network.graph.edges(iri, data=True):
        for relation in edge["relations"]:
            labels_by_fact.setdefault(relation["fact"], []).append(relation["label"])
    return {
        **entity,
        "names": [entity["name"], *entity["aliases"]],
        "types": sorted({row["type"] for row in store.select(TYPES_QUERY, entity=iri) if row["type"]}),
        "documents": list(network.documents(iri)),
        "facts": _facts(store, iri, labels_by_fact, entity["name"]),
        "neighbors": _neighbors(network, iri),
    }


def _facts(store: Store, iri: str, labels: dict[str, list[str]], name: str) -> list[dict[str, Any]]:
    facts: dict[tuple[str, str], dict[str, Any]] = {}
    for row in store.select(FACTS_QUERY, entity=iri):
        # ?fact, ?role and ?class are outside every OPTIONAL in FACTS_QUERY, so never unbound
        fact_iri, role, cls = cast(str, row["fact"]), cast(str, row["role"]), cast(str, row["class"])
        kind = _snake(cls)
        key = (fact_iri, role)
        fact = facts.get(key)
        if fact is None:
            fact = facts[key] = {
                "kind": kind,
                "role": _snake(role),
                "label": row["label"] or "; ".join(labels.get(fact_iri, [])) or f"{name}: {kind}",
                "fact": fact_iri,
                "confidence": number(row["confidence"], float),
                "evidence": [],
            }
        if row["evidence"]:
            evidence = evidence_item(row["evdoc"] or row["doc"], row["sentence"], row["start"], row["end"])
            if evidence not in fact["evidence"]:
                fact["evidence"].append(evidence)
    for fact in facts.values():
        in_text_order(fact["evidence"])
    return sorted(facts.values(), key=lambda f: (f["kind"], f["fact"], f["role"]))


def _neighbors(network: Network, iri: str) -> list[dict[str, Any]]:
    graph = network.graph
    found = []
    for other in sorted(graph[iri], key=lambda n: (-graph.degree(n), graph.nodes[n]["name"], n)):
        relations = [
            {"kind": r["kind"], "label": r["label"], "fact": r["fact"]}
            for r in graph.edges[iri, other]["relations"]
        ]
        found.append({**network.node(other), "relations": relations})
    return found


def _snake(iri: str) -> str:
    """``https://w3id.org/newsgraph/ns#PartOf`` -> ``part_of``; ``.../org#member`` -> ``member``."""
    local = re.split(r"[#/]", iri)[-1]
    return _CAMEL.sub("_", local).lower()
