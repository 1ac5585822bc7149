"""One sync round: push everything pending, pull both streams page by page, verify.

Push comes first (batches from `app.sync.outbox`, each recorded as in flight before it is sent
and settled from its receipt in one transaction), so the pull that follows already carries this
PC's edits merged with everyone else's. Then the province stream and the council's stream are
pulled from their cursors; each page is applied and its cursor advanced in ONE local transaction
(`app.sync.apply`). A page or receipt from another server epoch (the server was restored from a
backup, or told to resync everyone) resets the cursors and queues every council row again, so
nothing the restored server lost stays lost; a "resync" answer restarts that stream from zero.
At the end, when nothing is pending, per-table counts and content hashes are compared with the
server's and a mismatching table is re-pulled in full (without moving the cursor): a local
value the server refused is replaced by the server's (the refused edit stays in the rejections
list), and a row the server never accepted is left out of the comparison.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from sqlalchemy import func, select

from app.db import Database
from app.ids import new_id
from app.models import OutboxEntry, SyncConflict, SyncRejection, SyncState
from app.models.base import utcnow
from app.services import wire
from app.sync import apply, outbox
from app.sync.client import NotEnrolled, ResyncNeeded, ServerClient, SyncError
from app.sync.enroll import adopt_local_agencies, reconcile
from app.sync.protocol import PROVINCE_STREAM

Progress = Callable[[str, int, int], None]


@dataclass
class SyncReport:
    """What one round did, for the summary line and the Sync page."""

    pushed: int = 0
    rejected: int = 0
    pulled: int = 0
    conflicts: int = 0
    verified: bool | None = None
    mismatched: list[str] = field(default_factory=list)
    epoch_reset: bool = False

    def summary(self) -> str:
        line = f"pushed {self.pushed}, pulled {self.pulled}, conflicts {self.conflicts}"
        if self.rejected:
            line += f", refused by the server {self.rejected}"
        if self.epoch_reset:
            line += ", full resync after a server restore"
        if self.mismatched:
            line += ", still different from the server: " + " ".join(self.mismatched)
        return line


class _EpochChanged(Exception):
    def __init__(self, epoch: str):
        super().__init__(epoch)
        self.epoch = epoch


def _state(session) -> SyncState:
    state = session.get(SyncState, 1)
    if state is None:
        raise NotEnrolled("This PC is not enrolled with a provincial server; use "
                          "`dabir enroll URL CODE` first.")
    return state


def _requeue_everything(session, council_id: str) -> None:
    """Queue every row of the council (tombstones too) ahead of the pending edits."""
    first = session.scalar(select(func.min(OutboxEntry.id))) or 1
    next_id = first - 1
    for name, model in reversed(list(wire.TABLES.items())):  # reversed: parents get lower ids
        where = wire.scope_filter(model, council_id)
        if where is None:
            continue
        rows = session.execute(select(model.__table__).where(where)).mappings().all()
        for row in rows:
            data = {k: v for k, v in wire.row_to_wire(row).items() if k not in wire.BOOKKEEPING}
            session.add(OutboxEntry(id=next_id, op_id=new_id(), at=utcnow(), table_name=name,
                                    row_id=row["id"], action="insert", changes=data, base={},
                                    actor="sync"))
            next_id -= 1
    session.flush()


def _reset_for_epoch(db: Database, epoch: str) -> None:
    with apply.apply_session(db) as s:
        state = _state(s)
        state.epoch, state.cursors = epoch, {}
        _requeue_everything(s, state.council_id)


class SyncRound:
    """A sync of one database with one server client."""

    def __init__(self, db: Database, client: ServerClient, progress: Progress | None = None):
        self.db, self.client, self.progress = db, client, progress or (lambda *_: None)
        self.report = SyncReport()
        with db.session() as s:
            state = _state(s)
            self.epoch, self.council_id = state.epoch, state.council_id

    def _check_epoch(self, epoch: str) -> None:
        if epoch != self.epoch:
            raise _EpochChanged(epoch)

    def push(self) -> None:
        with apply.apply_session(self.db) as s:
            adopt_local_agencies(s, _state(s))
        while True:
            with self.db.session(actor="sync") as s:
                batch = outbox.next_batch(s, _state(s))
                left = outbox.pending_count(s)
            if batch is None:
                return
            self.progress("push", len(batch["ops"]), left)
            receipt = self.client.push(batch)
            with apply.apply_session(self.db) as s:
                counts = outbox.apply_receipt(s, _state(s), receipt)
            self.report.pushed += counts.acknowledged
            self.report.rejected += counts.rejected
            self._check_epoch(receipt.epoch)

    def pull_stream(self, stream: str, tables: list[str] | None = None) -> None:
        """Pull a stream to its end (from the cursor; from zero for a scoped re-pull)."""
        scoped = tables is not None
        with self.db.session() as s:
            since = 0 if scoped else (_state(s).cursors or {}).get(stream, 0)
        restarted = False
        while True:
            try:
                page = self.client.pull(stream, since, tables=tables)
            except ResyncNeeded:
                if restarted:
                    raise
                restarted, since = True, 0
                continue
            self._check_epoch(page.epoch)
            with apply.apply_session(self.db) as s:
                self.report.pulled += apply.apply_rows(s, page.rows)
                self.report.conflicts += apply.apply_conflicts(s, page.conflicts)
                if not scoped:
                    state = _state(s)
                    state.cursors = {**(state.cursors or {}), stream: page.next_since}
            self.progress("pull", len(page.rows), int(page.has_more))
            if not page.has_more:
                return
            since = page.next_since

    def verify(self) -> None:
        """Compare counts and hashes with the server; re-pull mismatching tables once."""
        for attempt in range(2):
            with self.db.session() as s:
                if outbox.pending_count(s) or _state(s).pending_batch is not None:
                    return  # edits made during the sync: the next round verifies
                # rows the server never accepted exist here only: leave them out
                refused = {(t, r) for t, r in s.execute(
                    select(SyncRejection.table_name, SyncRejection.row_id).where(
                        SyncRejection.direction == "push", SyncRejection.action == "insert"))}
                local = wire.scope_digests(s, self.council_id, exclude=refused)
            remote = self.client.verify()
            self._check_epoch(remote.epoch)
            mismatched = sorted(t for t, d in remote.tables.items()
                                if t in local and (local[t].count, local[t].hash) !=
                                (d.count, d.hash))
            self.report.mismatched = mismatched
            self.report.verified = not mismatched
            if not mismatched or attempt:
                return
            self.pull_stream(wire.council_stream(self.council_id), tables=mismatched)

    def run(self) -> SyncReport:
        for _ in range(3):
            try:
                self.push()
                self.pull_stream(PROVINCE_STREAM)
                self.pull_stream(wire.council_stream(self.council_id))
                self.verify()
                return self.report
            except _EpochChanged as changed:
                _reset_for_epoch(self.db, changed.epoch)
                self.epoch, self.report.epoch_reset = changed.epoch, True
        raise SyncError("The provincial server keeps changing its epoch; try again later.")


def _record(db: Database, result: str, ok: bool) -> None:
    with db.session(actor="sync", sync_apply=True) as s:
        state = s.get(SyncState, 1)
        if state is None:
            return
        now = utcnow()
        state.last_sync_at, state.last_result = now, result
        if ok:
            state.last_success_at = now


def sync(db: Database, *, client: ServerClient | None = None,
         progress: Progress | None = None) -> SyncReport:
    """Run one full sync round of `db` with its enrolled server."""
    with db.session() as s:
        state = _state(s)
        url, token, reconciled = state.server_url, state.token, state.reconciled
    own = client is None
    client = client or ServerClient(url, token)
    try:
        if not reconciled:
            reconcile(db, client)
        report = SyncRound(db, client, progress).run()
    except SyncError as err:
        _record(db, err.message, False)
        raise
    finally:
        if own:
            client.close()
    _record(db, report.summary(), True)
    return report


def unresolved_conflicts(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(SyncConflict)
                        .where(SyncConflict.resolved.is_(False))) or 0
