"""Score an extraction against a hand-written gold annotation: entities, relations, attribution, connections.

Gold format (JSON)::

    {"entities": [{"name": "Sergey Kislyak", "type": "person", "aliases": ["Kislyak"]}, ...],
     "relations": [{"kind": "position", "args": {"member": ["Sergey Kislyak"], "jurisdiction": ["Belgium"]},
                    "role": "ambassador", "evidence": "ambassador to Belgium from 1998 to 2003"}, ...]}

Relations are read into projection edges with the edge rules of ``ontology.relations`` (so
"connections" are exactly the pairs the who-connects-to-whom graph would link); positions also count
their role ("role", member, head noun of the role).
"""

import sys
from collections.abc import Iterable
from pathlib import Path

from extract.document import ExtractedDocument
from extract.errors import ExtractError
from extract.gold import GoldError, GoldItem, read_gold
from extract.rdf import ARG_PROPERTIES, FACT_CLASSES, classes_of
from ontology.relations import EDGE_RULES

GROUPS = {"person": "person", "organization": "org", "outlet": "org", "place": "place", "country": "place"}
ATTRIBUTION_KINDS = ("told", "reported_by")


SCORES = ("entities", "relations", "attribution", "connections")
OUTCOMES = ("tp", "fp", "fn", "ends")


def _rates(tp: int, fp: int, fn: int) -> dict:
    """Precision, recall and F1 from counts (nothing predicted and nothing expected scores 1)."""
    precision = tp / (tp + fp) if tp + fp else (1.0 if not fn else 0.0)
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}


def _score(gold: set, predicted: set) -> dict:
    tp, fp, fn = len(gold & predicted), len(predicted - gold), len(gold - predicted)
    return {
        **_rates(tp, fp, fn),
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "missing": sorted(map(str, gold - predicted)),
        "spurious": sorted(map(str, predicted - gold)),
    }


def _by_kind(gold: set, predicted: set, found: set[str]) -> dict[str, dict[str, int]]:
    """Per relation kind: true and false positives and negatives, and ``ends`` — the gold relations
    whose entities were both extracted (a role's member), which the relation rules could have found.
    What lies outside ``ends`` was lost to entity errors before any relation rule ran."""
    counts: dict[str, dict[str, int]] = {}
    for items, outcome in ((gold & predicted, "tp"), (predicted - gold, "fp"), (gold - predicted, "fn")):
        for kind, *_ in items:
            counts.setdefault(kind, dict.fromkeys(OUTCOMES, 0))[outcome] += 1
    for kind, source, target in gold:
        if source in found and (kind == "role" or target in found):
            counts[kind]["ends"] += 1
    return counts


def edges(kind: str, args: dict[str, list[str]]) -> set[tuple[str, str, str]]:
    """Return the projection edges (relation kind, source, target) a fact of ``kind`` makes."""
    if kind not in FACT_CLASSES:
        return set()
    classes = classes_of(kind, args)
    found = set()
    props = {ARG_PROPERTIES[role]: values for role, values in args.items() if role in ARG_PROPERTIES}
    for rule in EDGE_RULES:
        if rule.fact_class not in classes:
            continue
        for source in props.get(rule.source, []):
            for target in props.get(rule.target, []):
                if source == target:
                    continue
                if rule.source == rule.target:
                    source, target = sorted((source, target))
                found.add((rule.kind, source, target))
    return found


def _role_head(role: object) -> str:
    """Compare roles by head noun; a co-founder is a founder."""
    return str(role).lower().split()[-1].removeprefix("co-") if role else ""


def _relations(items: Iterable[tuple[str, dict, object]]) -> tuple[set, set, set]:
    typed: set = set()
    for kind, args, role in items:
        typed |= edges(kind, args)
        if kind == "position" and role:
            for member in args.get("member", []):
                typed.add(("role", member, _role_head(role)))
    attribution = {(s, t) for k, s, t in typed if k in ATTRIBUTION_KINDS}
    connections = {tuple(sorted((s, t))) for k, s, t in typed if k != "role"}
    return typed, attribution, connections


QUOTE_SHAPES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


def name_key(name: str) -> str:
    """A name as compared: case and the shape of quote marks do not count (gold keeps the text's curly
    apostrophes and quotes, extraction straightens them: *Lloyd’s List* is *Lloyd's List*, a nickname
    in “ ” is one in " ")."""
    return name.translate(QUOTE_SHAPES).lower()


def _entity_fields(entity: dict | list) -> tuple[str, str, list[str]]:
    """Type, name and aliases of a gold entity (the long form, or the short ``[name, type, aliases]``)."""
    if isinstance(entity, list):
        return entity[1], entity[0], list(entity[2]) if len(entity) > 2 else []
    return entity["type"], entity["name"], list(entity.get("aliases", []))


