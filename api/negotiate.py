"""Pick a response format from ``Accept`` (q-values, wildcards) or an explicit ``format=`` parameter.

406 is only for a client that sent an ``Accept`` header none of our formats satisfies; a client
that sent none gets the first (default) format of the list. SPARQLWrapper sends its wanted format
as ``format=``, ``output=`` and ``results=`` (sometimes twice: a short name and a media type).
"""

from __future__ import annotations

import functools

from flask import request
from werkzeug.datastructures import MIMEAccept
from werkzeug.http import parse_accept_header

from api.errors import ApiError
from graph.formats import Format

FORMAT_PARAMETERS = ("format", "output", "results")
# Names clients send that the format table does not list (SPARQLWrapper's RDFXML is "rdf+xml").
EXTRA_ALIASES = {"rdfxml": ("rdf+xml",), "turtle": ("text/turtle",), "tsv": ("text/tsv",)}


def choose(formats: tuple[Format, ...], *, lookup: dict[str, Format] | None = None) -> Format:
    """The best of ``formats`` for this request (the first one is the default)."""
    explicit = _explicit(formats)
    if explicit is not None:
        return explicit
    accept = request.headers.get("Accept")
    if not accept:
        return formats[0]
    # Clients send the same few Accept headers again and again: short ones are decided once.
    best = _best(accept, formats) if len(accept) <= CACHED_ACCEPT else _best.__wrapped__(accept, formats)
    if best is None:
        names = ", ".join(fmt.media_type for fmt in formats)
        raise ApiError(406, f"cannot answer in any type the Accept header allows; available: {names}")
    return best


CACHED_ACCEPT = 512


@functools.lru_cache(maxsize=256)
def _best(accept: str, formats: tuple[Format, ...]) -> Format | None:
    """The format ``accept`` prefers, or None when it allows none of ``formats``."""
    offered = [fmt.media_type for fmt in formats]
    aliases = {alias: fmt for fmt in formats for alias in fmt.aliases if "/" in alias}
    # werkzeug weighs q-values and prefers the more specific match (RFC 9110 §12.5.1).
    best = parse_accept_header(accept, MIMEAccept).best_match(offered + list(aliases))
    if best is None:
        return None
    return aliases.get(best) or formats[offered.index(best)]


def _names(fmt: Format) -> tuple[str, ...]:
    return (fmt.name, fmt.extension, fmt.media_type, *fmt.aliases, *EXTRA_ALIASES.get(fmt.name, ()))


def _explicit(formats: tuple[Format, ...]) -> Format | None:
    """The format a ``format=``/``output=``/``results=`` value names, if any does."""
    values = request.values
    if not any(p in values for p in FORMAT_PARAMETERS):
        return None
    sent = [v for p in FORMAT_PARAMETERS for v in values.getlist(p) if v.strip()]
    for value in sent:
        key = value.strip().lower()
        for fmt in formats:
            if key in _names(fmt):
                return fmt
    if sent and not request.headers.get("Accept"):
        choices = ", ".join(fmt.name for fmt in formats)
        raise ApiError(400, f"unknown format={sent[0]!r} for this result; choose one of: {choices}")
    return None  # an unknown value next to an Accept header: the header decides


def content_type(fmt: Format) -> str:
    """The Content-Type header for ``fmt``: textual formats say they are UTF-8."""
    textual = fmt.media_type.startswith("text/") or fmt.media_type.endswith(("json", "xml"))
    return f"{fmt.media_type}; charset=utf-8" if textual else fmt.media_type
