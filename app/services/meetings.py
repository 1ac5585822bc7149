"""Meetings (جلسات): scheduling, editing, the editor's full view, lists and the calendar.

A meeting has a number unique in the council (by default the next one), a kind, a Jalali date,
optional start and end times (the end after the start), a place, a chair and a minute-taker
(active members) and a summary. It moves scheduled -> held (when attendance is recorded, see
`attendance.set_attendance`) -> finalised (`sealing.finalise_meeting`); after that every change
is refused through `meeting_guard`. Creating a meeting adds the follow-up agenda item by itself
when earlier meetings left resolutions open. Numbers of deleted meetings are not reused (the
unique number includes tombstones, which sync carries).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.enums import MeetingKind, MeetingState
from app.errors import ValidationError
from app.models import AgendaItem, Attendance, Council, Guest, Meeting, Member, Resolution
from app.persian.jalali import from_jalali, jalali_year_range, month_length
from app.services import common
from app.services.agenda import AgendaItemView, add_follow_up_item, agenda_of
from app.services.attendance import AttendanceRow, GuestView, QuorumView, get_attendance
from app.services.common import Problems
from app.services.meeting_guard import (check_active_member, editable_meeting, full_name,
                                        is_finalised, live_meeting)
from app.services.resolutions import ResolutionView, meeting_resolutions
from app.services.sealing import AddendumView, addenda_of, code_from_hash


@dataclass(frozen=True)
class MeetingInput:
    date: date | str
    kind: str = MeetingKind.REGULAR.value
    number: int | None = None  # None: the next number (or, on update, keep it)
    start_time: time | str | None = None
    end_time: time | str | None = None
    place: str | None = None
    chair_id: str | None = None
    minute_taker_id: str | None = None
    summary: str | None = None


@dataclass(frozen=True)
class MeetingListRow:
    """One line of the meetings list or calendar."""

    id: str
    number: int
    kind: str
    state: str
    date: date
    start_time: time | None
    end_time: time | None
    place: str | None
    chair_name: str | None
    resolution_count: int


@dataclass(frozen=True)
class MeetingView:
    """Everything the meeting editor shows."""

    id: str
    council_id: str
    number: int
    kind: str
    state: str
    date: date
    start_time: time | None
    end_time: time | None
    place: str | None
    chair_id: str | None
    chair_name: str | None
    minute_taker_id: str | None
    minute_taker_name: str | None
    summary: str | None
    finalised: bool
    finalised_at: datetime | None
    finalised_by: str | None
    content_hash: str | None
    verification_code: str | None
    agenda: tuple[AgendaItemView, ...]
    attendance: tuple[AttendanceRow, ...]
    guests: tuple[GuestView, ...]
    quorum: QuorumView
    resolutions: tuple[ResolutionView, ...]
    addenda: tuple[AddendumView, ...]


def next_number(session: Session, council_id: str) -> int:
    """The number the next meeting gets: one more than any used (deleted ones included)."""
    last = session.scalar(select(func.max(Meeting.number)).where(Meeting.council_id == council_id))
    return (last or 0) + 1


def _clean(session: Session, council_id: str, data: MeetingInput,
           current: Meeting | None = None) -> dict:
    p = Problems()
    values = {
        "date": common.jalali_date(data.date, field="date", problems=p, required=True),
        "kind": common.choice(data.kind, MeetingKind, field="kind", problems=p,
                              default=MeetingKind.REGULAR),
        "start_time": common.clock_time(data.start_time, field="start_time", problems=p),
        "end_time": common.clock_time(data.end_time, field="end_time", problems=p),
        "place": common.name(data.place, field="place", problems=p, required=False, limit=200),
        "chair_id": data.chair_id or None,
        "minute_taker_id": data.minute_taker_id or None,
        "summary": common.text(data.summary, field="summary", problems=p),
    }
    if values["start_time"] and values["end_time"] and values["end_time"] <= values["start_time"]:
        p.add("meeting.time_order", field="end_time")
    for field in ("chair_id", "minute_taker_id"):  # a newly chosen person must be active
        if current is None or values[field] != getattr(current, field):
            check_active_member(session, council_id, values[field], field=field, problems=p)
    number = data.number
    if number is None:
        number = current.number if current is not None else next_number(session, council_id)
    elif isinstance(number, bool) or not isinstance(number, int) or number < 1:
        p.add("bad_number", field="number", value=number)
        number = None
    if number is not None and (current is None or number != current.number):
        taken = session.scalar(select(Meeting.id).where(Meeting.council_id == council_id,
                                                        Meeting.number == number))
        if taken:
            p.add("meeting.number_taken", field="number", value=number)
    values["number"] = number
    p.raise_if_any()
    return values


def create_meeting(session: Session, council_id: str, data: MeetingInput) -> MeetingView:
    """Schedule a meeting; adds the follow-up agenda item by itself when there is one to add."""
    common.get_live(session, Council, council_id, field="council_id")
    values = _clean(session, council_id, data)
    meeting = Meeting(council_id=council_id, state=MeetingState.SCHEDULED.value, **values)
    session.add(meeting)
    session.flush()
    add_follow_up_item(session, meeting)
    return get_meeting(session, meeting.id)


def update_meeting(session: Session, meeting_id: str, data: MeetingInput) -> MeetingView:
    """Change a meeting's number, kind, date, times, place, chair, minute-taker or summary."""
    meeting = editable_meeting(session, meeting_id)
    common.apply(meeting, _clean(session, meeting.council_id, data, current=meeting))
    session.flush()
    return get_meeting(session, meeting.id)


