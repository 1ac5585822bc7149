"""The demo council's issues, demands, public-meeting requests and roadmap (see app.services.demo).

Kept apart from the timeline of members and meetings: each issue is recorded with a history
that walks the issue workflow (reviewed, referred to an agency, in progress, resolved or
rejected) on increasing dates up to today; about a third get a demand whose letter refers them
to their agency. Demands are drafted, sent with a numbered letter and a due date, answered,
closed, and some left overdue. Residents' requests at public meetings are answered on the spot
or become issues or demands. The roadmap (plans, goals, projects with funding from government,
municipality, benefactors and residents, milestones, indicators with yearly measurements) is
built through `app.services.roadmap`.
"""
from __future__ import annotations

import bisect
from datetime import date, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from app.enums import IssueSource, IssueStatus, Priority
from app.models import (Demand, IntakeRequest, Issue, Meeting, Member, Project, Resolution,
                        ResolutionFollowUp)
from app.services import demands, intake, issues
from app.services import demo_data as W

if TYPE_CHECKING:  # pragma: no cover
    from app.services.demo import Demo, Held

S = IssueStatus
#: the issue workflow as the demo walks it: status -> ((next status or None to stop, weight), ...)
WALK: dict[str, tuple[tuple[str | None, float], ...]] = {
    S.NEW: ((S.UNDER_REVIEW, 0.6), (S.REFERRED, 0.2), (S.REJECTED, 0.05), (None, 0.15)),
    S.UNDER_REVIEW: ((S.IN_PROGRESS, 0.45), (S.REFERRED, 0.3), (S.REJECTED, 0.07), (None, 0.18)),
    S.REFERRED: ((S.IN_PROGRESS, 0.45), (S.RESOLVED, 0.3), (None, 0.25)),
    S.IN_PROGRESS: ((S.RESOLVED, 0.7), (None, 0.3)),
}
ISSUE_BATCH = 200
AUTHOR = "دبیر شورا"
LETTER = ("احتراماً، به استحضار می‌رساند موضوع «{subject}» در شورای پیشرفت محله شهرک ولیعصر "
          "مطرح شد. خواهشمند است دستور فرمایید اقدام لازم انجام و نتیجه به شورا اعلام شود.")


