"""Bring a database to the current schema with the Alembic migrations shipped in the package.

No ``alembic.ini`` is needed: the script location is this package's ``migrations`` folder and
the connection is handed to ``env.py``. The whole upgrade runs in one transaction (SQLite and
PostgreSQL both have transactional DDL), so a killed process leaves the old schema, not half
of the new one; on PostgreSQL an advisory lock keeps two processes from migrating at once.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Connection, Engine, inspect

from strife.errors import StoreError
from strife.store.engine import WRITE_OPTION

MIGRATIONS = Path(__file__).with_name("migrations")
_MIGRATION_LOCK = 0x5354524946  # "STRIF": any constant shared by every strife process
_OUR_TABLES = frozenset({"documents", "incidents", "incident_sources"})


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revisions() -> set[str]:
    return set(ScriptDirectory.from_config(alembic_config()).get_heads())


def upgrade(engine: Engine, where: str) -> None:
    """Migrate to head unless already there; ``where`` names the database in errors."""
    config = alembic_config()
    heads = head_revisions()
    with engine.execution_options(**{WRITE_OPTION: True}).begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_MIGRATION_LOCK})")
        current = set(MigrationContext.configure(conn).get_current_heads())
        if current == heads:
            return
        if not current:
            _refuse_foreign(conn, where)
        elif not current <= _known_revisions(config):
            raise StoreError(
                f"{where}: the database was written by a newer strife (revision "
                f"{', '.join(sorted(current))}); upgrade strife to use it"
            )
        config.attributes["connection"] = conn
        try:
            command.upgrade(config, "head")
        except CommandError as exc:
            raise StoreError(f"{where}: cannot migrate the database ({exc})") from None


def _known_revisions(config: Config) -> set[str]:
    return {rev.revision for rev in ScriptDirectory.from_config(config).walk_revisions()}


def _refuse_foreign(conn: Connection, where: str) -> None:
    """Never add strife's tables to a database that some other program already uses."""
    tables = set(inspect(conn).get_table_names())
    clash = tables & _OUR_TABLES
    if clash or (tables and conn.dialect.name == "sqlite"):
        raise StoreError(
            f"{where}: this database already holds tables that strife did not create "
            f"({', '.join(sorted(tables)[:5])}); choose another --db"
        )
