"""Roadmap summaries for the roadmap screen, the dashboard and the province's reports.

`projects_overview` adds up a set of projects: funding pledged and received per source, the
total budget, how many are in each status, and their overall progress weighted by budget (a
billion-rial school counts for more than a tree-planting day; projects without a budget weigh as
much as the average budgeted one, cancelled projects are left out). `roadmap_progress` puts that
together with milestones and indicators, per development area and overall: the overall figure is
the mean of the project progress and the indicators' progress (each indicator's percent of the
way from baseline to target, held within 0–100), or whichever of the two exists.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from app.enums import DevelopmentArea, FundingSource, ProjectStatus
from app.models import Milestone, RoadmapPlan
from app.services import common
from app.services.funding import SourceTotal
from app.services.indicators import IndicatorView, list_indicators
from app.services.projects import ProjectView, list_projects
from app.services.roadmap import list_goals


@dataclass(frozen=True)
class ProjectsOverview:
    projects: tuple[ProjectView, ...]
    by_source: tuple[SourceTotal, ...]  # every funding source, in the enum's order
    budget: int
    pledged: int
    received: int
    hours_pledged: int
    hours_received: int
    progress: float  # budget-weighted percent, cancelled projects left out
    by_status: tuple[tuple[str, int], ...]  # every status, in the enum's order
    overdue: int


@dataclass(frozen=True)
class AreaProgress:
    area: str
    goal_count: int
    project_count: int
    project_progress: float | None
    indicator_count: int
    indicator_progress: float | None


@dataclass(frozen=True)
class RoadmapProgress:
    plan_id: str | None  # None: every plan of the council
    plan_title: str | None
    projects: ProjectsOverview
    milestones_total: int
    milestones_done: int
    indicator_count: int
    indicators_measured: int
    indicators_met: int
    indicator_progress: float | None
    by_area: tuple[AreaProgress, ...]  # areas with goals, projects or indicators
    overall: float | None


def weighted_progress(projects) -> float:
    """Budget-weighted mean progress (0–100, one decimal) of projects, cancelled ones left out."""
    counted = [p for p in projects if p.status != ProjectStatus.CANCELLED.value]
    if not counted:
        return 0.0
    budgets = [p.budget for p in counted if p.budget]
    fallback = sum(budgets) / len(budgets) if budgets else 1
    weights = [p.budget if p.budget else fallback for p in counted]
    return round(sum(w * p.progress for w, p in zip(weights, counted)) / sum(weights), 1)


def _overview(projects: list[ProjectView]) -> ProjectsOverview:
    sums = {s.value: [0, 0, 0, 0] for s in FundingSource}
    for project in projects:
        for t in project.funding:
            row = sums.setdefault(t.source, [0, 0, 0, 0])
            for i, v in enumerate((t.pledged, t.received, t.hours_pledged, t.hours_received)):
                row[i] += v
    by_source = tuple(SourceTotal(source, *values) for source, values in sums.items())
    return ProjectsOverview(
        projects=tuple(projects), by_source=by_source,
        budget=sum(p.budget or 0 for p in projects),
        pledged=sum(t.pledged for t in by_source), received=sum(t.received for t in by_source),
        hours_pledged=sum(t.hours_pledged for t in by_source),
        hours_received=sum(t.hours_received for t in by_source),
        progress=weighted_progress(projects),
        by_status=tuple((s.value, sum(1 for p in projects if p.status == s.value))
                        for s in ProjectStatus),
        overdue=sum(1 for p in projects if p.overdue))


def projects_overview(session: Session, council_id: str, *, plan_id: str | None = None,
                      today: date | None = None) -> ProjectsOverview:
    """The council's projects (or one plan's) with funding totals and overall progress."""
    return _overview(list_projects(session, council_id, plan_id=plan_id, today=today))


def _indicator_progress(indicators: list[IndicatorView]) -> float | None:
    percents = [min(max(i.percent, 0.0), 100.0) for i in indicators if i.percent is not None]
    return round(sum(percents) / len(percents), 1) if percents else None


def _mean(*values: float | None) -> float | None:
    present = [v for v in values if v is not None]
    return round(sum(present) / len(present), 1) if present else None


def roadmap_progress(session: Session, council_id: str, *, plan_id: str | None = None,
                     today: date | None = None) -> RoadmapProgress:
    """Where the roadmap stands: projects, funding, milestones, indicators, per area and overall."""
    plan = common.get_live(session, RoadmapPlan, plan_id, field="plan_id") if plan_id else None
    projects = list_projects(session, council_id, plan_id=plan_id, today=today)
    indicators = list_indicators(session, council_id, plan_id=plan_id)
    goals = list_goals(session, council_id, plan_id=plan_id)
    project_ids = [p.id for p in projects]
    milestones = list(session.scalars(common.live(Milestone).where(
        Milestone.project_id.in_(project_ids)))) if project_ids else []
    overview = _overview(projects)
    by_area = []
    for area in DevelopmentArea:
        in_projects = [p for p in projects if p.area == area.value]
        in_indicators = [i for i in indicators if i.area == area.value]
        goal_count = sum(1 for g in goals if g.area == area.value)
        if not (in_projects or in_indicators or goal_count):
            continue
        by_area.append(AreaProgress(
            area=area.value, goal_count=goal_count, project_count=len(in_projects),
            project_progress=weighted_progress(in_projects) if in_projects else None,
            indicator_count=len(in_indicators),
            indicator_progress=_indicator_progress(in_indicators)))
    indicator_progress = _indicator_progress(indicators)
    counted = [p for p in projects if p.status != ProjectStatus.CANCELLED.value]
    return RoadmapProgress(
        plan_id=plan_id, plan_title=plan.title if plan else None, projects=overview,
        milestones_total=len(milestones),
        milestones_done=sum(1 for m in milestones if m.done_on),
        indicator_count=len(indicators),
        indicators_measured=sum(1 for i in indicators if i.measurement_count),
        indicators_met=sum(1 for i in indicators if i.target_met),
        indicator_progress=indicator_progress, by_area=tuple(by_area),
        overall=_mean(overview.progress if counted else None, indicator_progress))
