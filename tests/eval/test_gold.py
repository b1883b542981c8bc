"""``strife eval gold``: field checks, accept lists, incident alignment and split incidents."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from strife.errors import EvaluationError
from strife.eval.gold import GoldReport, format_report, load_gold, score_file
from strife.models import Count, DateRange, Incident, Location, Perpetrator, Roles

SEED = Path("taraz-2011-11-13.gold.json")  # the name scores are reported under


def _day(text: str) -> DateRange:
    d = date.fromisoformat(text)
    return DateRange(start=d, end=d, precision="day")


def _taraz(**changes: object) -> Incident:
    base = Incident(
        id="t", date=_day("2011-11-12"),
        location=Location(city="Taraz", country_code="KZ", lat=42.9, lon=71.37),
        attack_types=["Armed Assault"], target_types=["Police", "Business"],
        weapon_types=["Firearms", "Explosives"],
        perpetrators=[Perpetrator(name="Kariyev", kind="individual")],
        killed=Count(total=8, perpetrators=1), wounded=Count(), suicide=True,
        roles=Roles(PerpInd=[["Kariyev"]], Weapon=[["a grenade launcher"]]),
    )
    return base.model_copy(update=changes)


def _atyrau() -> Incident:
    return Incident(
        id="a", date=DateRange(start=date(2011, 10, 25), end=date(2011, 10, 31),
                               precision="approximate"),
        location=Location(city="Atyrau", country_code="KZ", lat=47.1, lon=51.9),
        attack_types=["Bombing/Explosion"], weapon_types=["Explosives"],
        perpetrators=[Perpetrator(name="Jund al-Khilafah", kind="group", claimed=True)],
        claimed_by=["the Jund al-Khilafah group"], killed=Count(total=1, perpetrators=1),
        suicide=False,
    )


@pytest.fixture
def seed(shared_path) -> dict:
    return load_gold(shared_path("seed/taraz-2011-11-13.gold.json"))


def _score(gold: dict, predicted: list[Incident]) -> GoldReport:
    report = GoldReport()
    score_file(SEED, gold, predicted, report)
    return report


def test_right_coding_scores_every_field(seed: dict) -> None:
    # given in the other order: alignment must pair them by date and place
    report = _score(seed, [_atyrau(), _taraz()])
    wrong = [(m.incident, m.field) for m in report.mismatches]
    assert wrong == []
    assert report.found_incidents == 2 and report.spurious_incidents == 0
    assert report.total["location"] == 2 and report.total["claimed_by"] == 2


def test_accept_list_and_must_list(seed: dict) -> None:
    # Business is accepted for Taraz; Police is a must, so dropping it is wrong
    ok = _score(seed, [_taraz(target_types=["Police", "Business"]), _atyrau()])
    assert "target_types" not in {m.field for m in ok.mismatches}
    bad = _score(seed, [_taraz(target_types=["Business"]), _atyrau()])
    assert [m.field for m in bad.mismatches] == ["target_types"]
    outside = _score(seed, [_taraz(attack_types=["Armed Assault", "Unknown"]), _atyrau()])
    assert [m.field for m in outside.mismatches] == ["attack_types"]


def test_location_outside_max_error_and_wrong_counts(seed: dict) -> None:
    bishkek = Location(city="Bishkek", country_code="KG", lat=42.87, lon=74.59)
    report = _score(seed, [_taraz(location=bishkek, killed=Count(total=7, perpetrators=1)),
                           _atyrau()])
    assert {m.field for m in report.mismatches} == {"location", "city", "country",
                                                    "killed.total"}


def test_split_incidents_add_up_when_gold_accepts_a_split(seed: dict) -> None:
    first = _taraz(killed=Count(total=2, perpetrators=0))
    rest = _taraz(id="t2", killed=Count(total=6, perpetrators=1),
                  attack_types=["Bombing/Explosion"])
    report = _score(seed, [first, rest, _atyrau()])
    assert report.spurious_incidents == 0
    assert "killed.total" not in {m.field for m in report.mismatches}
    assert report.correct["killed.perpetrators"] == 2


def test_missing_incident_makes_its_fields_wrong_and_extra_is_spurious(seed: dict) -> None:
    stray = Incident(id="x", date=_day("2011-01-01"), attack_types=["Hijacking"])
    report = _score(seed, [_taraz(), stray])
    assert report.found_incidents == 1 and report.spurious_incidents == 1
    assert {m.incident for m in report.mismatches} == {"Atyrau blasts"}
    assert "accuracy" in format_report(report) and "Atyrau blasts" in format_report(report, True)


def test_malformed_gold_file(tmp_path: Path) -> None:
    bad = tmp_path / "x.gold.json"
    bad.write_text(json.dumps({"incidents": "none"}), encoding="utf-8")
    with pytest.raises(EvaluationError):
        load_gold(bad)


def test_cli_gold_runs_pipeline_on_article_beside_gold(tmp_path: Path) -> None:
    from strife.cli import app

    (tmp_path / "a.txt").write_text(
        "Bomb in Kabul\n\nA bomb exploded in Kabul on Monday, killing two people.\n",
        encoding="utf-8")
    gold = {"incidents": [{"label": "Kabul bomb", "attack_types": {"must": [
        "Bombing/Explosion"]}, "killed": {"total": 2}}]}
    (tmp_path / "a.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "gold", str(tmp_path / "a.gold.json"), "-v"])
    assert result.exit_code == 0, result.output
    assert "attack_types" in result.output and "killed.total" in result.output
    missing = CliRunner().invoke(app, ["eval", "gold", str(tmp_path / "none.gold.json")])
    assert missing.exit_code != 0


def test_aliases_and_accepted_counts_count_as_right(seed: dict) -> None:
    gold = json.loads(json.dumps(seed))
    atyrau = next(i for i in gold["incidents"] if i.get("label") == "Atyrau blasts")
    atyrau["perpetrators"]["aliases"] = ["Soldiers of the Caliphate"]
    atyrau["killed"]["accept_total"] = [2]
    renamed = _atyrau().model_copy(update={
        "perpetrators": [Perpetrator(name="Soldiers of the Caliphate", kind="group")],
        "claimed_by": ["Soldiers of the Caliphate"], "killed": Count(total=2, perpetrators=1)})
    report = _score(gold, [_taraz(), renamed])
    wrong = {m.field for m in report.mismatches if m.incident == "Atyrau blasts"}
    assert not wrong & {"perpetrators.groups", "claimed_by", "killed.total"}
    other = renamed.model_copy(update={"killed": Count(total=3, perpetrators=1)})
    assert "killed.total" in {m.field for m in _score(gold, [_taraz(), other]).mismatches}


def test_refused_article_is_scored_as_nothing_found(tmp_path: Path) -> None:
    from strife.eval.gold import evaluate_files

    (tmp_path / "a.txt").write_text("Der Anschlag in der Stadt forderte viele Opfer und "
                                    "die Polizei sucht nach den Tätern in der ganzen Region.\n",
                                    encoding="utf-8")
    gold = {"incidents": [{"label": "x", "killed": {"total": 2}}]}
    (tmp_path / "a.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    report = evaluate_files([tmp_path / "a.gold.json"], extractor=_NoCalls())
    assert len(report.refused) == 1 and report.found_incidents == 0
    assert report.total["killed.total"] == 1 and report.correct["killed.total"] == 0


class _NoCalls:
    def extract_many(self, documents):  # a refused article never reaches the extractor
        assert list(documents) == []
        return iter(())
