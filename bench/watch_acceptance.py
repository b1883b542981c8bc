"""The watch acceptance protocol, run on generated GTD-like files (not the held-out real one).

For each generation seed:

1. import ~``--rows`` generated GTD rows over three years (``strife.eval.gtd_like``), timed;
2. ``watch --by country --period week`` over every week, timed: alerts per 100 country-weeks;
3. ``--trials`` times: k = max(5, 3 × the country's mean weekly count) extra incidents in a
   random country-week (added to the stored series, as importing k more rows would), and
   whether that week alerts.

``--direct`` skips the store and judges the generated weekly counts themselves (for sizes
that would take long to import, such as all of GTD's ~30,000 rows for 2016-2018).
Calibrate on some seeds, report on others:

    .venv/bin/python bench/watch_acceptance.py --seeds 101-110 [--rows 4000] [--trials 400]
"""

from __future__ import annotations

import argparse
import math
import tempfile
import time
from datetime import date
from pathlib import Path

import numpy as np

from strife.datasets.importer import import_dataset
from strife.eval.gtd_like import gtd_like_rows, weekly_matrix, write_gtd_csv
from strife.geo import PlaceResolver
from strife.store import open_store
from strife.watch.method import METHOD, WEEKLY, nb_tail
from strife.watch.run import WatchRequest, run_watch
from strife.watch.series import load_series

FIRST, LAST = date(2016, 1, 4), date(2018, 12, 30)
WEEKS = 156


def _seeds(text: str) -> list[int]:
    first, _, last = text.partition("-")
    return list(range(int(first), int(last or first) + 1))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=4000)
    parser.add_argument("--seeds", default="101-110", help="one seed or a range, e.g. 101-110")
    parser.add_argument("--trials", type=int, default=400)
    parser.add_argument("--direct", action="store_true", help="judge generated counts, no store")
    args = parser.parse_args()
    rates, caught = [], []
    for seed in _seeds(args.seeds):
        counts = _direct(args.rows, seed) if args.direct else _stored(args.rows, seed)
        alerts = sum(int(nb_tail(row, WEEKLY).alert.sum()) for row in counts)
        rates.append(100 * alerts / counts.size)
        caught.append(_inject(counts, args.trials, seed))
        print(f"seed {seed}: {alerts} alerts in {counts.size} country-weeks = "
              f"{rates[-1]:.2f} per 100; {caught[-1]:.3f} of {args.trials} injected weeks "
              f"alert in that week", flush=True)  # fmt: skip
    print(f"{METHOD}, {args.rows} rows, seeds {args.seeds}: alerts per 100 country-weeks "
          f"mean {np.mean(rates):.2f} max {np.max(rates):.2f}; injected weeks caught "
          f"mean {np.mean(caught):.3f} min {np.min(caught):.3f}")  # fmt: skip


def _direct(rows: int, seed: int) -> np.ndarray:
    counts = weekly_matrix(rows, WEEKS, seed).counts
    return counts[counts.sum(axis=1) > 0].astype(float)  # the store only has areas with rows


def _stored(rows: int, seed: int) -> np.ndarray:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "gtd.csv"
        n = write_gtd_csv(gtd_like_rows(rows, FIRST, WEEKS, seed=seed), path)
        resolver = PlaceResolver.load()
        with open_store(f"sqlite:///{tmp}/w.db") as store:
            started = time.perf_counter()
            import_dataset(store, "gtd", str(path), resolver)
            imported = time.perf_counter()
            result = run_watch(store, WatchRequest(date_from=FIRST, date_to=LAST))
            watched = time.perf_counter()
            series = load_series(store, "country", "week", LAST)
    print(f"seed {seed}: {n} rows imported in {imported - started:.1f} s; watch over "
          f"{result.periods} weeks x {result.areas} countries in {watched - imported:.2f} s, "
          f"{len(result.alerts)} alerts")  # fmt: skip
    return series.incidents


def _inject(counts: np.ndarray, trials: int, seed: int) -> float:
    rng = np.random.default_rng(seed)
    hits = 0
    for _ in range(trials):
        area = int(rng.integers(counts.shape[0]))
        week = int(rng.integers(counts.shape[1]))
        row = counts[area].copy()
        row[week] += max(5, math.ceil(3 * counts[area].mean()))
        hits += bool(nb_tail(row, WEEKLY).alert[week])
    return hits / trials


if __name__ == "__main__":
    main()
