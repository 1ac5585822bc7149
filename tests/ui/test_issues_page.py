"""The neighbourhood issues page: recording an issue, changing its status, lazy paging."""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest

from app.services import committees, council, issues
from app.services.committees import CommitteeInput
from app.services.issues import IssueInput
from app.ui.pages.issues_page import PAGE_SIZE, IssuesPage
from records_support import page_window, settle
from ui_helpers import type_text


def ctrl(window, key) -> None:
    QTest.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)


def test_record_an_issue_through_the_form_then_change_its_status(
        qtbot, council_backend, runner):
    council_id = council_backend.call(council.get_council).id
    urban = council_backend.call(committees.create_committee, council_id,
                                 CommitteeInput(name="کمیته عمران")).id
    window, page = page_window(qtbot, council_backend, runner, IssuesPage)
    assert page.model.rowCount() == 0 and page.total_label.text() == "۰ مسئله"

    ctrl(window, Qt.Key.Key_N)
    form = page.form
    assert page.side.currentWidget() is form and form.title.hasFocus()
    type_text(form.title, "خرابی چراغ‌های کوچه لاله")
    type_text(form.description, "سه چراغ از هفته پیش خاموش است")
    form.committee.setCurrentIndex(form.committee.findData(urban))
    form.priority.setCurrentIndex(form.priority.findData("high"))
    type_text(form.address, "کوچه لاله، پلاک ۱۲")
    type_text(form.reported_on, "۱۴۰۴/۰۸/۱۰")
    type_text(form.target_date, "۱۴۰۴/۰۸/۰۱")  # before the report: refused
    ctrl(window, Qt.Key.Key_S)
    settle(qtbot, runner)
    assert "نمی‌تواند پیش از" in form.errors.error_of("target_date")
    assert form.target_date.error_label.isVisible()
    assert form.title.text() == "خرابی چراغ‌های کوچه لاله"  # nothing typed is lost
    assert form.target_date.text() == "۱۴۰۴/۰۸/۰۱"
    assert form.description.toPlainText() == "سه چراغ از هفته پیش خاموش است"
    assert page.model.rowCount() == 0

    form.target_date.setDate(None)
    type_text(form.target_date, "۱۴۰۴/۰۹/۱۰")
    ctrl(window, Qt.Key.Key_S)
    settle(qtbot, runner)
    assert form.errors.error_of("target_date") == ""
    assert page.model.rowCount() == 1 and page.total_label.text() == "۱ مسئله"
    issue = page.model.row_at(0)
    assert issue.title == "خرابی چراغ‌های کوچه لاله" and issue.committee_id == urban
    assert page.model.index(0, page.model.column_index("priority")).data() == "زیاد"
    assert page.model.index(0, page.model.column_index("status")).data() == "جدید"
    assert page.model.index(0, page.model.column_index("reported_on")).data() == "۱۴۰۴/۰۸/۱۰"
    assert form.issue_id == issue.id
    # its target date has passed: shown in red
    assert issue.overdue and page.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole)

    page.side.setCurrentWidget(page.detail)
    detail = page.detail
    qtbot.waitUntil(lambda: detail.detail is not None and detail.detail.issue.id == issue.id)
    assert detail.history_model.rowCount() == 1
    allowed = [detail.new_status.itemData(i) for i in range(detail.new_status.count())]
    assert allowed == ["under_review", "referred", "rejected"]
    detail.new_status.setCurrentIndex(detail.new_status.findData("referred"))
    type_text(detail.note, "به شرکت توزیع برق ارجاع شد")
    detail.status_button.click()
    settle(qtbot, runner)
    assert page.model.row_at(0).status == "referred"
    assert page.model.index(0, page.model.column_index("status")).data() == "ارجاع‌شده به دستگاه"
    assert detail.history_model.rowCount() == 2
    assert detail.history_model.index(1, 2).data() == "به شرکت توزیع برق ارجاع شد"
    assert "جدید ← ارجاع‌شده به دستگاه" == detail.history_model.index(1, 1).data()
    assert detail.note.text() == ""
    # a note alone is required to have text: refused beside the note field
    detail.note_button.click()
    settle(qtbot, runner)
    assert detail.errors.error_of("note")


def _many_issues(session, council_id: str, n: int) -> None:
    today = date.today()
    for i in range(n):
        issues.create_issue(session, IssueInput(
            title=f"{'گلایه از خرابی آسفالت' if i % 3 else 'نبود سرعت‌گیر'} {i}",
            reported_on=today - timedelta(days=5 + i % 200),
            target_date=today - timedelta(days=1) if i % 10 == 0 else None),
            council_id=council_id)


def test_the_list_pages_lazily_and_filters_through_the_service(qtbot, council_backend, runner):
    council_id = council_backend.call(council.get_council).id
    council_backend.call(_many_issues, council_id, 450)
    window, page = page_window(qtbot, council_backend, runner, IssuesPage)
    assert page.total_label.text() == "۴۵۰ مسئله"
    assert page.model.rowCount() == PAGE_SIZE  # one page, not all 450
    assert page.detail.detail is not None  # the first issue is shown at once
    page.table.scrollToBottom()  # the view asks for the next page near the end
    settle(qtbot, runner)
    assert page.model.rowCount() == 2 * PAGE_SIZE
    assert not page.model.canFetchMore(QModelIndex()) or page.model.rowCount() < 450

    page.overdue_filter.click()
    settle(qtbot, runner)
    assert page.total_label.text() == "۴۵ مسئله"
    assert all(r.overdue for r in page.model.rows())

    type_text(page.search, "سرعت‌گير")  # Arabic ي; the query waits for a pause in typing
    assert page.model.query_kwargs()["query"] is None
    qtbot.waitUntil(lambda: page.model.query_kwargs()["query"] == "سرعت‌گير", timeout=3000)
    settle(qtbot, runner)
    assert page.total_label.text() == "۱۵ مسئله"
    assert all("سرعت‌گیر" in r.title for r in page.model.rows())

    title = page.model.column_index("title")
    page.table.horizontalHeader().setSortIndicator(title, Qt.SortOrder.AscendingOrder)
    settle(qtbot, runner)
    assert page.model.query_kwargs()["order"] == "title"
