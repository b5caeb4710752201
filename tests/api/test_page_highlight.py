"""Cutting an article into highlighted segments: every character kept once, spans marked exactly."""

from __future__ import annotations

from api.highlight import segments

TEXT = "Alpha met Beta. Gamma told Delta."


def test_page_highlight_keeps_every_character_once() -> None:
    spans = [{"fact": "f1", "start": 0, "end": 15, "label": "met"}, {"fact": "f2", "start": 10, "end": 33}]
    cut = segments(TEXT, spans)
    assert "".join(s.text for s in cut) == TEXT
    assert [s.start for s in cut] == [0, 10, 15]
    assert [len(s.facts) for s in cut] == [1, 2, 1]


def test_page_highlight_marks_the_requested_span_and_anchors_it() -> None:
    cut = segments(TEXT, [{"fact": "f1", "start": 16, "end": 33}], current=(16, 33))
    current = [s for s in cut if s.current]
    assert [s.text for s in current] == ["Gamma told Delta."]
    assert current[0].anchors == ["ev-16-33"]


def test_page_highlight_ignores_spans_outside_the_text() -> None:
    cut = segments(
        TEXT, [{"fact": "f", "start": 5, "end": 999}, {"fact": "g", "start": None, "end": 3}], (40, 50)
    )
    assert len(cut) == 1 and cut[0].text == TEXT and not cut[0].facts and not cut[0].current


def test_page_highlight_of_empty_text_is_empty() -> None:
    assert segments("", [{"fact": "f", "start": 0, "end": 1}]) == []
