"""One sync round: push everything pending, pull both streams page by page, verify.

Push comes first (batches from `app.sync.outbox`, each recorded as in flight before it is sent
and settled from its receipt in one transaction), so the pull that follows already carries this
PC's edits merged with everyone else's. Then the province stream and the council's stream are
pulled from their cursors; each page is applied and its cursor advanced in ONE local transaction
(`app.sync.apply`). A page or receipt from another server epoch (the server was restored from a
backup, or told to resync everyone) resets the cursors and queues every council row again, so
nothing the restored server lost stays lost; a cursor ahead of the server's stream (restored
without a new epoch) is treated the same way, while a cursor older than the server's purge
horizon pulls that stream in full and drops the rows the server purged (never a row this PC
has not synced or still has an edit for).
At the end, when nothing is pending, per-table counts and content hashes are compared with the
server's (usually only over the rows changed since the last full verify, plus row counts: see
`app.sync.verification`) and a mismatching table is re-pulled in full (without moving the
cursor): a local value the server refused is replaced by the server's (the refused edit stays
in the rejections list), and a row the server never accepted is left out of the comparison.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from sqlalchemy import func, select

from app.db import Database
from app.ids import new_id
from app.models import OutboxEntry, SyncConflict, SyncState
from app.models.base import utcnow
from app.services import wire
from app.sync import apply, outbox, verification
from app.sync.client import NotEnrolled, ResyncNeeded, ServerClient, SyncError
from app.sync.enroll import adopt_local_agencies, reconcile
from app.sync.protocol import PROVINCE_STREAM

Progress = Callable[[str, int, int], None]


#: the wording of `SyncReport.summary` (another language passes its own, same keys)
SUMMARY_WORDS = {
    "base": "pushed {pushed}, pulled {pulled}, conflicts {conflicts}",
    "rejected": ", refused by the server {rejected}",
    "epoch_reset": ", full resync after a server restore",
    "dropped": ", removed {dropped} records deleted long ago on the server",
    "mismatched": ", still different from the server: ",
}


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
    #: the seq the verification window started after (0: a full verify)
    verified_since: int = 0
    #: rows the server purged (deleted long ago) that this PC still had, now deleted here too
    dropped: int = 0

    def summary(self, words: dict[str, str] | None = None,
                number: Callable[[int], str] = str) -> str:
        """The one summary line, in `words` (SUMMARY_WORDS, English, by default)."""
        words = words or SUMMARY_WORDS
        n = {k: number(getattr(self, k)) for k in ("pushed", "pulled", "conflicts",
                                                   "rejected", "dropped")}
        line = words["base"].format(**n)
        for key, present in (("rejected", self.rejected), ("epoch_reset", self.epoch_reset),
                             ("dropped", self.dropped)):
            if present:
                line += words[key].format(**n)
        if self.mismatched:
            line += words["mismatched"] + " ".join(self.mismatched)
        return line


class _EpochChanged(Exception):
    def __init__(self, epoch: str):
        super().__init__(epoch)
        self.epoch = epoch


class _HistoryLost(Exception):
    """A cursor ahead of the server's stream: restored without a new epoch (same remedy)."""


def _state(session) -> SyncState:
    state = session.get(SyncState, 1)
    if state is None:
        raise NotEnrolled("This PC is not enrolled with a provincial server; use "
                          "`dabir enroll URL CODE` first.")
    return state


def _requeue_everything(session, council_id: str) -> None:
    """Queue every row of the council (tombstones too) ahead of the pending edits."""
    first = session.scalar(select(func.min(OutboxEntry.id)))
    next_id = (1 if first is None else first) - 1
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
    """Forget the cursors and queue every council row again (the server lost history)."""
    with apply.apply_session(db) as s:
        state = _state(s)
        state.epoch, state.cursors = epoch, {}
        _requeue_everything(s, state.council_id)


def _referenced(session, table, row_id: str) -> bool:
    """Whether any local row (synced or not) still refers to this row."""
    for other in table.metadata.sorted_tables:
        for fk in other.foreign_keys:
            if fk.column.table is table and session.scalar(
                    select(fk.parent).where(fk.parent == row_id).limit(1)) is not None:
                return True
    return False


