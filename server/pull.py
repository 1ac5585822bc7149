"""Serving a stream: pull pages after a cursor, and the verification digests of a council.

A page holds the rows whose latest change has a seq in (since, next_since], in their current
state (tombstones are rows with `deleted_at`), plus the conflicts recorded or resolved in that
range. It is cut after whole seqs only (all rows of one server transaction travel together) and
never goes past the stream's last committed seq, read first: every transaction up to it has
committed, because a stream's writers commit in seq order. A cursor ahead of the stream (the
server was restored from an older backup without a new epoch) gets 409 "resync_restored"; one
below the purge horizon (tombstones it has not seen were purged) gets 409 "resync_purged".
Verification digests cover a whole council, or (windowed, `since` > 0) only the rows whose
latest change is after a seq, found through the change log, plus a plain count per table.
"""
from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.services import wire
from app.sync.protocol import (ConflictState, PullPage, RowState, TableDigest, VerifyResponse)
from server.errors import (RESYNC_PURGED, RESYNC_PURGED_MESSAGE, RESYNC_RESTORED,
                           RESYNC_RESTORED_MESSAGE, ApiError)
from server.models import ChangeLog, ConflictRow, SyncStream

_CHUNK = 500


def _rows(session: Session, entries: list[tuple[str, str]]) -> list[RowState]:
    by_table: dict[str, list[str]] = defaultdict(list)
    for table, row_id in entries:
        by_table[table].append(row_id)
    out: list[RowState] = []
    for table in sorted(by_table, key=lambda t: wire.RANK.get(t, 999)):
        model = wire.TABLES.get(table)
        if model is None:
            continue
        ids = by_table[table]
        for i in range(0, len(ids), _CHUNK):
            chunk = ids[i:i + _CHUNK]
            t = model.__table__
            for row in session.execute(select(t).where(t.c.id.in_(chunk))).mappings():
                out.append(RowState(table=table, row_id=row["id"], data=wire.row_to_wire(row),
                                    server_seq=row["server_seq"] or 0,
                                    deleted=row["deleted_at"] is not None))
    return out


def _conflict_state(c: ConflictRow) -> ConflictState:
    return ConflictState(id=c.id, server_seq=c.seq, kind=c.kind, table=c.table_name,
                         row_id=c.row_id, field=c.field, base=c.base, winning=c.winning,
                         losing=c.losing, winning_device=c.winning_device,
                         winning_actor=c.winning_actor, losing_device=c.losing_device,
                         losing_actor=c.losing_actor, at=c.at, resolved=c.resolved,
                         resolution=c.resolution)


def pull_page(session: Session, stream: str, since: int, limit: int, epoch: str,
              tables: list[str] | None = None) -> PullPage:
    state = session.get(SyncStream, stream)
    if state is None:
        raise ApiError(404, "unknown_stream", f"There is no stream {stream}.")
    last = state.last_seq
    if since > last:
        raise ApiError(409, RESYNC_RESTORED, RESYNC_RESTORED_MESSAGE)
    if since and since < state.purged_seq:
        raise ApiError(409, RESYNC_PURGED, RESYNC_PURGED_MESSAGE)
    base = select(ChangeLog.seq, ChangeLog.table_name, ChangeLog.row_id).where(
        ChangeLog.stream == stream, ChangeLog.seq > since, ChangeLog.seq <= last)
    if tables:
        base = base.where(ChangeLog.table_name.in_(tables))
    entries = session.execute(base.order_by(ChangeLog.seq).limit(limit)).all()
    end, has_more = last, False
    if len(entries) >= limit:
        end = entries[-1].seq
        entries = session.execute(base.where(ChangeLog.seq <= end)).all()  # whole seqs only
        has_more = session.scalar(base.where(ChangeLog.seq > end).limit(1)) is not None
        if not has_more:
            end = last
    rows = _rows(session, [(e.table_name, e.row_id) for e in entries])
    conflicts = []
    if stream.startswith("council:"):
        conflicts = [_conflict_state(c) for c in session.scalars(
            select(ConflictRow).where(ConflictRow.stream == stream, ConflictRow.seq > since,
                                      ConflictRow.seq <= end).order_by(ConflictRow.seq))]
    return PullPage(stream=stream, since=since, next_since=end, has_more=has_more, epoch=epoch,
                    rows=rows, conflicts=conflicts)


def _window_digests(session: Session, council_id: str, stream: str,
                    since: int) -> dict[str, wire.Digest]:
    """Digests of the council's rows whose latest change on `stream` has a seq > `since`.

    The rows are found through the change log's (stream, seq) index, so the cost follows the
    number of changes after `since`, not the size of the council.
    """
    by_table: dict[str, list[str]] = defaultdict(list)
    for table, row_id in session.execute(
            select(ChangeLog.table_name, ChangeLog.row_id).where(
                ChangeLog.stream == stream, ChangeLog.seq > since)):
        by_table[table].append(row_id)
    out: dict[str, wire.Digest] = {}
    for name, model, _where in wire.scope_tables(council_id):
        digest = out[name] = wire.Digest()
        ids, t = by_table.get(name, []), model.__table__
        owner = "id" if name == "councils" else "council_id"
        for i in range(0, len(ids), _CHUNK):
            # by primary key only (a council_id condition could make the database walk the
            # council's index instead); the scope is checked on the rows read
            rows = session.execute(select(t).where(t.c.id.in_(ids[i:i + _CHUNK]))).mappings()
            wire.digest_rows(name, (r for r in rows if r[owner] == council_id), digest=digest)
    return out


def verify(session: Session, council_id: str, epoch: str, since: int = 0) -> VerifyResponse:
    """Digests of a council: in full, or (since > 0) windowed, with every table's row count.

    A window the stream cannot have (`since` beyond its last seq: this server was restored
    from an older backup) is answered with a full verify, `since` 0.
    """
    stream = wire.council_stream(council_id)
    if since:
        state = session.get(SyncStream, stream)
        if state is None or since > state.last_seq:
            since = 0
    if not since:
        digests = wire.scope_digests(session, council_id)
        totals: dict[str, int] = {}
    else:
        digests = _window_digests(session, council_id, stream, since)
        totals = wire.scope_totals(session, council_id)
    return VerifyResponse(council_id=council_id, epoch=epoch, since=since, totals=totals, tables={
        name: TableDigest(count=d.count, hash=d.hash) for name, d in digests.items()})
