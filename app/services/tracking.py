"""The audit log and the sync outbox, written by one flush hook in the edit's own transaction.

Every insert, update and soft delete of a synced row (see `app.models.base.Synced`) leaves an
`AuditEntry` (who changed what, old and new values) and, unless the change came from the
province through a sync pull (`session.info["sync_apply"]`), an `OutboxEntry` with the new
values and the values they replaced (the base for the server's three-way merge). Doing it in
`after_flush` means services cannot forget it and a crash can never split an edit from its trace.
"""
from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy import event, inspect, insert
from sqlalchemy.orm import Session

from app.ids import new_id
from app.models import AuditEntry, OutboxEntry, Synced
from app.models.base import utcnow

#: bookkeeping columns that are not part of a record's content
UNTRACKED = frozenset({"updated_at", "server_seq"})

#: tables the province owns: a council PC keeps local copies but never pushes them
PROVINCE_TABLES = frozenset({"provinces", "counties", "settlements", "neighbourhoods"})


def pushes(obj) -> bool:
    """Whether a local change to this row belongs in the outbox (council-owned data only)."""
    if obj.__tablename__ in PROVINCE_TABLES:
        return False
    if obj.__tablename__ == "agencies":
        return obj.council_id is not None  # the province's own list comes down, never up
    return True


def to_wire(value: Any) -> Any:
    """A JSON-ready form of a column value (ISO strings for dates and times)."""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, (date, time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _column_keys(obj) -> list[str]:
    return [attr.key for attr in inspect(obj).mapper.column_attrs]


def _insert_changes(obj) -> dict[str, Any]:
    return {k: to_wire(getattr(obj, k)) for k in _column_keys(obj) if k not in UNTRACKED}


def _update_changes(obj) -> tuple[dict[str, Any], dict[str, Any]]:
    state = inspect(obj)
    new: dict[str, Any] = {}
    old: dict[str, Any] = {}
    for key in _column_keys(obj):
        if key in UNTRACKED:
            continue
        hist = state.attrs[key].history
        if not hist.has_changes():
            continue
        before = hist.deleted[0] if hist.deleted else None
        after = hist.added[0] if hist.added else None
        if before == after:
            continue
        old[key] = to_wire(before)
        new[key] = to_wire(after)
    return new, old


def _after_flush(session: Session, _flush_context) -> None:
    actor = session.info.get("actor")
    from_sync = bool(session.info.get("sync_apply"))
    now = utcnow()
    audit: list[dict] = []
    outbox: list[dict] = []

    def record(obj, action: str, changes: dict, base: dict) -> None:
        table = obj.__tablename__
        audit.append({"at": now, "actor": actor, "table_name": table, "row_id": obj.id,
                      "action": action,
                      "changes": {k: [base.get(k), v] for k, v in changes.items()}})
        if not from_sync and pushes(obj):
            outbox.append({"op_id": new_id(), "at": now, "table_name": table, "row_id": obj.id,
                           "action": action, "changes": changes, "base": base,
                           "actor": actor})

    for obj in session.new:
        if isinstance(obj, Synced):
            record(obj, "insert", _insert_changes(obj), {})
    for obj in session.dirty:
        if isinstance(obj, Synced) and session.is_modified(obj, include_collections=False):
            new, old = _update_changes(obj)
            if not new:
                continue
            action = "delete" if new.get("deleted_at") and not old.get("deleted_at") else "update"
            record(obj, action, new, old)
    for obj in session.deleted:
        if isinstance(obj, Synced):
            record(obj, "purge", {}, {})

    conn = session.connection()
    if audit:
        conn.execute(insert(AuditEntry.__table__), audit)
    if outbox:
        conn.execute(insert(OutboxEntry.__table__), outbox)


def install(session_factory) -> None:
    """Attach the hook to a sessionmaker (idempotent: the sessionmaker is marked once done).

    Not guarded by `event.contains`: SQLAlchemy's listener registry is keyed by id(), so a new
    sessionmaker that reuses the id of a collected one is reported as already listening, and
    the audit/outbox hook would silently be missing.
    """
    done = session_factory.__dict__.setdefault("_dabir_hooks", set())
    if __name__ in done:
        return
    event.listen(session_factory, "after_flush", _after_flush)
    done.add(__name__)
