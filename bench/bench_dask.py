"""Dask scaling of ``strife batch`` from 1 to 2 workers on the same input, and worker memory.

Two LocalClusters (1 worker, 2 workers; processes, 1 thread each) are started and their models
loaded before any timing. Then ``run_batch`` runs on each in turn, ``--rounds`` times, over the
same MUC-4 dev texts, each run into a fresh output directory; the times add up per cluster,
so a machine that gets busier during the run affects both alike. Efficiency is
T(1 worker) / (2 × T(2 workers)); peak memory is each worker process's peak RSS.
Targets (issue 5): efficiency ≥ 0.8, peak memory per worker ≤ 1 GiB. The efficiency can only
be as good as the free cores: check ``os.cpu_count()`` and the machine's load.

    .venv/bin/python bench/bench_dask.py [--docs 64] [--partition-size 16] [--rounds 2]
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import tempfile
import time
from pathlib import Path

MUC4_DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "muc4" / "dev.jsonl"


def cpu_seconds() -> float:
    """User + system CPU time of the process it runs in (``client.run`` asks each worker)."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def write_input(source: Path, count: int, folder: Path) -> Path:
    path = folder / "input.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for line in source.read_text("utf-8").splitlines()[:count]:
            row = json.loads(line)
            out.write(json.dumps({"id": row["docid"], "text": row["doctext"]}) + "\n")
    return path


def start_clusters() -> tuple[dict, dict]:
    """A 1-worker and a 2-worker LocalCluster, models loaded before anything is timed."""
    from distributed import Client, LocalCluster

    from strife.batch.worker import ExtractorPlugin

    clusters, clients = {}, {}
    for workers in (1, 2):
        begin = time.perf_counter()
        clusters[workers] = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True,
            dashboard_address=":0", silence_logs=logging.ERROR,
        )  # fmt: skip
        clients[workers] = Client(clusters[workers])
        clients[workers].register_plugin(ExtractorPlugin())
        print(f"cluster of {workers} worker(s) started, models loaded: "
              f"{time.perf_counter() - begin:.1f} s")  # fmt: skip
    return clusters, clients


def time_runs(args: argparse.Namespace, source: Path, clusters: dict, clients: dict) -> dict:
    """Wall seconds and worker CPU seconds per cluster, runs taking turns."""
    from strife.batch.runner import BatchOptions, run_batch

    seconds, cpu = {1: 0.0, 2: 0.0}, {1: 0.0, 2: 0.0}
    for number in range(args.rounds):
        for workers in (1, 2) if number % 2 == 0 else (2, 1):
            options = BatchOptions(
                out=source.parent / f"out-{workers}-{number}",
                scheduler=clusters[workers].scheduler_address,
                partition_size=args.partition_size,
            )
            before = sum(clients[workers].run(cpu_seconds).values())
            begin = time.perf_counter()
            summary = run_batch([str(source)], options)
            seconds[workers] += time.perf_counter() - begin
            cpu[workers] += sum(clients[workers].run(cpu_seconds).values()) - before
            assert summary.extracted == args.docs, summary
    return {"seconds": seconds, "cpu": cpu}


def main() -> None:
    from strife.batch.worker import peak_rss_bytes

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=64)
    parser.add_argument("--partition-size", type=int, default=16)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--muc4", type=Path, default=MUC4_DEV)
    args = parser.parse_args()
    # Clusters restore this level when they close, so their closing chatter stays quiet too.
    logging.getLogger("distributed").setLevel(logging.ERROR)
    print("command:", " ".join([sys.executable.replace(str(Path.cwd()) + "/", ""), *sys.argv]))
    load = os.getloadavg()[0]
    print(f"machine: {os.cpu_count()} CPU(s), load average {load:.1f} at start")
    with tempfile.TemporaryDirectory() as tmp:
        source = write_input(args.muc4, args.docs, Path(tmp))
        clusters, clients = start_clusters()
        timing = time_runs(args, source, clusters, clients)
        peaks = {w: clients[w].run(peak_rss_bytes) for w in (1, 2)}
        for workers in (1, 2):
            clients[workers].close()
            clusters[workers].close()
    report(args, timing, peaks, load)


def report(args: argparse.Namespace, timing: dict, peaks: dict, load: float) -> None:
    docs, seconds, cpu = args.docs * args.rounds, timing["seconds"], timing["cpu"]
    for workers in (1, 2):
        print(f"  {workers} worker(s): {seconds[workers]:7.2f} s for {docs} documents "
              f"({docs / seconds[workers]:.2f} docs/s); the workers got "
              f"{cpu[workers] / seconds[workers]:.2f} CPU-seconds per second")  # fmt: skip
    efficiency = seconds[1] / (2 * seconds[2])
    print(f"scaling efficiency 1 -> 2 workers: {efficiency:.2f}  (target >= 0.8)")
    # On a shared machine the wall-clock figure measures the machine; work per CPU-second
    # shows what running in parallel itself costs (1.00: nothing).
    per_cpu = {w: docs / cpu[w] for w in (1, 2)}
    print(f"documents per worker CPU-second: {per_cpu[1]:.2f} (1 worker), {per_cpu[2]:.2f} "
          f"(2 workers); ratio {per_cpu[2] / per_cpu[1]:.2f}")  # fmt: skip
    every = [p for by_worker in peaks.values() for p in by_worker.values()]
    print(f"peak RSS per worker: max {max(every) / 2**20:.0f} MiB, min {min(every) / 2**20:.0f} "
          f"MiB over {len(every)} workers  (target <= 1024 MiB)")  # fmt: skip
    print(f"load average at the end: {os.getloadavg()[0]:.1f} (at start {load:.1f})")


if __name__ == "__main__":
    main()
