"""Cell values as GTD and ACLED write them.

GTD codebook: ``-99`` (and ``-9`` for yes/no fields) means "unknown", as does a blank cell; a
month or day of ``0`` means that part of the date is not known. ACLED writes blanks.
"""

from __future__ import annotations

import math

GTD_UNKNOWN = frozenset({-99, -9})


class BadValue(ValueError):
    """One cell that cannot be read; the row is listed and skipped."""


def text(value: str | None) -> str | None:
    """A trimmed string, or None for a blank cell or GTD's "unknown" code."""
    if value is None:
        return None
    value = value.strip()
    if not value or value in {"-99", "-9", "."}:
        return None
    return value


def place(value: str | None) -> str | None:
    """A place name; GTD writes "Unknown" where it could not name the city or province."""
    found = text(value)
    return None if found is None or found.lower() == "unknown" else found


def number(value: str | None, column: str) -> float | None:
    """A float, or None when blank. Raises ``BadValue`` for text that is not a number."""
    raw = text(value)
    if raw is None:
        return None
    try:
        found = float(raw.replace(",", "")) if raw.count(",") and "." in raw else float(raw)
    except ValueError:
        raise BadValue(f"{column} {raw!r} is not a number") from None
    if math.isnan(found) or math.isinf(found):
        return None
    return found


def count(value: str | None, column: str) -> int | None:
    """A casualty count: GTD's unknown codes and blanks are None, negatives are errors."""
    found = number(value, column)
    if found is None or int(found) in GTD_UNKNOWN:
        return None
    if found < 0:
        raise BadValue(f"{column} {value!r} is negative")
    return int(round(found))


def flag(value: str | None, column: str) -> bool | None:
    """GTD's yes/no: 1 yes, 0 no, -9 or blank unknown."""
    found = number(value, column)
    if found is None or int(found) in GTD_UNKNOWN:
        return None
    if found not in (0, 1):
        raise BadValue(f"{column} {value!r} is not 0 or 1")
    return bool(found)


def coordinate(value: str | None, column: str, limit: float) -> float | None:
    found = number(value, column)
    if found is None:
        return None
    if not -limit <= found <= limit:
        raise BadValue(f"{column} {found} is outside -{limit:g}..{limit:g}")
    return found


def point(lat: str | None, lon: str | None) -> tuple[float, float] | None:
    """Both coordinates or neither (GTD leaves both blank when it could not place the event)."""
    la = coordinate(lat, "latitude", 90)
    lo = coordinate(lon, "longitude", 180)
    if la is None or lo is None:
        return None
    return la, lo
