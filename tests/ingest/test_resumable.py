"""SIGKILL at any moment during ``strife ingest``, then the same command: every document is
stored exactly once and the store equals one made by an uninterrupted run (the real CLI in a
subprocess, the real pipeline)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

STRIFE = str(Path(sys.executable).with_name("strife"))
ARTICLES = 60
PLACES = ["Taraz", "Atyrau", "Aktobe", "Shymkent", "Almaty", "Osh"]


def write_articles(folder: Path) -> None:
    for n in range(ARTICLES):
        place = PLACES[n % len(PLACES)]
        (folder / f"{n // 10}").mkdir(parents=True, exist_ok=True)
        (folder / f"{n // 10}" / f"article-{n:03d}.txt").write_text(
            f"Attack number {n} in {place}\nNovember 13, 2011\n\n"
            f"{place.upper()}, Kazakhstan — Gunmen opened fire on a police post in {place} on "
            f"Saturday, killing {n % 7 + 1} officers and wounding {n % 5} others, police said.\n"
        )


def count(db: Path, table: str) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    except sqlite3.OperationalError:
        return 0  # the tables are not created yet


def ingest(folder: Path, db: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [STRIFE, "ingest", str(folder), "--db", f"sqlite:///{db}", "--batch-size", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def kill_when(
    process: subprocess.Popen[bytes], ready: Callable[[], bool], limit: float = 120
) -> None:
    deadline = time.monotonic() + limit
    while not ready():
        assert process.poll() is None, "ingest ended before it could be killed"
        assert time.monotonic() < deadline, "ingest made no progress"
        time.sleep(0.002)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    process.stdout.close()  # type: ignore[union-attr]
    process.stderr.close()  # type: ignore[union-attr]


def snapshot(db: Path) -> tuple[list[tuple[str, ...]], ...]:
    with sqlite3.connect(db) as conn:
        return tuple(
            sorted(conn.execute(query).fetchall())
            for query in (
                "SELECT id FROM documents",
                "SELECT id, killed_total, country_code FROM incidents",
                "SELECT incident_id, document_id FROM incident_sources",
            )
        )


def test_sigkill_then_rerun_stores_every_document_once(tmp_path: Path) -> None:
    folder, db, reference = tmp_path / "articles", tmp_path / "store.db", tmp_path / "ref.db"
    write_articles(folder)
    # Killed as soon as the database file appears: during or just after the migration.
    kill_when(ingest(folder, db), db.exists)
    # Killed again in the middle of the batches, once some have been committed.
    kill_when(ingest(folder, db), lambda: count(db, "documents") > 0)
    assert count(db, "documents") < ARTICLES
    before = count(db, "documents")
    done = subprocess.run(
        [STRIFE, "ingest", str(folder), "--db", f"sqlite:///{db}", "--batch-size", "2"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert f"{ARTICLES - before} stored, {before} skipped as duplicate" in done.stdout
    clean = subprocess.run(
        [STRIFE, "ingest", str(folder), "--db", f"sqlite:///{reference}"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert clean.returncode == 0, clean.stderr
    assert count(db, "documents") == ARTICLES
    assert snapshot(db) == snapshot(reference)
