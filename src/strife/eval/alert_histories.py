"""Generated weekly histories with spikes at known places and weeks (``strife eval alerts``).

No real data: each area's series is Poisson or negative binomial around a rate with a trend and
a yearly season, like conflict counts (a few busy areas, many sparse ones). Spikes are added at
known weeks, each an episode of 1-3 weeks rising to its peak, of size
``k = max(5, 3 × the area's mean weekly count)`` at the peak (the watch acceptance's rule).
Everything follows from the seed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

MIN_ONSET = 8  # spikes are placed after the first weeks, where every method refuses to judge
GAP = 10  # periods between two spikes of one area


@dataclass(frozen=True)
class Spike:
    area: int
    onset: int
    peak: int  # the last (and largest) period of the episode
    extra: int  # incidents added at the peak


@dataclass(frozen=True)
class Histories:
    clean: np.ndarray  # areas × periods, as generated
    counts: np.ndarray  # with the spikes added
    spikes: tuple[Spike, ...]

    @property
    def spike_mask(self) -> np.ndarray:
        mask = np.zeros(self.counts.shape, dtype=bool)
        for s in self.spikes:
            mask[s.area, s.onset : s.peak + 1] = True
        return mask


def area_series(rng: np.random.Generator, periods: int) -> np.ndarray:
    rate = math.exp(rng.uniform(math.log(0.05), math.log(40.0)))
    trend = rng.uniform(0.5, 2.0)  # multiplicative change per year
    season = rng.uniform(0.0, 0.4) * np.sin(2 * np.pi * (np.arange(periods) / 52 + rng.random()))
    mu = rate * trend ** (np.arange(periods) / 52) * (1 + season)
    if rng.random() < 0.5:
        return rng.poisson(mu)
    phi = rng.uniform(0.1, 1.0)
    return rng.poisson(rng.gamma(1 / phi, mu * phi))


def generate(seed: int, areas: int = 80, periods: int = 156,
             spikes_per_area: float = 1.0) -> Histories:  # fmt: skip
    rng = np.random.default_rng(seed)
    clean = np.stack([area_series(rng, periods) for _ in range(areas)])
    counts = clean.copy()
    spikes: list[Spike] = []
    for area in range(areas):
        k = max(5, math.ceil(3 * clean[area].mean()))
        taken: list[int] = []
        for _ in range(rng.poisson(spikes_per_area)):
            peak = int(rng.integers(MIN_ONSET + 2, periods))
            if any(abs(peak - other) < GAP for other in taken):
                continue
            taken.append(peak)
            length = int(rng.choice([1, 1, 2, 3]))
            onset = peak - length + 1
            for i, week in enumerate(range(onset, peak + 1)):
                counts[area, week] += math.ceil(k * (i + 1) / length)
            spikes.append(Spike(area, onset, peak, k))
    return Histories(clean, counts, tuple(spikes))
