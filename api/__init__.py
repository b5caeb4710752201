"""What users touch: the Flask service (SPARQL, paths, entities, downloads, web page) and the CLI.

``create_app`` is imported on first use (PEP 562), so that the command line does not load Flask
for commands that never serve.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from api.app import create_app

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    """Load ``api.app`` when ``create_app`` is first asked for."""
    if name != "create_app":
        raise AttributeError(f"module 'api' has no attribute {name!r}")
    from api.app import create_app

    return create_app
