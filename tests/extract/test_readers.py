"""Reading articles: HTML (article text only), Markdown, JSON Lines, directories; metadata into RDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import XSD, Literal, URIRef

from extract import ExtractError, Source, extract_document, parse, read_sources
from ontology import SCHEMA

NEWS_PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<title>Kislyak meets Sessions | The Daily Planet</title>
<meta property="og:title" content="Sessions met Kislyak twice in 2016">
<meta property="og:url" content="https://example.org/news/sessions-kislyak">
<meta property="article:published_time" content="2017-03-02T10:15:00Z">
<script>var headline = "Donald Trump met Vladimir Putin";</script>
<style>body { color: #222; }</style>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a> Subscribe</nav>
<header><div class="menu">Sign in | Newsletter | Breaking: Angela Merkel visits Paris</div></header>
<article>
<h1>Sessions met Kislyak twice in 2016</h1>
<p>Attorney General Jeff Sessions met Russian ambassador Sergey Kislyak twice in 2016, the Justice
Department said on Wednesday.</p>
<p>"I never had meetings with Russian operatives," Sessions told The Washington Post. The meetings
took place in July and September, officials said.</p>
<p>Kislyak, who served as ambassador to the United States from 2008 to 2017, was a frequent presence
at events in Washington.</p>
</article>
<aside>Related: Emmanuel Macron visits Berlin</aside>
<footer>&copy; 2017 The Daily Planet. Contact us. Privacy policy. Boris Johnson cookie notice.</footer>
<script>trackPageView("Theresa May");</script>
</body></html>
"""


def test_readers_html_keeps_only_the_article_text_and_its_metadata() -> None:
    [source] = parse(NEWS_PAGE.encode("utf-8"), "html", "page.html")
    assert "Jeff Sessions met Russian ambassador Sergey Kislyak" in source.text
    assert "from 2008 to 2017" in source.text
    for boilerplate in (
        "Trump",
        "Home",
        "Subscribe",
        "Merkel",
        "Macron",
        "Privacy",
        "Boris",
        "Theresa",
        "color",
    ):
        assert boilerplate not in source.text
    assert source.title == "Sessions met Kislyak twice in 2016"
    assert source.url == "https://example.org/news/sessions-kislyak"
    assert source.published == "2017-03-02"


@pytest.mark.parametrize(
    "html",
    [
        "<html><head><title>Empty</title></head><body></body></html>",
        "<html><body><nav>Home World</nav><script>var x = 'text';</script><footer>Contact</footer></body></html>",
        "<div><span></span><img src='a.png'></div>",
    ],
)
def test_readers_html_with_markup_only_is_refused(html: str) -> None:
    with pytest.raises(ExtractError, match=r"page\.html: .*no article text"):
        parse(html.encode("utf-8"), "html", "page.html")


def test_readers_markdown_strips_markup_and_takes_the_heading_as_title() -> None:
    markdown = (
        "Intro line before the heading.\n\n## Background\n\n# Flynn called Kislyak\n\n"
        "Michael **Flynn** spoke with [Sergey Kislyak](https://example.org/k) in *December*.\n\n"
        "![photo of the embassy](embassy.jpg)\n\n```\nprint('code is not prose')\n```\n\n"
        "- first point\n- second point\n"
    )
    [source] = parse(markdown.encode("utf-8"), "markdown", "a.md")
    assert source.title == "Flynn called Kislyak"  # the level-1 heading, though a level-2 came first
    assert "Michael Flynn spoke with Sergey Kislyak in December." in source.text
    for markup in ("**", "](", "https://", "#", "photo of", "print(", "```"):
        assert markup not in source.text
    assert "first point\n\nsecond point" in source.text


def test_readers_markdown_front_matter_gives_metadata_and_a_given_title_wins() -> None:
    markdown = "---\ntitle: 'The front title'\ndate: 2019-05-01\nurl: https://example.org/x\n---\n# Heading\n\nText.\n"
    [source] = parse(markdown.encode("utf-8"), "markdown", "b.md")
    assert (source.title, source.published, source.url) == (
        "The front title",
        "2019-05-01",
        "https://example.org/x",
    )
    assert source.text == "Heading\n\nText.\n"


