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
import threading
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


_WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")


def _queue_sqlite_writers(engine: Engine) -> None:
    """One writing transaction at a time in this process, the others queued on a lock.

    SQLite has one write lock per database. Without this, concurrent writers wait for it in
    SQLite's busy handler, which polls with sleeps of up to 100 ms: under load most of the
    time goes to sleeping while the lock is free, and who gets it next is luck. Here a
    transaction takes a process-wide lock just before its first write (pysqlite begins the
    SQLite transaction at that statement too) and gives it back when its connection goes back
    to the pool, i.e. after its COMMIT or ROLLBACK has finished (a session hands its connection
    back at the end of each transaction), so writers are served one after the other without
    gaps; readers are not held up (WAL). Another process (the admin CLI) is still handled by
    the busy timeout; a lock not obtained in 60 s is gone around the same way.
    """
    lock = threading.Lock()

    def take(conn, _cursor, statement, _params, _context, _many) -> None:
        if conn.info.get("writer") or not statement.lstrip()[:7].upper().startswith(_WRITES):
            return
        if lock.acquire(timeout=60):
            conn.info["writer"] = True

    def give_back(info: dict) -> None:
        if info.pop("writer", False):
            lock.release()

    event.listen(engine, "before_cursor_execute", take)
    event.listen(engine.pool, "checkin", lambda _dbapi, record: give_back(record.info))
    event.listen(engine.pool, "invalidate", lambda _dbapi, record, _exc: give_back(record.info))


def make_engine(url: str) -> Engine:
    url = normalise_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 60},
                               pool_size=8, max_overflow=8)
        event.listen(engine, "connect", _sqlite_pragmas)
        _queue_sqlite_writers(engine)
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

    @property
    def capacity(self) -> int:
        """How many requests may hold a session at once: the pool's connections, at most 32
        (the threadpool has 40 threads, and admitted requests must never wait for one)."""
        pool = self.engine.pool
        size = pool.size() + getattr(pool, "_max_overflow", 0) if hasattr(pool, "size") else 8
        return max(1, min(size, 32))

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
