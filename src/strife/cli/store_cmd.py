"""``strife ingest``, ``strife export`` and ``strife stats``: the store from the command line."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

from strife.cli.common import DEFAULT_DB, fail, one_line_errors, services, stderr_console
from strife.errors import InputError, UsageError
from strife.ingest import parse_published

if TYPE_CHECKING:
    from strife.ingest.loader import IngestSummary
    from strife.store import Store

TABLE_ROWS = 30
DbOption = Annotated[
    str, typer.Option("--db", help="Database URL: sqlite:///PATH or postgresql://USER:PW@HOST/DB")
]


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    gtd_csv = "gtd-csv"
    acled_csv = "acled-csv"
    geojson = "geojson"
    parquet = "parquet"


class StatsFormat(StrEnum):
    json = "json"
    table = "table"


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    app.command("ingest")(ingest)
    app.command("export")(export)
    app.command("stats")(stats)


@one_line_errors
def ingest(
    ctx: typer.Context,
    paths: Annotated[
        list[str],
        typer.Argument(help="Files, directories, JSON Lines, HTML, RSS/Atom (file or URL), WARC"),
    ],
    db: DbOption = DEFAULT_DB,
    published: Annotated[
        str | None,
        typer.Option(
            help="Publication date YYYY-MM-DD: the base for relative dates, for all inputs"
        ),
    ] = None,
    batch_size: Annotated[
        int, typer.Option(min=1, help="Documents per transaction (a crash loses at most one)")
    ] = 50,
    prefilter: Annotated[
        bool,
        typer.Option(help="Parse only articles the cheap relevance test keeps (mixed streams)"),
    ] = False,
) -> None:
    """Extract incidents from articles and store them; documents already stored are skipped.

    Example: strife ingest samples/ feeds/world.rss --db sqlite:///strife.db
    """
    from strife.ingest.loader import IngestRun
    from strife.ingest.walk import expand_paths
    from strife.store import open_store
    from strife.store.engine import check_sqlite_file, parse_url

    base = parse_published(published)
    check_sqlite_file(parse_url(db), create=True)  # a bad --db fails before anything is read
    files = expand_paths(paths)
    from strife.prefilter import PrefilteredExtractor

    given = services(ctx)
    make_extractor = given.make_extractor
    make = (lambda: PrefilteredExtractor(make_extractor)) if prefilter else make_extractor
    run = IngestRun(paths, lambda: open_store(db, merger=given.merger), make, published=base,
                    batch_size=batch_size)  # fmt: skip
    try:
        with _progress(files) as advance:
            run.on_read = lambda item: advance(item.label)
            summary = run.run()
        _print_summary(summary)
        if summary.read == 0:
            raise fail(f"nothing could be read from {len(paths)} input(s)", InputError.exit_code)
        assert run.store is not None
        _print_incident_table(run.store)
        print(f"database: {run.store.url}")
    finally:
        if run.store is not None:
            run.store.close()


class _progress:
    """A rich progress bar on stderr, counting documents read; total known for plain files."""

    def __init__(self, files: list[str]) -> None:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        single = all(not f.lower().endswith((".jsonl", ".ndjson", ".xml", ".rss", ".atom",
                                              ".warc", ".warc.gz")) and "://" not in f
                     and f != "-" for f in files)  # fmt: skip
        self.progress = Progress(
            TextColumn("ingest"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.description}"), console=stderr_console(), transient=True,
        )  # fmt: skip
        self.task = self.progress.add_task("", total=len(files) if single else None)

    def __enter__(self):  # type: ignore[no-untyped-def]
        # Only a terminal gets the live bar; a log file or pipe would get stray blank lines.
        if self.progress.console.is_terminal:
            self.progress.start()
        return lambda label: self.progress.update(self.task, advance=1, description=label[-50:])

    def __exit__(self, *_: object) -> None:
        if self.progress.live.is_started:
            self.progress.stop()


def _print_summary(summary: IngestSummary) -> None:
    print(
        f"read {summary.read} document(s): {summary.stored} stored, "
        f"{summary.duplicates} skipped as duplicate, {len(summary.failed)} failed; "
        f"incidents: {summary.incidents_new} new, {summary.incidents_merged} merged"
    )
    for label, reason in summary.failed:
        print(f"  failed: {reason if reason.startswith(label) else f'{label}: {reason}'}")


def _print_incident_table(store: Store) -> None:
    total = store.count_incidents()
    console = Console()
    if not console.is_terminal:
        console = Console(width=140)  # a log file or pipe: wide enough that dates never wrap
    if total == 0:
        console.print("no incidents in the store yet")
        return
    shown = min(total, TABLE_ROWS)
    table = Table(title=f"incidents in the store ({shown} of {total}, newest first)")
    table.add_column("date", no_wrap=True, min_width=10)
    for column in ("place", "country", "attack type"):
        table.add_column(column)
    table.add_column("killed", justify="right", no_wrap=True)
    table.add_column("wounded", justify="right", no_wrap=True)
    table.add_column("perpetrators / group")
    for incident in store.iter_incidents(order="-date", limit=TABLE_ROWS):
        where = incident.location
        actors = [p.name for p in incident.perpetrators] or incident.claimed_by
        table.add_row(
            incident.date.start.isoformat() if incident.date.start else "?",
            where.name or where.city or where.admin1 or "?",
            where.country or where.country_code or "?",
            ", ".join(incident.attack_types) or "?",
            "?" if incident.killed.total is None else str(incident.killed.total),
            "?" if incident.wounded.total is None else str(incident.wounded.total),
            ", ".join(actors) or "-",
        )
    console.print(table)


@one_line_errors
def export(
    db: DbOption = DEFAULT_DB,
    output_format: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="Output format")
    ] = ExportFormat.jsonl,
    out: Annotated[
        str | None, typer.Option("--out", "-o", help="Output file (default stdout)")
    ] = None,
    date_from: Annotated[
        str | None, typer.Option("--from", help="Incidents on or after YYYY-MM-DD")
    ] = None,
    date_to: Annotated[
        str | None, typer.Option("--to", help="Incidents on or before YYYY-MM-DD")
    ] = None,
    country: Annotated[str | None, typer.Option(help="ISO code (KZ) or country name")] = None,
    attack_type: Annotated[
        str | None, typer.Option(help="GTD attack type, e.g. Bombing/Explosion")
    ] = None,
    group: Annotated[str | None, typer.Option(help="Part of a perpetrator group's name")] = None,
) -> None:
    """Export stored incidents, streamed (GeoJSON leaves out incidents without coordinates).

    Example: strife export --db sqlite:///strife.db --format gtd-csv --from 2011-01-01 --out gtd.csv
    """
    from strife.export.stored import export_incidents
    from strife.store import IncidentFilter, open_store

    wanted = IncidentFilter(
        date_from=parse_published(date_from, "--from"),
        date_to=parse_published(date_to, "--to"),
        country=country,
        attack_type=_attack_type(attack_type),
        group=group,
    )
    with open_store(db, create=False) as store:
        count = export_incidents(store.iter_incidents(wanted), output_format.value, out)
    where = out if out and out != "-" else "stdout"
    stderr_console().print(f"exported {count} incident(s) to {where}", highlight=False)


def _attack_type(value: str | None) -> str | None:
    from strife.models import ATTACK_TYPES
    from strife.store.filters import vocabulary_name

    if value is None:
        return None
    name = vocabulary_name(value, ATTACK_TYPES)
    if name not in ATTACK_TYPES:
        raise UsageError(f"--attack-type {value!r} is not a GTD attack type; use one of: "
                         + ", ".join(ATTACK_TYPES))  # fmt: skip
    return name


@one_line_errors
def stats(
    db: DbOption = DEFAULT_DB,
    output_format: Annotated[StatsFormat, typer.Option("--format", "-f")] = StatsFormat.table,
) -> None:
    """Count documents, incidents and sources (reports linked to incidents) in the store.

    Example: strife stats --db sqlite:///strife.db --format json
    """
    from strife.store import open_store

    with open_store(db, create=False) as store:
        counts = store.stats()
        where = store.url
    if output_format is StatsFormat.json:
        sys.stdout.write(json.dumps(counts) + "\n")
        return
    table = Table(title=f"strife store: {where}")
    table.add_column("what")
    table.add_column("count", justify="right")
    for key, value in counts.items():
        table.add_row(key, str(value))
    Console().print(table)