class Records:
    """Makes the records that hang off the timeline; `demo` holds the random source and dates."""

    def __init__(self, demo: "Demo"):
        self.d = demo
        size = demo.size
        self.p_issue_demand = min(0.9, 0.65 * size.demands / max(size.issues, 1))
        self.p_resolution_demand = min(0.9, 0.4 * size.demands / max(size.resolutions, 1))
        self.pool_dates: list[date] = []
        self.pool: list[tuple[str, str, str]] = []  # (id, agency kind, title), by reported date

    # ------------------------------------------------------------------ issues

    def issues(self, days: list[date]) -> None:
        """Record an issue reported on each day, a batch per session."""
        for first in range(0, len(days), ISSUE_BATCH):
            batch = days[first:first + ISSUE_BATCH]
            with self.d.db.session(actor="demo") as s:
                for day in batch:
                    self.issue(s, day)
            self.d.step(len(batch), "مسائل محله")

    def issue(self, s, day: date, source: str | None = None) -> None:
        d, rng = self.d, self.d.rng
        title, description, kind, area, category = d.pick(W.ISSUES)
        place = d.place()
        source = source or d.pick((IssueSource.RESIDENT, IssueSource.RESIDENT,
                                   IssueSource.MEMBER, IssueSource.AGENCY)).value
        view = issues.create_issue(s, issues.IssueInput(
            title=title.format(place=place), description=description,
            committee_id=d.committees.get(area.value), category=category,
            priority=d.pick((Priority.LOW, Priority.MEDIUM, Priority.MEDIUM, Priority.HIGH,
                             Priority.URGENT)).value,
            address=f"{place}، پلاک {rng.randint(1, 180)}", source=source,
            reported_by=d.full_name(), reported_on=day,
            target_date=day + d.days(30, 180) if rng.random() < 0.6 else None),
            council_id=d.council_id, author=AUTHOR, today=d.today)
        self.remember(view.id, day, kind.value, view.title)
        self.walk(s, view.id, view.title, day, kind.value)

    def remember(self, issue_id: str, day: date, agency_kind: str, title: str) -> None:
        at = bisect.bisect_right(self.pool_dates, day)
        self.pool_dates.insert(at, day)
        self.pool.insert(at, (issue_id, agency_kind, title))

    def walk(self, s, issue_id: str, title: str, day: date, agency_kind: str) -> None:
        d, rng = self.d, self.d.rng
        status, cursor = S.NEW.value, day
        if rng.random() < self.p_issue_demand:
            sent_on = self.demand(s, issue_id=issue_id, agency_id=d.agency(agency_kind)[0],
                                  start=day, subject=title)
            if sent_on:
                status, cursor = S.REFERRED.value, sent_on
        while status in WALK:
            nxt = self.choose(WALK[status])
            cursor = cursor + d.days(4, 60)
            if nxt is None or cursor > d.today:
                break
            if rng.random() < 0.25:
                issues.add_note(s, issue_id, d.pick(W.ISSUE_NOTES), on=cursor, author=AUTHOR,
                                today=d.today)
            issues.change_status(s, issue_id, nxt, note=d.pick(W.ISSUE_NOTES), on=cursor,
                                 author=AUTHOR, today=d.today)
            status = nxt

    def choose(self, weighted):
        roll, total = self.d.rng.random(), 0.0
        for value, weight in weighted:
            total += weight
            if roll < total:
                return value
        return weighted[-1][0]

    def recent_issue(self, day: date) -> tuple[str, str, str] | None:
        """An issue reported in the half year before `day`, for a resolution to serve (or None)."""
        if self.d.rng.random() > 0.4:
            return None
        hi = bisect.bisect_right(self.pool_dates, day)
        lo = bisect.bisect_left(self.pool_dates, day - timedelta(days=180))
        return self.pool[self.d.rng.randrange(lo, hi)] if hi > lo else None

    # ------------------------------------------------------------------ demands

    def wants_resolution_demand(self) -> bool:
        return self.d.rng.random() < self.p_resolution_demand

    def demand(self, s, *, agency_id: str, start: date, subject: str, issue_id: str | None = None,
               resolution_id: str | None = None) -> date | None:
        """Draft a demand and carry it on; returns the letter date if it was sent."""
        d = self.d
        subject = demands.short_line(subject)
        view = demands.create_demand(s, demands.DemandInput(
            agency_id=agency_id, issue_id=issue_id, resolution_id=resolution_id,
            subject=subject, text=LETTER.format(subject=subject),
            amount=d.rng.randrange(5, 500) * 10_000_000 if d.rng.random() < 0.15 else None),
            council_id=d.council_id, today=d.today)
        return self.press(s, view.id, start)

    def press(self, s, demand_id: str, start: date) -> date | None:
        """Send the demand's letter, then record an answer and close it, as time allows."""
        d, rng = self.d, self.d.rng
        sent_on = start + d.days(1, 10)
        if sent_on > d.today:
            return None  # still a draft
        due = sent_on + d.days(15, 45)
        demands.send_demand(s, demand_id, letter_no=d.letter_no(sent_on), letter_date=sent_on,
                            due_date=due, author=AUTHOR, today=d.today)
        answered_on = sent_on + d.days(5, 70)
        if answered_on > d.today or rng.random() < 0.2:
            return sent_on  # waiting for an answer (overdue once the due date passes)
        demands.record_answer(s, demand_id, d.pick(W.DEMAND_ANSWERS), answered_on,
                              today=d.today)
        if rng.random() < 0.6 and answered_on + timedelta(days=10) <= d.today:
            demands.close_demand(s, demand_id, today=d.today)
        return sent_on

    # ------------------------------------------------------------------ public meetings

    def intake(self, s, held: "Held") -> None:
        """Residents' requests at a public meeting, and what came of each."""
        d, rng = self.d, self.d.rng
        old = (d.today - held.date).days > 30
        for _ in range(rng.randint(2, 5)):
            agency_id = d.agency(d.pick(W.OFFICIALS)[1].value)[0] if rng.random() < 0.7 else None
            view = intake.record_request(s, held.id, intake.IntakeInput(
                resident_name=d.full_name(), request_text=d.pick(W.INTAKE_REQUESTS),
                resident_phone=d.mobile() if rng.random() < 0.7 else None,
                address=d.address(), answered_by=d.pick(W.OFFICIALS)[0], agency_id=agency_id))
            roll = rng.random()
            if roll < (0.5 if old else 0.3):
                intake.answer_on_the_spot(s, view.id, d.pick(W.DEMAND_ANSWERS))
            elif roll < (0.72 if old else 0.45):
                done = intake.to_issue(s, view.id, author=AUTHOR, today=d.today)
                self.remember(done.issue_id, held.date, "other", done.issue_title or "")
            elif roll < (0.87 if old else 0.55) and agency_id:
                done = intake.to_demand(s, view.id, today=d.today)
                self.press(s, done.demand_id, held.date)
            elif old:
                intake.answer_on_the_spot(s, view.id, d.pick(W.DEMAND_ANSWERS))

    # ------------------------------------------------------------------ roadmap

    def roadmap(self) -> None:
        """Plans, goals, projects with funding and milestones, indicators with measurements."""
        from app.services import demo_roadmap  # noqa: PLC0415 - needs app.services.roadmap

        demo_roadmap.build(self.d)

    # ------------------------------------------------------------------ summary

    def counts(self) -> dict[str, int]:
        """How many live records of each kind the demo holds."""
        with self.d.db.session(actor="demo") as s:
            def n(model) -> int:
                return s.scalar(select(func.count()).select_from(model).where(
                    model.deleted_at.is_(None))) or 0

            return {"members": n(Member), "meetings": n(Meeting), "resolutions": n(Resolution),
                    "follow_ups": n(ResolutionFollowUp), "issues": n(Issue),
                    "demands": n(Demand), "intake_requests": n(IntakeRequest),
                    "projects": n(Project)}
