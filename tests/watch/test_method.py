"""The alert method on series written in the test: spikes, sparse areas, first periods,
no look-ahead, and the percentage rule it is compared with."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from strife.watch.method import WEEKLY, baseline, nb_tail, percent_rule


def poisson(mean: float, n: int = 104, seed: int = 0) -> np.ndarray:
    return np.random.default_rng(seed).poisson(mean, n)


def test_a_spike_of_the_acceptance_size_alerts_in_that_week():
    # k = max(5, 3 x the mean) added to one week: a week whose own count was low can stay
    # within what the past allows, so the rate, not every case, is the test.
    for mean in (0.1, 0.5, 2.0, 10.0, 60.0):
        hits = []
        for seed in range(40):
            y = poisson(mean, seed=seed)
            y[80] += max(5, int(np.ceil(3 * mean)))
            hits.append(nb_tail(y).alert[80])
        assert np.mean(hits) >= 0.85, mean


def test_steady_series_rarely_alert():
    rates = [nb_tail(poisson(m, 156, seed)).alert.mean()
             for m in (0.1, 1.0, 5.0, 40.0) for seed in range(5)]  # fmt: skip
    assert np.mean(rates) < 0.02


def test_a_quiet_area_needs_several_incidents():
    y = np.zeros(60)
    y[50] = 2
    assert not nb_tail(y).alert[50]  # two incidents are not a spike, however quiet the area
    y[50] = 5
    assert nb_tail(y).alert[50]


def test_no_decision_without_history():
    y = np.array([0, 40, 0, 0, 0, 0, 0])
    judged = nb_tail(y)
    assert not judged.alert[: WEEKLY.min_history].any()


def test_a_short_history_is_judged_conservatively():
    short = nb_tail(np.array([3, 4, 9])).score[2]
    long = nb_tail(np.array([3, 4] * 20 + [9])).score[-1]
    assert short < long


def test_a_slow_trend_is_not_a_spike():
    y = np.round(np.linspace(2, 20, 156)).astype(int)
    assert not nb_tail(y).alert.any()


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(0, 60), min_size=10, max_size=60), st.data())
def test_no_look_ahead(counts, data):
    # Changing every period after t changes nothing about t.
    t = data.draw(st.integers(0, len(counts) - 1))
    changed = counts[: t + 1] + data.draw(
        st.lists(st.integers(0, 60), min_size=len(counts) - t - 1,
                 max_size=len(counts) - t - 1))  # fmt: skip
    a, b = nb_tail(np.array(counts)), nb_tail(np.array(changed))
    assert a.expected[t] == b.expected[t] and a.score[t] == b.score[t]
    assert a.alert[t] == b.alert[t]


def test_percent_rule_fires_on_a_doubling():
    y = np.array([4, 4, 4, 4, 9])
    assert percent_rule(y).alert[4] and not percent_rule(y).alert[:4].any()


def test_a_past_burst_neither_lifts_the_baseline_nor_hides_the_next_spike():
    hits = []
    for seed in range(30):
        y = poisson(3.0, seed=seed)
        y[60] = 40  # one burst, judged as an alert, enters the past clipped
        mu, _ = baseline(y.astype(float))
        assert mu[61] < mu[60] + 1.0
        y[75] += 9  # the acceptance's k for a mean of 3
        hits.append(nb_tail(y).alert[75])
    assert np.mean(hits) >= 0.9


def test_a_lasting_rise_becomes_the_new_level():
    rng = np.random.default_rng(3)
    y = np.concatenate([rng.poisson(2.0, 60), rng.poisson(20.0, 60)])
    judged = nb_tail(y)
    assert judged.alert[60]  # the step itself is news
    assert judged.expected[-1] > 15 and not judged.alert[90:].any()  # then it is the norm


def test_a_quadrupling_alerts_in_a_very_noisy_area():
    # Past weeks far noisier than Poisson (phi 1.5): the capped spread still flags four times
    # the expected count.
    hits = []
    for seed in range(30):
        rng = np.random.default_rng(seed)
        y = rng.poisson(rng.gamma(1 / 1.5, 10 * 1.5, 104))
        y[80] = int(np.ceil(4 * nb_tail(y).expected[80]))
        hits.append(nb_tail(y).alert[80])
    assert np.mean(hits) >= 0.9
