"""A JSON Lines batch never sinks on one bad line: refused lines are reported, the rest run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_errors import assert_one_line_error, strife

LINES = [
    {"id": "a", "text": "Gunmen killed two police officers in Kandahar on Monday."},
    {"id": "b", "text": "Des hommes armés ont tué deux policiers à Kaboul lundi soir."},
    "{not json",
    {"id": "c", "text": "Rioters blocked the road to the airport near Kisumu on Tuesday."},
    {"id": "d", "text": "Вооружённые люди убили двух полицейских в Кабуле."},
    {"id": "e", "text": "A bomb exploded at a market in Quetta, wounding five people."},
]


@pytest.fixture()
def batch(tmp_path: Path) -> Path:
    path = tmp_path / "notes.jsonl"
    path.write_text(
        "".join((line if isinstance(line, str) else json.dumps(line, ensure_ascii=False)) + "\n"
                for line in LINES),
        encoding="utf-8",
    )
    return path


def test_refused_lines_reported_rest_extracted(batch: Path) -> None:
    proc = strife("extract", str(batch), "--format", "jsonl")
    assert proc.returncode == 3
    err = proc.stderr.decode()
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 3, err
    assert f"{batch}:2: " in lines[0] and "French" in lines[0]
    assert f"{batch}:3: " in lines[1] and "not valid JSON" in lines[1]
    assert f"{batch}:5: " in lines[2] and "Cyrillic" in lines[2]
    out = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert [r["document"]["id"] for r in out] == ["a", "c", "e"]
    assert out[0]["incidents"][0]["killed"]["total"] == 2


def test_strict_is_all_or_nothing(batch: Path) -> None:
    proc = strife("extract", str(batch), "--format", "jsonl", "--strict")
    assert_one_line_error(proc, f"{batch}:2:", "and 2 more")
    assert proc.returncode == 2
    assert proc.stdout == b""


def test_all_refused_is_an_error_listing_each(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text("{oops\n[1, 2]\n", encoding="utf-8")
    proc = strife("extract", str(path))
    err = [line for line in proc.stderr.decode().splitlines() if line.strip()]
    assert proc.returncode == 2
    assert len(err) == 2 and f"{path}:1:" in err[0] and f"{path}:2:" in err[1]
    assert "none of the 2 documents" in err[1]


def test_ingest_lists_refused_lines_with_numbers_and_reasons(batch: Path, tmp_path: Path
                                                             ) -> None:
    proc = strife("ingest", str(batch), "--db", f"sqlite:///{tmp_path / 's.db'}")
    out = proc.stdout.decode()
    assert "3 failed" in out
    assert f"failed: {batch}:2: " in out and "French" in out
    assert f"failed: {batch}:3: " in out and "not valid JSON" in out
    assert f"failed: {batch}:5: " in out and "Cyrillic" in out
    assert "Traceback" not in proc.stderr.decode()
