"""The Store on SQLite and PostgreSQL: writing, idempotence, rollback, reading back, merging."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.exc import DataError
from store_records import RICH_INCIDENT_FIELDS, document, incident, result, stored

import strife.store.store as store_module
from strife.errors import StoreError
from strife.models import AlternativeValue, Incident, StoredIncident
from strife.store import IngestOutcome, Store, open_store


def test_result_is_stored_and_read_back_whole(store: Store) -> None:
    doc = document("a")
    inc = incident("a1", **RICH_INCIDENT_FIELDS)
    outcome = store.add_result(result(doc, inc))
    assert outcome == IngestOutcome(True, 1, 0, doc.id, (inc.id,))
    assert store.get_incident(inc.id) == stored(inc, doc)
    assert store.get_document(doc.id) == doc
    assert store.has_document(doc.id)
    assert store.stats() == {"documents": 1, "incidents": 1, "sources": 1}


def test_missing_records_are_none(store: Store) -> None:
    assert store.get_incident("nope") is None
    assert store.get_document("nope") is None
    assert not store.has_document("nope")


def test_same_document_twice_is_stored_once(store: Store) -> None:
    doc = document("a")
    first = store.add_result(result(doc, incident("a1")))
    again = store.add_result(result(doc, incident("a1")))
    assert first.document_new and not again.document_new
    assert again.incidents_new == again.incidents_merged == 0
    assert store.stats() == {"documents": 1, "incidents": 1, "sources": 1}


def test_a_document_repeated_inside_one_batch_is_stored_once(store: Store) -> None:
    doc = document("a")
    outcomes = list(store.add_results([result(doc, incident("a1"))] * 3, batch_size=10))
    assert [o.document_new for o in outcomes] == [True, False, False]
    assert store.stats()["documents"] == 1
    assert [i.id for i in store.iter_incidents()] == ["inc-a1"]


class FailsOnDoc3:
    """A merger that breaks the write of doc-3, as a database error would."""

    def find_match_id(self, new: Incident, candidates: Any, new_text: Any = None) -> None:
        if new.id == "inc-3":  # doc-2 of the same batch is already written by now
            raise DataError("INSERT", {}, Exception("value out of range"))
        return None

    def combine(self, *args: Any) -> StoredIncident:
        raise AssertionError("never matches")


def test_a_failing_batch_stores_nothing_of_itself(store: Store) -> None:
    results = [result(document(str(n)), incident(str(n))) for n in range(4)]
    store.merger = FailsOnDoc3()
    outcomes = store.add_results(results, batch_size=2)
    assert [o.document_id for o in (next(outcomes), next(outcomes))] == ["doc-0", "doc-1"]
    with pytest.raises(StoreError, match="nothing from the failed batch was stored"):
        next(outcomes)
    assert store.stats() == {"documents": 2, "incidents": 2, "sources": 2}
    assert not store.has_document("doc-2")
    assert store.get_incident("inc-2") is None


def test_an_incident_id_taken_by_another_document_gets_a_new_one(store: Store) -> None:
    store.add_result(result(document("a"), incident("same")))
    outcome = store.add_result(result(document("b"), incident("same", country_code="FR")))
    (new_id,) = outcome.incident_ids
    assert new_id != "inc-same" and new_id.startswith("inc-same-")
    moved = store.get_incident(new_id)
    assert moved is not None and moved.location.country_code == "FR"
    assert store.stats()["incidents"] == 2


def test_streaming_in_small_chunks_keeps_every_record_whole(store: Store, monkeypatch: Any) -> None:
    monkeypatch.setattr(store_module, "STREAM_CHUNK", 3)
    docs = [document(str(n)) for n in range(10)]
    for n, doc in enumerate(docs):
        store.add_result(result(doc, incident(str(n), start=f"2011-11-{n + 1:02d}")))
    got = list(store.iter_incidents(order="date"))
    assert [i.id for i in got] == [f"inc-{n}" for n in range(10)]
    assert all(i.sources[0].document_id == f"doc-{n}" for n, i in enumerate(got))


def test_reopening_keeps_the_data(store_url: str) -> None:
    with open_store(store_url) as first:
        first.add_result(result(document("a"), incident("a1")))
    with open_store(store_url, create=False) as second:
        assert second.stats() == {"documents": 1, "incidents": 1, "sources": 1}


# ---- merging ----------------------------------------------------------------------------


class FakeMerge:
    """Stands in for strife.merge: matches incidents with the same summary, records calls."""

    def __init__(self) -> None:
        self.candidates: list[list[str]] = []

    def find_match_id(
        self, new: Incident, candidates: list[StoredIncident], text: str | None = None
    ) -> str | None:
        self.candidates.append(sorted(c.id for c in candidates))
        return next((c.id for c in candidates if c.summary == new.summary), None)

    def combine(self, old: StoredIncident, new: Incident, source: Any, doc: Any) -> StoredIncident:
        alternatives = {
            "killed.total": [
                AlternativeValue(value=old.killed.total, document_id=old.sources[0].document_id),
                AlternativeValue(value=new.killed.total, document_id=doc.id),
            ]
        }
        return old.model_copy(
            update={
                "sources": [*old.sources, source],
                "alternatives": alternatives,
                "killed": new.killed,
            }
        )


@pytest.fixture
def fake_merge(store: Store) -> FakeMerge:
    """The ``store`` fixture's store, merging by ``FakeMerge`` (handed to it, not patched in)."""
    fake = FakeMerge()
    store.merger = fake
    return fake


