"""The web page, read through the Flask test client: what a reader sees without any JavaScript."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from flask.testing import FlaskClient

HTML = {"Accept": "text/html"}
KISLYAK = "/entities/person/sergey-kislyak"


def page(client: FlaskClient, url: str, status: int = 200) -> str:
    """GET ``url`` as a browser would and return the HTML, checking the status."""
    response = client.get(url, headers=HTML)
    assert response.status_code == status, response.get_data(as_text=True)[:500]
    assert response.mimetype == "text/html"
    return response.get_data(as_text=True)


class Assets(HTMLParser):
    """Collect every script and stylesheet a page loads."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "script" and values.get("src"):
            self.urls.append(values["src"] or "")
        if tag == "link" and values.get("href"):
            self.urls.append(values["href"] or "")


def test_page_home_shows_search_central_entities_and_downloads(client: FlaskClient) -> None:
    html = page(client, "/")
    assert 'role="search"' in html and 'href="/entities/person/sergey-kislyak"' in html
    for extension in ("ttl", "nt", "jsonld", "trig"):
        assert f'href="/graph.{extension}"' in html
    assert 'data-network="/api/network"' in html


def test_page_search_finds_an_entity_by_alias(client: FlaskClient) -> None:
    html = page(client, "/search?q=kislyak")
    assert f'<a href="{KISLYAK}">Sergey Kislyak</a>' in html


def test_page_search_says_when_nothing_matches(client: FlaskClient) -> None:
    assert "Nothing matches" in page(client, "/search?q=zzzzqqq")


def test_page_entity_shows_roles_with_dates_and_evidence_links(client: FlaskClient) -> None:
    html = page(client, KISLYAK)
    assert '<h1 id="entity-h">Sergey Kislyak</h1>' in html
    assert "ambassador to Belgium" in html and "1998–2003" in html
    assert re.search(r'href="/documents/[0-9a-f]{16}\?start=\d+&amp;end=\d+#ev-\d+-\d+"', html)
    assert "served as the country&#39;s ambassador to Belgium from 1998 to 2003" in html


def test_page_entity_shows_quotes_given_with_their_outlet(client: FlaskClient) -> None:
    html = page(client, KISLYAK)
    said = html[html.index('id="said"') : html.index('id="heard"')]
    assert "living through the worst time in our relationship" in said
    assert '<a href="/entities/org/cnn">CNN</a>' in said


def test_page_entity_shows_quotes_received_with_speaker_and_outlet(client: FlaskClient) -> None:
    html = page(client, KISLYAK)
    heard = html[html.index('id="heard"') : html.index('id="contacts"')]
    assert "He&#39;s a very active ambassador in the positive sense" in heard
    assert "Michael McFaul" in heard and "The Washington Post" in heard


def test_page_entity_lists_contacts_and_connections(client: FlaskClient) -> None:
    html = page(client, KISLYAK)
    contacts = html[html.index('id="contacts"') : html.index('id="connections"')]
    assert "Michael Flynn" in contacts and "Jeff Sessions" in contacts
    assert 'href="/path?from=' in html


def test_page_entity_unknown_name_is_a_404_page_with_candidates(client: FlaskClient) -> None:
    html = page(client, "/entities/Michael%20McFaull", status=404)
    assert "Michael McFaul" in html


def test_page_path_lists_every_hop_with_its_evidence(client: FlaskClient) -> None:
    html = page(client, "/path?from=McFaul&to=Flynn")
    assert "1 shortest path of 2 hops" in html
    assert "Michael McFaul — Sergey Kislyak" in html and "Sergey Kislyak — Michael Flynn" in html
    assert "McFaul told the Washington Post" in html
    assert "Both Michael Flynn and Attorney General Jeff Sessions have come under fire" in html
    assert 'id="path-data"' in html


def test_page_path_offers_candidates_for_an_ambiguous_name(client: FlaskClient) -> None:
    html = page(client, "/path?from=Michael&to=Kislyak", status=400)
    assert "use this one" in html and "Michael McFaul" in html


def test_page_path_without_names_shows_the_form(client: FlaskClient) -> None:
    html = page(client, "/path")
    assert 'name="from"' in html and 'role="alert"' not in html


