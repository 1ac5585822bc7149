"""Shared set-up of the dashboard, demands, roadmap, intake and search page tests.

`window_with` puts the given pages in the real main window over a real SQLite database, with
'today' injected through the context (`ctx.extras["today"]`), so "overdue" does not depend on
the day the tests run; `settle` (from records_support) waits for the task runner. The record
makers go through the services, like the app (`make_roadmap`: a plan, a goal, two projects with
funding and a milestone, an indicator measured twice).
"""
from __future__ import annotations

from datetime import date

from app.services import agencies, council, funding, indicators, projects, roadmap
from app.ui.main_window import MainWindow
from app.ui.pages.base import AppContext
from records_support import settle

#: the tests' today: a Saturday, 24 Aban 1404
TODAY = date(2025, 11, 15)


def window_with(qtbot, backend, runner, *page_classes, today: date = TODAY):
    """The main window holding `page_classes`, shown on the first; returns (window, page)."""
    ctx = AppContext(backend=backend, runner=runner, council=backend.call(council.get_council),
                     extras={"today": today})
    window = MainWindow(ctx, pages=list(page_classes))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    page = window.show_page(page_classes[0].key)
    settle(qtbot, runner)
    return window, page


def council_id(backend) -> str:
    return backend.call(council.get_council).id


def agency_id(backend, name: str) -> str:
    """The id of a seeded (province) agency by its name."""
    return next(a.id for a in backend.call(agencies.list_agencies, council_id(backend))
                if a.name == name)


def make_roadmap(backend) -> dict[str, str]:
    cid = council_id(backend)
    call = backend.call
    plan = call(roadmap.create_plan, cid, roadmap.PlanInput(
        title="نقشه راه محله ۱۴۰۴–۱۴۰۸", start_year="۱۴۰۴", end_year=1408,
        approved_on=date(2025, 5, 1)))
    goal = call(roadmap.create_goal, cid, roadmap.GoalInput(
        plan_id=plan.id, area="education", title="کاهش ترک تحصیل"))
    school = call(projects.create_project, cid, projects.ProjectInput(
        title="بازسازی دبستان شهید رجایی", area="education", plan_id=plan.id, goal_id=goal.id,
        start_date=date(2025, 6, 1), end_date=date(2026, 6, 1), budget=2_000_000_000))
    park = call(projects.create_project, cid, projects.ProjectInput(
        title="احداث پارک محله", area="environment", plan_id=plan.id,
        start_date=date(2025, 3, 1), end_date=date(2025, 10, 1), progress=30,
        status="in_progress", budget=500_000_000))
    for source, pledged, received, kind in (("government", 1_200_000_000, 700_000_000, "cash"),
                                            ("benefactors", 600_000_000, 600_000_000, "cash"),
                                            ("residents", 120, 40, "volunteer_hours")):
        call(funding.add_funding, school.id, funding.FundingInput(
            source=source, kind=kind, pledged=pledged, received=received))
    call(projects.add_milestone, school.id, projects.MilestoneInput(
        title="انعقاد قرارداد با پیمانکار", due_date=date(2025, 9, 1)))
    ind = call(indicators.create_indicator, cid, indicators.IndicatorInput(
        title="نرخ ترک تحصیل دانش‌آموزان", area="education", unit="درصد", plan_id=plan.id,
        goal_id=goal.id, baseline=6.5, target=2))
    for on, value in ((date(2025, 5, 15), 6.5), (date(2025, 8, 15), 5.9)):
        call(indicators.add_measurement, ind.id, indicators.MeasurementInput(
            measured_on=on, value=value))
    return {"plan": plan.id, "school": school.id, "park": park.id, "indicator": ind.id}
