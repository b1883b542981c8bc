"""``run_batch`` on small inputs (workers as threads of this process, sharing its model):
resuming, refusing mixed output, the prefilter, and what the reader makes of an unfinished run."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from strife.batch.runner import BatchOptions, run_batch
from strife.batch_output.layout import MANIFEST, BatchDir
from strife.errors import UsageError
from strife.ingest.parquet_batch import read_batch

ARTICLES = Path(__file__).parent / "articles"


def options(out: Path, **extra) -> BatchOptions:  # type: ignore[no-untyped-def]
    return BatchOptions(out=out, workers=1, processes=False, **extra)


def document_ids(out: Path) -> list[str]:
    table = pq.read_table(out / "documents")
    return table.sort_by("position").column("id").to_pylist()


@pytest.mark.usefixtures("extractor")
def test_a_rerun_redoes_only_the_partitions_that_are_missing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = run_batch([str(ARTICLES)], options(out, partition_size=2))
    assert (first.partitions, first.partitions_resumed, first.extracted) == (3, 0, 6)
    kept = BatchDir.read(out).documents_path(0).stat().st_mtime_ns
    BatchDir.read(out).documents_path(1).unlink()  # as if killed before partition 1 was written
    again = run_batch([str(ARTICLES)], options(out))  # the size is taken from the manifest
    assert (again.partitions, again.partitions_resumed, again.extracted) == (3, 2, 2)
    assert BatchDir.read(out).documents_path(0).stat().st_mtime_ns == kept
    assert len(document_ids(out)) == 6 and json.loads((out / MANIFEST).read_text())["complete"]


@pytest.mark.usefixtures("extractor")
def test_other_input_or_options_into_the_same_out_are_refused(tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_batch([str(ARTICLES / "more")], options(out, partition_size=2))
    with pytest.raises(UsageError, match="partition 0 holds other documents"):
        run_batch([str(ARTICLES)], options(out))
    with pytest.raises(UsageError, match="--prefilter"):
        run_batch([str(ARTICLES / "more")], options(out, prefilter=True))
    with pytest.raises(UsageError, match="--partition-size 2, not 5"):
        run_batch([str(ARTICLES / "more")], options(out, partition_size=5))
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "notes.txt").write_text("mine")
    with pytest.raises(UsageError, match="not a strife batch directory"):
        run_batch([str(ARTICLES)], options(tmp_path / "other"))


@pytest.mark.usefixtures("extractor")
def test_the_prefilter_skips_sport_and_weather_without_parsing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    summary = run_batch([str(ARTICLES / "more")], options(out, prefilter=True))
    assert summary.prefiltered == 2
    rows = pq.read_table(out / "documents").to_pylist()
    skipped = {r["title"] for r in rows if r["prefiltered"]}
    assert skipped == {"Rovers Lift the Cup After Late Winner", "Rain returns to the coast"}
    assert all(r["incidents"] == 0 for r in rows if r["prefiltered"])
    assert sum(r["incidents"] for r in rows) >= 2  # the ambush and the kidnapping were parsed


@pytest.mark.usefixtures("extractor")
def test_an_unfinished_batch_is_reported_and_its_finished_partitions_read(tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_batch([str(ARTICLES)], options(out, partition_size=2))
    manifest = json.loads((out / MANIFEST).read_text())
    (out / MANIFEST).write_text(json.dumps({**manifest, "complete": False}))
    BatchDir.read(out).documents_path(2).unlink()
    items = list(read_batch(str(out)))
    assert items[0].error is not None and "has not finished (2 partition(s)" in str(items[0].error)
    assert [i.document.id for i in items if i.document] == document_ids(out)
    assert len(document_ids(out)) == 4


def test_nothing_readable_makes_no_directory(tmp_path: Path) -> None:
    summary = run_batch([str(ARTICLES / "more" / "empty.txt")], options(tmp_path / "out"))
    assert summary.read == 0 and len(summary.failed) == 1
    assert not (tmp_path / "out").exists()


@pytest.mark.usefixtures("extractor")
def test_a_document_the_pipeline_fails_on_is_listed_and_left_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As in ingest: the failure is named, the other documents are stored, and a re-run (every
    partition already done) still reports it; ``strife ingest DIR`` lists it too."""
    from strife.pipeline import Extractor

    real = Extractor._incidents

    def broken(self, document, doc):  # type: ignore[no-untyped-def]
        if "Rovers" in document.text:
            raise ValueError("a test breaks this document")
        return real(self, document, doc)

    monkeypatch.setattr(Extractor, "_incidents", broken)
    out = tmp_path / "out"
    first = run_batch([str(ARTICLES / "more")], options(out, partition_size=2))
    again = run_batch([str(ARTICLES / "more")], options(out))
    for summary in (first, again):
        reasons = [reason for _, reason in summary.failed]
        assert any("extraction failed (ValueError: a test breaks" in r for r in reasons), reasons
    assert again.partitions_resumed == again.partitions == 2
    assert len(document_ids(out)) == 3  # of four readable documents
    failed = [str(i.error) for i in read_batch(str(out)) if i.error is not None]
    assert any("a test breaks this document" in f for f in failed)
