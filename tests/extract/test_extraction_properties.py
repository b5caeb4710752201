"""Properties: extraction never raises on any text (except ExtractError), offsets always slice."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract import ExtractError, extract_document, normalise

WORDS = st.sampled_from(
    [
        "Sergey",
        "Kislyak",
        "said",
        "told",
        "CNN",
        "the",
        "ambassador",
        "met",
        "\u201c",
        "\u201d",
        '"',
        "'s",
        "he",
        "Getty Images",
        "Susan Walsh/AP",
        "\n\n",
        "\n",
        ",",
        ".",
        "former",
        "U.S.",
        "of",
        "to",
        "from 1998 to 2003",
        "[Kislyak]",
        "\u00a0",
        "Attorney General",
        "Jeff Sessions",
        "according to",
        "The New York Times",
        "\r\n",
    ]
)
TEXTS = st.one_of(st.text(max_size=300), st.lists(WORDS, max_size=60).map(" ".join))
SETTINGS = settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@SETTINGS
@given(TEXTS)
def test_extract_document_never_raises_other_errors(nlp, text):
    try:
        document = extract_document(text, nlp=nlp)
    except ExtractError:
        assert not normalise(text).strip()
        return
    for fact in document.facts:
        assert fact.evidence
        for sentence, start, end in fact.evidence:
            assert document.text[start:end] == sentence
        assert 0 <= fact.confidence <= 1


@SETTINGS
@given(st.text(max_size=200))
def test_normalise_is_idempotent(text):
    once = normalise(text)
    assert normalise(once) == once
    assert "\r" not in once and "\u00a0" not in once and "\u201c" not in once
