"""Council members (اعضای شورا): registering, editing, ending terms, committee seats.

Members are trusted residents of the neighbourhood, so the rules enforced here are the ones the
articles set: a valid and unique national ID, a reachable mobile in one canonical form, proof of
residence for every active member, a coherent term, and a history of seats (`replaces_id`:
registering a replacement ends the replaced member's term). The validation lives in one place
(`prepare_member`) so that the form, the spreadsheet import and the CLI refuse the same things.
The council's composition (which constituencies have a seat) and terms about to end are
computed in `app.services.members_overview` and re-exported here.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.enums import Constituency, Gender, MemberRole, MemberStatus
from app.errors import StateError
from app.models import Attendance, Committee, CommitteeMembership, Meeting, Member, Resolution
from app.persian.collation import sort_key
from app.persian.ids import normalize_mobile, normalize_national_id
from app.persian.normalize import fold_for_search
from app.services import common
from app.services.common import Problems
from app.services.members_overview import (  # noqa: F401 - re-exported: members' public API
    Composition, ConstituencySeat, MemberRef, TermEnding, composition_check, full_name,
    member_sort_key, terms_ending)


@dataclass(frozen=True)
class MemberInput:
    """What the member form sends. `committee_ids=None` leaves the committee seats unchanged."""

    first_name: str
    last_name: str
    national_id: str
    gender: str
    mobile: str | None = None
    address: str | None = None
    residence_proof: str | None = None
    role: str = MemberRole.MEMBER.value
    constituency: str = Constituency.RESIDENT.value
    status: str = MemberStatus.ACTIVE.value
    term_start: date | str | None = None
    term_end: date | str | None = None
    appointment_letter_no: str | None = None
    appointment_letter_date: date | str | None = None
    replaces_id: str | None = None
    committee_ids: tuple[str, ...] | None = None
    notes: str | None = None


@dataclass(frozen=True)
class CommitteeSeat:
    committee_id: str
    name: str
    is_head: bool


@dataclass(frozen=True)
class MemberView:
    id: str
    council_id: str
    first_name: str
    last_name: str
    full_name: str
    national_id: str
    mobile: str | None
    gender: str
    address: str | None
    residence_proof: str | None
    role: str
    constituency: str
    status: str
    term_start: date | None
    term_end: date | None
    appointment_letter_no: str | None
    appointment_letter_date: date | None
    replaces_id: str | None
    replaces_name: str | None
    committees: tuple[CommitteeSeat, ...]  # in Persian alphabetical order
    notes: str | None

    @property
    def is_active(self) -> bool:
        return self.status == MemberStatus.ACTIVE.value

    @property
    def committee_ids(self) -> tuple[str, ...]:
        return tuple(c.committee_id for c in self.committees)

    @property
    def committee_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.committees)


# --------------------------------------------------------------------------- views


def _seats(session: Session, member_ids: list[str]) -> dict[str, tuple[CommitteeSeat, ...]]:
    """Each member's live seats on live committees, in one query."""
    out: dict[str, list[CommitteeSeat]] = {m: [] for m in member_ids}
    if not member_ids:
        return {}
    rows = session.execute(
        select(CommitteeMembership.member_id, Committee.id, Committee.name,
               CommitteeMembership.is_head)
        .join(Committee, Committee.id == CommitteeMembership.committee_id)
        .where(CommitteeMembership.member_id.in_(member_ids),
               CommitteeMembership.deleted_at.is_(None), Committee.deleted_at.is_(None)))
    for member_id, committee_id, name, is_head in rows:
        out[member_id].append(CommitteeSeat(committee_id, name, bool(is_head)))
    return {m: tuple(sorted(s, key=lambda c: sort_key(c.name))) for m, s in out.items()}


