"""How executive agencies answer the council's demands: overdue counts and response times.

Oversight needs numbers the council can put in front of an agency and publish: how many letters
each agency received, answered and left unanswered past their due date, and how long it took to
answer (median and mean days from the letter to the answer). These feed the dashboard and the
agency report; they are computed from the demands' columns only, so they stay cheap.
"""
from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.enums import DemandStatus
from app.models import Agency, Demand
from app.persian.collation import sort_key

D = DemandStatus


@dataclass(frozen=True)
class AgencyOverdue:
    agency_id: str
    agency_name: str
    overdue: int  # sent, unanswered, past the due date
    oldest_due_date: date
    most_days_late: int  # days past the oldest due date


@dataclass(frozen=True)
class AgencyResponseStats:
    agency_id: str
    agency_name: str
    sent: int  # demands that went out by letter (sent, answered or closed)
    answered: int
    open: int  # sent and still waiting for an answer
    overdue: int  # open and past the due date
    median_response_days: float | None  # letter date to answer date, over answered demands
    mean_response_days: float | None
    #: of the demands with a due date whose outcome is known (answered, or unanswered with the
    #: due date passed), the percentage answered on or before the due date; None if there are none
    answered_within_due_pct: float | None


def overdue_by_agency(session: Session, council_id: str,
                      today: date | None = None) -> list[AgencyOverdue]:
    """Per agency with overdue demands: how many, and how late the oldest is; worst first."""
    today = today or date.today()
    rows = session.execute(
        select(Demand.agency_id, Agency.name, func.count(), func.min(Demand.due_date))
        .join(Agency, Agency.id == Demand.agency_id)
        .where(Demand.council_id == council_id, Demand.deleted_at.is_(None),
               Demand.status == D.SENT.value, Demand.answered_on.is_(None),
               Demand.due_date.is_not(None), Demand.due_date < today)
        .group_by(Demand.agency_id, Agency.name)).all()
    out = [AgencyOverdue(agency_id=a, agency_name=name, overdue=n, oldest_due_date=oldest,
                         most_days_late=(today - oldest).days)
           for a, name, n, oldest in rows]
    out.sort(key=lambda o: (-o.overdue, -o.most_days_late, sort_key(o.agency_name)))
    return out


def response_stats(session: Session, council_id: str,
                   today: date | None = None) -> list[AgencyResponseStats]:
    """Per agency that received at least one letter: counts, response days, on-time share.

    In Persian alphabetical order of the agency name.
    """
    today = today or date.today()
    rows = session.execute(
        select(Demand.agency_id, Agency.name, Demand.status, Demand.letter_date,
               Demand.due_date, Demand.answered_on)
        .join(Agency, Agency.id == Demand.agency_id)
        .where(Demand.council_id == council_id, Demand.deleted_at.is_(None),
               Demand.status != D.DRAFT.value)).all()
    by_agency: dict[str, list] = {}
    names: dict[str, str] = {}
    for agency_id, name, *rest in rows:
        names[agency_id] = name
        by_agency.setdefault(agency_id, []).append(rest)
    out = []
    for agency_id, demands in by_agency.items():
        answered = [(letter, due, on) for _s, letter, due, on in demands if on is not None]
        days = [(on - letter).days for letter, _due, on in answered if letter is not None]
        waiting = [(status, due) for status, _l, due, on in demands
                   if on is None and status == D.SENT]
        judged = on_time = 0
        for _status, _letter, due, on in demands:
            if due is None:
                continue
            if on is not None:
                judged += 1
                on_time += on <= due
            elif due < today:
                judged += 1
        out.append(AgencyResponseStats(
            agency_id=agency_id, agency_name=names[agency_id], sent=len(demands),
            answered=len(answered), open=len(waiting),
            overdue=sum(1 for _s, due in waiting if due is not None and due < today),
            median_response_days=float(statistics.median(days)) if days else None,
            mean_response_days=float(statistics.mean(days)) if days else None,
            answered_within_due_pct=100.0 * on_time / judged if judged else None))
    out.sort(key=lambda s: sort_key(s.agency_name))
    return out
