"""Opening a store: bad URLs and files fail with one line and leave everything untouched;
migrations build exactly the tables the models describe."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text

from strife.errors import StoreError
from strife.store import open_store
from strife.store.engine import parse_url
from strife.store.tables import Base


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("postgresql://nohost.invalid/x", "cannot open the database"),
        ("foo://", "cannot store in 'foo' databases"),
        ("sqlite:////nonexistent-strife-dir/x.db", "does not exist"),
        ("", "empty"),
        ("postgresql://localhost", "names no database"),
    ],
)
def test_bad_urls_fail_with_one_line(url: str, message: str) -> None:
    with pytest.raises(StoreError, match=message) as caught:
        open_store(url)
    assert "\n" not in str(caught.value)


def test_a_missing_file_is_not_created_when_create_is_false(tmp_path: Path) -> None:
    path = tmp_path / "absent.db"
    with pytest.raises(StoreError, match="no strife database"):
        open_store(f"sqlite:///{path}", create=False)
    assert not path.exists()


def test_a_file_that_is_not_a_database_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("my notes, not a database\n")
    with pytest.raises(StoreError, match="not a database"):
        open_store(f"sqlite:///{path}")
    assert path.read_text() == "my notes, not a database\n"


def test_another_programs_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER)")
    with pytest.raises(StoreError, match="tables that strife did not create"):
        open_store(f"sqlite:///{path}")
    with sqlite3.connect(path) as conn:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert tables == {"customers"}


def test_a_bare_path_means_a_sqlite_file(tmp_path: Path) -> None:
    path = tmp_path / "plain.db"
    with open_store(str(path)) as store:
        assert store.url == str(path.resolve())
    assert path.exists()


def test_postgres_urls_use_the_shipped_driver() -> None:
    assert parse_url("postgres://u:p@h/db").drivername == "postgresql+psycopg"
    assert parse_url("postgresql://u:p@h/db").drivername == "postgresql+psycopg"


def test_migrations_build_what_the_models_describe(store_url: str) -> None:
    open_store(store_url).close()
    engine = create_engine(parse_url(store_url))
    with engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert differences == []


def test_a_database_from_a_newer_strife_is_refused(store_url: str) -> None:
    open_store(store_url).close()
    engine = create_engine(parse_url(store_url))
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    engine.dispose()
    with pytest.raises(StoreError, match="newer strife"):
        open_store(store_url)
