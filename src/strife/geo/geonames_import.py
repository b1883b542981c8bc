"""Read GeoNames dump files, as geonames.org publishes them, into the local index.

Accepted files (zipped or not): ``allCountries.zip``, ``citiesNNN.zip``, a country's
``XX.zip`` (all three in the 19-column "geoname" table format), ``alternateNamesV2.zip``
(or ``alternateNames.zip``), ``admin1CodesASCII.txt`` and ``admin2Codes.txt``. Every file is
streamed line by line, so the 1.5 GB allCountries table needs no more memory than a small
one. Of the geoname table only populated places (feature class P) and first- and
second-level divisions (ADM1, ADM2) are kept: the event places a news report names.
Alternate names are kept for the places strife knows (the packages' and the imported ones)
and only in Latin script, the names English copy prints.
"""

from __future__ import annotations

import io
import json
import os
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from strife.errors import InputError
from strife.geo.geonames_store import ImportedGeoNames
from strife.geo.names import is_latin_name

Progress = Callable[[int], None]  # called with the bytes read since the last call
KEPT_ADMIN_CODES = frozenset({"ADM1", "ADM2"})
# alternateNames rows in these "languages" are codes and links, not names.
_NOT_NAMES = frozenset({"link", "wkdt", "post", "iata", "icao", "faac", "unlc", "fr_1793", "abbr"})
_GEONAME_FILE = re.compile(r"^(allCountries|cities\d+|[A-Z]{2})$")
_ALTERNATES_FILE = re.compile(r"^alternateNames(V2)?$")


@dataclass(frozen=True)
class ImportSource:
    path: Path
    kind: str  # "places", "admin1", "admin2", "alternates"
    name: str  # the dump's own name without extension ("allCountries", "NG")


def classify(path: Path) -> ImportSource:
    """What a dump file holds, from its name, or a clear error."""
    stem = path.name.split(".")[0]
    if _GEONAME_FILE.match(stem):
        kind = "places"
    elif stem.startswith("admin1Codes"):
        kind = "admin1"
    elif stem == "admin2Codes":
        kind = "admin2"
    elif _ALTERNATES_FILE.match(stem):
        kind = "alternates"
    else:
        raise InputError(
            f"{path}: not a GeoNames dump this command reads; expected allCountries.zip, "
            "citiesNNN.zip, XX.zip, alternateNamesV2.zip, admin1CodesASCII.txt or admin2Codes.txt"
        )
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    return ImportSource(path, kind, stem)


def order(sources: Iterable[ImportSource]) -> list[ImportSource]:
    """Alternate names last: they are kept only for places already known."""
    return sorted(sources, key=lambda s: s.kind == "alternates")


def source_size(source: ImportSource) -> int:
    """Bytes the import of this file will read (the unzipped size for a zip)."""
    if source.path.suffix.lower() != ".zip":
        return source.path.stat().st_size
    with _zip(source.path) as archive:
        return _member(archive, source).file_size


def import_source(
    source: ImportSource, store: ImportedGeoNames, known_ids: set[int], progress: Progress
) -> int:
    """Write one dump into ``store``; returns the rows kept. ``known_ids`` grows with the
    places imported (alternate names are kept only for those)."""
    store.root.mkdir(parents=True, exist_ok=True)
    target = _target(source, store)
    tmp = target.with_suffix(".tmp")
    kept = 0
    with _open_text(source) as lines, tmp.open("w", encoding="utf-8") as out:
        for line in _counted(lines, progress):
            row = _convert(source.kind, line.rstrip("\n").split("\t"), known_ids)
            if row is not None:
                out.write("\t".join(row) + "\n")
                kept += 1
    os.replace(tmp, target)
    _record(store, source, target, kept)
    return kept


def _target(source: ImportSource, store: ImportedGeoNames) -> Path:
    if source.kind == "places":
        return store.root / f"places-{source.name}.tsv"
    if source.kind == "alternates":
        return store.root / "alternates.tsv"
    return store.root / f"{source.kind}.tsv"


