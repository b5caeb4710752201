"""Batch extraction: any concurrent.futures Executor gives the documents of a serial run, in order."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from extract import ExtractError, Source, extract_all

TEXTS = [
    "Jeff Sessions met Sergey Kislyak in 2016.",
    "Michael Flynn spoke with Sergey Kislyak in December 2016.",
    "Dmitry Peskov told Reuters that the Kremlin had no comment.",
    "Jane Doe, a spokeswoman for Acme Corp, told Reuters that the deal was off.",
]


def test_readers_batch_executor_keeps_input_order_and_contents(nlp) -> None:  # type: ignore[no-untyped-def]
    sources = [Source(text, title=f"t{i}") for i, text in enumerate(TEXTS)]
    serial = list(extract_all(sources))
    with ThreadPoolExecutor(1) as pool:  # one thread: the pipeline is not shared between threads
        mapped = list(extract_all(sources, pool, window=2))
    assert [d.title for d in mapped] == ["t0", "t1", "t2", "t3"]
    assert [(d.iri, set(d.graph)) for d in mapped] == [(d.iri, set(d.graph)) for d in serial]


def test_readers_batch_error_in_a_worker_reaches_the_caller(nlp) -> None:  # type: ignore[no-untyped-def]
    sources = [Source(TEXTS[0]), Source(" \n ", origin="blank.txt")]
    with ThreadPoolExecutor(1) as pool, pytest.raises(ExtractError, match=r"blank\.txt"):
        list(extract_all(sources, pool))
