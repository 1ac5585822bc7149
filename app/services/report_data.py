"""What the printed letter and resolutions register show, and the lookups the print commands need.

The PDFs in `app.reports` take frozen dataclasses and never a database session; this module
gathers the data the minutes service does not: a demand letter (`letter_data`: the council's
letterhead, the letter's number and dates, the agency, the body, the amount, the council's chair
and secretary to sign it and the copy-to lines), the resolutions register as printed
(`register_data`: filtered rows with their last follow-up note and the counts), the meeting a
number names (`meeting_id_by_number`) and the check of a scanned minutes QR code
(`check_minutes_payload`: the council code and meeting number find the meeting, the code must be
its code and the sealed rows must still hash to it). The periodic report is in
`app.services.report_period`.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.enums import DemandStatus, MemberRole, MemberStatus
from app.errors import NotFoundError
from app.models import Council, Demand, Meeting
from app.services import common
from app.services.agencies import get_agency
from app.services.council import get_council
from app.services.demands import DemandView, get_demand, letter_no_key
from app.services.members import list_members
from app.services.resolution_register import ResolutionStats, register, resolution_stats
from app.services.sealing import check_verification_code


@dataclass(frozen=True)
class ReportCouncil:
    """The council as a printed document's head shows it."""

    name: str
    code: str
    neighbourhood: str
    settlement: str
    settlement_kind: str
    county: str
    province: str
    address: str | None


@dataclass(frozen=True)
class Signer:
    full_name: str
    role: str  # MemberRole value


@dataclass(frozen=True)
class LetterData:
    council: ReportCouncil
    demand_id: str
    status: str  # DemandStatus value; a draft prints as a draft
    letter_no: str | None
    letter_date: date | None
    due_date: date | None
    agency_name: str
    agency_contact: str | None
    agency_address: str | None
    subject: str
    text: str | None
    amount: int | None  # rials
    resolution_number: str | None  # "12/3"
    issue_title: str | None
    attachments: str | None  # what is enclosed; None: nothing
    signers: tuple[Signer, ...]  # chair first, then secretary (active members)
    copies: tuple[str, ...]  # «رونوشت» lines
    printed_on: date

    @property
    def draft(self) -> bool:
        return self.status == DemandStatus.DRAFT.value or not self.letter_no


@dataclass(frozen=True)
class RegisterRow:
    number: str  # "12/3"
    meeting_number: int
    meeting_date: date
    text: str
    owner_name: str | None
    agency_name: str | None
    deadline: date | None
    status: str
    overdue: bool
    days_overdue: int
    last_note: str | None
    last_note_date: date | None


@dataclass(frozen=True)
class RegisterData:
    council: ReportCouncil
    statuses: tuple[str, ...]  # the status filter; () for every status
    overdue_only: bool
    rows: tuple[RegisterRow, ...]
    stats: ResolutionStats  # the whole register's counts, for the summary line
    as_of: date


def report_council(session: Session, council_id: str | None = None) -> ReportCouncil:
    """The council (by default this PC's) with its place names and address."""
    c = get_council(session, council_id)
    return ReportCouncil(name=c.name, code=c.code, neighbourhood=c.neighbourhood,
                         settlement=c.settlement, settlement_kind=c.settlement_kind,
                         county=c.county, province=c.province, address=c.address)


def meeting_id_by_number(session: Session, number: int, council_id: str | None = None) -> str:
    """The id of the council's live meeting with this number (NotFoundError if none)."""
    council_id = council_id or common.the_council_id(session)
    found = session.scalar(select(Meeting.id).where(
        Meeting.council_id == council_id, Meeting.number == int(number),
        Meeting.deleted_at.is_(None)))
    if found is None:
        raise NotFoundError("not_found", field="meeting", number=number)
    return found


def check_minutes_payload(session: Session, payload: str) -> bool:
    """True if a scanned minutes QR names a meeting here whose sealed minutes carry its code."""
    from app.reports.verification import parse_minutes_payload  # noqa: PLC0415 - pure helper

    parsed = parse_minutes_payload(payload)
    if parsed is None:
        return False
    council_id = session.scalar(select(Council.id).where(Council.code == parsed.council_code,
                                                        Council.deleted_at.is_(None)))
    if council_id is None:
        return False
    try:
        meeting_id = meeting_id_by_number(session, parsed.meeting_number, council_id)
    except NotFoundError:
        return False
    return check_verification_code(session, meeting_id, parsed.code)


