"""Server change sequence: one seq per stream per transaction, stamped on every row it writes.

`lock_stream(session, stream)` runs `UPDATE sync_streams SET last_seq = last_seq + 1 ...
RETURNING last_seq` once per stream per transaction: the row lock it takes is held until commit,
so the transactions of one stream commit in seq order and a pull `since=S` can never skip a
late commit. A `before_flush` hook gives every new or changed synced row the transaction's seq
(`server_seq`) and an `after_flush` hook upserts its entry in `change_log` (the latest change of
each row, with who made it). Push, staff endpoints and the admin CLI all write through sessions
carrying these hooks, so no server write can escape the sequence. The seq must be taken outside
any savepoint (a rolled-back savepoint would undo the increment but not forget the number); the
hook refuses to take it lazily inside one.
"""
from __future__ import annotations

from sqlalchemy import event, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from app.ids import new_id
from app.models import Synced
from app.models.base import utcnow
from app.services import wire
from server.models import ChangeLog, SyncStream

PROVINCE = wire.PROVINCE_STREAM
_SEQS = "stream_seqs"
_LOG = "change_log_pending"


class StreamMissing(LookupError):
    """A write to a stream that does not exist (a council unknown to this server)."""


def lock_stream(session: Session, stream: str) -> int:
    """This transaction's seq on `stream` (taking the stream's row lock the first time)."""
    seqs = session.info.setdefault(_SEQS, {})
    if stream in seqs:
        return seqs[stream]
    if session.in_nested_transaction():
        raise RuntimeError(f"the seq of {stream} must be taken before any savepoint")
    seq = session.execute(
        update(SyncStream).where(SyncStream.stream == stream)
        .values(last_seq=SyncStream.last_seq + 1).returning(SyncStream.last_seq)).scalar()
    if seq is None:
        raise StreamMissing(stream)
    seqs[stream] = seq
    return seq


def taken_seq(session: Session, stream: str) -> int | None:
    """The seq this transaction holds on `stream`, if it has taken one."""
    return session.info.get(_SEQS, {}).get(stream)


def _before_flush(session: Session, _ctx, _instances) -> None:
    pending = session.info.setdefault(_LOG, {})
    for obj in list(session.new) + list(session.dirty):
        if not isinstance(obj, Synced):
            continue
        if obj not in session.new and not session.is_modified(obj, include_collections=False):
            continue
        if obj.id is None:
            obj.id = new_id()
        table = obj.__tablename__
        stream = wire.stream_of(table, getattr(obj, "council_id", None), obj.id)
        seq = lock_stream(session, stream)
        obj.server_seq = seq
        pending[(table, obj.id)] = (stream, seq)


def upsert_log(session: Session, entries: list[dict]) -> None:
    """Insert or move forward the change-log entries (one per row)."""
    if not entries:
        return
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    stmt = insert(ChangeLog.__table__)
    stmt = stmt.on_conflict_do_update(
        index_elements=["table_name", "row_id"],
        set_={"stream": stmt.excluded.stream, "seq": stmt.excluded.seq,
              "device_id": stmt.excluded.device_id, "actor": stmt.excluded.actor,
              "logged_at": stmt.excluded.logged_at})
    session.connection().execute(stmt, entries)


def _after_flush(session: Session, _ctx) -> None:
    pending = session.info.pop(_LOG, None)
    if not pending:
        return
    device, actor = session.info.get("device_id"), session.info.get("actor")
    now = utcnow()
    upsert_log(session, [{"stream": stream, "seq": seq, "table_name": table, "row_id": row_id,
                          "device_id": device, "actor": actor, "logged_at": now}
                         for (table, row_id), (stream, seq) in pending.items()])


def _after_transaction_end(session: Session, transaction) -> None:
    if transaction.parent is None:
        session.info.pop(_SEQS, None)
        session.info.pop(_LOG, None)


def install(session_factory) -> None:
    """Attach the stamping hooks to a sessionmaker."""
    event.listen(session_factory, "before_flush", _before_flush)
    event.listen(session_factory, "after_flush", _after_flush)
    event.listen(session_factory, "after_transaction_end", _after_transaction_end)