def _views(session: Session, members: list[Member]) -> list[MemberView]:
    seats = _seats(session, [m.id for m in members])
    replaced_ids = {m.replaces_id for m in members if m.replaces_id}
    replaced = {}
    if replaced_ids:  # a soft-deleted predecessor is still history: its name is shown
        replaced = {r.id: full_name(r) for r in
                    session.scalars(select(Member).where(Member.id.in_(replaced_ids)))}
    return [MemberView(
        id=m.id, council_id=m.council_id, first_name=m.first_name, last_name=m.last_name,
        full_name=full_name(m), national_id=m.national_id, mobile=m.mobile, gender=m.gender,
        address=m.address, residence_proof=m.residence_proof, role=m.role,
        constituency=m.constituency, status=m.status, term_start=m.term_start,
        term_end=m.term_end, appointment_letter_no=m.appointment_letter_no,
        appointment_letter_date=m.appointment_letter_date, replaces_id=m.replaces_id,
        replaces_name=replaced.get(m.replaces_id), committees=seats.get(m.id, ()),
        notes=m.notes) for m in members]


def _view(session: Session, member: Member) -> MemberView:
    return _views(session, [member])[0]


# --------------------------------------------------------------------------- validation


def _national_id(value: str | None, p: Problems) -> str | None:
    if value is None or not str(value).strip():
        p.add("required", field="national_id")
        return None
    try:
        return normalize_national_id(str(value))
    except ValueError:
        p.add("member.national_id_invalid", field="national_id", value=str(value).strip())
        return None


def _mobile(value: str | None, p: Problems) -> str | None:
    if value is None or not str(value).strip():
        return None
    try:
        return normalize_mobile(str(value))
    except ValueError:
        p.add("member.mobile_invalid", field="mobile", value=str(value).strip())
        return None


def _clean(data: MemberInput, p: Problems) -> dict:
    values = {
        "first_name": common.name(data.first_name, field="first_name", problems=p, limit=80),
        "last_name": common.name(data.last_name, field="last_name", problems=p, limit=120),
        "national_id": _national_id(data.national_id, p),
        "mobile": _mobile(data.mobile, p),
        "gender": common.choice(data.gender, Gender, field="gender", problems=p),
        "address": common.text(data.address, field="address", problems=p, limit=500),
        "residence_proof": common.name(data.residence_proof, field="residence_proof",
                                       problems=p, limit=200, required=False),
        "role": common.choice(data.role, MemberRole, field="role", problems=p,
                              default=MemberRole.MEMBER),
        "constituency": common.choice(data.constituency, Constituency, field="constituency",
                                      problems=p, default=Constituency.RESIDENT),
        "status": common.choice(data.status, MemberStatus, field="status", problems=p,
                                default=MemberStatus.ACTIVE),
        "term_start": common.jalali_date(data.term_start, field="term_start", problems=p),
        "term_end": common.jalali_date(data.term_end, field="term_end", problems=p),
        "appointment_letter_no": common.name(data.appointment_letter_no, limit=60,
                                             field="appointment_letter_no", problems=p,
                                             required=False),
        "appointment_letter_date": common.jalali_date(
            data.appointment_letter_date, field="appointment_letter_date", problems=p),
        "replaces_id": data.replaces_id or None,
        "notes": common.text(data.notes, field="notes", problems=p, limit=4000),
    }
    if values["status"] == MemberStatus.ACTIVE.value and not values["residence_proof"]:
        p.add("member.residence_required", field="residence_proof")
    if values["term_start"] and values["term_end"] and values["term_end"] < values["term_start"]:
        p.add("member.term_order", field="term_end")
    return values


def _check_committees(session: Session, council_id: str, committee_ids, p: Problems) -> None:
    wanted = set(committee_ids)
    if not wanted:
        return
    found = set(session.scalars(select(Committee.id).where(
        Committee.id.in_(wanted), Committee.council_id == council_id,
        Committee.deleted_at.is_(None))))
    for missing in sorted(wanted - found):
        p.add("committee.unknown", field="committees", value=missing)


