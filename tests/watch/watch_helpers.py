"""Series shapes shared by the watch tests."""

from __future__ import annotations

from datetime import date

START = date(2016, 1, 4)


def quiet_then(weeks: int, spike: int) -> list[int]:
    """A quiet area (an incident every third week) with ``spike`` incidents in week ``weeks``."""
    return [1 if w % 3 == 0 else 0 for w in range(weeks)] + [spike]
