"""Attendance (حضور و غیاب), guests (مدعوین) and the quorum of a meeting.

The roster of a meeting that is not finalised is every ACTIVE member of the council (absent
until marked) plus anyone already marked present, late or excused who has since left the
council; rows are written only when a status is set. Finalising writes the missing absent rows
and drops absent rows of members no longer active (`materialise_roster`), so from then on the
roster is exactly the meeting's attendance rows and neither later membership changes nor the
quorum base can alter the sealed minutes. Recording attendance means the meeting took place:
`set_attendance` moves a scheduled meeting to held (there is no separate "mark held" step).
Quorum: present (present + late) must be more than (or, when the council's rule is not strict,
at least) numerator/denominator of the roster, and at least one person.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.enums import AttendanceStatus, MeetingState, MemberRole, MemberStatus
from app.models import Agency, Attendance, Council, Guest, Meeting, Member
from app.persian.collation import sort_key
from app.persian.digits import to_persian_digits
from app.services import common
from app.services.common import Problems
from app.services.meeting_guard import (check_agency, editable_meeting, full_name, is_finalised,
                                        live_meeting)

#: statuses that count towards the quorum
ATTENDING = frozenset({AttendanceStatus.PRESENT.value, AttendanceStatus.LATE.value})
#: roles in the order a roster lists them
ROLE_ORDER = {role.value: i for i, role in enumerate(MemberRole)}


@dataclass(frozen=True)
class AttendanceRow:
    member_id: str
    full_name: str
    first_name: str
    last_name: str
    role: str
    constituency: str
    status: str  # AttendanceStatus value; "absent" until marked
    note: str | None


@dataclass(frozen=True)
class GuestInput:
    full_name: str
    position: str | None = None
    agency_id: str | None = None


@dataclass(frozen=True)
class GuestView:
    id: str
    meeting_id: str
    full_name: str
    position: str | None
    agency_id: str | None
    agency_name: str | None


@dataclass(frozen=True)
class QuorumView:
    active_members: int  # the roster the quorum is counted on
    present: int  # present + late
    required: int
    has_quorum: bool
    numerator: int
    denominator: int
    strict: bool
    rule: str  # Persian text of the rule with the numbers, for the minutes


@dataclass(frozen=True)
class AttendanceSheet:
    meeting_id: str
    state: str
    rows: tuple[AttendanceRow, ...]
    guests: tuple[GuestView, ...]
    quorum: QuorumView


def required_present(active: int, numerator: int, denominator: int, strict: bool) -> int:
    """How many must attend out of `active`: > or >= numerator/denominator, and at least one."""
    share = active * numerator
    if strict:
        need = share // denominator + 1
    else:
        need = -(-share // denominator)
    return max(1, need)


def _rule_text(active: int, required: int, numerator: int, denominator: int,
               strict: bool) -> str:
    if (numerator, denominator) == (1, 2):
        fraction = "نصف"
    else:
        fraction = to_persian_digits(f"{numerator}/{denominator}")
    lead = "بیش از" if strict else "دست‌کم"
    return (f"حضور {lead} {fraction} اعضای فعال (دست‌کم {to_persian_digits(required)} نفر از "
            f"{to_persian_digits(active)} نفر)")


def quorum_of(session: Session, meeting: Meeting, rows: tuple[AttendanceRow, ...]) -> QuorumView:
    """The quorum of a meeting whose roster is `rows`, under the council's rule."""
    council = session.get(Council, meeting.council_id)
    num, den, strict = (council.quorum_numerator, council.quorum_denominator,
                        council.quorum_strict)
    active = len(rows)
    present = sum(1 for r in rows if r.status in ATTENDING)
    required = required_present(active, num, den, strict)
    return QuorumView(active_members=active, present=present, required=required,
                      has_quorum=present >= required, numerator=num, denominator=den,
                      strict=strict, rule=_rule_text(active, required, num, den, strict))


