"""Article text out of Markdown and HTML, with the title, URL and date they carry.

HTML goes through trafilatura (a news-article extractor: main text without navigation, scripts,
comments or footers; title, URL and date from ``<title>``, Open Graph and JSON-LD metadata).
Markdown goes through markdown-it-py: the text of each block, links reduced to their words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from extract.errors import ExtractError
from extract.sources import Source, check_published, check_url

if TYPE_CHECKING:  # both are imported lazily at run time, only when a page needs them
    from lxml.html import HTMLParser
    from markdown_it.token import Token

# elements that never hold article prose; a page with text only inside these is "markup only"
NOT_PROSE = (
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
    "iframe", "svg", "button", "select", "head",
)  # fmt: skip
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
FRONT_KEYS = {"title": "title", "url": "url", "link": "url", "date": "published", "published": "published"}


def html_source(html: str, origin: str) -> Source:
    """Return the article in an HTML page: its main text, title, URL and date of publication."""
    import trafilatura
    from trafilatura.settings import Document

    if not prose_words(html):
        raise ExtractError(
            f"{origin}: the HTML has no article text (only markup, scripts or navigation); "
            "give the page of an article"
        )
    found = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        date_extraction_params={"original_date": True, "extensive_search": False},
    )
    if not isinstance(found, Document) or not (found.text or "").strip():
        raise ExtractError(
            f"{origin}: no article text could be told apart from the page's navigation and "
            "boilerplate; give the article's text as .txt or .md instead"
        )
    return Source(
        text=str(found.text).strip() + "\n",
        title=found.title,
        url=_kept(check_url, found.url),
        published=_kept(check_published, found.date),
        origin=origin,
    )


def _kept(check: Callable[[str | None, str], str | None], value: str | None) -> str | None:
    """A page's metadata value when it is well-formed; a relative URL or odd date is dropped, not fatal."""
    try:
        return check(value, "")
    except ExtractError:
        return None


def prose_words(html: str) -> int:
    """Count the words of an HTML page outside the elements that never hold prose."""
    import lxml.html
    from lxml.etree import ParserError

    try:
        tree = lxml.html.document_fromstring(html.encode("utf-8"), parser=_parser())
    except (ParserError, ValueError):
        return 0
    for element in list(tree.iter(*NOT_PROSE)):
        element.drop_tree()
    return sum(len(chunk.split()) for chunk in tree.itertext())


def _parser() -> HTMLParser:
    import lxml.html

    return lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)


def markdown_source(markdown: str, origin: str) -> Source:
    """Return the article in a Markdown file: its text, and its first heading as the title.

    A YAML-style front matter block (``title:``, ``url:``, ``date:``) gives the metadata when present.
    """
    meta, markdown = front_matter(markdown)
    blocks, headings = markdown_blocks(markdown)
    text = "\n\n".join(block for block in blocks if block.strip())
    if not text.strip():
        raise ExtractError(f"{origin}: the Markdown has no text outside code and markup; give an article")
    title = meta.get("title") or (headings[0] if headings else None)
    return Source(
        text=text + "\n", title=title, url=meta.get("url"), published=meta.get("published"), origin=origin
    )


def front_matter(markdown: str) -> tuple[dict[str, str], str]:
    """Split a leading ``---`` block of ``key: value`` lines off the Markdown."""
    match = FRONT_MATTER.match(markdown)
    if not match:
        return {}, markdown
    meta: dict[str, str] = {}
    for line in match.group(1).splitlines():
        key, sep, value = line.partition(":")
        name = FRONT_KEYS.get(key.strip().lower())
        if sep and name and name not in meta:
            meta[name] = value.strip().strip("'\"")
    return meta, markdown[match.end() :]


def markdown_blocks(markdown: str) -> tuple[list[str], list[str]]:
    """Return the plain text of each block, and the headings (level 1 first, then in order).

    Code blocks, raw HTML blocks and images have no inline text here, so they drop out.
    """
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").enable("strikethrough").parse(markdown)
    blocks: list[str] = []
    headings: list[tuple[int, int, str]] = []
    row: list[str] | None = None
    level = 0
    for token in tokens:
        if token.type == "heading_open":
            level = int(token.tag[1:])
        elif token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            blocks.append("; ".join(cell for cell in row if cell))
            row = None
        elif token.type == "inline":
            text = _inline_text(token.children or [])
            if row is not None:
                row.append(text)
                continue
            blocks.append(text)
            if level:
                headings.append((level, len(headings), text))
        elif token.type == "heading_close":
            level = 0
    return blocks, [text for _, _, text in sorted(headings) if text]


def _inline_text(children: list[Token]) -> str:
    parts = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
    return "".join(parts).strip()
