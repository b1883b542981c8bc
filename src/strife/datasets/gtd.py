"""One GTD CSV row → one incident (the inverse of ``strife export --format gtd-csv``).

Dates follow the GTD codebook: ``iyear, imonth, iday`` with 0 for an unknown month or day, and
``approxdate`` describing an approximate date; an unknown day is a month-precise date, an
unknown month a year-precise one. Type columns take GTD's labels (their long forms too, such as
"Vehicle (not to include vehicle-borne explosives…)"). ``gname`` "Unknown" names no group.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from typing import TypeVar

from strife.datasets import values
from strife.datasets.places import Placer
from strife.datasets.rows import DatasetRow, PlaceHint, make_document
from strife.datasets.values import BadValue
from strife.models import (
    ATTACK_TYPES,
    TARGET_TYPES,
    WEAPON_TYPES,
    Count,
    DateRange,
    Incident,
    Perpetrator,
)

V = TypeVar("V", bound=str)
LABEL = "GTD"
REQUIRED = ("eventid", "iyear")
UNKNOWN_GROUP = "unknown"
_ISO = r"(\d{4}-\d{2}-\d{2})"
_RANGE = re.compile(rf"^{_ISO}(?:\s+to\s+{_ISO})?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def gtd_date(row: dict[str, str]) -> DateRange:
    """The incident's dates from ``iyear, imonth, iday, approxdate`` (see the module doc)."""
    year = values.number(row.get("iyear"), "iyear")
    if year is None:
        return DateRange()
    month = int(values.number(row.get("imonth"), "imonth") or 0)
    day = int(values.number(row.get("iday"), "iday") or 0)
    approx = (row.get("approxdate") or "").strip()
    if not 1 <= year <= 9999 or not 0 <= month <= 12:
        raise BadValue(f"date {year:g}-{month} is not a date")
    y = int(year)
    if month and day:
        try:
            when = date(y, month, day)
        except ValueError:
            raise BadValue(f"date {y}-{month}-{day} is not a date") from None
        # GTD fills approxdate when the day given is a best guess.
        return DateRange(start=when, end=when, precision="approximate" if approx else "day")
    if match := _RANGE.match(approx):
        start = date.fromisoformat(match.group(1))
        end = date.fromisoformat(match.group(2) or match.group(1))
        return DateRange(start=start, end=max(start, end), precision="approximate")
    if month:
        last = calendar.monthrange(y, month)[1]
        return DateRange(start=date(y, month, 1), end=date(y, month, last), precision="month")
    return DateRange(start=date(y, 1, 1), end=date(y, 12, 31), precision="year")


def vocabulary(value: str | None, names: tuple[V, ...]) -> V | None:
    """GTD's label as strife spells it: exact, case-folded, or the long form of a short one;
    a label outside the vocabulary is "Other" where the vocabulary has it, else "Unknown"."""
    if value is None:
        return None
    folded = value.strip().lower()
    for name in names:
        if folded == name.lower():
            return name
    for name in names:
        if folded.startswith(name.lower() + " ("):
            return name
    return next((n for n in names if n == "Other"), None) or next(
        n for n in names if n == "Unknown"
    )


def _types(row: dict[str, str], prefix: str, n: int, names: tuple[V, ...]) -> list[V]:
    found = [vocabulary(values.text(row.get(f"{prefix}{i}_txt")), names) for i in range(1, n + 1)]
    return list(dict.fromkeys(t for t in found if t))


def _perpetrators(row: dict[str, str]) -> tuple[list[Perpetrator], list[str]]:
    group = values.text(row.get("gname"))
    if group is None or group.lower() == UNKNOWN_GROUP:
        return [], []
    claimed = bool(values.flag(row.get("claimed"), "claimed"))
    return [Perpetrator(name=group, kind="group", claimed=claimed)], [group] if claimed else []


def _killed(row: dict[str, str], total: str, perps: str) -> Count:
    return Count(total=values.count(row.get(total), total),
                 perpetrators=values.count(row.get(perps), perps))  # fmt: skip


def gtd_row(row: dict[str, str], placer: Placer) -> DatasetRow:
    """Raises ``BadValue`` for a row that cannot be read; its message names the cell."""
    event_id = (row.get("eventid") or "").strip()
    if not event_id:
        raise BadValue("no eventid")
    perpetrators, claimed_by = _perpetrators(row)
    hint = PlaceHint.read(row, "country_txt", "provstate", "city")
    summary = values.text(row.get("summary")) or ""
    incident = Incident(
        id=event_id,
        date=gtd_date(row),
        location=placer.locate(hint),
        attack_types=_types(row, "attacktype", 3, ATTACK_TYPES),
        target_types=_types(row, "targtype", 3, TARGET_TYPES),
        weapon_types=_types(row, "weaptype", 4, WEAPON_TYPES),
        perpetrators=perpetrators,
        claimed_by=claimed_by,
        killed=_killed(row, "nkill", "nkillter"),
        wounded=_killed(row, "nwound", "nwoundte"),
        suicide=values.flag(row.get("suicide"), "suicide"),
        success=values.flag(row.get("success"), "success"),
        summary=summary,
        confidence=1.0,  # coded by the dataset's own analysts
    )
    document = make_document("gtd", event_id, summary, values.text(row.get("scite1")), LABEL)
    return DatasetRow("gtd", event_id, incident, document)
