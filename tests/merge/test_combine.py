"""combine: sources, the reconcile rule for figures, and the union of everything else."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from merge_records import JAMBYL, KAZAKHSTAN, TARAZ, document, incident, source, stored

from strife.merge import combine, find_match
from strife.models import AlternativeValue, Evidence, StoredIncident


def fold(first_published: str, *reports: tuple[str, str | None, dict[str, Any]],
         text: str = "An article.") -> StoredIncident:
    """Store the first report, then combine each (doc id, published, incident fields)."""
    record = stored(incident(id="taraz"), document("a", first_published))
    for doc_id, published, fields in reports:
        doc = document(doc_id, published, text)
        record = combine(record, incident(id=f"new-{doc_id}", **fields), source(doc), doc)
    return record


def test_sources_are_kept_oldest_first() -> None:
    record = fold("2011-11-13", ("c", "2011-11-15", {}), ("b", "2011-11-14", {}), ("u", None, {}))
    assert [s.document_id for s in record.sources] == ["a", "b", "c", "u"]
    assert record.first_reported == date(2011, 11, 13)
    assert record.id == "taraz"


def test_the_same_document_twice_changes_nothing() -> None:
    once = fold("2011-11-13", ("b", "2011-11-14", {"killed": {"total": 9}}))
    doc = document("b", "2011-11-14")
    again = combine(once, incident(id="x", killed={"total": 9}), source(doc), doc)
    assert again == once


def test_agreeing_figures_leave_no_alternatives() -> None:
    record = fold("2011-11-13", ("b", "2011-11-14", {"killed": {"total": 8, "perpetrators": 1}}))
    assert record.alternatives == {}
    assert record.killed.total == 8


def test_a_later_toll_wins_and_every_source_is_kept() -> None:
    record = fold(
        "2011-11-13",
        ("b", "2011-11-14", {"killed": {"total": 9, "perpetrators": 1}}),
        ("c", "2011-11-15", {"killed": {"total": 9, "perpetrators": 1}}),
    )
    assert record.killed.total == 9
    assert record.alternatives["killed.total"] == [
        AlternativeValue(value=8, document_id="a"),
        AlternativeValue(value=9, document_id="b"),
        AlternativeValue(value=9, document_id="c"),
    ]
    assert "killed.perpetrators" not in record.alternatives


def test_a_lower_later_figure_is_partial_and_the_total_stays() -> None:
    # A follow-up that retells one step ("he killed two officers") is not a new total.
    record = fold("2011-11-13", ("b", "2011-11-16", {"killed": {"total": 2}}))
    assert record.killed.total == 8
    assert {a.value for a in record.alternatives["killed.total"]} == {8, 2}


@pytest.mark.parametrize("text", [
    "Officials revised the death toll down to six, saying two victims had been counted twice.",
    "The toll was corrected to six after a recount at the morgue.",
    "Earlier reports had put the number of dead at eight.",
])
def test_a_toll_revised_down_wins_when_the_report_says_so(text: str) -> None:
    record = fold("2011-11-13", ("b", "2011-11-16", {"killed": {"total": 6}}), text=text)
    assert record.killed.total == 6
    assert {a.value for a in record.alternatives["killed.total"]} == {8, 6}


def test_an_older_report_arriving_late_does_not_override() -> None:
    record = fold("2011-11-14", ("b", "2011-11-13", {"killed": {"total": 5}}))
    assert record.killed.total == 8
    assert [s.document_id for s in record.sources] == ["b", "a"]


def test_reports_of_the_same_day_give_the_maximum() -> None:
    record = fold("2011-11-13", ("b", "2011-11-13", {"killed": {"total": 12}}),
                  ("c", "2011-11-13", {"killed": {"total": 10}}))
    assert record.killed.total == 12
    assert [a.value for a in record.alternatives["killed.total"]] == [8, 12, 10]


def test_a_silent_report_keeps_the_figure() -> None:
    record = fold("2011-11-13", ("b", "2011-11-20", {"killed": {"total": None}}))
    assert record.killed.total == 8 and record.alternatives == {}


def test_the_more_precise_place_is_kept() -> None:
    coarse = fold("2011-11-13", ("b", "2011-11-14", {"location": KAZAKHSTAN.model_dump()}))
    assert coarse.location == TARAZ
    record = stored(incident(id="taraz", location=JAMBYL.model_dump()), document("a", None))
    doc = document("b", "2011-11-14")
    assert combine(record, incident(id="new"), source(doc), doc).location == TARAZ


def test_the_narrower_consistent_date_is_kept() -> None:
    week = {"start": "2011-11-07", "end": "2011-11-13", "precision": "approximate"}
    record = stored(incident(id="taraz", date=week), document("a", "2011-11-14"))
    doc = document("b", "2011-11-14")
    narrowed = combine(record, incident(id="new"), source(doc), doc)
    assert narrowed.date.start == narrowed.date.end == date(2011, 11, 12)
    outside = {"start": "2011-11-20", "end": "2011-11-20", "precision": "day"}
    kept = combine(record, incident(id="new", date=outside), source(doc), doc)
    assert kept.date == record.date


def test_lists_are_unions_and_perpetrators_merge_by_name() -> None:
    record = fold(
        "2011-11-13",
        (
            "b",
            "2011-11-14",
            {
                "attack_types": ["Bombing/Explosion", "Hijacking"],
                "target_types": ["Unknown"],
                "perpetrators": [
                    {"name": "Rustam Kariyev", "kind": "individual", "claimed": True},
                    {"name": "Jund al-Khilafah", "kind": "group"},
                ],
                "claimed_by": ["Jund al-Khilafah"],
            },
        ),
    )
    assert record.attack_types == ["Armed Assault", "Bombing/Explosion", "Hijacking"]
    assert record.target_types == ["Police"]
    assert [(p.name, p.claimed) for p in record.perpetrators] == [
        ("Kariyev", True),
        ("Jund al-Khilafah", False),
    ]
    assert record.claimed_by == ["Jund al-Khilafah"]


def test_first_report_words_stay_and_new_evidence_is_added() -> None:
    first = Evidence(field="killed.total", start=0, end=5, text="seven")
    later = Evidence(field="killed.total", start=10, end=15, text="eight")
    record = stored(incident(id="taraz", evidence=[first]), document("a", "2011-11-13"))
    doc = document("b", "2011-11-14")
    new = incident(id="new", evidence=[first, later], summary="Another summary.")
    merged = combine(record, new, source(doc), doc)
    assert merged.evidence == [first, later]
    assert merged.summary == record.summary


def test_suicide_becomes_true_when_a_later_report_says_so() -> None:
    record = fold("2011-11-13", ("b", "2011-11-14", {"suicide": True}))
    assert record.suicide is True


def test_three_reports_of_taraz_become_one_incident() -> None:
    """The issue's check: seed, a wire rewrite, an update with another toll."""
    record = stored(incident(id="taraz", killed={"total": 7}), document("seed", "2011-11-13"))
    reports = [
        ("wire", "2011-11-13", {"killed": {"total": 7}}),
        ("update", "2011-11-14", {"killed": {"total": 8}}),
    ]
    for doc_id, published, fields in reports:
        doc = document(doc_id, published)
        new = incident(id=doc_id, **fields)
        decision = find_match(new, [record], new_text="The toll rose to eight.")
        assert decision.incident_id == "taraz"
        record = combine(record, new, source(doc), doc)
    assert len(record.sources) == 3
    assert record.killed.total == 8
    assert [(a.value, a.document_id) for a in record.alternatives["killed.total"]] == [
        (7, "seed"), (7, "wire"), (8, "update")
    ]


def test_the_acled_coding_is_kept_and_a_revealed_suicide_attack_recodes_it() -> None:
    ied = {"event_type": "Explosions/Remote violence",
           "sub_event_type": "Remote explosive/landmine/IED"}
    suicide = {"event_type": "Explosions/Remote violence", "sub_event_type": "Suicide bomb"}
    clash = {"event_type": "Battles", "sub_event_type": "Armed clash"}
    first = stored(incident(id="taraz", acled=ied), document("a", "2011-11-13"))
    doc = document("b", "2011-11-14")
    kept = combine(first, incident(id="x", acled=clash), source(doc), doc)
    assert kept.acled is not None and kept.acled.sub_event_type == ied["sub_event_type"]
    recoded = combine(first, incident(id="y", acled=suicide, suicide=True), source(doc), doc)
    assert recoded.acled is not None and recoded.acled.sub_event_type == "Suicide bomb"
    old = stored(incident(id="old"), document("a", "2011-11-13"))
    filled = combine(old, incident(id="z", acled=clash), source(doc), doc)
    assert filled.acled is not None and filled.acled.event_type == "Battles"
