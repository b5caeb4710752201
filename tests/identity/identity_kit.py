"""Articles and helpers shared by the identity tests: short texts that name the same people differently."""

from __future__ import annotations

from api.ingest import BuildReport, build
from extract import Source
from graph.store import Store

KISLYAK_A = (
    "Russian ambassador Sergey Kislyak met Michael Flynn in Washington on Monday. "
    "Kremlin spokesman Dmitri Pescov said the meeting was routine.\n"
)
KISLYAK_B = (
    "Sergei Kislyak, the Russian ambassador, met Jeff Sessions twice last year. "
    "Kremlin spokesman Dmitry Peskov declined to comment.\n"
)
FLYNN_ALONE = "Flynn said on Tuesday that the talks went well, according to Reuters.\n"
FLYNN_AGAIN = "Flynn told CNN on Friday that he had done nothing wrong.\n"
FLYNN_NAMED = "Michael Flynn resigned on Monday. Flynn told CNN that he regretted nothing.\n"
JOHN_SMITH = "John Smith, a lawyer, met Michael Flynn in London on Friday.\n"
JANE_SMITH = "Jane Smith, a lawyer, told Reuters that the deal was off.\n"

PEOPLE_QUERY = """PREFIX schema: <https://schema.org/>
SELECT ?person ?name WHERE { ?person a schema:Person .
  { ?person schema:name ?name } UNION { ?person schema:alternateName ?name } }"""


def ingest(store: Store, *texts: str) -> BuildReport:
    """Build ``texts`` into ``store`` the way `newsgraph build` does."""
    return build(store, [Source(text=text) for text in texts])


def people(store: Store) -> dict[str, set[str]]:
    """Every person node: IRI -> all its names (canonical and alternate)."""
    found: dict[str, set[str]] = {}
    for row in store.select(PEOPLE_QUERY):
        found.setdefault(str(row["person"]), set()).add(str(row["name"]))
    return found


def node_of(store: Store, name: str) -> str:
    """The one person node that has ``name`` among its names."""
    hits = [iri for iri, names in people(store).items() if name in names]
    assert len(hits) == 1, (name, people(store))
    return hits[0]


def partition(store: Store) -> set[frozenset[str]]:
    """The people as sets of names, whatever their IRIs: what order independence must preserve."""
    return {frozenset(names) for names in people(store).values()}
