"""Per-request limits of the SPARQL endpoint: the row cap, the time limit, and who may raise them.

The time limit defaults to ``NEWSGRAPH_TIME_LIMIT`` seconds (30); a client may lower it with
``timeout=`` (seconds), and may raise it up to ``NEWSGRAPH_TIME_LIMIT_MAX`` (3600) only with the
update token. The row cap is ``NEWSGRAPH_ROW_LIMIT`` (10000; 0 turns it off).
"""

from __future__ import annotations

import hmac
import math
import os

from flask import current_app, request

from api.errors import ApiError

DEFAULT_TIME_LIMIT = 30.0
MAX_TIME_LIMIT = 3600.0
TRUNCATED_HEADER = "X-Newsgraph-Truncated"
ROW_LIMIT_HEADER = "X-Newsgraph-Row-Limit"
TIME_LIMIT_HEADER = "X-Newsgraph-Time-Limit"


def setting(name: str, default: float) -> float:
    """A numeric setting from the app config, else the environment, else ``default``."""
    value = current_app.config.get(name)
    if value is None:
        value = os.environ.get(name)
    return float(value) if value not in (None, "") else default


def authorized() -> bool:
    """Whether the request carries ``Authorization: Bearer <NEWSGRAPH_UPDATE_TOKEN>``."""
    token = current_app.config.get("NEWSGRAPH_UPDATE_TOKEN")
    header = request.headers.get("Authorization", "")
    if not token or not header.startswith("Bearer "):
        return False
    return hmac.compare_digest(header.removeprefix("Bearer ").strip().encode(), str(token).encode())


def row_limit() -> int:
    """The most rows (or triples) one answer carries; 0 means no cap."""
    return int(setting("NEWSGRAPH_ROW_LIMIT", 10000))


def time_limit() -> float:
    """Seconds this query may run: the default, lowered (or raised, with the token) by ``timeout=``."""
    default = setting("NEWSGRAPH_TIME_LIMIT", DEFAULT_TIME_LIMIT)
    asked = request.values.get("timeout")
    if not asked:
        return default
    try:
        seconds = float(asked)
    except ValueError:
        raise ApiError(400, f"timeout={asked!r} is not a number of seconds") from None
    if not math.isfinite(seconds) or seconds <= 0:
        raise ApiError(400, f"timeout={asked!r} must be a positive number of seconds")
    if seconds <= default:
        return seconds
    ceiling = setting("NEWSGRAPH_TIME_LIMIT_MAX", MAX_TIME_LIMIT)
    if not authorized():
        raise ApiError(
            403,
            f"timeout={asked} is above the default time limit of {default:g} s; only a client with "
            "the update token ('Authorization: Bearer <token>') may raise it",
        )
    return min(seconds, ceiling)
