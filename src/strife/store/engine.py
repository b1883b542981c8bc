"""Database URLs and engines: a SQLite file by default, PostgreSQL for servers.

Every way opening can fail (a malformed URL, a driver strife does not ship, a missing directory,
a server that does not answer, a file that is not a database) becomes one ``StoreError`` line
that names the database and says what to do; nothing is created or written on the way there.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.pool import StaticPool

from strife.errors import StoreError

DEFAULT_URL = "sqlite:///strife.db"
WRITE_OPTION = "strife_write"
"""Execution option marking connections that write; SQLite then takes the write lock at BEGIN."""

_HOW = "use sqlite:///PATH or postgresql://USER:PASSWORD@HOST:PORT/DATABASE"


def parse_url(raw: str | None) -> URL:
    """Turn the user's ``--db`` value into a URL strife can open, or raise ``StoreError``.

    A value without ``://`` is taken as the path of a SQLite file. ``postgresql://`` and
    ``postgres://`` use psycopg 3, the driver strife ships.
    """
    text = (raw if raw is not None else DEFAULT_URL).strip()
    if not text:
        raise StoreError(f"the database URL is empty; {_HOW}")
    if "://" not in text:
        text = "sqlite:///" + text
    try:
        url = make_url(text)
    except (ArgumentError, ValueError):
        raise StoreError(f"{text!r} is not a database URL; {_HOW}") from None
    backend = url.get_backend_name()
    if backend in ("postgresql", "postgres"):
        if url.drivername in ("postgresql", "postgres"):
            url = url.set(drivername="postgresql+psycopg")
        if not url.database:
            raise StoreError(f"{display_url(url)}: the URL names no database; {_HOW}")
        return url
    if backend == "sqlite":
        return url
    raise StoreError(f"{text!r}: strife cannot store in {backend!r} databases; {_HOW}")


def display_url(url: URL) -> str:
    """What to show the user: the absolute path of a SQLite file, or the URL sans password."""
    path = sqlite_path(url)
    if path is not None:
        return str(path)
    if url.get_backend_name() == "sqlite":
        return "sqlite (in memory)"
    return url.render_as_string(hide_password=True)


def sqlite_path(url: URL) -> Path | None:
    """The file behind a SQLite URL; None for other databases and for in-memory SQLite."""
    if url.get_backend_name() != "sqlite":
        return None
    if not url.database or url.database == ":memory:" or url.database.startswith("file:"):
        return None
    return Path(url.database).expanduser().resolve()


def check_sqlite_file(url: URL, *, create: bool) -> None:
    """Refuse a SQLite path that cannot be (or, when ``create`` is false, is not) a database."""
    path = sqlite_path(url)
    if path is None:
        return
    if path.is_dir():
        raise StoreError(f"{path}: is a directory; give the path of a database file")
    if not path.parent.is_dir():
        raise StoreError(
            f"{path}: the directory {path.parent} does not exist; create it or choose another --db"
        )
    if not create and not path.exists():
        raise StoreError(
            f"{path}: no strife database here; run `strife ingest` with this --db first"
        )


def make_engine(url: URL) -> Engine:
    """An engine for ``url``, with the connection settings strife relies on."""
    try:
        if url.get_backend_name() == "sqlite":
            return _sqlite_engine(url)
        return create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 10})
    except NoSuchModuleError:
        raise StoreError(f"{display_url(url)}: no database driver for {url.drivername!r}") from None
    except (ImportError, ArgumentError, SQLAlchemyError) as exc:
        raise StoreError(f"{display_url(url)}: {reason(exc)}") from None


def _sqlite_engine(url: URL) -> Engine:
    in_memory = sqlite_path(url) is None
    kwargs: dict[str, Any] = {"connect_args": {"timeout": 30}}
    if in_memory:
        # One shared connection: each new connection to ":memory:" would be a new, empty database.
        kwargs.update(poolclass=StaticPool, connect_args={"check_same_thread": False})
    engine = create_engine(url, **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, begin transactions, so that DDL in a migration
        # and every batch of writes is atomic (pysqlite would otherwise autocommit DDL).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        if not in_memory:
            cursor.execute("PRAGMA journal_mode=WAL")  # readers never wait for the one writer
            cursor.execute("PRAGMA synchronous=NORMAL")  # durable across a killed process
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # A writer takes the lock up front; a deferred BEGIN that later upgrades to a write lock
        # fails at once (no busy wait) when another process wrote in between.
        immediate = conn.get_execution_options().get(WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def reason(exc: BaseException) -> str:
    """The first informative line of a driver error, without SQLAlchemy's boilerplate."""
    inner: BaseException = exc.orig if isinstance(exc, DBAPIError) and exc.orig else exc
    lines = [line.strip() for line in str(inner).splitlines() if line.strip()]
    text = lines[0] if lines else type(inner).__name__
    for noise in ("connection failed: ", "(Background on this error"):
        text = text.replace(noise, "")
    return text.rstrip(". ")
