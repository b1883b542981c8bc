"""``strife watch`` (spike alerts over the store) and ``strife eval alerts`` (the method
against the percentage rule on generated histories)."""

from __future__ import annotations

import json
import sys
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

from strife.cli.common import DEFAULT_DB, one_line_errors, stderr_console
from strife.ingest import parse_published

if TYPE_CHECKING:
    from strife.watch.alert import Alert
    from strife.watch.run import WatchResult

DbOption = Annotated[
    str, typer.Option("--db", help="Database URL: sqlite:///PATH or postgresql://USER:PW@HOST/DB")
]


class By(StrEnum):
    country = "country"
    admin1 = "admin1"


class PeriodName(StrEnum):
    week = "week"
    month = "month"


class Format(StrEnum):
    table = "table"
    json = "json"


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    app.command("watch")(watch)
    eval_app.command("alerts")(eval_alerts)


@one_line_errors
def watch(
    db: DbOption = DEFAULT_DB,
    by: Annotated[By, typer.Option(help="Areas: countries or provinces (admin1)")] = By.country,
    period: Annotated[PeriodName, typer.Option(help="Weeks (Monday-Sunday) or months")] = (
        PeriodName.week
    ),
    date_from: Annotated[
        str | None, typer.Option("--from", help="Backtest: judge every period from YYYY-MM-DD")
    ] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="… to YYYY-MM-DD")] = None,
    output_format: Annotated[Format, typer.Option("--format", "-f")] = Format.table,
    save: Annotated[bool, typer.Option(help="Store the alerts (for the API and dashboard)")] = True,
    follow_: Annotated[
        bool, typer.Option("--follow", help="Keep watching: judge the latest period every interval")
    ] = False,
    interval: Annotated[str, typer.Option(help="With --follow: 90s, 15m, 1h, 1d")] = "1h",
    webhook: Annotated[
        str | None, typer.Option(help="POST each new alert as JSON to this URL (retried)")
    ] = None,
) -> None:
    """Alert on areas whose incidents rose beyond what their own past predicts.

    Each area and period is judged against a negative-binomial baseline fitted on the area's
    earlier periods only (see README, "How to read an alert"). Without --from/--to the latest
    complete period is judged; with them, every period in the range, as if it were the present.

    Example: strife watch --db sqlite:///strife.db --from 2017-01-01 --to 2017-12-31 --format json
    Example: strife watch --follow --interval 1h --webhook http://127.0.0.1:9000/alerts
    """
    from strife.store import open_store
    from strife.watch.follow import follow, parse_interval, watch_and_save
    from strife.watch.run import WatchRequest, judged_range, run_watch
    from strife.watch.webhook import WebhookSender, check_url

    request = WatchRequest(
        by=by.value, period=period.value,  # type: ignore[arg-type]
        date_from=parse_published(date_from, "--from"), date_to=parse_published(date_to, "--to"),
    )  # fmt: skip
    judged_range(request, date.today())  # a bad range fails before the store is opened
    seconds = parse_interval(interval) if follow_ else 0.0
    if webhook:
        check_url(webhook)
    with open_store(db, create=False) as store:
        sender = WebhookSender(webhook) if webhook else None

        def post(alerts: list[Alert]) -> None:
            for alert in alerts:
                if sender is not None:
                    sender.send({"id": alert.id, **alert.model_dump(mode="json")})

        def emit_new(alerts: list[Alert]) -> None:
            _print_alerts(alerts, output_format)
            post(alerts)

        try:
            if follow_:
                follow(store, request, seconds, emit_new)
                return
            if save:
                result, new = watch_and_save(store, request)
            else:
                result = run_watch(store, request)
                new = result.alerts
            _print_alerts(result.alerts, output_format)
            post(new)  # only alerts not stored before: a rerun does not page anyone twice
            _print_summary(result)
        finally:
            if sender is not None:
                sender.close()
                if sender.failed:
                    stderr_console().print(f"webhook: {len(sender.failed)} alert(s) not delivered")


def _print_alerts(alerts: list[Alert], output_format: Format) -> None:
    if output_format is Format.json:
        for alert in alerts:
            sys.stdout.write(json.dumps(alert.line()) + "\n")
        sys.stdout.flush()
        return
    if not alerts:
        return
    table = Table(title="alerts")
    for column in ("area", "period", "observed", "expected", "deaths", "score", "documents"):
        table.add_column(column, justify="left" if column in ("area", "period") else "right")
    for a in alerts:
        table.add_row(
            f"{a.area} ({a.area_code})", f"{a.period_start} – {a.period_end}", str(a.observed),
            f"{a.expected:.1f}", str(a.deaths), f"{a.score:.1f}",
            f"{a.documents}{' coverage surge' if a.coverage_surge else ''}",
        )  # fmt: skip
    _console().print(table)


def _console() -> Console:
    console = Console()
    # A log file or pipe: wide enough that the columns never wrap.
    return console if console.is_terminal else Console(width=160)


def _print_summary(result: WatchResult) -> None:
    stderr_console().print(
        f"judged {result.areas} area(s) over {result.periods} period(s) "
        f"({result.first} to {result.last}): {len(result.alerts)} alert(s)", highlight=False,
    )  # fmt: skip
    if result.periods == 0:
        stderr_console().print("no incidents in the store in that range; use --from/--to to "
                               "backtest older data", highlight=False)  # fmt: skip


@one_line_errors
def eval_alerts(
    seed: Annotated[int, typer.Option(help="Seed of the generated histories")] = 11,
    areas: Annotated[int, typer.Option(min=1, help="Areas generated")] = 80,
    periods: Annotated[int, typer.Option(min=20, help="Weeks per area")] = 156,
    output_format: Annotated[Format, typer.Option("--format", "-f")] = Format.table,
) -> None:
    """Backtest strife's alert method and a Trendfinder-style percentage rule on generated
    weekly histories with spikes injected at known areas and weeks.

    Example: strife eval alerts --seed 11 --format json
    """
    from strife.eval.alerts import evaluate_alerts

    scores = evaluate_alerts(seed, areas, periods)
    if output_format is Format.json:
        for s in scores:
            sys.stdout.write(json.dumps(s.as_json()) + "\n")
        return
    table = Table(title=f"alerts on generated histories (seed {seed}, {areas} areas × {periods} "
                  "weeks)")  # fmt: skip
    columns = ("method", "alerts", "precision", "recall", "recall 1-week", "median lead",
               "false alarms /100", "false alarms /100, no spikes")  # fmt: skip
    for column in columns:
        table.add_column(column, justify="left" if column == "method" else "right")
    for s in scores:
        table.add_row(s.method, str(s.alerts), f"{s.precision:.3f}", f"{s.recall:.3f}",
                      f"{s.recall_single_week:.3f}",
                      "-" if s.median_lead is None else f"{s.median_lead:g}",
                      f"{s.false_alarms_per_100:.2f}",
                      f"{s.false_alarms_per_100_without_spikes:.2f}")  # fmt: skip
    _console().print(table)
