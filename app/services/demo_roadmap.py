"""The demo council's development roadmap, made through the roadmap services (app.services.demo).

Five-year plans covering the demo's years, each with a goal per development area; projects
spread over the years (a school rebuilt with benefactors, a park, an artificial-turf pitch, a
clothing cooperative in the mosque...) whose status and progress follow their dates, with
milestones and a funding mix of government, municipality, benefactors (named) and residents in
cash, in kind and volunteer hours; and the plan's indicators (unemployment, school drop-out,
green space per head...) measured twice a year on their way from baseline to target.
"""
from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from app.enums import FundingKind, FundingSource, Gender, ProjectStatus
from app.persian.digits import to_persian_digits
from app.persian.jalali import from_jalali, to_jalali
from app.services import funding, indicators, projects, roadmap
from app.services import demo_data as W

if TYPE_CHECKING:  # pragma: no cover
    from app.services.demo import Demo

PLAN_YEARS = 5


def _plans(demo: "Demo", s) -> list[tuple[int, int, str, dict[str, str]]]:
    """(start year, end year, plan id, {area: goal id}) of each plan."""
    first, last = to_jalali(demo.start)[0], to_jalali(demo.today)[0]
    out = []
    for start in range(first, last + 1, PLAN_YEARS):
        end = start + PLAN_YEARS - 1
        approved = max(from_jalali(start, 2, 15), demo.start)
        plan = roadmap.create_plan(s, demo.council_id, roadmap.PlanInput(
            title="نقشه راه توسعه محله شهرک ولیعصر "
                  f"{to_persian_digits(start)}–{to_persian_digits(end)}",
            start_year=start, end_year=end,
            approved_on=approved if approved <= demo.today else None,
            description="برنامه پنج‌ساله شورا برای کاهش آسیب‌های اجتماعی، اشتغال، آموزش و "
                        "زیرساخت‌های محله با مشارکت مردم و دستگاه‌های اجرایی."))
        goals = {}
        for area, title in W.GOALS:
            goals[area.value] = roadmap.create_goal(s, demo.council_id, roadmap.GoalInput(
                plan_id=plan.id, area=area.value, title=title)).id
        out.append((start, end, plan.id, goals))
    return out


def _project(demo: "Demo", s, index: int, plans, benefactors: list[str]) -> None:
    rng = demo.rng
    title, area, (low, high) = W.PROJECTS[index % len(W.PROJECTS)]
    if index >= len(W.PROJECTS):
        title = f"{title} در {demo.pick(W.STREETS)}"
    span = max((demo.today - demo.start).days, 60)
    start = demo.start + timedelta(days=rng.randint(0, span + 60))
    end = start + demo.days(90, 720)
    year = to_jalali(start)[0]
    plan = next((p for p in plans if p[0] <= year <= p[1]), plans[-1])
    budget = rng.randint(low, high) * 1_000_000
    if start > demo.today:
        status, progress = ProjectStatus.PLANNED, 0
    elif end < demo.today:
        roll = rng.random()
        status = (ProjectStatus.DONE if roll < 0.8 else ProjectStatus.SUSPENDED if roll < 0.9
                  else ProjectStatus.CANCELLED)
        progress = 100 if status == ProjectStatus.DONE else rng.randint(20, 80)
    else:
        status = ProjectStatus.IN_PROGRESS
        progress = max(5, min(95, round(100 * (demo.today - start).days / (end - start).days)))
    view = projects.create_project(s, demo.council_id, projects.ProjectInput(
        title=title, area=area.value, plan_id=plan[2], goal_id=plan[3].get(area.value),
        description=f"{title}، با مشارکت خیرین، اهالی و دستگاه‌های اجرایی.",
        status=status.value, start_date=start, end_date=end, progress=progress, budget=budget),
        today=demo.today)
    steps = rng.sample(W.MILESTONES, rng.randint(3, 5))
    for n, milestone in enumerate(sorted(steps, key=W.MILESTONES.index), start=1):
        due = start + (end - start) * n / (len(steps) + 1)
        done = due <= demo.today and (status == ProjectStatus.DONE
                                      or progress >= 100 * n / len(steps))
        projects.add_milestone(s, view.id, projects.MilestoneInput(
            title=milestone, due_date=due, done_on=min(due + demo.days(0, 20), demo.today)
            if done else None), today=demo.today)
    _fund(demo, s, view.id, budget, progress, benefactors)


