"""Where article text comes from: files, directories, the packaged seed; decoding and validation."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from importlib.resources import files
from pathlib import Path
from urllib.parse import urlsplit

from extract.errors import ExtractError, InputTooLargeError, NotTextError

MAX_BYTES = 10 * 1024 * 1024
SEED = "kislyak.txt"


@dataclass(frozen=True)
class Source:
    """One article as given: raw decoded text plus optional metadata (checked on creation).

    ``origin`` names where it came from ("notes/a.md", "feed.jsonl:12", "http") for messages;
    ``published`` is normalised to ISO 8601 (a date, or a date-time with 'T').
    """

    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    origin: str = "text"

    def __post_init__(self) -> None:
        object.__setattr__(self, "title", (self.title or "").strip() or None)
        object.__setattr__(self, "url", check_url(self.url, self.origin))
        object.__setattr__(self, "published", check_published(self.published, self.origin))


def check_url(url: str | None, origin: str) -> str | None:
    """Return the URL stripped, or None; refuse one that is not absolute (scheme and host)."""
    url = (url or "").strip()
    if not url:
        return None
    parts = urlsplit(url)
    if not (parts.scheme and parts.netloc) or any(ch.isspace() for ch in url):
        raise ExtractError(
            f"{origin}: url {url!r} is not an absolute URL; give one like https://example.org/story"
        )
    return url


def check_published(value: str | None, origin: str) -> str | None:
    """Return an ISO 8601 date ('2017-03-02') or date-time ('2017-03-02T10:15:00+00:00'), or None."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        if len(value) == 10:
            return date.fromisoformat(value).isoformat()
        return datetime.fromisoformat(value).isoformat()
    except ValueError:
        raise ExtractError(
            f"{origin}: published {value!r} is not a date; give YYYY-MM-DD or an ISO 8601 date-time"
        ) from None


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


def read_sources(paths: Iterable[str | Path]) -> list[Source]:
    """Read and validate every file (directories: their articles, by extension) before returning any."""
    from extract.readers import read_paths

    return read_paths(paths)


def seed_source() -> Source:
    """Return the packaged seed article (the Kislyak profile), read with importlib.resources."""
    data = files("extract").joinpath("data", SEED).read_bytes()
    return Source(text=decode_text(data, "seed"), origin="seed")
