"""The model test's world: a faulty client transport, and a template server + PCs reset per example.

`FaultyTransport` is an httpx transport for a `ServerClient` that breaks requests the way a
network does (a partition, a lost answer, a crash at the k-th request) and asks for small pull
pages. `the_world()` builds, once per process, a running server with a council registered, PC 1
claiming it (with an issue and a demand) and the other PCs enrolled, all synced, and keeps a
copy of the four database files; `World.restore()` puts the copies back in place between
examples (engines kept, so are their compiled statements): an example costs four file copies,
not migrations, a registration and three enrollments (about 1 s saved per example).
"""
from __future__ import annotations

import gzip
import json
import os
import shutil
import ssl
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import httpx
from sqlalchemy import event, select, text

from app.models import Agency, Demand, Issue, SyncState
from app.services.database import open_database
from app.sync.client import ServerClient
from app.sync.engine import sync
from app.sync.enroll import enroll
from sync_harness import LiveServer, council_database, replace_sqlite_file

N_PCS = 3


class FaultyTransport(httpx.BaseTransport):
    """An httpx transport for a `ServerClient` that breaks requests the way a network does.

    - `partitioned`: every request fails before it leaves (httpx.ConnectError);
    - `lose`: that many push answers are lost AFTER the server committed (httpx.ReadError);
    - `fail_at` = k: the k-th request from now (0-based) fails: before it is sent when
      `fail_after` is false, after the server answered (the answer dropped) when true;
      later requests go through. This is a crash at step k of a sync, on the real code path of
      a dropped connection;
    - `page_size`: pulls ask for pages of that many rows, so a sync has several pages to be
      cut between;
    - `last_push`: the last push actually sent (body, headers), for byte-for-byte replays;
      `pushed`: each batch id sent, in order, with the client clock offset `note` at that time.
    One ssl context is shared by every instance (making one costs ~20 ms).
    """

    ssl_context: ssl.SSLContext | None = None

    def __init__(self, page_size: int | None = None):
        if FaultyTransport.ssl_context is None:
            FaultyTransport.ssl_context = ssl.create_default_context()
        self.inner = httpx.HTTPTransport(verify=FaultyTransport.ssl_context)
        self.page_size = page_size
        self.partitioned = False
        self.lose = 0
        self.fail_at: int | None = None
        self.fail_after = False
        self.last_push: tuple[bytes, dict] | None = None
        self.pushed: list[tuple[str, object]] = []
        self.note: object = None

    def handle_request(self, request):
        path = request.url.path
        if self.page_size and path.endswith("/sync/pull") and "limit" not in request.url.params:
            request.url = request.url.copy_add_param("limit", self.page_size)
        crash = self.fail_at == 0
        if self.fail_at is not None:
            self.fail_at = None if self.fail_at == 0 else self.fail_at - 1
        if self.partitioned or (crash and not self.fail_after):
            raise httpx.ConnectError("no route to the server (test fault)", request=request)
        response = self.inner.handle_request(request)
        is_push = path.endswith("/sync/push")
        if is_push:
            body = request.content
            if request.headers.get("content-encoding") == "gzip":
                body = gzip.decompress(body)
            self.pushed.append((json.loads(body)["batch_id"], self.note))
            self.last_push = (request.content, dict(request.headers))
        if crash or (is_push and self.lose > 0):
            if not crash:
                self.lose -= 1
            response.read()
            response.close()
            raise httpx.ReadError("the answer was lost (test fault)", request=request)
        return response

    def close(self) -> None:
        self.inner.close()


@dataclass
class World:
    """The template: a running server, the four database files, what the examples share."""

    server: LiveServer
    folder: Path
    pcs: list
    cid: str
    demand: str
    staff_token: str
    devices: list[str]
    clients: list[ServerClient]
    transports: list[FaultyTransport]
    http: httpx.Client  # the province's and the replays' own client

    def restore(self) -> None:
        """Every database back to the template (between examples: no request in flight)."""
        self.server.restore_file(self.folder / "template" / "server.db")
        for n, db in enumerate(self.pcs, start=1):
            replace_sqlite_file(db.engine, self.folder / "template" / f"pc{n}.db")
            db.clock_offset = None
        for t in self.transports:
            t.partitioned, t.lose, t.fail_at, t.last_push, t.pushed = False, 0, None, None, []


_WORLD: World | None = None


def _no_fsync(engine) -> None:
    """synchronous=OFF on the engine's next connections (after the app's own pragmas): the
    examples test the protocol, not power loss, and an fsync per commit would be most of the
    run's wall time on a disk. A killed process still loses nothing committed."""
    if os.environ.get("DABIR_SYNC_FSYNC") != "1":
        event.listen(engine, "connect",
                     lambda conn, _record: conn.execute("PRAGMA synchronous=OFF"))


def _checkpoint(engine) -> None:
    with engine.connect() as conn:
        conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))


def the_world() -> World:
    global _WORLD
    if _WORLD is not None:
        return _WORLD
    folder = Path(tempfile.mkdtemp(prefix="dabir-model-"))
    template = folder / "template"
    template.mkdir()
    server = LiveServer(f"sqlite:///{folder / 'server.db'}").start()
    _no_fsync(server.store.engine)
    _, code = server.add_council("محله مدل")
    pc1 = council_database(folder / "pc1.db", code="M-1")
    enroll(pc1, server.url, code, device_name="pc1")
    with pc1.session() as s:
        cid = s.get(SyncState, 1).council_id
        agency = s.scalar(select(Agency.id).limit(1))
    with pc1.session(actor="secretary") as s:
        issue = Issue(council_id=cid, title="شروع", reported_on=date(2025, 1, 5))
        s.add(issue)
        s.flush()
        demand = Demand(council_id=cid, agency_id=agency, issue_id=issue.id, subject="درخواست",
                        status="sent", letter_no="1/ش", letter_date=date(2025, 1, 10))
        s.add(demand)
        s.flush()
        demand_id = demand.id
    pcs = [pc1]
    sync(pc1)
    for n in range(2, N_PCS + 1):
        db = open_database(folder / f"pc{n}.db")
        enroll(db, server.url, server.code(cid), device_name=f"pc{n}")
        sync(db)
        pcs.append(db)
    staff_token = server.staff_token()
    devices, clients, transports = [], [], []
    for n, db in enumerate(pcs, start=1):
        with db.session() as s:
            state = s.get(SyncState, 1)
            transport = FaultyTransport(page_size=6)
            clients.append(ServerClient(state.server_url, state.token, retries=0,
                                        transport=transport))
            devices.append(state.device_id)
            transports.append(transport)
        _no_fsync(db.engine)
        _checkpoint(db.engine)
        shutil.copyfile(folder / f"pc{n}.db", template / f"pc{n}.db")
    _checkpoint(server.store.engine)
    shutil.copyfile(folder / "server.db", template / "server.db")
    http = httpx.Client(base_url=server.url, timeout=30,
                        transport=httpx.HTTPTransport(verify=FaultyTransport.ssl_context))
    _WORLD = World(server, folder, pcs, cid, demand_id, staff_token, devices, clients,
                   transports, http)
    return _WORLD


def close_world() -> None:
    """Stop the server and remove the files (at the end of the module)."""
    global _WORLD
    if _WORLD is not None:
        for c in _WORLD.clients:
            c.close()
        for db in _WORLD.pcs:
            db.close()
        _WORLD.http.close()
        _WORLD.server.stop()
        shutil.rmtree(_WORLD.folder, ignore_errors=True)
        _WORLD = None
