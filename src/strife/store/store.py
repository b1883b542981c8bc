"""``Store``: documents and merged incidents in a SQL database (SQLite file or PostgreSQL).

Writes are transactional per batch and idempotent: a document already stored is never stored
again, and a failed or killed batch leaves nothing of itself behind. Reads stream.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from itertools import islice
from typing import Any

from sqlalchemy import Connection, Engine, func, select
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

from strife.errors import StoreError, UsageError
from strife.models import Document, Result, StoredIncident
from strife.store import codec
from strife.store.engine import (
    WRITE_OPTION,
    check_sqlite_file,
    display_url,
    make_engine,
    parse_url,
    reason,
)
from strife.store.filters import IncidentFilter, conditions, order_by
from strife.store.merging import Merger, ScoredMerge
from strife.store.migrate import upgrade
from strife.store.tables import DocumentRow, IncidentRow, SourceRow
from strife.store.writer import (
    IngestOutcome,
    assemble,
    child_rows,
    load_incidents,
    write_result,
)

STREAM_CHUNK = 500
"""Incidents fetched per round trip when streaming; memory stays flat however many there are."""
_WRITE_LOCK = 0x5354524947  # PostgreSQL advisory lock: one ingest writer at a time, as on SQLite
_RETRIES = 3
_OPEN_ATTEMPTS = 6
_ALL = IncidentFilter()


def open_store(
    url: str | None = None, *, create: bool = True, merger: Merger | None = None
) -> Store:
    """Open (and migrate) the store at ``url``; None means ``sqlite:///strife.db``.

    With ``create=False`` a SQLite file must exist already (read-only commands use this so that
    a mistyped path is an error, not a new empty database). ``merger`` decides which new
    incidents report stored ones (default: the scored merge of ``strife.merge``). Raises
    ``StoreError``.
    """
    parsed = parse_url(url)
    where = display_url(parsed)
    check_sqlite_file(parsed, create=create)
    engine = make_engine(parsed)
    for attempt in range(_OPEN_ATTEMPTS):
        try:
            with engine.connect() as conn:
                conn.exec_driver_sql("SELECT 1")
            upgrade(engine, where)
            return Store(engine, where, merger)
        except StoreError:
            engine.dispose()
            raise
        except SQLAlchemyError as exc:
            # Two processes creating one new SQLite file at once: switching it to WAL needs a
            # lock that SQLite does not wait for, so the loser retries shortly after.
            if "locked" in reason(exc) and attempt + 1 < _OPEN_ATTEMPTS:
                time.sleep(0.1 * 2**attempt)
                continue
            engine.dispose()
            raise StoreError(f"cannot open the database {where}: {reason(exc)}") from None
    raise AssertionError("unreachable")  # the loop returns or raises


class Store:
    """The incident database. Build it with ``open_store``; close it when done."""

    def __init__(self, engine: Engine, where: str, merger: Merger | None = None) -> None:
        self.engine = engine
        self.merger: Merger = merger if merger is not None else ScoredMerge()
        # As shown to users: a SQLite file's absolute path, or the URL without its password.
        self.url = where
        self._writer = engine.execution_options(**{WRITE_OPTION: True})

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self.engine.dispose()

    # ---- the library's three calls: add, query, export ------------------------------------

    def add(self, results: Result | Iterable[Result]) -> list[IngestOutcome]:
        """Store one extraction result or many; each outcome says what was new and what merged
        into an incident already stored."""
        return list(self.add_results([results] if isinstance(results, Result) else results))

    def query(
        self,
        f: IncidentFilter | None = None,
        *,
        limit: int | None = None,
        order: str = "date",
        **conditions: Any,
    ) -> list[StoredIncident]:
        """Stored incidents matching ``f``, or the ``IncidentFilter`` fields given by name
        (``store.query(country="KZ", attack_type="Bombing/Explosion")``)."""
        if f is None:
            try:
                f = IncidentFilter(**conditions)
            except TypeError:
                fields = ", ".join(IncidentFilter.__dataclass_fields__)
                raise UsageError(
                    f"unknown query condition in {sorted(conditions)}; use {fields}"
                ) from None
        return list(self.iter_incidents(f, limit=limit, order=order))

    def export(self, out: str, fmt: str = "jsonl", f: IncidentFilter = _ALL) -> int:
        """Write the matching incidents as ``fmt`` (jsonl, gtd-csv, acled-csv, geojson, parquet)
        to the file ``out``, atomically; returns how many were written."""
        from strife.export.stored import export_incidents

        return export_incidents(self.iter_incidents(f), fmt, out)

    # ---- writing -------------------------------------------------------------------------

    def add_result(self, result: Result) -> IngestOutcome:
        """Store one document and its incidents in one transaction."""
        return next(self.add_results([result], batch_size=1))

    def add_results(
        self, results: Iterable[Result], batch_size: int = 50
    ) -> Iterator[IngestOutcome]:
        """Store results one transaction per ``batch_size``; yields outcomes after each commit."""
        if batch_size < 1:
            raise StoreError(f"batch size must be at least 1, not {batch_size}")
        it = iter(results)
        while batch := list(islice(it, batch_size)):
            yield from self._write_batch(batch)

    def _write_batch(self, batch: list[Result]) -> list[IngestOutcome]:
        for attempt in range(1, _RETRIES + 1):
            try:
                return self._try_batch(batch)
            except (IntegrityError, OperationalError) as exc:
                # Another process stored one of these documents first, or held the lock too
                # long: the whole batch was rolled back; try again (stored ones now get skipped).
                if attempt == _RETRIES:
                    raise self._write_error(exc) from None
            except SQLAlchemyError as exc:
                raise self._write_error(exc) from None
        raise AssertionError("unreachable")

    def _try_batch(self, batch: list[Result]) -> list[IngestOutcome]:
        now = datetime.now(UTC)
        with Session(self._writer) as session, session.begin():
            if self.engine.dialect.name == "postgresql":
                session.execute(select(func.pg_advisory_xact_lock(_WRITE_LOCK)))
            return [write_result(session, result, now, self.merger) for result in batch]

    def _write_error(self, exc: SQLAlchemyError) -> StoreError:
        return StoreError(
            f"cannot write to {self.url}: {reason(exc)}; nothing from the failed batch was stored"
        )

    # ---- reading -------------------------------------------------------------------------

    def has_document(self, doc_id: str) -> bool:
        query = select(DocumentRow.id).where(DocumentRow.id == doc_id)
        return self._scalar(query) is not None

    def get_document(self, doc_id: str) -> Document | None:
        with self._reading() as conn:
            row = conn.execute(
                select(DocumentRow.__table__).where(DocumentRow.id == doc_id)
            ).first()
        return None if row is None else codec.document_from_row(row)

    def get_incident(self, incident_id: str) -> StoredIncident | None:
        with self._reading() as conn, Session(bind=conn) as session:
            return load_incidents(session, [incident_id]).get(incident_id)

    def count_incidents(self, f: IncidentFilter = _ALL) -> int:
        return int(
            self._scalar(select(func.count()).select_from(IncidentRow).where(*conditions(f)))
        )

    def stats(self) -> dict[str, int]:
        """``documents`` stored, ``incidents`` stored, ``sources``: reports linked to incidents."""
        return {
            "documents": int(self._scalar(select(func.count()).select_from(DocumentRow))),
            "incidents": int(self._scalar(select(func.count()).select_from(IncidentRow))),
            "sources": int(self._scalar(select(func.count()).select_from(SourceRow))),
        }

    def iter_incidents(
        self,
        f: IncidentFilter = _ALL,
        *,
        limit: int | None = None,
        offset: int = 0,
        order: str = "date",
    ) -> Iterator[StoredIncident]:
        """Matching incidents in ``order``, streamed in chunks (constant memory)."""
        query = (
            select(IncidentRow.__table__)
            .where(*conditions(f))
            .order_by(*order_by(order))
            .limit(limit)
            .offset(offset or None)
        )
        with self._reading() as conn:
            stream = conn.execution_options(stream_results=True, yield_per=STREAM_CHUNK)
            try:
                result = stream.execute(query)
                for chunk in result.partitions():
                    yield from self._complete(conn, [row._mapping for row in chunk])
            except SQLAlchemyError as exc:
                raise StoreError(f"cannot read {self.url}: {reason(exc)}") from None

    def _complete(self, conn: Connection, rows: list[Any]) -> Iterator[StoredIncident]:
        ids = [row["id"] for row in rows]
        records = assemble(rows, *child_rows(conn, ids))
        for incident_id in ids:
            yield records[incident_id]

    def _scalar(self, query: Any) -> Any:
        try:
            with self._reading() as conn:
                return conn.execute(query).scalar()
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot read {self.url}: {reason(exc)}") from None

    def _reading(self) -> Connection:
        try:
            return self.engine.connect()
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot read {self.url}: {reason(exc)}") from None