def prepare_member(session: Session, council_id: str, data: MemberInput, *,
                   member_id: str | None = None, problems: Problems | None = None) -> dict:
    """Clean and check a member's input against every rule; record problems, write nothing.

    `member_id` is the member being edited (excluded from the national-ID uniqueness check).
    With `problems` given, the problems are added there and the caller decides (the import
    collects them per row); without it, a ValidationError is raised if there are any.
    Returns the column values ready to store.
    """
    p = problems if problems is not None else Problems()
    values = _clean(data, p)
    nid = values["national_id"]
    if nid:
        query = select(Member).where(Member.council_id == council_id,
                                     Member.national_id == nid, Member.deleted_at.is_(None))
        if member_id:
            query = query.where(Member.id != member_id)
        other = session.scalars(query.limit(1)).first()
        if other is not None:
            p.add("member.national_id_taken", field="national_id", value=nid,
                  name=full_name(other))
    replaces = values["replaces_id"]
    if replaces:
        if member_id and replaces == member_id:
            p.add("member.replaces_self", field="replaces_id")
        else:
            old = session.get(Member, replaces)
            if old is None or old.deleted_at is not None or old.council_id != council_id:
                p.add("member.replaces_unknown", field="replaces_id")
            elif (values["term_start"] and old.term_start
                  and values["term_start"] < old.term_start):
                p.add("member.replacement_date", field="term_start",
                      date=common.jalali(old.term_start))
    if data.committee_ids is not None:
        _check_committees(session, council_id, data.committee_ids, p)
    if problems is None:
        p.raise_if_any()
    return values


# --------------------------------------------------------------------------- writing


def _end_replaced(session: Session, replaced_id: str, start: date) -> None:
    """The replaced member leaves: inactive, term ended when the new one's starts."""
    old = session.get(Member, replaced_id)
    end = start if old.term_start is None else max(start, old.term_start)
    changes = {"status": MemberStatus.INACTIVE.value}
    if old.term_end is None or old.term_end > end:
        changes["term_end"] = end
    common.apply(old, changes)


def _sync_committees(session: Session, member: Member, committee_ids) -> None:
    """Make the member's live seats exactly `committee_ids` (reviving old rows, not duplicating)."""
    wanted = set(committee_ids)
    rows = {r.committee_id: r for r in session.scalars(
        select(CommitteeMembership).where(CommitteeMembership.member_id == member.id))}
    for committee_id, row in rows.items():
        if committee_id not in wanted and row.deleted_at is None:
            common.soft_delete(row)
    for committee_id in sorted(wanted):
        row = rows.get(committee_id)
        if row is None:
            session.add(CommitteeMembership(council_id=member.council_id, member_id=member.id,
                                            committee_id=committee_id, is_head=False))
        elif row.deleted_at is not None:
            common.apply(row, {"deleted_at": None, "is_head": False})


def create_member(session: Session, council_id: str, data: MemberInput, *,
                  today: date | None = None) -> MemberView:
    """Register a member; if they replace someone, that member's term ends as theirs starts."""
    values = prepare_member(session, council_id, data)
    member = Member(council_id=council_id, **values)
    session.add(member)
    session.flush()
    if values["replaces_id"]:
        _end_replaced(session, values["replaces_id"], values["term_start"] or today or date.today())
    if data.committee_ids:
        _sync_committees(session, member, data.committee_ids)
    session.flush()
    return _view(session, member)


def _member(session: Session, member_id: str) -> Member:
    return common.get_live(session, Member, member_id, field="member_id")


def update_member(session: Session, member_id: str, data: MemberInput, *,
                  today: date | None = None) -> MemberView:
    """Save the member form; only changed fields are written (the audit log stays quiet)."""
    member = _member(session, member_id)
    values = prepare_member(session, member.council_id, data, member_id=member_id)
    newly_replaces = values["replaces_id"] and values["replaces_id"] != member.replaces_id
    common.apply(member, values)
    if newly_replaces:
        _end_replaced(session, values["replaces_id"], values["term_start"] or today or date.today())
    if data.committee_ids is not None:
        _sync_committees(session, member, data.committee_ids)
    session.flush()
    return _view(session, member)


def get_member(session: Session, member_id: str) -> MemberView:
    return _view(session, _member(session, member_id))


def find_member_by_national_id(session: Session, council_id: str,
                               national_id: str) -> MemberView | None:
    """The live member with that national ID (any typed form), or None."""
    try:
        nid = normalize_national_id(national_id)
    except ValueError:
        return None
    member = session.scalars(select(Member).where(
        Member.council_id == council_id, Member.national_id == nid,
        Member.deleted_at.is_(None)).limit(1)).first()
    return _view(session, member) if member else None


def set_committees(session: Session, member_id: str, committee_ids) -> MemberView:
    """Seat the member on exactly these committees (ids of the member's council)."""
    member = _member(session, member_id)
    p = Problems()
    _check_committees(session, member.council_id, committee_ids, p)
    p.raise_if_any()
    _sync_committees(session, member, committee_ids)
    session.flush()
    return _view(session, member)


