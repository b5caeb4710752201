"""SPARQL 1.1 Update over the protocol (§2.2): only with the token, datasets by using-graph-uri.

Updates run in the server process (the one read-write opener of the store) in one transaction;
the store's generation changes, so query workers and the who-connects-to-whom projection follow.
"""

from __future__ import annotations

from flask import Response, current_app, request

from api import limits
from api.app import services
from api.errors import ApiError
from graph.errors import InvalidParameterError
from graph.sparql import inspect_update, iri, with_using

NO_SERVICE = (
    "SERVICE is not available: this endpoint makes no requests to other servers (federated queries are off)"
)


def dataset_parameter(name: str) -> list[str]:
    """The values of a dataset parameter, each checked to be an absolute IRI."""
    try:
        return [iri(value).value for value in request.values.getlist(name)]
    except InvalidParameterError as error:
        raise ApiError(400, f"{name}: {error}") from None


def run_update(update: str) -> Response:
    """Run ``update`` if the request carries the token; 204 when done."""
    if not current_app.config.get("NEWSGRAPH_UPDATE_TOKEN"):
        raise ApiError(
            403,
            "SPARQL updates are disabled; start the server with NEWSGRAPH_UPDATE_TOKEN set and "
            "send 'Authorization: Bearer <token>'",
        )
    if not limits.authorized():
        raise ApiError(403, "SPARQL updates need 'Authorization: Bearer <token>' with the configured token")
    info = inspect_update(update)
    if info.loads:
        raise ApiError(
            400,
            "LOAD is not available: this endpoint fetches nothing from other servers; "
            "use `newsgraph load FILE --graph IRI` to import RDF",
        )
    if info.uses_service:
        raise ApiError(400, NO_SERVICE)
    using, using_named = dataset_parameter("using-graph-uri"), dataset_parameter("using-named-graph-uri")
    if using or using_named:
        if info.has_dataset:
            # §2.2.3: a request with protocol dataset parameters must not also have USING/WITH.
            raise ApiError(
                400,
                "the update has USING or WITH clauses and the request has using-graph-uri or "
                "using-named-graph-uri; send the dataset one way only (SPARQL 1.1 Protocol §2.2.3)",
            )
        update = with_using(update, using, using_named)
    services().store.update(update, base=request.base_url)  # type: ignore[attr-defined]
    return Response(status=204)
