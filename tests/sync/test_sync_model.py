"""A hypothesis state machine: three PCs of one council and the province, against the real server.

The real server app runs under uvicorn on loopback (SQLite backend, for speed); each example
starts from a template world (`model_world`: a council, PC 1 claiming it with an issue and a
demand, PCs 2 and 3 enrolled, all synced) copied back in place. Rules: create, edit and delete
issues and members on any PC (through the ORM, so the outbox records them); sync a PC; sync a
PC whose push answer is lost after the server committed; crash a PC's sync at its k-th request
(before it is sent, or after the server answered; pulls come in small pages, so k falls between
pages too); cut a PC off (partition: its syncs fail, the outbox intact); replay the last push
batch of a PC byte for byte; skew a PC's clock (-3..+3 days, or a month or a year off); the
province answering a demand. The oracle is a plain-Python model of which edit reached the
server, in arrival order (from the server's receipts after each sync, crashed or not).

Invariants after each step that touched the server: no batch receipt twice, a replayed batch
changes nothing; an edit not on the server is still in its PC's outbox; every edit that reached
the server is its current value, or a value in the server's conflict log, or was seen and
overwritten by a later edit (its base), or was refused; the server's record of a device's clock
skew is the offset that PC had when it made the batch. Skew never blocks a sync nor changes who
wins: the last ARRIVAL wins whatever the PC's clocks say. At teardown, after two sync rounds of
every PC, each PC equals the server for the council and its outbox is empty.

Examples: DABIR_SYNC_EXAMPLES (default 200 for CI; e.g. 2000 for a long run); steps per example:
DABIR_SYNC_STEPS (default 12).
"""
from __future__ import annotations

import itertools
import os
from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import (RuleBasedStateMachine, initialize, invariant, precondition,
                                 rule)
from sqlalchemy import func, select

from app.models import Issue, Member, OutboxEntry, SyncRejection, SyncState
from app.models.base import utcnow
from app.services.database import open_database
from app.sync.client import Unreachable
from app.sync.engine import sync
from app.sync.protocol import PROTOCOL_HEADER
from model_world import N_PCS, close_world, the_world
from server.models import ConflictRow, Device, PushReceiptRow
from sync_harness import council_database, council_id_of, pc_snapshot, server_snapshot

EXAMPLES = int(os.environ.get("DABIR_SYNC_EXAMPLES", "200"))
STEPS = int(os.environ.get("DABIR_SYNC_STEPS", "12"))
FIELDS = {"issues": ("title", "description"), "members": ("mobile", "notes")}
MODELS = {"issues": Issue, "members": Member}
DAY = 86400
SKEW_SLACK_S = 300  # a batch left in flight is stamped when made, read when it arrives
_names = itertools.count(1)


@pytest.fixture(scope="module", autouse=True)
def _world_lifetime():
    yield
    close_world()


def _national_id(i: int) -> str:
    body = f"{200000000 + i:09d}"
    r = sum(int(d) * (10 - j) for j, d in enumerate(body)) % 11
    return body + str(r if r < 2 else 11 - r)


values = st.sampled_from(["الف", "ب", "پ", "ت", "ث", None])
pcs = st.integers(0, N_PCS - 1)
offsets = st.one_of(st.sampled_from([-365 * DAY, 365 * DAY, -30 * DAY, 7 * DAY, 0]),
                    st.integers(-3 * DAY, 3 * DAY))


@dataclass
class Edit:
    table: str
    row: str
    field: str
    value: object
    base: object
    op_id: str


