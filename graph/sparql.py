"""What a SPARQL request will do, read from its tokens before the engine runs it.

The endpoint must know a query's form (to negotiate the response type), whether it names its own
dataset (``FROM``), and whether it would make the server fetch a remote IRI (``SERVICE``, ``LOAD``)
— all without a full parser. A small tokenizer that skips comments, strings and IRIs and tracks
brace depth answers these reliably: keywords at depth 0 are the query's or operation's own clauses.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import pyoxigraph as ox

from graph.errors import InvalidParameterError, QuerySyntaxError

# Only keywords and braces are captured; comments, strings, IRIs, variables, language tags and
# prefixed names are matched to be skipped, and anything else (spaces, punctuation) is passed over
# by ``finditer`` itself, which keeps the number of matches, and the time, small. A word is tried
# before a prefixed name and refused when a ``:`` follows it (then it is the name's prefix).
_TOKEN = re.compile(
    r"""
    \#[^\n]*
  | \"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
  | "(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'
  | <[^<>"{}|^`\\\x00-\x20]*>
  | [?$][\w\u00B7\u0300-\u036F\u203F-\u2040]+
  | @[A-Za-z]+(?:-[A-Za-z0-9]+)*
  | (?P<word>[A-Za-z_][\w\-]*)(?![\w.\-]*:)
  | [\w.\-]*:(?:[\w.\-:%\\]|\\.)*
  | (?P<open>\{) | (?P<close>\})
    """,
    re.VERBOSE | re.DOTALL,
)

QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")


@dataclass(frozen=True)
class Keyword:
    """A bare keyword of the request text, where it starts and how deep in braces it sits."""

    word: str
    start: int
    depth: int


@dataclass(frozen=True)
class QueryInfo:
    """What the endpoint needs to know about a query before running it."""

    form: str | None  # SELECT, ASK, CONSTRUCT, DESCRIBE; None when the text does not say
    has_dataset: bool  # FROM / FROM NAMED (SPARQL 1.1 Query §13.2)
    uses_service: bool  # SERVICE (SPARQL 1.1 Federated Query)


@dataclass(frozen=True)
class UpdateInfo:
    """What the endpoint needs to know about an update request before running it."""

    has_dataset: bool  # USING / USING NAMED / WITH (SPARQL 1.1 Update §3.1.3)
    loads: bool  # LOAD fetches a document from the web (SPARQL 1.1 Update §3.1.4)
    uses_service: bool


def keywords(text: str) -> Iterator[Keyword]:
    """The bare keywords of ``text``, outside comments, strings, IRIs, variables and prefixed names."""
    depth = 0
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        if kind == "open":
            depth += 1
        elif kind == "close":
            depth = max(0, depth - 1)
        elif kind == "word":
            yield Keyword(match.group().upper(), match.start(), depth)


def inspect_query(text: str) -> QueryInfo:
    """Read a query's form, whether it has a dataset clause, and whether it calls SERVICE.

    Short texts are cached (clients send the same queries again and again); long ones are not,
    so the cache stays small.
    """
    return _inspect_cached(text) if len(text) <= CACHED_TEXT else _inspect(text)


CACHED_TEXT = 4096


@functools.lru_cache(maxsize=1024)
def _inspect_cached(text: str) -> QueryInfo:
    return _inspect(text)


def _inspect(text: str) -> QueryInfo:
    # A keyword's upper case is a piece of the text's upper case (str.upper maps each character on
    # its own), so a text without "SERVICE" and "FROM" in it can stop at the query form.
    upper = text.upper()
    rest_matters = "SERVICE" in upper or "FROM" in upper
    form: str | None = None
    has_dataset = uses_service = False
    for keyword in keywords(text):
        if keyword.word == "SERVICE":
            uses_service = True
        elif keyword.depth == 0 and form is None and keyword.word in QUERY_FORMS:
            form = keyword.word
            if not rest_matters:
                break
        elif keyword.depth == 0 and keyword.word == "FROM":
            has_dataset = True
    return QueryInfo(form, has_dataset, uses_service)


def inspect_update(text: str) -> UpdateInfo:
    """Read whether an update names its own dataset, loads remote documents, or calls SERVICE."""
    found = {keyword.word for keyword in keywords(text) if keyword.depth == 0 or keyword.word == "SERVICE"}
    return UpdateInfo(bool(found & {"USING", "WITH"}), "LOAD" in found, "SERVICE" in found)


def iri(value: str) -> ox.NamedNode:
    """An absolute IRI from a protocol parameter; InvalidParameterError if it is not one."""
    try:
        return ox.NamedNode(value)
    except ValueError as error:
        raise InvalidParameterError(f"{value!r} is not an absolute IRI: {error}") from None


def with_using(update: str, default: Sequence[str], named: Sequence[str]) -> str:
    """Apply ``using-graph-uri``/``using-named-graph-uri`` to every DELETE/INSERT ... WHERE operation.

    SPARQL 1.1 Protocol §2.2.3 defines these parameters as the USING / USING NAMED clauses of each
    operation, and pyoxigraph's ``Store.update`` takes no dataset, so the clauses are placed before
    each operation's top-level ``WHERE``. Only engine-serialised terms are inserted: each value is
    first parsed as an IRI by ``pyoxigraph.NamedNode`` (which rejects ``>``, spaces, braces and
    anything else that could end the term), and ``str(NamedNode)`` writes it back as ``<...>``.
    """
    terms = [f"USING {iri(g)}" for g in default] + [f"USING NAMED {iri(g)}" for g in named]
    if not terms:
        return update
    clause = " " + " ".join(terms) + " "
    cuts: list[int] = []
    previous, previous_end = "", 0
    for keyword in keywords(update):
        # DELETE WHERE (the shorthand form, §3.1.3.3: WHERE right after DELETE) takes no USING.
        shorthand = previous == "DELETE" and not update[previous_end : keyword.start].strip()
        if keyword.depth == 0 and keyword.word == "WHERE" and not shorthand:
            cuts.append(keyword.start)
        if keyword.depth == 0:
            previous, previous_end = keyword.word, keyword.start + len(keyword.word)
    if not cuts:
        return update
    parts, last = [], 0
    for cut in cuts:
        parts.extend([update[last:cut], clause])
        last = cut
    parts.append(update[last:])
    return "".join(parts)


def syntax_message(error: SyntaxError) -> str:
    """The engine's syntax error as one readable sentence with line and column.

    The engine lists every token it could have accepted, character classes included; past a
    handful that list helps no one, so it is cut to the position and a short summary.
    """
    text = " ".join(str(error).removeprefix("error ").split())
    position, _, expected = text.partition(": expected one of ")
    if expected and (len(expected) > 120 or expected.count(",") > 8):
        return f"SPARQL syntax error {position}: the query is incomplete or malformed there"
    return f"SPARQL syntax error {text}"


def syntax_error(error: SyntaxError) -> QuerySyntaxError:
    """Wrap an engine syntax error in the graph layer's error type."""
    return QuerySyntaxError(syntax_message(error))
