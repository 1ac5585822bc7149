"""What the Sync page shows and does: last sync, pending changes, conflicts, refused edits.

Read-only views of the PC's sync bookkeeping as frozen dataclasses, and the secretary's two
answers to a conflict: `keep_mine` puts the value that lost back as a NEW local edit (so it goes
through the outbox and wins on the server at the next sync, and an edit that hit a deleted row
restores the row), `keep_theirs` accepts what the server has. Both mark the conflict resolved;
the resolution is reported to the server with the next push so the council's other PCs see it.
A "renumbered" conflict (the server gave a new row the next free number because another PC had
used the number) has no value to choose: restoring the old number would clash again. Its only
answer is `acknowledge`, reported as "theirs" (the number the server assigned stays), and
`keep_mine` / `keep_theirs` treat it the same way.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import NotFoundError, StateError
from app.models import OutboxEntry, SyncConflict, SyncRejection, SyncState
from app.models.base import utcnow
from app.services import wire


#: the conflict kind of a sequence number the server changed (see server.clashes)
RENUMBERED = "renumbered"


@dataclass(frozen=True)
class SyncOverview:
    enrolled: bool
    server_url: str | None
    council_id: str | None
    device_id: str | None
    last_sync_at: datetime | None
    last_success_at: datetime | None
    last_result: str | None
    pending_changes: int
    unresolved_conflicts: int
    refused_edits: int


@dataclass(frozen=True)
class ConflictView:
    id: str
    kind: str  # field: the same field changed on two sides; deleted: an edit to a deleted row;
    # renumbered: a new row's number was taken on the server (losing: given, winning: assigned)
    table: str
    row_id: str
    field: str
    base: Any
    winning: Any  # the value the record has now
    losing: Any  # the value that was replaced (restorable with keep_mine)
    winning_actor: str | None
    losing_actor: str | None
    at: datetime
    resolved: bool
    resolution: str | None


@dataclass(frozen=True)
class RejectionView:
    id: int
    direction: str
    table: str
    row_id: str
    action: str
    changes: dict
    reason: str
    at: datetime


def overview(session: Session) -> SyncOverview:
    state = session.get(SyncState, 1)
    count = lambda q: session.scalar(q) or 0  # noqa: E731
    return SyncOverview(
        enrolled=state is not None,
        server_url=state.server_url if state else None,
        council_id=state.council_id if state else None,
        device_id=state.device_id if state else None,
        last_sync_at=state.last_sync_at if state else None,
        last_success_at=state.last_success_at if state else None,
        last_result=state.last_result if state else None,
        pending_changes=count(select(func.count()).select_from(OutboxEntry)),
        unresolved_conflicts=count(select(func.count()).select_from(SyncConflict)
                                   .where(SyncConflict.resolved.is_(False))),
        refused_edits=count(select(func.count()).select_from(SyncRejection)
                            .where(SyncRejection.dismissed.is_(False))))


def _view(c: SyncConflict) -> ConflictView:
    return ConflictView(id=c.id, kind=c.kind, table=c.table_name, row_id=c.row_id,
                        field=c.field, base=c.base, winning=c.winning, losing=c.losing,
                        winning_actor=c.winning_actor, losing_actor=c.losing_actor, at=c.at,
                        resolved=c.resolved, resolution=c.resolution)


def conflicts(session: Session, *, include_resolved: bool = False) -> list[ConflictView]:
    query = select(SyncConflict).order_by(SyncConflict.at, SyncConflict.id)
    if not include_resolved:
        query = query.where(SyncConflict.resolved.is_(False))
    return [_view(c) for c in session.scalars(query)]


def rejections(session: Session) -> list[RejectionView]:
    rows = session.scalars(select(SyncRejection).where(SyncRejection.dismissed.is_(False))
                           .order_by(SyncRejection.id))
    return [RejectionView(id=r.id, direction=r.direction, table=r.table_name, row_id=r.row_id,
                          action=r.action, changes=r.changes, reason=r.reason, at=r.at)
            for r in rows]


def _open_conflict(session: Session, conflict_id: str) -> SyncConflict:
    conflict = session.get(SyncConflict, conflict_id)
    if conflict is None:
        raise NotFoundError("not_found")
    if conflict.resolved:
        raise StateError("not_found")
    return conflict


def _resolve(conflict: SyncConflict, resolution: str) -> None:
    conflict.resolved, conflict.resolution = True, resolution
    conflict.resolved_at, conflict.reported = utcnow(), False


def keep_mine(session: Session, conflict_id: str) -> ConflictView:
    """Restore the losing value as a new local edit (outbox), and mark the conflict resolved."""
    conflict = _open_conflict(session, conflict_id)
    if conflict.kind == RENUMBERED:
        return acknowledge(session, conflict_id)
    model = wire.TABLES.get(conflict.table_name)
    row = session.get(model, conflict.row_id) if model is not None else None
    if row is None:
        raise NotFoundError("not_found")
    value = wire.from_wire(model.__table__.c[conflict.field], conflict.losing)
    if conflict.kind == "deleted" and row.deleted_at is not None:
        row.deleted_at = None
    if getattr(row, conflict.field) != value:
        setattr(row, conflict.field, value)
    _resolve(conflict, "mine")
    session.flush()
    return _view(conflict)


def keep_theirs(session: Session, conflict_id: str) -> ConflictView:
    """Accept the value the record has now, and mark the conflict resolved."""
    conflict = _open_conflict(session, conflict_id)
    _resolve(conflict, "theirs")
    session.flush()
    return _view(conflict)


def acknowledge(session: Session, conflict_id: str) -> ConflictView:
    """The secretary has seen that a number was changed; the assigned number stays."""
    conflict = _open_conflict(session, conflict_id)
    _resolve(conflict, "theirs")
    session.flush()
    return _view(conflict)


def dismiss_rejection(session: Session, rejection_id: int) -> None:
    """The secretary has seen a refused edit (it stays in the table, hidden)."""
    row = session.get(SyncRejection, rejection_id)
    if row is None:
        raise NotFoundError("not_found")
    row.dismissed = True
    session.flush()
