"""``run_watch``: the store in, alerts out (for the CLI, ``--follow`` and the benchmark)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from strife.errors import UsageError
from strife.store import Store
from strife.watch.alert import Alert
from strife.watch.detect import alerts_in
from strife.watch.periods import Period, latest_complete, period_end, period_start
from strife.watch.series import Level, load_series


@dataclass(frozen=True)
class WatchRequest:
    by: Level = "country"
    period: Period = "week"
    date_from: date | None = None
    date_to: date | None = None


@dataclass(frozen=True)
class WatchResult:
    alerts: list[Alert]
    first: date  # the first and last period judged
    last: date
    areas: int
    periods: int  # periods judged, per area


def judged_range(request: WatchRequest, today: date) -> tuple[date, date]:
    """Period starts to judge: the ``--from``/``--to`` range, or the latest complete period."""
    if request.date_from is None and request.date_to is None:
        latest = latest_complete(today, request.period)
        return latest, latest
    if request.date_from is None or request.date_to is None:
        raise UsageError("give both --from and --to (a backtest range), or neither")
    if request.date_from > request.date_to:
        raise UsageError(f"--from {request.date_from} is after --to {request.date_to}")
    return (period_start(request.date_from, request.period),
            period_start(request.date_to, request.period))  # fmt: skip


def run_watch(store: Store, request: WatchRequest, today: date | None = None) -> WatchResult:
    first, last = judged_range(request, today or date.today())
    series = load_series(store, request.by, request.period, period_end(last, request.period))
    alerts = alerts_in(series, first, last)
    judged = sum(1 for s in series.starts if first <= s <= last)
    return WatchResult(alerts, first, last, len(series.areas), judged)
