"""``strife eval alerts``: strife's method and the percentage rule on generated histories.

For each method: precision (alerts that fall in a spike episode), recall (episodes with an
alert at or before their peak), the median lead time (periods from the first alert to the
peak; 0 = on the peak), false alarms per 100 area-periods outside the spikes, and the same rate
on the histories without spikes (the "data as it is" of the acceptance).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass

import numpy as np

from strife.eval.alert_histories import Histories, generate
from strife.watch.method import BASELINE_METHOD, METHOD, Judged, nb_tail, percent_rule

Judge = Callable[[np.ndarray], Judged]
METHODS: dict[str, Judge] = {
    METHOD: nb_tail,
    BASELINE_METHOD: percent_rule,  # Trendfinder-like: +100% on the last 4 weeks' mean
    # The same rule made as strict as strife's method is, to compare recall at similar
    # false-alarm rates.
    f"{BASELINE_METHOD} +400%": lambda counts: percent_rule(counts, rise=4.0),
}


@dataclass(frozen=True)
class AlertScores:
    method: str
    alerts: int
    precision: float
    recall: float
    recall_single_week: float
    median_lead: float | None
    false_alarms_per_100: float
    false_alarms_per_100_without_spikes: float

    def as_json(self) -> dict[str, object]:
        return asdict(self)


def _alerts(judge: Judge, counts: np.ndarray) -> np.ndarray:
    return np.stack([judge(row).alert for row in counts])


def score_method(name: str, judge: Judge, h: Histories) -> AlertScores:
    alerts = _alerts(judge, h.counts)
    mask = h.spike_mask
    hits = int((alerts & mask).sum())
    total = int(alerts.sum())
    leads = []
    single = [alerts[s.area, s.peak] for s in h.spikes if s.onset == s.peak]
    for s in h.spikes:
        fired = np.nonzero(alerts[s.area, s.onset : s.peak + 1])[0]
        if len(fired):
            leads.append(s.peak - (s.onset + int(fired[0])))
    quiet = alerts & ~mask
    null = _alerts(judge, h.clean)
    return AlertScores(
        method=name,
        alerts=total,
        precision=round(hits / total, 3) if total else 0.0,
        recall=round(len(leads) / len(h.spikes), 3) if h.spikes else 0.0,
        recall_single_week=round(float(np.mean(single)), 3) if single else 0.0,
        median_lead=float(np.median(leads)) if leads else None,
        false_alarms_per_100=round(float(100 * quiet.sum() / max(1, (~mask).sum())), 2),
        false_alarms_per_100_without_spikes=round(float(100 * null.sum() / null.size), 2),
    )


def evaluate_alerts(seed: int = 1, areas: int = 80, periods: int = 156) -> list[AlertScores]:
    histories = generate(seed, areas, periods)
    return [score_method(name, judge, histories) for name, judge in METHODS.items()]
