"""Read any input path into documents: article files, directories, feeds, WARC, batch output.

The top of the ingest package: it dispatches a path to the reader it needs, and the readers
never call back into it, so the package has one direction of import.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path

from strife.batch_output.layout import is_batch_dir
from strife.errors import InputError
from strife.ingest.items import ReadItem
from strife.ingest.readers import read_file
from strife.ingest.walk import ARTICLE_SUFFIXES, iter_files

Reader = Callable[[str, "date | None"], Iterator[ReadItem]]

FEED_SUFFIXES = (".xml", ".rss", ".atom")
WARC_SUFFIXES = (".warc", ".warc.gz")


def container_reader(path: str) -> Reader | None:
    """The reader for a directory, feed (file or http(s) URL) or WARC file; None otherwise."""
    lower = path.lower()
    if lower.startswith(("http://", "https://")) or lower.endswith(FEED_SUFFIXES):
        from strife.ingest.feeds import read_feed

        return read_feed
    if lower.endswith(WARC_SUFFIXES):
        from strife.ingest.warc import read_warc

        return read_warc
    if path != "-" and is_batch_dir(path):
        from strife.ingest.parquet_batch import read_batch

        return read_batch
    if path != "-" and Path(path).is_dir():
        return read_directory
    return None


def read_directory(path: str, published: date | None = None) -> Iterator[ReadItem]:
    found = False
    for file in iter_files(Path(path)):
        found = True
        yield from read_path(str(file), published)
    if not found:
        yield ReadItem(
            path,
            error=InputError(
                f"{path}: the directory holds no article files "
                f"({', '.join(ARTICLE_SUFFIXES)} or no suffix)"
            ),
        )


def read_path(path: str, published: date | None = None) -> Iterator[ReadItem]:
    """Every document in one input path; whole-file problems come back as one failed item."""
    container = container_reader(path)
    if container is not None:
        yield from container(path, published)
    else:
        yield from read_file(path, published)


def iter_documents(paths: Iterable[str], published: date | None = None) -> Iterator[ReadItem]:
    for path in paths:
        yield from read_path(path, published)
