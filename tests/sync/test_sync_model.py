"""A hypothesis state machine: two PCs of one council and the province, against the real server.

The real server app runs under uvicorn on loopback (SQLite backend, for speed); each example
registers a new council, PC 1 claims it, PC 2 enrols empty. Rules: create, edit and delete issues
and members on either PC (through the ORM, so the outbox records them), sync a PC, sync a PC whose
push answer is lost after the server committed, cut a PC off (partition: its syncs fail with the
outbox intact), replay the last push batch of a PC byte for byte, and the province answering a
demand. The oracle is a plain-Python model of what reached the server, in arrival order.

Invariants after every step: no batch receipt twice, a replayed batch changes nothing; every
edit that reached the server is its current value, or a value in the server's conflict log, or was
seen and overwritten by a later edit (its base), or was refused (refused list). At teardown, after
two sync rounds of every PC, each PC equals the server for the council and its outbox is empty.

Examples: DABIR_SYNC_EXAMPLES (default 15 for CI; e.g. DABIR_SYNC_EXAMPLES=2000 for a long run).
"""
from __future__ import annotations

import itertools
import os
import shutil
import tempfile
from datetime import date
from pathlib import Path

import httpx
import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (RuleBasedStateMachine, initialize, invariant, precondition,
                                 rule)
from sqlalchemy import func, select

from app.models import Agency, Demand, Issue, Member, OutboxEntry, SyncRejection, SyncState
from app.models.base import utcnow
from app.services.database import open_database
from app.sync.client import ServerClient, Unreachable
from app.sync.engine import sync
from app.sync.enroll import enroll
from app.sync.protocol import PROTOCOL_HEADER
from server.models import ConflictRow, PushReceiptRow
from sync_harness import LiveServer, council_database, pc_snapshot, server_snapshot

EXAMPLES = int(os.environ.get("DABIR_SYNC_EXAMPLES", "15"))
FIELDS = {"issues": ("title", "description"), "members": ("mobile", "notes")}
MODELS = {"issues": Issue, "members": Member}
_names = itertools.count(1)
_SERVER: LiveServer | None = None


def the_server() -> LiveServer:
    global _SERVER
    if _SERVER is None:
        folder = Path(tempfile.mkdtemp(prefix="dabir-model-"))
        _SERVER = LiveServer(f"sqlite:///{folder / 'server.db'}").start()
    return _SERVER


@pytest.fixture(scope="module", autouse=True)
def _server_lifetime():
    yield
    global _SERVER
    if _SERVER is not None:
        _SERVER.stop()
        shutil.rmtree(Path(_SERVER.store.engine.url.database).parent, ignore_errors=True)
        _SERVER = None


class Recorder(httpx.HTTPTransport):
    """Keeps the last push request; `lose` > 0 drops that many push answers after the commit."""

    def __init__(self):
        super().__init__()
        self.last_push: tuple[bytes, dict] | None = None
        self.lose = 0

    def handle_request(self, request):
        response = super().handle_request(request)
        if request.url.path.endswith("/sync/push"):
            self.last_push = (request.content, dict(request.headers))
            if self.lose > 0:
                self.lose -= 1
                response.read()
                response.close()
                raise httpx.ReadError("answer lost after the commit", request=request)
        return response


def _national_id(i: int) -> str:
    body = f"{200000000 + i:09d}"
    r = sum(int(d) * (10 - j) for j, d in enumerate(body)) % 11
    return body + str(r if r < 2 else 11 - r)


text = st.sampled_from(["الف", "ب", "پ", "ت", "ث", None])
pcs = st.sampled_from([0, 1])


