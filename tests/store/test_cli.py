"""``strife ingest / export / stats`` on both backends, with a stand-in extractor so that these
tests do not depend on the NLP pipeline (tests/ingest/test_resumable.py runs the real one)."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from strife.cli import app
from strife.cli.common import Services
from strife.models import Document, Incident, Result

ARTICLES = {
    "taraz.txt": "Gunman kills seven in Taraz\n\nTARAZ, Kazakhstan — A gunman killed seven people "
    "on Saturday, police said.\n",
    "atyrau.txt": "Blast in Atyrau\n\nATYRAU, Kazakhstan — A bomb exploded near offices on "
    "Monday, killing one person, officials said.\n",
    "bishkek.txt": "Kidnapping in Bishkek\n\nBISHKEK, Kyrgyzstan — Armed men seized a "
    "businessman on Friday, police said.\n",
}
PLACES = {
    "Taraz": ("KZ", "Kazakhstan", "Armed Assault", "2011-11-12"),
    "Atyrau": ("KZ", "Kazakhstan", "Bombing/Explosion", "2011-10-31"),
    "Bishkek": ("KG", "Kyrgyzstan", "Hostage Taking (Kidnapping)", "2011-11-04"),
}


class StandInExtractor:
    """One incident per article, placed in the city its title names."""

    def extract_many(self, documents: Iterable[Document]) -> Iterator[Result]:
        for doc in documents:
            city = next(c for c in PLACES if c in (doc.title or ""))
            code, country, attack, day = PLACES[city]
            incident = Incident.model_validate(
                {
                    "id": f"{doc.id[:12]}-1",
                    "date": {"start": day, "end": day, "precision": "day"},
                    "location": {
                        "name": city,
                        "city": city,
                        "country": country,
                        "country_code": code,
                        "lat": 43.0,
                        "lon": 71.0,
                    },
                    "attack_types": [attack],
                    "summary": doc.title,
                }
            )
            yield Result(document=doc, incidents=[incident])


@pytest.fixture
def extractor_loads() -> list[int]:
    """Counts how often ``strife ingest`` builds its extractor (handed in, see ``strife``)."""
    return []


@pytest.fixture
def strife(extractor_loads: list[int], never_merge: Any) -> Callable[..., Any]:
    """Runs the CLI with a stand-in extractor passed in as the click context's services."""

    def make() -> StandInExtractor:
        extractor_loads.append(1)
        return StandInExtractor()

    services = Services(make_extractor=make, merger=never_merge)
    return lambda *args: CliRunner().invoke(app, list(args), obj=services)


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    (folder / "more").mkdir(parents=True)
    for name, text in ARTICLES.items():
        (folder / ("more" if name == "bishkek.txt" else "") / name).write_text(text)
    (folder / "copy-of-taraz.txt").write_text(ARTICLES["taraz.txt"])
    return folder


def one_error_line(res: Any) -> str:
    assert res.exit_code != 0
    assert "Traceback" not in res.output + res.stderr
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("strife: error: "), res.stderr
    return lines[0]


def test_ingest_twice_stores_once_and_exports_once(
    articles: Path, store_url: str, extractor_loads: list[int],
    strife: Callable[..., Any],
) -> None:
    first = strife("ingest", str(articles), "--db", store_url)
    assert first.exit_code == 0, first.output + first.stderr
    assert "read 4 document(s): 3 stored, 1 skipped as duplicate, 0 failed" in first.output
    assert "incidents: 3 new, 0 merged" in first.output
    assert "Taraz" in first.output and "database: " in first.output
    second = strife("ingest", str(articles), "--db", store_url)
    assert second.exit_code == 0
    assert "read 4 document(s): 0 stored, 4 skipped as duplicate" in second.output
    assert extractor_loads == [1]  # nothing new: the model was not even loaded the second time
    stats = strife("stats", "--db", store_url, "--format", "json")
    assert json.loads(stats.stdout) == {"documents": 3, "incidents": 3, "sources": 3}
    export = strife("export", "--db", store_url, "--format", "gtd-csv")
    rows = list(csv.DictReader(io.StringIO(export.stdout)))
    assert sorted(r["city"] for r in rows) == ["Atyrau", "Bishkek", "Taraz"]


