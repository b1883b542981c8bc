"""The store with the real merge stage: a second report of an incident joins it."""

from __future__ import annotations

from store_records import RICH_INCIDENT_FIELDS, document, incident, result

from strife.store import Store
from strife.store.merging import ScoredMerge


def test_a_rewritten_report_merges_into_the_stored_incident(store: Store) -> None:
    store.merger = ScoredMerge()  # the real merge stage (the fixture's store never merges)
    text = "TARAZ, Kazakhstan — A gunman killed seven people at a police post on Saturday."
    first = document("a", "2011-11-13", text=text)
    second = document("b", "2011-11-14", text=text.replace("seven", "eight"))
    store.add_result(
        result(first, incident("a1", **{**RICH_INCIDENT_FIELDS, "killed": {"total": 7}}))
    )
    outcome = store.add_result(
        result(second, incident("b1", **{**RICH_INCIDENT_FIELDS, "killed": {"total": 8}}))
    )
    assert (outcome.incidents_new, outcome.incidents_merged) == (0, 1)
    merged = store.get_incident("inc-a1")
    assert merged is not None
    assert [s.document_id for s in merged.sources] == [first.id, second.id]
    assert {a.value for a in merged.alternatives.get("killed.total", [])} == {7, 8}
    assert store.stats() == {"documents": 2, "incidents": 1, "sources": 2}
