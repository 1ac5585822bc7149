"""Roadmap projects (پروژه‌ها / طرح‌ها) and their milestones.

A project (a school rebuild, a turf pitch, a mosque workshop) belongs to the council, usually to
a plan and one of its goals, and carries a status, dates, a budget in rials and a progress
percentage (0–100; marking it done makes it 100). Its view brings what the UI and the reports
show next to it: plan and goal titles, milestones done, funding pledged and received per source
(from `app.services.funding`), and `overdue` (past its end date and not finished, relative to
an injectable today).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from app.enums import DevelopmentArea, ProjectStatus
from app.models import Funding, Goal, Milestone, Project, RoadmapPlan
from app.persian.collation import sort_key
from app.services import common
from app.services.common import Problems
from app.services.funding import SourceTotal, add_up, funding_by_project
from app.services.numbers import whole
from app.services.roadmap import plan_and_goal

#: statuses of a project still expected to finish (so it can be overdue)
OPEN_STATUSES = (ProjectStatus.PLANNED.value, ProjectStatus.IN_PROGRESS.value)


@dataclass(frozen=True)
class ProjectInput:
    title: str
    area: str
    plan_id: str | None = None
    goal_id: str | None = None
    description: str | None = None
    status: str = ProjectStatus.PLANNED.value
    start_date: date | str | None = None
    end_date: date | str | None = None
    progress: int | str = 0
    budget: int | str | None = None  # rials


@dataclass(frozen=True)
class ProjectView:
    id: str
    title: str
    area: str
    plan_id: str | None
    plan_title: str | None
    goal_id: str | None
    goal_title: str | None
    description: str | None
    status: str
    start_date: date | None
    end_date: date | None
    progress: int
    budget: int | None
    milestone_count: int
    milestones_done: int
    funding: tuple[SourceTotal, ...]  # per source that has funding lines, in the enum's order
    overdue: bool

    @property
    def pledged(self) -> int:
        return sum(t.pledged for t in self.funding)

    @property
    def received(self) -> int:
        return sum(t.received for t in self.funding)

    @property
    def hours_pledged(self) -> int:
        return sum(t.hours_pledged for t in self.funding)

    @property
    def hours_received(self) -> int:
        return sum(t.hours_received for t in self.funding)


@dataclass(frozen=True)
class MilestoneInput:
    title: str
    due_date: date | str | None = None
    done_on: date | str | None = None


@dataclass(frozen=True)
class MilestoneView:
    id: str
    project_id: str
    title: str
    due_date: date | None
    done_on: date | None
    overdue: bool

    @property
    def done(self) -> bool:
        return self.done_on is not None


# --------------------------------------------------------------------------- projects


def _views(session: Session, projects: list[Project], today: date | None) -> list[ProjectView]:
    today = today or date.today()
    ids = [p.id for p in projects]
    fundings = funding_by_project(session, ids)
    milestones: dict[str, list[Milestone]] = {i: [] for i in ids}
    if ids:
        for m in session.scalars(common.live(Milestone).where(Milestone.project_id.in_(ids))):
            milestones[m.project_id].append(m)
    titles = {}
    for model, key in ((RoadmapPlan, "plan_id"), (Goal, "goal_id")):
        wanted = {getattr(p, key) for p in projects if getattr(p, key)}
        for row in (session.get(model, i) for i in wanted):
            titles[row.id] = row.title
    return [ProjectView(
        id=p.id, title=p.title, area=p.area, plan_id=p.plan_id,
        plan_title=titles.get(p.plan_id), goal_id=p.goal_id, goal_title=titles.get(p.goal_id),
        description=p.description, status=p.status, start_date=p.start_date,
        end_date=p.end_date, progress=p.progress, budget=p.budget,
        milestone_count=len(milestones[p.id]),
        milestones_done=sum(1 for m in milestones[p.id] if m.done_on),
        funding=add_up(fundings[p.id]),
        overdue=bool(p.end_date and p.end_date < today and p.status in OPEN_STATUSES))
        for p in projects]


def _clean(session: Session, council_id: str, data: ProjectInput) -> dict:
    p = Problems()
    values = {
        "title": common.name(data.title, field="title", problems=p, limit=300),
        "area": common.choice(data.area, DevelopmentArea, field="area", problems=p),
        "description": common.text(data.description, field="description", problems=p,
                                   limit=4000),
        "status": common.choice(data.status, ProjectStatus, field="status", problems=p,
                                default=ProjectStatus.PLANNED),
        "start_date": common.jalali_date(data.start_date, field="start_date", problems=p),
        "end_date": common.jalali_date(data.end_date, field="end_date", problems=p),
        "progress": whole(data.progress, field="progress", problems=p, minimum=None,
                          suffixes="%٪"),
        "budget": whole(data.budget, field="budget", problems=p),
    }
    if values["progress"] is None:
        values["progress"] = 0
    elif not 0 <= values["progress"] <= 100:
        p.add("project.progress_range", field="progress")
    if values["status"] == ProjectStatus.DONE.value:
        values["progress"] = 100
    if values["start_date"] and values["end_date"] and values["end_date"] < values["start_date"]:
        p.add("end_before_start", field="end_date")
    values["plan_id"], values["goal_id"] = plan_and_goal(session, council_id, data.plan_id,
                                                         data.goal_id, p)
    p.raise_if_any()
    return values


def create_project(session: Session, council_id: str, data: ProjectInput, *,
                   today: date | None = None) -> ProjectView:
    """Add a project (a goal given without a plan brings its plan)."""
    project = Project(council_id=council_id, **_clean(session, council_id, data))
    session.add(project)
    session.flush()
    return _views(session, [project], today)[0]


def update_project(session: Session, project_id: str, data: ProjectInput, *,
                   today: date | None = None) -> ProjectView:
    project = common.get_live(session, Project, project_id, field="project_id")
    common.apply(project, _clean(session, project.council_id, data))
    session.flush()
    return _views(session, [project], today)[0]


def set_progress(session: Session, project_id: str, progress: int | str, *,
                 today: date | None = None) -> ProjectView:
    """Change only the progress (0–100) of a project; a planned project starts on the way."""
    project = common.get_live(session, Project, project_id, field="project_id")
    p = Problems()
    value = whole(progress, field="progress", problems=p, required=True, minimum=None,
                  suffixes="%٪")
    if value is not None and not 0 <= value <= 100:
        p.add("project.progress_range", field="progress")
    p.raise_if_any()
    changes = {"progress": value}
    if value == 100:
        changes["status"] = ProjectStatus.DONE.value
    elif value > 0 and project.status == ProjectStatus.PLANNED.value:
        changes["status"] = ProjectStatus.IN_PROGRESS.value
    common.apply(project, changes)
    session.flush()
    return _views(session, [project], today)[0]


def get_project(session: Session, project_id: str, *, today: date | None = None) -> ProjectView:
    project = common.get_live(session, Project, project_id, field="project_id")
    return _views(session, [project], today)[0]


def list_projects(session: Session, council_id: str, *, plan_id: str | None = None,
                  goal_id: str | None = None, status: str | None = None,
                  area: str | None = None, today: date | None = None) -> list[ProjectView]:
    """The council's projects in Persian alphabetical order of title, filtered."""
    query = common.live(Project).where(Project.council_id == council_id)
    for column, value in ((Project.plan_id, plan_id), (Project.goal_id, goal_id),
                          (Project.status, status), (Project.area, area)):
        if value:
            query = query.where(column == str(value))
    rows = sorted(session.scalars(query), key=lambda p: sort_key(p.title))
    return _views(session, rows, today)


