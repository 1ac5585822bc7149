"""The roadmap: plans, goals, projects, milestones, funding, benefactors, indicators, summaries."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from app.errors import StateError, ValidationError
from app.models import AuditEntry, Funding, Milestone, Project
from app.services import funding as fs
from app.services import indicators as ins
from app.services import projects as ps
from app.services import roadmap as rm
from app.services.funding import BenefactorInput, FundingInput
from app.services.indicators import IndicatorInput, MeasurementInput
from app.services.projects import MilestoneInput, ProjectInput
from app.services.roadmap import GoalInput, PlanInput
from app.services.roadmap_summary import projects_overview, weighted_progress

TODAY = date(2026, 6, 1)


def audits(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry))


def refused(db, fn, code, field=None, error=ValidationError):
    before = audits(db)
    with pytest.raises(error) as exc, db.session(actor="test") as s:
        fn(s)
    assert code in {p.code for p in exc.value.problems}, exc.value.problems
    if field:
        assert field in {p.field for p in exc.value.problems if p.code == code}
    assert audits(db) == before  # nothing written
    return exc.value


@pytest.fixture
def plan(db, council):
    with db.session(actor="test") as s:
        return rm.create_plan(s, council.id, PlanInput(title="نقشه راه محله", start_year="۱۴۰۴",
                                                       end_year=1408, approved_on="1404/03/01"))


@pytest.fixture
def goal(db, council, plan):
    with db.session(actor="test") as s:
        return rm.create_goal(s, council.id, GoalInput(plan_id=plan.id, area="education",
                                                       title="نوسازی مدارس محله"))


# --------------------------------------------------------------------------- plans and goals


def test_plan_period_rules(db, council, plan):
    assert (plan.start_year, plan.end_year, plan.approved_on) == (1404, 1408, date(2025, 5, 22))
    refused(db, lambda s: rm.create_plan(s, council.id, PlanInput("x", 1406, 1405)),
            "roadmap.period", "end_year")
    refused(db, lambda s: rm.create_plan(s, council.id, PlanInput("x", 2025, 2030)),
            "roadmap.bad_year", "start_year")
    refused(db, lambda s: rm.create_plan(s, council.id, PlanInput("x", "سال", 1405)),
            "bad_number", "start_year")
    with db.session(actor="test") as s:
        rm.create_plan(s, council.id, PlanInput("برنامه قبلی", 1400, 1403))
        assert [p.start_year for p in rm.list_plans(s, council.id)] == [1404, 1400]
        assert rm.current_plan(s, council.id, today=TODAY).id == plan.id  # 1405
        assert rm.current_plan(s, council.id, today=date(2040, 1, 1)) is None


def test_goals_and_refusals(db, council, plan, goal):
    assert goal.plan_id == plan.id and goal.area == "education"
    refused(db, lambda s: rm.create_goal(s, council.id, GoalInput("nope", "social", "x")),
            "roadmap.plan_unknown", "plan_id")
    refused(db, lambda s: rm.create_goal(s, council.id, GoalInput(plan.id, "space", "")),
            "bad_choice", "area")
    with db.session(actor="test") as s:
        rm.create_goal(s, council.id, GoalInput(plan.id, "social", "کاهش آسیب‌های اجتماعی"))
        rm.create_goal(s, council.id, GoalInput(plan.id, "social", "افزایش مشارکت"))
        assert [g.title for g in rm.list_goals(s, council.id, plan_id=plan.id)] == [
            "افزایش مشارکت", "کاهش آسیب‌های اجتماعی", "نوسازی مدارس محله"]
        assert rm.get_plan(s, plan.id).goal_count == 3
    refused(db, lambda s: rm.delete_plan(s, plan.id), "roadmap.plan_in_use", error=StateError)


def test_delete_goal_and_plan_when_empty(db, council, plan, goal):
    with db.session(actor="test") as s:
        p = ps.create_project(s, council.id, ProjectInput("مدرسه", "education", goal_id=goal.id))
    refused(db, lambda s: rm.delete_goal(s, goal.id), "roadmap.goal_in_use", error=StateError)
    with db.session(actor="test") as s:
        ps.delete_project(s, p.id)
        rm.delete_goal(s, goal.id)
        rm.delete_plan(s, plan.id)
        assert rm.list_plans(s, council.id) == []


# --------------------------------------------------------------------------- projects


def test_project_rules(db, council, plan, goal):
    with db.session(actor="test") as s:
        p = ps.create_project(s, council.id, ProjectInput(
            "بازسازی دبستان شهید بهشتی", "education", goal_id=goal.id, progress="۴۰٪",
            budget="۱۲٬۰۰۰٬۰۰۰٬۰۰۰", start_date="1404/07/01", end_date="1405/02/31",
            status="in_progress"), today=TODAY)
    assert p.plan_id == plan.id and p.plan_title == "نقشه راه محله"  # the goal brought its plan
    assert p.goal_title == "نوسازی مدارس محله"
    assert (p.progress, p.budget) == (40, 12_000_000_000)
    assert p.overdue  # ended 1405/02/31 = 2026-05-21, still in progress on TODAY
    for bad, code in (("101", "project.progress_range"), (-1, "project.progress_range"),
                      ("نیمه", "bad_number")):
        refused(db, lambda s, bad=bad: ps.update_project(s, p.id, ProjectInput(
            "x", "education", progress=bad)), code, "progress")
    refused(db, lambda s: ps.create_project(s, council.id, ProjectInput(
        "x", "social", start_date="1405/01/10", end_date="1405/01/01")),
        "end_before_start", "end_date")
    refused(db, lambda s: ps.create_project(s, council.id, ProjectInput(
        "x", "social", budget="-5")), "negative", "budget")
    with db.session(actor="test") as s:
        other = rm.create_plan(s, council.id, PlanInput("دیگر", 1409, 1410))
    refused(db, lambda s: ps.create_project(s, council.id, ProjectInput(
        "x", "social", plan_id=other.id, goal_id=goal.id)), "project.goal_plan", "goal_id")
    with db.session(actor="test") as s:
        done = ps.update_project(s, p.id, ProjectInput(
            "بازسازی دبستان شهید بهشتی", "education", plan_id=plan.id, goal_id=goal.id,
            status="done", progress=90), today=TODAY)
    assert done.progress == 100 and not done.overdue


def test_set_progress_moves_status(db, council):
    with db.session(actor="test") as s:
        p = ps.create_project(s, council.id, ProjectInput("چمن مصنوعی", "social"))
        assert ps.set_progress(s, p.id, 30).status == "in_progress"
        assert ps.set_progress(s, p.id, "۱۰۰").status == "done"
    refused(db, lambda s: ps.set_progress(s, p.id, 120), "project.progress_range")


def test_milestones(db, council):
    with db.session(actor="test") as s:
        p = ps.create_project(s, council.id, ProjectInput("کارگاه پوشاک مسجد", "economic"))
        ps.add_milestone(s, p.id, MilestoneInput("خرید چرخ خیاطی", due_date="1405/02/01",
                                                 done_on="1405/01/25"))
        ps.add_milestone(s, p.id, MilestoneInput("آموزش بانوان", due_date="1405/03/01"))
        ps.add_milestone(s, p.id, MilestoneInput("افتتاح"))
        ms = ps.list_milestones(s, p.id, today=TODAY)
        view = ps.get_project(s, p.id, today=TODAY)
    assert [m.title for m in ms] == ["خرید چرخ خیاطی", "آموزش بانوان", "افتتاح"]
    assert [(m.done, m.overdue) for m in ms] == [(True, False), (False, True), (False, False)]
    assert (view.milestone_count, view.milestones_done) == (3, 1)
    refused(db, lambda s: ps.add_milestone(s, p.id, MilestoneInput("", due_date="1405/13/01")),
            "bad_date", "due_date")
    with db.session(actor="test") as s:
        ps.delete_project(s, p.id)
        assert s.scalar(select(func.count()).select_from(Milestone).where(
            Milestone.deleted_at.is_(None))) == 0


# --------------------------------------------------------------------------- funding


def test_funding_rules_and_totals(db, council):
    with db.session(actor="test") as s:
        p = ps.create_project(s, council.id, ProjectInput("مدرسه", "education", budget=1000))
        hajj = fs.create_benefactor(s, council.id, BenefactorInput("حاج محمد رحیمی", "۰۹۱۴۱۲۳۴۵۶۷"))
        fs.add_funding(s, p.id, FundingInput("government", pledged="600", received=200))
        fs.add_funding(s, p.id, FundingInput("benefactors", pledged=300, received=300,
                                             benefactor_id=hajj.id))
        fs.add_funding(s, p.id, FundingInput("benefactors", kind="in_kind", pledged=50))
        fs.add_funding(s, p.id, FundingInput("residents", kind="volunteer_hours", pledged=120,
                                             received=80))
        view = ps.get_project(s, p.id)
        lines = fs.list_funding(s, p.id)
        assert fs.get_benefactor(s, hajj.id).received == 300
    assert [(t.source, t.pledged, t.received, t.hours_pledged, t.hours_received)
            for t in view.funding] == [("government", 600, 200, 0, 0),
                                       ("benefactors", 350, 300, 0, 0),
                                       ("residents", 0, 0, 120, 80)]
    assert (view.pledged, view.received, view.hours_received) == (950, 500, 80)
    assert [f.source for f in lines] == ["government", "benefactors", "benefactors", "residents"]
    assert lines[1].benefactor_name == "حاج محمد رحیمی" and lines[0].outstanding == 400
    err = refused(db, lambda s: fs.add_funding(s, p.id, FundingInput(
        "municipality", pledged=100, received=150)), "funding.received_over", "received")
    assert err.params == {"received": 150, "pledged": 100}
    refused(db, lambda s: fs.update_funding(s, lines[0].id, FundingInput(
        "government", pledged=600, received=601)), "funding.received_over")
    refused(db, lambda s: fs.add_funding(s, p.id, FundingInput(
        "government", pledged=5, benefactor_id=hajj.id)), "funding.benefactor_source")
    refused(db, lambda s: fs.add_funding(s, p.id, FundingInput(
        "benefactors", pledged=5, benefactor_id="nope")), "funding.benefactor_unknown")
    refused(db, lambda s: fs.add_funding(s, p.id, FundingInput("gift", pledged="-3")),
            "negative", "pledged")
    refused(db, lambda s: fs.delete_benefactor(s, hajj.id), "benefactor.in_use",
            error=StateError)


def test_benefactors_listed_and_deleted(db, council):
    with db.session(actor="test") as s:
        for n in ("یزدانی", "پاکدل", "بهرامی", "کریمی"):
            fs.create_benefactor(s, council.id, BenefactorInput(n))
        assert [b.full_name for b in fs.list_benefactors(s, council.id)] == [
            "بهرامی", "پاکدل", "کریمی", "یزدانی"]
        assert [b.full_name for b in fs.list_benefactors(s, council.id, query="كريمي")] == [
            "کریمی"]
        fs.delete_benefactor(s, fs.list_benefactors(s, council.id)[0].id)
        assert len(fs.list_benefactors(s, council.id)) == 3


def test_weighted_progress_and_overview(db, council, plan):
    with db.session(actor="test") as s:
        big = ps.create_project(s, council.id, ProjectInput(
            "مدرسه", "education", plan_id=plan.id, budget=900, progress=10))
        ps.create_project(s, council.id, ProjectInput(
            "پاکسازی", "environment", plan_id=plan.id, budget=100, progress=100))
        ps.create_project(s, council.id, ProjectInput(
            "لغو", "social", plan_id=plan.id, budget=5000, progress=0, status="cancelled"))
        fs.add_funding(s, big.id, FundingInput("municipality", pledged=400, received=100))
        ov = projects_overview(s, council.id, plan_id=plan.id, today=TODAY)
    assert ov.progress == 19.0  # (900*10 + 100*100) / 1000; the cancelled one left out
    assert ov.budget == 6000 and (ov.pledged, ov.received) == (400, 100)
    assert [t.source for t in ov.by_source] == ["government", "municipality", "benefactors",
                                                "residents"]
    assert ov.by_source[1].pledged == 400 and ov.by_source[0].pledged == 0
    assert dict(ov.by_status)["cancelled"] == 1 and dict(ov.by_status)["planned"] == 2
    unbudgeted = [ps.ProjectView(**{**big.__dict__, "budget": None, "progress": 50}),
                  ps.ProjectView(**{**big.__dict__, "budget": 300, "progress": 0})]
    assert weighted_progress(unbudgeted) == 25.0  # no budget: weighs like the average one
    assert weighted_progress([]) == 0.0


# --------------------------------------------------------------------------- indicators


def test_indicator_series_and_percent(db, council, plan, goal):
    with db.session(actor="test") as s:
        ind = ins.create_indicator(s, council.id, IndicatorInput(
            "نرخ ترک تحصیل", "education", "درصد", goal_id=goal.id, baseline="۱۲٫۵", target=2.5))
        for on, value in (("1405/01/15", 10), ("1404/10/01", "11٫5"), ("1405/03/01", 7.5)):
            ins.add_measurement(s, ind.id, MeasurementInput(on, value))
        series = ins.indicator_series(s, ind.id)
    assert series.indicator.plan_id == plan.id and series.indicator.goal_title == goal.title
    assert [p.value for p in series.points] == [11.5, 10.0, 7.5]  # date order
    assert [p.percent for p in series.points] == [10.0, 25.0, 50.0]  # a falling indicator
    v = series.indicator
    assert (v.latest_value, v.latest_on, v.percent, v.target_met) == (
        7.5, date(2026, 5, 22), 50.0, False)
    refused(db, lambda s: ins.add_measurement(s, ind.id, MeasurementInput("۱۴۰۵/۰۳/۰۱", 1)),
            "indicator.date_taken", "measured_on")
    refused(db, lambda s: ins.add_measurement(s, ind.id, MeasurementInput("", "x")),
            "required", "measured_on")
    with db.session(actor="test") as s:
        ins.add_measurement(s, ind.id, MeasurementInput("1405/04/01", 2))
        assert ins.get_indicator(s, ind.id).target_met is True


def test_indicator_without_baseline_uses_first_measurement(db, council):
    with db.session(actor="test") as s:
        ind = ins.create_indicator(s, council.id, IndicatorInput(
            "تعداد داوطلبان", "social", "نفر", target=100))
        assert ins.get_indicator(s, ind.id).percent is None
        ins.add_measurement(s, ind.id, MeasurementInput("1405/01/01", 20))
        ins.add_measurement(s, ind.id, MeasurementInput("1405/02/01", 60))
        view = ins.get_indicator(s, ind.id)
    assert (view.baseline, view.percent, view.target_met) == (None, 50.0, False)


def test_roadmap_progress(db, council, plan, goal):
    with db.session(actor="test") as s:
        p = ps.create_project(s, council.id, ProjectInput(
            "مدرسه", "education", goal_id=goal.id, budget=100, progress=40))
        ps.add_milestone(s, p.id, MilestoneInput("پی", done_on="1405/01/01"))
        ps.add_milestone(s, p.id, MilestoneInput("سقف"))
        ind = ins.create_indicator(s, council.id, IndicatorInput(
            "سرانه فضای آموزشی", "education", "متر مربع", plan_id=plan.id, baseline=2, target=4))
        ins.add_measurement(s, ind.id, MeasurementInput("1405/01/01", 5))  # past the target
        ins.create_indicator(s, council.id, IndicatorInput(
            "پوشش سبز", "environment", "هکتار", plan_id=plan.id, baseline=0, target=10))
        progress = rm.roadmap_progress(s, council.id, plan_id=plan.id, today=TODAY)
        everything = rm.roadmap_progress(s, council.id, today=TODAY)
    assert progress.plan_title == "نقشه راه محله"
    assert (progress.milestones_total, progress.milestones_done) == (2, 1)
    assert (progress.indicator_count, progress.indicators_measured,
            progress.indicators_met) == (2, 1, 1)
    assert progress.indicator_progress == 100.0  # 150% is held at 100
    assert progress.projects.progress == 40.0
    assert progress.overall == 70.0
    areas = {a.area: a for a in progress.by_area}
    assert set(areas) == {"education", "environment"}
    assert areas["education"].goal_count == 1 and areas["education"].project_progress == 40.0
    assert areas["environment"].indicator_progress is None
    assert everything.plan_id is None and everything.overall == 70.0


def test_empty_roadmap(db, council):
    with db.session() as s:
        progress = rm.roadmap_progress(s, council.id, today=TODAY)
    assert progress.overall is None and progress.by_area == ()
    assert progress.projects.progress == 0.0 and progress.projects.projects == ()


def test_delete_project_soft_deletes_children(db, council):
    with db.session(actor="test") as s:
        p = ps.create_project(s, council.id, ProjectInput("x", "social"))
        fs.add_funding(s, p.id, FundingInput("government", pledged=1))
        ps.delete_project(s, p.id)
        assert s.get(Project, p.id).deleted_at is not None
        assert s.scalar(select(func.count()).select_from(Funding).where(
            Funding.deleted_at.is_(None))) == 0
        assert ps.list_projects(s, council.id) == []
