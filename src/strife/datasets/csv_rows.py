"""A dataset CSV, streamed row by row in bounded memory.

GTD's own CSV export is Windows-1252, ACLED's UTF-8 (with a byte-order mark in some exports):
each line is read as UTF-8 and, failing that, as Windows-1252, so one odd row does not stop a
file. Quoted cells that span lines are handled by ``csv`` itself.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from pathlib import Path

from strife.errors import InputError

csv.field_size_limit(1 << 24)  # GTD summaries can be long; the default (128 KiB) is too small
MAX_CELL_BYTES = 1 << 24


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _lines(path: Path, on_bytes: Callable[[int], None]) -> Iterator[str]:
    with path.open("rb") as handle:
        first = True
        for raw in handle:
            on_bytes(len(raw))
            if first:
                raw = raw.removeprefix(b"\xef\xbb\xbf")
                first = False
            if b"\x00" in raw:
                raise InputError(f"{path}: binary data, not a CSV file")
            yield _decode(raw)


def open_rows(
    path: str, required: tuple[str, ...], dataset: str,
    on_bytes: Callable[[int], None] = lambda _n: None,
) -> tuple[list[str], Iterator[tuple[int, dict[str, str]]]]:
    """The header and an iterator of ``(line number, row)``; raises ``InputError`` when the
    file is missing, empty, not a CSV, or lacks one of the ``required`` columns."""
    file = Path(path)
    if not file.is_file():
        raise InputError(f"{path}: no such file")
    reader = csv.reader(_lines(file, on_bytes))
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        raise InputError(f"{path}: the file is empty") from None
    except csv.Error as exc:
        raise InputError(f"{path}: not a CSV file ({exc})") from None
    missing = [c for c in required if c not in header]
    if missing:
        raise InputError(
            f"{path}: not a CSV export of {dataset}: no column {', '.join(missing)} "
            f"(found {', '.join(header[:6]) or 'nothing'}{'…' if len(header) > 6 else ''})"
        )
    return header, _rows(reader, header, path)


def _rows(
    reader: Iterator[list[str]], header: list[str], path: str
) -> Iterator[tuple[int, dict[str, str]]]:
    number = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise InputError(f"{path}: malformed CSV after row {number} ({exc})") from None
        number += 1
        if not any(c.strip() for c in cells):
            continue
        # A short row leaves its last columns blank; extra cells beyond the header are ignored.
        yield number, dict(zip(header, cells + [""] * (len(header) - len(cells)), strict=False))
