"""The SPARQL 1.1 Protocol endpoint at ``/sparql`` (queries; updates only with the token).

Protocol operations (SPARQL 1.1 Protocol §2.1): query via GET, via URL-encoded POST, or via POST
``application/sparql-query``; update (§2.2) via URL-encoded POST or POST ``application/sparql-update``.
The default graph is the union of all document graphs.
"""

from __future__ import annotations

import functools
import threading
import time
import weakref
from pathlib import Path

from flask import Blueprint, Response, current_app, request
from werkzeug.sansio.utils import get_current_url

from api import limits
from api.app import services
from api.description import describe_or_page
from api.errors import ApiError
from api.negotiate import choose, content_type
from api.update import NO_SERVICE, dataset_parameter, run_update
from graph.evaluate import Answer, QueryRequest
from graph.formats import RDF_FORMATS, RESULT_FORMATS, Format
from graph.pool import WorkerPool
from graph.sparql import inspect_query
from graph.store import prefixes

blueprint = Blueprint("sparql", __name__)

QUERY_TYPE = "application/sparql-query"
UPDATE_TYPE = "application/sparql-update"
FORM_TYPE = "application/x-www-form-urlencoded"


@blueprint.route("/sparql", methods=["GET", "POST"])
def endpoint() -> Response:
    """Answer a query or an update, or describe the service when there is neither."""
    query, update = _operation()
    if update is not None:
        return run_update(update)
    if query is None:
        return describe_or_page()
    return _query(query)


def _operation() -> tuple[str | None, str | None]:
    """Read the query or update from the request, rejecting what §2.1 and §2.2 do not allow."""
    if request.method == "GET":
        if "update" in request.args:
            # §2.2: an update is never sent with GET (it must not run as a side effect of a GET).
            raise ApiError(400, "SPARQL updates must be sent with POST (SPARQL 1.1 Protocol §2.2)")
        return _single(request.args, "query"), None
    mimetype = request.mimetype
    charset = request.mimetype_params.get("charset", "utf-8").lower()
    if charset not in ("utf-8", "utf8"):
        # §2.1.2/§2.1.3 and §2.2.1/§2.2.2: the body is UTF-8; anything else is a client error.
        raise ApiError(415, f"the request body must be UTF-8, not {charset}; send charset=utf-8")
    if mimetype == FORM_TYPE:
        query, update = _single(request.form, "query"), _single(request.form, "update")
        if query is not None and update is not None:
            raise ApiError(400, "send either query= or update=, not both")
        if query is None and update is None:
            raise ApiError(400, "the form has neither query= nor update=")
        return query, update
    if mimetype in (QUERY_TYPE, UPDATE_TYPE):
        body = _utf8(request.get_data())
        return (body, None) if mimetype == QUERY_TYPE else (None, body)
    shown = mimetype or "none"
    raise ApiError(
        415,
        f"POST /sparql takes Content-Type {QUERY_TYPE}, {UPDATE_TYPE} or {FORM_TYPE}, not {shown}",
    )


def _single(values: object, name: str) -> str | None:
    found = values.getlist(name)  # type: ignore[attr-defined]
    if len(found) > 1:
        # §2.1.1 / §2.2.1: exactly one query or update string per request.
        raise ApiError(400, f"the request has {len(found)} {name}= parameters; send exactly one")
    return found[0] if found else None


def _utf8(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ApiError(400, f"the request body is not valid UTF-8 (byte {error.start})") from None


def _query(query: str) -> Response:
    info = inspect_query(query)
    if info.uses_service:
        raise ApiError(400, NO_SERVICE)
    # §2.1.4: default-graph-uri / named-graph-uri define the dataset and override FROM clauses.
    values = request.values
    default_graphs, named_graphs = (
        dataset_parameter(name) if name in values else [] for name in ("default-graph-uri", "named-graph-uri")
    )
    has_protocol_dataset = bool(default_graphs or named_graphs)
    result_fmt, rdf_fmt = _formats(info.form)
    timeout = limits.time_limit()
    query_request = QueryRequest(
        query=query,
        default_graphs=default_graphs or None,
        named_graphs=named_graphs or None,
        union=not has_protocol_dataset and not info.has_dataset,
        base=_base_url(request.scheme, request.host, request.root_path, request.path),
        result_format=result_fmt.name,
        rdf_format=rdf_fmt.name,
        row_limit=limits.row_limit(),
        prefixes=prefixes() if info.form in ("CONSTRUCT", "DESCRIBE", None) else {},
    )
    answer = _evaluate(query_request, timeout)
    table = RDF_FORMATS if answer.kind == "triples" else RESULT_FORMATS
    fmt = next(f for f in table if f.name == answer.format)
    response = Response(answer.body, content_type=content_type(fmt))
    response.headers[limits.TRUNCATED_HEADER] = "true" if answer.truncated else "false"
    response.headers[limits.ROW_LIMIT_HEADER] = str(query_request.row_limit)
    response.headers[limits.TIME_LIMIT_HEADER] = f"{timeout:g}"
    response.headers["Vary"] = "Accept"  # a new response: nothing to merge with
    return response


@functools.lru_cache(maxsize=64)
def _base_url(scheme: str, host: str, root: str, path: str) -> str:
    """``request.base_url``, whose IRI quoting costs more than the rest of a small query."""
    return get_current_url(scheme, host, root, path)


def _formats(form: str | None) -> tuple[Format, Format]:
    """The results format and the RDF format to answer in; 406 only for the form the query has."""
    if form in ("SELECT", "ASK"):
        return choose(RESULT_FORMATS), RDF_FORMATS[0]
    if form in ("CONSTRUCT", "DESCRIBE"):
        return RESULT_FORMATS[0], choose(RDF_FORMATS)
    return _lenient(RESULT_FORMATS), _lenient(RDF_FORMATS)  # a syntax error will be reported


def _lenient(formats: tuple[Format, ...]) -> Format:
    try:
        return choose(formats)
    except ApiError:
        return formats[0]


def _evaluate(query_request: QueryRequest, timeout: float) -> Answer:
    """Run the query in a killable worker process when the store has a directory, else here."""
    store = services().store
    query_request.generation = store.generation
    location = getattr(store, "location", None)
    if location is None:
        return store.evaluate(query_request, time.monotonic() + timeout)  # type: ignore[attr-defined]
    return _pool(Path(location)).run(query_request, timeout)


_POOL_LOCK = threading.Lock()


def _pool(location: Path) -> WorkerPool:
    extensions = current_app.extensions
    with _POOL_LOCK:
        pool = extensions.get("newsgraph_sparql_pool")
        if pool is None:
            size = int(limits.setting("NEWSGRAPH_SPARQL_WORKERS", 4))
            pool = extensions["newsgraph_sparql_pool"] = WorkerPool(location, size)
            # Workers end with their app (test suites build many apps), else at interpreter exit.
            weakref.finalize(current_app._get_current_object(), pool.close)  # type: ignore[attr-defined]
            threading.Thread(target=pool.warm, name="newsgraph-sparql-warm", daemon=True).start()
    return pool
