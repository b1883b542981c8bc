"""MUC-4 corpus files: both shapes, docids, pooling, predictions from results, templates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from strife.errors import EvaluationError
from strife.eval import templates
from strife.eval.muc4 import (
    MucTemplate,
    read_corpus,
    result_roles,
    result_templates,
    scorer_docid,
)
from strife.models import Document, Incident, Result, Roles

TEXT = "guerrillas attacked the farm with a car bomb . the fmln claimed it ."


def _write(tmp_path: Path, records: list[dict]) -> Path:
    path = tmp_path / "muc.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_reads_grit_extracts(tmp_path: Path) -> None:
    path = _write(tmp_path, [{
        "docid": "TST1-MUC3-0001", "doctext": TEXT,
        "extracts": {"PerpInd": [[["guerrillas", 0]]], "PerpOrg": [], "Target": [],
                     "Victim": [], "Weapon": [[["car bomb", 37], ["bomb", 41]]]},
    }])
    (doc,) = read_corpus(path)
    assert doc.templates is None
    assert doc.roles["Weapon"] == [["car bomb", "bomb"]]
    assert doc.roles["PerpInd"] == [["guerrillas"]]


def test_templates_pool_per_role_without_duplicates(tmp_path: Path) -> None:
    farm = [["farm", 30]]
    path = _write(tmp_path, [{
        "docid": "TST2-MUC4-0007", "doctext": TEXT,
        "templates": [
            {"incident_type": "attack", "PerpInd": [[["guerrillas", 0]]], "Target": [farm]},
            {"incident_type": "bombing", "PerpInd": [[["guerrillas", 0]]], "Target": [farm],
             "Weapon": [[["car bomb", 37]]]},
        ],
    }])
    (doc,) = read_corpus(path)
    assert doc.roles["PerpInd"] == [["guerrillas"]]
    assert doc.roles["Weapon"] == [["car bomb"]]
    assert [t.incident_type for t in doc.templates or []] == ["attack", "bombing"]


@pytest.mark.parametrize(
    "line",
    ['{"docid": "X", "doctext": "t"}', "not json", '{"doctext": "t", "extracts": {}}',
     '{"docid": "X", "doctext": "t", "extracts": {"PerpInd": "guerrillas"}}'],
)
def test_malformed_lines_raise_evaluation_error(tmp_path: Path, line: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(EvaluationError):
        read_corpus(path)


def test_scorer_docids() -> None:
    assert scorer_docid("TST3-MUC4-0001") == "30001"
    assert scorer_docid("TST1-MUC3-0100") == "10100"
    assert scorer_docid("DEV-MUC3-0042") == "0042"


def _result(*incidents: Incident) -> Result:
    return Result(document=Document(id="d", text=TEXT), incidents=list(incidents))


def test_prediction_is_first_mention_of_each_entity_pooled() -> None:
    a = Incident(id="a", attack_types=["Bombing/Explosion"],
                 roles=Roles(PerpInd=[["guerrillas", "they"]], Weapon=[["car bomb"]]))
    b = Incident(id="b", attack_types=["Armed Assault"],
                 roles=Roles(PerpInd=[["guerrillas"]], Target=[["the farm"]]))
    roles = result_roles(_result(a, b))
    assert roles["PerpInd"] == [["guerrillas"]]
    assert roles["Target"] == [["the farm"]]
    assert [t.incident_type for t in result_templates(_result(a, b))] == ["bombing", "attack"]


def test_template_scorer_aligns_and_scores_types() -> None:
    gold = [MucTemplate("bombing", {"Weapon": [["car bomb"]], "PerpInd": [["guerrillas"]]}),
            MucTemplate("attack / bombing", {"Target": [["farm"]]})]
    predicted = [MucTemplate("attack", {"Target": [["the farm"]]}),
                 MucTemplate("bombing", {"Weapon": [["bomb"]], "PerpInd": [["guerrillas"]]})]
    counts = templates.score_document(predicted, gold)
    assert counts["incident_type"].matched == 2
    assert counts["Target"].matched == 1
    assert (counts["Weapon"].matched, counts["Weapon"].predicted) == (0, 1)
    assert counts["PerpInd"].matched == 1
