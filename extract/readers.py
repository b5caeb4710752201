"""Read articles in any supported format from files, directories or uploaded bytes.

Formats by file extension (or HTTP media type): plain text, Markdown, HTML, and JSON Lines with one
``{"text", "title", "url", "published"}`` object per line. Everything is read and checked before
anything is returned, so one bad file or line refuses the whole batch.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from extract.errors import ExtractError, NotTextError
from extract.markup import html_source, markdown_source
from extract.sources import Source, decode_text

SUFFIXES = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
MEDIA_TYPES = {
    "text/plain": "text",
    "text/markdown": "markdown",
    "text/x-markdown": "markdown",
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/x-ndjson": "jsonl",
    "application/jsonl": "jsonl",
    "application/jsonlines": "jsonl",
}
FIELDS = ("text", "title", "url", "published")
MAX_JSONL_BYTES = 1024 * 1024 * 1024  # an archive; each line is still held to one article's limit


def parse(data: bytes, kind: str, origin: str) -> list[Source]:
    """Turn the bytes of one file or upload of ``kind`` (see SUFFIXES) into its articles."""
    if kind == "jsonl":
        return jsonl_sources(data, origin)
    text = decode_text(data, origin)
    if kind == "html":
        return [html_source(text, origin)]
    if kind == "markdown":
        return [markdown_source(text, origin)]
    return [Source(text=text, origin=origin)]


def kind_of(path: Path) -> str:
    """The format of a file by its extension; plain text when the extension is not ours."""
    return SUFFIXES.get(path.suffix.lower(), "text")


def walk(path: Path) -> list[Path]:
    """A file itself; a directory's article files (by extension, hidden ones skipped), sorted."""
    if path.is_dir():
        return sorted(
            p
            for p in path.rglob("*")
            if p.is_file()
            and p.suffix.lower() in SUFFIXES
            and not any(part.startswith(".") for part in p.relative_to(path).parts)
        )
    if path.is_file():
        return [path]
    raise ExtractError(f"{path}: no such file or directory; check the path")


def read_paths(paths: Iterable[str | Path]) -> list[Source]:
    """Read and check every file (directories walked) before returning any article."""
    found = [file for raw in paths for file in walk(Path(raw))]
    if not found:
        raise ExtractError(
            f"no article files found; give {', '.join(sorted(SUFFIXES))} files or a directory holding them"
        )
    sources: list[Source] = []
    for path in found:
        try:
            data = path.read_bytes()
        except OSError as error:
            raise ExtractError(f"{path}: cannot be read ({error.strerror}); check its permissions") from None
        sources.extend(parse(data, kind_of(path), str(path)))
    return sources


def jsonl_sources(data: bytes, origin: str) -> list[Source]:
    """One article per non-blank line; a bad line names the file and line number."""
    if len(data) > MAX_JSONL_BYTES:
        raise ExtractError(f"{origin}: larger than {MAX_JSONL_BYTES} bytes; split the JSON Lines file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise NotTextError(f"{origin} line {line}: not valid UTF-8; re-save the file as UTF-8") from None
    sources = [
        _line_source(line, f"{origin} line {number}")
        for number, line in enumerate(text.split("\n"), start=1)
        if line.strip()
    ]
    if not sources:
        raise ExtractError(f"{origin}: no JSON lines (the file is empty); give one article object per line")
    return sources


def _line_source(line: str, at: str) -> Source:
    try:
        item = json.loads(line)
    except json.JSONDecodeError as error:
        raise ExtractError(
            f"{at}: not valid JSON ({error.msg} at column {error.colno}); {_shape()}"
        ) from None
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        raise ExtractError(f'{at}: needs a "text" string; {_shape()}')
    unknown = sorted(set(item) - set(FIELDS))
    if unknown:
        raise ExtractError(f"{at}: unknown fields {unknown}; allowed: {', '.join(FIELDS)}")
    for field in FIELDS[1:]:
        if item.get(field) is not None and not isinstance(item[field], str):
            raise ExtractError(f'{at}: "{field}" must be a string')
    if not item["text"].strip():
        raise ExtractError(f'{at}: "text" is empty; give the article\'s text')
    return Source(
        text=item["text"],
        title=item.get("title"),
        url=item.get("url"),
        published=item.get("published"),
        origin=at,
    )


def _shape() -> str:
    return 'each line must be one JSON object {"text": ..., "title": ..., "url": ..., "published": ...}'
