"""Neighbourhood issues (مسائل محله): recording them, their status workflow and their story.

Identifying and monitoring the neighbourhood's problems is a council's first duty. An issue
moves new -> under_review -> referred (to an agency) / in_progress -> resolved / rejected, and a
resolved or rejected issue can be reopened for review (`TRANSITIONS` is the one table of what
is allowed). Every status change and every note is an `IssueEvent`, so the detail page can tell
what happened and when. Reading (the paged list, counts, the dashboard chart) lives in
`app.services.issue_queries`; its public names are re-exported here.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.enums import (DemandStatus, IntakeOutcome, IssueSource, IssueStatus, Priority,
                       ResolutionStatus)
from app.errors import StateError
from app.models import (Agency, Committee, Demand, IntakeRequest, Issue, IssueEvent, Meeting,
                        Resolution)
from app.persian.digits import to_latin_digits
from app.services import common
from app.services.common import Problems
from app.services.issue_queries import (  # noqa: F401 - re-exported for callers
    CLOSED_STATUSES, ISSUE_ORDERS, NO_COMMITTEE, CommitteeIssueCounts, IssueView, count_issues,
    issue_views, issues_by_committee, list_issues)

S = IssueStatus

#: the status changes allowed: reopening takes a resolved or rejected issue back to review
TRANSITIONS: dict[str, frozenset[str]] = {
    S.NEW: frozenset({S.UNDER_REVIEW, S.REFERRED, S.REJECTED}),
    S.UNDER_REVIEW: frozenset({S.REFERRED, S.IN_PROGRESS, S.REJECTED}),
    S.REFERRED: frozenset({S.IN_PROGRESS, S.RESOLVED, S.REJECTED}),
    S.IN_PROGRESS: frozenset({S.REFERRED, S.RESOLVED, S.REJECTED}),
    S.RESOLVED: frozenset({S.UNDER_REVIEW}),
    S.REJECTED: frozenset({S.UNDER_REVIEW}),
}

#: sending a demand about an issue in one of these statuses refers the issue to the agency
REFER_ON_DEMAND: frozenset[str] = frozenset({S.NEW.value, S.UNDER_REVIEW.value})


@dataclass(frozen=True)
class IssueInput:
    title: str
    description: str | None = None
    committee_id: str | None = None
    category: str | None = None
    priority: str = Priority.MEDIUM.value
    address: str | None = None
    latitude: float | str | None = None
    longitude: float | str | None = None
    source: str = IssueSource.RESIDENT.value
    reported_by: str | None = None
    reported_on: date | str | None = None  # default: today
    target_date: date | str | None = None


@dataclass(frozen=True)
class IssueEventView:
    id: str
    date: date
    old_status: str | None  # None on the event that records the issue's creation
    new_status: str | None  # None for a plain note
    note: str | None
    author: str | None
    created_at: datetime


@dataclass(frozen=True)
class IssueDemandBrief:
    id: str
    subject: str
    agency_name: str
    status: str
    letter_no: str | None
    letter_date: date | None
    due_date: date | None
    overdue: bool


@dataclass(frozen=True)
class IssueResolutionBrief:
    id: str
    number: str  # "meeting number/sequence", e.g. "12/3"
    text: str
    status: str
    deadline: date | None
    overdue: bool


@dataclass(frozen=True)
class IssueDetail:
    issue: IssueView
    history: list[IssueEventView]  # oldest first
    demands: list[IssueDemandBrief]
    resolutions: list[IssueResolutionBrief]


def allowed_transitions(status: str) -> list[str]:
    """The statuses an issue in `status` may move to, in workflow order (for a menu)."""
    allowed = TRANSITIONS.get(status, frozenset())
    return [s.value for s in IssueStatus if s in allowed]


def _coordinate(value: float | str | None, low: float, high: float) -> tuple[bool, float | None]:
    """(ok, value) for a typed or given coordinate; empty is (True, None)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return True, None
    if isinstance(value, bool):
        return False, None
    try:
        number = float(to_latin_digits(value.strip()) if isinstance(value, str) else value)
    except (TypeError, ValueError):
        return False, None
    return math.isfinite(number) and low <= number <= high, number