def _row_key(row: AttendanceRow):
    return (ROLE_ORDER.get(row.role, len(ROLE_ORDER)), sort_key(row.last_name),
            sort_key(row.first_name), row.member_id)


def roster(session: Session, meeting: Meeting) -> tuple[AttendanceRow, ...]:
    """The meeting's roster sorted by role, then Persian alphabetical by last and first name."""
    records = {a.member_id: a for a in session.scalars(
        common.live(Attendance).where(Attendance.meeting_id == meeting.id))}
    if is_finalised(meeting):
        members = list(session.scalars(select(Member).where(Member.id.in_(list(records)))))
    else:
        members = list(session.scalars(common.live(Member).where(
            Member.council_id == meeting.council_id,
            Member.status == MemberStatus.ACTIVE.value)))
        seen = {m.id for m in members}
        extra = [mid for mid, a in records.items()
                 if mid not in seen and a.status != AttendanceStatus.ABSENT.value]
        if extra:
            members += list(session.scalars(select(Member).where(Member.id.in_(extra))))
    rows = []
    for m in members:
        rec = records.get(m.id)
        rows.append(AttendanceRow(
            member_id=m.id, full_name=full_name(m), first_name=m.first_name,
            last_name=m.last_name, role=m.role, constituency=m.constituency,
            status=rec.status if rec else AttendanceStatus.ABSENT.value,
            note=rec.note if rec else None))
    return tuple(sorted(rows, key=_row_key))


def guests_of(session: Session, meeting_id: str) -> tuple[GuestView, ...]:
    """The meeting's guests in the order they were added."""
    rows = session.execute(
        select(Guest, Agency.name).outerjoin(Agency, Guest.agency_id == Agency.id)
        .where(Guest.meeting_id == meeting_id, Guest.deleted_at.is_(None))
        .order_by(Guest.created_at, Guest.id)).all()
    return tuple(GuestView(id=g.id, meeting_id=g.meeting_id, full_name=g.full_name,
                           position=g.position, agency_id=g.agency_id, agency_name=agency)
                 for g, agency in rows)


def get_attendance(session: Session, meeting_id: str) -> AttendanceSheet:
    """The roster with statuses, the guests and the quorum."""
    meeting = live_meeting(session, meeting_id)
    rows = roster(session, meeting)
    return AttendanceSheet(meeting_id=meeting.id, state=meeting.state, rows=rows,
                           guests=guests_of(session, meeting.id),
                           quorum=quorum_of(session, meeting, rows))


def get_quorum(session: Session, meeting_id: str) -> QuorumView:
    """The meeting's quorum as things stand."""
    return get_attendance(session, meeting_id).quorum


def set_attendance(session: Session, meeting_id: str,
                   statuses: Mapping[str, str | AttendanceStatus], *,
                   notes: Mapping[str, str | None] | None = None) -> AttendanceSheet:
    """Set several members' statuses ({member_id: status}); a scheduled meeting becomes held.

    Every member must be on the roster (an active member, or one already marked). A member
    missing from `statuses` keeps their status. `notes` optionally sets a note per member.
    """
    meeting = editable_meeting(session, meeting_id)
    on_roster = {r.member_id for r in roster(session, meeting)}
    p = Problems()
    clean: dict[str, tuple[str | None, str | None]] = {}
    notes = dict(notes or {})
    for member_id in set(statuses) | set(notes):
        field = f"attendance.{member_id}"
        member = session.get(Member, member_id)
        if member is None or member.deleted_at is not None \
                or member.council_id != meeting.council_id:
            p.add("not_found", field=field)
            continue
        if member_id not in on_roster:
            p.add("meeting.inactive_member", field=field, name=full_name(member))
            continue
        status = (common.choice(statuses[member_id], AttendanceStatus, field=field, problems=p)
                  if member_id in statuses else None)
        note = common.text(notes.get(member_id), field=field, problems=p, limit=300)
        clean[member_id] = (status, note)
    p.raise_if_any()

    existing = {a.member_id: a for a in session.scalars(
        select(Attendance).where(Attendance.meeting_id == meeting.id))}
    for member_id, (status, note) in clean.items():
        rec = existing.get(member_id)
        values = {"note": note} if member_id in notes else {}
        if status is not None:
            values["status"] = status
        if rec is None:
            session.add(Attendance(council_id=meeting.council_id, meeting_id=meeting.id,
                                   member_id=member_id,
                                   status=values.get("status", AttendanceStatus.ABSENT.value),
                                   note=values.get("note")))
        else:
            if rec.deleted_at is not None:  # revive a row dropped earlier (unique per member)
                rec.deleted_at = None
                values.setdefault("status", AttendanceStatus.ABSENT.value)
            common.apply(rec, values)
    if meeting.state == MeetingState.SCHEDULED.value:
        meeting.state = MeetingState.HELD.value
    session.flush()
    return get_attendance(session, meeting.id)


