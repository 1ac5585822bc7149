"""Reading neighbourhood issues: the `IssueView`, the paged issue list and the dashboard counts.

A council may track thousands of issues, so the list screen pages lazily: `count_issues` and
`list_issues(offset=, limit=)` filter, order and page in SQL (demand and resolution counts come
from correlated sub-queries on the page's rows only). `issues_by_committee` feeds the dashboard
chart. Writing issues and their workflow lives in `app.services.issues`, which re-exports these.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, case, func, not_, or_, select
from sqlalchemy.orm import Session

from app.enums import IssueStatus, Priority
from app.models import Committee, Demand, Issue, Resolution
from app.persian.collation import sort_key
from app.persian.digits import to_latin_digits, to_persian_digits
from app.persian.normalize import normalize_name

#: statuses in which an issue is finished (never overdue)
CLOSED_STATUSES: frozenset[str] = frozenset({IssueStatus.RESOLVED.value,
                                            IssueStatus.REJECTED.value})

#: pass as `committee_id` to list the issues that have no committee
NO_COMMITTEE = "-"

#: the orders `list_issues` knows
ISSUE_ORDERS = ("newest", "oldest", "priority", "target_date", "status", "title")

_PRIORITY_RANK = {p.value: i for i, p in enumerate(
    (Priority.URGENT, Priority.HIGH, Priority.MEDIUM, Priority.LOW))}
_STATUS_RANK = {s.value: i for i, s in enumerate(IssueStatus)}


@dataclass(frozen=True)
class IssueView:
    id: str
    title: str
    description: str | None
    committee_id: str | None
    committee_name: str | None
    category: str | None
    priority: str
    address: str | None
    latitude: float | None
    longitude: float | None
    source: str
    reported_by: str | None
    reported_on: date
    target_date: date | None
    status: str
    resolved_on: date | None
    overdue: bool  # target date passed and not resolved or rejected
    demand_count: int
    resolution_count: int


@dataclass(frozen=True)
class CommitteeIssueCounts:
    """One bar of the dashboard chart: a committee's issues by status."""

    committee_id: str | None  # None: issues with no committee
    committee_name: str | None
    by_status: dict[str, int]  # every IssueStatus value, zeros included
    total: int
    open: int  # not resolved or rejected
    overdue: int


def is_overdue(target_date: date | None, status: str, today: date) -> bool:
    """An issue is overdue when its target date has passed and it is still open."""
    return target_date is not None and target_date < today and status not in CLOSED_STATUSES


def view_of(issue: Issue, committee_name: str | None, demand_count: int, resolution_count: int,
            today: date) -> IssueView:
    """The IssueView of a row plus the values a query joined to it."""
    return IssueView(
        id=issue.id, title=issue.title, description=issue.description,
        committee_id=issue.committee_id, committee_name=committee_name,
        category=issue.category, priority=issue.priority, address=issue.address,
        latitude=issue.latitude, longitude=issue.longitude, source=issue.source,
        reported_by=issue.reported_by, reported_on=issue.reported_on,
        target_date=issue.target_date, status=issue.status, resolved_on=issue.resolved_on,
        overdue=is_overdue(issue.target_date, issue.status, today),
        demand_count=demand_count or 0, resolution_count=resolution_count or 0)


def _view_select():
    demands = (select(func.count(Demand.id))
               .where(Demand.issue_id == Issue.id, Demand.deleted_at.is_(None))
               .correlate(Issue).scalar_subquery())
    resolutions = (select(func.count(Resolution.id))
                   .where(Resolution.issue_id == Issue.id, Resolution.deleted_at.is_(None))
                   .correlate(Issue).scalar_subquery())
    return (select(Issue, Committee.name, demands, resolutions)
            .outerjoin(Committee, Committee.id == Issue.committee_id))


def issue_views(session: Session, conditions: Iterable, today: date) -> list[IssueView]:
    """IssueViews of the live issues matching `conditions`, in no particular order."""
    rows = session.execute(_view_select().where(*conditions))
    return [view_of(i, name, d, r, today) for i, name, d, r in rows]


def many(value: str | Iterable[str] | None) -> list[str]:
    """One value or several as a list ([] for None or '')."""
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


def like_filter(columns: Iterable, query: str | None):
    """A condition: every word of `query` appears in one of `columns` (None for no query).

    Stored text is normalised but keeps digits as typed, so each word is looked for with
    Persian and with ASCII digits ('123' finds '۱۲۳/ش/۱۴۰۵').
    """
    cleaned = normalize_name(query) if query else None
    if not cleaned:
        return None
    columns = list(columns)
    per_word = []
    for word in cleaned.split(" "):
        variants = {word, to_persian_digits(word), to_latin_digits(word)}
        patterns = ["%" + v.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
                    for v in variants]
        per_word.append(or_(*(c.like(p, escape="\\") for c in columns for p in patterns)))
    return and_(*per_word)


