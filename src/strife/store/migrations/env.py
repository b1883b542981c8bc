"""Alembic environment for strife's store.

strife runs migrations itself when a store is opened (``strife.store.migrate.upgrade``) and hands
the open connection in ``config.attributes["connection"]``. A developer can also run the alembic
command with ``-x url=...`` to generate a new revision against a scratch database.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from strife.store.engine import make_engine, parse_url
from strife.store.tables import Base


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite ALTER TABLE is limited
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = make_engine(parse_url(context.get_x_argument(as_dictionary=True).get("url")))
    with engine.begin() as conn:
        _run(conn)


if context.is_offline_mode():
    raise SystemExit("strife's migrations run online only: pass -x url=DATABASE_URL")
run_migrations_online()
