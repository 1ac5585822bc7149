"""Sync benchmarks: first sync of the large demo, incremental cost against size, many councils.

    python benchmarks/bench_sync.py [--part first|incremental|many|all] [--big 100000]
                                    [--councils 200] [--database-url URL]
                                    [--server-workers N] [--client-procs N]

The server runs as a real `dabir-server serve` subprocess on loopback (SQLite file by default,
or any --database-url, e.g. PostgreSQL), so the clients and the server do not share a GIL.

(a) first: the large demo council (benchmarks/out/large-demo-0.db, built if missing, copied
    before use) enrolls and syncs in full; rows/s beside a raw bulk insert (SQLAlchemy Core
    executemany, one transaction) of the same rows, read back from the server, into a fresh
    database of the same server backend, in the same run; the ratio is printed.
(b) incremental: councils of --small (1,000) and --big (100,000) member rows (the filler and its
    outbox inserts written with Core executemany, `fill_members`; the first sync, which pushes
    and verifies them all, is not timed); then --repeat times 50 edits and one timed sync; the
    ratio of the medians shows whether an incremental sync costs more as the council grows
    (wall clock, and CPU seconds of the PC and server processes, steadier on a busy machine);
    then one more with a full verify (the daily one) as the baseline of the same run.
(c) many: --councils councils (raw protocol clients of benchmarks/sync_many.py, spread over
    --client-procs processes) sync at once: each pushes a batch of 5 new members, pulls both
    streams and verifies; p50, p99 and max latency of one sync, syncs/s, errors, beside one
    sync alone on the idle server (the baseline) and the server's own per-request times.
"""
from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`dabir-server serve` in a subprocess, plus an admin Store on the same database."""

    def __init__(self, database_url: str, workers: int = 1, log: Path | None = None):
        from server.db import Store, upgrade_to_head

        self.database_url, self.log = database_url, log
        self.store = Store(database_url)
        upgrade_to_head(self.store.engine)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.proc = subprocess.Popen(
            [sys.executable, "-c", "import sys; from server.cli import main; sys.exit(main())",
             "serve", "--database-url", database_url, "--port", str(self.port),
             "--workers", str(workers)],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
            stderr=open(log, "ab") if log else subprocess.DEVNULL)  # noqa: SIM115
        import httpx

        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{self.url}/v1/health", timeout=1).status_code < 500:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline or self.proc.poll() is not None:
                raise RuntimeError("the server did not start")
            time.sleep(0.1)

    def add_council(self, neighbourhood: str) -> tuple[str, str]:
        from server import councils

        with self.store.session(actor="admin") as s:
            cid = councils.add_council(s, province="اردبیل", county="اردبیل",
                                       settlement="اردبیل", neighbourhood=neighbourhood)
            return cid, councils.new_enrollment_code(s, cid)

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self.store.close()


def _national_id(i: int) -> str:
    body = f"{300000000 + i:09d}"
    r = sum(int(d) * (10 - j) for j, d in enumerate(body)) % 11
    return body + str(r if r < 2 else 11 - r)


def _member(cid: str, i: int):
    from app.models import Member

    return Member(council_id=cid, first_name="زهرا", last_name=f"کریمی {i}",
                  national_id=_national_id(i), gender="female", residence_proof="قبض")


def new_server(args, folder: Path, name: str, **options) -> Server:
    if args.postgres:
        from sync_harness import postgres

        cluster = postgres()
        if isinstance(cluster, str):
            raise SystemExit(cluster)
        return Server(cluster.new_database(), **options)
    return Server(args.database_url or f"sqlite:///{folder / (name + '.db')}", **options)


# ------------------------------------------------------------------ (a) first sync


def bench_first(args, folder: Path) -> None:
    from sqlalchemy import insert, select

    from app.services import wire
    from app.services.database import open_database
    from app.sync.engine import sync
    from app.sync.enroll import enroll
    from benchmarks import demo_cache
    from server.db import Store, upgrade_to_head

    cached = demo_cache.cache_dir() / "large-demo-0.db"
    if not cached.exists():
        print("building the large demo (minutes) ...", flush=True)
        demo_cache.build(cached, "large", 0)
    pc_path = folder / "large.db"
    shutil.copy(cached, pc_path)
    server = new_server(args, folder, "first")
    try:
        _, code = server.add_council("محله بزرگ")
        db = open_database(pc_path)
        enroll(db, server.url, code)
        started = time.perf_counter()
        report = sync(db)
        took = time.perf_counter() - started
        cid = None
        with db.session() as s:
            from app.models import SyncState

            cid = s.get(SyncState, 1).council_id
        db.close()
        # the same rows, read back from the server, bulk-inserted into a fresh database
        rows: dict[str, list[dict]] = {}
        with server.store.session() as s:
            for name, model in wire.TABLES.items():
                where = wire.scope_filter(model, cid)
                if where is not None:
                    rows[name] = [dict(r) for r in
                                  s.execute(select(model.__table__).where(where)).mappings()]
        n = sum(len(v) for v in rows.values())
        url = args.raw_database_url or f"sqlite:///{folder / 'raw.db'}"
        if args.postgres and not args.raw_database_url:
            from sync_harness import postgres

            url = postgres().new_database()
        raw = Store(url)
        upgrade_to_head(raw.engine)
        started = time.perf_counter()
        with raw.engine.begin() as conn:
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF") if url.startswith("sqlite") else None
            for name, batch in rows.items():
                if batch:
                    conn.execute(insert(wire.TABLES[name].__table__), batch)
        raw_took = time.perf_counter() - started
        raw.close()
        print(f"(a) first sync of the large demo: {report.pushed} ops pushed, {n} council rows "
              f"on the server, {took:.1f} s = {n / took:,.0f} rows/s "
              f"(verified {report.verified}, refused {report.rejected})")
        print(f"    raw bulk insert of the same {n} rows: {raw_took:.2f} s = "
              f"{n / raw_took:,.0f} rows/s; sync/raw time ratio {took / raw_took:.1f}x")
    finally:
        server.stop()


# ------------------------------------------------------------------ (b) incremental sync


def fill_members(db, cid: str, n: int, start: int = 0, chunk: int = 20_000) -> None:
    """Add `n` members with their outbox inserts, as the ORM hooks would, via Core executemany.

    A bulk ORM session (audit log, search index and outbox written by the flush hooks) takes
    minutes at 100,000 rows; the rows and their outbox entries are what the sync needs (the
    audit log and the search index are not synced and stay without them).
    """
    from sqlalchemy import insert

    from app.ids import new_id
    from app.models import Member, OutboxEntry
    from app.models.base import utcnow
    from app.services.tracking import UNTRACKED, to_wire

    columns = [c.key for c in Member.__table__.columns]
    for first in range(start, start + n, chunk):
        now = utcnow()
        rows, ops = [], []
        for i in range(first, min(start + n, first + chunk)):
            row = {k: None for k in columns}
            row.update(id=new_id(), created_at=now, updated_at=now, council_id=cid,
                       first_name="زهرا", last_name=f"کریمی {i}", national_id=_national_id(i),
                       gender="female", residence_proof="قبض", role="member",
                       constituency="resident", status="active")
            rows.append(row)
            ops.append({"op_id": new_id(), "at": now, "table_name": "members",
                        "row_id": row["id"], "action": "insert", "base": {},
                        "changes": {k: to_wire(v) for k, v in row.items()
                                    if k not in UNTRACKED}, "actor": "secretary"})
        with db.engine.begin() as conn:
            conn.execute(insert(Member.__table__), rows)
            conn.execute(insert(OutboxEntry.__table__), ops)


def _cpu(server: Server) -> float:
    """CPU seconds used so far by this process and the server's (a busy machine slows the wall
    clock of both sizes unevenly; the CPU time they need is steadier)."""
    used = time.process_time()
    try:
        fields = Path(f"/proc/{server.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        used += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        pass  # not Linux: the PC's share only
    return used


def bench_incremental(args, folder: Path) -> None:
    from app.models import Member, SyncState
    from app.sync import verification
    from app.sync.engine import sync
    from app.sync.enroll import enroll
    from sync_harness import council_database

    server = new_server(args, folder, "incremental")
    times, cpu_times = {}, {}
    try:
        for size in (args.small, args.big):
            _, code = server.add_council(f"محله {size}")
            db = council_database(folder / f"inc-{size}.db", code=f"I-{size}")
            enroll(db, server.url, code)
            with db.session() as s:
                cid = s.get(SyncState, 1).council_id
            started = time.perf_counter()
            fill_members(db, cid, size, start=size * 10)
            filled = time.perf_counter() - started
            started = time.perf_counter()
            first = sync(db)
            first_took = time.perf_counter() - started
            with db.session() as s:
                from sqlalchemy import select

                ids = list(s.scalars(select(Member.id).where(Member.council_id == cid)
                                     .limit(50)))
            runs, cpus, windowed = [], [], 0
            for r in range(args.repeat):  # each: new values in the same 50 rows, one sync
                with db.session(actor="secretary") as s:
                    for n, row_id in enumerate(ids):
                        s.get(Member, row_id).mobile = f"09{r % 10}{n:08d}"
                started, cpu = time.perf_counter(), _cpu(server)
                report = sync(db)
                runs.append(time.perf_counter() - started)
                cpus.append(_cpu(server) - cpu)
                assert report.pushed == len(ids) == 50 and report.verified, report.summary()
                windowed += report.verified_since > 0
            times[size], cpu_times[size] = statistics.median(runs), statistics.median(cpus)
            # the same once more with a full verify (the daily one; what every sync did before)
            with db.session(actor="sync") as s:
                verification.needs_full(s.get(SyncState, 1))
            with db.session(actor="secretary") as s:
                for n, row_id in enumerate(ids):
                    s.get(Member, row_id).mobile = f"0999{n:07d}"
            started, cpu = time.perf_counter(), _cpu(server)
            report = sync(db)
            full_wall, full_cpu = time.perf_counter() - started, _cpu(server) - cpu
            assert report.verified and report.verified_since == 0, report.summary()
            print(f"(b) council of {size:,} members (filled in {filled:.1f} s, first sync "
                  f"{first.pushed:,} ops in {first_took:.1f} s): incremental sync of 50 edits "
                  f"median {times[size] * 1000:.0f} ms of {len(runs)} (min {min(runs) * 1000:.0f}"
                  f", max {max(runs) * 1000:.0f}), CPU (PC + server) {cpu_times[size] * 1000:.0f}"
                  f" ms; windowed verify in {windowed} of {len(runs)}; with a full verify "
                  f"instead: {full_wall * 1000:.0f} ms, CPU {full_cpu * 1000:.0f} ms", flush=True)
            db.close()
        print(f"    ratio {args.big:,} / {args.small:,} rows: wall "
              f"{times[args.big] / times[args.small]:.2f}x, CPU "
              f"{cpu_times[args.big] / cpu_times[args.small]:.2f}x")
    finally:
        server.stop()


# ------------------------------------------------------------------ (c) many councils


def bench_many(args, folder: Path) -> None:
    from benchmarks import sync_many

    log = folder / "many-server.log"
    server = new_server(args, folder, "many", workers=args.server_workers, log=log)
    try:
        sync_many.run(args, server, log)
    finally:
        server.stop()


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--part", choices=["first", "incremental", "many", "all"], default="all")
    p.add_argument("--small", type=int, default=1000)
    p.add_argument("--big", type=int, default=100_000)
    p.add_argument("--repeat", type=int, default=5,
                   help="(b): timed incremental syncs per council size; the median is printed")
    p.add_argument("--councils", type=int, default=200)
    p.add_argument("--client-procs", type=int, default=4,
                   help="(c) client processes the councils are spread over")
    p.add_argument("--server-workers", type=int, default=1,
                   help="(c) `dabir-server serve --workers N`")
    p.add_argument("--full-verify", action="store_true",
                   help="(c) each sync verifies every row (a PC's daily verify)")
    p.add_argument("--baseline", type=int, default=5,
                   help="(c) councils that sync one at a time first, for the baseline")
    p.add_argument("--database-url", help="server database (default: a SQLite file)")
    p.add_argument("--postgres", action="store_true",
                   help="server on a throw-away PostgreSQL cluster (the tests' harness)")
    p.add_argument("--raw-database-url", help="database for the raw bulk insert of (a)")
    args = p.parse_args()
    os.environ.setdefault("DABIR_DATA_DIR", tempfile.mkdtemp(prefix="dabir-bench-home-"))
    folder = Path(tempfile.mkdtemp(prefix="dabir-bench-sync-"))
    try:
        for part, fn in (("many", bench_many), ("incremental", bench_incremental),
                         ("first", bench_first)):
            if args.part in (part, "all"):
                fn(args, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
