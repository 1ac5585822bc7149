"""The periodic council report for the province: what a council did in a Jalali period.

The province follows its councils by period (a season, half a year): meetings held, what was
resolved and what is late, the neighbourhood's issues resolved, the demands pressed on agencies
and how fast each agency answered, and where the development roadmap stands. `council_report`
gathers that for the days `start`..`end` (both included) into frozen dataclasses for
`app.reports.council_report_pdf`. Counts "in the period" use the event's own date (the meeting's
date, the day a resolution was completed, an issue resolved, a letter sent or answered);
"overdue" and "open" are as of the period's last day (or today, if that is earlier). Project
progress has no history, so it is the current figure; indicators use the last measurement taken
on or before the period's end.
"""
from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.enums import DemandStatus, IssueStatus, MeetingState, ResolutionStatus
from app.models import Agency, Demand, Issue, Meeting, Resolution
from app.persian.collation import sort_key
from app.services import common
from app.services.attendance import get_quorum
from app.services.indicators import indicator_series, list_indicators, percent_of_way
from app.services.projects import list_projects
from app.services.report_data import ReportCouncil, report_council
from app.services.resolutions import ACTIVE_STATUSES
from app.services.roadmap_summary import weighted_progress


@dataclass(frozen=True)
class PeriodMeeting:
    number: int
    date: date
    kind: str
    state: str
    present: int
    roster: int
    has_quorum: bool
    resolutions: int


@dataclass(frozen=True)
class AgencyPeriod:
    agency_name: str
    sent: int  # letters sent in the period
    answered: int  # of those, answered (by the period's end)
    open: int  # of those, still unanswered at the period's end
    overdue: int  # of those open, past their due date at the period's end
    median_days: float | None  # letter to answer, over the answered ones
    longest_wait: int | None  # days the oldest unanswered letter has waited at the end


@dataclass(frozen=True)
class PeriodProject:
    title: str
    area: str
    status: str
    progress: int
    budget: int | None
    received: int
    overdue: bool


@dataclass(frozen=True)
class PeriodIndicator:
    title: str
    unit: str
    baseline: float | None
    target: float | None
    value: float | None  # last measurement on or before the period's end
    measured_on: date | None
    percent: float | None  # of the way from baseline to target
    met: bool | None


@dataclass(frozen=True)
class CouncilReport:
    council: ReportCouncil
    start: date
    end: date
    as_of: date  # min(end, today): the day "open" and "overdue" are judged on
    meetings: tuple[PeriodMeeting, ...]
    resolutions_made: int
    resolutions_by_status: tuple[tuple[str, int], ...]  # of those made, by current status
    resolutions_done: int  # completed in the period (whenever made)
    resolutions_overdue: int  # open at as_of and past their deadline (whenever made)
    issues_reported: int
    issues_resolved: int  # resolved in the period
    issues_open: int  # not resolved or rejected at as_of
    issues_by_status: tuple[tuple[str, int], ...]  # of those reported, by current status
    demands_sent: int
    demands_answered: int  # answered in the period (whenever sent)
    demands_overdue: int  # unanswered at as_of, past their due date (whenever sent)
    agencies: tuple[AgencyPeriod, ...]
    projects: tuple[PeriodProject, ...]
    projects_progress: float | None  # budget-weighted, cancelled ones left out
    indicators: tuple[PeriodIndicator, ...]
    printed_on: date


def _between(column, start: date, end: date):
    return column.between(start, end)


def _meetings(session: Session, council_id: str, start: date, end: date) -> tuple[PeriodMeeting, ...]:
    rows = session.scalars(common.live(Meeting).where(
        Meeting.council_id == council_id, _between(Meeting.date, start, end),
        Meeting.state != MeetingState.SCHEDULED.value).order_by(Meeting.date, Meeting.number)).all()
    counts = dict(session.execute(
        select(Resolution.meeting_id, func.count()).where(
            Resolution.deleted_at.is_(None), Resolution.meeting_id.in_([m.id for m in rows]))
        .group_by(Resolution.meeting_id)).all()) if rows else {}
    out = []
    for m in rows:
        q = get_quorum(session, m.id)
        out.append(PeriodMeeting(number=m.number, date=m.date, kind=m.kind, state=m.state,
                                 present=q.present, roster=q.active_members,
                                 has_quorum=q.has_quorum, resolutions=counts.get(m.id, 0)))
    return tuple(out)


def _resolutions(session: Session, council_id: str, start: date, end: date, as_of: date):
    rows = session.execute(
        select(Resolution.status, Resolution.deadline, Resolution.completed_on, Meeting.date)
        .join(Meeting, Meeting.id == Resolution.meeting_id)
        .where(Resolution.council_id == council_id, Resolution.deleted_at.is_(None),
               Meeting.deleted_at.is_(None), Meeting.date <= end)).all()
    made = [r for r in rows if r.date >= start]
    by_status = tuple((s.value, sum(1 for r in made if r.status == s.value)) for s in ResolutionStatus)
    done = sum(1 for r in rows if r.completed_on and start <= r.completed_on <= end)

    def open_at(r) -> bool:
        if r.status in ACTIVE_STATUSES:
            return True
        return r.status == ResolutionStatus.DONE.value and r.completed_on is not None \
            and r.completed_on > as_of

    overdue = sum(1 for r in rows if r.deadline and r.deadline < as_of and open_at(r))
    return len(made), by_status, done, overdue


