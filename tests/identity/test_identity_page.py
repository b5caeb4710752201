"""The entity web page shows which spellings were merged into the entity, and by which rule."""

from __future__ import annotations

from html.parser import HTMLParser

from identity_kit import KISLYAK_A, KISLYAK_B, ingest

from api.app import create_app
from api.identity import set_override
from graph.store import OxigraphStore


class _Rows(HTMLParser):
    """The cell texts of each row of the table inside ``<section id="identity">``."""

    def __init__(self) -> None:
        super().__init__()
        self.inside = False
        self.rows: list[list[str]] = []
        self.cell: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "section" and ("id", "identity") in attrs:
            self.inside = True
        elif self.inside and tag == "tr":
            self.rows.append([])
        elif self.inside and tag == "td":
            self.cell = ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "section":
            self.inside = False
        elif tag == "td" and self.cell is not None:
            self.rows[-1].append(self.cell.strip())
            self.cell = None

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell += data


def _identity_rows(html: str) -> list[list[str]]:
    parser = _Rows()
    parser.feed(html)
    return [row for row in parser.rows if row]


def test_identity_page_lists_the_merged_spelling_with_its_rule(empty_store: OxigraphStore) -> None:
    ingest(empty_store, KISLYAK_A, KISLYAK_B)
    client = create_app({"TESTING": True}, store=empty_store).test_client()
    response = client.get("/entities/person/sergey-kislyak")
    assert response.status_code == 200
    [row] = _identity_rows(response.get_data(as_text=True))
    assert row[:2] == ["Sergei Kislyak", "Sergey Kislyak"]
    assert row[3] == "variant-table: Sergei→Sergey" and row[4] == "0.95"


def test_identity_page_has_no_section_when_nothing_was_merged(empty_store: OxigraphStore) -> None:
    ingest(empty_store, KISLYAK_A)
    client = create_app({"TESTING": True}, store=empty_store).test_client()
    html = client.get("/entities/person/sergey-kislyak").get_data(as_text=True)
    assert 'id="identity"' not in html and "Sergey Kislyak" in html


def test_identity_page_shows_a_split_as_kept_apart(empty_store: OxigraphStore) -> None:
    ingest(empty_store, KISLYAK_A, KISLYAK_B)
    set_override(empty_store, "split", "Sergei Kislyak", "https://newsgraph.example/person/sergey-kislyak")
    html = (
        create_app({"TESTING": True}, store=empty_store)
        .test_client()
        .get("/entities/Sergei Kislyak")
        .get_data(as_text=True)
    )
    [row] = _identity_rows(html)
    assert row[0] == "Sergei Kislyak" and row[3].startswith("user-split: kept apart from")
    assert "Other spellings: merged or kept apart" in html and "Names merged into" not in html
