"""Read and check query-string parameters, with messages that say what is allowed."""

from __future__ import annotations

from flask import request

from api.errors import ApiError


def integer(name: str, default: int, *, low: int, high: int) -> int:
    """An integer parameter between ``low`` and ``high``."""
    raw = request.args.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ApiError(400, f"{name} must be a whole number, not {raw!r}") from None
    if not low <= value <= high:
        raise ApiError(400, f"{name} must be between {low} and {high}, not {value}")
    return value


def number(name: str, default: float, *, low: float, high: float) -> float:
    """A decimal parameter between ``low`` and ``high``."""
    raw = request.args.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ApiError(400, f"{name} must be a number, not {raw!r}") from None
    if not low <= value <= high:
        raise ApiError(400, f"{name} must be between {low} and {high}, not {value}")
    return value


def required(name: str) -> str:
    """A parameter that must be present and non-empty."""
    value = (request.args.get(name) or "").strip()
    if not value:
        raise ApiError(400, f"the {name}= parameter is required")
    return value


def optional(name: str) -> str | None:
    """A parameter's stripped value, or None when it is absent or empty."""
    return (request.args.get(name) or "").strip() or None


def listed(name: str) -> tuple[str, ...]:
    """A comma-separated (or repeated) parameter as a tuple of non-empty strings."""
    items: list[str] = []
    for raw in request.args.getlist(name):
        items.extend(part.strip() for part in raw.split(",") if part.strip())
    return tuple(items)


def choice(name: str, default: str, allowed: tuple[str, ...]) -> str:
    """A parameter that must be one of ``allowed``."""
    value = request.args.get(name) or default
    if value not in allowed:
        raise ApiError(400, f"{name} must be one of {', '.join(allowed)}, not {value!r}")
    return value


def flag(name: str, default: bool = False) -> bool:
    """A yes/no parameter (1/0, true/false, yes/no)."""
    raw = (request.args.get(name) or "").strip().lower()
    if not raw:
        return default
    if raw in ("1", "true", "yes", "on"):
        return True
    if raw in ("0", "false", "no", "off"):
        return False
    raise ApiError(400, f"{name} must be true or false, not {raw!r}")
