"""Bad input gets one clear line on stderr and a non-zero exit, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

STRIFE = [sys.executable, "-m", "strife"]


def strife(*args: str, stdin: bytes | None = None, cwd: Path | None = None):
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    return subprocess.run(
        [*STRIFE, *args], input=stdin, capture_output=True, cwd=cwd, env=env, timeout=120
    )


def assert_one_line_error(proc, *fragments: str) -> None:
    err = proc.stderr.decode()
    assert proc.returncode != 0
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    for fragment in fragments:
        assert fragment in lines[0]


@pytest.fixture()
def files(tmp_path: Path) -> dict[str, Path]:
    made = {
        "empty": tmp_path / "empty.txt",
        "blank": tmp_path / "blank.txt",
        "binary": tmp_path / "image.txt",
        "latin1": tmp_path / "latin1.txt",
        "french": tmp_path / "french.txt",
        "html_junk": tmp_path / "junk.html",
        "bad_jsonl": tmp_path / "bad.jsonl",
    }
    made["empty"].write_bytes(b"")
    made["blank"].write_text("   \n\n  \n")
    made["binary"].write_bytes(bytes(range(256)) * 40)
    made["latin1"].write_bytes("Des hommes armés ont tué".encode("latin-1") + b"\xe9\xe8" * 30)
    made["french"].write_text(
        "Des hommes armés ont attaqué un poste de police dans la ville mardi soir, tuant deux "
        "agents et blessant trois autres personnes, selon les autorités locales qui enquêtent."
    )
    made["html_junk"].write_text("<html><head><script>var a=1;</script></head><body>"
                                 "<div><a href='/'>Home</a></div></body></html>")
    made["bad_jsonl"].write_text(
        '{"id": "a", "text": "Gunmen killed two police officers in Kabul on Monday."}\n'
        "{not json\n"
    )
    return made


@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        ("empty", "empty"),
        ("blank", "empty"),
        ("binary", "binary"),
        ("latin1", "UTF-8"),
        ("french", "English"),
        ("html_junk", "no article text"),
        ("bad_jsonl", "not valid JSON"),
    ],
)
def test_extract_refuses_bad_input(files, name, fragment):
    assert_one_line_error(strife("extract", str(files[name])), fragment)


def test_missing_file():
    assert_one_line_error(strife("extract", "/no/such/article.txt"), "no such file")


def test_bad_published_date(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Gunmen killed two police officers in Kabul on Monday, officials said.")
    proc = strife("extract", str(article), "--published", "13/11/2011")
    assert_one_line_error(proc, "YYYY-MM-DD")


def test_empty_stdin():
    assert_one_line_error(strife("extract", "-", stdin=b""), "empty")


@pytest.mark.parametrize(
    "url", ["nosuchdb://x", "postgresql+psycopg://nobody@127.0.0.1:1/none", "sqlite:////no/such/dir/x.db"]
)
def test_bad_db_url_leaves_no_store(tmp_path, url):
    article = tmp_path / "a.txt"
    article.write_text("Gunmen killed two police officers in Kabul on Monday, officials said.")
    assert_one_line_error(strife("ingest", str(article), "--db", url))
    assert_one_line_error(strife("stats", "--db", url))
