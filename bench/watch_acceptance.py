"""The watch acceptance protocol, run on a generated GTD-like file (not the held-out real one):

1. import ~4,000 generated GTD rows over three years (``strife.eval.gtd_like``), timed;
2. ``watch --by country --period week`` over every week, timed: alerts per 100 country-weeks;
3. ``--trials`` times: k = max(5, 3 × the country's mean weekly count) extra incidents in a
   random country-week (added to the stored series, as importing k more rows would), and
   whether that week alerts.

    .venv/bin/python bench/watch_acceptance.py [--rows 4000] [--seed 7] [--trials 300]
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
from strife.eval.gtd_like import gtd_like_rows, write_gtd_csv
from strife.geo import PlaceResolver
from strife.store import open_store
from strife.watch.method import WEEKLY, nb_tail
from strife.watch.run import WatchRequest, run_watch
from strife.watch.series import load_series

FIRST, LAST = date(2016, 1, 4), date(2018, 12, 30)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=4000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--trials", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "gtd.csv"
        n = write_gtd_csv(gtd_like_rows(args.rows, FIRST, 156, seed=args.seed), path)
        resolver = PlaceResolver.load()
        with open_store(f"sqlite:///{tmp}/w.db") as store:
            started = time.perf_counter()
            import_dataset(store, "gtd", str(path), resolver)
            imported = time.perf_counter()
            result = run_watch(store, WatchRequest(date_from=FIRST, date_to=LAST))
            watched = time.perf_counter()
            series = load_series(store, "country", "week", LAST)
    cells = result.areas * result.periods
    print(f"{n} rows imported in {imported - started:.1f} s; watch over {result.periods} weeks "
          f"x {result.areas} countries in {watched - imported:.2f} s")
    print(f"as is: {len(result.alerts)} alerts in {cells} country-weeks = "
          f"{100 * len(result.alerts) / cells:.2f} per 100")
    print(f"injected: {_inject(series.incidents, args.trials, args.seed):.3f} of "
          f"{args.trials} injected weeks alert in that week")


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