def _issues(session: Session, council_id: str, start: date, end: date, as_of: date):
    rows = session.execute(select(Issue.status, Issue.reported_on, Issue.resolved_on).where(
        Issue.council_id == council_id, Issue.deleted_at.is_(None),
        Issue.reported_on <= end)).all()
    reported = [r for r in rows if r.reported_on >= start]
    resolved = sum(1 for r in rows if r.resolved_on and start <= r.resolved_on <= end)
    closed = {IssueStatus.RESOLVED.value, IssueStatus.REJECTED.value}
    still_open = sum(1 for r in rows if r.status not in closed
                     or (r.resolved_on is not None and r.resolved_on > as_of))
    by_status = tuple((s.value, sum(1 for r in reported if r.status == s.value)) for s in IssueStatus)
    return len(reported), resolved, still_open, by_status


def _demands(session: Session, council_id: str, start: date, end: date, as_of: date):
    rows = session.execute(
        select(Agency.name.label("agency_name"), Demand.letter_date, Demand.due_date,
               Demand.answered_on)
        .join(Agency, Agency.id == Demand.agency_id)
        .where(Demand.council_id == council_id, Demand.deleted_at.is_(None),
               Demand.status != DemandStatus.DRAFT.value, Demand.letter_date.is_not(None),
               Demand.letter_date <= end)).all()
    answered_in = sum(1 for r in rows if r.answered_on and start <= r.answered_on <= end)

    def unanswered(r) -> bool:
        return r.answered_on is None or r.answered_on > as_of

    overdue_all = sum(1 for r in rows if unanswered(r) and r.due_date and r.due_date < as_of)
    by_agency: dict[str, list] = {}
    for r in rows:
        if r.letter_date >= start:
            by_agency.setdefault(r.agency_name, []).append(r)
    agencies = []
    for name, items in by_agency.items():
        days = [(r.answered_on - r.letter_date).days for r in items if not unanswered(r)]
        waiting = [(as_of - r.letter_date).days for r in items if unanswered(r)]
        agencies.append(AgencyPeriod(
            agency_name=name, sent=len(items), answered=len(days), open=len(waiting),
            overdue=sum(1 for r in items if unanswered(r) and r.due_date and r.due_date < as_of),
            median_days=float(statistics.median(days)) if days else None,
            longest_wait=max(waiting) if waiting else None))
    agencies.sort(key=lambda a: sort_key(a.agency_name))
    sent = sum(a.sent for a in agencies)
    return sent, answered_in, overdue_all, tuple(agencies)


def _indicators(session: Session, council_id: str, end: date) -> tuple[PeriodIndicator, ...]:
    out = []
    for ind in list_indicators(session, council_id):
        points = [p for p in indicator_series(session, ind.id).points if p.measured_on <= end]
        last = points[-1] if points else None
        base = ind.baseline if ind.baseline is not None else (points[0].value if points else None)
        value = last.value if last else None
        met = None
        if ind.target is not None and value is not None:
            down = base is not None and ind.target < base
            met = value <= ind.target if down else value >= ind.target
        out.append(PeriodIndicator(
            title=ind.title, unit=ind.unit, baseline=ind.baseline, target=ind.target, value=value,
            measured_on=last.measured_on if last else None,
            percent=percent_of_way(base, ind.target, value), met=met))
    return tuple(out)


def council_report(session: Session, start: date, end: date, *, today: date | None = None,
                   council_id: str | None = None) -> CouncilReport:
    """The council's report for the days start..end (see the module docstring)."""
    if end < start:
        p = common.Problems()
        p.add("end_before_start", field="end")
        p.raise_if_any()
    today = today or date.today()
    council_id = council_id or common.the_council_id(session)
    as_of = min(end, today)
    made, by_status, done, overdue = _resolutions(session, council_id, start, end, as_of)
    reported, resolved, issues_open, issue_status = _issues(session, council_id, start, end, as_of)
    sent, answered, demands_overdue, agencies = _demands(session, council_id, start, end, as_of)
    projects = list_projects(session, council_id, today=as_of)
    return CouncilReport(
        council=report_council(session, council_id), start=start, end=end, as_of=as_of,
        meetings=_meetings(session, council_id, start, end), resolutions_made=made,
        resolutions_by_status=by_status, resolutions_done=done, resolutions_overdue=overdue,
        issues_reported=reported, issues_resolved=resolved, issues_open=issues_open,
        issues_by_status=issue_status, demands_sent=sent, demands_answered=answered,
        demands_overdue=demands_overdue, agencies=agencies,
        projects=tuple(PeriodProject(title=p.title, area=p.area, status=p.status,
                                     progress=p.progress, budget=p.budget, received=p.received,
                                     overdue=p.overdue) for p in projects),
        projects_progress=weighted_progress(projects) if projects else None,
        indicators=_indicators(session, council_id, end), printed_on=today)