def test_readers_jsonl_gives_one_document_per_line() -> None:
    data = (
        b'{"text": "Jeff Sessions met Sergey Kislyak.", "title": "One", "published": "2017-03-02"}\n'
        b"\n"
        b'{"text": "Michael Flynn called Kislyak.", "url": "https://example.org/2", '
        b'"published": "2017-02-13T09:00:00+00:00"}\n'
    )
    first, second = parse(data, "jsonl", "feed.jsonl")
    assert (first.title, first.published, first.origin) == ("One", "2017-03-02", "feed.jsonl line 1")
    assert (second.url, second.published, second.origin) == (
        "https://example.org/2",
        "2017-02-13T09:00:00+00:00",
        "feed.jsonl line 3",
    )


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (b"{not json", r"feed\.jsonl line 2: not valid JSON"),
        (b'["a list"]', r"feed\.jsonl line 2: needs a \"text\" string"),
        (b'{"text": "x", "author": "A"}', r"feed\.jsonl line 2: unknown fields \['author'\]"),
        (b'{"text": "x", "title": 5}', r"feed\.jsonl line 2: \"title\" must be a string"),
        (b'{"text": "   "}', r"feed\.jsonl line 2: \"text\" is empty"),
        (
            b'{"text": "x", "published": "last week"}',
            r"feed\.jsonl line 2: published 'last week' is not a date",
        ),
        (b'{"text": "x", "url": "not a url"}', r"feed\.jsonl line 2: url 'not a url' is not an absolute URL"),
        (b'{"text": "caf\xe9"}', r"feed\.jsonl line 2: not valid UTF-8"),
    ],
)
def test_readers_jsonl_bad_line_names_file_and_line_and_refuses_the_batch(
    tmp_path: Path, line: bytes, message: str
) -> None:
    (tmp_path / "a.txt").write_text("Jeff Sessions met Sergey Kislyak.\n", encoding="utf-8")
    (tmp_path / "feed.jsonl").write_bytes(b'{"text": "Michael Flynn called Kislyak."}\n' + line + b"\n")
    with pytest.raises(ExtractError, match=message):
        read_sources([tmp_path])


def test_readers_directories_are_walked_sorted_by_extension(tmp_path: Path) -> None:
    (tmp_path / "b.html").write_text(NEWS_PAGE, encoding="utf-8")
    (tmp_path / "a.md").write_text("# Title A\n\nJeff Sessions met Sergey Kislyak.\n", encoding="utf-8")
    nested = tmp_path / "z" / "deeper"
    nested.mkdir(parents=True)
    (nested / "c.jsonl").write_text('{"text": "One."}\n{"text": "Two."}\n', encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4 not an article")
    (tmp_path / "photo.JPG").write_bytes(b"\xff\xd8")
    hidden = tmp_path / ".git"
    hidden.mkdir()
    (hidden / "HEAD.txt").write_text("ref: refs/heads/main", encoding="utf-8")
    sources = read_sources([tmp_path])
    assert [Path(s.origin.split(" line ")[0]).name for s in sources] == [
        "a.md",
        "b.html",
        "c.jsonl",
        "c.jsonl",
    ]
    assert [s.title for s in sources[:2]] == ["Title A", "Sessions met Kislyak twice in 2016"]
    assert read_sources([tmp_path]) == sources


def test_readers_an_explicit_file_of_another_extension_is_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "article"
    path.write_text("# not a heading here\nJeff Sessions met Sergey Kislyak.\n", encoding="utf-8")
    [source] = read_sources([path])
    assert source.text.startswith("# not a heading here")


@pytest.mark.parametrize(
    ("published", "stored"),
    [(" 2017-03-02 ", "2017-03-02"), ("2017-03-02 10:15", "2017-03-02T10:15:00"), (None, None), ("", None)],
)
def test_readers_source_normalises_published(published: str | None, stored: str | None) -> None:
    assert Source("text", published=published).published == stored


def test_readers_metadata_lands_in_the_document_rdf(nlp) -> None:  # type: ignore[no-untyped-def]
    data = (
        b'{"text": "Jeff Sessions met Sergey Kislyak.", "title": "Met", "url": "https://example.org/m", '
        b'"published": "2017-03-02T10:15:00+00:00"}\n{"text": "Michael Flynn called Kislyak.", '
        b'"published": "2017-02-13"}\n'
    )
    first, second = (extract_document(source, nlp=nlp) for source in parse(data, "jsonl", "f.jsonl"))
    doc = URIRef(first.iri)
    assert (doc, SCHEMA.headline, Literal("Met")) in first.graph
    assert (doc, SCHEMA.url, Literal("https://example.org/m", datatype=XSD.anyURI)) in first.graph
    published = Literal("2017-03-02T10:15:00+00:00", datatype=XSD.dateTime)
    assert (doc, SCHEMA.datePublished, published) in first.graph
    assert (
        URIRef(second.iri),
        SCHEMA.datePublished,
        Literal("2017-02-13", datatype=XSD.date),
    ) in second.graph
