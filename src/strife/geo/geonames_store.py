"""The local index of imported GeoNames dumps (``strife gazetteer import``), as plain TSV.

Lives in ``$STRIFE_DATA_DIR/geonames`` (default ``~/.local/share/strife/geonames``): user
data, not a cache, since it cannot be rebuilt without the user's files. One file per kind of
record:

- ``places-<source>.tsv``: populated places and first/second-level divisions from one dump
  (allCountries, cities500, a country's XX), one row each: id, name, ASCII name, latitude,
  longitude, feature class, feature code, country, admin1 code, admin2 code, population,
  alternate names joined by ``|``;
- ``admin1.tsv``, ``admin2.tsv``: code ("AF.08", "AF.08.1234"), name, ASCII name, id;
- ``alternates.tsv``: id, name (from alternateNamesV2, Latin-script names only);
- ``manifest.json``: what was imported, when, how many rows; its hash keys the gazetteer
  cache (``gazetteer_cache.fingerprint``), so an import rebuilds the gazetteer once.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

PLACE_FIELDS = 12


@dataclass(frozen=True)
class PlaceRecord:
    geonames_id: int
    name: str
    ascii_name: str
    lat: float
    lon: float
    feature_class: str
    feature_code: str
    country: str
    admin1_code: str
    admin2_code: str
    population: int
    alternates: tuple[str, ...]


@dataclass(frozen=True)
class AdminRecord:
    code: str  # "AF.08" (admin1) or "AF.08.1234" (admin2)
    name: str
    ascii_name: str
    geonames_id: int


def data_dir() -> Path:
    configured = os.environ.get("STRIFE_DATA_DIR")
    return Path(configured) if configured else Path.home() / ".local" / "share" / "strife"


@dataclass(frozen=True)
class ImportedGeoNames:
    """Read access to the local index; empty (and harmless) when nothing was imported."""

    root: Path

    @classmethod
    def default(cls) -> ImportedGeoNames:
        return cls(data_dir() / "geonames")

    @property
    def manifest_path(self) -> Path:
        return self.root / "manifest.json"

    def manifest(self) -> dict[str, dict[str, object]]:
        """Imported source name → {"rows", "kind", "file", "imported"}; {} when none."""
        try:
            loaded = json.loads(self.manifest_path.read_text("utf-8"))
        except (OSError, ValueError):
            return {}
        return loaded if isinstance(loaded, dict) else {}

    def content_id(self) -> str:
        """Empty when nothing was imported, else a hash of the manifest."""
        try:
            text = self.manifest_path.read_bytes()
        except OSError:
            return ""
        return hashlib.sha256(text).hexdigest()[:16]

    def is_current(self, name: str, path: Path) -> bool:
        """Whether this very file (same path, size and time) was imported to the end."""
        entry = self.manifest().get(name)
        if not entry or not (self.root / str(entry.get("file"))).is_file():
            return False
        stat = path.stat()
        return (entry.get("source"), entry.get("size"), entry.get("mtime")) == (
            str(path.resolve()), stat.st_size, int(stat.st_mtime))

    def known_ids(self) -> set[int]:
        return {p.geonames_id for p in self.places()}

    def place_files(self) -> list[Path]:
        return sorted(self.root.glob("places-*.tsv")) if self.root.is_dir() else []

    def places(self) -> Iterator[PlaceRecord]:
        for path in self.place_files():
            for f in _rows(path):
                if len(f) != PLACE_FIELDS:
                    continue
                yield PlaceRecord(
                    int(f[0]), f[1], f[2], float(f[3]), float(f[4]), f[5], f[6], f[7], f[8],
                    f[9], int(f[10] or 0), tuple(a for a in f[11].split("|") if a),
                )

    def admins(self, level: int) -> Iterator[AdminRecord]:
        for f in _rows(self.root / f"admin{level}.tsv"):
            if len(f) == 4 and f[3].isdigit():
                yield AdminRecord(f[0], f[1], f[2], int(f[3]))

    def alternates(self) -> Iterator[tuple[int, str]]:
        for f in _rows(self.root / "alternates.tsv"):
            if len(f) == 2 and f[0].isdigit():
                yield int(f[0]), f[1]


def _rows(path: Path) -> Iterator[list[str]]:
    if not path.is_file():
        return
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            yield line.rstrip("\n").split("\t")
