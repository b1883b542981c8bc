"""Read one article file into documents: plain text, HTML, JSON Lines, or ``-`` for stdin.

Files that hold many documents (directories, feeds, WARC, batch output) are dispatched by
``strife.ingest.sources``, which calls ``read_file`` for each article file it finds.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from strife.errors import InputError
from strife.ingest.checks import check_text, decode_bytes
from strife.ingest.documents import document_from_plain_text, source_of
from strife.ingest.html import document_from_html, looks_like_html
from strife.ingest.items import ReadItem
from strife.models import Document


def parse_published(value: str | None, label: str = "--published") -> date | None:
    if value is None or value == "":
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{label}: {value!r} is not a date; use YYYY-MM-DD") from None


def _read_bytes(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    p = Path(path)
    if not p.exists():
        raise InputError(f"{path}: no such file")
    if p.is_dir():
        raise InputError(f"{path}: is a directory; pass the files in it")
    try:
        return p.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror})") from None


def is_jsonl(path: str, text: str) -> bool:
    if path.endswith((".jsonl", ".ndjson")):
        return True
    head = text.lstrip()[:1]
    return head == "{" and path != "-" and not path.endswith(".txt") or (
        path == "-" and head == "{"
    )


def documents_from_jsonl(
    text: str, label: str, published: date | None
) -> Iterator[ReadItem]:
    """One document per non-blank line: ``{"id", "text", "title"?, "published"?, "url"?}``."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{label}:{number}"
        try:
            yield ReadItem(where, document=document_from_record(line, where, published))
        except InputError as exc:
            yield ReadItem(where, error=exc)


def document_from_record(line: str, where: str, published: date | None) -> Document:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: not valid JSON ({exc.msg})") from None
    if not isinstance(record, dict):
        raise InputError(f"{where}: each line must be a JSON object")
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(f"{where}: the object has no string 'text'")
    check_text(text, where)
    doc_id = record.get("id")
    pub = parse_published(record.get("published"), f"{where}: published") or published
    url = record.get("url")
    title = record.get("title")
    base = document_from_plain_text(
        text, published=pub, url=url, title=title if isinstance(title, str) else "", label=where
    )
    return base.model_copy(
        update={
            "id": str(doc_id) if doc_id is not None else base.id,
            "title": title if isinstance(title, str) else None,
            "url": url if isinstance(url, str) else None,
            "source": source_of(url if isinstance(url, str) else None),
        }
    )


def read_file(path: str, published: date | None = None) -> Iterator[ReadItem]:
    """Every document in one article file; whole-file problems come back as one failed item."""
    label = path
    try:
        text = decode_bytes(_read_bytes(path), label)
    except InputError as exc:
        yield ReadItem(label, error=exc)
        return
    if is_jsonl(path, text):
        yield from documents_from_jsonl(text, label, published)
        return
    try:
        if looks_like_html(path, text):
            doc = document_from_html(text, published=published, label=label)
        else:
            doc = document_from_plain_text(text, published=published, label=label)
    except InputError as exc:
        yield ReadItem(label, error=exc)
        return
    yield ReadItem(label, document=doc)
