"""Where article text comes from: files, directories, the packaged seed; decoding and validation."""

from collections.abc import Iterable
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from extract.errors import ExtractError, InputTooLargeError, NotTextError

MAX_BYTES = 10 * 1024 * 1024
SUFFIXES = (".txt", ".md")
SEED = "kislyak.txt"


@dataclass(frozen=True)
class Source:
    """One article as given: raw decoded text plus optional metadata."""

    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    origin: str = "text"


def decode_text(data: bytes, origin: str) -> str:
    """Decode UTF-8 article bytes (BOM allowed); refuse empty, binary, non-UTF-8 or oversized input."""
    if len(data) > MAX_BYTES:
        raise InputTooLargeError(
            f"{origin}: {len(data)} bytes is larger than the limit of {MAX_BYTES} bytes; "
            "split the text into smaller articles"
        )
    if b"\x00" in data:
        raise NotTextError(
            f"{origin}: looks like a binary file (it contains NUL bytes); give a UTF-8 text file"
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise NotTextError(
            f"{origin}: not valid UTF-8 (byte {error.start}); re-save the file as UTF-8 text"
        ) from None
    if not text.strip():
        raise ExtractError(f"{origin}: is empty (no text to extract from); give an article with some text")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f\v")
    if controls > max(8, len(text) // 20):
        raise NotTextError(
            f"{origin}: looks like a binary file (mostly control characters); give a text file"
        )
    return text


def _candidates(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
    if path.is_file():
        return [path]
    raise ExtractError(f"{path}: no such file or directory; check the path")


def read_sources(paths: Iterable[str | Path]) -> list[Source]:
    """Read and validate every file (directories: their *.txt and *.md) before returning any."""
    found: list[Path] = []
    for raw in paths:
        found.extend(_candidates(Path(raw)))
    if not found:
        raise ExtractError("no article files found; give .txt or .md files or a directory holding them")
    sources = []
    for path in found:
        try:
            data = path.read_bytes()
        except OSError as error:
            raise ExtractError(f"{path}: cannot be read ({error.strerror}); check its permissions") from None
        sources.append(Source(text=decode_text(data, str(path)), origin=str(path)))
    return sources


def seed_source() -> Source:
    """Return the packaged seed article (the Kislyak profile), read with importlib.resources."""
    data = files("extract").joinpath("data", SEED).read_bytes()
    return Source(text=decode_text(data, "seed"), origin="seed")