def _convert(kind: str, f: list[str], known_ids: set[int]) -> list[str] | None:
    if kind == "places":
        return _place(f, known_ids)
    if kind in ("admin1", "admin2"):
        if len(f) < 4 or not f[3].strip().isdigit():
            return None
        return [f[0], _clean(f[1]), _clean(f[2]), f[3].strip()]
    return _alternate(f, known_ids)


def _place(f: list[str], known_ids: set[int]) -> list[str] | None:
    """One row of the geoname table, if it is a populated place or an ADM1/ADM2 division."""
    if len(f) < 15 or not f[0].isdigit():
        return None
    feature_class, feature_code = f[6], f[7]
    if feature_class != "P" and not (feature_class == "A" and feature_code in KEPT_ADMIN_CODES):
        return None
    try:
        float(f[4]), float(f[5])
    except ValueError:
        return None
    alternates = [a for a in f[3].split(",") if is_latin_name(a) and a != f[1]]
    known_ids.add(int(f[0]))
    population = f[14] if f[14].isdigit() else "0"
    return [f[0], _clean(f[1]), _clean(f[2]), f[4], f[5], feature_class, feature_code, f[8],
            f[10], f[11], population, "|".join(_clean(a) for a in alternates)]


def _alternate(f: list[str], known_ids: set[int]) -> list[str] | None:
    # alternateNameId, geonameid, isolanguage, name, isPreferred, isShort, isColloquial, …
    if len(f) < 4 or not f[1].isdigit() or f[2] in _NOT_NAMES:
        return None
    if len(f) > 6 and f[6] == "1":
        return None  # colloquial ("Big Apple")
    if int(f[1]) not in known_ids or not is_latin_name(f[3]):
        return None
    return [f[1], _clean(f[3])]


def _clean(value: str) -> str:
    return value.replace("\t", " ").replace("|", " ").strip()


def _record(store: ImportedGeoNames, source: ImportSource, target: Path, kept: int) -> None:
    manifest = store.manifest()
    manifest[source.name] = {
        "kind": source.kind,
        "file": target.name,
        "source": str(source.path.resolve()),
        "size": source.path.stat().st_size,
        "mtime": int(source.path.stat().st_mtime),
        "rows": kept,
        "imported": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    tmp = store.manifest_path.with_suffix(".tmp")
    tmp.write_text(json.dumps(manifest, indent=1, sort_keys=True), "utf-8")
    os.replace(tmp, store.manifest_path)


def _counted(lines: IO[str], progress: Progress) -> Iterator[str]:
    pending = 0
    for line in lines:
        pending += len(line) if line.isascii() else len(line.encode("utf-8"))
        if pending >= 1 << 20:  # report every megabyte: a call per line would cost more
            progress(pending)
            pending = 0
        yield line
    progress(pending)


@contextmanager
def _zip(path: Path) -> Iterator[zipfile.ZipFile]:
    try:
        with zipfile.ZipFile(path) as archive:
            yield archive
    except zipfile.BadZipFile:
        raise InputError(f"{path}: not a readable zip file") from None


def _member(archive: zipfile.ZipFile, source: ImportSource) -> zipfile.ZipInfo:
    """The data file inside a GeoNames zip (which may also hold a readme.txt or
    iso-languagecodes.txt)."""
    for info in archive.infolist():
        if Path(info.filename).stem == source.name:
            return info
    raise InputError(f"{source.path}: the zip has no {source.name}.txt inside")


@contextmanager
def _open_text(source: ImportSource) -> Iterator[IO[str]]:
    try:
        if source.path.suffix.lower() == ".zip":
            with _zip(source.path) as archive, archive.open(_member(archive, source)) as raw:
                yield io.TextIOWrapper(raw, encoding="utf-8", errors="replace", newline="\n")
        else:
            with source.path.open(encoding="utf-8", errors="replace", newline="\n") as handle:
                yield handle
    except OSError as exc:
        raise InputError(f"{source.path}: cannot be read ({exc.strerror or exc})") from None
