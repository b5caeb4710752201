"""One error shape everywhere: ``{"ok": false, "status": N, "error": "..."}`` (an HTML page for browsers).

Errors of the layers below are mapped to status codes here and only here.
"""

from __future__ import annotations

from typing import Any

from flask import Flask, Response, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from extract.errors import ExtractError, InputTooLargeError, NotTextError
from graph.errors import (
    AmbiguousError,
    GraphError,
    InvalidParameterError,
    NotFoundError,
    QuerySyntaxError,
    QueryTimeoutError,
    StoreUnavailableError,
    UnknownEntityError,
)


class ApiError(Exception):
    """An error with an HTTP status, raised by views for bad parameters and the like."""

    def __init__(self, status: int, message: str, **extra: Any) -> None:
        super().__init__(message)
        self.status = status
        self.extra = extra


_STATUS: tuple[tuple[type[Exception], int], ...] = (
    (AmbiguousError, 400),
    (UnknownEntityError, 404),
    (NotFoundError, 404),
    (QuerySyntaxError, 400),
    (InvalidParameterError, 400),
    (QueryTimeoutError, 503),
    (StoreUnavailableError, 503),
    (InputTooLargeError, 413),
    (NotTextError, 415),
    (ExtractError, 422),
)


def error_response(status: int, message: str, **extra: Any) -> Response:
    """Build the canonical error body, as JSON or, for a browser, as a small HTML page."""
    if _wants_html():
        html = render_template("error.html", status=status, message=message, extra=extra)
        return Response(html, status=status, mimetype="text/html")
    response = jsonify({"ok": False, "status": status, "error": message, **extra})
    response.status_code = status
    return response


def _wants_html() -> bool:
    best = request.accept_mimetypes.best_match(["application/json", "text/html"])
    return (
        best == "text/html"
        and request.accept_mimetypes["text/html"] > request.accept_mimetypes["application/json"]
    )


def register_error_handlers(app: Flask) -> None:
    """Install handlers so no error ever reaches the client as a traceback."""

    @app.errorhandler(ApiError)
    def _api_error(error: ApiError) -> Response:
        return error_response(error.status, str(error), **error.extra)

    @app.errorhandler(GraphError)
    @app.errorhandler(ExtractError)
    def _layer_error(error: Exception) -> Response:
        status = next((code for kind, code in _STATUS if isinstance(error, kind)), 500)
        extra = {"candidates": error.candidates} if hasattr(error, "candidates") else {}
        return error_response(status, str(error), **extra)

    @app.errorhandler(HTTPException)
    def _http_error(error: HTTPException) -> Response:
        message = error.description or error.name
        response = error_response(error.code or 500, message)
        if error.code == 405 and hasattr(error, "valid_methods") and error.valid_methods:
            response.headers["Allow"] = ", ".join(error.valid_methods)
        return response

    @app.errorhandler(Exception)
    def _bug(error: Exception) -> Response:
        app.logger.exception("unhandled error")  # a bug: log it, show no traceback
        return error_response(500, "internal error; the server log has the details")
