"""``strife eval alerts``: strife's method against the percentage rule on generated histories
(seeds other than the calibration ones)."""

from __future__ import annotations

from strife.eval.alerts import evaluate_alerts
from strife.watch.method import BASELINE_METHOD, METHOD


def test_the_method_beats_the_percentage_rule_both_ways():
    scores = {s.method: s for s in evaluate_alerts(seed=21, areas=60, periods=156)}
    ours, loose, strict = (
        scores[METHOD], scores[BASELINE_METHOD], scores[f"{BASELINE_METHOD} +400%"]
    )
    # Fewer false alarms than the +100% rule, more spikes found than the rule made as strict.
    assert ours.false_alarms_per_100_without_spikes < loose.false_alarms_per_100_without_spikes / 2
    assert ours.recall > strict.recall + 0.2 and ours.recall >= 0.8
    assert ours.precision > loose.precision