def set_member_attendance(session: Session, meeting_id: str, member_id: str,
                          status: str | AttendanceStatus, note: str | None = None
                          ) -> AttendanceSheet:
    """Set one member's status (and note when given)."""
    return set_attendance(session, meeting_id, {member_id: status},
                          notes={member_id: note} if note is not None else None)


def materialise_roster(session: Session, meeting: Meeting) -> None:
    """Write the roster as rows (absent for the unmarked) and drop absent non-members' rows.

    Called by finalising just before the content is sealed.
    """
    rows = roster(session, meeting)
    keep = {r.member_id for r in rows}
    existing = {a.member_id: a for a in session.scalars(
        select(Attendance).where(Attendance.meeting_id == meeting.id))}
    for member_id in keep:
        rec = existing.get(member_id)
        if rec is None:
            session.add(Attendance(council_id=meeting.council_id, meeting_id=meeting.id,
                                   member_id=member_id, status=AttendanceStatus.ABSENT.value))
        elif rec.deleted_at is not None:
            rec.deleted_at = None
            rec.status = AttendanceStatus.ABSENT.value
    for member_id, rec in existing.items():
        if member_id not in keep and rec.deleted_at is None:
            common.soft_delete(rec)
    session.flush()


def _clean_guest(session: Session, council_id: str, data: GuestInput) -> dict:
    p = Problems()
    values = {
        "full_name": common.name(data.full_name, field="full_name", problems=p),
        "position": common.name(data.position, field="position", problems=p, required=False),
        "agency_id": data.agency_id or None,
    }
    check_agency(session, council_id, data.agency_id, field="agency_id", problems=p)
    p.raise_if_any()
    return values


def _guest_view(session: Session, guest: Guest) -> GuestView:
    agency = session.get(Agency, guest.agency_id) if guest.agency_id else None
    return GuestView(id=guest.id, meeting_id=guest.meeting_id, full_name=guest.full_name,
                     position=guest.position, agency_id=guest.agency_id,
                     agency_name=agency.name if agency else None)


def add_guest(session: Session, meeting_id: str, data: GuestInput) -> GuestView:
    """Add an invited official (with their agency) or a resident to the meeting."""
    meeting = editable_meeting(session, meeting_id)
    values = _clean_guest(session, meeting.council_id, data)
    guest = Guest(council_id=meeting.council_id, meeting_id=meeting.id, **values)
    session.add(guest)
    session.flush()
    return _guest_view(session, guest)


def update_guest(session: Session, guest_id: str, data: GuestInput) -> GuestView:
    """Correct a guest's name, position or agency."""
    guest = common.get_live(session, Guest, guest_id)
    meeting = editable_meeting(session, guest.meeting_id)
    common.apply(guest, _clean_guest(session, meeting.council_id, data))
    session.flush()
    return _guest_view(session, guest)


def remove_guest(session: Session, guest_id: str) -> None:
    """Remove a guest from the meeting (soft delete)."""
    guest = common.get_live(session, Guest, guest_id)
    editable_meeting(session, guest.meeting_id)
    common.soft_delete(guest)
    session.flush()