def _clean(session: Session, data: IssueInput, council_id: str, today: date) -> dict:
    p = Problems()
    values = {
        "title": common.name(data.title, field="title", problems=p, limit=300),
        "description": common.text(data.description, field="description", problems=p),
        "committee_id": data.committee_id or None,
        "category": common.name(data.category, field="category", problems=p, limit=100,
                                required=False),
        "priority": common.choice(data.priority, Priority, field="priority", problems=p,
                                  default=Priority.MEDIUM),
        "address": common.text(data.address, field="address", problems=p, limit=300),
        "source": common.choice(data.source, IssueSource, field="source", problems=p,
                                default=IssueSource.RESIDENT),
        "reported_by": common.name(data.reported_by, field="reported_by", problems=p,
                                   required=False),
        "reported_on": common.jalali_date(data.reported_on, field="reported_on", problems=p)
        or today,
        "target_date": common.jalali_date(data.target_date, field="target_date", problems=p),
    }
    lat_ok, values["latitude"] = _coordinate(data.latitude, -90.0, 90.0)
    lon_ok, values["longitude"] = _coordinate(data.longitude, -180.0, 180.0)
    if not (lat_ok and lon_ok) or (values["latitude"] is None) != (values["longitude"] is None):
        p.add("issue.coordinates", field="coordinates")
    if values["committee_id"] and not session.scalar(select(Committee.id).where(
            Committee.id == values["committee_id"], Committee.council_id == council_id,
            Committee.deleted_at.is_(None))):
        p.add("not_found", field="committee_id")
    if values["target_date"] and values["target_date"] < values["reported_on"]:
        p.add("issue.target_before_report", field="target_date")
    p.raise_if_any()
    return values


def _actor(session: Session, author: str | None) -> str | None:
    return common.name(author, problems=Problems(), required=False) or session.info.get("actor")


def get_issue(session: Session, issue_id: str, *, today: date | None = None) -> IssueView:
    """The issue with its committee name, counts of linked records and overdue flag."""
    common.get_live(session, Issue, issue_id)
    return issue_views(session, [Issue.id == issue_id], today or date.today())[0]


def create_issue(session: Session, data: IssueInput, *, council_id: str,
                 author: str | None = None, today: date | None = None) -> IssueView:
    """Record a new issue (status new) and the event that opens its history."""
    today = today or date.today()
    values = _clean(session, data, council_id, today)
    issue = Issue(council_id=council_id, status=S.NEW.value, **values)
    session.add(issue)
    session.flush()
    session.add(IssueEvent(council_id=council_id, issue_id=issue.id, date=issue.reported_on,
                           old_status=None, new_status=S.NEW.value,
                           author=_actor(session, author)))
    session.flush()
    return get_issue(session, issue.id, today=today)


def update_issue(session: Session, issue_id: str, data: IssueInput, *,
                 today: date | None = None) -> IssueView:
    """Change an issue's details (its status changes only through `change_status`).

    A new report date moves the event that records the issue's creation along with it.
    """
    today = today or date.today()
    issue = common.get_live(session, Issue, issue_id)
    values = _clean(session, data, issue.council_id, today)
    if values["reported_on"] != issue.reported_on:
        for event in session.scalars(common.live(IssueEvent).where(
                IssueEvent.issue_id == issue_id, IssueEvent.old_status.is_(None),
                IssueEvent.new_status == S.NEW.value)):
            common.apply(event, {"date": values["reported_on"]})
    common.apply(issue, values)
    session.flush()
    return get_issue(session, issue.id, today=today)


def _linked_count(session: Session, issue_id: str) -> int:
    demands = session.scalar(select(func.count(Demand.id)).where(
        Demand.issue_id == issue_id, Demand.deleted_at.is_(None))) or 0
    resolutions = session.scalar(select(func.count(Resolution.id)).where(
        Resolution.issue_id == issue_id, Resolution.deleted_at.is_(None))) or 0
    return demands + resolutions


def delete_issue(session: Session, issue_id: str) -> None:
    """Soft-delete an issue and its events; refused while demands or resolutions serve it.

    A public-meeting request that had become this issue goes back to pending.
    """
    issue = common.get_live(session, Issue, issue_id)
    if linked := _linked_count(session, issue_id):
        raise StateError("issue.in_use", count=linked)
    for event in session.scalars(common.live(IssueEvent).where(IssueEvent.issue_id == issue_id)):
        common.soft_delete(event)
    for request in session.scalars(common.live(IntakeRequest).where(
            IntakeRequest.issue_id == issue_id)):
        common.apply(request, {"issue_id": None, "outcome": IntakeOutcome.PENDING.value})
    common.soft_delete(issue)
    session.flush()


def _event_date(issue: Issue, on: date | str | None, today: date, p: Problems) -> date | None:
    when = common.jalali_date(on, field="on", problems=p) if on else today
    if when and when < issue.reported_on:
        p.add("issue.date_before_report", field="on", reported=common.jalali(issue.reported_on))
    return when


