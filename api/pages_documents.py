"""Document pages: the list, one article with its extracted facts highlighted, add and remove.

Adding and removing are plain HTML forms (no JavaScript needed) and need the update token, the same
one SPARQL updates need: with no token configured the forms are not shown and the posts are refused.
"""

from __future__ import annotations

import hmac
from typing import Any, cast

from flask import Blueprint, current_app, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from api.app import services
from api.documents import remove_document, store_sources
from api.dossier import name_of
from api.errors import ApiError
from api.highlight import segments
from extract import Source
from graph.errors import NotFoundError
from ontology.iris import document_iri
from ontology.namespaces import NG, SCHEMA

blueprint = Blueprint("documents_page", __name__)
PER_PAGE = 100

TEXT_QUERY = f"""PREFIX schema: <{SCHEMA}>
SELECT ?doc ?title ?text ?url ?published WHERE {{ GRAPH ?doc {{ ?doc schema:text ?text .
  OPTIONAL {{ ?doc schema:headline ?title }} OPTIONAL {{ ?doc schema:url ?url }}
  OPTIONAL {{ ?doc schema:datePublished ?published }} }} }}"""

MENTIONS_QUERY = f"""PREFIX schema: <{SCHEMA}>
SELECT ?doc ?entity WHERE {{ GRAPH ?doc {{ ?doc schema:mentions ?entity }} }}"""

SPANS_QUERY = f"""PREFIX ng: <{NG}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?doc ?fact ?class ?label ?start ?end WHERE {{ GRAPH ?doc {{
  ?fact a ng:Fact ; a ?class ; ng:evidence ?ev . ?ev ng:start ?start ; ng:end ?end .
  OPTIONAL {{ ?fact rdfs:label ?label }}
  FILTER(STRSTARTS(STR(?class), STR(ng:)) && ?class != ng:Fact) }} }}"""


@blueprint.get("/documents")
def documents() -> str:
    """List the stored documents with their downloads (and the add form when writes are allowed)."""
    rows = sorted(services().store.documents(), key=lambda r: ((r["title"] or "").casefold(), r["iri"] or ""))
    pages = max(1, -(-len(rows) // PER_PAGE))
    number = min(max(_page_number(), 1), pages)
    shown = rows[(number - 1) * PER_PAGE : number * PER_PAGE]
    listed = [{"id": _id(r["iri"]), "iri": r["iri"], "title": r["title"], "chars": r["chars"]} for r in shown]
    return render_template(
        "documents.html", documents=listed, total=len(rows), page=number, pages=pages, writable=_writable()
    )


@blueprint.get("/documents/<doc_id>")
def document(doc_id: str) -> str:
    """Show one document's text with every evidence span marked; ``start``/``end`` pick one to show."""
    store, iri = services().store, document_iri(doc_id)
    rows = store.select(TEXT_QUERY, doc=iri)
    if not rows:
        raise NotFoundError(f"no document {doc_id!r}; /documents lists them")
    meta = rows[0]
    spans = _spans(store.select(SPANS_QUERY, doc=iri))
    current = _current()
    network = services().networks.get()
    # ?entity is required by MENTIONS_QUERY, so never unbound
    people = [name_of(network, cast(str, row["entity"])) for row in store.select(MENTIONS_QUERY, doc=iri)]
    people.sort(key=lambda e: (e["type"] or "~", e["name"]))
    return render_template(
        "document.html",
        doc={"id": doc_id, "iri": iri, **{k: meta[k] for k in ("title", "url", "published")}},
        segments=segments(meta["text"] or "", spans, current),
        facts=sorted(spans, key=lambda s: (s["start"], s["end"], s["label"])),
        current=current,
        mentions=people,
        writable=_writable(),
    )


@blueprint.post("/documents")
def add() -> Response:
    """Extract a pasted article and store it, then show it (303 so a reload does not post twice)."""
    _check_token()
    text = (request.form.get("text") or "").strip()
    if not text:
        raise ApiError(400, "paste the article's text into the form; it was empty")
    source = Source(
        text=text,
        title=_field("title"),
        url=_field("url"),
        published=_field("published"),
        origin="pasted text",
    )
    report = store_sources([source])
    added = (report.added or report.skipped)[0]
    return redirect(url_for("documents_page.document", doc_id=added["id"]), code=303)


@blueprint.post("/documents/<doc_id>/delete")
def remove(doc_id: str) -> Response:
    """Remove a document and everything derived from it."""
    _check_token()
    remove_document(doc_id)
    return redirect(url_for("documents_page.documents"), code=303)


def _spans(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One span per (fact, start, end), labelled and typed, skipping rows with bad offsets."""
    spans: dict[tuple[str, int, int], dict[str, Any]] = {}
    for row in rows:
        try:
            start, end = int(row["start"]), int(row["end"])
        except (TypeError, ValueError):
            continue
        kind = (row["class"] or "").rsplit("#", 1)[-1]
        spans.setdefault(
            (row["fact"], start, end),
            {
                "fact": row["fact"],
                "start": start,
                "end": end,
                "kind": kind,
                "label": row["label"] or kind,
            },
        )
    return list(spans.values())


def _page_number() -> int:
    try:
        return int(request.args.get("page", "1"))
    except ValueError:
        return 1


def _current() -> tuple[int, int] | None:
    try:
        return int(request.args["start"]), int(request.args["end"])
    except (KeyError, ValueError):
        return None


def _writable() -> bool:
    return bool(current_app.config.get("NEWSGRAPH_UPDATE_TOKEN"))


def _check_token() -> None:
    token = current_app.config.get("NEWSGRAPH_UPDATE_TOKEN")
    if not token:
        raise ApiError(
            403, "adding and removing documents is disabled; start the server with NEWSGRAPH_UPDATE_TOKEN set"
        )
    sent = request.form.get("token", "")
    if not hmac.compare_digest(sent.encode(), str(token).encode()):
        raise ApiError(403, "wrong update token; enter the token the server was started with")


def _field(name: str) -> str | None:
    return (request.form.get(name) or "").strip() or None


def _id(iri: str | None) -> str:
    return (iri or "").rsplit("/", 1)[-1]