def _drop_missing(session, stream: str, council_id: str, seen: set[tuple[str, str]], *,
                  tables: set[str] | None = None, live_too: bool = False) -> int:
    """After a full pull of `stream`: delete here the synced rows the server no longer has.

    Only rows that came from the server (`server_seq` set) and have no edit waiting (outbox or
    the batch in flight) are considered: a row never synced stays and is pushed, and an edit to
    a purged row is pushed and refused visibly. A local tombstone the server purged is purged
    here too (so the verification counts agree); a live copy (`live_too`, after a purge answer:
    this PC missed the deletion) is tombstoned first, then purged likewise, so the audit log
    shows both. A row some local row still refers to stays a tombstone. Children go first.
    """
    pending = set(session.execute(select(OutboxEntry.table_name, OutboxEntry.row_id)))
    batch = _state(session).pending_batch or {}
    pending |= {(op["table"], op["row_id"]) for op in batch.get("ops", [])}
    dropped = 0
    for name, model in reversed(list(wire.TABLES.items())):
        if tables is not None and name not in tables:
            continue
        where = (wire.province_filter(model) if stream == PROVINCE_STREAM
                 else wire.scope_filter(model, council_id))
        if where is None:
            continue
        t = model.__table__
        query = select(t.c.id).where(t.c.server_seq.is_not(None))
        if where is not True:
            query = query.where(where)
        if not live_too:
            query = query.where(t.c.deleted_at.is_not(None))
        for row_id in session.scalars(query).all():
            if (name, row_id) in seen or (name, row_id) in pending:
                continue
            obj = session.get(model, row_id)
            if obj.deleted_at is None:
                obj.deleted_at = utcnow()
                session.flush()
            if not _referenced(session, t, row_id):
                session.delete(obj)
                session.flush()
            dropped += 1
    return dropped


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
        """Pull a stream to its end (from the cursor; from zero for a scoped re-pull).

        A cursor ahead of the server's stream ("resync_restored") raises `_HistoryLost`, which
        `run` treats like a new epoch. A cursor below its purge horizon ("resync_purged")
        pulls the stream in full and then drops what the server no longer has (`_drop_missing`).
        A scoped re-pull (verification) also drops the local tombstones the server purged.
        """
        if tables is not None:
            seen, _ = self._pull_pages(stream, 0, tables, advance=False)
            with apply.apply_session(self.db) as s:
                self.report.dropped += _drop_missing(s, stream, self.council_id, seen,
                                                     tables=set(tables))
            return
        with self.db.session() as s:
            since = (_state(s).cursors or {}).get(stream, 0)
        try:
            self._pull_pages(stream, since, None, advance=True)
        except ResyncNeeded as need:
            if need.reason != "purged":
                raise _HistoryLost(stream) from need
            self._pull_in_full(stream)

    def _pull_pages(self, stream: str, since: int, tables: list[str] | None, *,
                    advance: bool) -> tuple[set[tuple[str, str]], int]:
        """Apply pages from `since` to the end; the rows seen and the last `next_since`."""
        seen: set[tuple[str, str]] = set()
        while True:
            page = self.client.pull(stream, since, tables=tables)
            self._check_epoch(page.epoch)
            seen.update((r.table, r.row_id) for r in page.rows)
            with apply.apply_session(self.db) as s:
                self.report.pulled += apply.apply_rows(s, page.rows)
                self.report.conflicts += apply.apply_conflicts(s, page.conflicts)
                if advance:
                    state = _state(s)
                    state.cursors = {**(state.cursors or {}), stream: page.next_since}
            self.progress("pull", len(page.rows), int(page.has_more))
            if not page.has_more:
                return seen, page.next_since
            since = page.next_since

    def _pull_in_full(self, stream: str) -> None:
        """After a purge: every page from zero, then drop the rows the server no longer has.

        The cursor moves only at the end, in the transaction that drops them: a pull cut
        short starts over at the next round (the old cursor is still below the horizon).
        """
        seen, end = self._pull_pages(stream, 0, None, advance=False)
        with apply.apply_session(self.db) as s:
            self.report.dropped += _drop_missing(s, stream, self.council_id, seen,
                                                 live_too=True)
            state = _state(s)
            state.cursors = {**(state.cursors or {}), stream: end}
            verification.needs_full(state)  # rows were dropped: verify everything next

    def verify(self) -> None:
        """Compare counts and hashes with the server; re-pull mismatching tables once.

        Windowed (only the rows changed since the last full verify, plus row counts) when
        `verification.window_since` allows it, else in full; after a re-pull, in full.
        """
        for attempt in range(2):
            with self.db.session() as s:
                state = _state(s)
                if outbox.pending_count(s) or state.pending_batch is not None:
                    return  # edits made during the sync: the next round verifies
                since = 0 if attempt else verification.window_since(state)
                local = verification.local_side(s, state, since)
            remote = self.client.verify(since)
            self._check_epoch(remote.epoch)
            if since and not remote.since:  # the server answered in full (older, or restored)
                with self.db.session() as s:
                    local = verification.local_side(s, _state(s), 0)
            mismatched = verification.mismatched(local, remote)
            self.report.mismatched = mismatched
            self.report.verified = not mismatched
            self.report.verified_since = local.since
            if not mismatched or attempt:
                with self.db.session(actor="sync", sync_apply=True) as s:
                    if mismatched:
                        verification.needs_full(_state(s))
                    elif not local.since:
                        verification.record_full(_state(s), local.cursor)
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
            except _HistoryLost:  # restored without a new epoch: the same full resync
                _reset_for_epoch(self.db, self.epoch)
                self.report.epoch_reset = True
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
