"""Resolutions (مصوبات): what a meeting decides, who carries it out, by when, and how it goes.

A resolution is numbered by its sequence within the meeting and shown as "meeting/seq" ("12/3").
Its content (text, owner, agency, deadline, issue, agenda item) belongs to the minutes, so it is
sealed when the minutes are finalised (`meeting_guard.editable_meeting`); deleting one is a soft
delete allowed only before that, and the later ones of the meeting move up a number so the
printed minutes have no gaps. Its status and follow-ups stay open for later meetings. Allowed
status changes: open -> in_progress, done or cancelled; in_progress -> done or cancelled;
done -> in_progress (reopen); cancelled -> open (revive). Every change writes a
`ResolutionFollowUp` with `status_after`, which is how the minutes of a later meeting know the
status as it stood on its date. Overdue is derived: a deadline before today while the status is
open or in progress.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.enums import ResolutionStatus
from app.errors import StateError, ValidationError
from app.models import AgendaItem, Agency, Issue, Meeting, Member, Resolution, ResolutionFollowUp
from app.services import common
from app.services.common import Problems
from app.services.meeting_guard import (check_active_member, check_agency, editable_meeting,
                                        full_name, is_finalised, live_meeting)

#: statuses in which a resolution is still being carried out (and can be overdue)
ACTIVE_STATUSES = frozenset({ResolutionStatus.OPEN.value, ResolutionStatus.IN_PROGRESS.value})

_S = ResolutionStatus
#: the status changes allowed, old -> the new statuses it may go to
TRANSITIONS: dict[str, frozenset[str]] = {
    _S.OPEN.value: frozenset({_S.IN_PROGRESS.value, _S.DONE.value, _S.CANCELLED.value}),
    _S.IN_PROGRESS.value: frozenset({_S.DONE.value, _S.CANCELLED.value}),
    _S.DONE.value: frozenset({_S.IN_PROGRESS.value}),
    _S.CANCELLED.value: frozenset({_S.OPEN.value}),
}


@dataclass(frozen=True)
class ResolutionInput:
    text: str
    owner_id: str | None = None
    agency_id: str | None = None
    deadline: date | str | None = None
    issue_id: str | None = None
    agenda_item_id: str | None = None


@dataclass(frozen=True)
class FollowUpView:
    id: str
    resolution_id: str
    date: date
    note: str
    meeting_id: str | None
    meeting_number: int | None
    status_after: str | None


@dataclass(frozen=True)
class ResolutionView:
    id: str
    number: str  # "12/3"
    seq: int
    meeting_id: str
    meeting_number: int
    meeting_date: date
    text: str
    owner_id: str | None
    owner_name: str | None
    agency_id: str | None
    agency_name: str | None
    issue_id: str | None
    agenda_item_id: str | None
    deadline: date | None
    status: str
    completed_on: date | None
    overdue: bool
    days_overdue: int  # 0 unless overdue
    editable: bool  # False once the meeting's minutes are finalised
    follow_ups: tuple[FollowUpView, ...]


def number_text(meeting_number: int, seq: int) -> str:
    """The resolution's human number, "12/3"."""
    return f"{meeting_number}/{seq}"


def overdue_days(deadline: date | None, status: str, today: date) -> int:
    """Days past the deadline of a resolution still open or in progress (0 if not overdue)."""
    if deadline is None or status not in ACTIVE_STATUSES or deadline >= today:
        return 0
    return (today - deadline).days


