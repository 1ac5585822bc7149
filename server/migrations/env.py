"""Alembic environment of the provincial server (its own history, apart from the PC's).

The schema is the synced tables of `app.models` (not the PC-only ones: audit log, accounts,
settings, outbox, the PC's sync bookkeeping, the FTS5 search index) plus `server.models`.
Runs on the connection `server.db` hands over, or on `sqlalchemy.url` for the developer CLI.
"""
from alembic import context
from sqlalchemy import MetaData, create_engine

from app.models import Base
from server.models import PC_ONLY, ServerBase

config = context.config


def server_metadata() -> MetaData:
    """One MetaData with the server's tables: app.models minus the PC-only ones, and ours."""
    meta = MetaData(naming_convention=Base.metadata.naming_convention)
    for table in Base.metadata.sorted_tables:
        if table.name not in PC_ONLY:
            table.to_metadata(meta)
    for table in ServerBase.metadata.sorted_tables:
        table.to_metadata(meta)
    return meta


target_metadata = server_metadata()


def include_object(obj, name, type_, reflected, compare_to):
    return not (type_ == "table" and name.startswith("search_index"))


def _configure(connection) -> None:
    context.configure(connection=connection, target_metadata=target_metadata,
                      include_object=include_object, render_as_batch=True,
                      compare_type=True)


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        with create_engine(config.get_main_option("sqlalchemy.url")).begin() as conn:
            _configure(conn)
            context.run_migrations()
        return
    _configure(connection)
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
