"""Inputs that hold many documents: directories (walked recursively), feeds and WARC files.

``container_reader`` tells ``read_path`` which reader a path needs; ordinary article files
(text, HTML, JSON Lines) return None and are read by ``read_path`` itself.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

from strife.batch.layout import is_batch_dir
from strife.errors import InputError
from strife.ingest.readers import ReadItem

Reader = Callable[[str, "date | None"], Iterator[ReadItem]]

ARTICLE_SUFFIXES = (
    ".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson",
    ".xml", ".rss", ".atom", ".warc", ".warc.gz",
)  # fmt: skip
"""What a directory walk reads (plus files without a suffix); explicitly named files are always
read, whatever their name."""
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


def is_article_file(name: str) -> bool:
    lower = name.lower()
    if lower.startswith("."):
        return False  # hidden files: editor backups, .DS_Store, version control
    return lower.endswith(ARTICLE_SUFFIXES) or "." not in lower


def iter_files(directory: Path) -> Iterator[Path]:
    """Article files under ``directory``, in a stable (sorted) order, hidden folders skipped.

    Symbolic links to folders are not followed, so a link loop cannot make the walk endless.
    """
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if is_article_file(name):
                yield Path(root) / name


def read_directory(path: str, published: date | None = None) -> Iterator[ReadItem]:
    from strife.ingest.readers import read_path

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


def expand_paths(paths: list[str]) -> list[str]:
    """Directories replaced by the files a walk would read (for counting progress)."""
    expanded: list[str] = []
    for path in paths:
        if (
            path != "-"
            and not path.lower().startswith(("http://", "https://"))
            and Path(path).is_dir()
        ):
            expanded.extend(str(p) for p in iter_files(Path(path)))
        else:
            expanded.append(path)
    return expanded