def views(session: Session, rows: Iterable[Resolution], today: date | None = None
          ) -> list[ResolutionView]:
    """Views of resolution rows, their names and follow-ups loaded in a few queries."""
    rows = list(rows)
    if not rows:
        return []
    today = today or date.today()
    meeting_ids = {r.meeting_id for r in rows}
    meetings = {m.id: m for m in session.scalars(select(Meeting).where(
        Meeting.id.in_(meeting_ids)))}
    members = {m.id: m for m in session.scalars(select(Member).where(
        Member.id.in_({r.owner_id for r in rows if r.owner_id})))}
    agencies = dict(session.execute(select(Agency.id, Agency.name).where(
        Agency.id.in_({r.agency_id for r in rows if r.agency_id}))).all())
    follow = {}
    for f, number in session.execute(
            select(ResolutionFollowUp, Meeting.number)
            .outerjoin(Meeting, ResolutionFollowUp.meeting_id == Meeting.id)
            .where(ResolutionFollowUp.resolution_id.in_([r.id for r in rows]),
                   ResolutionFollowUp.deleted_at.is_(None))
            .order_by(ResolutionFollowUp.date, ResolutionFollowUp.created_at)):
        follow.setdefault(f.resolution_id, []).append(FollowUpView(
            id=f.id, resolution_id=f.resolution_id, date=f.date, note=f.note,
            meeting_id=f.meeting_id, meeting_number=number, status_after=f.status_after))
    out = []
    for r in rows:
        m = meetings[r.meeting_id]
        days = overdue_days(r.deadline, r.status, today)
        out.append(ResolutionView(
            id=r.id, number=number_text(m.number, r.seq), seq=r.seq, meeting_id=m.id,
            meeting_number=m.number, meeting_date=m.date, text=r.text, owner_id=r.owner_id,
            owner_name=full_name(members.get(r.owner_id)), agency_id=r.agency_id,
            agency_name=agencies.get(r.agency_id), issue_id=r.issue_id,
            agenda_item_id=r.agenda_item_id, deadline=r.deadline, status=r.status,
            completed_on=r.completed_on, overdue=days > 0, days_overdue=days,
            editable=not is_finalised(m), follow_ups=tuple(follow.get(r.id, ()))))
    return out


def get_resolution(session: Session, resolution_id: str, today: date | None = None
                   ) -> ResolutionView:
    """One resolution with its follow-ups."""
    return views(session, [common.get_live(session, Resolution, resolution_id)], today)[0]


def meeting_resolutions(session: Session, meeting_id: str, today: date | None = None
                        ) -> tuple[ResolutionView, ...]:
    """The resolutions a meeting passed, by number."""
    rows = session.scalars(common.live(Resolution).where(Resolution.meeting_id == meeting_id)
                           .order_by(Resolution.seq))
    return tuple(views(session, rows, today))


def _clean(session: Session, meeting: Meeting, data: ResolutionInput,
           current: Resolution | None = None) -> dict:
    p = Problems()
    values = {
        "text": common.text(data.text, field="text", problems=p, required=True),
        "deadline": common.jalali_date(data.deadline, field="deadline", problems=p),
        "owner_id": data.owner_id or None,
        "agency_id": data.agency_id or None,
        "issue_id": data.issue_id or None,
        "agenda_item_id": data.agenda_item_id or None,
    }
    if current is None or values["owner_id"] != current.owner_id:  # a new owner must be active
        check_active_member(session, meeting.council_id, values["owner_id"], field="owner_id",
                            problems=p)
    check_agency(session, meeting.council_id, values["agency_id"], field="agency_id", problems=p)
    if values["issue_id"]:
        issue = session.get(Issue, values["issue_id"])
        if issue is None or issue.deleted_at is not None or issue.council_id != meeting.council_id:
            p.add("not_found", field="issue_id")
    if values["agenda_item_id"]:
        item = session.get(AgendaItem, values["agenda_item_id"])
        if item is None or item.deleted_at is not None or item.meeting_id != meeting.id:
            p.add("not_found", field="agenda_item_id")
    p.raise_if_any()
    return values


def add_resolution(session: Session, meeting_id: str, data: ResolutionInput,
                   today: date | None = None) -> ResolutionView:
    """Record a resolution of the meeting; it takes the next number of the meeting."""
    meeting = editable_meeting(session, meeting_id)
    values = _clean(session, meeting, data)
    last = session.scalar(select(func.max(Resolution.seq)).where(
        Resolution.meeting_id == meeting.id)) or 0
    row = Resolution(council_id=meeting.council_id, meeting_id=meeting.id, seq=max(last, 0) + 1,
                     status=ResolutionStatus.OPEN.value, **values)
    session.add(row)
    session.flush()
    return views(session, [row], today)[0]


