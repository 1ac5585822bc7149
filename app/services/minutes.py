"""The printed minutes (صورت‌جلسه) and the sign-in sheet, as plain frozen dataclasses.

`minutes_document` gathers everything the minutes PDF prints into a tree of frozen dataclasses
with no ORM objects, so `app.reports` can lay it out without a database: the council and its
place, the meeting's particulars, the roster (by role, then Persian alphabetical), guests, the
quorum, the agenda with its discussion, the resolutions, the follow-up of earlier resolutions as
they stood at this meeting, the addenda, and for finalised minutes the seal and its code.
Vocabulary values (kind, role, constituency, status) are the enum values; the report turns them
into Persian words. `sign_in_sheet` is the page members sign at the door.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy.orm import Session

from app.persian.jalali import WEEKDAYS
from app.services.attendance import QuorumView, get_attendance
from app.services.council import get_council
from app.services.meetings import get_meeting
from app.services.meeting_guard import live_meeting
from app.services.resolution_register import previous_open_resolutions
from app.services.sealing import sealed_number, verify_minutes


@dataclass(frozen=True)
class MinutesCouncil:
    name: str
    code: str
    neighbourhood: str
    settlement: str
    settlement_kind: str
    county: str
    province: str


@dataclass(frozen=True)
class MinutesMeeting:
    number: int
    kind: str
    date: date
    weekday: str  # Persian weekday name
    start_time: time | None
    end_time: time | None
    place: str | None
    chair_name: str | None
    minute_taker_name: str | None
    summary: str | None
    state: str
    finalised: bool
    finalised_at: datetime | None
    finalised_by: str | None


@dataclass(frozen=True)
class MinutesAttendee:
    full_name: str
    role: str
    constituency: str
    status: str
    note: str | None


@dataclass(frozen=True)
class MinutesGuest:
    full_name: str
    position: str | None
    agency_name: str | None


@dataclass(frozen=True)
class MinutesAgendaItem:
    position: int
    kind: str
    title: str
    discussion: str | None


@dataclass(frozen=True)
class MinutesResolution:
    number: str
    text: str
    owner_name: str | None
    agency_name: str | None
    deadline: date | None
    status: str
    agenda_position: int | None  # the agenda item it was decided under


@dataclass(frozen=True)
class MinutesFollowUp:
    number: str
    text: str
    owner_name: str | None
    agency_name: str | None
    deadline: date | None
    status: str  # as it stood at this meeting
    last_note: str | None
    last_note_date: date | None


@dataclass(frozen=True)
class MinutesAddendumEntry:
    number: int
    date: date
    text: str
    author: str | None


@dataclass(frozen=True)
class MinutesDocument:
    council: MinutesCouncil
    meeting: MinutesMeeting
    attendance: tuple[MinutesAttendee, ...]
    guests: tuple[MinutesGuest, ...]
    quorum: QuorumView
    agenda: tuple[MinutesAgendaItem, ...]
    resolutions: tuple[MinutesResolution, ...]
    follow_ups: tuple[MinutesFollowUp, ...]
    addenda: tuple[MinutesAddendumEntry, ...]
    verification_code: str | None  # None for a draft
    content_hash: str | None  # None for a draft
    intact: bool | None  # finalised minutes: do the rows still match the seal? None for drafts
    printed_on: date
    #: the number the minutes were sealed (and signed) with, when the provincial server has
    #: since renumbered the meeting (two offline PCs took the same number); else None
    sealed_as: int | None = None


@dataclass(frozen=True)
class SignInRow:
    full_name: str
    role: str
    constituency: str


@dataclass(frozen=True)
class SignInSheet:
    council_name: str
    meeting_number: int
    kind: str
    date: date
    weekday: str
    start_time: time | None
    place: str | None
    members: tuple[SignInRow, ...]
    guests: tuple[MinutesGuest, ...]


def _council(session: Session, council_id: str) -> MinutesCouncil:
    c = get_council(session, council_id)
    return MinutesCouncil(name=c.name, code=c.code, neighbourhood=c.neighbourhood,
                          settlement=c.settlement, settlement_kind=c.settlement_kind,
                          county=c.county, province=c.province)


def minutes_document(session: Session, meeting_id: str, today: date | None = None
                     ) -> MinutesDocument:
    """Everything the printed minutes of a meeting show."""
    today = today or date.today()
    m = get_meeting(session, meeting_id, today)
    positions = {a.id: a.position for a in m.agenda}
    sealed = sealed_number(session, live_meeting(session, m.id)) if m.finalised else None
    meeting = MinutesMeeting(
        number=m.number, kind=m.kind, date=m.date, weekday=WEEKDAYS[m.date.weekday()],
        start_time=m.start_time, end_time=m.end_time, place=m.place, chair_name=m.chair_name,
        minute_taker_name=m.minute_taker_name, summary=m.summary, state=m.state,
        finalised=m.finalised, finalised_at=m.finalised_at, finalised_by=m.finalised_by)
    return MinutesDocument(
        council=_council(session, m.council_id),
        meeting=meeting,
        attendance=tuple(MinutesAttendee(full_name=r.full_name, role=r.role,
                                         constituency=r.constituency, status=r.status,
                                         note=r.note) for r in m.attendance),
        guests=tuple(MinutesGuest(full_name=g.full_name, position=g.position,
                                  agency_name=g.agency_name) for g in m.guests),
        quorum=m.quorum,
        agenda=tuple(MinutesAgendaItem(position=a.position, kind=a.kind, title=a.title,
                                       discussion=a.discussion) for a in m.agenda),
        resolutions=tuple(MinutesResolution(
            number=r.number, text=r.text, owner_name=r.owner_name, agency_name=r.agency_name,
            deadline=r.deadline, status=r.status,
            agenda_position=positions.get(r.agenda_item_id)) for r in m.resolutions),
        follow_ups=tuple(MinutesFollowUp(
            number=p.number, text=p.text, owner_name=p.owner_name, agency_name=p.agency_name,
            deadline=p.deadline, status=p.status, last_note=p.last_note,
            last_note_date=p.last_note_date)
            for p in previous_open_resolutions(session, m.id)),
        addenda=tuple(MinutesAddendumEntry(number=a.number, date=a.date, text=a.text,
                                           author=a.author) for a in m.addenda),
        verification_code=m.verification_code,
        content_hash=m.content_hash if m.finalised else None,
        intact=sealed is not None if m.finalised else None,
        printed_on=today,
        sealed_as=sealed if sealed not in (None, m.number) else None)


def sign_in_sheet(session: Session, meeting_id: str) -> SignInSheet:
    """The members expected at the meeting (its roster) and the invited guests."""
    meeting = live_meeting(session, meeting_id)
    sheet = get_attendance(session, meeting.id)
    council = get_council(session, meeting.council_id)
    return SignInSheet(
        council_name=council.name, meeting_number=meeting.number, kind=meeting.kind,
        date=meeting.date, weekday=WEEKDAYS[meeting.date.weekday()],
        start_time=meeting.start_time, place=meeting.place,
        members=tuple(SignInRow(full_name=r.full_name, role=r.role, constituency=r.constituency)
                      for r in sheet.rows),
        guests=tuple(MinutesGuest(full_name=g.full_name, position=g.position,
                                  agency_name=g.agency_name) for g in sheet.guests))
