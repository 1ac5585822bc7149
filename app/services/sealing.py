"""Finalising minutes: the seal (content hash), the printed verification code, and addenda.

`finalise_meeting` accepts only a held meeting with quorum; it writes the roster as rows
(`attendance.materialise_roster`), stamps finalised_at/by and stores `content_hash`, the
SHA-256 of a canonical JSON of the minutes' content: the meeting's fields, the agenda with its
discussion, the attendance rows (member id, status, note), the guests and the resolutions'
number, text, owner, agency, deadline, issue and agenda item. References are hashed as ids, so
correcting a member's or an agency's name later does not break the seal; resolution status and
follow-ups are left out because they keep changing after the meeting. `verification_code` turns
the hash into a short code printed on the minutes ('K7QD-4MX2-PA', Crockford base32, 50 bits);
`verify_minutes` recomputes the hash from the rows, so an edit that bypassed the services shows.
Corrections after finalising are numbered addenda (1, 2, ...), never edits.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.enums import MeetingState
from app.errors import StateError
from app.models import (AgendaItem, Attendance, Guest, Meeting, MinutesAddendum, Resolution,
                        SyncConflict)
from app.models.base import utcnow
from app.persian.digits import to_latin_digits
from app.services import common
from app.services.attendance import get_quorum, materialise_roster
from app.services.common import Problems
from app.services.meeting_guard import ensure_editable, is_finalised, live_meeting
from app.services.resolutions import number_text

#: bumped if the canonical form ever changes (old seals are checked with their own version)
CONTENT_VERSION = 1
#: Crockford's base32: no I, L, O, U, so a code read aloud or retyped is not misread
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 10


@dataclass(frozen=True)
class AddendumView:
    id: str
    meeting_id: str
    number: int
    date: date
    text: str
    author: str | None


def _plain(value: Any) -> Any:
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    return value


def _fields(row, names: tuple[str, ...]) -> dict[str, Any]:
    return {n: _plain(getattr(row, n)) for n in names}


def canonical_content(session: Session, meeting: Meeting, number: int | None = None
                      ) -> dict[str, Any]:
    """The sealed content of a meeting's minutes as plain JSON-ready values.

    `number` replaces the meeting's number (the number it was sealed with, before a sync
    renumbered it)."""
    number = meeting.number if number is None else number
    agenda = session.scalars(select(AgendaItem).where(
        AgendaItem.meeting_id == meeting.id, AgendaItem.deleted_at.is_(None))
        .order_by(AgendaItem.position, AgendaItem.id))
    attendance = session.scalars(select(Attendance).where(
        Attendance.meeting_id == meeting.id, Attendance.deleted_at.is_(None))
        .order_by(Attendance.member_id))
    guests = session.scalars(select(Guest).where(
        Guest.meeting_id == meeting.id, Guest.deleted_at.is_(None)).order_by(Guest.id))
    resolutions = session.scalars(select(Resolution).where(
        Resolution.meeting_id == meeting.id, Resolution.deleted_at.is_(None))
        .order_by(Resolution.seq))
    fields = _fields(meeting, ("id", "council_id", "number", "kind", "date", "start_time",
                               "end_time", "place", "chair_id", "minute_taker_id", "summary",
                               "finalised_at", "finalised_by"))
    return {
        "version": CONTENT_VERSION,
        "meeting": {**fields, "number": number},
        "agenda": [_fields(a, ("id", "position", "kind", "title", "discussion")) for a in agenda],
        "attendance": [_fields(a, ("member_id", "status", "note")) for a in attendance],
        "guests": [_fields(g, ("id", "full_name", "position", "agency_id")) for g in guests],
        "resolutions": [dict(_fields(r, ("id", "seq", "text", "owner_id", "agency_id",
                                         "deadline", "issue_id", "agenda_item_id")),
                             number=number_text(number, r.seq)) for r in resolutions],
    }


def content_hash(session: Session, meeting: Meeting, number: int | None = None) -> str:
    """SHA-256 (hex) of the canonical JSON of the minutes' content."""
    blob = json.dumps(canonical_content(session, meeting, number), ensure_ascii=False,
                      sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def code_from_hash(hex_hash: str | None) -> str | None:
    """'K7QD-4MX2-PA': the first 50 bits of the hash in Crockford base32, grouped 4-4-2."""
    if not hex_hash:
        return None
    bits = int(hex_hash[:16], 16) >> (64 - 5 * CODE_LENGTH)
    chars = []
    for _ in range(CODE_LENGTH):
        chars.append(ALPHABET[bits & 31])
        bits >>= 5
    code = "".join(reversed(chars))
    return f"{code[:4]}-{code[4:8]}-{code[8:]}"


def verification_code(meeting: Any) -> str | None:
    """The printed code of finalised minutes (a Meeting row, a view with `content_hash`, or a
    hash string); None for a draft."""
    value = meeting if isinstance(meeting, str) or meeting is None \
        else getattr(meeting, "content_hash", None)
    return code_from_hash(value)


def normalise_code(code: str) -> str:
    """A typed code in canonical form: Persian digits, case, dashes, spaces and the letters
    Crockford base32 reads as digits (O->0, I/L->1) are forgiven."""
    raw = to_latin_digits(code or "").upper()
    raw = raw.replace("O", "0").replace("I", "1").replace("L", "1")
    raw = "".join(ch for ch in raw if ch in ALPHABET)
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}" if len(raw) == CODE_LENGTH else raw