def _fund(demo: "Demo", s, project_id: str, budget: int, progress: int,
          benefactors: list[str]) -> None:
    """A funding mix adding up to about the budget; received follows the progress."""
    rng = demo.rng
    shares = {FundingSource.GOVERNMENT: rng.random(), FundingSource.MUNICIPALITY: rng.random(),
              FundingSource.BENEFACTORS: rng.random() + 0.5, FundingSource.RESIDENTS: rng.random()}
    total = sum(shares.values())
    for source, share in shares.items():
        if share < 0.2:
            continue
        pledged = round(budget * share / total, -6)
        kind = FundingKind.IN_KIND if source == FundingSource.BENEFACTORS and rng.random() < 0.3 \
            else FundingKind.CASH
        funding.add_funding(s, project_id, funding.FundingInput(
            source=source.value, kind=kind.value, pledged=pledged,
            received=round(pledged * min(1.0, progress / 100 + rng.random() * 0.2), -6),
            benefactor_id=demo.pick(benefactors) if source == FundingSource.BENEFACTORS else None,
            note="پرداخت در چند قسط" if rng.random() < 0.3 else None))
    if rng.random() < 0.5:
        hours = rng.randint(50, 800)
        funding.add_funding(s, project_id, funding.FundingInput(
            source=FundingSource.RESIDENTS.value, kind=FundingKind.VOLUNTEER_HOURS.value,
            pledged=hours, received=round(hours * progress / 100),
            note="کار داوطلبانه جوانان محله و گروه‌های جهادی"))


def _indicators(demo: "Demo", s, plan) -> None:
    start_year, end_year, plan_id, goals = plan
    first = max(from_jalali(start_year, 1, 15), demo.start)
    last = min(from_jalali(end_year, 12, 1), demo.today)
    for title, area, unit, baseline, target in W.INDICATORS:
        view = indicators.create_indicator(s, demo.council_id, indicators.IndicatorInput(
            title=title, area=area.value, unit=unit, plan_id=plan_id, goal_id=goals.get(area.value),
            baseline=baseline, target=target))
        on, step = first, 0
        while on <= last:
            way = min(1.0, step / 10) * demo.rng.uniform(0.5, 1.1)
            value = baseline + (target - baseline) * way
            indicators.add_measurement(s, view.id, indicators.MeasurementInput(
                measured_on=on, value=round(value, 1),
                note="برآورد کمیته بر پایه آمار دستگاه‌ها" if step == 0 else None))
            on, step = on + timedelta(days=182), step + 1


def build(demo: "Demo") -> None:
    """Plans and goals, benefactors, `demo.size.projects` projects, indicators."""
    with demo.db.session(actor="demo") as s:
        plans = _plans(demo, s)
        benefactors = []
        for _ in range(max(4, demo.size.projects // 4)):
            title = demo.pick(W.BENEFACTOR_TITLES)
            gender = Gender.FEMALE if "خانم" in title else Gender.MALE
            view = funding.create_benefactor(s, demo.council_id, funding.BenefactorInput(
                full_name=f"{title} {demo.full_name(gender)}", phone=demo.mobile()))
            benefactors.append(view.id)
        for plan in plans:
            _indicators(demo, s, plan)
    for index in range(demo.size.projects):
        with demo.db.session(actor="demo") as s:
            _project(demo, s, index, plans, benefactors)
        demo.step(label="پروژه‌ها")

