"""The ``newsgraph`` command: a thin click layer over the same functions the service uses.

Data goes to stdout; progress, logs and errors go to stderr.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
import pyoxigraph as ox

from api.cli_common import opened, store_option, with_candidates
from api.cli_evaluate import evaluate
from api.cli_network import TYPE_OPTION, centrality, neighbors, network
from extract import ExtractError, read_sources, seed_source
from graph.errors import AmbiguousError, GraphError, UnknownEntityError
from graph.formats import RDF_FORMATS, rdf_format, result_format
from graph.store import prefixes


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newsgraph")
def cli() -> None:
    """Build a knowledge graph of who is connected to whom in news articles, and query it."""


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@store_option
@click.option(
    "--workers", "-w", default=1, show_default=True, type=click.IntRange(min=1),
    help="spaCy processes to extract with (this process writes the store, in input order).",
)  # fmt: skip
@click.option(
    "--dask", metavar="ADDRESS", default=None, callback=lambda _c, _p, v: _dask_target(v),
    help="Extract on a Dask cluster: a scheduler (tcp://HOST:8786) or local:N to start N workers here.",
)  # fmt: skip
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def build(paths: tuple[Path, ...], store_path: Path, workers: int, dask: str | None, quiet: bool) -> None:
    """Extract PATHS into the store: .txt, .md, .html and .jsonl files, or directories of them
    (none: the bundled seed article)."""
    from click.core import ParameterSource
    from tqdm import tqdm

    from api.cluster import ClusterError, extraction_executor
    from api.ingest import build as build_documents

    source = click.get_current_context().get_parameter_source("workers")
    if dask is not None and source == ParameterSource.COMMANDLINE:
        raise click.UsageError("--dask and --workers are exclusive: the Dask cluster sets the workers")
    try:
        sources = read_sources(paths) if paths else [seed_source()]
    except ExtractError as error:
        raise click.ClickException(f"{error}; nothing was written") from None
    quiet = quiet or not sys.stderr.isatty()
    try:
        with (
            extraction_executor(workers, dask) as pool,  # first: an unreachable cluster writes nothing
            opened(store_path) as store,
            tqdm(total=len(sources), unit="doc", disable=quiet, file=sys.stderr, desc="extracting") as bar,
        ):
            report = build_documents(store, sources, executor=pool, on_document=_progress(bar))
    except ExtractError as error:
        raise click.ClickException(str(error)) from None
    except ClusterError as error:
        raise click.ClickException(str(error)) from None
    for item in report.added:
        click.echo(
            f"added {item['id']}: {item['entities']} entities, {item['facts']} facts, "
            f"{item['triples']} triples ({item['title'] or 'no title'})",
            err=True,
        )
    for item in report.skipped:
        click.echo(f"already stored {item['id']} ({item['title'] or 'no title'})", err=True)
    click.echo(f"store: {store_path}", err=True)


def _dask_target(value: str | None) -> str | None:
    """Check ``--dask``: ``local:N`` with N >= 1, or a scheduler address."""
    from api.cluster import parse_dask

    if value is not None:
        try:
            parse_dask(value)
        except ValueError as error:
            raise click.BadParameter(str(error), param_hint="--dask") from None
    return value


def _progress(bar: Any) -> Callable[[Any], None]:
    """Advance the bar by one document and show the words extracted per second."""
    words = 0

    def update(document: Any) -> None:
        nonlocal words
        words += len(document.text.split())
        bar.update()
        elapsed = bar.format_dict["elapsed"]
        if elapsed:
            bar.set_postfix_str(f"{words / elapsed:,.0f} words/s", refresh=False)

    return update


@cli.command()
@click.argument("doc_id")
@store_option
def remove(doc_id: str, store_path: Path) -> None:
    """Remove document DOC_ID and everything derived from it (see `newsgraph documents`)."""
    from ontology.iris import document_iri

    with opened(store_path) as store:
        try:
            store.remove_document(document_iri(doc_id))
        except GraphError as error:
            raise click.ClickException(f"{error}; `newsgraph documents` lists them") from None
    click.echo(f"removed {doc_id}", err=True)


@cli.command()
@store_option
def documents(store_path: Path) -> None:
    """List the stored documents: id, characters, title."""
    with opened(store_path, read_only=True) as store:
        for row in store.documents():
            click.echo(f"{(row['iri'] or '').rsplit('/', 1)[-1]}\t{row['chars']}\t{row['title']}")


@cli.command()
@store_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind (loopback by default).")
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--threads", default=8, show_default=True, type=int, help="Request threads in the one worker.")
def serve(store_path: Path, host: str, port: int, threads: int) -> None:
    """Serve the graph (SPARQL, paths, downloads, web page); an empty store gets the seed first."""
    from api.app import create_app
    from api.server import run
    from graph.store import ensure_not_in_use

    try:
        ensure_not_in_use(store_path)  # checked here: the store itself is opened after the fork
    except GraphError as error:
        raise click.ClickException(str(error)) from None
    config = {"NEWSGRAPH_STORE": str(store_path), "NEWSGRAPH_SEED_IF_EMPTY": True}
    os.environ["NEWSGRAPH_STORE"] = str(store_path)
    run(lambda: create_app(config), host=host, port=port, threads=threads)


@cli.command()
@click.argument("sparql", required=False)
@click.option(
    "--file", "-f", "query_file", type=click.File("r"), help="Read the query from a file ('-' for stdin)."
)
@click.option(
    "--format",
    "format_name",
    default=None,
    help="Results: json, xml, csv, tsv (default tsv); graphs: turtle, nt, jsonld, rdfxml, trig (default turtle).",
)
@store_option
def query(sparql: str | None, query_file: Any, format_name: str | None, store_path: Path) -> None:
    """Run a SPARQL query against the store and print the results."""
    text = query_file.read() if query_file else sparql
    if not text:
        raise click.UsageError("give a query as an argument or with --file")
    with opened(store_path, read_only=True) as store:
        try:
            result = store.query(text)
            output = sys.stdout.buffer
            if isinstance(result, ox.QueryTriples):
                fmt = rdf_format(format_name or "turtle")
                ox.serialize(result, output, fmt.engine, prefixes=prefixes())  # type: ignore[arg-type]
            else:
                fmt = result_format(format_name or "tsv")
                result.serialize(output, fmt.engine)  # type: ignore[arg-type]
            output.flush()
        except (GraphError, ValueError) as error:
            raise click.ClickException(str(error)) from None


@cli.command()
@click.argument("source")
@click.argument("target")
@click.option("-k", default=1, show_default=True, type=click.IntRange(1, 20), help="How many shortest paths.")
@click.option("--max-hops", default=6, show_default=True, type=click.IntRange(1, 8))
@click.option("--relations", help="Only these relation kinds, comma-separated (e.g. contact,position).")
@click.option(
    "--exclude-types",
    help="Never walk through these entity types, comma-separated (default: outlet,place,country).",
)
@click.option(
    "--exclude", "exclude_nodes", multiple=True, help="Never walk through this entity (repeatable)."
)
@click.option("--min-confidence", default=0.0, show_default=True, type=click.FloatRange(0.0, 1.0))
@click.option("--weighted", is_flag=True, help="Prefer links backed by more documents and higher confidence.")
@click.option("--json", "as_json", is_flag=True, help="Print the API's JSON answer.")
@store_option
def path(
    source: str,
    target: str,
    k: int,
    max_hops: int,
    relations: str | None,
    exclude_types: str | None,
    exclude_nodes: tuple[str, ...],
    min_confidence: float,
    weighted: bool,
    as_json: bool,
    store_path: Path,
) -> None:
    """Show how SOURCE and TARGET are connected, with the evidence for every hop (the options of /api/path)."""
    from graph.entities import resolve
    from graph.network import build_network
    from graph.paths import shortest_paths

    with opened(store_path, read_only=True) as store:
        network = build_network(store)
        try:
            answer = shortest_paths(
                network,
                resolve(network, source),
                resolve(network, target),
                k=k,
                max_hops=max_hops,
                exclude_types=_listed(exclude_types),
                relations=_listed(relations) or None,
                exclude_nodes=tuple(resolve(network, name) for name in exclude_nodes),
                min_confidence=min_confidence,
                weighted=weighted,
            )
        except (AmbiguousError, UnknownEntityError) as error:
            raise click.ClickException(with_candidates(error)) from None
        except GraphError as error:  # a bad option value: unknown kind or type
            raise click.ClickException(str(error)) from None
    if as_json:
        click.echo(json.dumps(answer, indent=2, ensure_ascii=False))
        return
    click.echo(format_path(answer))


def _listed(value: str | None) -> tuple[str, ...]:
    """``a,b`` as ``("a", "b")``; nothing given as ``()`` (the API's ``listed`` parameters)."""
    return tuple(part.strip() for part in (value or "").split(",") if part.strip())


def format_path(answer: dict[str, Any]) -> str:
    """The path answer as readable lines: one per hop, its relations, and their evidence."""
    ends = f"{answer['from']['name']} → {answer['to']['name']}"
    if not answer["paths"]:
        return f"{ends}: no connection"
    lines = [f"{ends}: {answer['length']} hop(s)"]
    for number, found in enumerate(answer["paths"], 1):
        names = {node["iri"]: node["name"] for node in found["nodes"]}
        lines.append(f"\npath {number}: " + " — ".join(node["name"] for node in found["nodes"]))
        for hop in found["hops"]:
            lines.append(f"  {names[hop['from']]} — {names[hop['to']]}")
            for relation in hop["relations"]:
                lines.append(f"    {relation['label']}  [{relation['kind']}]")
                for evidence in relation["evidence"]:
                    lines.append(
                        f"      “{evidence['text']}”  ({evidence['document']} {evidence['start']}–{evidence['end']})"
                    )
    return "\n".join(lines)


@cli.command()
@click.argument("q", required=False)
@click.option("--type", "kind", type=TYPE_OPTION)
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1, 10000))
@click.option(
    "--why", is_flag=True, help="Also show why names were merged or kept apart (identity decisions)."
)
@store_option
def entities(q: str | None, kind: str | None, limit: int, why: bool, store_path: Path) -> None:
    """List entities (matching Q in names and aliases), most connected first."""
    from graph.entities import search_entities
    from graph.identity import decisions
    from graph.network import build_network

    with opened(store_path, read_only=True) as store:
        found = search_entities(build_network(store), q, kind, limit)
        reasons = {e["iri"]: decisions(store, e["iri"]) for e in found["entities"]} if why else {}
    for entity in found["entities"]:
        aliases = f"  (also {', '.join(entity['aliases'])})" if entity["aliases"] else ""
        click.echo(f"{entity['name']}\t{entity['type']}\t{entity['degree']}\t{entity['iri']}{aliases}")
        for d in reasons.get(entity["iri"], []):
            click.echo(
                f"  “{d['mention']}” in {d['document'].rsplit('/', 1)[-1]}: {d['rule']} ({d['confidence']})"
            )


