"""WARC web archives (plain or gzipped): one document per HTML response with status 200.

Requests, metadata, redirects, errors and non-HTML responses (images, scripts, PDFs) are passed
over. The page goes through the same boilerplate removal as an HTML file; its URL is the
record's target URI, and when neither --published nor the page gives a publication date, the
crawl date (WARC-Date) stands in, so that "on Monday" still has a base date.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from strife.errors import InputError
from strife.ingest.documents import source_of
from strife.ingest.html import document_from_html
from strife.ingest.items import ReadItem

MAX_RESPONSE_BYTES = 5_000_000


@dataclass(frozen=True)
class _Page:
    uri: str
    content_type: str
    crawled: str
    body: bytes


def read_warc(path: str, published: date | None = None) -> Iterator[ReadItem]:
    """One ``ReadItem`` per HTML response; an unreadable archive is one failed item."""
    if not Path(path).is_file():
        yield ReadItem(path, error=InputError(f"{path}: no such file"))
        return
    found = 0
    try:
        for page in _html_pages(path):
            found += 1
            yield _read_page(page, path, published)
    except InputError as exc:
        yield ReadItem(path, error=exc)
        return
    if not found:
        yield ReadItem(path, error=InputError(f"{path}: the WARC file holds no HTML pages"))


def _html_pages(path: str) -> Iterator[_Page]:
    """The archive's HTML responses; any way the archive is broken becomes an ``InputError``."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        with open(path, "rb") as stream:
            for record in ArchiveIterator(stream):
                if _is_html_page(record):
                    yield _Page(
                        uri=record.rec_headers.get_header("WARC-Target-URI") or "?",
                        content_type=record.http_headers.get_header("Content-Type") or "",
                        crawled=(record.rec_headers.get_header("WARC-Date") or "")[:10],
                        body=record.content_stream().read(MAX_RESPONSE_BYTES + 1),
                    )
    # warcio reports a malformed header block as AttributeError; it is caught only around
    # warcio's own reading, so our errors are never mistaken for a broken archive.
    except (ArchiveLoadFailed, zlib.error, EOFError, ValueError, AttributeError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InputError(f"{path}: not a readable WARC file ({reason})") from None


def _is_html_page(record: Any) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    content_type = record.http_headers.get_header("Content-Type") or ""
    return "html" in content_type.lower() and record.http_headers.get_statuscode() == "200"


def _charset(content_type: str) -> str:
    for part in content_type.split(";"):
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"' ")
    return "utf-8"


def _read_page(page: _Page, path: str, published: date | None) -> ReadItem:
    label = f"{path}:{page.uri}"
    if len(page.body) > MAX_RESPONSE_BYTES:
        return ReadItem(label, error=InputError(f"{label}: the page is too large for one article"))
    try:
        html = page.body.decode(_charset(page.content_type))
    except (LookupError, UnicodeDecodeError):
        return ReadItem(label, error=InputError(f"{label}: the page's text cannot be decoded"))
    try:
        document = document_from_html(html, published=published, label=label)
    except InputError as exc:
        return ReadItem(label, error=exc)
    update: dict[str, Any] = {}
    if document.url is None and page.uri != "?":
        update.update(url=page.uri, source=document.source or source_of(page.uri))
    if document.published is None and page.crawled:
        try:
            update["published"] = date.fromisoformat(page.crawled)
        except ValueError:
            pass  # a malformed WARC-Date only costs the base date
    return ReadItem(label, document=document.model_copy(update=update))
