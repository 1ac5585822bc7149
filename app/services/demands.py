"""Demands (مطالبات) pressed on executive agencies: the letter, its answer and its due date.

Overseeing agencies and pressing demands on them is one of a council's duties. A demand serves
an issue or a resolution (or stands on its own subject), is drafted, sent as a numbered letter
(draft -> sent, which refers a new or under-review issue to the agency), answered (the answer is
the province's to write when it syncs, or typed in by the secretary) and closed. Letter numbers
like '۱۲۳/ش/۱۴۰۵' are stored as typed (normalised) and compared on a folded form
(`letter_no_key`), so '123/ش/1405' is recognised as the same number. Statistics per agency
live in `app.services.demand_stats`, re-exported here.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, func, not_, select
from sqlalchemy.orm import Session

from app.enums import DemandStatus, IntakeOutcome, IssueStatus
from app.errors import StateError
from app.models import Agency, Demand, IntakeRequest, Issue, Meeting, Resolution
from app.persian.digits import ARABIC_INDIC_DIGITS, PERSIAN_DIGITS, parse_int, to_latin_digits
from app.persian.normalize import ZWNJ, normalize_text
from app.services import common, issues
from app.services.common import Problems
from app.services.demand_stats import (  # noqa: F401 - re-exported for callers
    AgencyOverdue, AgencyResponseStats, overdue_by_agency, response_stats)
from app.services.issue_queries import like_filter, many

D = DemandStatus


@dataclass(frozen=True)
class DemandInput:
    agency_id: str
    issue_id: str | None = None
    resolution_id: str | None = None
    subject: str | None = None  # default: the issue's title or the resolution's text
    text: str | None = None
    amount: int | str | None = None  # rials
    letter_no: str | None = None
    letter_date: date | str | None = None
    due_date: date | str | None = None


@dataclass(frozen=True)
class DemandView:
    id: str
    agency_id: str
    agency_name: str
    issue_id: str | None
    issue_title: str | None
    resolution_id: str | None
    resolution_number: str | None  # "12/3"
    subject: str
    text: str | None
    amount: int | None
    letter_no: str | None
    letter_date: date | None
    due_date: date | None
    status: str
    answer_text: str | None
    answered_on: date | None
    overdue: bool  # sent, unanswered, due date passed
    days_waiting: int | None  # sent and unanswered: days since the letter
    response_days: int | None  # answered: days from the letter to the answer


_SPACES_RE = re.compile(r"\s+")


def letter_no_key(letter_no: str | None) -> str:
    """The form letter numbers are compared in: ASCII digits, no spaces or ZWNJ, case-folded."""
    cleaned = normalize_text(letter_no) or ""
    return _SPACES_RE.sub("", to_latin_digits(cleaned).replace(ZWNJ, "")).casefold()


def short_line(text: str, limit: int = 120) -> str:
    """The first line of `text`, cut to `limit` characters (a default subject or title)."""
    line = text.strip().split("\n", 1)[0]
    return line if len(line) <= limit else line[:limit - 1].rstrip() + "…"


def is_overdue(status: str, answered_on: date | None, due_date: date | None, today: date) -> bool:
    """Sent, not answered, and the due date has passed."""
    return (status == D.SENT and answered_on is None and due_date is not None
            and due_date < today)


def _overdue_condition(today: date):
    return and_(Demand.status == D.SENT.value, Demand.answered_on.is_(None),
                Demand.due_date.is_not(None), Demand.due_date < today)


def _view_select():
    return (select(Demand, Agency.name, Issue.title, Meeting.number, Resolution.seq)
            .join(Agency, Agency.id == Demand.agency_id)
            .outerjoin(Issue, Issue.id == Demand.issue_id)
            .outerjoin(Resolution, Resolution.id == Demand.resolution_id)
            .outerjoin(Meeting, Meeting.id == Resolution.meeting_id))


def _view(row, today: date) -> DemandView:
    d, agency_name, issue_title, meeting_no, seq = row
    waiting = None
    if d.status == D.SENT and d.answered_on is None and d.letter_date:
        waiting = (today - d.letter_date).days
    response = None
    if d.answered_on and d.letter_date:
        response = (d.answered_on - d.letter_date).days
    return DemandView(
        id=d.id, agency_id=d.agency_id, agency_name=agency_name, issue_id=d.issue_id,
        issue_title=issue_title, resolution_id=d.resolution_id,
        resolution_number=f"{meeting_no}/{seq}" if d.resolution_id and seq is not None else None,
        subject=d.subject, text=d.text, amount=d.amount, letter_no=d.letter_no,
        letter_date=d.letter_date, due_date=d.due_date, status=d.status,
        answer_text=d.answer_text, answered_on=d.answered_on,
        overdue=is_overdue(d.status, d.answered_on, d.due_date, today),
        days_waiting=waiting, response_days=response)


def get_demand(session: Session, demand_id: str, *, today: date | None = None) -> DemandView:
    """The demand with its agency name, issue title, resolution number and derived values."""
    common.get_live(session, Demand, demand_id)
    row = session.execute(_view_select().where(Demand.id == demand_id)).one()
    return _view(row, today or date.today())


def _amount(value: int | str | None, p: Problems) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        p.add("bad_number", field="amount", value=value)
        return None
    if isinstance(value, str):
        text = value.strip()
        negative = text.startswith("-")
        try:
            number = parse_int(text[1:] if negative else text)
        except ValueError:
            p.add("bad_number", field="amount", value=text)
            return None
        number = -number if negative else number
    else:
        number = int(value)
    if number < 0:
        p.add("negative", field="amount")
        return None
    return number


def _letter_no_key_sql(column):
    """`letter_no_key` of a stored (already normalised, one-line) letter number, in SQL.

    Plain REPLACE/LOWER calls, so the comparison runs inside SQLite (and PostgreSQL on the
    server) instead of folding every letter number of the council in Python.
    """
    expr = column
    for digits in (PERSIAN_DIGITS, ARABIC_INDIC_DIGITS):
        for i, ch in enumerate(digits):
            expr = func.replace(expr, ch, str(i))
    return func.lower(func.replace(func.replace(expr, " ", ""), ZWNJ, ""))


def _letter_no_taken(session: Session, council_id: str, letter_no: str,
                     except_id: str | None) -> bool:
    key = letter_no_key(letter_no)
    query = select(Demand.id).where(Demand.council_id == council_id, Demand.deleted_at.is_(None),
                                    _letter_no_key_sql(Demand.letter_no) == key)
    if except_id:
        query = query.where(Demand.id != except_id)
    return session.scalar(query.limit(1)) is not None


def _clean(session: Session, data: DemandInput, council_id: str,
           except_id: str | None = None) -> dict:
    p = Problems()
    values = {
        "agency_id": data.agency_id or None,
        "issue_id": data.issue_id or None,
        "resolution_id": data.resolution_id or None,
        "subject": common.name(data.subject, field="subject", problems=p, limit=300,
                               required=False),
        "text": common.text(data.text, field="text", problems=p),
        "amount": _amount(data.amount, p),
        "letter_no": common.name(data.letter_no, field="letter_no", problems=p, limit=60,
                                 required=False),
        "letter_date": common.jalali_date(data.letter_date, field="letter_date", problems=p),
        "due_date": common.jalali_date(data.due_date, field="due_date", problems=p),
    }
    if not values["agency_id"]:
        p.add("required", field="agency_id")
    elif not session.scalar(select(Agency.id).where(
            Agency.id == values["agency_id"], Agency.deleted_at.is_(None),
            (Agency.council_id.is_(None)) | (Agency.council_id == council_id))):
        p.add("not_found", field="agency_id")
    issue = resolution = None
    if values["issue_id"]:
        issue = session.get(Issue, values["issue_id"])
        if issue is None or issue.deleted_at or issue.council_id != council_id:
            p.add("not_found", field="issue_id")
            issue = None
    if values["resolution_id"]:
        resolution = session.get(Resolution, values["resolution_id"])
        if resolution is None or resolution.deleted_at or resolution.council_id != council_id:
            p.add("not_found", field="resolution_id")
            resolution = None
    if not values["subject"]:
        if issue is not None:
            values["subject"] = short_line(issue.title)
        elif resolution is not None:
            values["subject"] = short_line(resolution.text)
        elif not (values["issue_id"] or values["resolution_id"]):
            p.add("demand.needs_subject", field="subject")
    if values["letter_date"] and values["due_date"] and values["due_date"] < values["letter_date"]:
        p.add("demand.due_before_letter", field="due_date")
    if values["letter_no"] and _letter_no_taken(session, council_id, values["letter_no"],
                                                except_id):
        p.add("demand.letter_no_taken", field="letter_no", value=values["letter_no"])
    p.raise_if_any()
    return values


def create_demand(session: Session, data: DemandInput, *, council_id: str,
                  today: date | None = None) -> DemandView:
    """Draft a demand on an agency (status draft)."""
    values = _clean(session, data, council_id)
    demand = Demand(council_id=council_id, status=D.DRAFT.value, **values)
    session.add(demand)
    session.flush()
    return get_demand(session, demand.id, today=today)


def update_demand(session: Session, demand_id: str, data: DemandInput, *,
                  today: date | None = None) -> DemandView:
    """Change a demand that is not closed; a sent one must keep its letter number and date."""
    demand = common.get_live(session, Demand, demand_id)
    if demand.status == D.CLOSED:
        raise StateError("demand.closed")
    values = _clean(session, data, demand.council_id, except_id=demand_id)
    if demand.status != D.DRAFT:
        p = Problems()
        for field in ("letter_no", "letter_date"):
            if not values[field]:
                p.add("demand.letter_required", field=field)
        answered, sent_on = demand.answered_on, values["letter_date"]
        if answered and sent_on and answered < sent_on:
            p.add("demand.answer_before_letter", field="letter_date")
        p.raise_if_any()
    common.apply(demand, values)
    session.flush()
    return get_demand(session, demand_id, today=today)


def delete_demand(session: Session, demand_id: str) -> None:
    """Soft-delete a demand; a public-meeting request that had become it goes back to pending."""
    demand = common.get_live(session, Demand, demand_id)
    for request in session.scalars(common.live(IntakeRequest).where(
            IntakeRequest.demand_id == demand_id)):
        common.apply(request, {"demand_id": None, "outcome": IntakeOutcome.PENDING.value})
    common.soft_delete(demand)
    session.flush()


def _refuse(demand: Demand, new: DemandStatus) -> None:
    raise StateError("demand.bad_transition", field="status", old=demand.status, new=new.value)


def send_demand(session: Session, demand_id: str, *, letter_no: str | None = None,
                letter_date: date | str | None = None, due_date: date | str | None = None,
                author: str | None = None, today: date | None = None) -> DemandView:
    """Send a draft: it needs a letter number and date (given here or already on the draft).

    If the demand serves an issue that is new or under review, the issue is referred to the
    agency through `issues.change_status` (an event in the issue's history).
    """
    today = today or date.today()
    demand = common.get_live(session, Demand, demand_id)
    if demand.status != D.DRAFT:
        _refuse(demand, D.SENT)
    p = Problems()
    number = common.name(letter_no, field="letter_no", problems=p, limit=60,
                         required=False) or demand.letter_no
    sent_on = common.jalali_date(letter_date, field="letter_date", problems=p) or demand.letter_date
    due = common.jalali_date(due_date, field="due_date", problems=p) or demand.due_date
    p.raise_if_any()
    if not number:
        p.add("demand.letter_required", field="letter_no")
    elif _letter_no_taken(session, demand.council_id, number, demand.id):
        p.add("demand.letter_no_taken", field="letter_no", value=number)
    if not sent_on:
        p.add("demand.letter_required", field="letter_date")
    elif due and due < sent_on:
        p.add("demand.due_before_letter", field="due_date")
    p.raise_if_any()
    issue = session.get(Issue, demand.issue_id) if demand.issue_id else None
    common.apply(demand, {"letter_no": number, "letter_date": sent_on, "due_date": due,
                          "status": D.SENT.value})
    session.flush()
    if issue is not None and issue.deleted_at is None and issue.status in issues.REFER_ON_DEMAND:
        agency_name = session.scalar(select(Agency.name).where(Agency.id == demand.agency_id))
        issues.change_status(session, issue.id, IssueStatus.REFERRED.value,
                             note=f"ارسال مطالبه به {agency_name} (نامه {number})",
                             on=max(sent_on, issue.reported_on), author=author, today=today)
    return get_demand(session, demand_id, today=today)


def record_answer(session: Session, demand_id: str, text: str,
                  answered_on: date | str | None = None, *,
                  today: date | None = None) -> DemandView:
    """Record the agency's answer to a sent demand (or correct a recorded one)."""
    today = today or date.today()
    demand = common.get_live(session, Demand, demand_id)
    if demand.status not in (D.SENT, D.ANSWERED):
        _refuse(demand, D.ANSWERED)
    p = Problems()
    answer = common.text(text, field="answer_text", problems=p, required=True)
    on = common.jalali_date(answered_on, field="answered_on", problems=p) if answered_on else today
    if on and demand.letter_date and on < demand.letter_date:
        p.add("demand.answer_before_letter", field="answered_on")
    p.raise_if_any()
    common.apply(demand, {"answer_text": answer, "answered_on": on, "status": D.ANSWERED.value})
    session.flush()
    return get_demand(session, demand_id, today=today)


def close_demand(session: Session, demand_id: str, *, today: date | None = None) -> DemandView:
    """Close a sent or answered demand (nothing more will be pressed on it)."""
    demand = common.get_live(session, Demand, demand_id)
    if demand.status not in (D.SENT, D.ANSWERED):
        _refuse(demand, D.CLOSED)
    common.apply(demand, {"status": D.CLOSED.value})
    session.flush()
    return get_demand(session, demand_id, today=today)


def _conditions(council_id: str, *, status, agency_id, issue_id, resolution_id, overdue, query,
                today: date) -> list:
    conds = [Demand.council_id == council_id, Demand.deleted_at.is_(None)]
    if statuses := many(status):
        conds.append(Demand.status.in_(statuses))
    if agency_id:
        conds.append(Demand.agency_id == agency_id)
    if issue_id:
        conds.append(Demand.issue_id == issue_id)
    if resolution_id:
        conds.append(Demand.resolution_id == resolution_id)
    if overdue is not None:
        late = _overdue_condition(today)
        conds.append(late if overdue else not_(late))
    words = like_filter((Demand.subject, Demand.text, Demand.letter_no, Demand.answer_text), query)
    if words is not None:
        conds.append(words)
    return conds


def count_demands(session: Session, council_id: str, *, status: str | Iterable[str] | None = None,
                  agency_id: str | None = None, issue_id: str | None = None,
                  resolution_id: str | None = None, overdue: bool | None = None,
                  query: str | None = None, today: date | None = None) -> int:
    """How many live demands match the filters (the same as `list_demands`)."""
    conds = _conditions(council_id, status=status, agency_id=agency_id, issue_id=issue_id,
                        resolution_id=resolution_id, overdue=overdue, query=query,
                        today=today or date.today())
    return session.scalar(select(func.count()).select_from(Demand).where(*conds)) or 0


def list_demands(session: Session, council_id: str, *, status: str | Iterable[str] | None = None,
                 agency_id: str | None = None, issue_id: str | None = None,
                 resolution_id: str | None = None, overdue: bool | None = None,
                 query: str | None = None, offset: int = 0, limit: int | None = None,
                 today: date | None = None) -> list[DemandView]:
    """A page of the council's demands: drafts (no letter date) first, then newest letter first.

    `status` takes one value or several; `query` looks for every word in the subject, text,
    letter number and answer.
    """
    today = today or date.today()
    conds = _conditions(council_id, status=status, agency_id=agency_id, issue_id=issue_id,
                        resolution_id=resolution_id, overdue=overdue, query=query, today=today)
    stmt = (_view_select().where(*conds)
            .order_by(Demand.letter_date.is_not(None), Demand.letter_date.desc(),
                      Demand.created_at.desc(), Demand.id.desc())
            .offset(max(offset, 0)))
    if limit is not None:
        stmt = stmt.limit(limit)
    return [_view(row, today) for row in session.execute(stmt)]


__all__ = [
    "DemandInput", "DemandView", "AgencyOverdue", "AgencyResponseStats", "letter_no_key",
    "short_line",
    "is_overdue", "get_demand", "create_demand", "update_demand", "delete_demand", "send_demand",
    "record_answer", "close_demand", "count_demands", "list_demands", "overdue_by_agency",
    "response_stats",
]
