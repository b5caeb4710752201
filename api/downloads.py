"""Downloads of the whole graph (or one document's graph) in every RDF format, streamed."""

from __future__ import annotations

from flask import Blueprint, Response, request

from api.app import services
from api.errors import ApiError
from api.negotiate import choose
from api.streaming import stream
from graph.errors import NotFoundError
from graph.formats import RDF_FORMATS, Format, rdf_format
from ontology.iris import document_iri

blueprint = Blueprint("downloads", __name__)


@blueprint.route("/graph")
def negotiated() -> Response:
    """The graph in the format the ``Accept`` header (or ``format=``) asks for; Turtle by default."""
    return _download(choose(RDF_FORMATS))


@blueprint.route("/graph.<extension>")
def by_extension(extension: str) -> Response:
    """The graph in the format its extension names: ``/graph.ttl``, ``.nt``, ``.jsonld``, ``.trig``..."""
    try:
        fmt = rdf_format(extension)
    except ValueError as error:
        raise ApiError(404, f"no download /graph.{extension}: {error}") from None
    return _download(fmt)


def _download(fmt: Format) -> Response:
    store = services().store
    graph = _document_graph()
    # Ask the store once before streaming: once the 200 is sent, a dead remote store could only
    # cut the body short; asked here, it is a 503 naming the server.
    if graph is None:
        store.query("ASK {}")
    elif not store.has_document(graph):
        raise NotFoundError(f"no document {request.args['document']!r}; GET /api/documents lists them")
    name = "newsgraph" if graph is None else f"newsgraph-{request.args['document']}"
    response = Response(
        stream(lambda output: store.export(fmt, output, graph)),
        mimetype=fmt.media_type,
    )
    response.headers["Content-Disposition"] = f'inline; filename="{name}.{fmt.extension}"'
    return response


def _document_graph() -> str | None:
    """The graph of ``?document=`` (an id or a document IRI), or None for the whole graph."""
    value = request.args.get("document")
    if not value:
        return None
    return value if value.startswith(("http://", "https://")) else document_iri(value)
