"""Input handling: normalisation, decoding, reading files and directories, the packaged seed."""

import pytest

from extract import (
    MAX_BYTES,
    ExtractError,
    Source,
    decode_text,
    extract_document,
    normalise,
    read_sources,
    seed_source,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("\u201cHi,\u201d she said.", '"Hi," she said.'),
        ("Kislyak\u2019s", "Kislyak's"),
        ("New York\u00a0Times", "New York Times"),
        ("a\r\nb\rc", "a\nb\nc"),
        ("line   \nnext\t\n", "line\nnext\n"),
        ("\ufb01ne", "fine"),
        ("Jeff Sessions\u00a0have", "Jeff Sessions have"),
    ],
)
def test_normalise_cases(raw, expected):
    assert normalise(raw) == expected


def test_decode_text_accepts_utf8_with_bom():
    assert decode_text("\ufeffHello".encode("utf-8"), "x") == "Hello"


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "empty"),
        (b"   \n\t ", "empty"),
        (b"\x00\x01binary\x00", "binary"),
        ("caf\u00e9".encode("latin-1"), "UTF-8"),
        (bytes(range(1, 32)) * 10, "binary"),
    ],
)
def test_decode_text_refuses_bad_input(data, words):
    with pytest.raises(ExtractError, match=words):
        decode_text(data, "input.txt")


def test_decode_text_refuses_oversized():
    with pytest.raises(ExtractError, match="larger than"):
        decode_text(b"a" * (MAX_BYTES + 1), "big.txt")


def test_read_sources_files_and_directories(tmp_path):
    (tmp_path / "a.txt").write_text("Jeff Sessions met Sergey Kislyak.", encoding="utf-8")
    nested = tmp_path / "more"
    nested.mkdir()
    (nested / "b.md").write_text("Michael Flynn spoke with Kislyak.", encoding="utf-8")
    (nested / "skip.json").write_text("{}", encoding="utf-8")
    sources = read_sources([tmp_path])
    assert [s.origin.rsplit("/", 1)[-1] for s in sources] == ["a.txt", "b.md"]
    assert all(isinstance(s, Source) for s in sources)


def test_read_sources_validates_all_before_returning(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("fine", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(ExtractError, match=r"empty\.txt"):
        read_sources([good, empty])


def test_read_sources_missing_file_names_the_path(tmp_path):
    with pytest.raises(ExtractError, match=r"nope\.txt"):
        read_sources([tmp_path / "nope.txt"])


def test_seed_source_is_packaged():
    seed = seed_source()
    assert seed.origin == "seed"
    assert seed.text.startswith("Who is Sergey Kislyak?")


def test_extract_document_refuses_empty_text(nlp):
    with pytest.raises(ExtractError):
        extract_document("  \n ", nlp=nlp)


def test_extract_document_accepts_source_metadata(nlp):
    document = extract_document(Source("Jeff Sessions met Sergey Kislyak.", title="Meeting"), nlp=nlp)
    assert document.title == "Meeting"
    assert document.id == document.iri.rsplit("/", 1)[-1]


def test_extract_documents_streams(nlp):
    from extract import extract_documents

    docs = list(
        extract_documents(
            ["Jeff Sessions met Sergey Kislyak.", "Michael Flynn called Sergey Kislyak in December."], nlp=nlp
        )
    )
    assert [len(d.facts) >= 1 for d in docs] == [True, True]
    assert docs[0].id != docs[1].id


def test_extract_document_refuses_a_bare_model():
    import spacy

    with pytest.raises(ExtractError, match="load_pipeline"):
        extract_document("Jeff Sessions met Sergey Kislyak.", nlp=spacy.blank("en"))
