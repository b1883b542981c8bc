"""Property: what is exported (JSON Lines, GTD CSV, Parquet) is what was ingested, on both
backends, and ingesting the same documents again changes nothing."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
from export_strategies import results
from hypothesis import HealthCheck, given, settings

from strife.export.parquet import incident_from_parquet
from strife.export.stored import export_incidents
from strife.models import Result, Source, StoredIncident
from strife.store import Store, open_store
from strife.store.tables import Base

SETTINGS = settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def expected_records(batch: list[Result]) -> dict[str, StoredIncident]:
    """Each incident with its document as the one source (nothing merges in these tests)."""
    expected = {}
    for res in batch:
        doc = res.document
        source = Source.from_document(doc)  # its own rule is tested in tests/test_models.py
        for inc in res.incidents:
            expected[inc.id] = StoredIncident.model_validate(
                {
                    **inc.model_dump(),
                    "sources": [source.model_dump()],
                    "first_reported": doc.published,
                }
            )
    return expected


def emptied(store: Store) -> None:
    """Remove every row, so that each hypothesis example starts from an empty store."""
    with store.engine.begin() as conn:
        for table in reversed(Base.metadata.sorted_tables):
            conn.execute(table.delete())


def cell(value: Any) -> str:
    return "" if value is None else str(value)


def gtd_expectation(inc: StoredIncident) -> dict[str, str]:
    """GTD columns whose values follow from the record without interpretation."""
    row = {
        "eventid": inc.id,
        "country_txt": cell(inc.location.country),
        "provstate": cell(inc.location.admin1),
        "latitude": cell(inc.location.lat),
        "longitude": cell(inc.location.lon),
        "nkill": cell(inc.killed.total),
        "nkillter": cell(inc.killed.perpetrators),
        "nwound": cell(inc.wounded.total),
        "nwoundte": cell(inc.wounded.perpetrators),
        "summary": inc.summary,
        "suicide": "" if inc.suicide is None else str(int(inc.suicide)),
        "claimed": str(int(bool(inc.claimed_by) or any(p.claimed for p in inc.perpetrators))),
        "scite1": cell(inc.sources[0].url),
    }
    for prefix, values, n in (
        ("attacktype", inc.attack_types, 3),
        ("targtype", inc.target_types, 3),
        ("weaptype", inc.weapon_types, 4),
    ):
        for i in range(n):
            row[f"{prefix}{i + 1}_txt"] = values[i] if i < len(values) else ""
    if inc.date.precision == "day" and inc.date.start and inc.date.start == inc.date.end:
        start = inc.date.start
        row.update(iyear=str(start.year), imonth=str(start.month), iday=str(start.day))
    return row


@SETTINGS
@given(batch=results())
def test_exports_hold_what_was_ingested(batch: list[Result], store: Store, tmp_path: Path) -> None:
    expected = expected_records(batch)
    emptied(store)
    list(store.add_results(batch, batch_size=2))
    again = list(store.add_results(batch, batch_size=3))
    assert not any(o.document_new for o in again)
    assert store.stats() == {
        "documents": len(batch),
        "incidents": len(expected),
        "sources": len(expected),
    }
    for fmt in ("jsonl", "gtd-csv", "parquet"):
        out = tmp_path / f"export.{fmt}"
        assert export_incidents(store.iter_incidents(), fmt, str(out)) == len(expected)
    # JSON Lines are separated by "\n" alone; text may hold other line breaks (U+2028, U+0085).
    lines = (tmp_path / "export.jsonl").read_text(encoding="utf-8").split("\n")[:-1]
    assert {i.id: i for i in map(StoredIncident.model_validate_json, lines)} == expected
    table = pq.read_table(tmp_path / "export.parquet").to_pylist()
    assert {i.id: i for i in map(incident_from_parquet, table)} == expected
    with (tmp_path / "export.gtd-csv").open(encoding="utf-8", newline="") as handle:
        rows = {row["eventid"]: row for row in csv.DictReader(handle)}
    assert rows.keys() == expected.keys()
    for incident_id, inc in expected.items():
        want = gtd_expectation(inc)
        assert {key: rows[incident_id][key] for key in want} == want


def test_jsonl_lines_are_whole_json_objects(
    tmp_path: Path, sqlite_url: str, never_merge: Any
) -> None:
    from export_strategies import incidents
    from hypothesis import find

    inc = find(incidents("x"), lambda i: "\n" in i.summary)  # a summary with a line break
    doc_result = Result.model_validate({"document": {"id": "d", "text": "t"}, "incidents": [inc]})
    with open_store(sqlite_url, merger=never_merge) as store:
        store.add_result(doc_result)
        export_incidents(store.iter_incidents(), "jsonl", str(tmp_path / "x.jsonl"))
    (line,) = (tmp_path / "x.jsonl").read_text(encoding="utf-8").split("\n")[:-1]
    assert json.loads(line)["summary"] == inc.summary
