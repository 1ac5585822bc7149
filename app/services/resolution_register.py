"""The resolutions register (دفتر مصوبات), its counts, and the follow-up list of a meeting.

`register`/`count_register` page through every resolution of the council with the filters the
register screen offers, ordered by deadline (none last), then meeting number and sequence.
`previous_open_resolutions` is what the automatic «پیگیری مصوبات جلسات قبل» agenda item and the
printed minutes list: the resolutions of earlier meetings that were still open or in progress
when the meeting took place. The status "as it stood" is rebuilt from the follow-ups (each
status change records `status_after`), so the minutes of meeting 13 keep listing 12/3 after it
is done at meeting 14, and show the status reported at meeting 13 itself.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Iterable

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from app.enums import ResolutionStatus
from app.models import Agency, Meeting, Member, Resolution, ResolutionFollowUp
from app.persian.digits import to_latin_digits
from app.persian.normalize import normalize_text
from app.services.meeting_guard import full_name, live_meeting
from app.services.resolutions import ACTIVE_STATUSES, ResolutionView, number_text, views


@dataclass(frozen=True)
class ResolutionStats:
    open: int
    in_progress: int
    done: int
    cancelled: int
    overdue: int
    total: int


@dataclass(frozen=True)
class PreviousResolution:
    """A resolution of an earlier meeting, as it stood at the meeting that follows it up."""

    resolution_id: str
    number: str
    meeting_number: int
    meeting_date: date
    text: str
    owner_name: str | None
    agency_name: str | None
    deadline: date | None
    status: str  # as of the following-up meeting (including what was reported there)
    last_note: str | None  # the last follow-up note up to that meeting
    last_note_date: date | None


def _live_rows():
    return (select(Resolution).join(Meeting, Resolution.meeting_id == Meeting.id)
            .where(Resolution.deleted_at.is_(None), Meeting.deleted_at.is_(None)))


def _filtered(stmt, council_id: str, *, status, owner_id, agency_id, overdue, query, today):
    stmt = stmt.where(Resolution.council_id == council_id)
    if status:
        wanted = [status] if isinstance(status, str) else list(status)
        stmt = stmt.where(Resolution.status.in_([str(s) for s in wanted]))
    if owner_id:
        stmt = stmt.where(Resolution.owner_id == owner_id)
    if agency_id:
        stmt = stmt.where(Resolution.agency_id == agency_id)
    late = and_(Resolution.deadline.is_not(None), Resolution.deadline < today,
                Resolution.status.in_(ACTIVE_STATUSES))
    if overdue is True:
        stmt = stmt.where(late)
    elif overdue is False:
        stmt = stmt.where(~late)
    q = normalize_text(query) if query else None
    if q:
        parts = to_latin_digits(q).replace(" ", "").split("/")
        clauses = [Resolution.text.contains(q, autoescape=True)]
        if len(parts) == 2 and all(p.isdigit() for p in parts):  # "12/3"
            clauses.append(and_(Meeting.number == int(parts[0]), Resolution.seq == int(parts[1])))
        stmt = stmt.where(or_(*clauses))
    return stmt


def register(session: Session, council_id: str, *, status=None, owner_id: str | None = None,
             agency_id: str | None = None, overdue: bool | None = None,
             query: str | None = None, offset: int = 0, limit: int | None = None,
             today: date | None = None) -> list[ResolutionView]:
    """A page of the register. `status` is one value or several; `query` searches the text or
    a number like "12/3"; `overdue` True/False keeps only (not) overdue ones."""
    today = today or date.today()
    stmt = _filtered(_live_rows(), council_id, status=status, owner_id=owner_id,
                     agency_id=agency_id, overdue=overdue, query=query, today=today)
    stmt = stmt.order_by(Resolution.deadline.is_(None), Resolution.deadline, Meeting.number,
                         Resolution.seq).offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    return views(session, session.scalars(stmt).all(), today)


def count_register(session: Session, council_id: str, *, status=None,
                   owner_id: str | None = None, agency_id: str | None = None,
                   overdue: bool | None = None, query: str | None = None,
                   today: date | None = None) -> int:
    """How many resolutions `register` would list with the same filters."""
    stmt = _filtered(_live_rows(), council_id, status=status, owner_id=owner_id,
                     agency_id=agency_id, overdue=overdue, query=query,
                     today=today or date.today())
    return session.scalar(select(func.count()).select_from(stmt.subquery()))


def resolution_stats(session: Session, council_id: str, today: date | None = None
                     ) -> ResolutionStats:
    """Counts by status, and how many are overdue."""
    today = today or date.today()
    base = _live_rows().where(Resolution.council_id == council_id).subquery()
    counts = dict(session.execute(select(base.c.status, func.count()).group_by(base.c.status))
                  .all())
    late = session.scalar(select(func.count()).select_from(base).where(
        base.c.deadline.is_not(None), base.c.deadline < today,
        base.c.status.in_(ACTIVE_STATUSES)))
    s = ResolutionStatus
    return ResolutionStats(open=counts.get(s.OPEN.value, 0),
                           in_progress=counts.get(s.IN_PROGRESS.value, 0),
                           done=counts.get(s.DONE.value, 0),
                           cancelled=counts.get(s.CANCELLED.value, 0),
                           overdue=late or 0, total=sum(counts.values()))


def _status_as_of(current: str, entries: list[ResolutionFollowUp], keep) -> str:
    """The `status_after` of the last recorded change that `keep` accepts ('open' before any);
    `current` when no change was ever recorded (e.g. imported data)."""
    changes = [f for f in entries if f.status_after]
    if not changes:
        return current
    status = ResolutionStatus.OPEN.value
    for f in changes:
        if keep(f):
            status = f.status_after
    return status


def previous_open_resolutions(session: Session, meeting_id: str) -> tuple[PreviousResolution, ...]:
    """Resolutions of earlier meetings still open or in progress when this meeting took place.

    Earlier: a meeting dated before this one (or the same day with a smaller number). Listed:
    open/in progress as of the day before this meeting; shown: the status and last note as of
    this meeting's date, including follow-ups recorded at this meeting.
    """
    meeting = live_meeting(session, meeting_id)
    day = meeting.date
    earlier = or_(Meeting.date < day, and_(Meeting.date == day, Meeting.number < meeting.number))
    changed_since = select(ResolutionFollowUp.id).where(
        ResolutionFollowUp.resolution_id == Resolution.id,
        ResolutionFollowUp.deleted_at.is_(None),
        or_(ResolutionFollowUp.date >= day, ResolutionFollowUp.meeting_id == meeting.id))
    rows = session.execute(
        _live_rows().add_columns(Meeting.number, Meeting.date)
        .where(Resolution.council_id == meeting.council_id, Meeting.id != meeting.id, earlier,
               or_(Resolution.status.in_(ACTIVE_STATUSES), changed_since.exists()))
        .order_by(Meeting.date, Meeting.number, Resolution.seq)).all()
    if not rows:
        return ()
    ids = [r.id for r, _, _ in rows]
    history: dict[str, list[ResolutionFollowUp]] = {}
    for f in session.scalars(select(ResolutionFollowUp).where(
            ResolutionFollowUp.resolution_id.in_(ids), ResolutionFollowUp.deleted_at.is_(None))
            .order_by(ResolutionFollowUp.date, ResolutionFollowUp.created_at)):
        history.setdefault(f.resolution_id, []).append(f)
    names = _names(session, [r for r, _, _ in rows])
    out = []
    for r, m_number, m_date in rows:
        entries = history.get(r.id, [])
        before = _status_as_of(r.status, entries,
                               lambda f: f.date < day and f.meeting_id != meeting.id)
        if before not in ACTIVE_STATUSES:
            continue
        at = [f for f in entries if f.date <= day or f.meeting_id == meeting.id]
        status_at = _status_as_of(r.status, entries, lambda f: f in at)
        last = next((f for f in reversed(at) if f.note), None)
        owner, agency = names[r.id]
        out.append(PreviousResolution(
            resolution_id=r.id, number=number_text(m_number, r.seq), meeting_number=m_number,
            meeting_date=m_date, text=r.text, owner_name=owner, agency_name=agency,
            deadline=r.deadline, status=status_at, last_note=last.note if last else None,
            last_note_date=last.date if last else None))
    return tuple(out)


def _names(session: Session, rows: Iterable[Resolution]
           ) -> dict[str, tuple[str | None, str | None]]:
    rows = list(rows)
    members = {m.id: m for m in session.scalars(select(Member).where(
        Member.id.in_({r.owner_id for r in rows if r.owner_id})))}
    agencies = dict(session.execute(select(Agency.id, Agency.name).where(
        Agency.id.in_({r.agency_id for r in rows if r.agency_id}))).all())
    return {r.id: (full_name(members.get(r.owner_id)), agencies.get(r.agency_id)) for r in rows}
