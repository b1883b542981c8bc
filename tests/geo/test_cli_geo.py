"""``strife geoparse`` and ``strife eval geo`` from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from strife.cli import app

ARTICLE = (
    "Bank raid in western Kazakhstan\n\n"
    "Gunmen stormed a bank in the western oil town of Atyrau on Saturday, police said. "
    "Two guards were wounded.\n"
)
CORPUS = Path(__file__).parent / "data" / "mini_lgl.xml"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE)
    return path


def lines(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_geoparse_prints_one_line_per_document(runner, article, tmp_path):
    jsonl = tmp_path / "docs.jsonl"
    jsonl.write_text(
        json.dumps({"id": "d1", "text": "Police in Taraz arrested two men."}) + "\n"
        + json.dumps({"id": "d2", "text": "Nothing happened today."}) + "\n"
    )
    result = runner.invoke(app, ["geoparse", str(article), str(jsonl)])
    assert result.exit_code == 0, result.output
    first, second, third = lines(result.output)
    assert len(first["id"]) == 64  # sha256 of a plain-text article
    atyrau = next(p for p in first["places"] if p["text"] == "Atyrau")
    assert set(atyrau) >= {"text", "start", "end", "name", "geonames_id", "lat", "lon",
                           "country_code", "admin1"}
    assert atyrau["geonames_id"] == 610529
    assert ARTICLE[atyrau["start"] : atyrau["end"]] == "Atyrau"
    assert second == {"id": "d1", "places": [second["places"][0]]}
    assert second["places"][0]["geonames_id"] == 1516905
    assert third == {"id": "d2", "places": []}


def test_geoparse_with_toponyms_resolves_exactly_those_spans(runner, tmp_path):
    text = "Police in Taraz arrested two men from Qwertyvale and Atyrau."
    docs = tmp_path / "docs.jsonl"
    docs.write_text(json.dumps({"id": "d1", "text": text}) + "\n")
    spans = [(text.index(w), text.index(w) + len(w)) for w in ("Atyrau", "Qwertyvale")]
    toponyms = tmp_path / "spans.jsonl"
    toponyms.write_text(
        json.dumps({"id": "d1", "spans": [{"start": s, "end": e} for s, e in spans]}) + "\n"
    )
    result = runner.invoke(app, ["geoparse", str(docs), "--toponyms", str(toponyms)])
    assert result.exit_code == 0, result.output
    (line,) = lines(result.output)
    assert [(p["start"], p["end"]) for p in line["places"]] == spans
    assert [p["geonames_id"] for p in line["places"]] == [610529, None]
    assert line["places"][1]["name"] == "Qwertyvale"


@pytest.mark.parametrize(
    ("toponyms", "message"),
    [
        ('{"id": "other", "spans": []}', "no line has the id"),
        ("{not json", "not valid JSON"),
        ('{"id": "d1", "spans": [{"start": "x"}]}', "expected"),
        ('{"id": "d1", "spans": [{"start": 5, "end": 500}]}', "outside the text"),
    ],
)
def test_bad_toponyms_file_is_a_one_line_error(runner, tmp_path, toponyms, message):
    docs = tmp_path / "docs.jsonl"
    docs.write_text(json.dumps({"id": "d1", "text": "Police in Taraz arrested two men."}) + "\n")
    spans = tmp_path / "spans.jsonl"
    spans.write_text(toponyms + "\n")
    result = runner.invoke(app, ["geoparse", str(docs), "--toponyms", str(spans)])
    assert result.exit_code != 0
    err = result.stderr if hasattr(result, "stderr") else result.output
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_geoparse_of_a_missing_file_fails_in_one_line(runner, tmp_path):
    result = runner.invoke(app, ["geoparse", str(tmp_path / "absent.txt")])
    assert result.exit_code == 2
    assert "no such file" in result.output
    assert "Traceback" not in result.output


def test_eval_geo_prints_the_figures(runner):
    result = runner.invoke(app, ["eval", "geo", str(CORPUS)])
    assert result.exit_code == 0, result.output
    assert "accuracy within 161 km: 100.0%" in result.output
    assert "exact GeoNames id:      100.0%" in result.output
    assert "recall within 161 km: 100.0%" in result.output
    assert "median error" in result.output


def test_eval_geo_json_and_limit(runner):
    result = runner.invoke(app, ["eval", "geo", str(CORPUS), "--limit", "1", "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["articles"] == 1 and scores["toponyms"] == 2


def test_eval_geo_on_a_non_corpus_fails_in_one_line(runner, article):
    result = runner.invoke(app, ["eval", "geo", str(article)])
    assert result.exit_code == 2
    assert "not a readable XML corpus" in result.output
