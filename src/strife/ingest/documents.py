"""Turn raw article text into a ``Document``: title, date line, dateline, trailing URL, id.

A plain-text article looks like the seed: a title line, an optional date line, the body, and
an optional trailing ``Original url:`` block. The document text stays exactly as given, so that
evidence offsets point into what the user supplied.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date

from strife.errors import InputError
from strife.ingest.checks import check_text
from strife.models import Document, source_of

_WS = re.compile(r"\s+")
_URL_TAIL = re.compile(r"(?:original\s+url|source|url)\s*:\s*(https?://\S.*)\s*$", re.I | re.S)
_BARE_URL = re.compile(r"^\s*(https?://\S+)\s*$")
# "BISHKEK, Kyrgyzstan —", "KABUL (Reuters) -", "Mogadishu, Somalia, March 3 --"
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z.'\u2019-]+(?:[ -][A-Z][A-Za-z.'\u2019-]+)*"
    r"(?:,\s*[A-Z][A-Za-z.' -]+?){0,2})"
    r"(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}))?"
    r"\s*(?:\([A-Za-z .&-]+\))?\s*(?:—|–|--|-|:)\s+"
)
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_DATE_LINE = re.compile(
    rf"^\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    rf"(?:(?P<m1>{_MONTHS})\.?\s+(?P<d1>\d{{1,2}}),?\s+(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTHS})\.?,?\s+(?P<y2>\d{{4}})"
    rf"|(?P<y3>\d{{4}})-(?P<m3>\d{{2}})-(?P<d3>\d{{2}}))\s*$",
    re.I,
)
_MONTH_NUMBER = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}


def normalise_text(text: str) -> str:
    """The form two copies of one article share: Unicode NFKC, whitespace collapsed."""
    return _WS.sub(" ", unicodedata.normalize("NFKC", text)).strip()


def document_id(text: str) -> str:
    """sha256 of the normalised text: the same article never enters the store twice."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


def parse_date_line(line: str) -> date | None:
    """A date standing alone on a line ("November 13, 2011", "13 Nov 2011", "2011-11-13")."""
    m = _DATE_LINE.match(line)
    if not m:
        return None
    try:
        if m.group("y1"):
            return date(int(m["y1"]), _MONTH_NUMBER[m["m1"].lower()], int(m["d1"]))
        if m.group("y2"):
            return date(int(m["y2"]), _MONTH_NUMBER[m["m2"].lower()], int(m["d2"]))
        return date(int(m["y3"]), int(m["m3"]), int(m["d3"]))
    except ValueError:
        return None


def find_dateline(body: str) -> str | None:
    """The filing place at the head of the body, e.g. "BISHKEK, Kyrgyzstan".

    Only a leading place in capitals (or a capitalised place followed by a news agency or a
    dash) counts, so that an ordinary first sentence is never taken for a dateline.
    """
    head = body.lstrip()[:120]
    m = _DATELINE.match(head)
    if not m and head[:40].islower():
        # "lima, peru — …" in lower-case copy: match its title-cased twin, same offsets.
        m = _DATELINE.match(head.title())
        if m and not re.search(r"—|–|--", m.group(0)):
            return None
        if m:
            return head[: m.end("place")].strip().rstrip(",")
    if not m:
        return None
    place = m.group("place").strip().rstrip(",")
    first = place.split(",")[0]
    dashed = re.search(r"(—|–|--|\))", m.group(0)) is not None
    if not (first.isupper() or dashed) or len(first) < 3:
        return None
    return place


def _clean_url(raw: str) -> str:
    # Copies of articles sometimes break a long URL with spaces; a URL never contains one.
    return re.sub(r"\s+", "", raw.strip())


def document_from_plain_text(
    text: str,
    *,
    published: date | None = None,
    url: str | None = None,
    title: str | None = None,
    doc_id: str | None = None,
    label: str = "input",
) -> Document:
    """Read a plain-text article; the returned document's text is ``text`` unchanged."""
    check_text(text, label)
    lines = text.splitlines()
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    found_title = title
    found_date: date | None = None
    body_start = 0
    if nonblank and title is None:
        first = lines[nonblank[0]].strip()
        # A title is a short line that does not end like a sentence of the body.
        if len(nonblank) > 1 and len(first) <= 200 and not first.endswith((".", '"')):
            found_title = first
            body_start = nonblank[1]
    if len(nonblank) > 1:
        for i in nonblank[:3]:
            candidate = parse_date_line(lines[i])
            if candidate:
                found_date = candidate
                body_start = max(body_start, next((j for j in nonblank if j > i), i))
                break
    body = "\n".join(lines[body_start:])
    tail = _URL_TAIL.search(body[-600:])
    found_url = url
    if tail and found_url is None:
        found_url = _clean_url(tail.group(1))
    elif found_url is None and nonblank:
        bare = _BARE_URL.match(lines[nonblank[-1]])
        if bare:
            found_url = bare.group(1)
    return Document(
        id=doc_id or document_id(text),
        url=found_url,
        source=source_of(found_url),
        title=found_title,
        published=published or found_date,
        dateline=find_dateline(body),
        text=text,
    )


def as_document(value: Document | str, published: date | str | None = None) -> Document:
    """``value`` as a ``Document``: a document as it is (``published`` given must agree), a
    text read by ``document_from_plain_text``. ``published`` may be "YYYY-MM-DD"."""
    day = _published_date(published)
    if isinstance(value, Document):
        own = value.published
        if day is not None and own is not None and own != day:
            raise InputError(
                f"published={day.isoformat()} contradicts the document's own date "
                f"{own.isoformat()}; pass one of them"
            )
        return value if day is None else value.model_copy(update={"published": day})
    if not isinstance(value, str):
        raise InputError(f"expected a text or a strife.Document, not {type(value).__name__}")
    return document_from_plain_text(value, published=day)


def _published_date(value: date | str | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(f"published={value!r} is not a date; write it as YYYY-MM-DD") from None