def verify_minutes(session: Session, meeting_id: str) -> bool:
    """True if the finalised minutes still hash to their seal (False for drafts)."""
    meeting = live_meeting(session, meeting_id)
    if not is_finalised(meeting) or not meeting.content_hash:
        return False
    return sealed_number(session, meeting) is not None


def sealed_number(session: Session, meeting: Meeting) -> int | None:
    """The number under which the finalised minutes match their seal (None: they do not)."""
    if not meeting.content_hash:
        return None
    for number in sealed_numbers(session, meeting):
        if content_hash(session, meeting, number) == meeting.content_hash:
            return number
    return None


def sealed_numbers(session: Session, meeting: Meeting) -> list[int]:
    """The numbers the minutes may have been sealed with: the meeting's own, then the ones it
    had before the provincial server renumbered it (a clash between two offline PCs; the
    signed paper carries the number it was sealed with, and so does the seal)."""
    earlier = session.scalars(select(SyncConflict.losing).where(
        SyncConflict.kind == "renumbered", SyncConflict.table_name == "meetings",
        SyncConflict.row_id == meeting.id, SyncConflict.field == "number"))
    return [meeting.number] + [n for n in earlier if isinstance(n, int) and n != meeting.number]


def check_verification_code(session: Session, meeting_id: str, code: str) -> bool:
    """True if `code` (as typed from a printout) is the code of these minutes and they verify."""
    meeting = live_meeting(session, meeting_id)
    expected = verification_code(meeting)
    return (expected is not None and normalise_code(code) == expected
            and verify_minutes(session, meeting_id))


def finalise_meeting(session: Session, meeting_id: str, *, by: str | None = None) -> str:
    """Seal the minutes of a held meeting with quorum; returns the verification code.

    `by` is who finalised (default: the session's actor). Refused: already finalised
    ('meeting.finalised'), not held ('meeting.not_held'), no quorum ('meeting.no_quorum').
    """
    meeting = live_meeting(session, meeting_id)
    ensure_editable(meeting)
    if meeting.state != MeetingState.HELD.value:
        raise StateError("meeting.not_held", field=None)
    quorum = get_quorum(session, meeting.id)
    if not quorum.has_quorum:
        raise StateError("meeting.no_quorum", field=None, present=quorum.present,
                         required=quorum.required)
    materialise_roster(session, meeting)
    meeting.finalised_at = utcnow().replace(microsecond=0)
    meeting.finalised_by = (by or session.info.get("actor") or None)
    meeting.state = MeetingState.FINALISED.value
    session.flush()
    meeting.content_hash = content_hash(session, meeting)
    session.flush()
    return code_from_hash(meeting.content_hash)


def _addendum_view(row: MinutesAddendum) -> AddendumView:
    return AddendumView(id=row.id, meeting_id=row.meeting_id, number=row.number, date=row.date,
                        text=row.text, author=row.author)


def addenda_of(session: Session, meeting_id: str) -> tuple[AddendumView, ...]:
    """The meeting's addenda by number."""
    return tuple(_addendum_view(a) for a in session.scalars(
        common.live(MinutesAddendum).where(MinutesAddendum.meeting_id == meeting_id)
        .order_by(MinutesAddendum.number)))


def add_addendum(session: Session, meeting_id: str, text: str, date_: date | str | None = None,
                 author: str | None = None, *, today: date | None = None) -> AddendumView:
    """Add a numbered correction to finalised minutes (refused on drafts:
    'meeting.not_finalised'); the date defaults to today and cannot precede the meeting."""
    meeting = live_meeting(session, meeting_id)
    if not is_finalised(meeting):
        raise StateError("meeting.not_finalised", field=None)
    p = Problems()
    cleaned = common.text(text, field="text", problems=p, required=True)
    when = common.jalali_date(date_, field="date", problems=p) or today or date.today()
    cleaned_author = common.name(author, field="author", problems=p, required=False, limit=120)
    if when < meeting.date:
        p.add("meeting.addendum_date", field="date", date=common.jalali(meeting.date))
    p.raise_if_any()
    last = session.scalar(select(func.max(MinutesAddendum.number)).where(
        MinutesAddendum.meeting_id == meeting.id)) or 0
    row = MinutesAddendum(council_id=meeting.council_id, meeting_id=meeting.id, number=last + 1,
                          date=when, text=cleaned, author=cleaned_author)
    session.add(row)
    session.flush()
    return _addendum_view(row)
