"""The local development roadmap (نقشه راه توسعه محلی): plans over Jalali years, and their goals.

Drafting the roadmap is one of a council's duties: a plan covers one or more Jalali years
(1404–1408), its goals sit in development areas (social, economic, cultural, infrastructure,
…), and projects (`app.services.projects`) and indicators (`app.services.indicators`) hang off
a plan and optionally one of its goals. `plan_and_goal` is the one check those modules use so a
project can never point at another council's plan or at a goal of a different plan. Overall
progress figures are in `app.services.roadmap_summary` (re-exported here as
`roadmap_progress`).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.enums import DevelopmentArea
from app.errors import StateError
from app.models import Goal, Indicator, Project, RoadmapPlan
from app.persian.collation import sort_key
from app.persian.jalali import to_jalali
from app.services import common
from app.services.common import Problems
from app.services.numbers import whole

#: the Jalali years a plan may cover (what the date parser accepts too)
YEAR_MIN, YEAR_MAX = 1300, 1499
#: the order areas are listed in (the enum's order)
AREA_ORDER = {a.value: i for i, a in enumerate(DevelopmentArea)}


@dataclass(frozen=True)
class PlanInput:
    title: str
    start_year: int | str  # Jalali, e.g. 1404 or "۱۴۰۴"
    end_year: int | str
    approved_on: date | str | None = None
    description: str | None = None


@dataclass(frozen=True)
class PlanView:
    id: str
    title: str
    start_year: int
    end_year: int
    approved_on: date | None
    description: str | None
    goal_count: int
    project_count: int
    indicator_count: int

    def covers(self, jalali_year: int) -> bool:
        return self.start_year <= jalali_year <= self.end_year


@dataclass(frozen=True)
class GoalInput:
    plan_id: str
    area: str
    title: str
    description: str | None = None


@dataclass(frozen=True)
class GoalView:
    id: str
    plan_id: str
    area: str
    title: str
    description: str | None
    project_count: int
    indicator_count: int


# --------------------------------------------------------------------------- shared checks


def _count(session: Session, model, column, value) -> int:
    return session.scalar(select(func.count(model.id)).where(
        column == value, model.deleted_at.is_(None))) or 0


def plan_and_goal(session: Session, council_id: str, plan_id: str | None, goal_id: str | None,
                  p: Problems) -> tuple[str | None, str | None]:
    """Check a record's plan and goal: both this council's, the goal within the plan.

    A goal given without a plan brings its plan. Problems go to `p`.
    """
    plan_id, goal_id = plan_id or None, goal_id or None
    if plan_id:
        plan = session.get(RoadmapPlan, plan_id)
        if plan is None or plan.deleted_at is not None or plan.council_id != council_id:
            p.add("roadmap.plan_unknown", field="plan_id")
            return plan_id, goal_id
    if goal_id:
        goal = session.get(Goal, goal_id)
        if goal is None or goal.deleted_at is not None or goal.council_id != council_id:
            p.add("roadmap.goal_unknown", field="goal_id")
        elif plan_id and goal.plan_id != plan_id:
            p.add("project.goal_plan", field="goal_id")
        else:
            plan_id = goal.plan_id
    return plan_id, goal_id


def _year(value: int | str | None, field: str, p: Problems) -> int | None:
    year = whole(value, field=field, problems=p, required=True, minimum=None)
    if year is not None and not YEAR_MIN <= year <= YEAR_MAX:
        p.add("roadmap.bad_year", field=field, value=str(value).strip())
        return None
    return year


# --------------------------------------------------------------------------- plans


def _plan_view(session: Session, plan: RoadmapPlan) -> PlanView:
    return PlanView(
        id=plan.id, title=plan.title, start_year=plan.start_year, end_year=plan.end_year,
        approved_on=plan.approved_on, description=plan.description,
        goal_count=_count(session, Goal, Goal.plan_id, plan.id),
        project_count=_count(session, Project, Project.plan_id, plan.id),
        indicator_count=_count(session, Indicator, Indicator.plan_id, plan.id))


def _clean_plan(data: PlanInput) -> dict:
    p = Problems()
    values = {
        "title": common.name(data.title, field="title", problems=p, limit=300),
        "start_year": _year(data.start_year, "start_year", p),
        "end_year": _year(data.end_year, "end_year", p),
        "approved_on": common.jalali_date(data.approved_on, field="approved_on", problems=p),
        "description": common.text(data.description, field="description", problems=p,
                                   limit=4000),
    }
    if values["start_year"] and values["end_year"] and values["end_year"] < values["start_year"]:
        p.add("roadmap.period", field="end_year")
    p.raise_if_any()
    return values


def create_plan(session: Session, council_id: str, data: PlanInput) -> PlanView:
    """Start a roadmap plan over Jalali years start_year..end_year."""
    plan = RoadmapPlan(council_id=council_id, **_clean_plan(data))
    session.add(plan)
    session.flush()
    return _plan_view(session, plan)


def update_plan(session: Session, plan_id: str, data: PlanInput) -> PlanView:
    values = _clean_plan(data)
    plan = common.get_live(session, RoadmapPlan, plan_id, field="plan_id")
    common.apply(plan, values)
    session.flush()
    return _plan_view(session, plan)


def get_plan(session: Session, plan_id: str) -> PlanView:
    return _plan_view(session, common.get_live(session, RoadmapPlan, plan_id, field="plan_id"))


def list_plans(session: Session, council_id: str) -> list[PlanView]:
    """The council's plans, the latest period first."""
    rows = session.scalars(common.live(RoadmapPlan).where(RoadmapPlan.council_id == council_id))
    ordered = sorted(rows, key=lambda r: (-r.start_year, -r.end_year, sort_key(r.title)))
    return [_plan_view(session, r) for r in ordered]


