"""Write extraction results (document + incidents) to a text stream."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from strife.models import Result


def write_results(results: Iterable[Result], fmt: str, out: TextIO) -> int:
    """Write results as ``fmt``; returns how many documents were written.

    ``json`` prints one indented object per document (one document: exactly one JSON object;
    several: JSON Lines of compact objects, as schema.md says); ``jsonl`` always JSON Lines.
    Tabular formats (gtd-csv, acled-csv, geojson) write one row/feature per incident.
    """
    if fmt in ("json", "jsonl"):
        return _write_json(results, out, pretty=fmt == "json")
    from strife.export.tables import write_incident_table

    return write_incident_table(results, fmt, out)


def _write_json(results: Iterable[Result], out: TextIO, *, pretty: bool) -> int:
    buffered: Result | None = None
    count = 0
    for result in results:
        if pretty and count == 0:
            buffered = result
            count = 1
            continue
        if buffered is not None:
            out.write(buffered.model_dump_json() + "\n")
            buffered = None
        out.write(result.model_dump_json() + "\n")
        out.flush()
        count += 1
    if buffered is not None:
        out.write(json.dumps(buffered.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n")
    return count
