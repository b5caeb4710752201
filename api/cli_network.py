"""``newsgraph neighbors``, ``centrality`` and ``network``: the CLI side of /api/neighbors,
/api/centrality and /api/network, the same functions and the same JSON, readable lines by default."""

from __future__ import annotations

import json
from pathlib import Path
from typing import IO, Any

import click

from api.cli_common import opened, store_option, with_candidates
from graph.errors import AmbiguousError, GraphError, UnknownEntityError
from graph.projection import ENTITY_TYPES

TYPE_OPTION = click.Choice(ENTITY_TYPES)


def _echo_json(answer: dict[str, Any], output: IO[str] | None = None) -> None:
    click.echo(json.dumps(answer, indent=2, ensure_ascii=False), file=output)


@click.command()
@click.argument("entity")
@click.option("--hops", default=1, show_default=True, type=click.IntRange(1, 4), help="How far out.")
@click.option("--json", "as_json", is_flag=True, help="Print the API's JSON answer (nodes and edges).")
@store_option
def neighbors(entity: str, hops: int, as_json: bool, store_path: Path) -> None:
    """Who ENTITY (a name, alias or IRI) is linked to, HOPS deep: one line per link, with its relations."""
    from graph.network import build_network
    from graph.paths import neighbors as ego_network

    with opened(store_path, read_only=True) as store:
        try:
            answer = ego_network(build_network(store), entity, hops=hops)
        except (AmbiguousError, UnknownEntityError) as error:
            raise click.ClickException(with_candidates(error)) from None
    if as_json:
        _echo_json(answer)
        return
    click.echo(format_links(answer))


def format_links(answer: dict[str, Any]) -> str:
    """A nodes-and-edges answer as lines: the entities, then each link with its relations' labels."""
    names = {node["iri"]: node["name"] for node in answer["nodes"]}
    lines = [f"{len(answer['nodes'])} entities, {len(answer['edges'])} links"]
    for edge in answer["edges"]:
        lines.append(f"{names[edge['source']]} — {names[edge['target']]}")
        lines.extend(f"  {relation['label']}  [{relation['kind']}]" for relation in edge["relations"])
    return "\n".join(lines)


@click.command()
@click.option(
    "--metric",
    default="betweenness",
    show_default=True,
    type=click.Choice(("betweenness", "pagerank", "degree")),
)
@click.option("--type", "kind", type=TYPE_OPTION, help="Only entities of this type.")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 1000))
@click.option("--json", "as_json", is_flag=True, help="Print the API's JSON answer.")
@store_option
def centrality(metric: str, kind: str | None, limit: int, as_json: bool, store_path: Path) -> None:
    """Who is at the centre: the LIMIT highest-scoring entities by METRIC, one per line."""
    from graph.centrality import centrality as ranking
    from graph.network import build_network

    with opened(store_path, read_only=True) as store:
        try:
            answer = ranking(build_network(store), metric=metric, type=kind, limit=limit)
        except GraphError as error:
            raise click.ClickException(str(error)) from None
    if as_json:
        _echo_json(answer)
        return
    for entity in answer["entities"]:
        click.echo(f"{entity['score']:.6f}\t{entity['name']}\t{entity['type']}\t{entity['iri']}")


@click.command()
@click.option("--type", "kind", type=TYPE_OPTION, help="Only entities of this type.")
@click.option(
    "--min-degree",
    default=0,
    show_default=True,
    type=click.IntRange(0),
    help="Only entities with this many links.",
)
@click.option(
    "-o",
    "--output",
    type=click.File("w", encoding="utf-8"),
    default="-",
    help="Write the JSON here instead of standard output.",
)
@store_option
def network(kind: str | None, min_degree: int, output: IO[str], store_path: Path) -> None:
    """The who-connects-to-whom graph as JSON nodes and edges (what /api/network answers)."""
    from graph.network import build_network
    from graph.paths import network_json

    with opened(store_path, read_only=True) as store:
        answer = network_json(build_network(store), type=kind, min_degree=min_degree)
    _echo_json(answer, output)
