"""Dataset import tests share one gazetteer and a helper that writes CSV files."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from strife.geo import PlaceResolver


@pytest.fixture(scope="session")
def resolver() -> PlaceResolver:
    return PlaceResolver.load()


@pytest.fixture
def write_csv(tmp_path: Path) -> Callable[[list[dict[str, Any]], str], str]:
    def _write(rows: list[dict[str, Any]], name: str = "data.csv") -> str:
        path = tmp_path / name
        columns = list(dict.fromkeys(key for row in rows for key in row))
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=columns)
            writer.writeheader()
            writer.writerows(rows)
        return str(path)

    return _write
