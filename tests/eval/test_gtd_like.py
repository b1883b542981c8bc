"""The GTD-like generator behind the watch acceptance bench: skewed, trending, bursty, and
rows the importer can read."""

from __future__ import annotations

from datetime import date

import numpy as np

from strife.eval.gtd_like import gtd_like_rows, weekly_matrix
from strife.eval.gtd_profile import PROFILE


def _by_country(rows: int, seed: int) -> dict[str, np.ndarray]:
    generated = weekly_matrix(rows, 156, seed)
    return {p.country: c for p, c in zip(generated.countries, generated.counts, strict=True)}


def test_the_profile_is_skewed_with_a_long_tail():
    totals = sorted((sum(p.per_year) for p in PROFILE), reverse=True)
    assert len(PROFILE) >= 100 and len({p.country for p in PROFILE}) == len(PROFILE)
    assert sum(totals[:2]) > 0.3 * sum(totals)
    assert sum(t < 30 for t in totals) > len(totals) / 2  # most countries: a few a year


def test_rows_follow_the_profile_with_trends_and_late_starts():
    counts = _by_country(30_000, seed=4)
    total = sum(c.sum() for c in counts.values())
    assert 0.85 * 30_000 < total < 1.15 * 30_000
    iraq = counts["Iraq"]
    assert 20 < iraq[:52].mean() < 80 and iraq[104:].mean() < 0.7 * iraq[:52].mean()
    late = next(p for p in PROFILE if p.first_week > 52)
    assert counts[late.country][: late.first_week].sum() == 0


def test_weekly_counts_are_overdispersed():
    ratios = [
        year.var() / year.mean()
        for counts in _by_country(30_000, seed=5).values()
        for year in (counts[52:104].astype(float),)
        if year.mean() >= 1.0
    ]
    assert len(ratios) > 20 and np.median(ratios) > 1.5  # well beyond Poisson's 1


def test_fewer_rows_thin_every_country_alike():
    small, large = _by_country(4_000, seed=6), _by_country(30_000, seed=6)
    assert small["Iraq"].sum() < 0.25 * large["Iraq"].sum()

    def share(counts: dict[str, np.ndarray]) -> float:
        return float(counts["Iraq"].sum() / sum(c.sum() for c in counts.values()))

    assert abs(share(small) - share(large)) < 0.05


def test_rows_are_gtd_rows():
    rows = list(gtd_like_rows(300, date(2016, 1, 4), 156, seed=2))
    assert 200 < len(rows) < 400
    first = rows[0]
    assert {"eventid", "iyear", "imonth", "iday", "country_txt", "city"} <= set(first)
    assert len({r["eventid"] for r in rows}) == len(rows)
