"""``Alert``: one area and period whose incidents rose beyond what its own past predicts.

The JSON line of ``strife watch --format json`` and ``GET /api/alerts`` (schema.md "Datasets
in, alerts out"); ``series`` (the area's recent periods, for the dashboard's small chart) is
left out of the CLI's lines.
"""

from __future__ import annotations

from datetime import date

from pydantic import Field

from strife.models import Record


class SeriesPoint(Record):
    period_start: date
    observed: int
    expected: float


class Alert(Record):
    area: str
    area_code: str
    level: str = Field(description="the area's level: country or admin1")
    period: str = Field(description="week or month")
    period_start: date
    period_end: date
    observed: int
    expected: float
    deaths: int
    expected_deaths: float
    score: float = Field(description="-log10 of the chance of so many incidents or more")
    method: str
    documents: int = Field(description="news documents among the sources of these incidents")
    expected_documents: float
    coverage_surge: bool = Field(
        description="documents per incident rose far above the area's norm: part of the rise "
        "may be a burst of coverage rather than of violence"
    )
    incidents: list[str]
    series: list[SeriesPoint] = Field(default_factory=list)

    @property
    def id(self) -> str:
        return f"{self.level}:{self.area_code}:{self.period}:{self.period_start}:{self.method}"

    def line(self) -> dict[str, object]:
        """The CLI's JSON line: every field but the chart series."""
        return self.model_dump(mode="json", exclude={"series"})
