"""What users touch: the Flask service (SPARQL, paths, entities, downloads, web page) and the CLI."""

from api.app import create_app

__all__ = ["create_app"]
