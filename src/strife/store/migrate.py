"""Bring a database to the current schema with the Alembic migrations shipped in the package.

No ``alembic.ini`` is needed: the script location is this package's ``migrations`` folder, and
the upgrade runs through alembic's ``EnvironmentContext`` on our own connection (``env.py`` is
there for developers who run the alembic command to write a new revision). The whole upgrade
runs in one transaction (SQLite and PostgreSQL both have transactional DDL), so a killed process
leaves the old schema, not half of the new one; on PostgreSQL an advisory lock keeps two
processes from migrating at once.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from alembic.config import Config
from alembic.runtime.environment import EnvironmentContext
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Connection, Engine, inspect

from strife.errors import StoreError
from strife.store.engine import WRITE_OPTION
from strife.store.tables import Base

MIGRATIONS = Path(__file__).with_name("migrations")
_MIGRATION_LOCK = 0x5354524946  # "STRIF": any constant shared by every strife process
_OUR_TABLES = frozenset({"documents", "incidents", "incident_sources"})


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


@lru_cache(maxsize=1)
def script_directory() -> ScriptDirectory:
    """The migration scripts, loaded once per process (every open_store checks them)."""
    return ScriptDirectory.from_config(alembic_config())


def upgrade(engine: Engine, where: str) -> None:
    """Migrate to head unless already there; ``where`` names the database in errors."""
    script = script_directory()
    heads = set(script.get_heads())
    with engine.execution_options(**{WRITE_OPTION: True}).begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_MIGRATION_LOCK})")
        current = set(MigrationContext.configure(conn).get_current_heads())
        if current == heads:
            return
        if not current:
            _refuse_foreign(conn, where)
        elif not current <= {rev.revision for rev in script.walk_revisions()}:
            raise StoreError(
                f"{where}: the database was written by a newer strife (revision "
                f"{', '.join(sorted(current))}); upgrade strife to use it"
            )
        try:
            _run_upgrade(conn, script)
        except CommandError as exc:
            raise StoreError(f"{where}: cannot migrate the database ({exc})") from None


def _run_upgrade(conn: Connection, script: ScriptDirectory) -> None:
    """What ``alembic upgrade head`` does, inside our transaction, without running env.py."""

    def steps(revision: Any, _context: Any) -> Any:
        return script._upgrade_revs("head", revision)

    with EnvironmentContext(alembic_config(), script, fn=steps) as env:
        env.configure(
            connection=conn,
            target_metadata=Base.metadata,
            render_as_batch=conn.dialect.name == "sqlite",
        )
        with env.begin_transaction():
            env.run_migrations()


def _refuse_foreign(conn: Connection, where: str) -> None:
    """Never add strife's tables to a database that some other program already uses."""
    tables = set(inspect(conn).get_table_names())
    clash = tables & _OUR_TABLES
    if clash or (tables and conn.dialect.name == "sqlite"):
        raise StoreError(
            f"{where}: this database already holds tables that strife did not create "
            f"({', '.join(sorted(tables)[:5])}); choose another --db"
        )