class SyncMachine(RuleBasedStateMachine):
    @initialize()
    def setup(self):
        self.server = the_server()
        n = next(_names)
        self.folder = Path(tempfile.mkdtemp(prefix="dabir-model-pc-"))
        _, code = self.server.add_council(f"محله مدل {n}")
        pc1 = council_database(self.folder / "pc1.db", code=f"M-{n}")
        enroll(pc1, self.server.url, code, device_name="pc1")
        with pc1.session() as s:
            self.cid = s.get(SyncState, 1).council_id
            agency = s.scalar(select(Agency.id).limit(1))
        with pc1.session(actor="secretary") as s:
            issue = Issue(council_id=self.cid, title="شروع", reported_on=date(2025, 1, 5))
            s.add(issue)
            s.flush()
            demand = Demand(council_id=self.cid, agency_id=agency, issue_id=issue.id,
                            subject="درخواست", status="sent", letter_no=f"{n}/ش",
                            letter_date=date(2025, 1, 10))
            s.add(demand)
            s.flush()
            self.demand = demand.id
        sync(pc1)
        pc2 = open_database(self.folder / "pc2.db")
        enroll(pc2, self.server.url, self.server.code(self.cid), device_name="pc2")
        sync(pc2)
        self.pcs = [pc1, pc2]
        self.recorders = [Recorder(), Recorder()]
        self.clients = []
        for db, rec in zip(self.pcs, self.recorders):
            with db.session() as s:
                state = s.get(SyncState, 1)
                self.clients.append(ServerClient(state.server_url, state.token, retries=0,
                                                 transport=rec))
        self.devices = [self._state(db).device_id for db in self.pcs]
        self.partitioned = [False, False]
        # the model: rows each PC knows; per (table, row, field) the edits that reached the
        # server in arrival order as (value, base); the PC edits not yet pushed
        self.known: list[dict[str, set[str]]] = [
            {t: self._ids(db, t) for t in FIELDS} for db in self.pcs]
        self.arrived: dict[tuple[str, str, str], list[tuple]] = {}
        self.pending: list[list[tuple]] = [[], []]
        self.deleted: set[tuple[str, str]] = set()
        self.counter = itertools.count(1)

    def teardown(self):
        if not hasattr(self, "pcs"):
            return
        try:
            self.partitioned = [False, False]
            for _ in range(2):
                for i in (0, 1):
                    self._sync(i)
            for db in self.pcs:
                assert self._outbox(db) == 0 and self._state(db).pending_batch_id is None
                assert pc_snapshot(db, self.cid) == server_snapshot(self.server, self.cid)
            self.check_accounted()
        finally:
            for c in self.clients:
                c.close()
            for db in self.pcs:
                db.close()
            shutil.rmtree(self.folder, ignore_errors=True)

    # ------------------------------------------------------------ helpers

    def _state(self, db) -> SyncState:
        with db.session() as s:
            return s.get(SyncState, 1)

    def _outbox(self, db) -> int:
        with db.session() as s:
            return s.scalar(select(func.count()).select_from(OutboxEntry))

    def _ids(self, db, table: str) -> set[str]:
        model = MODELS[table]
        with db.session() as s:
            return set(s.scalars(select(model.id).where(model.council_id == self.cid,
                                                        model.deleted_at.is_(None))))

    def _sync(self, i: int, lose: bool = False) -> None:
        db = self.pcs[i]
        sent = list(self.pending[i])
        if lose:
            self.recorders[i].lose = 1
            with pytest.raises(Unreachable):
                sync(db, client=self.clients[i])
            # the server committed the batch: it arrived, though the PC does not know
            assert self._state(db).pending_batch_id is not None
        else:
            report = sync(db, client=self.clients[i])
            assert report.rejected == 0
        for table, row, field, value, base in sent:
            self.arrived.setdefault((table, row, field), []).append((value, base))
        self.pending[i] = []
        for t in FIELDS:
            self.known[i][t] = self._ids(db, t)

    # ------------------------------------------------------------ rules

    @rule(i=pcs, title=st.sampled_from(["چاله", "آب", "برق"]))
    def create_issue(self, i, title):
        with self.pcs[i].session(actor="secretary") as s:
            row = Issue(council_id=self.cid, title=title, reported_on=date(2025, 2, 1))
            s.add(row)
            s.flush()
            self.known[i]["issues"].add(row.id)

    @rule(i=pcs)
    def create_member(self, i):
        with self.pcs[i].session(actor="secretary") as s:
            row = Member(council_id=self.cid, first_name="زهرا", last_name="کریمی",
                         national_id=_national_id(next(self.counter) + 1000 * next(_names)),
                         gender="female", residence_proof="قبض")
            s.add(row)
            s.flush()
            self.known[i]["members"].add(row.id)

    @rule(i=pcs, table=st.sampled_from(sorted(FIELDS)), pick=st.integers(0, 50),
          which=st.integers(0, 1), value=text)
    def edit(self, i, table, pick, which, value):
        ids = sorted(self.known[i][table])
        if not ids:
            return
        row_id, field = ids[pick % len(ids)], FIELDS[table][which]
        if table == "issues" and field == "title" and value is None:
            value = "بی‌نام"
        with self.pcs[i].session(actor="secretary") as s:
            row = s.get(MODELS[table], row_id)
            base = getattr(row, field)
            if base == value or row.deleted_at is not None:
                return
            setattr(row, field, value)
        self.pending[i].append((table, row_id, field, value, base))

    @rule(i=pcs, table=st.sampled_from(sorted(FIELDS)), pick=st.integers(0, 50))
    def delete(self, i, table, pick):
        ids = sorted(self.known[i][table])
        if not ids:
            return
        row_id = ids[pick % len(ids)]
        with self.pcs[i].session(actor="secretary") as s:
            row = s.get(MODELS[table], row_id)
            if row.deleted_at is not None:
                return
            row.deleted_at = utcnow()
        self.known[i][table].discard(row_id)
        self.deleted.add((table, row_id))

    @rule(i=pcs)
    def sync_pc(self, i):
        if self.partitioned[i]:
            before = self._outbox(self.pcs[i])
            with ServerClient("http://127.0.0.1:9", self._state(self.pcs[i]).token,
                              retries=0) as dead:
                with pytest.raises(Unreachable):
                    sync(self.pcs[i], client=dead)
            assert self._outbox(self.pcs[i]) == before
            return
        self._sync(i)

    @precondition(lambda self: not any(self.partitioned))
    @rule(i=pcs)
    def sync_losing_the_answer(self, i):
        if not self.pending[i] or self._state(self.pcs[i]).pending_batch_id is not None:
            return
        self._sync(i, lose=True)

    @rule(i=pcs)
    def partition(self, i):
        self.partitioned[i] = not self.partitioned[i]

    @rule(i=pcs)
    def replay_last_batch(self, i):
        last = self.recorders[i].last_push
        if last is None or self.partitioned[i]:
            return
        content, headers = last
        before = (server_snapshot(self.server, self.cid), self._conflict_count(),
                  self._receipts())
        keep = {k: v for k, v in headers.items()
                if k.lower() in ("authorization", "content-type", "content-encoding",
                                 PROTOCOL_HEADER.lower())}
        answer = httpx.post(f"{self.server.url}/v1/sync/push", content=content, headers=keep,
                            timeout=30)
        assert answer.status_code == 200, answer.text
        after = (server_snapshot(self.server, self.cid), self._conflict_count(),
                 self._receipts())
        assert after == before  # the same batch again is answered, not applied

    @rule(answer=st.sampled_from(["در دست اقدام", "انجام شد", "رد شد"]))
    def province_answers_demand(self, answer):
        token = self.server.staff_token()
        r = httpx.post(f"{self.server.url}/v1/staff/demands/{self.demand}/answer",
                       json={"text": answer, "answered_on": "2025-03-01"},
                       headers={PROTOCOL_HEADER: "1", "Authorization": f"Bearer {token}"},
                       timeout=30)
        assert r.status_code == 200, r.text

    # ------------------------------------------------------------ invariants

    def _conflict_count(self) -> int:
        with self.server.store.session() as s:
            return s.scalar(select(func.count()).select_from(ConflictRow))

    def _receipts(self) -> list[str]:
        with self.server.store.session() as s:
            return sorted(s.scalars(select(PushReceiptRow.batch_id)
                                    .where(PushReceiptRow.device_id.in_(self.devices))))

    @invariant()
    def no_batch_applied_twice(self):
        if hasattr(self, "pcs"):
            receipts = self._receipts()
            assert len(receipts) == len(set(receipts))

    @invariant()
    def check_accounted(self):
        """Every edit that reached the server is current, in the conflict log, or seen."""
        if not hasattr(self, "pcs"):
            return
        server = server_snapshot(self.server, self.cid)
        with self.server.store.session() as s:
            logged = {}
            for c in s.scalars(select(ConflictRow)):
                logged.setdefault((c.table_name, c.row_id, c.field), []).extend(
                    [c.losing, c.winning])
        refused = set()
        for db in self.pcs:
            with db.session() as s:
                refused |= {(r.table_name, r.row_id) for r in s.scalars(select(SyncRejection))}
        for (table, row, field), edits in self.arrived.items():
            if (table, row) in self.deleted or (table, row) in refused:
                continue
            current = server[table][row][field]
            assert current == edits[-1][0], (table, field, edits, current)
            for n, (value, _base) in enumerate(edits[:-1]):
                later_bases = {b for _v, b in edits[n + 1:]}
                assert (value == current or value in later_bases
                        or value in logged.get((table, row, field), [])), (
                    table, field, value, edits, current)


SyncMachine.TestCase.settings = settings(
    max_examples=EXAMPLES, stateful_step_count=20, deadline=None,
    suppress_health_check=list(HealthCheck))
test_sync_model = SyncMachine.TestCase
