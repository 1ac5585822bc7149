"""The council's committees (کمیته‌ها / کارگروه‌ها): listing, naming, heads, deleting.

Every council starts with the standard committees (`council.STANDARD_COMMITTEES`) and may add,
rename or remove its own. A committee's name is unique within the council, compared the way a
person reads it (ي/ك spellings and ZWNJ do not make a new name). Seats are rows of
`CommitteeMembership` (so they sync); members are seated from the member form
(`members.set_committees`) and a committee's head is chosen here.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.enums import CommitteeArea, MemberStatus
from app.errors import NotFoundError, ValidationError
from app.models import Committee, CommitteeMembership, Member
from app.persian.collation import sort_key
from app.persian.normalize import fold_for_search
from app.services import common
from app.services.common import Problems


@dataclass(frozen=True)
class CommitteeInput:
    name: str
    area: str = CommitteeArea.OTHER.value
    description: str | None = None


@dataclass(frozen=True)
class CommitteeView:
    id: str
    name: str
    area: str
    description: str | None
    member_count: int  # active members seated
    head_id: str | None
    head_name: str | None


@dataclass(frozen=True)
class CommitteeMemberView:
    member_id: str
    full_name: str
    role: str
    status: str
    is_head: bool


def _seat_rows(session: Session, committee_ids: list[str]):
    """(committee_id, member, is_head) of live seats of live members on these committees."""
    if not committee_ids:
        return []
    return session.execute(
        select(CommitteeMembership.committee_id, Member, CommitteeMembership.is_head)
        .join(Member, Member.id == CommitteeMembership.member_id)
        .where(CommitteeMembership.committee_id.in_(committee_ids),
               CommitteeMembership.deleted_at.is_(None), Member.deleted_at.is_(None))).all()


def _views(session: Session, committees: list[Committee]) -> list[CommitteeView]:
    counts: dict[str, int] = {}
    heads: dict[str, Member] = {}
    for committee_id, member, is_head in _seat_rows(session, [c.id for c in committees]):
        if member.status == MemberStatus.ACTIVE.value:
            counts[committee_id] = counts.get(committee_id, 0) + 1
        if is_head:
            heads[committee_id] = member
    out = []
    for c in committees:
        head = heads.get(c.id)
        out.append(CommitteeView(
            id=c.id, name=c.name, area=c.area, description=c.description,
            member_count=counts.get(c.id, 0), head_id=head.id if head else None,
            head_name=f"{head.first_name} {head.last_name}" if head else None))
    return out


def list_committees(session: Session, council_id: str) -> list[CommitteeView]:
    """The council's committees in Persian alphabetical order, with member counts and heads."""
    rows = list(session.scalars(common.live(Committee).where(Committee.council_id == council_id)))
    return _views(session, sorted(rows, key=lambda c: sort_key(c.name)))


def get_committee(session: Session, committee_id: str) -> CommitteeView:
    return _views(session, [common.get_live(session, Committee, committee_id)])[0]


def find_committee(session: Session, council_id: str, name: str) -> CommitteeView | None:
    """The live committee whose name reads as `name` (ي/ك, ZWNJ, spaces ignored), or None."""
    key = name_key(name)
    for c in session.scalars(common.live(Committee).where(Committee.council_id == council_id)):
        if name_key(c.name) == key:
            return _views(session, [c])[0]
    return None


def name_key(name: str | None) -> str:
    """The form committee names are compared in (ي/ك, ZWNJ, spaces and case ignored)."""
    return fold_for_search(name).replace(" ", "")


def _clean(data: CommitteeInput) -> dict:
    p = Problems()
    values = {
        "name": common.name(data.name, field="name", problems=p, limit=120),
        "area": common.choice(data.area, CommitteeArea, field="area", problems=p,
                              default=CommitteeArea.OTHER),
        "description": common.text(data.description, field="description", problems=p,
                                   limit=2000),
    }
    p.raise_if_any()
    return values


def _check_name_free(session: Session, council_id: str, name: str,
                     except_id: str | None = None) -> None:
    key = name_key(name)
    for c in session.scalars(common.live(Committee).where(Committee.council_id == council_id)):
        if c.id != except_id and name_key(c.name) == key:
            raise ValidationError("committee.name_taken", field="name", value=name)


def create_committee(session: Session, council_id: str, data: CommitteeInput) -> CommitteeView:
    """Add a committee; its name must not already be used in the council."""
    values = _clean(data)
    _check_name_free(session, council_id, values["name"])
    committee = Committee(council_id=council_id, **values)
    session.add(committee)
    session.flush()
    return get_committee(session, committee.id)


def update_committee(session: Session, committee_id: str, data: CommitteeInput) -> CommitteeView:
    """Rename a committee or change its area or description."""
    values = _clean(data)
    committee = common.get_live(session, Committee, committee_id)
    _check_name_free(session, committee.council_id, values["name"], except_id=committee_id)
    common.apply(committee, values)
    session.flush()
    return get_committee(session, committee_id)


def delete_committee(session: Session, committee_id: str) -> None:
    """Delete a committee (soft) and its seats; the members themselves stay."""
    committee = common.get_live(session, Committee, committee_id)
    for seat in session.scalars(select(CommitteeMembership).where(
            CommitteeMembership.committee_id == committee_id,
            CommitteeMembership.deleted_at.is_(None))):
        common.soft_delete(seat)
    common.soft_delete(committee)
    session.flush()


def list_committee_members(session: Session, committee_id: str) -> list[CommitteeMemberView]:
    """Who sits on the committee: the head first, then in Persian alphabetical order."""
    common.get_live(session, Committee, committee_id)
    rows = _seat_rows(session, [committee_id])
    rows = sorted(rows, key=lambda r: (not r[2], sort_key(r[1].last_name),
                                       sort_key(r[1].first_name)))
    return [CommitteeMemberView(m.id, f"{m.first_name} {m.last_name}", m.role, m.status,
                                bool(is_head)) for _, m, is_head in rows]


def set_head(session: Session, committee_id: str, member_id: str | None) -> CommitteeView:
    """Make `member_id` the committee's head (seating them if needed); None leaves it headless."""
    committee = common.get_live(session, Committee, committee_id)
    if member_id is not None:
        member = common.get_live(session, Member, member_id, field="member_id")
        if member.council_id != committee.council_id:
            raise NotFoundError("not_found", field="member_id")
    seats = {s.member_id: s for s in session.scalars(select(CommitteeMembership).where(
        CommitteeMembership.committee_id == committee_id))}
    for seat in seats.values():
        if seat.member_id != member_id and seat.is_head:
            seat.is_head = False
    if member_id is not None:
        seat = seats.get(member_id)
        if seat is None:
            session.add(CommitteeMembership(council_id=committee.council_id, member_id=member_id,
                                            committee_id=committee_id, is_head=True))
        else:
            common.apply(seat, {"deleted_at": None, "is_head": True})
    session.flush()
    return get_committee(session, committee_id)


def committee_count(session: Session, council_id: str) -> int:
    return session.scalar(select(func.count(Committee.id)).where(
        Committee.council_id == council_id, Committee.deleted_at.is_(None))) or 0
