"""Adding and removing documents over HTTP (writes need the token, like SPARQL updates).

A document is extracted first and written in one transaction, so a failed or refused upload
changes nothing; removing a document drops its graph and with it every entity only it mentioned.
"""

from __future__ import annotations

import hmac
import threading

from flask import Blueprint, Response, current_app, jsonify, request

from api.app import services
from api.errors import ApiError
from api.ingest import BuildReport, build
from extract import MEDIA_TYPES, Source, decode_text, parse
from graph.errors import NotFoundError
from ontology.iris import document_iri

blueprint = Blueprint("documents", __name__, url_prefix="/api/documents")

EXTRACTING = threading.Lock()  # one spaCy pipeline per process; extract one document at a time
FIELDS = ("text", "title", "url", "published")
JSON_LINES = {media for media, kind in MEDIA_TYPES.items() if kind == "jsonl"}


def require_write_token() -> None:
    """Refuse a write unless a token is configured and this request carries it."""
    token = current_app.config.get("NEWSGRAPH_UPDATE_TOKEN")
    if not token:
        raise ApiError(
            403,
            "writes are disabled; start the server with NEWSGRAPH_UPDATE_TOKEN set and send "
            "'Authorization: Bearer <token>'",
        )
    sent = request.headers.get("Authorization", "").removeprefix("Bearer ").strip()
    if not hmac.compare_digest(sent.encode(), str(token).encode()):
        raise ApiError(403, "this write needs 'Authorization: Bearer <token>' with the configured token")


@blueprint.post("")
def add() -> tuple[Response, int]:
    """Extract and store a document: text/plain, text/markdown, text/html or JSON ``{text, title,
    url, published}``; JSON Lines (application/x-ndjson) adds one document per line, all or none."""
    require_write_token()
    report = store_sources(_sources())
    status = 201 if report.added else 200
    if request.mimetype in JSON_LINES:
        return jsonify({"documents": report.documents, "created": len(report.added)}), status
    return jsonify(report.documents[0]), status


def store_sources(sources: list[Source]) -> BuildReport:
    """Extract and store ``sources`` for a request, patching the projection rather than rebuilding it."""
    with EXTRACTING:
        return build(services().networks.followed(), sources)


def remove_document(doc_id: str) -> None:
    """Remove a stored document for a request; the projection is patched to match."""
    try:
        services().networks.remove_document(document_iri(doc_id))
    except NotFoundError:
        raise NotFoundError(f"no document {doc_id!r}; GET /api/documents lists them") from None


@blueprint.delete("/<doc_id>")
def remove(doc_id: str) -> tuple[str, int]:
    """Remove a document and everything derived from it."""
    require_write_token()
    remove_document(doc_id)
    return "", 204


def _sources() -> list[Source]:
    if request.mimetype == "application/json":
        return [_json_source()]
    kind = MEDIA_TYPES.get(request.mimetype)
    if kind is None:
        accepted = ", ".join(sorted({"application/json", *MEDIA_TYPES}))
        raise ApiError(415, f"send one of {accepted}; not {request.mimetype or 'no Content-Type'}")
    charset = request.mimetype_params.get("charset", "utf-8").lower()
    if charset not in ("utf-8", "utf8"):
        raise ApiError(415, f"send the document as UTF-8, not {charset}")
    return parse(request.get_data(), kind, "the uploaded document")


def _json_source() -> Source:
    payload = request.get_json(silent=True)
    if not isinstance(payload, dict) or not isinstance(payload.get("text"), str):
        raise ApiError(400, 'send a JSON object with a "text" string (and optional title, url, published)')
    unknown = sorted(set(payload) - set(FIELDS))
    if unknown:
        raise ApiError(400, f"unknown fields {unknown}; allowed: {', '.join(FIELDS)}")
    text = decode_text(payload["text"].encode("utf-8"), "the uploaded document")
    return Source(
        text=text,
        title=_optional_str(payload, "title"),
        url=_optional_str(payload, "url"),
        published=_optional_str(payload, "published"),
        origin="the uploaded document",
    )


def _optional_str(payload: dict[str, object], name: str) -> str | None:
    value = payload.get(name)
    if value is None or isinstance(value, str):
        return value
    raise ApiError(400, f'"{name}" must be a string')
