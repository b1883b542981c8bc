"""``strife import gtd|acled FILE.csv``: datasets analysts already hold, into the store."""

from __future__ import annotations

from typing import Annotated

import typer

from strife.cli.common import DEFAULT_DB, one_line_errors, stderr_console

DbOption = Annotated[
    str, typer.Option("--db", help="Database URL: sqlite:///PATH or postgresql://USER:PW@HOST/DB")
]
FileArg = Annotated[str, typer.Argument(help="The dataset's CSV export, with its own column names")]
BatchOption = Annotated[
    int, typer.Option(min=1, help="Rows per transaction (a crash loses at most one batch)")
]

import_app = typer.Typer(help="Import coded datasets (GTD, ACLED CSV exports) into the store.",
                         no_args_is_help=True)  # fmt: skip


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    app.add_typer(import_app, name="import")
    import_app.command("gtd")(import_gtd)
    import_app.command("acled")(import_acled)


@one_line_errors
def import_gtd(path: FileArg, db: DbOption = DEFAULT_DB, batch_size: BatchOption = 500) -> None:
    """Import a GTD CSV (eventid, iyear, imonth, iday, approxdate, country_txt, provstate, city,
    latitude, longitude, attacktype1_txt…, targtype1_txt…, weaptype1_txt…, gname, claimed,
    nkill, nkillter, nwound, nwoundte, suicide, success, summary). Each row becomes an incident
    whose source is GTD and its eventid; re-importing adds nothing.

    Example: strife import gtd globalterrorismdb_2016_2018.csv --db sqlite:///strife.db
    """
    _run("gtd", path, db, batch_size)


@one_line_errors
def import_acled(path: FileArg, db: DbOption = DEFAULT_DB, batch_size: BatchOption = 500) -> None:
    """Import an ACLED CSV (event_id_cnty or data_id, event_date, event_type, sub_event_type,
    actor1, country, admin1, location, latitude, longitude, fatalities, notes, source).
    Protests and strategic developments are not violence and are skipped.

    Example: strife import acled acled_2019.csv --db sqlite:///strife.db
    """
    _run("acled", path, db, batch_size)


def _run(dataset: str, path: str, db: str, batch_size: int) -> None:
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn

    from strife.datasets.csv_rows import open_rows
    from strife.datasets.importer import DATASETS, file_size, import_dataset
    from strife.geo import PlaceResolver
    from strife.store import open_store

    open_rows(path, DATASETS[dataset].required, DATASETS[dataset].name)  # a wrong file fails first
    console = stderr_console()
    with open_store(db) as store:
        progress = Progress(
            TextColumn(f"import {dataset}"), BarColumn(), DownloadColumn(),
            TimeRemainingColumn(), console=console, transient=True,
        )  # fmt: skip
        task = progress.add_task("", total=file_size(path))
        if console.is_terminal:
            progress.start()
        try:
            summary = import_dataset(
                store, dataset, path, PlaceResolver.load(), batch_size=batch_size,
                on_bytes=lambda n: progress.advance(task, n),
            )  # fmt: skip
        finally:
            if progress.live.is_started:
                progress.stop()
        where = store.url
    print(
        f"read {summary.read} row(s): {summary.new} new incident(s), {summary.merged} merged "
        f"with stored ones, {summary.present} already imported, {summary.out_of_scope} out of "
        f"scope, {summary.bad_count} bad row(s) skipped"
    )
    for line in summary.bad:
        print(f"  skipped: {line}")
    if summary.bad_count > len(summary.bad):
        print(f"  … and {summary.bad_count - len(summary.bad)} more bad row(s)")
    print(f"database: {where}")