def delete_project(session: Session, project_id: str) -> None:
    """Delete a project with its milestones and funding lines (soft)."""
    project = common.get_live(session, Project, project_id, field="project_id")
    for model in (Milestone, Funding):
        for row in session.scalars(common.live(model).where(model.project_id == project_id)):
            common.soft_delete(row)
    common.soft_delete(project)
    session.flush()


# --------------------------------------------------------------------------- milestones


def _milestone_view(m: Milestone, today: date | None) -> MilestoneView:
    today = today or date.today()
    return MilestoneView(id=m.id, project_id=m.project_id, title=m.title, due_date=m.due_date,
                         done_on=m.done_on,
                         overdue=bool(m.due_date and not m.done_on and m.due_date < today))


def _clean_milestone(data: MilestoneInput) -> dict:
    p = Problems()
    values = {
        "title": common.name(data.title, field="title", problems=p, limit=300),
        "due_date": common.jalali_date(data.due_date, field="due_date", problems=p),
        "done_on": common.jalali_date(data.done_on, field="done_on", problems=p),
    }
    p.raise_if_any()
    return values


def add_milestone(session: Session, project_id: str, data: MilestoneInput, *,
                  today: date | None = None) -> MilestoneView:
    project = common.get_live(session, Project, project_id, field="project_id")
    row = Milestone(council_id=project.council_id, project_id=project.id,
                    **_clean_milestone(data))
    session.add(row)
    session.flush()
    return _milestone_view(row, today)


def update_milestone(session: Session, milestone_id: str, data: MilestoneInput, *,
                     today: date | None = None) -> MilestoneView:
    row = common.get_live(session, Milestone, milestone_id, field="milestone_id")
    common.apply(row, _clean_milestone(data))
    session.flush()
    return _milestone_view(row, today)


def delete_milestone(session: Session, milestone_id: str) -> None:
    common.soft_delete(common.get_live(session, Milestone, milestone_id, field="milestone_id"))
    session.flush()


def list_milestones(session: Session, project_id: str, *,
                    today: date | None = None) -> list[MilestoneView]:
    """A project's milestones by due date (undated last), then title."""
    rows = session.scalars(common.live(Milestone).where(Milestone.project_id == project_id))
    ordered = sorted(rows, key=lambda m: (m.due_date is None, m.due_date or date.min,
                                          sort_key(m.title)))
    return [_milestone_view(m, today) for m in ordered]
