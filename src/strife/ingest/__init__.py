"""ingest: any input → ``Document`` records."""

from strife.ingest.items import ReadItem
from strife.ingest.readers import parse_published
from strife.ingest.sources import iter_documents, read_path

__all__ = ["ReadItem", "iter_documents", "parse_published", "read_path"]
