"""Placing evidence spans in article text and cutting it into highlight segments."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from strife.models import Evidence, StoredIncident
from strife.serve.highlight import Span, evidence_spans, segments

TEXT = "Gunmen killed five people in Taraz on Saturday."


def with_evidence(*evidence: Evidence) -> StoredIncident:
    return StoredIncident(id="i", evidence=list(evidence))


def test_spans_at_their_offsets() -> None:
    ev = Evidence(field="killed.total", start=7, end=25, text="killed five people")
    assert evidence_spans(TEXT, [with_evidence(ev)]) == [Span(7, 25, "killed.total", "i")]


def test_a_span_from_another_source_is_found_by_its_text_or_left_out() -> None:
    elsewhere = Evidence(field="location", start=100, end=105, text="Taraz")
    missing = Evidence(field="date", start=0, end=6, text="Monday")
    assert evidence_spans(TEXT, [with_evidence(elsewhere, missing)]) == [
        Span(29, 34, "location", "i")
    ]


def test_overlapping_spans_split_the_text() -> None:
    spans = [Span(7, 25, "killed.total", "i"), Span(14, 34, "location", "i")]
    pieces = [(s.text, s.fields) for s in segments("Gunmen killed five people in Taraz", spans)]
    assert pieces == [
        ("Gunmen ", ()),
        ("killed ", ("killed.total",)),
        ("five people", ("killed.total", "location")),
        (" in Taraz", ("location",)),
    ]


@given(
    st.text(max_size=60),
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60), st.sampled_from("abc"))),
)
def test_segments_always_give_back_the_whole_text(text: str, raw: list) -> None:
    spans = [
        Span(min(a, b, len(text)), min(max(a, b), len(text)), field, "i") for a, b, field in raw
    ]
    pieces = segments(text, spans)
    assert "".join(p.text for p in pieces) == text
    assert all(p.text for p in pieces) or text == ""
