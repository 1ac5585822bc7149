"""Public-meeting intake: residents' requests at the weekly «Wednesday with the people» meetings.

At a public meeting residents bring their requests to the managers present. The secretary
records each one; it is answered on the spot, or becomes an issue the council tracks, or a
demand pressed on an agency. The request keeps the link (`issue_id` / `demand_id` and its
`outcome`), so a resident's request can be followed to what came of it. Requests attach to any
meeting (the UI offers the public ones).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.enums import IntakeOutcome, IssueSource, Priority
from app.errors import StateError
from app.models import Agency, Demand, IntakeRequest, Issue, Meeting
from app.persian.ids import normalize_mobile
from app.services import common, demands, issues
from app.services.common import Problems

O = IntakeOutcome


@dataclass(frozen=True)
class IntakeInput:
    resident_name: str
    request_text: str
    resident_phone: str | None = None  # a mobile number, or empty
    address: str | None = None
    answered_by: str | None = None  # the official who took or answered it
    agency_id: str | None = None  # the agency it concerns


@dataclass(frozen=True)
class IntakeView:
    id: str
    meeting_id: str
    meeting_number: int
    meeting_date: date
    resident_name: str
    resident_phone: str | None
    address: str | None
    request_text: str
    answered_by: str | None
    agency_id: str | None
    agency_name: str | None
    answer: str | None
    outcome: str
    issue_id: str | None
    issue_title: str | None
    issue_status: str | None
    demand_id: str | None
    demand_subject: str | None
    demand_status: str | None


def _select():
    return (select(IntakeRequest, Meeting.number, Meeting.date, Agency.name, Issue.title,
                   Issue.status, Demand.subject, Demand.status)
            .join(Meeting, Meeting.id == IntakeRequest.meeting_id)
            .outerjoin(Agency, Agency.id == IntakeRequest.agency_id)
            .outerjoin(Issue, Issue.id == IntakeRequest.issue_id)
            .outerjoin(Demand, Demand.id == IntakeRequest.demand_id))


def _view(row) -> IntakeView:
    r, number, meeting_date, agency, issue_title, issue_status, subject, demand_status = row
    return IntakeView(
        id=r.id, meeting_id=r.meeting_id, meeting_number=number, meeting_date=meeting_date,
        resident_name=r.resident_name, resident_phone=r.resident_phone, address=r.address,
        request_text=r.request_text, answered_by=r.answered_by, agency_id=r.agency_id,
        agency_name=agency, answer=r.answer, outcome=r.outcome, issue_id=r.issue_id,
        issue_title=issue_title, issue_status=issue_status, demand_id=r.demand_id,
        demand_subject=subject, demand_status=demand_status)


def get_request(session: Session, request_id: str) -> IntakeView:
    """One request with its meeting, agency and what it became."""
    common.get_live(session, IntakeRequest, request_id)
    return _view(session.execute(_select().where(IntakeRequest.id == request_id)).one())


def _clean(session: Session, data: IntakeInput, council_id: str) -> dict:
    p = Problems()
    values = {
        "resident_name": common.name(data.resident_name, field="resident_name", problems=p),
        "request_text": common.text(data.request_text, field="request_text", problems=p,
                                    required=True),
        "resident_phone": None,
        "address": common.text(data.address, field="address", problems=p, limit=300),
        "answered_by": common.name(data.answered_by, field="answered_by", problems=p,
                                   required=False),
        "agency_id": data.agency_id or None,
    }
    phone = (data.resident_phone or "").strip()
    if phone:
        try:
            values["resident_phone"] = normalize_mobile(phone)
        except ValueError:
            p.add("intake.mobile_invalid", field="resident_phone", value=phone)
    if values["agency_id"] and not _agency_visible(session, values["agency_id"], council_id):
        p.add("not_found", field="agency_id")
    p.raise_if_any()
    return values


def _agency_visible(session: Session, agency_id: str, council_id: str) -> bool:
    return bool(session.scalar(select(Agency.id).where(
        Agency.id == agency_id, Agency.deleted_at.is_(None),
        (Agency.council_id.is_(None)) | (Agency.council_id == council_id))))


def record_request(session: Session, meeting_id: str, data: IntakeInput) -> IntakeView:
    """Record a resident's request at a meeting (outcome pending)."""
    meeting = common.get_live(session, Meeting, meeting_id, field="meeting_id")
    values = _clean(session, data, meeting.council_id)
    request = IntakeRequest(council_id=meeting.council_id, meeting_id=meeting.id,
                            outcome=O.PENDING.value, **values)
    session.add(request)
    session.flush()
    return get_request(session, request.id)


