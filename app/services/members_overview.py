"""The council's make-up at a glance: who holds which seat, what is missing, terms ending.

The articles say who sits on a council (the mosque's imam, the Propagation Organisation,
religious groups, the Basij base, the police, the Red Crescent, cultural/sports/artistic/
scientific figures and local managers) and that it has a chair and a secretary. The dashboard
and the province's reports ask the same questions: which of those constituencies has no active
member, are the key roles filled, and whose term ends soon (or has ended while the member is
still marked active). Read-only; kept apart from `members` so each module stays small, and
re-exported there (`members.composition_check`, `members.terms_ending`).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.enums import EXPECTED_CONSTITUENCIES, MemberRole, MemberStatus
from app.models import Member
from app.persian.collation import sort_key
from app.services import common


@dataclass(frozen=True)
class MemberRef:
    id: str
    full_name: str
    role: str
    constituency: str


@dataclass(frozen=True)
class ConstituencySeat:
    """One expected constituency and the active members representing it."""

    constituency: str
    members: tuple[MemberRef, ...]
    missing: bool


@dataclass(frozen=True)
class Composition:
    active_count: int
    seats: tuple[ConstituencySeat, ...]  # one per EXPECTED_CONSTITUENCIES, in that order
    missing: tuple[str, ...]  # expected constituencies with no active member
    others: tuple[MemberRef, ...]  # active members of other constituencies (residents, ...)
    chairs: tuple[MemberRef, ...]
    deputies: tuple[MemberRef, ...]
    secretaries: tuple[MemberRef, ...]

    @property
    def has_chair(self) -> bool:
        return bool(self.chairs)

    @property
    def has_deputy(self) -> bool:
        return bool(self.deputies)

    @property
    def has_secretary(self) -> bool:
        return bool(self.secretaries)

    @property
    def complete(self) -> bool:
        """Every expected constituency seated, exactly one chair and one secretary."""
        return not self.missing and len(self.chairs) == 1 and len(self.secretaries) == 1


@dataclass(frozen=True)
class TermEnding:
    member_id: str
    full_name: str
    role: str
    constituency: str
    term_end: date
    days_left: int  # negative: the term has ended but the member is still marked active

    @property
    def overdue(self) -> bool:
        return self.days_left < 0


def full_name(m: Member) -> str:
    return f"{m.first_name} {m.last_name}"


def member_sort_key(m) -> tuple:
    """Persian alphabetical order by last name, then first name (national ID breaks ties)."""
    return sort_key(m.last_name), sort_key(m.first_name), m.national_id


def _active(session: Session, council_id: str) -> list[Member]:
    rows = session.scalars(common.live(Member).where(
        Member.council_id == council_id, Member.status == MemberStatus.ACTIVE.value))
    return sorted(rows, key=member_sort_key)


def _ref(m: Member) -> MemberRef:
    return MemberRef(m.id, full_name(m), m.role, m.constituency)


def composition_check(session: Session, council_id: str) -> Composition:
    """Which expected constituencies have an active member, and who holds the key roles."""
    active = _active(session, council_id)
    seats = []
    for constituency in EXPECTED_CONSTITUENCIES:
        holders = tuple(_ref(m) for m in active if m.constituency == constituency.value)
        seats.append(ConstituencySeat(constituency.value, holders, not holders))
    expected = {c.value for c in EXPECTED_CONSTITUENCIES}

    def with_role(role: MemberRole) -> tuple[MemberRef, ...]:
        return tuple(_ref(m) for m in active if m.role == role.value)

    return Composition(
        active_count=len(active), seats=tuple(seats),
        missing=tuple(s.constituency for s in seats if s.missing),
        others=tuple(_ref(m) for m in active if m.constituency not in expected),
        chairs=with_role(MemberRole.CHAIR), deputies=with_role(MemberRole.DEPUTY),
        secretaries=with_role(MemberRole.SECRETARY))


def terms_ending(session: Session, council_id: str, within_days: int = 60,
                 today: date | None = None) -> list[TermEnding]:
    """Active members whose term ends within `within_days` of today, or has already ended.

    Sorted by the end date (the most urgent first), then by name.
    """
    today = today or date.today()
    horizon = today + timedelta(days=within_days)
    rows = session.scalars(select(Member).where(
        Member.council_id == council_id, Member.deleted_at.is_(None),
        Member.status == MemberStatus.ACTIVE.value, Member.term_end.is_not(None),
        Member.term_end <= horizon))
    ordered = sorted(rows, key=lambda m: (m.term_end, member_sort_key(m)))
    return [TermEnding(m.id, full_name(m), m.role, m.constituency, m.term_end,
                       (m.term_end - today).days) for m in ordered]
