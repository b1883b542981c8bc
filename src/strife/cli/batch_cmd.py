"""``strife batch``: extract incidents from many articles on a Dask cluster, into Parquet."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from strife.cli.common import fail, one_line_errors, stderr_console
from strife.errors import InputError, UsageError
from strife.ingest import parse_published

if TYPE_CHECKING:
    from strife.batch.runner import BatchSummary


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    app.command("batch")(batch)


@one_line_errors
def batch(
    paths: Annotated[
        list[str], typer.Argument(help="Files, directories, JSON Lines, HTML, RSS/Atom, WARC")
    ],
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Output directory (created; re-run to resume)")
    ],
    scheduler: Annotated[
        str | None,
        typer.Option(help="Dask scheduler address (tcp://HOST:8786); default: a local cluster"),
    ] = None,
    workers: Annotated[
        int | None, typer.Option(min=1, help="Local worker processes, one model each [default: 2]")
    ] = None,
    partition_size: Annotated[
        int | None, typer.Option(min=1, help="Documents per partition [default: 100]")
    ] = None,
    published: Annotated[
        str | None, typer.Option(help="Publication date YYYY-MM-DD for inputs that lack one")
    ] = None,
    prefilter: Annotated[
        bool, typer.Option("--prefilter", help="Skip articles with no cue of violence (no parse)")
    ] = False,
) -> None:
    """Extract incidents in parallel into Parquet partitions; load them with `strife ingest`.

    Partitions already written by an earlier run of the same command are skipped.

    Example: strife batch news/ --out batch/ --workers 4 --prefilter && strife ingest batch/
    """
    from strife.batch.runner import BatchOptions, run_batch

    if scheduler is not None and workers is not None:
        raise UsageError("--workers starts a local cluster; a --scheduler has its own workers, "
                         "so give one or the other")  # fmt: skip
    options = BatchOptions(
        out=out, scheduler=scheduler, workers=workers or 2, partition_size=partition_size,
        published=parse_published(published), prefilter=prefilter,
    )  # fmt: skip
    with _progress() as update:
        summary = run_batch(paths, options, update)
    _print_summary(summary)
    if summary.read == 0:
        raise fail(f"nothing could be read from {len(paths)} input(s)", InputError.exit_code)
    print(f"output: {out} (load it into the store with: strife ingest {out})")


class _progress:
    """A rich progress bar on stderr counting documents; the total is known once all is read."""

    def __init__(self) -> None:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        self.progress = Progress(
            TextColumn("batch"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            console=stderr_console(), transient=True,
        )  # fmt: skip
        self.task = self.progress.add_task("", total=None)

    def __enter__(self):  # type: ignore[no-untyped-def]
        # Only a terminal gets the live bar; a log file or pipe would get stray lines.
        if self.progress.console.is_terminal:
            self.progress.start()

        def update(done: int, total: int | None) -> None:
            if total is not None:
                self.progress.update(self.task, total=total)
            self.progress.update(self.task, completed=done)

        return update

    def __exit__(self, *_: object) -> None:
        if self.progress.live.is_started:
            self.progress.stop()


def _print_summary(summary: BatchSummary) -> None:
    skipped = f", {summary.prefiltered} skipped by the prefilter" if summary.prefiltered else ""
    print(
        f"read {summary.read} document(s): {summary.duplicates} skipped as duplicate, "
        f"{len(summary.failed)} failed; {summary.partitions} partition(s), "
        f"{summary.partitions_resumed} already done; {summary.extracted} document(s) "
        f"extracted now{skipped}, {summary.incidents} incident(s)"
    )
    for label, reason in summary.failed:
        print(f"  failed: {reason if reason.startswith(label) else f'{label}: {reason}'}")
