"""Test harness of the sync and server tests: a real PostgreSQL, a real server on loopback.

`Postgres` runs a throw-away cluster for the whole test session: `initdb` into a temporary
directory (owned by the `postgres` user when the tests run as root, since PostgreSQL refuses to
run as root), `pg_ctl start` on a free loopback port, one migrated template database, and a
fresh database per test copied from it (`CREATE DATABASE ... TEMPLATE`, fast). It is started
once per process however many conftests import this module, and stopped at exit. `LiveServer`
runs the real FastAPI app under uvicorn in a thread on a free loopback port, so the clients talk
real HTTP with gzip. `Council` sets up a council database file the way a secretary would.
"""
from __future__ import annotations

import atexit
import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from pathlib import Path

PG_BIN_GLOB = "/usr/lib/postgresql/*/bin"


def pg_bin_dir() -> Path | None:
    found = sorted(glob.glob(PG_BIN_GLOB), key=lambda p: int(Path(p).parent.name)
                   if Path(p).parent.name.isdigit() else 0)
    if found and Path(found[-1], "initdb").exists():
        return Path(found[-1])
    which = shutil.which("initdb")
    return Path(which).parent if which else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Postgres:
    """A PostgreSQL cluster of our own on 127.0.0.1:<port>, trust auth, user postgres."""

    def __init__(self, bin_dir: Path):
        self.bin = bin_dir
        self.root = Path(tempfile.mkdtemp(prefix="dabir-pg-"))
        self.data = self.root / "data"
        self.port = free_port()
        self.as_root = os.geteuid() == 0
        self._names = itertools.count(1)
        self.started = False

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        cmd = [str(self.bin / args[0]), *args[1:]]
        if self.as_root:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        return subprocess.run(cmd, capture_output=True, text=True, check=check, timeout=120)

    def start(self) -> None:
        os.chmod(self.root, 0o755)
        if self.as_root:
            shutil.chown(self.root, "postgres", "postgres")
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust",
                  "-E", "UTF8", "--no-locale", "--no-sync")
        options = (f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                   "-c max_connections=200")
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "log"), "-o", options,
                  "-w", "-t", "60", "start")
        self.started = True
        self._sql("CREATE DATABASE dabir_template")
        from server.db import Store, upgrade_to_head

        store = Store(self.url("dabir_template"))
        upgrade_to_head(store.engine)
        store.close()

    def url(self, name: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{name}"

    def _sql(self, statement: str) -> None:
        import psycopg

        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres",
                             autocommit=True) as conn:
            conn.execute(statement)

    def new_database(self) -> str:
        name = f"t{os.getpid()}_{next(self._names)}"
        self._sql(f"CREATE DATABASE {name} TEMPLATE dabir_template")
        return self.url(name)

    def stop(self) -> None:
        if self.started:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop",
                      check=False)
            self.started = False
        shutil.rmtree(self.root, ignore_errors=True)


_POSTGRES: Postgres | None = None
_POSTGRES_ERROR: str | None = None


def postgres() -> Postgres | str:
    """The session's cluster (started on first use), or why there is none."""
    global _POSTGRES, _POSTGRES_ERROR
    if _POSTGRES is None and _POSTGRES_ERROR is None:
        bin_dir = pg_bin_dir()
        if bin_dir is None:
            _POSTGRES_ERROR = ("PostgreSQL binaries not found (install the Debian package "
                               "'postgresql'; scripts/run-tests.sh does it)")
            return _POSTGRES_ERROR
        cluster = Postgres(bin_dir)
        try:
            cluster.start()
        except subprocess.CalledProcessError as exc:
            cluster.stop()
            raise RuntimeError(f"PostgreSQL did not start: {exc.stderr or exc.stdout}") from exc
        atexit.register(cluster.stop)
        _POSTGRES = cluster
    return _POSTGRES if _POSTGRES is not None else _POSTGRES_ERROR


def stop_postgres() -> None:
    if _POSTGRES is not None:
        _POSTGRES.stop()


class LiveServer:
    """The real app under uvicorn in a thread, on a free loopback port."""

    def __init__(self, database_url: str):
        import uvicorn

        from server.app import create_app

        self.app = create_app(database_url)
        self.store = self.app.state.store
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(self.app, log_level="warning", access_log=False,
                                lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]},
                                       daemon=True)

    def start(self) -> "LiveServer":
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.sock.close()
        self.store.close()

    def restore_file(self, template: Path) -> None:
        """Put the SQLite file `template` in place of the server's database while it runs, as a
        restore from a backup would: pooled connections closed, the file (and its -wal, -shm)
        replaced. The engine, hence its compiled-statement cache, is kept: the model test
        restores a template world per example this way instead of migrating, registering and
        enrolling each time. Only between requests."""
        replace_sqlite_file(self.store.engine, template)

    # ---------------------------------------------------------------- admin shortcuts

    def add_council(self, neighbourhood: str = "شهرک ولیعصر", **places) -> tuple[str, str]:
        """Register a council; (council id, one-time code)."""
        from server import councils

        with self.store.session(actor="admin") as s:
            council_id = councils.add_council(
                s, province=places.get("province", "اردبیل"),
                county=places.get("county", "اردبیل"),
                settlement=places.get("settlement", "اردبیل"), neighbourhood=neighbourhood)
            code = councils.new_enrollment_code(s, council_id)
        return council_id, code

    def code(self, council_id: str) -> str:
        from server import councils

        with self.store.session(actor="admin") as s:
            return councils.new_enrollment_code(s, council_id)

    def staff_token(self, name: str = "staff") -> str:
        from server import staff

        with self.store.session(actor="admin") as s:
            return staff.new_staff_token(s, name)


