"""The projection size guard: over NEWSGRAPH_MAX_RELATIONS, a clear error the API answers with 503."""

from __future__ import annotations

import pytest

from graph.capacity import DEFAULT_MAX_RELATIONS, ENV, ProjectionTooLargeError, check_size, max_relations
from graph.errors import StoreUnavailableError


def test_capacity_limit_defaults_and_reads_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV, raising=False)
    assert max_relations() == DEFAULT_MAX_RELATIONS
    monkeypatch.setenv(ENV, "2_000")
    assert max_relations() == 2000


def test_capacity_over_the_limit_says_why_and_what_still_works(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV, "1000")
    check_size(1000)  # at the limit: built
    with pytest.raises(ProjectionTooLargeError) as raised:
        check_size(1001)
    assert isinstance(raised.value, StoreUnavailableError)  # the API maps these to 503
    message = str(raised.value)
    assert "1,001 relations" in message and "limit of 1,000" in message and ENV in message
    assert "SPARQL queries and downloads still work" in message


@pytest.mark.parametrize("value", ["0", "-5", "many"])
def test_capacity_bad_limit_is_named(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv(ENV, value)
    with pytest.raises(ProjectionTooLargeError, match=f"{ENV}='{value}' is not a positive whole number"):
        check_size(1)
