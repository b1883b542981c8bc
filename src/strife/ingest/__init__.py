"""ingest: any input → ``Document`` records."""

from strife.ingest.readers import ReadItem, iter_documents, parse_published, read_path

__all__ = ["ReadItem", "iter_documents", "parse_published", "read_path"]
