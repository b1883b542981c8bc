"""Row-by-row writers: memory stays flat however many incidents pass through."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from typing import Any, TextIO


def write_csv(rows: Iterable[dict[str, Any]], columns: Sequence[str], out: TextIO) -> int:
    """A header and one line per row; None becomes an empty cell. Returns the rows written.

    Lines end in CRLF (RFC 4180, what R, Stata and Excel expect); that also makes the csv module
    quote any value holding a lone carriage return, which would otherwise split the row.
    """
    writer = csv.DictWriter(out, fieldnames=list(columns))
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow(row)
        count += 1
    return count


def write_feature_collection(features: Iterable[dict[str, Any] | None], out: TextIO) -> int:
    """A GeoJSON FeatureCollection written feature by feature; None entries are skipped."""
    out.write('{"type": "FeatureCollection", "features": [')
    count = 0
    for feature in features:
        if feature is None:
            continue
        out.write(",\n" if count else "\n")
        out.write(json.dumps(feature, ensure_ascii=False))
        count += 1
    out.write("\n]}\n")
    return count
