"""The agencies-and-demands page: a demand drafted, sent, overdue, answered, printed, closed;
local agencies and their contacts; response times per agency."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from app.services import demands
from app.ui.pages.demands_page import DemandsPage
from pages_support import TODAY, agency_id, council_id, window_with
from records_support import settle
from ui_helpers import type_text

MUNICIPALITY = "شهرداری منطقه"


def ctrl(window, key) -> None:
    QTest.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)


def cell(page, row: int, key: str) -> str:
    return page.model.index(row, page.model.column_index(key)).data()


def test_record_a_demand_and_see_it_overdue_after_its_due_date(
        qtbot, council_backend, runner, monkeypatch):
    municipality = agency_id(council_backend, MUNICIPALITY)
    window, page = window_with(qtbot, council_backend, runner, DemandsPage)
    assert page.model.rowCount() == 0 and page.count_label.text() == "۰ مطالبه"

    # a new draft: Ctrl+N, agency, subject, text; Ctrl+S saves it
    ctrl(window, Qt.Key.Key_N)
    form = page.form
    assert form.current is None and form.agency.hasFocus()
    assert form.heading.text() == "مطالبه جدید (پیش‌نویس، هنوز ذخیره نشده)"
    type_text(form.subject, "لایروبی جوی خیابان امام")
    ctrl(window, Qt.Key.Key_S)  # no agency chosen: refused beside the agency
    settle(qtbot, runner)
    assert form.errors.error_of("agency_id")
    assert form.subject.text() == "لایروبی جوی خیابان امام"
    form.agency.setCurrentIndex(form.agency.findData(municipality))
    type_text(form.text, "جوی آب خیابان امام پر از زباله است و آب به خانه‌ها می‌رود.")
    ctrl(window, Qt.Key.Key_S)
    settle(qtbot, runner)
    assert form.errors.error_of("agency_id") == ""
    assert page.model.rowCount() == 1
    assert cell(page, 0, "status") == "پیش‌نویس" and cell(page, 0, "agency_name") == MUNICIPALITY
    assert form.current.status == "draft" and form.send_button.isEnabled()
    assert not form.answer_button.isEnabled()

    # send the letter with a due date before the letter: refused beside the due date
    type_text(form.letter_no, "۱۲۳/ش/۱۴۰۴")
    type_text(form.letter_date, "۱۴۰۴/۰۷/۰۱")
    type_text(form.due_date, "۱۴۰۴/۰۶/۲۰")
    form.send_button.click()
    settle(qtbot, runner)
    assert "مهلت" in form.errors.error_of("due_date") or form.errors.error_of("due_date")
    assert form.letter_no.text() == "۱۲۳/ش/۱۴۰۴" and form.due_date.text() == "۱۴۰۴/۰۶/۲۰"
    assert page.model.row_at(0).status == "draft"

    # a due date three weeks before 'today' (24 Aban 1404): sent, and overdue at once
    form.due_date.setDate(None)
    type_text(form.due_date, "1404/08/01")  # Latin digits are fine too
    form.send_button.click()
    settle(qtbot, runner)
    assert form.errors.error_of("due_date") == ""
    row = page.model.row_at(0)
    assert row.status == "sent" and row.overdue and row.letter_no == "۱۲۳/ش/۱۴۰۴"
    assert cell(page, 0, "status") == "ارسال‌شده"
    assert cell(page, 0, "letter_date") == "۱۴۰۴/۰۷/۰۱"
    assert cell(page, 0, "due_date") == "۱۴۰۴/۰۸/۰۱"
    assert cell(page, 0, "overdue_days") == "۲۳"  # 23 Oct -> 15 Nov 2025
    assert page.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "۲۳ روز از مهلت گذشته" in form.heading.text()
    assert not form.send_button.isEnabled() and form.answer_button.isEnabled()

    # the filters: overdue only keeps it, "answered" hides it
    page.overdue_filter.setChecked(True)
    settle(qtbot, runner)
    assert page.model.rowCount() == 1
    page.status_filter.setCurrentIndex(page.status_filter.findData("answered"))
    settle(qtbot, runner)
    assert page.model.rowCount() == 0 and page.count_label.text() == "۰ مطالبه"
    page.status_filter.setCurrentIndex(0)
    page.overdue_filter.setChecked(False)
    type_text(page.search, "لايروبي")  # Arabic ي typed: still found
    qtbot.wait(400)
    settle(qtbot, runner)
    assert page.model.rowCount() == 1
    page.search.clear()
    qtbot.wait(400)
    settle(qtbot, runner)

    # Ctrl+P: the letter in a print preview
    page.table.setCurrentIndex(page.model.index(0, 0))
    ctrl(window, Qt.Key.Key_P)
    qtbot.waitUntil(lambda: getattr(page, "_pdf_preview", None) is not None, timeout=15_000)
    preview = page._pdf_preview
    assert preview.page_count() >= 1 and preview.isVisible()
    assert "۱۲۳/ش/۱۴۰۴" in preview.windowTitle()
    image = preview.page_image(0, dpi=40)
    assert not image.isNull()
    preview.close()

    # the agency answers: no longer overdue; response times count it
    type_text(form.answer, "لایروبی در برنامه هفته آینده قرار گرفت.")
    type_text(form.answered_on, "۱۴۰۴/۰۸/۲۰")
    form.answer_button.click()
    settle(qtbot, runner)
    row = page.model.row_at(0)
    assert row.status == "answered" and not row.overdue
    assert cell(page, 0, "overdue_days") == ""
    page.tabs.setCurrentIndex(2)
    settle(qtbot, runner)
    stats = page.response_model.rows()
    assert [(s.agency_name, s.sent, s.answered, s.overdue) for s in stats] == [
        (MUNICIPALITY, 1, 1, 0)]
    column = page.response_model.column_index("median_response_days")
    assert page.response_model.index(0, column).data() == "۴۹"  # 1 Mehr -> 20 Aban
    column = page.response_model.column_index("answered_within_due_pct")
    assert page.response_model.index(0, column).data() == "۰٪"  # answered after the due date
    page.tabs.setCurrentIndex(0)

    # closing asks first
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    form.close_button.click()
    settle(qtbot, runner)
    assert page.model.row_at(0).status == "closed"
    assert not form.subject.isEnabled() and not form.save_button.isEnabled()
    assert council_backend.call(demands.get_demand, row.id, today=TODAY).status == "closed"


def test_letter_number_used_twice_is_refused_beside_it(qtbot, council_backend, runner):
    municipality = agency_id(council_backend, MUNICIPALITY)
    council_backend.call(demands.create_demand, demands.DemandInput(
        agency_id=municipality, subject="روشنایی کوچه", letter_no="45/ش/1404"),
        council_id=council_id(council_backend))
    window, page = window_with(qtbot, council_backend, runner, DemandsPage)
    form = page.form
    form.agency.setCurrentIndex(form.agency.findData(municipality))
    type_text(form.subject, "آسفالت خیابان")
    type_text(form.letter_no, "۴۵ / ش / ۱۴۰۴")  # the same number, spelled otherwise
    type_text(form.letter_date, "۱۴۰۴/۰۸/۱۰")
    form.send_button.click()
    settle(qtbot, runner)
    assert "۴۵" in form.errors.error_of("letter_no") or form.errors.error_of("letter_no")
    assert page.model.rowCount() == 1  # nothing half saved
    assert form.subject.text() == "آسفالت خیابان"


def test_agencies_tab_adds_a_local_agency_and_keeps_contacts(qtbot, council_backend, runner):
    window, page = window_with(qtbot, council_backend, runner, DemandsPage)
    page.tabs.setCurrentWidget(page.agency_panel)
    settle(qtbot, runner)
    panel = page.agency_panel
    seeded = panel.model.rowCount()
    assert seeded >= 10
    assert panel.model.index(0, 5).data() == "استان"

    ctrl(window, Qt.Key.Key_N)  # a new local agency
    assert panel.current is None and panel.name.isEnabled()
    ctrl(window, Qt.Key.Key_S)  # no name: refused beside the name
    settle(qtbot, runner)
    assert panel.errors.error_of("name")
    type_text(panel.name, "خانه بهداشت محله")
    type_text(panel.contact, "خانم رضایی")
    type_text(panel.phone, "۰۴۵۳۳۴۴۵۵۶۶")
    ctrl(window, Qt.Key.Key_S)
    settle(qtbot, runner)
    assert panel.errors.error_of("name") == ""
    assert panel.model.rowCount() == seeded + 1
    row = panel.model.row_of(panel.current.id)
    assert panel.model.index(row, 5).data() == "این شورا"
    assert panel.model.index(row, 2).data() == "خانم رضایی"
    # the demand form can now write to it
    assert page.form.agency.findData(panel.current.id) >= 0

    # a province agency: contacts editable, its name is the province's
    panel.filter.setText("بهزيستي")  # Arabic ی typed
    assert panel.proxy.rowCount() == 1
    panel.table.setCurrentIndex(panel.proxy.index(0, 0))
    assert panel.current.name == "اداره بهزیستی"
    assert not panel.name.isEnabled() and panel.contact.isEnabled()
    type_text(panel.contact, "آقای محمدی")
    panel.save_button.click()
    settle(qtbot, runner)
    assert panel.current.contact_person == "آقای محمدی"
