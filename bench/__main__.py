"""``python -m bench NAME [options]``: run one benchmark (server, extraction, sparql, paths, ingest, remote, cluster)."""

from __future__ import annotations

import sys


def main() -> int:
    """Dispatch to the named benchmark's ``main``."""
    names = {
        "server": "bench.server",
        "extraction": "bench.extraction",
        "sparql": "bench.sparql",
        "paths": "bench.paths",
        "ingest": "bench.ingest",
        "remote": "bench.remote",
        "cluster": "bench.cluster",
    }
    if len(sys.argv) < 2 or sys.argv[1] not in names:
        print(f"usage: python -m bench {{{','.join(names)}}} [options]", file=sys.stderr)
        return 2
    import importlib

    module = importlib.import_module(names[sys.argv[1]])
    return int(module.main(sys.argv[2:]))


if __name__ == "__main__":
    sys.exit(main())