def end_term(session: Session, member_id: str, *, on: date | str | None = None,
             today: date | None = None) -> MemberView:
    """End a member's term on `on` (default today): they become inactive."""
    member = _member(session, member_id)
    p = Problems()
    end = common.jalali_date(on, field="term_end", problems=p) or today or date.today()
    if member.term_start and end < member.term_start:
        p.add("member.term_order", field="term_end")
    p.raise_if_any()
    common.apply(member, {"status": MemberStatus.INACTIVE.value, "term_end": end})
    session.flush()
    return _view(session, member)


def member_in_use(session: Session, member_id: str) -> bool:
    """True if meetings (attendance, chair, minute-taker) or resolutions (owner) refer to them."""
    checks = (
        select(Attendance.id).where(Attendance.member_id == member_id,
                                    Attendance.deleted_at.is_(None)),
        select(Meeting.id).where(or_(Meeting.chair_id == member_id,
                                     Meeting.minute_taker_id == member_id),
                                 Meeting.deleted_at.is_(None)),
        select(Resolution.id).where(Resolution.owner_id == member_id,
                                    Resolution.deleted_at.is_(None)),
    )
    return any(session.scalar(q.limit(1)) for q in checks)


def delete_member(session: Session, member_id: str) -> None:
    """Delete a member entered by mistake (soft, with their committee seats).

    Refused with StateError 'member.in_use' once meetings or resolutions refer to them: the
    minutes must keep naming them; end their term instead.
    """
    member = _member(session, member_id)
    if member_in_use(session, member_id):
        raise StateError("member.in_use", field="member_id")
    for seat in session.scalars(select(CommitteeMembership).where(
            CommitteeMembership.member_id == member_id,
            CommitteeMembership.deleted_at.is_(None))):
        common.soft_delete(seat)
    common.soft_delete(member)
    session.flush()


# --------------------------------------------------------------------------- lists


def _filtered(session: Session, council_id: str, *, status=None, role=None, constituency=None,
              committee_id=None, query=None) -> list[Member]:
    q = common.live(Member).where(Member.council_id == council_id)
    if status:
        q = q.where(Member.status == str(status))
    if role:
        q = q.where(Member.role == str(role))
    if constituency:
        q = q.where(Member.constituency == str(constituency))
    if committee_id:
        q = q.where(Member.id.in_(select(CommitteeMembership.member_id).where(
            CommitteeMembership.committee_id == committee_id,
            CommitteeMembership.deleted_at.is_(None))))
    rows = list(session.scalars(q))
    folded = fold_for_search(query) if query else ""
    if folded:
        digits = "".join(folded.split()).replace("+", "")
        if digits.isdigit() and digits.startswith("98") and len(digits) == 12:
            digits = "0" + digits[2:]
        rows = [m for m in rows
                if folded in fold_for_search(full_name(m))
                or (digits.isdigit() and (digits in m.national_id
                                          or digits in (m.mobile or "")))]
    return rows


def list_members(session: Session, council_id: str, *, status: str | None = None,
                 role: str | None = None, constituency: str | None = None,
                 committee_id: str | None = None, query: str | None = None, offset: int = 0,
                 limit: int | None = None) -> list[MemberView]:
    """Members in Persian alphabetical order (last name, first name), filtered and paged.

    `query` matches a part of the name (ي/ك, ZWNJ and آ/ا insensitive), of the national ID or
    of the mobile (Persian or Latin digits).
    """
    rows = sorted(_filtered(session, council_id, status=status, role=role,
                            constituency=constituency, committee_id=committee_id, query=query),
                  key=member_sort_key)
    page = rows[offset:offset + limit] if limit is not None else rows[offset:]
    return _views(session, page)


def count_members(session: Session, council_id: str, *, status: str | None = None,
                  role: str | None = None, constituency: str | None = None,
                  committee_id: str | None = None, query: str | None = None) -> int:
    """How many members `list_members` would return with the same filters (for paging)."""
    return len(_filtered(session, council_id, status=status, role=role, constituency=constituency,
                         committee_id=committee_id, query=query))