def test_page_documents_list_each_document_with_its_downloads(client: FlaskClient) -> None:
    html = page(client, "/documents")
    doc_id = re.search(r'href="/documents/([0-9a-f]{16})"', html).group(1)  # type: ignore[union-attr]
    assert f'href="/graph.ttl?document={doc_id}"' in html and f'href="/graph.trig?document={doc_id}"' in html
    assert "read-only" in html and 'name="token"' not in html


def test_page_document_marks_the_evidence_that_was_followed(client: FlaskClient) -> None:
    html = page(client, KISLYAK)
    link = re.search(r'href="(/documents/[0-9a-f]{16}\?start=(\d+)&amp;end=(\d+))#', html)
    assert link
    start, end = link.group(2), link.group(3)
    doc = page(client, link.group(1).replace("&amp;", "&"))
    assert f'id="ev-{start}-{end}"' in doc
    current = re.search(r'<mark class="current[^"]*"[^>]*>([^<]*)</mark>', doc)
    assert current and current.group(1).strip()
    assert '<mark class=" fact"' in doc
    mentions = doc[doc.index('id="mentions-h"') : doc.index('id="facts-h"')]
    assert f'<a href="{KISLYAK}">Sergey Kislyak</a>' in mentions


def test_page_unknown_document_is_a_404_page(client: FlaskClient) -> None:
    assert "no document" in page(client, "/documents/0000000000000000", status=404)


def test_page_sparql_editor_loads_vendored_yasgui_and_examples(client: FlaskClient) -> None:
    html = page(client, "/sparql")
    assert "/static/vendor/yasgui-4.6.2.min.js" in html and "/static/vendor/yasgui-4.6.2.min.css" in html
    for title in ("People quoted by The New York Times", "Who met Kislyak", "Roles with dates"):
        assert title in html


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("nyt-quotes", "Sergei A. Karaganov"),
        ("met-kislyak", "Michael Flynn"),
        ("roles", "ambassador to Belgium"),
    ],
)
def test_page_sparql_examples_answer_on_the_seed_graph(client: FlaskClient, key: str, expected: str) -> None:
    from api.examples import EXAMPLES

    # Asked of the store itself: the queries are under test here; the endpoint is driven by YASGUI
    # in tests/browser.
    query = next(example.query for example in EXAMPLES if example.key == key)
    rows = client.application.extensions["newsgraph"].store.select(query)
    assert any(expected in str(value) for row in rows for value in row.values()), rows


@pytest.mark.parametrize(
    "url", ["/", "/search?q=k", KISLYAK, "/path?from=McFaul&to=Flynn", "/documents", "/sparql"]
)
def test_page_loads_only_local_assets_under_a_strict_policy(client: FlaskClient, url: str) -> None:
    response = client.get(url, headers=HTML)
    policy = response.headers["Content-Security-Policy"]
    assert (
        "script-src 'self'" in policy and "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]
    )
    parser = Assets()
    parser.feed(response.get_data(as_text=True))
    assert parser.urls and all(u.startswith("/static/") for u in parser.urls), parser.urls
    for asset in parser.urls:
        with client.get(asset) as loaded:  # static files are streamed: close them (filterwarnings=error)
            assert loaded.status_code == 200, asset


def test_page_vendored_files_carry_their_version_and_licence(client: FlaskClient) -> None:
    from importlib.resources import files

    vendor = files("api") / "static" / "vendor"
    names = {entry.name for entry in vendor.iterdir()}
    for stem in ("cytoscape-3.35.0", "yasgui-4.6.2"):
        assert f"{stem}.min.js" in names and f"{stem}.LICENSE.txt" in names
    assert "MIT" in (vendor / "yasgui-4.6.2.LICENSE.txt").read_text()


def test_page_home_draws_at_most_the_cap_of_entities() -> None:
    from api.page import DRAWN_NODES, _min_degree

    assert _min_degree([1, 2, 3]) == 0
    degrees = [1] * 1000 + [2] * 200 + [5] * 50
    threshold = _min_degree(degrees)
    assert threshold == 2 and sum(d >= threshold for d in degrees) <= DRAWN_NODES