def update_request(session: Session, request_id: str, data: IntakeInput) -> IntakeView:
    """Correct what was recorded about a request (its outcome is left as it is)."""
    request = common.get_live(session, IntakeRequest, request_id)
    common.apply(request, _clean(session, data, request.council_id))
    session.flush()
    return get_request(session, request_id)


def delete_request(session: Session, request_id: str) -> None:
    """Soft-delete a request; an issue or demand made from it stays."""
    common.soft_delete(common.get_live(session, IntakeRequest, request_id))
    session.flush()


def _pending(session: Session, request_id: str) -> IntakeRequest:
    request = common.get_live(session, IntakeRequest, request_id)
    if request.outcome in (O.ISSUE, O.DEMAND):
        raise StateError("intake.already_handled", field="outcome")
    return request


def answer_on_the_spot(session: Session, request_id: str, answer: str, *,
                       answered_by: str | None = None) -> IntakeView:
    """Record the answer given at the meeting (or correct it); outcome becomes answered."""
    request = _pending(session, request_id)
    p = Problems()
    values = {"answer": common.text(answer, field="answer", problems=p, required=True),
              "outcome": O.ANSWERED.value}
    by = common.name(answered_by, field="answered_by", problems=p, required=False)
    p.raise_if_any()
    if by:
        values["answered_by"] = by
    common.apply(request, values)
    session.flush()
    return get_request(session, request_id)


def to_issue(session: Session, request_id: str, *, committee_id: str | None = None,
             priority: str = Priority.MEDIUM.value, title: str | None = None,
             category: str | None = None, target_date: date | str | None = None,
             author: str | None = None, today: date | None = None) -> IntakeView:
    """Turn a request into an issue (source public_meeting, reported on the meeting's date).

    The title defaults to the start of the request; the request keeps the link.
    """
    request = _pending(session, request_id)
    meeting = session.get(Meeting, request.meeting_id)
    issue = issues.create_issue(session, issues.IssueInput(
        title=title or demands.short_line(request.request_text),
        description=request.request_text,
        committee_id=committee_id, category=category, priority=priority,
        address=request.address, source=IssueSource.PUBLIC_MEETING.value,
        reported_by=request.resident_name, reported_on=meeting.date, target_date=target_date),
        council_id=request.council_id, author=author, today=today)
    common.apply(request, {"issue_id": issue.id, "outcome": O.ISSUE.value})
    session.flush()
    return get_request(session, request_id)


def to_demand(session: Session, request_id: str, *, agency_id: str | None = None,
              subject: str | None = None, text: str | None = None,
              amount: int | str | None = None, due_date: date | str | None = None,
              today: date | None = None) -> IntakeView:
    """Turn a request into a draft demand on an agency (the request's agency by default)."""
    request = _pending(session, request_id)
    demand = demands.create_demand(session, demands.DemandInput(
        agency_id=agency_id or request.agency_id,
        subject=subject or demands.short_line(request.request_text),
        text=text or request.request_text, amount=amount, due_date=due_date),
        council_id=request.council_id, today=today)
    common.apply(request, {"demand_id": demand.id, "outcome": O.DEMAND.value})
    session.flush()
    return get_request(session, request_id)


def list_requests(session: Session, meeting_id: str, *,
                  outcome: str | None = None) -> list[IntakeView]:
    """A meeting's requests in the order they were recorded (optionally one outcome only)."""
    query = _select().where(IntakeRequest.meeting_id == meeting_id,
                            IntakeRequest.deleted_at.is_(None))
    if outcome:
        query = query.where(IntakeRequest.outcome == outcome)
    query = query.order_by(IntakeRequest.created_at, IntakeRequest.id)
    return [_view(row) for row in session.execute(query)]


def list_pending(session: Session, council_id: str) -> list[IntakeView]:
    """Every pending request of the council, oldest meeting first (the secretary's to-do)."""
    query = (_select().where(IntakeRequest.council_id == council_id,
                             IntakeRequest.deleted_at.is_(None),
                             IntakeRequest.outcome == O.PENDING.value)
             .order_by(Meeting.date, Meeting.number, IntakeRequest.created_at, IntakeRequest.id))
    return [_view(row) for row in session.execute(query)]


def pending_count(session: Session, council_id: str, *, meeting_id: str | None = None) -> int:
    """How many requests are still pending (in the council, or at one meeting)."""
    query = select(func.count()).select_from(IntakeRequest).where(
        IntakeRequest.council_id == council_id, IntakeRequest.deleted_at.is_(None),
        IntakeRequest.outcome == O.PENDING.value)
    if meeting_id:
        query = query.where(IntakeRequest.meeting_id == meeting_id)
    return session.scalar(query) or 0
