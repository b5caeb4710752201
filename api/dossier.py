"""Gather what the store says about one entity, grouped the way a reader asks: roles, quotes, contacts.

One SELECT reads every fact node the entity takes part in, with its details and evidence; the
grouping happens here so the entity page shows roles with dates and quotes with their outlet without
depending on how the JSON API chooses to shape its answer.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any, cast

from graph.evidence import evidence_item, in_text_order
from graph.names import slug_of
from graph.network import Network
from graph.store import Store
from ontology.namespaces import NG, ORG, SCHEMA

PROV = "http://www.w3.org/ns/prov#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

LINKS = {
    str(ORG.member): "member",
    str(ORG.organization): "organization",
    str(NG.jurisdiction): "jurisdiction",
    str(SCHEMA.creator): "speaker",
    str(SCHEMA.about): "about",
    str(NG.givenTo): "given_to",
    str(NG.reportedBy): "reported_by",
    str(NG.participant): "participant",
    str(NG.agent): "agent",
    str(NG.advisee): "advisee",
    str(NG.host): "host",
    str(NG.represented): "represented",
    str(NG.part): "part",
    str(NG.whole): "whole",
}
DETAILS = {
    RDF_TYPE: "class",
    RDFS + "label": "label",
    str(SCHEMA.text): "text",
    str(NG.roleTitle): "title",
    str(SCHEMA.startDate): "start_date",
    str(SCHEMA.endDate): "end_date",
    str(NG.contactType): "contact_type",
    str(NG.direct): "direct",
    str(NG.former): "former",
    str(NG.confidence): "confidence",
    str(NG["count"]): "count",
    str(NG.rule): "rule",
}
_IRIS = ", ".join(f"<{p}>" for p in LINKS)
_ALL = ", ".join(f"<{p}>" for p in (*LINKS, *DETAILS))

FACTS_QUERY = f"""PREFIX ng: <{NG}>
PREFIX prov: <{PROV}>
SELECT ?entity ?fact ?p ?value ?evidence ?sentence ?start ?end ?evdoc WHERE {{
  ?fact ?link ?entity ; a ng:Fact .
  FILTER(?link IN ({_IRIS}))
  {{ ?fact ?p ?value . FILTER(?p IN ({_ALL})) }}
  UNION
  {{ ?fact ng:evidence ?evidence .
     OPTIONAL {{ ?evidence ng:sentence ?sentence }} OPTIONAL {{ ?evidence ng:start ?start }}
     OPTIONAL {{ ?evidence ng:end ?end }} OPTIONAL {{ ?evidence prov:wasDerivedFrom ?evdoc }}
     OPTIONAL {{ ?fact prov:wasDerivedFrom ?evdoc }} }}
}}"""

SECTIONS = (
    ("roles", "Roles"),
    ("holders", "People in posts here"),
    ("said", "Quotes given"),
    ("heard", "Quoted about"),
    ("outlet", "Quotes given to or reported by this outlet"),
    ("contacts", "Contacts"),
    ("other", "Other facts"),
)


def gather(store: Store, network: Network, iri: str) -> dict[str, list[dict[str, Any]]]:
    """Every fact ``iri`` takes part in, sorted into the page's sections (in text order)."""
    facts: dict[str, dict[str, Any]] = defaultdict(lambda: {"links": defaultdict(list), "evidence": {}})
    for row in store.select(FACTS_QUERY, entity=iri):
        fact = facts[cast(str, row["fact"])]  # ?fact is outside the OPTIONALs, so never unbound
        fact["iri"] = row["fact"]
        if row["p"] in LINKS and row["value"] not in fact["links"][LINKS[row["p"]]]:
            fact["links"][LINKS[row["p"]]].append(row["value"])
        elif row["p"] in DETAILS:
            fact.setdefault(DETAILS[row["p"]], set()).add(row["value"])
        if row["evidence"]:
            fact["evidence"][row["evidence"]] = _evidence(row)
    sections: dict[str, list[dict[str, Any]]] = {key: [] for key, _ in SECTIONS}
    for fact in facts.values():
        entry = _entry(network, fact)
        sections[_section(fact, iri)].append(entry)
    for entries in sections.values():
        entries.sort(key=lambda e: (e["evidence"][0]["start"] if e["evidence"] else 10**9, e["label"] or ""))
    return sections


def name_of(network: Network, iri: str) -> dict[str, Any]:
    """An entity reference for the template: IRI, name, type (a readable slug if the graph lacks it)."""
    data = network.graph.nodes[iri] if iri in network.graph else None
    if data:
        return {"iri": iri, "name": data["name"], "type": data["type"], "known": True}
    return {"iri": iri, "name": slug_of(iri).replace("-", " ").title(), "type": None, "known": False}


def _evidence(row: dict[str, Any]) -> dict[str, Any]:
    item = evidence_item(row["evdoc"], row["sentence"], row["start"], row["end"])
    return {**item, "id": (row["evdoc"] or "").rsplit("/", 1)[-1] or None}


def _entry(network: Network, fact: dict[str, Any]) -> dict[str, Any]:
    single = {key: _one(fact.get(key)) for key in DETAILS.values() if key != "class"}
    return {
        **single,
        "iri": fact["iri"],
        "classes": {c.rsplit("#", 1)[-1] for c in fact.get("class", ())},
        "links": {role: [name_of(network, i) for i in iris] for role, iris in fact["links"].items()},
        "evidence": _in_text_order(fact["evidence"].values()),
    }


def _section(fact: dict[str, Any], iri: str) -> str:
    classes = {c.rsplit("#", 1)[-1] for c in fact.get("class", ())}
    roles = {role for role, iris in fact["links"].items() if iri in iris}
    if "Position" in classes:
        return "roles" if "member" in roles else "holders"
    if "Quotation" in classes:
        if "speaker" in roles:
            return "said"
        return "heard" if "about" in roles else "outlet"
    if "Contact" in classes:
        return "contacts"
    return "other"


def _one(values: set[str] | None) -> str | None:
    return sorted(values)[0] if values else None


def _in_text_order(items: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    ordered = list(items)
    in_text_order(ordered)
    return ordered
