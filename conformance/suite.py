"""Where the W3C suite is, how to read its manifests, and how to talk to the endpoint under test."""

from __future__ import annotations

import http.client
import os
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import Namespace

MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
QT = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-query#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
HT = Namespace("http://www.w3.org/2011/http#")
CNT = Namespace("http://www.w3.org/2011/content#")


def suite_root() -> Path:
    """The W3C suite folder: ``$NEWSGRAPH_W3C_SUITE``, else ``../shared/anchors/w3c-sparql11``."""
    configured = os.environ.get("NEWSGRAPH_W3C_SUITE")
    if configured:
        return Path(configured)
    return Path(__file__).resolve().parent.parent.parent / "shared" / "anchors" / "w3c-sparql11"


def load_manifest(path: Path) -> Graph:
    """Parse one manifest (Turtle) with its own IRI as the base."""
    graph = Graph()
    graph.parse(path, format="turtle", publicID=path.resolve().as_uri())
    return graph


def entries(graph: Graph) -> Iterator[URIRef]:
    """The manifest's tests in ``mf:entries`` order."""
    for manifest in graph.subjects(MF.entries, None):
        head = graph.value(manifest, MF.entries)
        yield from Collection(graph, head)  # type: ignore[arg-type,misc]


def includes(graph: Graph) -> Iterator[URIRef]:
    """The sub-manifests an ``mf:include`` list names."""
    for manifest in graph.subjects(MF.include, None):
        yield from Collection(graph, graph.value(manifest, MF.include))  # type: ignore[arg-type,misc]


def local_path(iri: object) -> Path:
    """The file a ``file:`` IRI of the suite names."""
    return Path(urllib.parse.unquote(urllib.parse.urlparse(str(iri)).path))


@dataclass
class Reply:
    """What the endpoint answered."""

    status: int
    content_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Endpoint:
    """The endpoint under test: its URL and the bearer token sent with every request."""

    url: str
    token: str | None = None

    def send(
        self, method: str, target: str, body: bytes | None = None, headers: dict[str, str] | None = None
    ) -> Reply:
        """Send exactly these headers (plus Host and the token): no Content-Type is added for us."""
        parts = urllib.parse.urlsplit(self.url)
        connection = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=120)
        sent = dict(headers or {})
        if self.token:
            sent["Authorization"] = f"Bearer {self.token}"
        try:
            connection.putrequest(method, target, skip_accept_encoding=True)
            for name, value in sent.items():
                connection.putheader(name, value)
            if body is not None:
                connection.putheader("Content-Length", str(len(body)))
            connection.endheaders(body)
            response = connection.getresponse()
            data = response.read()
            return Reply(
                response.status,
                response.getheader("Content-Type", ""),
                data,
                {k.lower(): v for k, v in response.getheaders()},
            )
        finally:
            connection.close()

    @property
    def path(self) -> str:
        """The endpoint's path, e.g. ``/sparql``."""
        return urllib.parse.urlsplit(self.url).path or "/"

    def update(self, text: str) -> Reply:
        """Run a SPARQL update (direct POST, §2.2.2)."""
        return self.send(
            "POST", self.path, text.encode("utf-8"), {"Content-Type": "application/sparql-update"}
        )
