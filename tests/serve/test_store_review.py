"""``strife.store.review`` and ``strife.store.aggregate`` on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
from serve_records import seed_results

from strife.errors import UsageError
from strife.store import IncidentFilter, Store
from strife.store.aggregate import (
    countries,
    incident_ids_of_document,
    map_cells,
    period_start,
    review_counts,
    timeline,
)
from strife.store.review import apply_edits, review_history, review_incident


@pytest.fixture
def seeded(store: Store, never_merge: None) -> Store:
    list(store.add_results(seed_results()))
    return store


def test_review_actions_are_audited_in_order(seeded: Store) -> None:
    review_incident(seeded, "inc-ng", "accept", "ana")
    edited = review_incident(seeded, "inc-ng", "edit", "ben", {"wounded.total": 30}, "per UN")
    assert edited is not None and edited.wounded.total == 30
    history = review_history(seeded, "inc-ng")
    assert [(h.action, h.by) for h in history] == [("accept", "ana"), ("edit", "ben")]
    assert history[1].changes == {"wounded.total": {"from": None, "to": 30}}
    assert history[1].note == "per UN"
    stored = seeded.get_incident("inc-ng")
    assert stored is not None and stored.review.status == "edited" and stored.review.by == "ben"
    assert review_counts(seeded) == {"edited": 1, "unreviewed": 3}


def test_reviewing_a_missing_incident_changes_nothing(seeded: Store) -> None:
    assert review_incident(seeded, "inc-none", "accept", "ana") is None
    assert review_history(seeded, "inc-none") == []


def test_edits_are_validated_against_the_record_model(seeded: Store) -> None:
    stored = seeded.get_incident("inc-kz")
    assert stored is not None
    with pytest.raises(UsageError, match="date.start"):
        apply_edits(stored, {"date.start": "12 November"})
    with pytest.raises(UsageError, match="cannot edit"):
        apply_edits(stored, {"evidence": []})
    edited, changes = apply_edits(stored, {"date.start": "2011-11-11", "suicide": True})
    assert edited.date.start == date(2011, 11, 11) and edited.suicide is True
    assert changes["suicide"] == {"from": None, "to": True}


def test_timeline_buckets(seeded: Store) -> None:
    bars = timeline(seeded, IncidentFilter(), "week")
    assert [(b.period.isoformat(), b.attack_type, b.incidents, b.killed) for b in bars] == [
        ("2011-11-07", "Armed Assault", 1, 5),
        ("2021-10-25", "Hostage Taking (Kidnapping)", 1, 0),
        ("2022-02-28", "Armed Assault", 1, 2),
        ("2023-06-19", "Bombing/Explosion", 1, 10),
    ]
    only_kz = timeline(seeded, IncidentFilter(country="KZ"), "day")
    assert [(b.period, b.incidents) for b in only_kz] == [(date(2011, 11, 12), 1)]
    with pytest.raises(UsageError):
        timeline(seeded, IncidentFilter(), "year")


def test_period_starts() -> None:
    assert period_start(date(2024, 2, 29), "week") == date(2024, 2, 26)
    assert period_start(date(2024, 2, 29), "month") == date(2024, 2, 1)
    assert period_start(date(2024, 2, 29), "day") == date(2024, 2, 29)


def test_map_cells_merge_nearby_incidents(seeded: Store) -> None:
    fine = map_cells(seeded, IncidentFilter(), 0.1)
    assert sorted(c.incident_id or "" for c in fine) == ["inc-co", "inc-kz", "inc-ng"]
    coarse = map_cells(seeded, IncidentFilter(), 45)
    assert sum(c.incidents for c in coarse) == 3
    assert sum(c.killed for c in coarse) == 17
    with pytest.raises(UsageError):
        map_cells(seeded, IncidentFilter(), 0)


def test_countries_and_documents(seeded: Store) -> None:
    assert [c["country_code"] for c in countries(seeded)] == ["CO", "KZ", "NG"]
    assert countries(seeded, IncidentFilter(min_killed=6)) == [
        {"country_code": "NG", "country": "Nigeria", "incidents": 1}
    ]
    assert incident_ids_of_document(seeded, "doc-co") == ["inc-co"]
    assert incident_ids_of_document(seeded, "doc-none") == []


def test_the_fast_read_path_gives_the_model_records(seeded: Store) -> None:
    from strife.export.rows import feature_of_record, geojson_feature
    from strife.store.read_json import iter_incident_records

    review_incident(seeded, "inc-co", "edit", "ben", {"killed.total": 3})  # adds alternatives
    for f in (IncidentFilter(), IncidentFilter(country="KZ"), IncidentFilter(min_killed=3)):
        models = list(seeded.iter_incidents(f, order="-killed"))
        records = list(iter_incident_records(seeded, f, order="-killed"))
        assert records == [m.model_dump(mode="json") for m in models]
        for model, record in zip(models, records, strict=True):
            assert feature_of_record(record) == geojson_feature(model, model.sources)
