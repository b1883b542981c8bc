"""``strife eval merge``: the shipped pair set, the scoring of decisions, and the command."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from strife.cli import merge_cmd
from strife.errors import EvaluationError
from strife.eval.merge import evaluate, load_hand_coded, load_pairs, sweep
from strife.models import Document, Result

DATA = Path(__file__).resolve().parents[1] / "data" / "merge"
PAIRS = DATA / "pairs.jsonl"
INCIDENTS = DATA / "incidents.jsonl"


def test_the_shipped_set_is_large_and_varied() -> None:
    pairs = load_pairs(PAIRS)
    assert len(pairs) >= 40
    assert len({p.id for p in pairs}) == len(pairs)
    same = sum(p.same for p in pairs)
    assert 15 <= same <= len(pairs) - 15
    countries = {line["location"]["country_code"]
                 for line in map(json.loads, INCIDENTS.read_text().splitlines())
                 for line in line["incidents"]}
    assert len(countries) >= 15
    assert all(p.a.published and p.b.published for p in pairs)


def test_merging_alone_reaches_the_target_on_hand_coded_incidents() -> None:
    report = evaluate(load_pairs(PAIRS), load_hand_coded(INCIDENTS))
    assert report.scores.f1 >= 0.9, [m.pair.id for m in report.mistakes]
    # The threshold matters: matching everything or nothing scores far lower.
    (_, everything), (_, nothing) = sweep(report, [0.0, 1.01])
    assert everything.f1 < 0.75 and nothing.f1 == 0.0


class NoIncidents:
    def extract_many(self, documents: Iterable[Document]) -> Iterator[Result]:
        for document in documents:
            yield Result(document=document)


def test_a_pair_without_incidents_is_predicted_different_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "pairs.jsonl"
    path.write_text(PAIRS.read_text().splitlines()[0] + "\n")
    report = evaluate(load_pairs(path), NoIncidents())
    assert (report.scores.tp, report.scores.fn) == (0, 1)
    assert report.mistakes[0].incidents_a == 0


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "not JSON"),
        ('{"id": "x", "a": {"text": "t"}, "b": {"text": "t"}}', "boolean 'same'"),
        ('{"id": "x", "a": {"text": "t"}, "b": {}, "same": true}', "(a): too little text"),
        ('{"id": "x", "a": {"text": "Gunmen attacked a police post."}, "b": {}, "same": true}',
         "(b)"),
        ('{"id": "x", "a": {"text": "t", "published": "May 3"}, "b": {"text": "t"}, "same": true}',
         "YYYY-MM-DD"),
    ],
)
def test_a_malformed_line_names_itself(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "pairs.jsonl"
    path.write_text(line + "\n")
    with pytest.raises(EvaluationError, match=r"pairs\.jsonl:1") as caught:
        load_pairs(path)
    assert message in str(caught.value)


def _app() -> typer.Typer:
    app, eval_app = typer.Typer(), typer.Typer()
    app.add_typer(eval_app, name="eval")
    merge_cmd.register(app, eval_app)
    return app


def test_the_command_prints_the_figures_and_the_sweep() -> None:
    args = ["eval", "merge", str(PAIRS), "--incidents", str(INCIDENTS), "--sweep"]
    result = CliRunner().invoke(_app(), args)
    assert result.exit_code == 0, result.output
    assert "precision 1.000  recall 1.000  F1 1.000" in result.output
    assert "threshold  precision  recall  F1" in result.output


def test_the_command_reports_json_and_one_line_errors(tmp_path: Path) -> None:
    args = ["eval", "merge", str(PAIRS), "--incidents", str(INCIDENTS), "--threshold", "0.3",
            "--format", "json"]
    result = CliRunner().invoke(_app(), args)
    figures = json.loads(result.output)
    assert figures["pairs"] == len(load_pairs(PAIRS)) and figures["counts"]["fp"] > 0
    missing = CliRunner().invoke(_app(), ["eval", "merge", str(tmp_path / "none.jsonl")])
    assert missing.exit_code == 2


def test_the_command_runs_the_real_pipeline_end_to_end(tmp_path: Path) -> None:
    path = tmp_path / "pairs.jsonl"
    path.write_text("\n".join(PAIRS.read_text().splitlines()[:2]) + "\n")
    result = CliRunner().invoke(_app(), ["eval", "merge", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert figures["pairs"] == 2
    assert sum(figures["counts"].values()) == 2
