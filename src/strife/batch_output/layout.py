"""The batch output directory: a manifest and two Parquet files per partition.

::

    DIR/_strife_batch.json           settings, and once the run has finished: totals, failures
    DIR/documents/part-00000.parquet  one row per document (tables.DOCUMENT_SCHEMA)
    DIR/incidents/part-00000.parquet  one row per incident (tables.INCIDENT_SCHEMA)

A partition is complete when its documents file exists: both files are written to a temporary
name and renamed, incidents first, so a killed run never leaves a half-written partition that
looks done. The documents file's metadata holds the partition's key (a hash of its document
ids), so a re-run skips exactly the partitions whose documents have not changed, and refuses
to mix the output of different inputs in one directory.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from strife.errors import InputError, UsageError

if TYPE_CHECKING:
    from strife.batch_output.tables import PartitionTables

MANIFEST = "_strife_batch.json"
FORMAT = "strife-batch"
VERSION = 1
KEY_METADATA = b"strife_partition_key"
FAILED_METADATA = b"strife_failed"
"""JSON list of [document, reason] for the documents the pipeline failed on."""


@dataclass(frozen=True)
class BatchSettings:
    """What changes the results; a re-run into the same directory must use the same."""

    partition_size: int
    published: str | None = None
    prefilter: bool = False


def is_batch_dir(path: str | Path) -> bool:
    return (Path(path) / MANIFEST).is_file()


def part_name(index: int) -> str:
    return f"part-{index:05d}.parquet"


class BatchDir:
    """One output directory; ``create`` for writing (or resuming), ``read`` for loading."""

    def __init__(self, root: Path, manifest: dict[str, Any]) -> None:
        self.root = root
        self.manifest = manifest

    @classmethod
    def create(cls, root: Path, settings: BatchSettings) -> BatchDir:
        if is_batch_dir(root):
            batch = cls.read(root)
            batch._check_settings(settings)
            batch.manifest["complete"] = False
        elif root.exists() and (not root.is_dir() or any(root.iterdir())):
            raise UsageError(f"--out {root}: exists and is not a strife batch directory; "
                             "give a new or empty directory")  # fmt: skip
        else:
            manifest = {"format": FORMAT, "version": VERSION, "settings": asdict(settings),
                        "complete": False}  # fmt: skip
            batch = cls(root, manifest)
        for folder in ("documents", "incidents"):
            (root / folder).mkdir(parents=True, exist_ok=True)
        batch._save()
        return batch

    @classmethod
    def read(cls, root: Path) -> BatchDir:
        try:
            manifest = json.loads((root / MANIFEST).read_text("utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise InputError(
                f"{root}: the batch manifest {MANIFEST} is unreadable ({exc})"
            ) from None
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise InputError(f"{root}: {MANIFEST} is not a strife batch manifest")
        if manifest.get("version") != VERSION:
            raise InputError(f"{root}: batch format version {manifest.get('version')} is not "
                             f"{VERSION}; run `strife batch` again with this strife")  # fmt: skip
        return cls(root, manifest)

    @property
    def settings(self) -> BatchSettings:
        return BatchSettings(**self.manifest["settings"])

    def _check_settings(self, wanted: BatchSettings) -> None:
        have = self.settings
        for name, value in asdict(wanted).items():
            if getattr(have, name) != value:
                option = "--" + name.replace("_", "-")
                raise UsageError(f"--out {self.root}: was written with {option} "
                                 f"{getattr(have, name)!r}, not {value!r}; use the same "
                                 "options to resume, or a new --out")  # fmt: skip

    def documents_path(self, index: int) -> Path:
        return self.root / "documents" / part_name(index)

    def incidents_path(self, index: int) -> Path:
        return self.root / "incidents" / part_name(index)

    def is_done(self, index: int, key: str) -> bool:
        """Whether partition ``index`` is complete; an error if it holds other documents."""
        path = self.documents_path(index)
        if not path.is_file() or not self.incidents_path(index).is_file():
            return False
        import pyarrow.parquet as pq  # here, so that is_batch_dir costs no pyarrow import

        metadata = pq.read_schema(path).metadata or {}
        if metadata.get(KEY_METADATA, b"").decode() != key:
            raise UsageError(f"--out {self.root}: partition {index} holds other documents than "
                             "this input gives; use a new --out for new input")  # fmt: skip
        return True

    def write_partition(self, index: int, key: str, tables: PartitionTables) -> None:
        _write_atomic(tables.incidents, self.incidents_path(index), {})
        metadata = {KEY_METADATA: key.encode(), FAILED_METADATA: json.dumps(tables.failed).encode()}
        _write_atomic(tables.documents, self.documents_path(index), metadata)

    def partition_failures(self, index: int) -> list[tuple[str, str]]:
        """The documents partition ``index`` failed on (kept for a re-run to report them)."""
        import pyarrow.parquet as pq

        metadata = pq.read_schema(self.documents_path(index)).metadata or {}
        return [(str(a), str(b)) for a, b in json.loads(metadata.get(FAILED_METADATA, b"[]"))]

    def finish(self, partitions: int, read: int, duplicates: int,
               failed: list[tuple[str, str]]) -> None:  # fmt: skip
        self.manifest.update(
            complete=True, partitions=partitions, read=read, duplicates=duplicates,
            failed=[list(f) for f in failed],
        )  # fmt: skip
        self._save()

    def completed_partitions(self) -> list[int]:
        """Indices of the partitions on disk, in order."""
        found = []
        for path in sorted((self.root / "documents").glob("part-*.parquet")):
            if self.incidents_path(int(path.stem.removeprefix("part-"))).is_file():
                found.append(int(path.stem.removeprefix("part-")))
        return found

    def _save(self) -> None:
        temporary = self.root / f".{MANIFEST}.tmp"
        temporary.write_text(json.dumps(self.manifest, indent=1) + "\n", "utf-8")
        os.replace(temporary, self.root / MANIFEST)


def _write_atomic(table: Any, path: Path, metadata: dict[bytes, bytes]) -> None:
    """Write to a hidden temporary name, then rename: readers never see half a file."""
    import pyarrow.parquet as pq

    if metadata:
        table = table.replace_schema_metadata({**(table.schema.metadata or {}), **metadata})
    temporary = path.with_name(f".{path.name}.tmp")
    pq.write_table(table, temporary, compression="zstd")
    os.replace(temporary, path)
