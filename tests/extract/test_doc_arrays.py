"""The per-Doc token columns the scans read must say what the Token objects say."""

import pytest

from extract.doc_arrays import ARRAYS, column
from extract.normalise import normalise
from extract.sources import seed_source

TEXT = (
    "PIRAEUS, Greece — The Harbour Ledger reported that Oh Jae-won, a lawyer at Arul & Khoo LLC, met "
    "the Attorney General's Office on Monday.\n\n\"We will appeal,\" said Ms. Vîrlan of the Growers' Federation."
)


@pytest.mark.parametrize("text", [TEXT, normalise(seed_source().text)])
def test_every_column_matches_the_tokens(nlp, text):
    doc = nlp(text)
    for name in ARRAYS:
        assert column(doc, name) == [getattr(t, name) for t in doc], name


def test_a_column_is_read_once_per_doc(nlp):
    doc = nlp(TEXT)
    assert column(doc, "lower_") is column(doc, "lower_")
    assert column(nlp(TEXT), "lower_") is not column(doc, "lower_")


def test_empty_doc_and_unknown_attribute(nlp):
    assert column(nlp.make_doc(""), "text") == []
    with pytest.raises(ValueError, match="ent_type_"):
        column(nlp(TEXT), "ent_type_")  # entity tags change after kg_entities: never cached


@pytest.mark.parametrize("text", [TEXT, normalise(seed_source().text)])
def test_span_text_is_spacys(nlp, text):
    from extract.syntax import span_text

    doc = nlp(text)
    spans = [*doc.ents, *doc.sents, doc[0:0], doc[len(doc) - 1 : len(doc)], doc[:]]
    for span in spans:
        assert span_text(span) == span.text, (span.start, span.end)
