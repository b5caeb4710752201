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
from api.ingest import summary
from extract import Source, decode_text, extract_document, load_pipeline
from graph.errors import NotFoundError
from ontology.iris import document_iri

blueprint = Blueprint("documents", __name__, url_prefix="/api/documents")

_EXTRACTING = threading.Lock()  # one spaCy pipeline per process; extract one document at a time
FIELDS = ("text", "title", "url", "published")


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
    """Extract and store a document sent as text/plain or JSON ``{text, title, url, published}``."""
    require_write_token()
    source = _source()
    with _EXTRACTING:
        document = extract_document(source, nlp=load_pipeline())
    added = services().store.add_document(document.iri, document.graph.serialize(format="nt"))
    body = {**summary(document), "created": added}
    return jsonify(body), 201 if added else 200


@blueprint.delete("/<doc_id>")
def remove(doc_id: str) -> tuple[str, int]:
    """Remove a document and everything derived from it."""
    require_write_token()
    try:
        services().store.remove_document(document_iri(doc_id))
    except NotFoundError:
        raise NotFoundError(f"no document {doc_id!r}; GET /api/documents lists them") from None
    return "", 204


def _source() -> Source:
    if request.mimetype == "application/json":
        payload = request.get_json(silent=True)
        if not isinstance(payload, dict) or not isinstance(payload.get("text"), str):
            raise ApiError(
                400, 'send a JSON object with a "text" string (and optional title, url, published)'
            )
        unknown = sorted(set(payload) - set(FIELDS))
        if unknown:
            raise ApiError(400, f"unknown fields {unknown}; allowed: {', '.join(FIELDS)}")
        text = decode_text(payload["text"].encode("utf-8"), "the uploaded document")
        return Source(
            text=text,
            title=_optional_str(payload, "title"),
            url=_optional_str(payload, "url"),
            published=_optional_str(payload, "published"),
            origin="http",
        )
    if request.mimetype == "text/plain":
        charset = request.mimetype_params.get("charset", "utf-8").lower()
        if charset not in ("utf-8", "utf8"):
            raise ApiError(415, f"send the text as UTF-8, not {charset}")
        return Source(text=decode_text(request.get_data(), "the uploaded document"), origin="http")
    raise ApiError(415, f"send text/plain or application/json, not {request.mimetype or 'no Content-Type'}")


def _optional_str(payload: dict[str, object], name: str) -> str | None:
    value = payload.get(name)
    if value is None or isinstance(value, str):
        return value
    raise ApiError(400, f'"{name}" must be a string')
