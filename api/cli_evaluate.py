"""``newsgraph evaluate``: score the extractor on hand-made gold files, one or many, with a summary table."""

from __future__ import annotations

import json

import click

from extract import ExtractError, read_sources

KINDS = ("entities", "relations", "attribution", "connections")


@click.command()
@click.argument("golds", nargs=-1, required=True, metavar="GOLD.json... [TEXT]")
@click.option(
    "--text",
    "text_path",
    type=click.Path(exists=True, dir_okay=False),
    help="The article a one-document GOLD annotates (default: the seed); `GOLD TEXT` also works.",
)
@click.option("--summary", is_flag=True, help="Only the scores, not every missing and spurious item.")
@click.option("--json", "as_json", is_flag=True, help="Print every score and miss as JSON.")
@click.option(
    "--by-kind", is_flag=True, help="Add the typed relations per kind (position, told, ...), over all files."
)
@click.option(
    "--against",
    "other",
    type=click.Path(exists=True, dir_okay=False),
    help="Score this second annotation of GOLD's texts instead of the extractor (inter-annotator agreement).",
)
def evaluate(
    golds: tuple[str, ...],
    text_path: str | None,
    summary: bool,
    as_json: bool,
    by_kind: bool,
    other: str | None,
) -> None:
    """Score extraction against hand-made GOLD files: precision, recall and F1 for entities, typed
    relations, attribution (speaker -> outlet) and connections; several files get a table and a
    micro-average over all of them. With --against, two annotations are compared instead."""
    from extract.evaluate import agreement_gold, combine, evaluate_gold, kind_lines, report_lines

    golds, text_path = _legacy_text_argument(golds, text_path)
    if other and len(golds) > 1:
        raise click.UsageError("--against compares one GOLD file with another annotation of the same texts")
    try:
        text = read_sources([text_path])[0].text if text_path else None
        if other:
            scores = {golds[0]: agreement_gold(golds[0], other)}
        else:
            scores = {gold: evaluate_gold(gold, text) for gold in golds}
    except ExtractError as error:
        raise click.ClickException(str(error)) from None
    overall = combine(list(scores.values()))
    if as_json:
        click.echo(json.dumps({"sets": scores, "all": overall}, indent=2, ensure_ascii=False))
        return
    if len(scores) == 1:
        click.echo("\n".join(report_lines(overall, misses=not summary)))
    else:
        if not summary:
            for gold, score in scores.items():
                click.echo(f"== {gold}")
                click.echo("\n".join(report_lines(score)))
            click.echo()
        click.echo("\n".join(_table(scores, overall)))
    if by_kind:
        click.echo()
        click.echo("\n".join(kind_lines(overall)))


def _legacy_text_argument(
    golds: tuple[str, ...], text_path: str | None
) -> tuple[tuple[str, ...], str | None]:
    """``evaluate GOLD.json TEXT`` (the older form): a second argument that is not JSON is the text."""
    if len(golds) == 2 and not golds[1].lower().endswith(".json") and text_path is None:
        return golds[:1], golds[1]
    return golds, text_path


def _table(scores: dict[str, dict], overall: dict) -> list[str]:
    """F1 per set and kind, then the micro-average (every set's true and false positives summed)."""
    width = max(len(name) for name in [*scores, "all (micro-average)"])
    lines = [f"{'gold':{width}}  " + "  ".join(f"{kind:>11}" for kind in KINDS)]
    rows = [*scores.items(), ("all (micro-average)", overall)]
    lines += [
        f"{name:{width}}  " + "  ".join(f"{score[kind]['f1']:>11.3f}" for kind in KINDS)
        for name, score in rows
    ]
    return lines
