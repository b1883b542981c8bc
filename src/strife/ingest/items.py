"""What every reader yields: one document, or the reason it could not be read.

A leaf module, so that the readers of files, feeds, WARC archives and batch output share the
record without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass

from strife.errors import InputError
from strife.models import Document


@dataclass(frozen=True)
class ReadItem:
    """One input document, or the reason it could not be read.

    A caller decides whether one unreadable document stops the run (``strife extract``) or is
    listed and skipped (``strife ingest``).
    """

    label: str
    document: Document | None = None
    error: InputError | None = None
