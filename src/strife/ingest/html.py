"""HTML articles: boilerplate removed with trafilatura, title and date from the page metadata."""

from __future__ import annotations

import re
from datetime import date

from strife.errors import InputError
from strife.ingest.checks import check_text
from strife.ingest.documents import document_id, find_dateline, source_of
from strife.models import Document

_TAG = re.compile(r"<\s*(html|body|head|div|p|article|title|!doctype)\b", re.I)


def looks_like_html(path: str, text: str) -> bool:
    if path.lower().endswith((".html", ".htm", ".xhtml")):
        return True
    return bool(_TAG.search(text[:2000]))


def document_from_html(text: str, *, published: date | None, label: str) -> Document:
    import trafilatura  # imported here: loading it costs time that plain-text runs never need

    body = trafilatura.extract(
        text, include_comments=False, include_tables=False, favor_precision=True
    )
    if not body or not body.strip():
        raise InputError(f"{label}: the HTML page holds no article text")
    check_text(body, label)
    meta = trafilatura.extract_metadata(text)
    title = meta.title if meta and meta.title else None
    url = meta.url if meta and meta.url else None
    found: date | None = None
    if meta and meta.date:
        try:
            found = date.fromisoformat(meta.date[:10])
        except ValueError:
            found = None
    return Document(
        id=document_id(body),
        url=url,
        source=source_of(url) or (meta.sitename if meta and meta.sitename else None),
        title=title,
        published=published or found,
        dateline=find_dateline(body),
        text=body,
    )
