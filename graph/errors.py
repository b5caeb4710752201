"""The one error family of the graph layer; the API maps each class to an HTTP status."""


class GraphError(Exception):
    """Base of every error the graph layer raises on purpose."""


class QuerySyntaxError(GraphError):
    """The SPARQL text does not parse; the message names line and column."""


class QueryTimeoutError(GraphError):
    """The query ran past its time limit and was stopped."""


class StoreUnavailableError(GraphError):
    """The store cannot be opened or reached (locked by another process, remote server down)."""


class NotFoundError(GraphError):
    """A document, entity or graph that was asked for does not exist."""


class AmbiguousError(GraphError):
    """A name matches several entities; ``candidates`` lists them for the user to choose."""

    def __init__(self, message: str, candidates: list[dict[str, object]]) -> None:
        super().__init__(message)
        self.candidates = candidates


class UnknownEntityError(NotFoundError):
    """No entity has this name or alias; ``candidates`` lists the closest ones."""

    def __init__(self, message: str, candidates: list[dict[str, object]]) -> None:
        super().__init__(message)
        self.candidates = candidates


class InvalidParameterError(GraphError, ValueError):
    """An option is out of range or names an unknown type, relation kind or metric (HTTP 400)."""