def test_export_filters_and_files(
    articles: Path, store_url: str, tmp_path: Path, extractor_loads: list[int],
    strife: Callable[..., Any],
) -> None:
    assert strife("ingest", str(articles), "--db", store_url).exit_code == 0

    def cities(*args: str) -> list[str]:
        res = strife("export", "--db", store_url, "--format", "jsonl", *args)
        assert res.exit_code == 0, res.stderr
        return sorted(json.loads(line)["location"]["city"] for line in res.stdout.splitlines())

    assert cities("--country", "KZ") == ["Atyrau", "Taraz"]
    assert cities("--country", "Kyrgyzstan") == ["Bishkek"]
    assert cities("--attack-type", "bombing/explosion") == ["Atyrau"]
    assert cities("--from", "2011-11-01", "--to", "2011-11-10") == ["Bishkek"]
    out = tmp_path / "all.parquet"
    res = strife("export", "--db", store_url, "--format", "parquet", "--out", str(out))
    assert res.exit_code == 0 and "exported 3 incident(s)" in res.stderr
    assert out.stat().st_size > 0
    assert "not a GTD attack type" in one_error_line(
        strife("export", "--db", store_url, "--attack-type", "Drone strike")
    )


def test_some_unreadable_documents_are_listed_and_the_rest_stored(
    articles: Path, sqlite_url: str, extractor_loads: list[int],
    strife: Callable[..., Any],
) -> None:
    (articles / "empty.txt").write_text("")
    (articles / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    res = strife("ingest", str(articles), "--db", sqlite_url)
    assert res.exit_code == 0
    assert "3 stored" in res.output and "2 failed" in res.output
    assert "empty.txt: the file is empty" in res.output
    assert "image.txt: this is a binary file" in res.output


def test_nothing_readable_fails_and_creates_no_database(
    tmp_path: Path, extractor_loads: list[int],
    strife: Callable[..., Any],
) -> None:
    db = tmp_path / "new.db"
    res = strife("ingest", str(tmp_path / "missing.txt"), "--db", f"sqlite:///{db}")
    assert "nothing could be read" in one_error_line(res)
    assert "missing.txt: no such file" in res.output
    assert not db.exists()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["ingest", "{articles}", "--db", "postgresql://nohost.invalid/x"], "cannot open"),
        (["ingest", "{articles}", "--db", "foo://"], "cannot store in 'foo'"),
        (["ingest", "{articles}", "--db", "sqlite:////no/such/dir/x.db"], "does not exist"),
        (["ingest", "{articles}", "--db", "{db}", "--published", "2011-13-45"], "not a date"),
        (["export", "--db", "{db}", "--from", "yesterday"], "not a date"),
        (
            ["export", "--db", "{db}", "--format", "parquet", "--out", "/no/such/dir/x"],
            "does not exist",
        ),
        (["stats", "--db", "{tmp}/absent.db"], "no strife database"),
        (["stats", "--db", "postgresql://strife:wrong@127.0.0.1:1/x"], "cannot open"),
    ],
)
def test_errors_are_one_line_and_leave_the_store_untouched(
    args: list[str], message: str, articles: Path, tmp_path: Path, extractor_loads: list[int],
    strife: Callable[..., Any],
) -> None:
    db = tmp_path / "store.db"
    assert strife("ingest", str(articles / "taraz.txt"), "--db", f"sqlite:///{db}").exit_code == 0
    before = digest(db)
    values = {"articles": str(articles), "db": f"sqlite:///{db}", "tmp": str(tmp_path)}
    res = strife(*(a.format(**values) for a in args))
    assert message in one_error_line(res)
    assert digest(db) == before
    assert not (tmp_path / "absent.db").exists()