def test_candidates_share_the_country_and_a_three_day_window(
    store: Store, fake_merge: FakeMerge
) -> None:
    store.add_result(result(document("a"), incident("near", start="2011-11-10")))
    store.add_result(result(document("b"), incident("edge", start="2011-11-15")))
    store.add_result(result(document("c"), incident("far", start="2011-11-16")))
    store.add_result(result(document("d"), incident("abroad", country_code="KG")))
    fake_merge.candidates.clear()
    store.add_result(result(document("e"), incident("new", start="2011-11-12")))
    assert fake_merge.candidates == [["inc-edge", "inc-near"]]


def test_without_a_country_only_the_same_document_is_searched(
    store: Store, fake_merge: FakeMerge
) -> None:
    store.add_result(result(document("a"), incident("other", country_code=None)))
    fake_merge.candidates.clear()
    first = incident("x1", country_code=None, summary="One.")
    second = incident("x2", country_code=None, summary="Two.")
    store.add_result(result(document("b"), first, second))
    assert fake_merge.candidates == [[], ["inc-x1"]]


def test_a_match_adds_the_source_and_keeps_the_alternatives(
    store: Store, fake_merge: FakeMerge
) -> None:
    doc_a, doc_b = document("a", "2011-11-13"), document("b", "2011-11-14")
    store.add_result(result(doc_a, incident("a1", summary="Same.", killed={"total": 7})))
    outcome = store.add_result(result(doc_b, incident("b1", summary="Same.", killed={"total": 8})))
    assert (outcome.incidents_new, outcome.incidents_merged) == (0, 1)
    assert outcome.incident_ids == ("inc-a1",)
    merged = store.get_incident("inc-a1")
    assert merged is not None
    assert [s.document_id for s in merged.sources] == [doc_a.id, doc_b.id]
    assert merged.killed.total == 8
    assert [(a.value, a.document_id) for a in merged.alternatives["killed.total"]] == [
        (7, doc_a.id),
        (8, doc_b.id),
    ]
    assert merged.first_reported == doc_a.published
    assert store.stats() == {"documents": 2, "incidents": 1, "sources": 2}
    # The filter columns follow the merged record.
    assert [i.id for i in store.iter_incidents(min_killed_filter(8))] == ["inc-a1"]


def min_killed_filter(n: int) -> Any:
    from strife.store import IncidentFilter

    return IncidentFilter(min_killed=n)


def test_reading_all_incidents_takes_no_more_memory_than_reading_a_few(
    store: Store, monkeypatch: Any
) -> None:
    import tracemalloc

    monkeypatch.setattr(store_module, "STREAM_CHUNK", 30)
    batch = (
        result(document(str(n)), incident(str(n), summary="x" * 200, country_code=None))
        for n in range(300)
    )
    list(store.add_results(batch, batch_size=500))

    def peak(limit: int) -> int:
        tracemalloc.start()
        try:
            assert sum(1 for _ in store.iter_incidents(limit=limit)) == limit
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    few, everything = peak(40), peak(300)
    assert everything < 1.5 * few, (few, everything)


def test_two_writers_at_once_store_each_document_once(store_url: str, never_merge: Any) -> None:
    from concurrent.futures import ThreadPoolExecutor

    batch = [result(document(str(n)), incident(str(n), country_code=None)) for n in range(20)]

    def ingest(_: int) -> int:
        with open_store(store_url, merger=never_merge) as own:
            return sum(o.document_new for o in own.add_results(batch, batch_size=5))

    with ThreadPoolExecutor(2) as pool:
        stored_by_each = list(pool.map(ingest, range(2)))
    assert sum(stored_by_each) == 20
    with open_store(store_url) as check:
        assert check.stats() == {"documents": 20, "incidents": 20, "sources": 20}
