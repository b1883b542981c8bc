"""Shared fixtures: store URLs for SQLite (a temporary file) and PostgreSQL.

PostgreSQL tests use the server in ``STRIFE_TEST_PG_URL`` (``.ci/run`` starts one with
``.ci/postgres.sh``), in schemas of their own that are dropped afterwards (``store_url``: a new
schema per test; ``store``: one schema per session, emptied before each test). Without the
variable, or with the server down, they skip and say why; with ``STRIFE_REQUIRE_PG=1`` (CI) they
fail instead, so a missing server can never pass unnoticed.

Tests that read ``../shared`` (the seed article, MUC-4, the geoparsing corpora) get their files
through ``shared_path``: without the folder they skip with one reason; with
``STRIFE_REQUIRE_SHARED=1`` (CI) they fail instead. ``make test`` passes on a clone of the
repository alone.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
REQUIRE_SHARED_ENV = "STRIFE_REQUIRE_SHARED"
PG_ENV = "STRIFE_TEST_PG_URL"
REQUIRE_ENV = "STRIFE_REQUIRE_PG"
BACKENDS = ("sqlite", "postgresql")


def _pg_unavailable() -> str | None:
    """Why PostgreSQL tests cannot run, or None when the server answers."""
    url = os.environ.get(PG_ENV)
    if not url:
        return f"{PG_ENV} is not set (run `bash .ci/postgres.sh` and set it to test PostgreSQL)"
    from sqlalchemy import create_engine

    from strife.store.engine import parse_url, reason

    engine = create_engine(parse_url(url), connect_args={"connect_timeout": 5})
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except Exception as exc:  # noqa: BLE001 - any failure means "no server", reported below
        return f"PostgreSQL at {PG_ENV} is unreachable: {reason(exc)}"
    finally:
        engine.dispose()
    return None


@pytest.fixture(scope="session")
def shared_path() -> Callable[[str], Path]:
    """``shared_path("seed/x.txt")``: the file under ../shared, or a skip (a failure in CI)."""

    def find(relative: str) -> Path:
        path = SHARED / relative
        if path.exists():
            return path
        why = f"../shared/{relative} is absent (no shared data folder beside the repository)"
        if os.environ.get(REQUIRE_SHARED_ENV) == "1":
            pytest.fail(f"{REQUIRE_SHARED_ENV}=1 but {why}", pytrace=False)
        pytest.skip(why)

    return find


@pytest.fixture(scope="session")
def pg_base_url() -> str:
    why = _pg_unavailable()
    if why is not None:
        if os.environ.get(REQUIRE_ENV) == "1":
            pytest.fail(f"{REQUIRE_ENV}=1 but {why}", pytrace=False)
        pytest.skip(why)
    return os.environ[PG_ENV]


@contextmanager
def pg_schema_url(base_url: str) -> Iterator[str]:
    """A URL whose connections work in a fresh, private schema; the schema is dropped after."""
    from sqlalchemy import create_engine

    from strife.store.engine import parse_url

    schema = f"t_{uuid.uuid4().hex[:16]}"
    admin = create_engine(parse_url(base_url))
    with admin.begin() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
    url = parse_url(base_url).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        admin.dispose()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'store.db'}"


@pytest.fixture
def pg_url(pg_base_url: str) -> Iterator[str]:
    with pg_schema_url(pg_base_url) as url:
        yield url


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest) -> str:
    """The same test against a SQLite file and against PostgreSQL."""
    name = "sqlite_url" if request.param == "sqlite" else "pg_url"
    return str(request.getfixturevalue(name))


@pytest.fixture(scope="session")
def pg_shared_url(pg_base_url: str) -> Iterator[str]:
    """One migrated PostgreSQL schema for the whole session; ``store`` empties it per test."""
    from strife.store import open_store

    with pg_schema_url(pg_base_url) as url:
        open_store(url).close()
        yield url


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path, merger: Any) -> Iterator[object]:
    """An open, empty store: a new SQLite file, or the shared PostgreSQL schema emptied (much
    faster than migrating a new schema for every test)."""
    from strife.store import open_store
    from strife.store.tables import Base

    if request.param == "sqlite":
        opened = open_store(f"sqlite:///{tmp_path / 'store.db'}", merger=merger)
    else:
        opened = open_store(str(request.getfixturevalue("pg_shared_url")), merger=merger)
        names = ", ".join(table.name for table in Base.metadata.sorted_tables)
        with opened.engine.begin() as conn:
            conn.exec_driver_sql(f"TRUNCATE {names} RESTART IDENTITY CASCADE")
    try:
        yield opened
    finally:
        opened.close()


class NeverMerge:
    """A merger under which every incident is new (``open_store(url, merger=...)``)."""

    def find_match_id(self, new, candidates, new_text=None):  # type: ignore[no-untyped-def]
        return None

    def combine(self, stored, new, source, document):  # type: ignore[no-untyped-def]
        raise AssertionError("NeverMerge never finds a match to combine with")


@pytest.fixture
def never_merge() -> NeverMerge:
    """Every incident is new: store, export and API tests must not depend on the merge scoring
    (tested in tests/merge); they hand this to the stores they open."""
    return NeverMerge()


@pytest.fixture
def merger() -> object:
    """The merger of the ``store`` fixture's store: None is the scored merge; the store, export
    and serve tests override this fixture with ``never_merge``."""
    return None


@pytest.fixture(scope="session")
def extractor():
    """One real extractor for the whole session: loading the models is the slow part."""
    from strife.pipeline import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def run(extractor):
    """Extract from body text written in the test, with an optional publication date."""
    from datetime import date

    from strife.ingest.documents import document_from_plain_text

    def _run(body: str, published: str | None = None, title: str = ""):
        doc = document_from_plain_text(
            body, published=date.fromisoformat(published) if published else None, title=title
        )
        return extractor.extract(doc)

    return _run


@pytest.fixture(scope="session")
def nlp(extractor):
    return extractor.nlp


def pytest_configure(config: pytest.Config) -> None:
    """Caches and imported data of the test session live in temporary directories: a test
    run neither reads a developer's GeoNames import nor evicts another checkout's cache."""
    import tempfile

    for variable, prefix in (("STRIFE_CACHE_DIR", "strife-test-cache-"),
                             ("STRIFE_DATA_DIR", "strife-test-data-")):
        os.environ[variable] = tempfile.mkdtemp(prefix=prefix)
        _TEMPORARY.append(os.environ[variable])


def pytest_unconfigure(config: pytest.Config) -> None:
    import shutil

    for path in _TEMPORARY:
        shutil.rmtree(path, ignore_errors=True)


_TEMPORARY: list[str] = []