class SyncMachine(RuleBasedStateMachine):
    @initialize()
    def setup(self):
        world = self.world = the_world()
        world.restore()
        self.server, self.cid, self.demand = world.server, world.cid, world.demand
        self.pcs, self.clients = world.pcs, world.clients
        self.transports, self.devices = world.transports, world.devices
        self.offsets = [timedelta(0)] * N_PCS
        self.batch_offset: dict[str, timedelta] = {}
        # the model: rows each PC knows; per (table, row, field) the edits that reached the
        # server in arrival order as (value, base); the PC edits not yet known to have arrived
        self.known = [{t: self._ids(db, t) for t in FIELDS} for db in self.pcs]
        self.arrived: dict[tuple[str, str, str], list[tuple]] = {}
        self.pending: list[list[Edit]] = [[] for _ in self.pcs]
        self.deleted: set[tuple[str, str]] = set()
        self.counter = itertools.count(1)
        self.dirty = True

    def teardown(self):
        if not hasattr(self, "pcs"):
            return
        for t in self.transports:
            t.partitioned, t.lose, t.fail_at = False, 0, None
        for _ in range(2):
            for i in range(N_PCS):
                self._sync(i)
        for db in self.pcs:
            assert self._outbox(db) == 0 and self._state(db).pending_batch_id is None
            assert pc_snapshot(db, self.cid) == server_snapshot(self.server, self.cid)
        self.dirty = True
        self.after_each_step()

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

    def _sync(self, i: int, *, may_fail: bool = False) -> bool:
        """One sync of PC i through its faulty transport, then the model brought up to date."""
        db, transport = self.pcs[i], self.transports[i]
        transport.note, sent_before = self.offsets[i], len(transport.pushed)
        receipts_before = set(self._receipts())
        failed = False
        try:
            report = sync(db, client=self.clients[i])
            assert report.rejected == 0
        except Unreachable:
            assert may_fail, "a sync failed with no fault injected"
            failed = True
        finally:
            transport.fail_at = None
        self._settle(i, receipts_before, transport.pushed[sent_before:])
        return failed

    def _settle(self, i: int, receipts_before: set[str], sent: list[tuple[str, object]]) -> None:
        """Which pending edits of PC i reached the server (in order): those the server's
        receipts name; every other one must still be in the PC's outbox (nothing lost in a
        crash). Then the clock skew the server recorded."""
        db = self.pcs[i]
        with db.session() as s:
            in_outbox = set(s.scalars(select(OutboxEntry.op_id)))
            flight_id = s.get(SyncState, 1).pending_batch_id
        with self.server.store.session() as s:
            received = {r["op_id"] for receipt in s.scalars(
                select(PushReceiptRow.receipt).where(PushReceiptRow.device_id == self.devices[i]))
                for r in receipt["results"]}
        receipts = set(self._receipts())
        still = []
        for e in self.pending[i]:
            if e.op_id in received:
                self.arrived.setdefault((e.table, e.row, e.field), []).append((e.value, e.base))
            else:
                assert e.op_id in in_outbox, ("an edit left the outbox but never reached the "
                                              "server", e)
                still.append(e)
        self.pending[i] = still
        for batch_id, offset in sent:
            self.batch_offset.setdefault(batch_id, offset)
        self._note_batch(i, flight_id)
        new = [b for b, _ in sent if b in receipts and b not in receipts_before]
        if new:
            with self.server.store.session() as s:
                skew = s.get(Device, self.devices[i]).clock_skew
            expected = self.batch_offset[new[-1]].total_seconds()
            assert skew is not None and abs(skew - expected) < SKEW_SLACK_S, (skew, expected)
            event("skew recorded" if expected else "skew recorded (zero)")
        for t in FIELDS:
            self.known[i][t] = self._ids(db, t)
        self.dirty = True

    def _note_batch(self, i: int, flight_id: str | None) -> None:
        """A batch left in flight and never sent was stamped with the PC's clock of now."""
        if flight_id is not None:
            self.batch_offset.setdefault(flight_id, self.offsets[i])

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
          which=st.integers(0, 1), value=values)
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
        with self.pcs[i].session() as s:
            op_id = s.scalar(select(OutboxEntry.op_id).where(OutboxEntry.row_id == row_id)
                             .order_by(OutboxEntry.id.desc()).limit(1))
        self.pending[i].append(Edit(table, row_id, field, value, base, op_id))

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
        if self.transports[i].partitioned:
            before = self._outbox(self.pcs[i])
            with pytest.raises(Unreachable):
                sync(self.pcs[i], client=self.clients[i])
            assert self._outbox(self.pcs[i]) == before
            self._note_batch(i, self._state(self.pcs[i]).pending_batch_id)
            return
        self._sync(i)

    @precondition(lambda self: not any(t.partitioned for t in self.transports))
    @rule(i=pcs)
    def sync_losing_the_answer(self, i):
        if not self.pending[i] or self._state(self.pcs[i]).pending_batch_id is not None:
            return
        self.transports[i].lose = 1
        self._sync(i, may_fail=True)
        self.transports[i].lose = 0
        # the server committed the batch: it arrived, though the PC does not know
        assert self._state(self.pcs[i]).pending_batch_id is not None

    @rule(i=pcs, k=st.integers(0, 8), after=st.booleans())
    def crash_sync_at_step(self, i, k, after):
        """The k-th request of the sync fails: the connection drops before it is sent, or
        after the server answered (the PC never reads the answer)."""
        if self.transports[i].partitioned:
            return
        self.transports[i].fail_at, self.transports[i].fail_after = k, after
        failed = self._sync(i, may_fail=True)
        event(f"crash {'after' if after else 'before'} request {k}" if failed
              else "crash step beyond the sync's requests")

    @rule(i=pcs)
    def partition(self, i):
        self.transports[i].partitioned = not self.transports[i].partitioned

    @rule(i=pcs, seconds=offsets)
    def skew_clock(self, i, seconds):
        self.offsets[i] = self.pcs[i].clock_offset = timedelta(seconds=seconds)

    @rule(i=pcs)
    def replay_last_batch(self, i):
        last = self.transports[i].last_push
        if last is None or self.transports[i].partitioned:
            return
        content, headers = last
        before = (server_snapshot(self.server, self.cid), self._conflict_count(),
                  self._receipts(), self._skew(i))
        keep = {k: v for k, v in headers.items()
                if k.lower() in ("authorization", "content-type", "content-encoding",
                                 PROTOCOL_HEADER.lower())}
        answer = self.world.http.post("/v1/sync/push", content=content, headers=keep)
        assert answer.status_code == 200, answer.text
        after = (server_snapshot(self.server, self.cid), self._conflict_count(),
                 self._receipts(), self._skew(i))
        assert after == before  # the same batch again is answered, not applied

    @rule(answer=st.sampled_from(["در دست اقدام", "انجام شد", "رد شد"]))
    def province_answers_demand(self, answer):
        r = self.world.http.post(f"/v1/staff/demands/{self.demand}/answer",
                                 json={"text": answer, "answered_on": "2025-03-01"},
                                 headers={PROTOCOL_HEADER: "1",
                                          "Authorization": f"Bearer {self.world.staff_token}"})
        assert r.status_code == 200, r.text
        self.dirty = True

    # ------------------------------------------------------------ invariants

    def _conflict_count(self) -> int:
        with self.server.store.session() as s:
            return s.scalar(select(func.count()).select_from(ConflictRow))

    def _receipts(self) -> list[str]:
        with self.server.store.session() as s:
            return sorted(s.scalars(select(PushReceiptRow.batch_id)
                                    .where(PushReceiptRow.device_id.in_(self.devices))))

    def _skew(self, i: int) -> float | None:
        with self.server.store.session() as s:
            return s.get(Device, self.devices[i]).clock_skew

    @invariant()
    def after_each_step(self):
        """Checked when the step touched the server (the rest cannot change what it holds)."""
        if getattr(self, "dirty", False):
            self.dirty = False
            receipts = self._receipts()
            assert len(receipts) == len(set(receipts)), "a batch applied twice"
            self.check_accounted()

    def check_accounted(self):
        """Every edit that reached the server is current, in the conflict log, or seen."""
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
    max_examples=EXAMPLES, stateful_step_count=STEPS, deadline=None,
    suppress_health_check=list(HealthCheck))
