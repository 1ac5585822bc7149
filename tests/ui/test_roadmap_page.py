"""The roadmap page: a plan's projects with progress bars, updating progress, milestones,
funding by source, and an indicator's chart against its target."""
from __future__ import annotations

from PySide6.QtCharts import QCategoryAxis, QLineSeries
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.services import projects
from app.ui.pages.roadmap_page import RoadmapPage
from app.ui.widgets.progress_delegate import BAR_COLOUR_ROLE, PROGRESS_ROLE
from pages_support import make_roadmap, window_with
from records_support import settle
from ui_helpers import type_text


def test_update_a_projects_progress(qtbot, council_backend, runner):
    ids = make_roadmap(council_backend)
    window, page = window_with(qtbot, council_backend, runner, RoadmapPage)
    assert page.plan_combo.currentData() == ids["plan"]
    assert page.period.text().startswith("سال‌های ۱۴۰۴ تا ۱۴۰۸")
    tab = page.projects_tab
    model = tab.model
    assert [p.title for p in model.rows()] == ["احداث پارک محله", "بازسازی دبستان شهید رجایی"]
    progress = model.column_index("progress")
    assert model.index(0, progress).data() == "۳۰٪"
    assert model.index(0, progress).data(PROGRESS_ROLE) == 30
    # the park is past its end date and unfinished: its bar is red
    assert model.index(0, progress).data(BAR_COLOUR_ROLE) == "#c62828"
    school_row = model.row_of(ids["school"])
    assert model.index(school_row, model.column_index("pledged")).data() == "۱٬۸۰۰٬۰۰۰٬۰۰۰"
    assert model.index(school_row, model.column_index("received")).data() == "۱٬۳۰۰٬۰۰۰٬۰۰۰"

    tab.table.setCurrentIndex(model.index(school_row, 0))
    settle(qtbot, runner)
    detail = tab.detail
    assert detail.project.id == ids["school"]
    assert detail.title.text() == "بازسازی دبستان شهید رجایی"
    assert detail.milestone_model.rowCount() == 1 and detail.funding_model.rowCount() == 3
    hours = detail.funding_model.index(2, 2).data()
    assert hours == "۱۲۰ ساعت"

    # record 45%: the planned project starts on its way
    detail.progress.selectAll()
    QTest.keyClicks(detail.progress, "45")
    detail.progress_button.click()
    settle(qtbot, runner)
    row = model.row_of(ids["school"])
    assert model.row_at(row).progress == 45 and model.row_at(row).status == "in_progress"
    assert model.index(row, progress).data() == "۴۵٪"
    assert model.index(row, model.column_index("status")).data() == "در حال اجرا"
    assert council_backend.call(projects.get_project, ids["school"]).progress == 45

    # 100%: done, a green bar
    detail.progress.setValue(100)
    detail.progress_button.click()
    settle(qtbot, runner)
    row = model.row_of(ids["school"])
    assert model.row_at(row).status == "done"
    assert model.index(row, progress).data(BAR_COLOUR_ROLE) == "#43a047"
    assert "پیشرفت کل ۸۶٪" in tab.summary.text()  # weighted by budget: (2bn×100 + 0.5bn×30)/2.5bn

    # a milestone marked done today
    detail.milestone_table.setCurrentIndex(detail.milestone_model.index(0, 0))
    detail.done_button.click()
    settle(qtbot, runner)
    assert detail.milestone_model.row_at(0).done_on is not None
    assert detail.milestone_model.index(0, 2).data() == "۱۴۰۴/۰۸/۲۴"

    # funding by source adds up the lines
    sources = {t.source: t for t in page.funding_tab.model.rows()}
    assert sources["government"].pledged == 1_200_000_000
    assert sources["residents"].hours_pledged == 120 and sources["residents"].pledged == 0


def test_new_milestone_refused_without_title_then_added(qtbot, council_backend, runner):
    ids = make_roadmap(council_backend)
    window, page = window_with(qtbot, council_backend, runner, RoadmapPage)
    tab = page.projects_tab
    tab.table.setCurrentIndex(tab.model.index(tab.model.row_of(ids["school"]), 0))
    settle(qtbot, runner)
    tab.detail.add_milestone_button.click()
    dialog = tab.detail.dialog
    type_text(dialog.fields["due_date"], "۱۴۰۵/۰۲/۳۱")  # 1405 Ordibehesht has 31 days
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    settle(qtbot, runner)
    assert dialog.isVisible() and dialog.errors.error_of("title")
    type_text(dialog.fields["title"], "آغاز عملیات اجرایی")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    settle(qtbot, runner)
    assert not dialog.isVisible()
    titles = [m.title for m in tab.detail.milestone_model.rows()]
    assert "آغاز عملیات اجرایی" in titles


def test_indicator_chart_against_its_target(qtbot, council_backend, runner):
    ids = make_roadmap(council_backend)
    window, page = window_with(qtbot, council_backend, runner, RoadmapPage)
    page.tabs.setCurrentWidget(page.indicators_tab)
    tab = page.indicators_tab
    settle(qtbot, runner)
    assert tab.series.indicator.id == ids["indicator"]
    percent = tab.model.index(0, tab.model.column_index("percent")).data()
    assert percent == "۱۳٪"  # 6.5 -> 5.9 of the way to 2
    chart = tab.chart.chart()
    lines = [s for s in chart.series() if isinstance(s, QLineSeries)]
    measured = next(s for s in lines if s.name().startswith("اندازه‌گیری‌شده"))
    assert measured.count() == 2
    target = next(s for s in lines if s.name() == "هدف")
    assert {p.y() for p in target.points()} == {2.0}
    axis = next(a for a in chart.axes(Qt.Orientation.Horizontal) if isinstance(a, QCategoryAxis))
    assert axis.categoriesLabels() == ["۱۴۰۴/۰۲/۲۵", "۱۴۰۴/۰۵/۲۴"]
    assert axis.isReverse()  # time runs right to left

    # a measurement with a bad value is refused beside it; a good one joins the chart
    type_text(tab.measured_on, "۱۴۰۴/۰۸/۱۵")
    type_text(tab.value, "خیلی کم")
    tab.add_button.click()
    settle(qtbot, runner)
    assert tab.errors.error_of("value") and tab.value.text() == "خیلی کم"
    tab.value.clear()
    type_text(tab.value, "۵٫۲")
    QTest.keyClick(tab.value, Qt.Key.Key_Return)
    settle(qtbot, runner)
    assert tab.errors.error_of("value") == "" and tab.value.text() == ""
    assert len(tab.series.points) == 3 and tab.series.points[-1].value == 5.2
    assert tab.measure_model.index(0, 1).data() == "۵٫۲"


def test_new_plan_with_a_bad_year_is_refused_beside_it(qtbot, council_backend, runner):
    window, page = window_with(qtbot, council_backend, runner, RoadmapPage)
    assert page.plan_combo.count() == 0 and "برنامه جدید" in page.period.text()
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    type_text(dialog.fields["title"], "نقشه راه پنج‌ساله")
    dialog.fields["start_year"].clear()
    type_text(dialog.fields["start_year"], "۱۲۰۰")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    settle(qtbot, runner)
    assert dialog.isVisible() and dialog.errors.error_of("start_year")
    dialog.fields["start_year"].clear()
    type_text(dialog.fields["start_year"], "۱۴۰۴")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    settle(qtbot, runner)
    assert not dialog.isVisible()
    assert page.plan_combo.count() == 1 and page.plan_combo.currentText() == "نقشه راه پنج‌ساله"
