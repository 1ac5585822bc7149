"""The dashboard: next meeting, resolutions, overdue demands by agency, the two charts, the
last sync, and its boxes taking the secretary to their pages."""
from __future__ import annotations

from datetime import date, time

from PySide6.QtCharts import QBarCategoryAxis, QHorizontalBarSeries, QValueAxis
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from app.services import committees, demands, issues, meetings
from app.services.committees import CommitteeInput
from app.ui.pages.dashboard_page import DashboardPage
from app.ui.pages.demands_page import DemandsPage
from app.ui.pages.roadmap_page import RoadmapPage
from pages_support import TODAY, agency_id, council_id, make_roadmap, window_with
from records_support import register_with_resolutions, settle


def make_records(backend) -> None:
    cid = council_id(backend)
    backend.call(meetings.create_meeting, cid, meetings.MeetingInput(
        date=date(2025, 11, 19), start_time=time(17, 0), place="مسجد جامع محله"))
    backend.call(meetings.create_meeting, cid, meetings.MeetingInput(date=date(2025, 12, 3)))
    backend.call(register_with_resolutions, TODAY)  # two overdue, one to come, one done
    for name, title, status in (("کمیته عمران و زیرساخت", "چاله خیابان امام", "new"),
                                ("کمیته عمران و زیرساخت", "آسفالت کوچه نرگس", "resolved"),
                                ("کمیته سلامت", "نبود خانه بهداشت", "new")):
        existing = backend.call(committees.find_committee, cid, name)
        committee = existing.id if existing else backend.call(
            committees.create_committee, cid, CommitteeInput(name=name)).id
        issue = backend.call(issues.create_issue, issues.IssueInput(
            title=title, committee_id=committee, reported_on=date(2025, 9, 1),
            target_date=date(2025, 10, 1)), council_id=cid, today=TODAY)
        if status == "resolved":
            for step in ("referred", "resolved"):
                backend.call(issues.change_status, issue.id, step, today=TODAY)
    for letter, agency, due in (("۱/ش", "شهرداری منطقه", date(2025, 10, 1)),
                                ("۲/ش", "شهرداری منطقه", date(2025, 11, 1)),
                                ("۳/ش", "اداره بهزیستی", date(2025, 11, 10)),
                                ("۴/ش", "اداره بهزیستی", date(2025, 12, 1))):  # not yet due
        demand = backend.call(demands.create_demand, demands.DemandInput(
            agency_id=agency_id(backend, agency), subject=f"نامه {letter}"),
            council_id=cid, today=TODAY)
        backend.call(demands.send_demand, demand.id, letter_no=letter,
                     letter_date=date(2025, 9, 1), due_date=due, today=TODAY)
    make_roadmap(backend)


def test_dashboard_shows_what_needs_attention(qtbot, council_backend, runner):
    make_records(council_backend)
    window, page = window_with(qtbot, council_backend, runner, DashboardPage)
    assert page.data is not None

    # the next meeting: number, kind, the Jalali date with its weekday, the time and place
    assert page.meeting_card.value.text() == "جلسه شماره ۱ (عادی)"
    assert page.meeting_card.detail.text() == "چهارشنبه ۲۸ آبان ۱۴۰۴ ساعت ۱۷:۰۰\nمسجد جامع محله"

    # resolutions: open ones (open + in progress) and the overdue among them
    assert page.resolutions_card.value.text() == "۳ مصوبه باز"
    assert page.resolutions_card.detail.text().startswith("۲ معوق")

    # demands: three letters past their due date, at two agencies, the worst agency first
    assert page.demands_card.value.text() == "۳"
    assert "۲ دستگاه" in page.demands_card.detail.text()
    listing = page.agency_list.text()
    assert listing.index("شهرداری منطقه") < listing.index("اداره بهزیستی")
    assert "۴۵ روز تأخیر" in listing  # the municipality's oldest: due 1 Oct 2025

    # issues by committee: a stacked bar per committee, Persian names, read right to left
    chart = page.issues_chart.chart()
    category = next(a for a in chart.axes() if isinstance(a, QBarCategoryAxis))
    names = category.categories()
    assert "عمران و زیرساخت" in names and "سلامت" in names
    assert chart.axes(Qt.Orientation.Vertical)[0].alignment() == Qt.AlignmentFlag.AlignRight
    value_axis = next(a for a in chart.axes() if isinstance(a, QValueAxis))
    assert value_axis.isReverse() and chart.localizeNumbers()
    assert chart.locale().language() == chart.locale().Language.Persian
    series = chart.series()[0]
    sets = {s.label(): [s.at(i) for i in range(s.count())] for s in series.barSets()}
    urban = names.index("عمران و زیرساخت")  # bar values follow the axis' categories
    assert sets["معوق"][urban] == 1 and sets["بسته‌شده"][urban] == 1
    assert chart.title() == "مسائل محله به تفکیک کمیته"

    # roadmap progress per development area, 0-100%
    chart = page.roadmap_chart.chart()
    category = next(a for a in chart.axes() if isinstance(a, QBarCategoryAxis))
    assert set(category.categories()) == {"آموزش", "محیط زیست"}
    assert isinstance(chart.series()[0], QHorizontalBarSeries)
    assert chart.title().startswith("پیشرفت نقشه راه به تفکیک حوزه (کل:")
    value_axis = next(a for a in chart.axes() if isinstance(a, QValueAxis))
    assert value_axis.max() == 100 and value_axis.labelFormat() == "%.0f٪"

    # the last sync: none yet
    assert page.sync_card.value.text() == "هنوز همگام‌سازی نشده"


def test_empty_council_says_so(qtbot, council_backend, runner):
    window, page = window_with(qtbot, council_backend, runner, DashboardPage)
    assert page.meeting_card.value.text() == "جلسه‌ای برنامه‌ریزی نشده"
    assert page.demands_card.value.text() == "۰"
    assert page.agency_list.text() == "همه دستگاه‌ها به‌موقع پاسخ داده‌اند."


def test_boxes_open_their_pages(qtbot, council_backend, runner):
    make_records(council_backend)
    window, page = window_with(qtbot, council_backend, runner, DashboardPage, DemandsPage,
                               RoadmapPage)
    QTest.mouseClick(page.demands_card, Qt.MouseButton.LeftButton)
    demands_page = window.current_page()
    assert demands_page.key == "demands" and demands_page.overdue_filter.isChecked()
    settle(qtbot, runner)
    assert demands_page.model.rowCount() == 3  # the overdue ones only

    window.show_page("dashboard")
    settle(qtbot, runner)
    view = page.roadmap_chart
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(30, 30))
    assert window.current_page().key == "roadmap"
    settle(qtbot, runner)

    # by keyboard: a box takes the focus and Enter opens its page
    window.show_page("dashboard")
    settle(qtbot, runner)
    page.agency_box.setFocus()
    QTest.keyClick(page.agency_box, Qt.Key.Key_Return)
    assert window.current_page().key == "demands"
    settle(qtbot, runner)

    # a page this window does not have: the box stays put, nothing breaks
    window.show_page("dashboard")
    settle(qtbot, runner)
    QTest.mouseClick(page.meeting_card, Qt.MouseButton.LeftButton)
    assert window.current_page().key == "dashboard"
