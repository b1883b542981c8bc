"""One ACLED CSV row → one incident.

The row id is ``event_id_cnty`` (ACLED's public id) or, failing that, ``data_id``. Dates are
ISO (``2019-01-31``) or ACLED's older ``31 January 2019``. ACLED records 0 fatalities where none
are reported, so 0 is kept as 0. Event types map to GTD types by the rules in
``data/datasets/acled_to_gtd.yaml``; peaceful protests and strategic developments are not
violence and are skipped.
"""

from __future__ import annotations

from datetime import date, datetime

from strife.codebook.loader import load_data
from strife.codebook.schema import AcledImportFile, AcledImportRule
from strife.datasets import values
from strife.datasets.places import Placer
from strife.datasets.rows import DatasetRow, PlaceHint, make_document
from strife.datasets.values import BadValue
from strife.models import Count, DateRange, Incident, Perpetrator

LABEL = "ACLED"
REQUIRED = ("event_date", "event_type", "country")
MAPPING = "datasets/acled_to_gtd.yaml"
_DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%d/%m/%Y", "%m/%d/%Y")


class NotViolence(Exception):
    """A row outside strife's scope (a peaceful protest, a strategic development)."""


def _mapping() -> AcledImportFile:
    return load_data(MAPPING, AcledImportFile)


def acled_date(raw: str | None) -> date:
    value = (raw or "").strip()
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    raise BadValue(f"event_date {value!r} is not a date")


def gtd_coding(event_type: str, sub_event_type: str) -> AcledImportRule:
    """The first rule matching the row's ACLED types (the last one matches everything)."""
    for rule in _mapping().rules:
        if rule.event_type not in (None, event_type):
            continue
        if rule.sub_event_type not in (None, sub_event_type):
            continue
        return rule
    raise AssertionError("the last ACLED rule matches everything")


def row_id(row: dict[str, str]) -> str:
    found = values.text(row.get("event_id_cnty")) or values.text(row.get("data_id"))
    if not found:
        raise BadValue("no event_id_cnty or data_id")
    return found


def acled_row(row: dict[str, str], placer: Placer) -> DatasetRow:
    """Raises ``BadValue`` for an unreadable row, ``NotViolence`` for one out of scope."""
    event_id = row_id(row)
    event_type = (row.get("event_type") or "").strip()
    sub_event_type = (row.get("sub_event_type") or "").strip()
    if event_type in _mapping().not_violence:
        raise NotViolence(event_type)
    when = acled_date(row.get("event_date"))
    rule = gtd_coding(event_type, sub_event_type)
    actor = values.text(row.get("actor1"))
    hint = PlaceHint.read(row, "country", "admin1", "location")
    notes = values.text(row.get("notes")) or ""
    incident = Incident(
        id=event_id,
        date=DateRange(start=when, end=when, precision="day"),
        location=placer.locate(hint),
        attack_types=[rule.attack_type],
        target_types=[rule.target_type] if rule.target_type else [],
        weapon_types=[rule.weapon_type],
        perpetrators=[Perpetrator(name=actor, kind="group")] if actor else [],
        killed=Count(total=values.count(row.get("fatalities"), "fatalities")),
        suicide=True if rule.suicide else None,
        summary=notes,
        confidence=1.0,
    )
    document = make_document("acled", event_id, notes, None, LABEL,
                             cites=values.text(row.get("source")))  # fmt: skip
    return DatasetRow("acled", event_id, incident, document)