@cli.command()
@click.option(
    "--format",
    "-f",
    "format_name",
    default="turtle",
    show_default=True,
    type=click.Choice([f.name for f in RDF_FORMATS] + ["ttl", "jsonld", "nq"]),
)
@click.option(
    "--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help="File to write (default stdout)."
)
@click.option("--document", help="Export one document's graph (its id).")
@store_option
def export(format_name: str, output: Path | None, document: str | None, store_path: Path) -> None:
    """Write the graph (all documents, or one) as Turtle, N-Triples, JSON-LD, RDF/XML, TriG or N-Quads."""
    from ontology.iris import document_iri

    fmt = rdf_format(format_name)
    with opened(store_path, read_only=True) as store:
        graph = document_iri(document) if document else None
        try:
            if output is None:
                store.export(fmt, sys.stdout.buffer, graph)
                sys.stdout.buffer.flush()
            else:
                with output.open("wb") as handle:
                    store.export(fmt, handle, graph)
        except GraphError as error:
            raise click.ClickException(str(error)) from None


@cli.command()
@store_option
def stats(store_path: Path) -> None:
    """Print counts: documents, triples, entities by type."""
    with opened(store_path, read_only=True) as store:
        documents = store.documents()
        counts = store.select(
            """PREFIX schema: <https://schema.org/> PREFIX ng: <https://w3id.org/newsgraph/ns#>
            SELECT (COUNT(DISTINCT ?p) AS ?people) (COUNT(DISTINCT ?o) AS ?organizations)
                   (COUNT(DISTINCT ?l) AS ?places) (COUNT(DISTINCT ?f) AS ?facts)
            WHERE { { ?p a schema:Person } UNION { ?o a schema:Organization }
                    UNION { ?l a schema:Place } UNION { ?f a ng:Fact } }"""
        )[0]
    click.echo(f"documents\t{len(documents)}")
    for name, value in counts.items():
        click.echo(f"{name}\t{value}")


