"""Shared fixtures: the real pipeline loaded once, and the seed article extracted once."""

import pytest

from extract import extract_document, load_pipeline, seed_source


@pytest.fixture(scope="session")
def nlp():
    """The real spaCy pipeline with our components (loaded once per session)."""
    return load_pipeline()


@pytest.fixture(scope="session")
def seed(nlp):
    """The packaged seed article, extracted."""
    return extract_document(seed_source(), nlp=nlp)