def delete_meeting(session: Session, meeting_id: str) -> None:
    """Delete a meeting that is not finalised, with its agenda, attendance, guests and
    resolutions (soft deletes). Its number is not reused."""
    meeting = editable_meeting(session, meeting_id)
    for model in (AgendaItem, Attendance, Guest, Resolution):
        for row in session.scalars(common.live(model).where(model.meeting_id == meeting.id)):
            common.soft_delete(row)
    common.soft_delete(meeting)
    session.flush()


def get_meeting(session: Session, meeting_id: str, today: date | None = None) -> MeetingView:
    """The meeting with its agenda, roster, guests, quorum, resolutions and addenda."""
    m = live_meeting(session, meeting_id)
    sheet = get_attendance(session, m.id)
    chair = session.get(Member, m.chair_id) if m.chair_id else None
    taker = session.get(Member, m.minute_taker_id) if m.minute_taker_id else None
    return MeetingView(
        id=m.id, council_id=m.council_id, number=m.number, kind=m.kind, state=m.state,
        date=m.date, start_time=m.start_time, end_time=m.end_time, place=m.place,
        chair_id=m.chair_id, chair_name=full_name(chair), minute_taker_id=m.minute_taker_id,
        minute_taker_name=full_name(taker), summary=m.summary, finalised=is_finalised(m),
        finalised_at=m.finalised_at, finalised_by=m.finalised_by, content_hash=m.content_hash,
        verification_code=code_from_hash(m.content_hash) if is_finalised(m) else None,
        agenda=agenda_of(session, m.id), attendance=sheet.rows, guests=sheet.guests,
        quorum=sheet.quorum, resolutions=meeting_resolutions(session, m.id, today),
        addenda=addenda_of(session, m.id))


def _list_stmt(council_id: str, *, year: int | None, kind: str | None, state: str | None):
    stmt = common.live(Meeting).where(Meeting.council_id == council_id)
    if year is not None:
        first, last = jalali_year_range(year)
        stmt = stmt.where(Meeting.date.between(first, last))
    if kind:
        stmt = stmt.where(Meeting.kind == str(kind))
    if state:
        stmt = stmt.where(Meeting.state == str(state))
    return stmt


def _rows(session: Session, meetings: list[Meeting]) -> list[MeetingListRow]:
    if not meetings:
        return []
    ids = [m.id for m in meetings]
    counts = dict(session.execute(
        select(Resolution.meeting_id, func.count()).where(
            Resolution.meeting_id.in_(ids), Resolution.deleted_at.is_(None))
        .group_by(Resolution.meeting_id)).all())
    chairs = {m.id: m for m in session.scalars(select(Member).where(
        Member.id.in_({m.chair_id for m in meetings if m.chair_id})))}
    return [MeetingListRow(id=m.id, number=m.number, kind=m.kind, state=m.state, date=m.date,
                           start_time=m.start_time, end_time=m.end_time, place=m.place,
                           chair_name=full_name(chairs.get(m.chair_id)),
                           resolution_count=counts.get(m.id, 0)) for m in meetings]


def list_meetings(session: Session, council_id: str, *, year: int | None = None,
                  kind: str | None = None, state: str | None = None, offset: int = 0,
                  limit: int | None = None) -> list[MeetingListRow]:
    """Meetings newest first, optionally of one Jalali year, kind or state, a page at a time."""
    stmt = _list_stmt(council_id, year=year, kind=kind, state=state).order_by(
        Meeting.date.desc(), Meeting.number.desc()).offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    return _rows(session, list(session.scalars(stmt)))


def count_meetings(session: Session, council_id: str, *, year: int | None = None,
                   kind: str | None = None, state: str | None = None) -> int:
    """How many meetings `list_meetings` would list with the same filters."""
    stmt = _list_stmt(council_id, year=year, kind=kind, state=state)
    return session.scalar(select(func.count()).select_from(stmt.subquery()))


def next_meeting(session: Session, council_id: str, today: date | None = None
                 ) -> MeetingListRow | None:
    """The earliest scheduled meeting on or after today, or None."""
    today = today or date.today()
    row = session.scalar(_list_stmt(council_id, year=None, kind=None,
                                    state=MeetingState.SCHEDULED.value)
                         .where(Meeting.date >= today)
                         .order_by(Meeting.date, Meeting.start_time, Meeting.number).limit(1))
    return _rows(session, [row])[0] if row is not None else None


def meetings_in_month(session: Session, council_id: str, jalali_year: int,
                      jalali_month: int) -> list[MeetingListRow]:
    """The meetings of one Jalali month, in date order (for the calendar)."""
    if not 1 <= jalali_month <= 12:
        raise ValidationError("bad_number", field="month", value=jalali_month)
    first = from_jalali(jalali_year, jalali_month, 1)
    last = from_jalali(jalali_year, jalali_month, month_length(jalali_year, jalali_month))
    stmt = _list_stmt(council_id, year=None, kind=None, state=None).where(
        Meeting.date.between(first, last)).order_by(Meeting.date, Meeting.start_time,
                                                    Meeting.number)
    return _rows(session, list(session.scalars(stmt)))
