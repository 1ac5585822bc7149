"""The one rule that seals finalised minutes, and the small look-ups the meeting modules share.

Finalised minutes are immutable: every service that changes a meeting, its agenda, attendance,
guests or its resolutions' content calls `editable_meeting` (or `ensure_editable`) BEFORE it
validates or writes anything, so a refusal is always `StateError("meeting.finalised")` with
nothing changed. Keeping the check in one function means a new editing path cannot forget a
different, weaker version of it. Resolution status and follow-ups are deliberately not guarded:
they are followed up in later meetings. The member and agency look-ups live here too because
meetings, attendance and resolutions all validate the same references the same way.
"""
from __future__ import annotations

from sqlalchemy.orm import Session

from app.enums import MeetingState, MemberStatus
from app.errors import StateError
from app.models import Agency, Meeting, Member
from app.services import common


def is_finalised(meeting: Meeting) -> bool:
    """True once the minutes are finalised (sealed)."""
    return meeting.state == MeetingState.FINALISED.value or meeting.finalised_at is not None


def ensure_editable(meeting: Meeting) -> None:
    """Refuse with StateError('meeting.finalised') if the meeting's minutes are finalised."""
    if is_finalised(meeting):
        raise StateError("meeting.finalised", field=None, number=meeting.number)


def live_meeting(session: Session, meeting_id: str | None, *, field: str | None = None) -> Meeting:
    """The meeting with that id, not deleted, or NotFoundError."""
    return common.get_live(session, Meeting, meeting_id, field=field)


def editable_meeting(session: Session, meeting_id: str | None) -> Meeting:
    """The meeting, checked to exist and to be still editable (not finalised)."""
    meeting = live_meeting(session, meeting_id)
    ensure_editable(meeting)
    return meeting


def full_name(member: Member | None) -> str | None:
    """'first last' of a member, or None."""
    if member is None:
        return None
    return f"{member.first_name} {member.last_name}".strip()


def check_active_member(session: Session, council_id: str, member_id: str | None, *,
                        field: str, problems: common.Problems) -> Member | None:
    """Record a problem unless `member_id` is an active member of the council (None is fine)."""
    if not member_id:
        return None
    member = session.get(Member, member_id)
    if member is None or member.deleted_at is not None or member.council_id != council_id:
        problems.add("not_found", field=field)
        return None
    if member.status != MemberStatus.ACTIVE.value:
        problems.add("meeting.inactive_member", field=field, name=full_name(member))
    return member


def check_agency(session: Session, council_id: str, agency_id: str | None, *, field: str,
                 problems: common.Problems) -> Agency | None:
    """Record a problem unless `agency_id` is a live province agency or one of this council's."""
    if not agency_id:
        return None
    agency = session.get(Agency, agency_id)
    if (agency is None or agency.deleted_at is not None
            or agency.council_id not in (None, council_id)):
        problems.add("not_found", field=field)
        return None
    return agency


