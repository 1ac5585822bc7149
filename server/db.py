"""The server's database: engine from a URL, its own Alembic migrations, first-start seeding.

PostgreSQL in production (`postgresql://...`, driven by psycopg 3) and an SQLite file as the
embedded default for a one-machine trial (WAL, foreign keys on, a long busy timeout, so writers
queue rather than fail). Nothing is created at import time: `Store(url)` makes the engine,
`Store.prepare()` brings the schema to head (server/migrations, NOT the PC's app/migrations,
whose FTS5 table PostgreSQL cannot create) and seeds what every server needs: the epoch, the
province stream and the province's standard agency list. Every session carries the change
stamping hook of `server.changes`.
"""
from __future__ import annotations

import os
import secrets
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from server import changes
from server.models import ServerMeta, SyncStream

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
ENV_URL = "DABIR_SERVER_DATABASE_URL"


def default_url() -> str:
    """DABIR_SERVER_DATABASE_URL, or an SQLite file in the platform's data folder."""
    if os.environ.get(ENV_URL):
        return os.environ[ENV_URL]
    from platformdirs import user_data_dir

    folder = Path(user_data_dir("DabirServer", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'dabir-server.db'}"


def normalise_url(url: str) -> str:
    """postgres:// and postgresql:// mean psycopg 3; anything else is taken as given."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://"):]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    return url


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=60000")
    cursor.close()


def make_engine(url: str) -> Engine:
    url = normalise_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 60},
                               pool_size=8, max_overflow=8)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_size=10, max_overflow=10, pool_pre_ping=True)


def upgrade_to_head(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


class Store:
    """An open server database: engine and session factory (stamping hook installed)."""

    def __init__(self, url: str):
        self.url = normalise_url(url)
        self.engine = make_engine(self.url)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        changes.install(self.sessions)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def prepare(self) -> None:
        """Migrate to head and seed the epoch, the province stream and the agency list."""
        upgrade_to_head(self.engine)
        with self.session(actor="server") as s:
            if s.get(ServerMeta, "epoch") is None:
                s.add(ServerMeta(key="epoch", value=secrets.token_hex(8)))
            if s.get(SyncStream, changes.PROVINCE) is None:
                s.add(SyncStream(stream=changes.PROVINCE, last_seq=0))
            s.flush()
        with self.session(actor="server") as s:
            from app.models import Agency
            from app.services.agencies import seed_agencies

            if s.scalar(select(Agency.id).where(Agency.council_id.is_(None)).limit(1)) is None:
                changes.lock_stream(s, changes.PROVINCE)
                seed_agencies(s)

    def epoch(self) -> str:
        with self.session() as s:
            return s.get(ServerMeta, "epoch").value

    @contextmanager
    def session(self, actor: str | None = None, device_id: str | None = None
                ) -> Iterator[Session]:
        """One transaction: commit at the end of the block, roll back on any exception."""
        session = self.sessions()
        session.info["actor"] = actor
        session.info["device_id"] = device_id
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
