"""Tabular exports of extraction results: GTD CSV, ACLED CSV, GeoJSON, one row per incident.

Each incident's only source is the document it was extracted from (``scite1`` / ``source`` /
the feature's ``sources``). Incidents without coordinates are left out of GeoJSON.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, TextIO

from strife.errors import UsageError
from strife.export.rows import ACLED_COLUMNS, GTD_COLUMNS, acled_row, geojson_feature, gtd_row
from strife.export.streams import write_csv, write_feature_collection
from strife.models import Incident, Result, Source

TABLE_FORMATS = ("gtd-csv", "acled-csv", "geojson")

RowBuilder = Callable[[Incident, list[Source]], Any]


def write_incident_table(results: Iterable[Result], fmt: str, out: TextIO) -> int:
    """Write every incident of ``results`` as ``fmt``; returns how many documents were read."""
    seen = [0]

    def rows(build: RowBuilder) -> Iterator[Any]:
        for result in results:
            seen[0] += 1
            sources = [Source.from_document(result.document)]
            for incident in result.incidents:
                yield build(incident, sources)

    if fmt == "gtd-csv":
        write_csv(rows(gtd_row), GTD_COLUMNS, out)
    elif fmt == "acled-csv":
        write_csv(rows(acled_row), ACLED_COLUMNS, out)
    elif fmt == "geojson":
        write_feature_collection(rows(geojson_feature), out)
    else:
        raise UsageError(f"unknown format {fmt!r}; use json, jsonl, {', '.join(TABLE_FORMATS)}")
    out.flush()
    return seen[0]