def change_status(session: Session, issue_id: str, new_status: str, *, note: str | None = None,
                  on: date | str | None = None, author: str | None = None,
                  today: date | None = None) -> IssueView:
    """Move an issue along the workflow and record the change (with its note) as an event.

    Refused with `issue.bad_transition` (nothing written) when TRANSITIONS does not allow it.
    Resolving sets `resolved_on`; reopening clears it.
    """
    today = today or date.today()
    issue = common.get_live(session, Issue, issue_id)
    p = Problems()
    status = common.choice(new_status, IssueStatus, field="status", problems=p)
    p.raise_if_any()
    if status not in TRANSITIONS.get(issue.status, frozenset()):
        raise StateError("issue.bad_transition", field="status", old=issue.status, new=status)
    cleaned_note = common.text(note, field="note", problems=p)
    when = _event_date(issue, on, today, p)
    p.raise_if_any()
    old = issue.status
    common.apply(issue, {"status": status,
                         "resolved_on": when if status == S.RESOLVED else None})
    session.add(IssueEvent(council_id=issue.council_id, issue_id=issue.id, date=when,
                           old_status=old, new_status=status, note=cleaned_note,
                           author=_actor(session, author)))
    session.flush()
    return get_issue(session, issue.id, today=today)


def _event_view(e: IssueEvent) -> IssueEventView:
    return IssueEventView(id=e.id, date=e.date, old_status=e.old_status, new_status=e.new_status,
                          note=e.note, author=e.author, created_at=e.created_at)


def add_note(session: Session, issue_id: str, note: str, *, on: date | str | None = None,
             author: str | None = None, today: date | None = None) -> IssueEventView:
    """Add a note to an issue's history (an event with no status change)."""
    today = today or date.today()
    issue = common.get_live(session, Issue, issue_id)
    p = Problems()
    cleaned = common.text(note, field="note", problems=p, required=True)
    when = _event_date(issue, on, today, p)
    p.raise_if_any()
    event = IssueEvent(council_id=issue.council_id, issue_id=issue.id, date=when,
                       note=cleaned, author=_actor(session, author))
    session.add(event)
    session.flush()
    return _event_view(event)


def issue_history(session: Session, issue_id: str) -> list[IssueEventView]:
    """The issue's events, oldest first (by date, then by when they were written)."""
    return [_event_view(e) for e in session.scalars(
        common.live(IssueEvent).where(IssueEvent.issue_id == issue_id)
        .order_by(IssueEvent.date, IssueEvent.created_at, IssueEvent.id))]


def issue_detail(session: Session, issue_id: str, *, today: date | None = None) -> IssueDetail:
    """The issue with its history, and the demands and resolutions that serve it."""
    today = today or date.today()
    view = get_issue(session, issue_id, today=today)
    demands = [
        IssueDemandBrief(
            id=d.id, subject=d.subject, agency_name=agency, status=d.status,
            letter_no=d.letter_no, letter_date=d.letter_date, due_date=d.due_date,
            overdue=(d.status == DemandStatus.SENT and d.answered_on is None
                     and d.due_date is not None and d.due_date < today))
        for d, agency in session.execute(
            select(Demand, Agency.name).join(Agency, Agency.id == Demand.agency_id)
            .where(Demand.issue_id == issue_id, Demand.deleted_at.is_(None))
            .order_by(Demand.letter_date.is_(None), Demand.letter_date, Demand.created_at))]
    open_resolution = (ResolutionStatus.OPEN, ResolutionStatus.IN_PROGRESS)
    resolutions = [
        IssueResolutionBrief(
            id=r.id, number=f"{number}/{r.seq}", text=r.text, status=r.status,
            deadline=r.deadline,
            overdue=(r.status in open_resolution and r.deadline is not None
                     and r.deadline < today))
        for r, number in session.execute(
            select(Resolution, Meeting.number).join(Meeting, Meeting.id == Resolution.meeting_id)
            .where(Resolution.issue_id == issue_id, Resolution.deleted_at.is_(None))
            .order_by(Meeting.number, Resolution.seq))]
    return IssueDetail(issue=view, history=issue_history(session, issue_id), demands=demands,
                       resolutions=resolutions)


__all__ = [
    "TRANSITIONS", "CLOSED_STATUSES", "ISSUE_ORDERS", "NO_COMMITTEE", "IssueInput", "IssueView",
    "IssueEventView", "IssueDemandBrief", "IssueResolutionBrief", "IssueDetail",
    "CommitteeIssueCounts", "allowed_transitions", "get_issue", "create_issue", "update_issue",
    "delete_issue", "change_status", "add_note", "issue_history", "issue_detail", "list_issues",
    "count_issues", "issues_by_committee", "REFER_ON_DEMAND",
]
