"""The audit log view: who changed which record, when, from what to what, newest first.

`app.services.tracking` writes one `audit_log` row per insert, update, soft delete or purge of a
synced record, in the edit's own transaction; this module only reads them back for the history
page and a record's "history" tab, filtered by table, record, or actor and paged for the UI
(the log of a busy council grows to tens of thousands of rows). Each row carries the Persian
label of its table so reports and the CLI can show it without Qt.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import AuditEntry
from app.persian.collation import sort_key

#: the Persian name of each audited table (unknown tables show their own name)
TABLE_LABELS: dict[str, str] = {
    "provinces": "استان", "counties": "شهرستان", "settlements": "شهر / روستا",
    "neighbourhoods": "محله", "councils": "شورا", "agencies": "دستگاه اجرایی",
    "committees": "کمیته", "members": "عضو", "committee_memberships": "عضویت در کمیته",
    "meetings": "جلسه", "agenda_items": "دستور جلسه", "attendance": "حضور و غیاب",
    "guests": "مدعو", "minutes_addenda": "الحاقیه صورت‌جلسه", "issues": "مسئله محله",
    "issue_events": "رویداد مسئله", "resolutions": "مصوبه",
    "resolution_follow_ups": "پیگیری مصوبه", "demands": "مطالبه",
    "roadmap_plans": "نقشه راه", "roadmap_goals": "هدف نقشه راه", "projects": "پروژه",
    "milestones": "مرحله پروژه", "benefactors": "خیّر", "fundings": "تأمین مالی",
    "indicators": "شاخص", "indicator_measurements": "اندازه‌گیری شاخص",
    "intake_requests": "درخواست مردمی", "directives": "ابلاغیه",
}


@dataclass(frozen=True)
class AuditView:
    """One audit entry as the history page shows it."""

    id: int
    at: datetime  # aware UTC
    actor: str | None
    table: str
    table_label: str
    row_id: str
    action: str  # insert / update / delete / purge
    changes: dict[str, tuple[Any, Any]]  # field -> (old, new)


def table_label(table: str) -> str:
    return TABLE_LABELS.get(table, table)


def _view(e: AuditEntry) -> AuditView:
    changes = {k: (v[0], v[1]) if isinstance(v, (list, tuple)) and len(v) == 2 else (None, v)
               for k, v in (e.changes or {}).items()}
    return AuditView(id=e.id, at=e.at, actor=e.actor, table=e.table_name,
                     table_label=table_label(e.table_name), row_id=e.row_id, action=e.action,
                     changes=changes)


def _filtered(query, table: str | None, row_id: str | None, actor: str | None):
    if table is not None:
        query = query.where(AuditEntry.table_name == table)
    if row_id is not None:
        query = query.where(AuditEntry.row_id == row_id)
    if actor is not None:
        query = query.where(AuditEntry.actor == actor)
    return query


def list_audit(session: Session, *, table: str | None = None, row_id: str | None = None,
               actor: str | None = None, offset: int = 0, limit: int = 100) -> list[AuditView]:
    """Audit entries, newest first, optionally of one table, one record or one actor."""
    query = _filtered(select(AuditEntry), table, row_id, actor)
    query = query.order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
    query = query.offset(max(0, offset)).limit(max(0, limit))
    return [_view(e) for e in session.scalars(query)]


def count_audit(session: Session, *, table: str | None = None, row_id: str | None = None,
                actor: str | None = None) -> int:
    """How many entries `list_audit` pages through with the same filters."""
    query = _filtered(select(func.count()).select_from(AuditEntry), table, row_id, actor)
    return session.scalar(query) or 0


def audit_actors(session: Session) -> list[str]:
    """The actors that appear in the log (for the filter's pick list), alphabetical."""
    rows = session.scalars(select(AuditEntry.actor).where(AuditEntry.actor.is_not(None))
                           .distinct())
    return sorted(rows, key=sort_key)