def _conditions(council_id: str, *, status, committee_id, priority, overdue, query,
                today: date) -> list:
    conds = [Issue.council_id == council_id, Issue.deleted_at.is_(None)]
    if statuses := many(status):
        conds.append(Issue.status.in_(statuses))
    if committee_id == NO_COMMITTEE:
        conds.append(Issue.committee_id.is_(None))
    elif committee_id:
        conds.append(Issue.committee_id == committee_id)
    if priorities := many(priority):
        conds.append(Issue.priority.in_(priorities))
    if overdue is not None:
        late = and_(Issue.target_date.is_not(None), Issue.target_date < today,
                    Issue.status.not_in(CLOSED_STATUSES))
        conds.append(late if overdue else not_(late))
    words = like_filter((Issue.title, Issue.description, Issue.address, Issue.reported_by,
                         Issue.category), query)
    if words is not None:
        conds.append(words)
    return conds


def _order_by(order: str) -> list:
    newest = [Issue.reported_on.desc(), Issue.created_at.desc(), Issue.id.desc()]
    if order == "newest":
        return newest
    if order == "oldest":
        return [Issue.reported_on, Issue.created_at, Issue.id]
    if order == "priority":
        return [case(_PRIORITY_RANK, value=Issue.priority, else_=len(_PRIORITY_RANK)), *newest]
    if order == "target_date":
        return [Issue.target_date.is_(None), Issue.target_date, *newest]
    if order == "status":
        return [case(_STATUS_RANK, value=Issue.status, else_=len(_STATUS_RANK)), *newest]
    raise ValueError(f"unknown issue order {order!r}; use one of {ISSUE_ORDERS}")


def count_issues(session: Session, council_id: str, *, status: str | Iterable[str] | None = None,
                 committee_id: str | None = None, priority: str | Iterable[str] | None = None,
                 overdue: bool | None = None, query: str | None = None,
                 today: date | None = None) -> int:
    """How many live issues match the filters (the same filters as `list_issues`)."""
    conds = _conditions(council_id, status=status, committee_id=committee_id, priority=priority,
                        overdue=overdue, query=query, today=today or date.today())
    return session.scalar(select(func.count()).select_from(Issue).where(*conds)) or 0


def list_issues(session: Session, council_id: str, *, status: str | Iterable[str] | None = None,
                committee_id: str | None = None, priority: str | Iterable[str] | None = None,
                overdue: bool | None = None, query: str | None = None, offset: int = 0,
                limit: int | None = None, order: str = "newest",
                today: date | None = None) -> list[IssueView]:
    """A page of the council's live issues, filtered and ordered in SQL.

    `status` and `priority` take one value or several; `committee_id=NO_COMMITTEE` lists the
    issues with no committee; `overdue` True/False keeps only late/not-late ones; `query` looks
    for every word in the title, description, address, reporter and category. `order` is one
    of ISSUE_ORDERS ('title' is Persian alphabetical order).
    """
    today = today or date.today()
    conds = _conditions(council_id, status=status, committee_id=committee_id, priority=priority,
                        overdue=overdue, query=query, today=today)
    offset = max(offset, 0)
    if order == "title":
        # SQLite cannot sort in Persian order: sort the ids and titles, then load one page.
        pairs = session.execute(select(Issue.id, Issue.title).where(*conds)).all()
        pairs.sort(key=lambda p: (sort_key(p[1]), p[0]))
        page = [p[0] for p in pairs[offset:None if limit is None else offset + limit]]
        if not page:
            return []
        found = {v.id: v for v in issue_views(session, [Issue.id.in_(page)], today)}
        return [found[i] for i in page]
    stmt = _view_select().where(*conds).order_by(*_order_by(order)).offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [view_of(i, name, d, r, today) for i, name, d, r in session.execute(stmt)]


def issues_by_committee(session: Session, council_id: str,
                        today: date | None = None) -> list[CommitteeIssueCounts]:
    """Per committee (every live one, plus 'no committee' when needed): issues per status.

    In Persian alphabetical order of the committee name, the issues with no committee last.
    """
    today = today or date.today()
    live = [Issue.council_id == council_id, Issue.deleted_at.is_(None)]
    counts: dict[str | None, dict[str, int]] = {}
    for committee_id, status, n in session.execute(
            select(Issue.committee_id, Issue.status, func.count())
            .where(*live).group_by(Issue.committee_id, Issue.status)):
        counts.setdefault(committee_id, {})[status] = n
    late = dict(session.execute(
        select(Issue.committee_id, func.count())
        .where(*live, Issue.target_date < today, Issue.status.not_in(CLOSED_STATUSES))
        .group_by(Issue.committee_id)).all())
    names = dict(session.execute(select(Committee.id, Committee.name).where(
        Committee.council_id == council_id,
        or_(Committee.deleted_at.is_(None), Committee.id.in_([c for c in counts if c])))).all())
    out = []
    for committee_id in [*names, *([None] if None in counts else [])]:
        by_status = {s.value: counts.get(committee_id, {}).get(s.value, 0) for s in IssueStatus}
        total = sum(by_status.values())
        out.append(CommitteeIssueCounts(
            committee_id=committee_id, committee_name=names.get(committee_id),
            by_status=by_status, total=total,
            open=total - sum(by_status[s] for s in CLOSED_STATUSES),
            overdue=late.get(committee_id, 0)))
    out.sort(key=lambda c: (c.committee_id is None, sort_key(c.committee_name)))
    return out
