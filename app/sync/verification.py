"""Which verification a sync round runs (full or windowed), and this PC's digests for it.

A full verify hashes every row of the council on both sides: its cost grows with the council.
So the PC remembers, in a reserved key of `SyncState.cursors` (never a stream name, and wiped
with the cursors on an epoch reset or a new enrollment), the council-stream seq S up to which its
last FULL verify succeeded, when that was, and under which server epoch. Later rounds verify
only the window: the rows whose seq is above S (on the PC: the `server_seq` of the version last
received, stamped from receipts and pulls; on the server: the change log's (stream, seq) index)
plus every table's plain row count. A row changed since S that is missing, extra, stale or
different on either side makes the window mismatch. A full verify runs again when none has
succeeded yet, when the last one is a day old (a row corrupted outside the window is caught
then), after a windowed mismatch (once the mismatching tables are re-pulled), when the council
cursor went below S (the server lost history) and when a push left a row whose content the
server may not have taken (`needs_full`: a refused op, or an op on a row the batch did not
write, e.g. an edit to a row deleted on the server): no pull would bring such a row back.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import SyncRejection, SyncState
from app.models.base import utcnow
from app.services import wire

#: the reserved key in `SyncState.cursors`
KEY = "~verified"
#: how old the last full verify may be before the next round verifies in full again
FULL_EVERY = timedelta(days=1)


@dataclass
class Marker:
    seq: int
    full_at: datetime
    epoch: str


def marker(state: SyncState) -> Marker | None:
    raw = (state.cursors or {}).get(KEY)
    try:
        return Marker(int(raw["seq"]), datetime.fromisoformat(raw["full_at"]), str(raw["epoch"]))
    except (KeyError, TypeError, ValueError):
        return None


def window_since(state: SyncState, now: datetime | None = None) -> int:
    """The seq after which this round may verify; 0 when a full verify is due."""
    m = marker(state)
    if m is None or m.epoch != state.epoch or m.seq <= 0:
        return 0
    now = now or utcnow()
    if not timedelta(0) <= now - m.full_at < FULL_EVERY:  # a clock set back counts as due
        return 0
    if council_cursor(state) < m.seq:
        return 0
    return m.seq


def council_cursor(state: SyncState) -> int:
    cursor = (state.cursors or {}).get(wire.council_stream(state.council_id), 0)
    return cursor if isinstance(cursor, int) else 0


def record_full(state: SyncState, seq: int, now: datetime | None = None) -> None:
    """A full verify matched with the council cursor at `seq`: windows start there."""
    state.cursors = {**(state.cursors or {}), KEY: {
        "seq": seq, "full_at": (now or utcnow()).isoformat(), "epoch": state.epoch}}


def needs_full(state: SyncState) -> None:
    """Make the next verify a full one."""
    if KEY in (state.cursors or {}):
        state.cursors = {k: v for k, v in state.cursors.items() if k != KEY}


def refused_rows(session: Session) -> set[tuple[str, str]]:
    """Rows the server never accepted (refused inserts): they exist here only."""
    return {(t, r) for t, r in session.execute(
        select(SyncRejection.table_name, SyncRejection.row_id).where(
            SyncRejection.direction == "push", SyncRejection.action == "insert"))}


@dataclass
class Local:
    """This PC's side of one verification."""

    since: int
    digests: dict[str, wire.Digest]
    totals: dict[str, int]
    cursor: int


def local_side(session: Session, state: SyncState, since: int) -> Local:
    refused = refused_rows(session)
    digests = wire.scope_digests(session, state.council_id, exclude=refused, since=since)
    totals = wire.scope_totals(session, state.council_id, exclude=refused) if since else {}
    return Local(since, digests, totals, council_cursor(state))


def mismatched(local: Local, remote) -> list[str]:
    """Tables whose digests (and, windowed, row counts) differ from the server's answer."""
    out = set()
    for name, d in remote.tables.items():
        mine = local.digests.get(name)
        if mine is not None and (mine.count, mine.hash) != (d.count, d.hash):
            out.add(name)
    if local.since:
        for name, total in remote.totals.items():
            if name in local.totals and local.totals[name] != total:
                out.add(name)
    return sorted(out)
