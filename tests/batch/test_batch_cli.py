"""``strife batch`` errors: one line on stderr, a non-zero exit, no traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

STRIFE = [sys.executable, "-m", "strife"]
ARTICLES = Path(__file__).parent / "articles"


def strife(*args: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    return subprocess.run([*STRIFE, *args], capture_output=True, env=env, timeout=120)


def one_line_error(proc: subprocess.CompletedProcess[bytes]) -> str:
    err = proc.stderr.decode()
    assert proc.returncode != 0 and "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    return lines[0]


def test_nothing_readable(tmp_path: Path) -> None:
    proc = strife("batch", str(ARTICLES / "more" / "empty.txt"), "--out", str(tmp_path / "o"))
    assert proc.returncode == 2
    assert "nothing could be read from 1 input(s)" in one_line_error(proc)
    assert "empty.txt: the file is empty" in proc.stdout.decode()


def test_scheduler_and_workers_exclude_each_other(tmp_path: Path) -> None:
    proc = strife("batch", str(ARTICLES), "--out", str(tmp_path / "o"),
                  "--scheduler", "tcp://127.0.0.1:8786", "--workers", "2")  # fmt: skip
    assert "give one or the other" in one_line_error(proc)


def test_out_that_is_not_a_batch_directory(tmp_path: Path) -> None:
    (tmp_path / "o").mkdir()
    (tmp_path / "o" / "keep.txt").write_text("mine")
    proc = strife("batch", str(ARTICLES), "--out", str(tmp_path / "o"))
    assert "is not a strife batch directory" in one_line_error(proc)


def test_help_has_an_example() -> None:
    proc = strife("batch", "--help")
    assert proc.returncode == 0
    assert "Example: strife batch" in proc.stdout.decode()
