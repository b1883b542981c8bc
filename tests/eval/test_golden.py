"""The golden files in tests/data, run through ``strife eval gold`` with a floor per field.

Every ``*.gold.json`` beside its article in ``tests/data/articles`` (one behaviour each) and
``tests/data/devset`` (analyst summaries and articles of every GTD attack type) is extracted by
the real pipeline and scored field by field. A field whose accuracy falls below its floor fails,
so a change that helps one article and breaks others shows up here. The floors are the figures
measured with ``strife eval gold tests/data/<set>/*.gold.json`` when they were set, less a small
margin for intentional trade-offs (tests/data/golden_floors.yaml); raise them when the figures
rise.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from strife.eval.gold import GoldReport, evaluate_files, format_report

DATA = Path(__file__).resolve().parents[1] / "data"

FLOORS: dict[str, Any] = yaml.safe_load((DATA / "golden_floors.yaml").read_text())


@pytest.fixture(scope="module")
def reports(extractor) -> dict[str, GoldReport]:
    found = {}
    for name in FLOORS:
        paths = sorted((DATA / name).glob("*.gold.json"))
        assert len(paths) >= 30, f"tests/data/{name} lost its gold files"
        found[name] = evaluate_files(paths, extractor)
    return found


def accuracy(report: GoldReport, field: str) -> float:
    if field == "all fields":
        return sum(report.correct.values()) / sum(report.total.values())
    return report.correct[field] / report.total[field]


@pytest.mark.parametrize(
    ("name", "field"), [(name, field) for name, spec in FLOORS.items() for field in spec["fields"]]
)
def test_field_holds_its_floor(reports, name: str, field: str) -> None:
    report = reports[name]
    assert field == "all fields" or report.total[field] > 0, f"{field} is never coded in {name}"
    got = accuracy(report, field)
    floor = FLOORS[name]["fields"][field]
    assert got >= floor, (
        f"{name}: {field} {100 * got:.1f}% is below its floor "
        f"{100 * floor:.0f}%\n{format_report(report, verbose=True)}"
    )


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_incidents_are_found_and_none_invented(reports, name: str) -> None:
    report = reports[name]
    assert report.found_incidents >= report.gold_incidents - FLOORS[name].get("max_missed", 1)
    assert report.spurious_incidents <= FLOORS[name]["max_spurious"]
