"""The gazetteer: GeoNames entries in flat arrays plus a name-key index.

This module is the data structure only; ``gazetteer_build`` fills it from package data (and
an imported GeoNames dump), ``gazetteer_cache`` keeps built copies on disk.
"""

from __future__ import annotations

import math
from array import array
from dataclasses import dataclass, field

from strife.geo.names import name_key

FORMAT_VERSION = "strife.gazetteer.geonames.v1"

KIND_COUNTRY, KIND_ADMIN1, KIND_ADMIN2, KIND_CITY, KIND_OTHER = range(5)
KIND_NAMES = ("country", "admin1", "admin2", "city", "other")

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

    def index_name(self, name: str, row: int, match: int) -> None:
        """Index ``name`` for ``row`` (during a build, while ``index`` holds lists)."""
        key = name_key(name)
        if not key:
            return
        codes = self.index.setdefault(key, [])  # type: ignore[arg-type]
        code = row * 4 + match
        # One code per row and key, the strongest match kept (MATCH_NAME is 0).
        for i, existing in enumerate(codes):
            if existing >> 2 == row:
                if match < existing & 3:
                    codes[i] = code  # type: ignore[index]
                return
        codes.append(code)  # type: ignore[attr-defined]

    def freeze_index(self) -> None:
        """End of a build: the index's lists become tuples."""
        self.index = {k: tuple(v) for k, v in self.index.items()}

    def lookup(self, key: str) -> list[tuple[int, int]]:
        """``(row, match)`` pairs for a name key, best match first for each row."""
        return [(code >> 2, code & 3) for code in self.index.get(key, ())]

    def has_point(self, row: int) -> bool:
        return not math.isnan(self.lats[row])
