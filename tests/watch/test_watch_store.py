"""``strife watch`` over a store: backtests, the JSON line, coverage, stored alerts."""

from __future__ import annotations

import json
from datetime import date, timedelta

from typer.testing import CliRunner
from watch_helpers import START, quiet_then

from strife.cli import app
from strife.store import open_store
from strife.store.alerts import AlertFilter, list_alerts
from strife.watch.follow import follow, watch_and_save
from strife.watch.method import METHOD
from strife.watch.run import WatchRequest, run_watch

SPIKE = START + timedelta(weeks=30)
KEYS = {"area", "area_code", "level", "period_start", "period_end", "observed", "expected",
        "deaths", "score", "method", "documents", "incidents"}  # fmt: skip


def backtest(store, **kw):  # type: ignore[no-untyped-def]
    request = WatchRequest(date_from=START, date_to=START + timedelta(weeks=40), **kw)
    return run_watch(store, request).alerts


def test_the_spike_week_alerts_with_its_incidents(store, fill):
    fill(store, "KZ", quiet_then(30, spike=8))
    fill(store, "KG", [1] * 40)
    (alert,) = backtest(store)
    assert (alert.area_code, alert.area, alert.level) == ("KZ", "Kazakhstan", "country")
    assert (alert.period_start, alert.period_end) == (SPIKE, SPIKE + timedelta(days=6))
    assert alert.observed == 8 and alert.expected < 2 and alert.deaths == 8
    assert len(alert.incidents) == 8 and all(i.startswith("KZ-") for i in alert.incidents)
    assert alert.documents == 8 and not alert.coverage_surge


def test_the_json_line_has_the_schema_keys(sqlite_url, fill, merger):
    with open_store(sqlite_url, merger=merger) as store:
        fill(store, "KZ", quiet_then(30, spike=8))
    out = CliRunner().invoke(app, ["watch", "--db", sqlite_url, "--from", str(START),
                                   "--to", str(SPIKE), "--format", "json"])  # fmt: skip
    assert out.exit_code == 0, out.output
    lines = [json.loads(line) for line in out.stdout.splitlines() if line.startswith("{")]
    assert len(lines) == 1 and KEYS <= set(lines[0])
    assert lines[0]["period_start"] == str(SPIKE) and lines[0]["method"] == METHOD


def test_a_burst_of_coverage_is_flagged(store, fill):
    fill(store, "KZ", [1] * 30)
    fill(store, "KZ", [6], reports=5, start=SPIKE)  # six incidents, five reports each
    (alert,) = backtest(store)
    assert alert.observed == 6 and alert.documents == 30 and alert.coverage_surge


def test_admin1_areas(store, fill):
    fill(store, "KZ", quiet_then(30, spike=8))
    (alert,) = backtest(store, by="admin1")
    assert (alert.area, alert.area_code, alert.level) == ("KZ-north", "KZ/KZ-north", "admin1")


def test_months(store, fill):
    fill(store, "KZ", [1] * 40 + [12] * 4)
    request = WatchRequest(period="month", date_from=date(2016, 1, 1), date_to=date(2016, 12, 31))
    alerts = run_watch(store, request).alerts
    assert [a.period_start for a in alerts] == [date(2016, 10, 1)]


def test_without_a_range_the_latest_complete_period_is_judged(store, fill):
    fill(store, "KZ", quiet_then(30, spike=8))
    today = SPIKE + timedelta(days=9)  # in the week after the spike
    assert [a.period_start for a in run_watch(store, WatchRequest(), today).alerts] == [SPIKE]
    assert run_watch(store, WatchRequest(), SPIKE + timedelta(days=3)).alerts == []


def test_alerts_are_stored_once_and_listed(store, fill):
    fill(store, "KZ", quiet_then(30, spike=8))
    request = WatchRequest(date_from=START, date_to=SPIKE)
    _, new = watch_and_save(store, request)
    _, again = watch_and_save(store, request)
    assert len(new) == 1 and again == []
    total, records = list_alerts(store, AlertFilter(area="kz"))
    assert total == 1 and records[0]["incidents"] == new[0].incidents
    assert len(records[0]["series"]) >= 26
    assert list_alerts(store, AlertFilter(date_from=SPIKE + timedelta(days=7)))[0] == 0


def test_follow_reports_only_new_alerts(store, fill):
    fill(store, "KZ", quiet_then(30, spike=8))
    seen: list[list] = []
    rounds = follow(store, WatchRequest(), 3600, seen.append, rounds=2, sleep=lambda s: None,
                    today=lambda: SPIKE + timedelta(days=8))  # fmt: skip
    assert rounds == 2 and [len(batch) for batch in seen] == [1, 0]


def test_cli_errors_are_one_line(tmp_path):
    runner = CliRunner()
    missing = runner.invoke(app, ["watch", "--db", f"sqlite:///{tmp_path / 'none.db'}"])
    assert missing.exit_code != 0 and "Traceback" not in missing.output
    db = f"sqlite:///{tmp_path / 'x.db'}"
    open_store(db).close()
    half = runner.invoke(app, ["watch", "--db", db, "--from", "2016-01-01"])
    assert half.exit_code == 2 and "give both --from and --to" in half.output
    bad = runner.invoke(app, ["watch", "--db", db, "--follow", "--interval", "soon"])
    assert bad.exit_code == 2 and "--interval 'soon'" in bad.output
