"""The service's settings and their defaults, read from the environment (``NEWSGRAPH_*``).

Kept apart from the app so that the command line can know the default store without importing Flask.
"""

from __future__ import annotations

import os
from typing import Any

DEFAULT_STORE = ".newsgraph"


def default_settings() -> dict[str, Any]:
    """Settings from the environment (``NEWSGRAPH_*``), before any explicit config."""
    return {
        "NEWSGRAPH_STORE": os.environ.get("NEWSGRAPH_STORE", DEFAULT_STORE),
        "NEWSGRAPH_UPDATE_TOKEN": os.environ.get("NEWSGRAPH_UPDATE_TOKEN") or None,
        "NEWSGRAPH_ROW_LIMIT": int(os.environ.get("NEWSGRAPH_ROW_LIMIT", "10000")),
        "NEWSGRAPH_TIME_LIMIT": float(os.environ.get("NEWSGRAPH_TIME_LIMIT", "30")),
        "NEWSGRAPH_TIME_LIMIT_MAX": float(os.environ.get("NEWSGRAPH_TIME_LIMIT_MAX", "3600")),
        "NEWSGRAPH_SPARQL_WORKERS": int(os.environ.get("NEWSGRAPH_SPARQL_WORKERS", "4")),
        "NEWSGRAPH_SEED_IF_EMPTY": False,
        "MAX_CONTENT_LENGTH": int(os.environ.get("NEWSGRAPH_MAX_BODY", str(16 * 1024 * 1024))),
    }