@cli.command()
@store_option
def validate(store_path: Path) -> None:
    """Check the whole graph against the SHACL shapes; exit 1 if it does not conform."""
    import io

    from rdflib import Graph

    from ontology.validate import validate as shacl_validate

    buffer = io.BytesIO()
    with opened(store_path, read_only=True) as store:
        store.export(rdf_format("nt"), buffer)  # the union of every document graph
    union = Graph().parse(data=buffer.getvalue().decode("utf-8"), format="nt")
    report = shacl_validate(union)
    if report.conforms:
        click.echo(f"conforms: {len(union)} triples checked against the shapes")
        return
    click.echo(report.text)
    raise SystemExit(1)


@cli.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--graph", "graph_iri", help="Load into this named graph (default: the file's own graphs).")
@click.option("--format", "format_name", help="RDF format (default: from the file extension).")
@store_option
def load(file: Path, graph_iri: str | None, format_name: str | None, store_path: Path) -> None:
    """Import existing RDF (Turtle, N-Triples, N-Quads, TriG, RDF/XML, JSON-LD) into the store."""
    try:
        fmt = rdf_format(format_name or file.suffix.lstrip("."))
    except ValueError as error:
        raise click.ClickException(f"{error} (pass --format)") from None
    with opened(store_path) as store:
        try:
            count = store.load(file, fmt, graph_iri)  # type: ignore[attr-defined]
        except GraphError as error:
            raise click.ClickException(f"{file}: {error}; nothing was loaded") from None
    click.echo(f"loaded {count} triples from {file}", err=True)


@cli.command()
@click.argument("name")
@click.argument("entity")
@store_option
def alias(name: str, entity: str, store_path: Path) -> None:
    """Record that NAME is ENTITY (a name, alias or IRI), over every matching rule; re-resolve stored documents."""
    _override("alias", name, entity, store_path)


@cli.command()
@click.argument("name")
@click.argument("entity")
@store_option
def split(name: str, entity: str, store_path: Path) -> None:
    """Record that NAME is never to be merged into ENTITY; re-resolve the stored documents naming NAME."""
    _override("split", name, entity, store_path)


def _override(kind: str, name: str, entity: str, store_path: Path) -> None:
    from api.identity import IdentityError, set_override
    from graph.entities import resolve
    from graph.network import build_network

    with opened(store_path) as store:
        try:
            iri = resolve(build_network(store), entity)
            affected = set_override(store, kind, name, iri)
        except (AmbiguousError, UnknownEntityError) as error:
            raise click.ClickException(with_candidates(error)) from None
        except (IdentityError, GraphError, ExtractError) as error:
            raise click.ClickException(f"{error}; nothing was changed") from None
    verb = "is" if kind == "alias" else "is never merged into"
    click.echo(f"{kind}: “{name}” {verb} {iri}; re-resolved {len(affected)} document(s)", err=True)
    for document in affected:
        click.echo(f"  {document.rsplit('/', 1)[-1]}", err=True)


for command in (neighbors, centrality, network, evaluate):  # api/cli_network.py, api/cli_evaluate.py
    cli.add_command(command)


def main() -> None:
    """Entry point of the ``newsgraph`` console script and ``python -m api``."""
    cli(prog_name="newsgraph")