def evaluate(gold: dict, doc: ExtractedDocument) -> dict:
    """Return precision, recall and F1 for entities, typed relations, attribution and connections."""
    entities = {e.iri: (e.type, e.name, e.aliases) for e in doc.entities}
    facts = [(f.kind, f.args, f.values.get("role")) for f in doc.facts]
    return _compare(gold, entities, facts)


def agreement(reference: dict, other: dict) -> dict:
    """Score a second hand annotation of the same text against ``reference``, as ``evaluate`` scores
    the extractor: inter-annotator agreement, the ceiling any extractor can be measured against.

    ``other``'s relations name their arguments by an entity's name or one of its aliases."""
    entities: dict[str, tuple[str, str, list[str]]] = {}
    known: dict[str, str] = {}
    for entity in other.get("entities", []):
        kind, name, aliases = _entity_fields(entity)
        entities[name] = (kind, name, aliases)
        for alias in aliases:
            known.setdefault(name_key(alias), name)
    for name in entities:
        known[name_key(name)] = name
    facts = [
        (
            r["kind"],
            {role: [known.get(name_key(n), n) for n in names] for role, names in r["args"].items()},
            r.get("role"),
        )
        for r in other.get("relations", [])
    ]
    return _compare(reference, entities, facts)


def _compare(
    gold: dict,
    entities: dict[str, tuple[str, str, list[str]]],
    facts: Iterable[tuple[str, dict[str, list[str]], object]],
) -> dict:
    """Score ``entities`` (key -> type, name, aliases) and ``facts`` (kind, role -> entity keys, role
    title) against ``gold``: an entity is gold's when its name or an alias is a gold name or alias of
    the same group (person, organisation, place)."""
    index: dict[tuple[str, str], str] = {}
    gold_entities = set()
    for entity in gold.get("entities", []):
        kind, name, aliases = _entity_fields(entity)
        gold_entities.add((kind, name))
        for surface in (name, *aliases):
            index[(GROUPS[kind], name_key(surface))] = name
    names: dict[str, str] = {}
    types: dict[str, str] = {}
    for key, (kind, name, aliases) in entities.items():
        group = GROUPS[kind]
        match = next(
            (index[(group, name_key(n))] for n in (name, *aliases) if (group, name_key(n)) in index), None
        )
        names[key] = match or name
        types[key] = kind
    predicted_entities = {(types[key], name) for key, name in names.items()}
    predicted = _relations(
        (kind, {role: [names.get(k, k) for k in keys] for role, keys in args.items()}, role)
        for kind, args, role in facts
    )
    expected = _relations((r["kind"], r["args"], r.get("role")) for r in gold.get("relations", []))
    return {
        "entities": _score(gold_entities, predicted_entities),
        "relations": _score(expected[0], predicted[0]),
        "attribution": _score(expected[1], predicted[1]),
        "connections": _score(expected[2], predicted[2]),
        "by_kind": _by_kind(expected[0], predicted[0], {name for _, name in predicted_entities}),
    }


def combine(results: list[dict]) -> dict:
    """Micro-average several ``evaluate`` results (sum true/false positives and negatives)."""
    out: dict = {}
    for name in SCORES:
        tp, fp, fn = (sum(r[name][n] for r in results) for n in ("tp", "fp", "fn"))
        out[name] = {
            **_rates(tp, fp, fn),
            "tp": tp,
            "fp": fp,
            "fn": fn,
            "missing": [m for r in results for m in r[name]["missing"]],
            "spurious": [s for r in results for s in r[name]["spurious"]],
        }
    kinds: dict[str, dict[str, int]] = {}
    for result in results:
        for kind, counts in result["by_kind"].items():
            total = kinds.setdefault(kind, dict.fromkeys(OUTCOMES, 0))
            for outcome in OUTCOMES:
                total[outcome] += counts[outcome]
    out["by_kind"] = {kind: {**_rates(c["tp"], c["fp"], c["fn"]), **c} for kind, c in sorted(kinds.items())}
    return out


def evaluate_items(items: list[dict], nlp=None, root: str | Path = ".") -> dict:
    """Evaluate gold items with a ``text`` or a ``file`` (relative to ``root``), micro-averaged."""
    texts = [item.get("text") or (Path(root) / item["file"]).read_text(encoding="utf-8") for item in items]
    return _evaluate_texts(
        [(str(item.get("id", "")), text, item) for item, text in zip(items, texts, strict=True)], nlp
    )