# --------------------------------------------------------------------------- the letter
def find_demand(session: Session, ref: str, council_id: str | None = None) -> str:
    """A demand's id from its id or its letter number (Persian or Latin digits, any spacing)."""
    council_id = council_id or common.the_council_id(session)
    ref = (ref or "").strip()
    by_id = session.scalar(select(Demand.id).where(
        Demand.id == ref, Demand.council_id == council_id, Demand.deleted_at.is_(None)))
    if by_id:
        return by_id
    key = letter_no_key(ref)
    if key:
        for demand_id, letter_no in session.execute(select(Demand.id, Demand.letter_no).where(
                Demand.council_id == council_id, Demand.deleted_at.is_(None),
                Demand.letter_no.is_not(None))):
            if letter_no_key(letter_no) == key:
                return demand_id
    raise NotFoundError("not_found", field="demand", value=ref)


def _signers(session: Session, council_id: str) -> tuple[Signer, ...]:
    out = []
    for role in (MemberRole.CHAIR, MemberRole.SECRETARY):
        for m in list_members(session, council_id, status=MemberStatus.ACTIVE.value,
                              role=role.value)[:1]:
            out.append(Signer(full_name=m.full_name, role=role.value))
    return tuple(out)


def _copies(council: ReportCouncil, demand: DemandView) -> tuple[str, ...]:
    lines = [f"فرمانداری شهرستان {council.county}، جهت استحضار",
             f"دبیرخانهٔ شوراهای پیشرفت محله استان {council.province}، جهت اطلاع"]
    if demand.resolution_number:
        lines.append(f"پروندهٔ مصوبهٔ {demand.resolution_number} شورا")
    lines.append("بایگانی شورا")
    return tuple(lines)


def letter_data(session: Session, demand_id: str, *, today: date | None = None,
                attachments: str | None = None) -> LetterData:
    """Everything the printed letter of a demand shows."""
    today = today or date.today()
    d = get_demand(session, demand_id, today=today)
    council_id = session.scalar(select(Demand.council_id).where(Demand.id == demand_id))
    council = report_council(session, council_id)
    agency = get_agency(session, d.agency_id)
    return LetterData(
        council=council, demand_id=d.id, status=d.status, letter_no=d.letter_no,
        letter_date=d.letter_date, due_date=d.due_date, agency_name=d.agency_name,
        agency_contact=agency.contact_person, agency_address=agency.address,
        subject=d.subject, text=d.text, amount=d.amount, resolution_number=d.resolution_number,
        issue_title=d.issue_title, attachments=attachments,
        signers=_signers(session, council_id), copies=_copies(council, d), printed_on=today)


# --------------------------------------------------------------------------- the register
def register_data(session: Session, *, status: str | tuple[str, ...] | list[str] | None = None,
                  overdue: bool = False, today: date | None = None,
                  council_id: str | None = None) -> RegisterData:
    """The register as printed: every resolution matching the filters, with its last note.

    `status` is one status or several (None: all); `overdue` keeps only the overdue ones.
    """
    today = today or date.today()
    council_id = council_id or common.the_council_id(session)
    statuses = (status,) if isinstance(status, str) else tuple(status or ())
    views = register(session, council_id, status=list(statuses) or None,
                     overdue=True if overdue else None, today=today)
    rows = []
    for v in views:
        last = next((f for f in reversed(v.follow_ups) if f.note), None)
        rows.append(RegisterRow(
            number=v.number, meeting_number=v.meeting_number, meeting_date=v.meeting_date,
            text=v.text, owner_name=v.owner_name, agency_name=v.agency_name,
            deadline=v.deadline, status=v.status, overdue=v.overdue,
            days_overdue=v.days_overdue, last_note=last.note if last else None,
            last_note_date=last.date if last else None))
    return RegisterData(council=report_council(session, council_id), statuses=statuses,
                        overdue_only=bool(overdue), rows=tuple(rows),
                        stats=resolution_stats(session, council_id, today), as_of=today)
