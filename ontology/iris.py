"""Deterministic, idempotent IRI minting: the same name always gets the same IRI.

Entities live under one namespace per type (``{base}person/sergey-kislyak``); documents are named
by a hash of their normalised text, so the same article ingested twice is the same document.
"""

import hashlib
import os
import re
import unicodedata

DEFAULT_BASE = "https://newsgraph.example/"

ENTITY_TYPES = ("person", "org", "place")

_NON_SLUG = re.compile(r"[^a-z0-9]+")


def base_iri() -> str:
    """Return the data base IRI: ``NEWSGRAPH_BASE`` if set, else :data:`DEFAULT_BASE`."""
    base = os.environ.get("NEWSGRAPH_BASE", DEFAULT_BASE)
    return base if base.endswith(("/", "#")) else base + "/"


def slugify(name: str) -> str:
    """Lower-case ASCII slug of ``name``: accents folded, punctuation collapsed to ``-``.

    >>> slugify("Sergéy  A. Kislyak's")
    'sergey-a-kislyak-s'
    """
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = _NON_SLUG.sub("-", folded.lower()).strip("-")
    return slug or "x" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:12]


def entity_iri(kind: str, name: str, base: str | None = None) -> str:
    """Mint the IRI of an entity of ``kind`` (person, org or place) with canonical ``name``."""
    if kind not in ENTITY_TYPES:
        raise ValueError(f"entity kind must be one of {ENTITY_TYPES}, not {kind!r}")
    return f"{base or base_iri()}{kind}/{slugify(name)}"


def role_iri(title: str, base: str | None = None) -> str:
    """Mint the IRI of an ``org:Role`` such as "ambassador" or "deputy director"."""
    return f"{base or base_iri()}role/{slugify(title)}"


def document_id(text: str) -> str:
    """Content hash of a document's normalised text: 16 hex digits of SHA-256."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def document_iri(doc_id: str, base: str | None = None) -> str:
    """IRI of a document; it also names the document's graph."""
    return f"{base or base_iri()}document/{doc_id}"


def fact_iri(doc_id: str, kind: str, *key: object, base: str | None = None) -> str:
    """Mint a fact node IRI from its document, kind and identifying parts (stable across runs)."""
    digest = hashlib.sha256("\x1f".join(map(str, key)).encode("utf-8")).hexdigest()[:12]
    return f"{base or base_iri()}fact/{doc_id}/{kind}-{digest}"


def evidence_iri(fact: str, start: int, end: int) -> str:
    """IRI of one piece of evidence (a character span) for ``fact``."""
    return f"{fact}/evidence-{start}-{end}"
