"""Series in, alerts out: every area judged in every period asked for.

The method (``strife.watch.method``) sees each area's whole series but uses, for period t,
only the periods before t; the periods asked for only select which decisions are reported.
Coverage: documents per incident in the period against the area's norm before it (an
exponentially weighted ratio); ``coverage_surge`` when it is ``COVERAGE_RATIO`` times the norm
or more, with at least ``MIN_DOCUMENTS`` documents.
"""

from __future__ import annotations

from datetime import date

import numpy as np

from strife.watch.alert import Alert, SeriesPoint
from strife.watch.method import METHOD, MONTHLY, WEEKLY, Judged, ewm_before, nb_tail
from strife.watch.periods import period_end
from strife.watch.series import Series

COVERAGE_RATIO = 2.0
MIN_DOCUMENTS = 3
CHART_PERIODS = 26


def judge_all(series: Series) -> list[Judged]:
    params = WEEKLY if series.period == "week" else MONTHLY
    return [nb_tail(row, params) for row in series.incidents]


def alerts_in(series: Series, first: date, last: date) -> list[Alert]:
    """Alerts for periods starting from ``first`` to ``last`` (both included), by period."""
    params = WEEKLY if series.period == "week" else MONTHLY
    wanted = [t for t, s in enumerate(series.starts) if first <= s <= last]
    found: list[Alert] = []
    for a, judged in enumerate(judge_all(series)):
        if not wanted or not judged.alert[wanted].any():
            continue
        deaths_sum, weights = ewm_before(series.deaths[a], params.half_life)
        docs_sum, _ = ewm_before(series.documents[a], params.half_life)
        inc_sum, _ = ewm_before(series.incidents[a], params.half_life)
        for t in wanted:
            if judged.alert[t]:
                found.append(_alert(series, a, t, judged, (deaths_sum, weights, docs_sum, inc_sum)))
    found.sort(key=lambda al: (al.period_start, -al.score, al.area_code))
    return found


def _alert(
    series: Series, a: int, t: int, judged: Judged,
    sums: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray],
) -> Alert:  # fmt: skip
    deaths_sum, weights, docs_sum, inc_sum = sums
    area = series.areas[a]
    observed = int(series.incidents[a, t])
    documents = int(series.documents[a, t])
    norm = (docs_sum[t] + 1.0) / (inc_sum[t] + 1.0)  # documents per incident before t
    expected_docs = float(docs_sum[t] / weights[t]) if weights[t] else 0.0
    surge = documents >= MIN_DOCUMENTS and documents / max(observed, 1) >= COVERAGE_RATIO * norm
    first = max(0, t - CHART_PERIODS + 1)
    return Alert(
        area=area.name, area_code=area.code, level=area.level, period=series.period,
        period_start=series.starts[t], period_end=period_end(series.starts[t], series.period),
        observed=observed, expected=round(float(judged.expected[t]), 2),
        deaths=int(series.deaths[a, t]),
        expected_deaths=round(float(deaths_sum[t] / weights[t]) if weights[t] else 0.0, 2),
        score=round(float(judged.score[t]), 2), method=METHOD, documents=documents,
        expected_documents=round(expected_docs, 2), coverage_surge=bool(surge),
        incidents=sorted(series.ids.get((a, t), [])),
        series=[
            SeriesPoint(period_start=series.starts[i], observed=int(series.incidents[a, i]),
                        expected=round(float(judged.expected[i]), 2))
            for i in range(first, t + 1)
        ],
    )  # fmt: skip
