"""HTTP to a SPARQL 1.1 server with the standard library: endpoints, credentials, errors, retries.

Queries go as URL-encoded form POSTs (SPARQL 1.1 Protocol §2.1.2): no URL length limit, and
Virtuoso hangs on a direct ``application/sparql-query`` POST. Each request asks for exactly one
media type, since Virtuoso answers the first one listed, whatever its q-value. Writes are retried
with backoff because every write this package sends is idempotent (a graph replaced whole).
"""

from __future__ import annotations

import http.client
import os
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import IO

from graph.errors import QuerySyntaxError, QueryTimeoutError, StoreUnavailableError

FORM = "application/x-www-form-urlencoded; charset=utf-8"


@dataclass(frozen=True)
class Endpoints:
    """Where a server takes queries, updates and Graph Store Protocol requests, and its habits."""

    query: str
    update: str
    graph_store: str | None  # Graph Store Protocol endpoint, None where there is none
    graph_param: str = "graph"  # the GSP parameter naming the graph ("graph-uri" on Virtuoso)
    union_param: bool = False  # send ``union-default-graph`` (Oxigraph server) with every query
    kind: str = "sparql"

    @property
    def server(self) -> str:
        """The server's origin, for messages."""
        parts = urllib.parse.urlsplit(self.query)
        return f"{parts.scheme}://{parts.netloc}"


def endpoints(url: str, env: Mapping[str, str] | None = None) -> Endpoints:
    """The endpoints of the server at ``url``, by the layout its path names.

    ``.../query`` or a bare origin: Oxigraph server (``/query``, ``/update``, ``/store``).
    ``/sparql``: Virtuoso (``/sparql`` anonymous reads, ``/sparql-auth`` and
    ``/sparql-graph-crud-auth`` Digest-authenticated writes). Anything else: one endpoint for
    queries and updates, no Graph Store Protocol. ``NEWSGRAPH_STORE_UPDATE`` and
    ``NEWSGRAPH_STORE_GRAPH_STORE`` (empty: none) override the guess.
    """
    env = os.environ if env is None else env
    parts = urllib.parse.urlsplit(url.rstrip("/"))
    origin = f"{parts.scheme}://{parts.netloc}"
    path = parts.path
    if path in ("", "/query") or path.endswith("/query"):
        base = origin + path.removesuffix("/query")
        found = Endpoints(f"{base}/query", f"{base}/update", f"{base}/store", "graph", True, "oxigraph")
    elif path in ("/sparql", "/sparql-auth"):
        found = Endpoints(
            f"{origin}/sparql",
            f"{origin}/sparql-auth",
            f"{origin}/sparql-graph-crud-auth",
            "graph-uri",
            False,
            "virtuoso",
        )
    else:
        found = Endpoints(url, url, None)
    update = env.get("NEWSGRAPH_STORE_UPDATE") or found.update
    graph_store = env.get("NEWSGRAPH_STORE_GRAPH_STORE", found.graph_store) or None
    return Endpoints(found.query, update, graph_store, found.graph_param, found.union_param, found.kind)


class AccessError(StoreUnavailableError):
    """The server refused the credentials: retrying will not help."""


class Client:
    """Requests to one server; errors become the graph layer's, naming the server and what to do."""

    def __init__(
        self,
        where: Endpoints,
        *,
        user: str | None = None,
        password: str | None = None,
        timeout: float = 30.0,
        retries: int = 4,
        backoff: float = 0.25,
    ) -> None:
        self.where = where
        self.user, self.password = user, password
        self.timeout, self.retries, self.backoff = timeout, retries, backoff

    def _opener(self) -> urllib.request.OpenerDirector:
        # A new opener per request: the Digest handler counts retries in the handler itself,
        # so one shared between request threads fails spuriously.
        if not self.user:
            return urllib.request.build_opener()
        passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        passwords.add_password(None, self.where.server, self.user, self.password or "")
        return urllib.request.build_opener(
            urllib.request.HTTPDigestAuthHandler(passwords), urllib.request.HTTPBasicAuthHandler(passwords)
        )

    def query(
        self, text: str, accept: str, params: Sequence[tuple[str, str]] = (), timeout: float | None = None
    ) -> IO[bytes]:
        """POST ``text`` as a query form and return the open response (the caller reads and closes it)."""
        fields = [("query", text), *params]
        if self.where.union_param and not any(
            k in ("default-graph-uri", "named-graph-uri") for k, _ in params
        ):
            fields.append(("union-default-graph", ""))
        body = urllib.parse.urlencode(fields).encode("utf-8")
        request = urllib.request.Request(
            self.where.query, data=body, headers={"Content-Type": FORM, "Accept": accept}
        )
        return self._send(request, timeout or self.timeout, reading=True)

    def update(self, text: str, *, retry: bool = True) -> None:
        """Run a SPARQL Update (form POST, §2.2.1); retried with backoff only if ``retry`` (idempotent)."""
        body = urllib.parse.urlencode({"update": text}).encode("utf-8")
        self._write(
            lambda: urllib.request.Request(self.where.update, data=body, headers={"Content-Type": FORM}),
            self.retries if retry else 0,
        )

    def put_graph(self, graph: str, ntriples: bytes) -> None:
        """Replace one graph with ``ntriples`` (Graph Store Protocol PUT: atomic and idempotent)."""
        assert self.where.graph_store is not None
        url = f"{self.where.graph_store}?{urllib.parse.urlencode({self.where.graph_param: graph})}"
        headers = {"Content-Type": "application/n-triples"}
        self._write(
            lambda: urllib.request.Request(url, data=ntriples, headers=headers, method="PUT"), self.retries
        )

    def _write(self, make: object, retries: int) -> None:
        delay = self.backoff
        for attempt in range(retries + 1):
            try:
                self._send(make(), self.timeout, reading=False).close()  # type: ignore[operator]
                return
            except AccessError:
                raise
            except StoreUnavailableError:
                if attempt == retries:
                    raise
                time.sleep(delay)
                delay *= 2

    def _send(self, request: urllib.request.Request, timeout: float, *, reading: bool) -> IO[bytes]:
        server = self.where.server
        try:
            return self._opener().open(request, timeout=timeout)
        except urllib.error.HTTPError as error:
            detail = _detail(error)
            if error.code == 400:
                raise QuerySyntaxError(
                    f"the SPARQL server at {server} rejected the request: {detail}"
                ) from None
            if error.code in (401, 403):
                raise AccessError(
                    f"the SPARQL server at {server} refused access ({error.code}); set "
                    "NEWSGRAPH_STORE_USER and NEWSGRAPH_STORE_PASSWORD to an account that may write"
                ) from None
            raise StoreUnavailableError(
                f"the SPARQL server at {server} answered {error.code} for {request.full_url}: {detail}"
            ) from None
        except (urllib.error.URLError, http.client.HTTPException, OSError) as error:
            reason = getattr(error, "reason", error)
            if isinstance(error, TimeoutError) or isinstance(reason, TimeoutError):
                message = f"the SPARQL server at {server} did not answer within {timeout:g} s"
                raise (QueryTimeoutError if reading else StoreUnavailableError)(message) from None
            raise StoreUnavailableError(
                f"the SPARQL server at {server} is unreachable ({reason}); start it or check --store / "
                "NEWSGRAPH_STORE"
            ) from None


def _detail(error: urllib.error.HTTPError) -> str:
    try:
        text = error.read(2000).decode("utf-8", "replace")
    except OSError:
        return error.reason or ""
    return " ".join(text.split())[:500] or str(error.reason)
