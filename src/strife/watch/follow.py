"""``strife watch --follow``: judge the latest complete period again every ``interval``.

Each round reads the store (never locking out ingest: SQLite in WAL mode and PostgreSQL let
readers and one writer work at once), saves what it finds, and hands only alerts not seen
before to ``on_new`` (printing, the webhook). Ctrl-C ends it between rounds.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from datetime import date

from strife.errors import UsageError
from strife.store import Store
from strife.store.alerts import save_alerts
from strife.watch.alert import Alert
from strife.watch.run import WatchRequest, WatchResult, run_watch

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_interval(text: str) -> float:
    """"90s", "15m", "1h", "1d" → seconds."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhd])\s*", text.lower())
    if not match or float(match.group(1)) <= 0:
        raise UsageError(f"--interval {text!r}: use a number and a unit, like 90s, 15m, 1h or 1d")
    return float(match.group(1)) * _UNITS[match.group(2)]


def watch_and_save(store: Store, request: WatchRequest, today: date | None = None,
                   ) -> tuple[WatchResult, list[Alert]]:  # fmt: skip
    """Run the watch, store its alerts; returns the result and the alerts that are new."""
    result = run_watch(store, request, today)
    new_ids = set(save_alerts(store, [(a.id, {"id": a.id, **a.model_dump(mode="json")})
                                      for a in result.alerts]))  # fmt: skip
    return result, [a for a in result.alerts if a.id in new_ids]


def follow(
    store: Store, request: WatchRequest, interval_s: float,
    on_new: Callable[[list[Alert]], None], *, rounds: int | None = None,
    sleep: Callable[[float], None] = time.sleep, today: Callable[[], date] = date.today,
) -> int:  # fmt: skip
    """Run rounds until interrupted (or ``rounds`` done); returns the rounds run."""
    done = 0
    try:
        while rounds is None or done < rounds:
            _, new = watch_and_save(store, request, today())
            on_new(new)
            done += 1
            if rounds is None or done < rounds:
                sleep(interval_s)
    except KeyboardInterrupt:
        pass
    return done
