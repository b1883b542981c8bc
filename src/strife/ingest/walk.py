"""Which files a directory walk reads, in a stable order (``strife.ingest.sources`` reads them)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

ARTICLE_SUFFIXES = (
    ".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson",
    ".xml", ".rss", ".atom", ".warc", ".warc.gz",
)  # fmt: skip
"""What a directory walk reads (plus files without a suffix); explicitly named files are always
read, whatever their name."""


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
