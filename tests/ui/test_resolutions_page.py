"""The resolutions register page: overdue filter, status change and follow-up, printing."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.services import resolution_register
from app.ui.pages.page_parts import OVERDUE_FOREGROUND
from app.ui.pages.resolutions_page import ResolutionsPage
from records_support import page_window, register_with_resolutions, settle
from ui_helpers import type_text


def shown_numbers(page) -> list[str]:
    return [page.model.index(r, 0).data() for r in range(page.model.rowCount())]


def test_the_register_filters_overdue(qtbot, council_backend, runner):
    made = council_backend.call(register_with_resolutions)
    window, page = page_window(qtbot, council_backend, runner, ResolutionsPage)
    # what is still being carried out, the earliest deadline first, numbers in Persian digits
    assert page.status_filter.currentText() == "باز یا در حال اجرا"
    assert page.model.rowCount() == 3 and page.total_label.text() == "۳ مصوبه"
    assert shown_numbers(page) == ["۱/۱", "۱/۲", "۱/۳"]
    page.overdue_filter.click()
    settle(qtbot, runner)
    assert page.total_label.text() == "۲ مصوبه"
    rows = page.model.rows()
    assert {r.id for r in rows} == {made["late1"], made["late2"]}
    assert all(r.overdue for r in rows)
    late_col = page.model.column_index("days_overdue")
    assert page.model.index(0, late_col).data() == "۱۰"
    assert page.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) == OVERDUE_FOREGROUND
    assert page.model.index(0, page.model.column_index("status")).data() == "باز"
    # the done one is not overdue although its deadline passed
    page.overdue_filter.click()
    page.status_filter.setCurrentIndex(page.status_filter.findData(None))
    settle(qtbot, runner)
    assert page.total_label.text() == "۴ مصوبه"
    done_row = next(i for i, r in enumerate(page.model.rows()) if r.id == made["done"])
    assert page.model.index(done_row, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    # typed search (debounced) goes to the service, Arabic ي/ك folded
    type_text(page.search, "روشنايي")  # Arabic ي
    assert page.model.query_kwargs().get("query") is None  # not yet: waits for a pause
    qtbot.waitUntil(lambda: page.model.query_kwargs().get("query") == "روشنايي", timeout=3000)
    settle(qtbot, runner)
    assert [r.id for r in page.model.rows()] == [made["late2"]]


def test_change_status_with_a_note_and_add_a_follow_up(qtbot, council_backend, runner):
    made = council_backend.call(register_with_resolutions)
    window, page = page_window(qtbot, council_backend, runner, ResolutionsPage)
    row = next(i for i, r in enumerate(page.model.rows()) if r.id == made["late1"])
    page.select_row(row)
    detail = page.detail
    assert detail.resolution.id == made["late1"]
    assert "۱۰ روز از مهلت گذشته است" == detail.late.text()
    assert [detail.new_status.itemText(i) for i in range(detail.new_status.count())] == [
        "در حال اجرا", "انجام‌شده", "لغوشده"]
    detail.new_status.setCurrentIndex(detail.new_status.findData("in_progress"))
    type_text(detail.status_note, "شهرداری کار را آغاز کرد")
    detail.status_button.click()
    settle(qtbot, runner)
    view = page.model.row_at(row)
    assert view.status == "in_progress"
    assert page.model.index(row, page.model.column_index("status")).data() == "در حال اجرا"
    assert detail.follow_model.rowCount() == 1
    assert detail.follow_model.index(0, 1).data() == "شهرداری کار را آغاز کرد"
    assert detail.status_note.text() == ""

    # a follow-up without a note is refused beside the note field; what is typed stays
    detail.follow_date.setDate(None)
    type_text(detail.follow_date, "۱۴۰۴/۱۲/۳۰")  # 1404 is not a leap year
    detail.follow_button.click()
    settle(qtbot, runner)
    assert detail.follow_errors.error_of("note")
    assert detail.follow_date.text() == "۱۴۰۴/۱۲/۳۰"
    assert "کبیسه" in detail.follow_errors.error_of("date")
    detail.follow_date.setDate(None)
    type_text(detail.follow_note, "پیمانکار تعیین شد")
    detail.follow_button.click()
    settle(qtbot, runner)
    assert detail.follow_errors.error_of("note") == ""
    assert detail.follow_model.rowCount() == 2
    assert council_backend.call(resolution_register.count_register,
                                window.ctx.council_id, status="in_progress") == 1


def test_ctrl_p_previews_the_register(qtbot, council_backend, runner):
    council_backend.call(register_with_resolutions)
    window, page = page_window(qtbot, council_backend, runner, ResolutionsPage)
    page.overdue_filter.click()
    settle(qtbot, runner)
    QTest.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(page, "_pdf_preview", None) is not None, timeout=20_000)
    dialog = page._pdf_preview
    assert dialog.isVisible() and dialog.page_count() >= 1
    text = dialog.document.getAllText(0).text()
    assert "لایروبی" in text and "کاشت نهال" not in text  # only the overdue ones
    dialog.close()
