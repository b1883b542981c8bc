"""Import speed: a generated GTD-like CSV of about 4,000 rows over three years, imported into a
fresh SQLite store, then imported again (idempotence: nothing added), then watched.

    .venv/bin/python bench/bench_import.py [--rows 4000] [--memory]

``--memory`` also imports files of ``rows / 4`` and ``rows`` rows under tracemalloc and prints
the ratio of their peaks: streaming keeps it near 1 however long the file.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import date
from pathlib import Path

from strife.datasets.importer import import_dataset
from strife.eval.gtd_like import gtd_like_rows, write_gtd_csv
from strife.geo import PlaceResolver
from strife.store import open_store


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=4000)
    parser.add_argument("--memory", action="store_true")
    args = parser.parse_args()
    if args.memory:
        _memory(args.rows)
        return
    with tempfile.TemporaryDirectory() as tmp:
        csv_path = Path(tmp) / "gtd.csv"
        n = write_gtd_csv(gtd_like_rows(args.rows, date(2016, 1, 4), 156, seed=7), csv_path)
        started = time.perf_counter()
        resolver = PlaceResolver.load()
        loaded = time.perf_counter()
        with open_store(f"sqlite:///{tmp}/bench.db") as store:
            first = import_dataset(store, "gtd", str(csv_path), resolver)
            done = time.perf_counter()
            again = import_dataset(store, "gtd", str(csv_path), resolver)
            redone = time.perf_counter()
            watch_s = _watch(store)
        print(f"rows in file: {n}; gazetteer load {loaded - started:.1f} s")
        print(f"first import: {done - loaded:.1f} s ({first.new} new, {first.merged} merged, "
              f"{first.bad_count} bad); total with gazetteer {done - started:.1f} s")
        print(f"second import: {redone - done:.1f} s ({again.present} already present, "
              f"{again.new} new)")
        if watch_s is not None:
            print(f"watch --by country --period week over all periods: {watch_s:.2f} s")


def _memory(rows: int) -> None:
    import tracemalloc

    resolver = PlaceResolver.load()
    peaks = []
    for n in (rows // 4, rows):
        with tempfile.TemporaryDirectory() as tmp:
            csv_path = Path(tmp) / "gtd.csv"
            written = write_gtd_csv(gtd_like_rows(n, date(2016, 1, 4), 156, seed=7), csv_path)
            with open_store(f"sqlite:///{tmp}/m.db") as store:
                tracemalloc.start()
                import_dataset(store, "gtd", str(csv_path), resolver)
                peaks.append(tracemalloc.get_traced_memory()[1])
                tracemalloc.stop()
            print(f"{written} rows: peak {peaks[-1] / 2**20:.1f} MiB traced during the import")
    print(f"peak ratio ({rows} rows / {rows // 4} rows): {peaks[1] / peaks[0]:.2f}")


def _watch(store) -> float | None:  # type: ignore[no-untyped-def]
    try:
        from strife.watch.run import WatchRequest, run_watch
    except ImportError:
        return None
    started = time.perf_counter()
    run_watch(store, WatchRequest(by="country", period="week", date_from=date(2016, 1, 4),
                                  date_to=date(2018, 12, 30)))  # fmt: skip
    return time.perf_counter() - started


if __name__ == "__main__":
    main()