def update_resolution(session: Session, resolution_id: str, data: ResolutionInput,
                      today: date | None = None) -> ResolutionView:
    """Change a resolution's text, owner, agency, deadline, issue or agenda item."""
    row = common.get_live(session, Resolution, resolution_id)
    meeting = editable_meeting(session, row.meeting_id)
    common.apply(row, _clean(session, meeting, data, current=row))
    session.flush()
    return views(session, [row], today)[0]


def delete_resolution(session: Session, resolution_id: str) -> None:
    """Soft-delete a resolution of a meeting not yet finalised; later ones move up a number."""
    row = common.get_live(session, Resolution, resolution_id)
    editable_meeting(session, row.meeting_id)
    lowest = session.scalar(select(func.min(Resolution.seq)).where(
        Resolution.meeting_id == row.meeting_id)) or 0
    old_seq = row.seq
    row.seq = min(lowest, 0) - 1  # out of the way of the unique (meeting, seq) of live rows
    common.soft_delete(row)
    session.flush()
    later = session.scalars(common.live(Resolution).where(
        Resolution.meeting_id == row.meeting_id, Resolution.seq > old_seq)
        .order_by(Resolution.seq)).all()
    for other in later:  # one flush each: every step keeps (meeting, seq) unique
        other.seq -= 1
        session.flush()


def _check_follow_up_date(meeting: Meeting, on: date | None, p: Problems) -> None:
    if on is not None and on < meeting.date:
        p.add("resolution.follow_up_date", field="date", date=common.jalali(meeting.date))


def _check_follow_up_meeting(session: Session, council_id: str, meeting_id: str | None,
                             p: Problems) -> None:
    if meeting_id:
        other = session.get(Meeting, meeting_id)
        if other is None or other.deleted_at is not None or other.council_id != council_id:
            p.add("not_found", field="meeting_id")


def set_status(session: Session, resolution_id: str, new_status: str | ResolutionStatus,
               note: str | None = None, *, on: date | str | None = None,
               meeting_id: str | None = None, today: date | None = None) -> ResolutionView:
    """Move a resolution to a new status, recording a follow-up (allowed after finalising).

    `on` is the date of the change (default today); `meeting_id` the later meeting where it was
    reported, if any. A resolution marked done gets `completed_on`; reopening clears it.
    """
    row = common.get_live(session, Resolution, resolution_id)
    meeting = live_meeting(session, row.meeting_id)
    p = Problems()
    status = common.choice(new_status, ResolutionStatus, field="status", problems=p)
    when = common.jalali_date(on, field="date", problems=p) or today or date.today()
    cleaned_note = common.text(note, field="note", problems=p)
    _check_follow_up_date(meeting, when, p)
    _check_follow_up_meeting(session, row.council_id, meeting_id, p)
    p.raise_if_any()
    if status == row.status:
        raise StateError("resolution.closed", field="status",
                         number=number_text(meeting.number, row.seq), status=status)
    if status not in TRANSITIONS.get(row.status, frozenset()):
        raise ValidationError("resolution.bad_transition", field="status", old=row.status,
                              new=status)
    row.status = status
    row.completed_on = when if status == ResolutionStatus.DONE.value else None
    session.add(ResolutionFollowUp(council_id=row.council_id, resolution_id=row.id, date=when,
                                   note=cleaned_note or "", meeting_id=meeting_id or None,
                                   status_after=status))
    session.flush()
    return views(session, [row], today)[0]


def add_follow_up(session: Session, resolution_id: str, date_: date | str | None, note: str,
                  meeting_id: str | None = None, today: date | None = None) -> ResolutionView:
    """Record how a resolution is going (a note, dated; optionally at a later meeting)."""
    row = common.get_live(session, Resolution, resolution_id)
    meeting = live_meeting(session, row.meeting_id)
    p = Problems()
    when = common.jalali_date(date_, field="date", problems=p) or today or date.today()
    cleaned_note = common.text(note, field="note", problems=p, required=True)
    _check_follow_up_date(meeting, when, p)
    _check_follow_up_meeting(session, row.council_id, meeting_id, p)
    p.raise_if_any()
    session.add(ResolutionFollowUp(council_id=row.council_id, resolution_id=row.id, date=when,
                                   note=cleaned_note, meeting_id=meeting_id or None,
                                   status_after=None))
    session.flush()
    return views(session, [row], today)[0]
