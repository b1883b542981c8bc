"""``strife eval distinct``: the generator makes the hard cases, and merging keeps them apart."""

from __future__ import annotations

from collections import Counter

from strife.eval.distinct import evaluate_distinct, generate_events, render_distinct


def test_the_generator_is_seeded_and_makes_same_city_same_day_clusters() -> None:
    events = generate_events(60, seed=5)
    assert [e.text for e in events] == [e.text for e in generate_events(60, seed=5)]
    assert len({e.id for e in events}) == 60
    days = Counter((e.published, e.text.split(" in ")[1][:12]) for e in events)
    assert max(days.values()) >= 2
    assert any("one of" in e.text for e in events)


def test_generated_distinct_attacks_are_rarely_fused(extractor) -> None:
    events = generate_events(60, seed=7)
    report = evaluate_distinct(events, extractor)
    assert report.events == 60
    assert report.fused_share <= 0.1, render_distinct(report, events)