def current_plan(session: Session, council_id: str, today: date | None = None) -> PlanView | None:
    """The plan covering today's Jalali year (the latest-starting one if several), or None."""
    year = to_jalali(today or date.today())[0]
    return next((p for p in list_plans(session, council_id) if p.covers(year)), None)


def delete_plan(session: Session, plan_id: str) -> None:
    """Delete an empty plan (soft); 'roadmap.plan_in_use' while anything hangs off it."""
    plan = common.get_live(session, RoadmapPlan, plan_id, field="plan_id")
    view = _plan_view(session, plan)
    if view.goal_count or view.project_count or view.indicator_count:
        raise StateError("roadmap.plan_in_use", field="plan_id")
    common.soft_delete(plan)
    session.flush()


# --------------------------------------------------------------------------- goals


def _goal_view(session: Session, goal: Goal) -> GoalView:
    return GoalView(id=goal.id, plan_id=goal.plan_id, area=goal.area, title=goal.title,
                    description=goal.description,
                    project_count=_count(session, Project, Project.goal_id, goal.id),
                    indicator_count=_count(session, Indicator, Indicator.goal_id, goal.id))


def _clean_goal(session: Session, council_id: str, data: GoalInput) -> dict:
    p = Problems()
    values = {
        "area": common.choice(data.area, DevelopmentArea, field="area", problems=p),
        "title": common.name(data.title, field="title", problems=p, limit=300),
        "description": common.text(data.description, field="description", problems=p,
                                   limit=4000),
    }
    if not data.plan_id:
        p.add("required", field="plan_id")
    else:
        values["plan_id"], _ = plan_and_goal(session, council_id, data.plan_id, None, p)
    p.raise_if_any()
    return values


def create_goal(session: Session, council_id: str, data: GoalInput) -> GoalView:
    """Add a goal to one of the council's plans."""
    goal = Goal(council_id=council_id, **_clean_goal(session, council_id, data))
    session.add(goal)
    session.flush()
    return _goal_view(session, goal)


def update_goal(session: Session, goal_id: str, data: GoalInput) -> GoalView:
    goal = common.get_live(session, Goal, goal_id, field="goal_id")
    values = _clean_goal(session, goal.council_id, data)
    if values["plan_id"] != goal.plan_id and _goal_view(session, goal).project_count:
        p = Problems()  # its projects would end up in a different plan than their goal
        p.add("roadmap.goal_in_use", field="plan_id")
        p.raise_if_any()
    common.apply(goal, values)
    session.flush()
    return _goal_view(session, goal)


def get_goal(session: Session, goal_id: str) -> GoalView:
    return _goal_view(session, common.get_live(session, Goal, goal_id, field="goal_id"))


def list_goals(session: Session, council_id: str, *, plan_id: str | None = None,
               area: str | None = None) -> list[GoalView]:
    """Goals by area (the enum's order), then in Persian alphabetical order."""
    query = common.live(Goal).where(Goal.council_id == council_id)
    if plan_id:
        query = query.where(Goal.plan_id == plan_id)
    if area:
        query = query.where(Goal.area == str(area))
    rows = sorted(session.scalars(query),
                  key=lambda g: (AREA_ORDER.get(g.area, 99), sort_key(g.title)))
    return [_goal_view(session, g) for g in rows]


def delete_goal(session: Session, goal_id: str) -> None:
    """Delete a goal (soft); 'roadmap.goal_in_use' while projects or indicators use it."""
    goal = common.get_live(session, Goal, goal_id, field="goal_id")
    view = _goal_view(session, goal)
    if view.project_count or view.indicator_count:
        raise StateError("roadmap.goal_in_use", field="goal_id")
    common.soft_delete(goal)
    session.flush()


def roadmap_progress(session: Session, council_id: str, *, plan_id: str | None = None,
                     today: date | None = None):
    """The roadmap's overall progress; see `roadmap_summary.roadmap_progress`."""
    from app.services.roadmap_summary import roadmap_progress as compute  # noqa: PLC0415

    return compute(session, council_id, plan_id=plan_id, today=today)