test_sync_model = SyncMachine.TestCase


def test_the_clock_follows_the_database(tmp_path):
    """Each database's units of work read its own clock; the wall clock elsewhere."""
    from app import clock

    a, b = council_database(tmp_path / "a.db"), open_database(tmp_path / "b.db")
    council = council_id_of(a)
    try:
        a.clock_offset = timedelta(days=-365)
        wall = utcnow()
        with a.session() as s:
            assert abs((utcnow() - wall) + timedelta(days=365)) < timedelta(minutes=1)
            with b.session():
                assert abs(utcnow() - wall) < timedelta(minutes=1)
            assert clock.offset() == timedelta(days=-365)
            s.add(Issue(council_id=council, title="ساعت", reported_on=date(2025, 1, 1)))
        assert clock.offset() == timedelta(0) and abs(utcnow() - wall) < timedelta(minutes=1)
        with a.session() as s:
            stamped = s.scalar(select(Issue.created_at))
            stamped_at = s.scalar(select(OutboxEntry.at).where(OutboxEntry.table_name == "issues"))
        assert abs(stamped - wall + timedelta(days=365)) < timedelta(minutes=1)
        assert abs(stamped_at - wall + timedelta(days=365)) < timedelta(minutes=1)
    finally:
        a.close()
        b.close()
