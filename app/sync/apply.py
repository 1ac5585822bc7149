"""Applying what the server sends: pulled rows and conflicts, in one local transaction per page.

`apply_session` opens that transaction with SQLite's foreign-key enforcement off: a page holds
rows in their latest state, so a row may arrive one page before a parent that changed later;
the set is consistent again once the pull completes. Pulled rows are written through the ORM
with `session.info["sync_apply"]` set, so the audit log and the search index follow them while
the outbox does not. A field that has a pending local edit keeps the local value (the edit is
pushed next round). A row that hits a unique rule is retried after the rest of the page (the
clash may be transient: a local row renumbered by the server arrives in the same page); a row
this PC still cannot store is kept aside in `sync_rejections` (direction "pull") instead of
blocking the sync, and leaves that list once a later pull stores it.
"""
from __future__ import annotations

from collections import defaultdict
from contextlib import contextmanager
from typing import Iterable, Iterator

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app import clock
from app.db import Database
from app.models import OutboxEntry, SyncConflict, SyncRejection
from app.services import wire
from app.sync.protocol import ConflictState, RowState


@contextmanager
def apply_session(db: Database, actor: str = "sync") -> Iterator[Session]:
    """A unit of work for sync writes, foreign keys unenforced, committed at the end.

    The transaction is opened with BEGIN IMMEDIATE: the write lock is taken (or waited for)
    at once, so a secretary's edit committed meanwhile cannot turn it into a "database is
    locked" failure later, and the per-row savepoints nest inside it (pysqlite alone would let
    the first SAVEPOINT start, and its RELEASE commit, a transaction of its own).
    """
    with clock.shifted(db.clock_offset), db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        conn.commit()
        try:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            session = db.sessions(bind=conn, join_transaction_mode="control_fully")
            session.info.update(actor=actor, sync_apply=True)
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise
            finally:
                session.close()
        finally:
            if conn.in_transaction():
                conn.rollback()
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")
            conn.commit()


def pending_fields(session: Session, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], set]:
    """Fields of these rows that have an edit waiting in the outbox."""
    ids = sorted({row_id for _, row_id in keys})
    out: dict[tuple[str, str], set] = defaultdict(set)
    for i in range(0, len(ids), 500):
        for table, row_id, changes in session.execute(
                select(OutboxEntry.table_name, OutboxEntry.row_id, OutboxEntry.changes)
                .where(OutboxEntry.row_id.in_(ids[i:i + 500]))):
            out[(table, row_id)].update(changes or {})
    return out


def _store_row(session: Session, row: RowState, keep: set) -> bool:
    """Insert or update one pulled row; True if anything changed locally."""
    model = wire.TABLES[row.table]
    values = wire.values_from_wire(model, row.data, skip=frozenset({"server_seq"}))
    obj = session.get(model, row.row_id)
    if obj is None:
        obj = model(**values)
        obj.server_seq = row.server_seq
        session.add(obj)
        return True
    changed = False
    for key, value in values.items():
        if key == "id" or key in keep:
            continue
        if getattr(obj, key) != value:
            setattr(obj, key, value)
            changed = changed or key not in wire.BOOKKEEPING
    if obj.server_seq != row.server_seq:
        obj.server_seq = row.server_seq
    return changed


def apply_rows(session: Session, rows: list[RowState]) -> int:
    """Store pulled rows (parents first); returns how many changed something locally.

    A row that hits a unique rule is tried again after the rest of the page (and again while
    retries make progress): the clash can be transient, e.g. the server renumbered this PC's
    meeting 12 to 13 and the page brings the other PC's meeting 12 before this PC's row at 13.
    What still fails is set aside; a row set aside by an earlier pull and stored now leaves the
    refused list.
    """
    keep = pending_fields(session, [(r.table, r.row_id) for r in rows])
    changed = 0
    todo = [r for r in sorted(rows, key=lambda r: wire.RANK.get(r.table, 999))
            if r.table in wire.TABLES]  # a table this version does not know yet: skipped
    stored: list[RowState] = []
    failed: list[tuple[RowState, str]] = []
    while todo:
        failed = []
        for row in todo:
            try:
                with session.begin_nested():
                    did = _store_row(session, row, keep.get((row.table, row.row_id), set()))
                    session.flush()
                changed += int(did)
                stored.append(row)
            except IntegrityError as exc:
                failed.append((row, _reason(exc)))
            except wire.WireError as exc:
                _set_aside(session, row, _reason(exc))
        if len(failed) == len(todo):
            break
        todo = [row for row, _ in failed]
    for row, reason in failed:
        _set_aside(session, row, reason)
    _settle_set_aside(session, stored)
    return changed


def _reason(exc: Exception) -> str:
    return " ".join(str(getattr(exc, "orig", None) or exc).split())[:300]


def _settle_set_aside(session: Session, stored: list[RowState]) -> None:
    """Pulled rows stored now that an earlier pull had set aside: no longer refused."""
    keys = {(r.table, r.row_id) for r in stored}
    if not keys:
        return
    open_rows = session.scalars(select(SyncRejection).where(
        SyncRejection.direction == "pull", SyncRejection.dismissed.is_(False)))
    for rejection in open_rows:
        if (rejection.table_name, rejection.row_id) in keys:
            rejection.dismissed = True


def _set_aside(session: Session, row: RowState, reason: str) -> None:
    existing = session.scalar(select(SyncRejection).where(
        SyncRejection.direction == "pull", SyncRejection.table_name == row.table,
        SyncRejection.row_id == row.row_id, SyncRejection.dismissed.is_(False)))
    if existing is None:
        session.add(SyncRejection(direction="pull", table_name=row.table, row_id=row.row_id,
                                  action="pull", changes=dict(row.data), base={},
                                  reason="this PC could not store the server's row: " + reason))
    else:
        existing.changes = dict(row.data)
        existing.reason = "this PC could not store the server's row: " + reason


def apply_conflicts(session: Session, conflicts: list[ConflictState]) -> int:
    """Store the server's conflict entries; returns how many are new to this PC."""
    new = 0
    for c in conflicts:
        local = session.get(SyncConflict, c.id)
        if local is None:
            session.add(SyncConflict(
                id=c.id, server_seq=c.server_seq, kind=c.kind, table_name=c.table,
                row_id=c.row_id, field=c.field, base=c.base, winning=c.winning, losing=c.losing,
                winning_device=c.winning_device, winning_actor=c.winning_actor,
                losing_device=c.losing_device, losing_actor=c.losing_actor, at=c.at,
                resolved=c.resolved, resolution=c.resolution, reported=True))
            new += 0 if c.resolved else 1
        else:
            local.server_seq = c.server_seq
            if c.resolved and not local.resolved:
                local.resolved, local.resolution, local.reported = True, c.resolution, True
    session.flush()
    return new
