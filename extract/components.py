"""Import every module that registers a kg_ spaCy factory (the pipeline imports this)."""

from extract import aliases, contacts, coref, credits, entities, lines, others, quotes, roles, structure  # noqa: F401
