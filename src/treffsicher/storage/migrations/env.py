"""Alembic environment: runs migrations on the connection treffsicher hands over."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from treffsicher.storage.engine import make_engine
from treffsicher.storage.tables import load_all_tables

TARGET_METADATA = load_all_tables()


def run_on_connection(connection: Connection) -> None:
    """Configure the context for `connection` and run the pending migrations."""
    context.configure(
        connection=connection,
        target_metadata=TARGET_METADATA,
        # SQLite cannot ALTER most things; batch mode copies tables instead (Alembic docs).
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations() -> None:
    """Use the connection from config.attributes, else the URL from sqlalchemy.url."""
    config = context.config
    connection = config.attributes.get("connection")
    if connection is not None:
        run_on_connection(connection)
        return
    engine = make_engine(config.get_main_option("sqlalchemy.url") or "")
    with engine.begin() as conn:
        run_on_connection(conn)
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("treffsicher migrations run online only")
run_migrations()