def replace_sqlite_file(engine, template: Path) -> None:
    """Close `engine`'s pooled connections and copy `template` over its SQLite file."""
    engine.dispose()
    target = Path(engine.url.database)
    for suffix in ("-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(template, target)


def council_database(path: Path, neighbourhood: str = "شهرک ولیعصر", code: str = "ARD-0054"):
    """A council PC's database set up offline by the first-run wizard."""
    from app.services.council import CouncilInput, setup_council
    from app.services.database import open_database

    db = open_database(path)
    with db.session(actor="secretary") as s:
        setup_council(s, CouncilInput(province="اردبیل", county="اردبیل", settlement="اردبیل",
                                      neighbourhood=neighbourhood, code=code,
                                      founded_on="1404/02/15"))
    return db


# ------------------------------------------------------------------ pytest fixtures

import pytest  # noqa: E402

BACKENDS = ("sqlite", "postgresql")


def backend_database(backend: str, folder: Path) -> str:
    """A fresh, empty server database URL on `backend` (skips when PostgreSQL is missing)."""
    if backend == "sqlite":
        return f"sqlite:///{folder / 'server.db'}"
    cluster = postgres()
    if isinstance(cluster, str):
        pytest.skip(cluster)
    return cluster.new_database()


@pytest.fixture(scope="module", params=BACKENDS)
def backend_url(request, tmp_path_factory) -> str:
    """A fresh server database for the module, on SQLite and on PostgreSQL."""
    return backend_database(request.param, tmp_path_factory.mktemp("server"))


@pytest.fixture(scope="module")
def live_server(backend_url):
    """The real server app on loopback for the module's tests (each test makes its councils)."""
    server = LiveServer(backend_url).start()
    yield server
    server.stop()


def pytest_sessionfinish(session, exitstatus) -> None:
    stop_postgres()


# ------------------------------------------------------------------ client-side helpers


def snapshot(session, council_id: str) -> dict[str, dict[str, dict]]:
    """Every row of a council by table and id, content only (bookkeeping left out)."""
    from sqlalchemy import select

    from app.services import wire

    out: dict[str, dict[str, dict]] = {}
    for name, model in wire.TABLES.items():
        where = wire.scope_filter(model, council_id)
        if where is None:
            continue
        rows = session.execute(select(model.__table__).where(where)).mappings()
        out[name] = {r["id"]: {k: v for k, v in wire.row_to_wire(r).items()
                               if k not in wire.BOOKKEEPING} for r in rows}
    return out


def pc_snapshot(db, council_id: str) -> dict:
    with db.session() as s:
        return snapshot(s, council_id)


def server_snapshot(server: LiveServer, council_id: str) -> dict:
    with server.store.session() as s:
        return snapshot(s, council_id)


def edit(db, model, row_id: str, actor: str = "secretary", **values) -> None:
    """A secretary's edit of one row (through the ORM, so the outbox records it)."""
    with db.session(actor=actor) as s:
        row = s.get(model, row_id)
        for key, value in values.items():
            setattr(row, key, value)


def add(db, row, actor: str = "secretary") -> str:
    with db.session(actor=actor) as s:
        s.add(row)
        s.flush()
        return row.id


def council_id_of(db) -> str:
    from app.services import common

    with db.session() as s:
        return common.the_council_id(s)


# ------------------------------------------------------------------ raw protocol clients


def raw_op(table: str, row_id: str, action: str, changes: dict, base: dict | None = None,
           actor: str = "secretary") -> dict:
    from app.ids import new_id

    return {"op_id": new_id(), "table": table, "row_id": row_id, "action": action,
            "changes": changes, "base": base or {}, "actor": actor}


def new_committee(council_id: str, name: str = "کمیته آزمایشی") -> dict:
    from app.ids import new_id

    row_id = new_id()
    return raw_op("committees", row_id, "insert",
                  {"id": row_id, "council_id": council_id, "name": name, "area": "other",
                   "description": None, "created_at": "2025-01-01T08:00:00+00:00",
                   "deleted_at": None})


class RawDevice:
    """An enrolled device speaking the protocol by hand (no client code in between)."""

    def __init__(self, server: LiveServer, code: str, local_council_id: str | None = None):
        import httpx

        from app.sync.protocol import PROTOCOL_HEADER

        self.http = httpx.Client(base_url=server.url, headers={PROTOCOL_HEADER: "1"},
                                 timeout=30)
        answer = self.http.post("/v1/enroll", json={"code": code, "device_name": "raw",
                                                     "local_council_id": local_council_id})
        assert answer.status_code == 200, answer.text
        data = answer.json()
        self.device_id, self.token, self.council_id = (data["device_id"], data["token"],
                                                       data["council_id"])
        self.http.headers["Authorization"] = f"Bearer {self.token}"

    def batch(self, ops: list[dict], batch_id: str | None = None) -> dict:
        from app.ids import new_id

        return {"batch_id": batch_id or new_id(), "device_clock": "2025-01-01T08:00:00+00:00",
                "ops": ops}

    def push(self, ops: list[dict], batch_id: str | None = None):
        return self.http.post("/v1/sync/push", json=self.batch(ops, batch_id))

    def pushed(self, ops: list[dict]) -> list[dict]:
        """Push and return the per-op results (the push must be accepted)."""
        answer = self.push(ops)
        assert answer.status_code == 200, answer.text
        return answer.json()["results"]

    def pull(self, stream: str | None = None, since: int = 0, **params):
        return self.http.get("/v1/sync/pull", params={
            "stream": stream or f"council:{self.council_id}", "since": since, **params})

    def close(self) -> None:
        self.http.close()
