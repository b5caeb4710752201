"""Read a hand-made gold annotation, and say exactly where one that cannot be scored is wrong.

A gold file is either one document's annotation (``entities``, ``relations``; its text is given
separately or is the seed) or a set of items (``sentences`` with a ``text``, ``articles`` with a
``file`` relative to the gold file). A misspelt relation kind or argument role would otherwise score
as a silent miss, so both are checked against the vocabulary the extractor writes.
"""

import json
from dataclasses import dataclass
from pathlib import Path

from extract.errors import ExtractError
from extract.rdf import ARG_PROPERTIES, FACT_CLASSES

ENTITY_TYPES = ("person", "organization", "outlet", "place", "country")


class GoldError(ExtractError):
    """A gold file that cannot be scored: the message names the file, the item and the field."""


@dataclass(frozen=True)
class GoldItem:
    """One annotated text: its id, the text (``None``: the caller supplies it) and its annotation."""

    id: str
    text: str | None
    annotation: dict


def read_gold(path: str | Path) -> list[GoldItem]:
    """Load and check a gold file; a one-document file gives one item whose text is ``None``."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise GoldError(f"{path}: cannot read it ({error.strerror or error})") from None
    except UnicodeDecodeError:
        raise GoldError(f"{path}: not UTF-8 text") from None
    except json.JSONDecodeError as error:
        raise GoldError(
            f"{path}: not JSON ({error.msg}, line {error.lineno}, column {error.colno})"
        ) from None
    if not isinstance(data, dict):
        raise GoldError(f"{path}: the top level must be a JSON object, not {type(data).__name__}")
    if "sentences" not in data and "articles" not in data:
        _check_annotation(data, f"{path}")
        return [GoldItem(id="", text=None, annotation=data)]
    items = []
    for key in ("sentences", "articles"):
        entries = data.get(key, [])
        if not isinstance(entries, list):
            raise GoldError(f"{path}: '{key}' must be a list")
        for number, entry in enumerate(entries, 1):
            where = f"{path}: {key} {number}"
            if not isinstance(entry, dict):
                raise GoldError(f"{where}: must be an object")
            _check_annotation(entry, where)
            items.append(
                GoldItem(id=str(entry.get("id", "")), text=_item_text(entry, path, where), annotation=entry)
            )
    return items


def _item_text(entry: dict, gold_path: Path, where: str) -> str:
    if isinstance(entry.get("text"), str) and entry["text"]:
        return entry["text"]
    name = entry.get("file")
    if not isinstance(name, str) or not name:
        raise GoldError(f"{where}: needs a non-empty 'text' or a 'file'")
    file = gold_path.parent / name
    try:
        return file.read_text(encoding="utf-8")
    except OSError as error:
        raise GoldError(f"{where}: cannot read its file {file} ({error.strerror or error})") from None
    except UnicodeDecodeError:
        raise GoldError(f"{where}: its file {file} is not UTF-8 text") from None


def _check_annotation(annotation: dict, where: str) -> None:
    entities = annotation.get("entities", [])
    relations = annotation.get("relations", [])
    if not isinstance(entities, list) or not isinstance(relations, list):
        raise GoldError(f"{where}: 'entities' and 'relations' must be lists")
    for number, entity in enumerate(entities, 1):
        _check_entity(entity, f"{where}, entity {number}")
    for number, relation in enumerate(relations, 1):
        _check_relation(relation, f"{where}, relation {number}")


def _check_entity(entity: object, where: str) -> None:
    if isinstance(entity, list):  # the short form: [name, type] or [name, type, [aliases]]
        entity = dict(zip(("name", "type", "aliases"), entity, strict=False))
    if not isinstance(entity, dict) or not isinstance(entity.get("name"), str) or not entity["name"]:
        raise GoldError(f"{where}: needs a 'name'")
    if entity.get("type") not in ENTITY_TYPES:
        raise GoldError(f"{where} ({entity['name']}): type must be one of {', '.join(ENTITY_TYPES)}")
    aliases = entity.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(alias, str) for alias in aliases):
        raise GoldError(f"{where} ({entity['name']}): 'aliases' must be a list of names")


def _check_relation(relation: object, where: str) -> None:
    if not isinstance(relation, dict):
        raise GoldError(f"{where}: must be an object")
    kind = relation.get("kind")
    if kind not in FACT_CLASSES:
        raise GoldError(f"{where}: unknown kind {kind!r} (known: {', '.join(sorted(FACT_CLASSES))})")
    args = relation.get("args")
    if not isinstance(args, dict) or not args:
        raise GoldError(f"{where} ({kind}): needs 'args', an object of role -> list of names")
    for role, names in args.items():
        if role not in ARG_PROPERTIES:
            raise GoldError(
                f"{where} ({kind}): unknown role {role!r} (known: {', '.join(sorted(ARG_PROPERTIES))})"
            )
        if not isinstance(names, list) or not all(isinstance(name, str) for name in names):
            raise GoldError(f"{where} ({kind}): '{role}' must be a list of names")
