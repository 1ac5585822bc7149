"""Purging old tombstones: deleted rows removed for good once no PC can still need them.

A deleted record stays on the server as a tombstone (`deleted_at`) so that every PC learns of
the deletion at its next pull. After `PURGE_AFTER_DAYS` a tombstone is hard-deleted with its
`change_log` entry, children before parents (the reverse of `wire.RANK`); a tombstone some other
row still refers to is kept (and counted). Each stream is purged in one transaction holding the
stream's row lock, and its `purged_seq` moves up to the highest purged seq: a PC whose cursor is
below it has not seen some of those deletions, so its next pull gets 409 "resync_purged", pulls
the stream in full and drops the rows the server no longer has (see app/sync/engine.py).
Conflict-log entries of purged rows are kept (they are history; "keep mine" on them is refused).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from app.models.base import utcnow
from app.services import wire
from server.models import ChangeLog, SyncStream

#: A tombstone is kept at least as long as the longest time a council PC is allowed to stay
#: offline (half a year: a village council whose secretary syncs only at the county office,
#: or a PC in storage between two secretaries); a PC offline longer still syncs, in full.
PURGE_AFTER_DAYS = 180

_CHUNK = 500


@dataclass
class StreamPurge:
    stream: str
    purged: int = 0
    referenced: int = 0
    purged_seq: int = 0


def cutoff_for(days: int, now: datetime | None = None) -> datetime:
    return (now or utcnow()) - timedelta(days=days)


def _referenced_ids(session: Session, table: str, ids: list[str]) -> set[str]:
    """Those of `ids` that some row of a synced table still refers to."""
    out: set[str] = set()
    for model in wire.TABLES.values():
        for column, target in wire.fk_targets(model).items():
            if target != table:
                continue
            col = model.__table__.c[column]
            out.update(session.scalars(select(col).where(col.in_(ids)).distinct()))
    return out


def purge_stream(session: Session, stream: str, cutoff: datetime) -> StreamPurge:
    """Hard-delete the stream's tombstones older than `cutoff` (the caller's transaction)."""
    # a write first: the stream's row lock (PostgreSQL) or the write lock (SQLite), taken or
    # waited for now, so pushes to the stream queue behind the purge and none is lost to it
    session.execute(update(SyncStream).where(SyncStream.stream == stream)
                    .values(purged_seq=SyncStream.purged_seq))
    state = session.get(SyncStream, stream)
    result = StreamPurge(stream, purged_seq=state.purged_seq)
    for name, model in reversed(list(wire.TABLES.items())):  # children first
        t = model.__table__
        candidates = session.execute(
            select(ChangeLog.row_id, ChangeLog.seq).join(t, t.c.id == ChangeLog.row_id)
            .where(ChangeLog.stream == stream, ChangeLog.table_name == name,
                   t.c.deleted_at.is_not(None), ChangeLog.logged_at < cutoff)).all()
        for i in range(0, len(candidates), _CHUNK):
            chunk = dict(candidates[i:i + _CHUNK])
            kept = _referenced_ids(session, name, list(chunk))
            ids = [row_id for row_id in chunk if row_id not in kept]
            result.referenced += len(kept)
            if not ids:
                continue
            session.execute(delete(t).where(t.c.id.in_(ids)))
            session.execute(delete(ChangeLog).where(ChangeLog.table_name == name,
                                                    ChangeLog.row_id.in_(ids)))
            result.purged += len(ids)
            result.purged_seq = max(result.purged_seq, *(chunk[row_id] for row_id in ids))
    state.purged_seq = result.purged_seq
    session.flush()
    return result


def purge_tombstones(store, days: int = PURGE_AFTER_DAYS) -> list[StreamPurge]:
    """Purge every stream, one transaction per stream; what each one purged."""
    cutoff = cutoff_for(days)
    with store.session() as s:
        streams = list(s.scalars(select(SyncStream.stream).order_by(SyncStream.stream)))
    results = []
    for stream in streams:
        with store.session(actor="admin") as s:
            results.append(purge_stream(s, stream, cutoff))
    return results


def summary(results: list[StreamPurge], days: int) -> str:
    purged = sum(r.purged for r in results)
    kept = sum(r.referenced for r in results)
    touched = sum(1 for r in results if r.purged)
    line = (f"purged {purged} deleted records older than {days} days from {touched} of "
            f"{len(results)} streams")
    if kept:
        line += f"; kept {kept} still referenced by other records"
    return line
