"""Identity overrides over HTTP: ``newsgraph alias`` and ``split`` for a server that holds the store.

The command line cannot open a store a running server has locked, so a journalist who spots a
wrong merge on the web page would otherwise have to stop the service. Writes need the token, like
every other write; the override and the documents it re-resolves are written in one update, and the
projection follows on the next request (the store's generation moved).
"""

from __future__ import annotations

from flask import Blueprint, Response, jsonify, request

from api.app import services
from api.documents import EXTRACTING, require_write_token
from api.errors import ApiError
from api.identity import IdentityError, set_override
from graph.entities import resolve

blueprint = Blueprint("overrides", __name__, url_prefix="/api/identity")

KINDS = ("alias", "split")


@blueprint.post("/<kind>")
def override(kind: str) -> Response:
    """``POST /api/identity/alias`` (NAME is ENTITY) or ``/split`` (never merge them): JSON
    ``{"name": ..., "entity": ...}``; ENTITY is a name, alias, slug or IRI, as for paths."""
    if kind not in KINDS:
        raise ApiError(404, f"no override {kind!r}; POST /api/identity/alias or /api/identity/split")
    require_write_token()
    name, entity = _field("name"), _field("entity")
    iri = resolve(services().networks.get(), entity)
    with EXTRACTING:  # re-resolving re-extracts the affected documents with the one spaCy pipeline
        try:
            affected = set_override(services().store, kind, name, iri)
        except IdentityError as error:
            raise ApiError(400, f"{error}; nothing was changed") from None
    documents = [document.rsplit("/", 1)[-1] for document in affected]
    return jsonify({"kind": kind, "name": name, "entity": iri, "documents": documents})


def _field(key: str) -> str:
    payload = request.get_json(silent=True)
    if not isinstance(payload, dict):
        raise ApiError(400, 'send a JSON object {"name": ..., "entity": ...}')
    value = payload.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ApiError(400, f'"{key}" must be a non-empty string')
    return value.strip()
