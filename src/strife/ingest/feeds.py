"""RSS and Atom feeds (a file or an http(s) URL): one document per entry, parsed by feedparser.

An entry's document text is its title line, a blank line and the entry's content (or summary)
with the HTML markup removed; its URL is the entry's link and its publication date the entry's.
Feeds usually carry a summary, not the full article: strife reads what the feed holds.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Iterator
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from strife.errors import InputError
from strife.ingest.documents import document_from_plain_text, source_of
from strife.ingest.items import ReadItem
from strife.models import Document
from strife.version import __version__

MAX_FEED_BYTES = 20_000_000
TIMEOUT_S = 30
_BLOCKS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote tr table section article".split()
)


class _TextOfHtml(HTMLParser):
    """Text of an HTML fragment, with a blank line where a block (paragraph...) ends."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    parser = _TextOfHtml()
    parser.feed(fragment)
    parser.close()
    paragraphs = (" ".join(p.split()) for p in "".join(parser.parts).split("\n\n"))
    return "\n\n".join(p for p in paragraphs if p)


def _fetch(url: str) -> bytes:
    request = urllib.request.Request(url, headers={"User-Agent": f"strife/{__version__}"})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_S) as response:  # noqa: S310
            data: bytes = response.read(MAX_FEED_BYTES + 1)
    except urllib.error.HTTPError as exc:
        raise InputError(f"{url}: the server answered {exc.code} {exc.reason}") from None
    except (urllib.error.URLError, OSError) as exc:
        why = getattr(exc, "reason", exc)
        raise InputError(f"{url}: cannot fetch the feed ({why})") from None
    if len(data) > MAX_FEED_BYTES:
        raise InputError(f"{url}: the feed is larger than {MAX_FEED_BYTES:,} bytes")
    return data


def _load(path: str) -> bytes:
    if path.lower().startswith(("http://", "https://")):
        return _fetch(path)
    p = Path(path)
    if not p.is_file():
        raise InputError(f"{path}: no such file")
    if p.stat().st_size > MAX_FEED_BYTES:
        raise InputError(f"{path}: the feed is larger than {MAX_FEED_BYTES:,} bytes")
    return p.read_bytes()


def read_feed(path: str, published: date | None = None) -> Iterator[ReadItem]:
    """One ``ReadItem`` per entry; a feed that cannot be read is one failed item."""
    import feedparser

    try:
        parsed = feedparser.parse(_load(path))
    except InputError as exc:
        yield ReadItem(path, error=exc)
        return
    if not parsed.entries:
        why = f" ({parsed.get('bozo_exception')})" if parsed.get("bozo") else ""
        yield ReadItem(path, error=InputError(f"{path}: not an RSS/Atom feed with entries{why}"))
        return
    for number, entry in enumerate(parsed.entries, start=1):
        label = f"{path}#{number}"
        try:
            yield ReadItem(label, document=document_from_entry(entry, published, label))
        except InputError as exc:
            yield ReadItem(label, error=exc)


def _entry_date(entry: Any) -> date | None:
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:
            return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    return None


def document_from_entry(entry: Any, published: date | None, label: str) -> Document:
    """A feed entry as a document; ``published`` (from --published) overrides the entry's date."""
    content = entry.get("content")
    raw = content[0].get("value", "") if content else entry.get("summary", "")
    body = html_to_text(raw or "")
    title = " ".join(str(entry.get("title") or "").split()) or None
    if not body.strip():
        raise InputError(f"{label}: the feed entry holds no text")
    link = entry.get("link") or None
    text = f"{title}\n\n{body}\n" if title else body + "\n"
    document = document_from_plain_text(
        text, published=published or _entry_date(entry), url=link, title=title or "", label=label
    )
    return document.model_copy(update={"title": title, "url": link, "source": source_of(link)})
