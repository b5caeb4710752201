"""A journalist's session in a real browser: search, entity page, path with evidence, SPARQL, downloads.

Screenshots go to ``test-artifacts/``; every test also fails on a script error or on any request
that leaves our server (nothing may load from a CDN).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.server]

KISLYAK = "https://newsgraph.example/person/sergey-kislyak"


def test_page_browser_search_kislyak_opens_his_page(page: Any, live_server: str, shot: Any) -> None:
    page.goto(live_server + "/")
    page.get_by_label("Find a person, organisation, outlet or place").press_sequentially("Kisl", delay=40)
    option = page.get_by_role("option", name=re.compile("Sergey Kislyak"))
    option.wait_for()
    shot(page, "search-autocomplete", full_page=False)
    page.keyboard.press("ArrowDown")
    assert page.locator("#q").get_attribute("aria-activedescendant")
    page.keyboard.press("Enter")
    page.wait_for_url("**/entities/person/sergey-kislyak")
    assert page.get_by_role("heading", level=1).inner_text() == "Sergey Kislyak"
    roles = page.locator("#roles")
    assert "ambassador to Belgium" in roles.inner_text() and "1998–2003" in roles.inner_text()
    assert "CNN" in page.locator("#said").inner_text()
    page.locator("#ego[data-ready]").wait_for()
    shot(page, "entity-kislyak-top", full_page=False)
    shot(page, "entity-kislyak")


def test_page_browser_path_from_mcfaul_to_flynn_reads_its_evidence(
    page: Any, live_server: str, shot: Any
) -> None:
    page.goto(live_server + "/")
    page.locator("#from").fill("Michael McFaul")
    page.locator("#to").fill("Michael Flynn")
    page.get_by_role("button", name="Find the link").click()
    page.wait_for_url("**/path?**")
    hops = page.locator("ol.hops").first
    text = hops.inner_text()
    assert "Michael McFaul — Sergey Kislyak" in text and "Sergey Kislyak — Michael Flynn" in text
    assert "McFaul told the Washington Post" in text
    assert "Both Michael Flynn and Attorney General Jeff Sessions" in text
    page.locator("#path-graph[data-ready='3']").wait_for()
    shot(page, "path-mcfaul-flynn")
    hops.get_by_role("link", name=re.compile("Read it in")).first.click()
    page.wait_for_url("**/documents/**")
    current = page.locator("mark.current").first
    current.wait_for()
    assert "Washington Post" in current.inner_text()
    assert current.is_visible()
    shot(page, "document-evidence", full_page=False)


def test_page_browser_yasgui_runs_an_example_and_shows_rows(page: Any, live_server: str, shot: Any) -> None:
    page.goto(live_server + "/sparql")
    page.locator("#yasgui .CodeMirror").wait_for()
    page.get_by_role("button", name="Roles with dates").click()
    rows = page.locator(".yasr table tbody tr")
    rows.first.wait_for()
    assert rows.count() >= 5
    assert "ambassador to Belgium" in page.locator(".yasr").inner_text()
    shot(page, "sparql-roles")


def test_page_browser_yasgui_runs_a_typed_query(page: Any, live_server: str, shot: Any) -> None:
    page.goto(live_server + "/sparql")
    page.locator("#yasgui .CodeMirror").wait_for()
    query = (
        "PREFIX schema: <https://schema.org/>\nSELECT ?name WHERE { ?p a schema:Person ; schema:name ?name }"
    )
    page.evaluate("q => { window.newsgraphYasgui.getTab().setQuery(q); }", query)
    page.locator(".yasqe_queryButton").click()
    page.locator(".yasr table tbody tr").first.wait_for()
    assert "Michael McFaul" in page.locator(".yasr").inner_text()


def test_page_browser_downloads_turtle(page: Any, live_server: str, tmp_path: Path, shot: Any) -> None:
    page.goto(live_server + "/")
    with page.expect_download() as event:
        page.locator("#downloads").get_by_role("link", name="Turtle").click()
    download = event.value
    target = tmp_path / download.suggested_filename
    download.save_as(target)
    assert target.name == "newsgraph.ttl"
    text = target.read_text(encoding="utf-8")
    assert "@prefix ng: <https://w3id.org/newsgraph/ns#>" in text and "Sergey Kislyak" in text


def test_page_browser_graph_is_drawn_filtered_and_clickable(page: Any, live_server: str, shot: Any) -> None:
    page.goto(live_server + "/")
    page.locator("#network[data-ready]").wait_for()
    visible = "() => document.getElementById('network').cy.nodes(':visible').length"
    everyone = page.evaluate(visible)
    assert everyone >= 20
    page.locator("#graph").scroll_into_view_if_needed()
    shot(page, "home")
    page.locator("#graph-filters input[value=person]").uncheck()
    assert 0 < page.evaluate(visible) < everyone
    page.locator("#graph-filters input[value=person]").check()
    page.locator("#network").scroll_into_view_if_needed()
    box = page.locator("#network").bounding_box()
    where = page.evaluate(
        "iri => document.getElementById('network').cy.getElementById(iri).renderedPosition()", KISLYAK
    )
    page.mouse.click(box["x"] + where["x"], box["y"] + where["y"])  # a real click on Kislyak's node
    page.wait_for_url("**/entities/person/sergey-kislyak")


@pytest.mark.browser(javascript=False)
def test_page_browser_essentials_work_without_javascript(
    page: Any, live_server: str, tmp_path: Path, shot: Any
) -> None:
    page.goto(live_server + "/")
    page.locator("#q").fill("Kislyak")
    page.get_by_role("button", name="Search").click()
    page.get_by_role("link", name="Sergey Kislyak").click()
    page.wait_for_url("**/entities/person/sergey-kislyak")
    assert "1998–2003" in page.locator("#roles").inner_text()
    page.locator("#roles").get_by_role("link", name=re.compile("Read it in")).first.click()
    assert page.locator("mark.current").first.is_visible()
    page.goto(live_server + "/path?from=McFaul&to=Flynn")
    assert "McFaul told the Washington Post" in page.locator("ol.hops").inner_text()
    page.goto(live_server + "/documents")
    shot(page, "documents-nojs")
    with page.expect_download() as event:
        page.get_by_role("link", name=re.compile("^Turtle of")).first.click()
    target = tmp_path / "one.ttl"
    event.value.save_as(target)
    assert "@prefix" in target.read_text(encoding="utf-8")


def test_page_browser_article_markup_never_runs(browser_context: Any, hostile_server: str, shot: Any) -> None:
    tab = browser_context.new_page()
    dialogs: list[str] = []
    tab.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    tab.goto(hostile_server + "/documents")
    tab.locator("table.results a").first.click()
    tab.wait_for_url("**/documents/**")
    text = tab.locator(".text").inner_text()
    assert "<script>window.__pwned = 2</script>" in text and "<img src=x" in text
    shot(tab, "hostile-document", full_page=False)
    for url in ("/", "/search?q=jane", "/entities/person/jane-doe", "/sparql"):
        tab.goto(hostile_server + url)
        tab.wait_for_load_state("networkidle")
        assert tab.evaluate("() => window.__pwned") is None, url
    assert tab.evaluate("() => document.querySelectorAll('img[src=x]').length") == 0
    assert not dialogs
    tab.close()


def test_page_browser_adds_a_pasted_article_and_removes_it(
    browser_context: Any, hostile_server: str, shot: Any
) -> None:
    tab = browser_context.new_page()
    tab.goto(hostile_server + "/documents")
    tab.get_by_label("Headline").fill("Envoy meets senator")
    tab.get_by_label("Article text").fill(
        "Senator Mary Major met Russian ambassador Sergey Kislyak in 2016, the Washington Post reported."
    )
    tab.locator("#token").fill("browser-test-token")
    tab.get_by_role("button", name="Extract and add").click(no_wait_after=True)
    tab.wait_for_url("**/documents/*", timeout=30_000)  # the first extraction loads the spaCy model
    assert tab.get_by_role("heading", level=1).inner_text() == "Envoy meets senator"
    assert tab.locator(".factlist li").count() >= 1
    shot(tab, "document-added", full_page=False)
    tab.locator("form.danger input[name=token]").fill("browser-test-token")
    tab.get_by_role("button", name=re.compile("Remove this document")).click()
    tab.wait_for_url("**/documents")
    assert "Envoy meets senator" not in tab.locator("table.results").inner_text()
    tab.close()


def test_page_browser_graph_is_drawn_while_centrality_is_still_computing(
    page: Any, live_server: str, shot: Any
) -> None:
    # The server answers 503 + Retry-After until its background thread has scores (graph.background);
    # the route replays exactly that answer so the page meets it on the small seed graph too.
    page.route(
        "**/api/centrality*",
        lambda route: route.fulfill(
            status=503,
            headers={"Retry-After": "2", "Content-Type": "application/json"},
            body='{"ok": false, "error": "pagerank centrality is being computed for this graph; retry in 2 seconds"}',
        ),
    )
    page.goto(live_server + "/")
    page.locator("#network[data-ready]").wait_for()
    assert page.locator("#network").get_attribute("data-sizing") == "degree"
    assert page.evaluate("() => document.getElementById('network').cy.nodes().length") >= 20
    assert "still being computed" in page.locator("#graph-sizing").inner_text()
    shot(page, "home-centrality-pending")
    # Chromium logs the 503 itself as a console error; that one is expected, nothing else is.
    page.problems[:] = [p for p in page.problems if "status of 503" not in p]


def test_page_browser_graph_is_sized_by_pagerank_when_ready(page: Any, live_server: str) -> None:
    page.goto(live_server + "/")
    page.locator("#network[data-ready]").wait_for()
    assert page.locator("#network").get_attribute("data-sizing") == "pagerank"
    assert page.locator("#graph-sizing").inner_text() == "PageRank centrality"
