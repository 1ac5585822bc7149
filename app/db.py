"""Opening a Dabir SQLite database: engine, pragmas, migrations and the unit-of-work scope.

SQLite is set to WAL (readers never block the writer), foreign keys on, `synchronous=FULL` (a
mosque PC loses power: a committed edit must survive) and a busy timeout. Alembic brings the
schema to head on every open, so an old database file from a USB stick just works.
`Database.session()` is the one way to write: it commits on success and rolls back on any
error, so a refused action leaves nothing half-written.
"""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from app import clock

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def _set_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def make_engine(path: Path | str) -> Engine:
    """An engine on the SQLite file at `path` with Dabir's pragmas on every connection."""
    engine = create_engine(f"sqlite:///{Path(path)}", future=True)
    event.listen(engine, "connect", _set_pragmas)
    return engine


def alembic_config(connection=None):
    """An Alembic Config pointing at app/migrations (no alembic.ini needed at run time)."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def upgrade_to_head(engine: Engine) -> None:
    """Apply every pending migration; cheap when the database is already current."""
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    cfg = alembic_config()
    head = ScriptDirectory.from_config(cfg).get_current_head()
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    if current == head:
        return
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def schema_revision(engine: Engine) -> str | None:
    """The Alembic revision the database is at (None for an empty file)."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


class Database:
    """An open database file: its engine and a session factory bound to it."""

    #: how far this PC's clock is from the wall clock (tests of clock skew); see `app.clock`
    clock_offset = None

    def __init__(self, path: Path | str, *, migrate: bool = True):
        self.path = Path(path)
        self.engine = make_engine(self.path)
        if migrate:
            upgrade_to_head(self.engine)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False, future=True)

    @contextmanager
    def session(self, actor: str | None = None, **info) -> Iterator[Session]:
        """A unit of work: commit when the block ends, roll back on any exception.

        `actor` is who is acting (the logged-in account or 'cli'); it goes to the audit log.
        """
        session = self.sessions()
        session.info["actor"] = actor
        session.info.update(info)
        with clock.shifted(self.clock_offset):
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise
            finally:
                session.close()

    def close(self) -> None:
        self.engine.dispose()
