"""``strife batch`` then ``strife ingest DIR`` gives the same store as ``strife ingest`` of the
articles themselves: same counts, same exported incidents (merges included: two reports of the
Maiduguri bombing become one incident with two sources; an exact copy is skipped).

The batch runs on a real worker process (a LocalCluster the test starts, reached through
``--scheduler``), which must load the models once for all of its partitions."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from strife.cli import app
from strife.cli.common import Services

ARTICLES = Path(__file__).parent / "articles"
runner = CliRunner()


def invoke(*args: str, services: Services | None = None) -> str:
    result = runner.invoke(app, list(args), catch_exceptions=False, obj=services)
    assert result.exit_code == 0, result.output
    return result.stdout


def exported(db: str, tmp_path: Path, name: str) -> list[dict]:
    out = tmp_path / f"{name}.jsonl"
    invoke("export", "--db", db, "--format", "jsonl", "--out", str(out))
    return [json.loads(line) for line in out.read_text().splitlines()]


def test_batch_then_ingest_gives_the_store_of_a_plain_ingest(tmp_path: Path) -> None:
    from distributed import Client, LocalCluster

    from strife.batch.worker import process_extractor

    out = tmp_path / "batch"
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                      dashboard_address=":0") as cluster, Client(cluster) as client:  # fmt: skip
        printed = invoke("batch", str(ARTICLES), "--out", str(out), "--partition-size", "2",
                         "--scheduler", cluster.scheduler_address)  # fmt: skip
        loads = client.run(lambda: process_extractor.cache_info().misses)
    assert list(loads.values()) == [1]  # one model load for three partitions
    assert "read 7 document(s): 1 skipped as duplicate, 1 failed; 3 partition(s)" in printed
    assert sorted(p.name for p in (out / "documents").iterdir()) == [
        "part-00000.parquet",
        "part-00001.parquet",
        "part-00002.parquet",
    ]
    via_batch, plain = f"sqlite:///{tmp_path / 'a.db'}", f"sqlite:///{tmp_path / 'b.db'}"
    loaded = invoke("ingest", str(out), "--db", via_batch)
    invoke("ingest", str(ARTICLES), "--db", plain)
    assert "6 stored" in loaded and "empty.txt" in loaded  # the batch's failure is listed
    stats = [
        json.loads(invoke("stats", "--db", db, "--format", "json")) for db in (via_batch, plain)
    ]
    assert stats[0] == stats[1]
    assert stats[0]["documents"] == 6
    incidents = exported(via_batch, tmp_path, "a")
    assert incidents == exported(plain, tmp_path, "b")
    bombing = [i for i in incidents if i["location"]["country_code"] == "NG"]
    assert len(bombing) == 1 and len(bombing[0]["sources"]) == 2


def test_ingest_of_batch_output_loads_no_model(tmp_path: Path) -> None:
    """Every document has its results in the batch: ingest must not parse anything again."""
    from strife.batch.runner import BatchOptions, run_batch

    run_batch([str(ARTICLES / "more")], BatchOptions(out=tmp_path / "b", workers=1,
                                                     processes=False))  # fmt: skip

    def no_model():  # type: ignore[no-untyped-def]
        raise AssertionError("ingest of batch output loaded the extraction models")

    printed = invoke("ingest", str(tmp_path / "b"), "--db", f"sqlite:///{tmp_path / 's.db'}",
                     services=Services(make_extractor=no_model))
    assert "read 4 document(s): 4 stored" in printed