def _evaluate_texts(items: list[tuple[str, str, dict]], nlp=None) -> dict:
    from extract.document import extract_document

    return combine(
        [
            _tagged(item_id, evaluate(annotation, extract_document(text, nlp=nlp)))
            for item_id, text, annotation in items
        ]
    )


def _tagged(item_id: str, result: dict) -> dict:
    """Prefix every missing and spurious item with the id of the text it comes from."""
    if item_id:
        for score in (result[name] for name in SCORES):
            score["missing"] = [f"{item_id}: {m}" for m in score["missing"]]
            score["spurious"] = [f"{item_id}: {s}" for s in score["spurious"]]
    return result


def evaluate_gold(path: str | Path, text: str | None = None, nlp=None) -> dict:
    """Score the extractor on a gold file (checked first: ``GoldError`` says what is wrong with it).

    A one-document gold file is scored on ``text``, or on the seed article when none is given.
    """
    from extract.sources import seed_source

    items = read_gold(path)
    if items[0].text is None:
        return _evaluate_texts(
            [("", text if text is not None else seed_source().text, items[0].annotation)], nlp
        )
    return _evaluate_texts([(item.id, item.text or "", item.annotation) for item in items], nlp)


def agreement_gold(reference: str | Path, other: str | Path) -> dict:
    """Score the annotation ``other`` against ``reference``, text by text (``agreement``), micro-averaged.

    Texts are paired by their file, else their id, else their text; a text of ``reference`` that
    ``other`` does not annotate is a ``GoldError`` (scoring it as all missed would hide the mistake)."""
    theirs = read_gold(other)
    results = []
    for item in read_gold(reference):
        match = next((o for o in theirs if _same_text(item, o)), None)
        if match is None:
            raise GoldError(f"{other}: no annotation of {_label(item)}, which {reference} annotates")
        results.append(_tagged(item.id, agreement(item.annotation, match.annotation)))
    return combine(results)


def _same_text(ours: GoldItem, theirs: GoldItem) -> bool:
    if ours.text is None or theirs.text is None:  # one-document files: the one text they both annotate
        return ours.text is None and theirs.text is None
    for key in ("file", "id"):
        if ours.annotation.get(key) and theirs.annotation.get(key):
            return bool(ours.annotation[key] == theirs.annotation[key])
    return ours.text == theirs.text


def _label(item: GoldItem) -> str:
    return str(item.annotation.get("file") or item.id or "its one document")


def report_lines(scores: dict, misses: bool = True) -> list[str]:
    """The scores as text: one line per kind, then (``misses``) every missing and spurious item."""
    lines = []
    for name in SCORES:
        score = scores[name]
        lines.append(f"{name:12} P={score['precision']:.3f} R={score['recall']:.3f} F1={score['f1']:.3f}")
        if misses:
            lines += [f"  missing  {item}" for item in score["missing"]]
            lines += [f"  spurious {item}" for item in score["spurious"]]
    return lines


def kind_lines(scores: dict) -> list[str]:
    """The typed relations per kind (from ``combine``): how many the gold has, how many were found,
    precision, recall, F1; then how many had both entities extracted and the recall among those, which
    separates relations lost to entity errors from relations the rules missed."""
    header = (
        f"{'relation kind':16} {'gold':>5} {'found':>5} {'P':>6} {'R':>6} {'F1':>6} {'ends':>5} {'R|ends':>6}"
    )
    rows = sorted(scores["by_kind"].items(), key=lambda item: -(item[1]["tp"] + item[1]["fn"]))
    totals = {n: sum(c[n] for _, c in rows) for n in OUTCOMES}
    lines = [header]
    for kind, c in [*rows, ("all", {**_rates(totals["tp"], totals["fp"], totals["fn"]), **totals})]:
        gold, found, ends = c["tp"] + c["fn"], c["tp"] + c["fp"], c["ends"]
        within = c["tp"] / ends if ends else 1.0
        lines.append(
            f"{kind:16} {gold:>5} {found:>5} {c['precision']:>6.3f} {c['recall']:>6.3f} {c['f1']:>6.3f}"
            f" {ends:>5} {within:>6.3f}"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    """Print the scores for a gold file and its text: ``python -m extract.evaluate GOLD.json [TEXT]``."""
    from extract.sources import read_sources

    args = sys.argv[1:] if argv is None else argv
    if not args:
        print(
            "usage: python -m extract.evaluate GOLD.json [TEXT]  (no TEXT: the seed article)", file=sys.stderr
        )
        return 2
    try:
        text = read_sources([args[1]])[0].text if len(args) > 1 else None
        scores = evaluate_gold(args[0], text)
    except ExtractError as error:
        print(f"Error: {error}", file=sys.stderr)
        return 1
    print("\n".join(report_lines(scores)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
