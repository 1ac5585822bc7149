"""Public meeting intake: fast entry with Enter, a refused mobile number, and requests turned
into an issue, a demand and an answer given on the spot."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.services import committees, intake, issue_queries, meetings
from app.services.committees import CommitteeInput
from app.ui.pages.intake_page import IntakePage
from pages_support import TODAY, agency_id, council_id, window_with
from records_support import settle
from ui_helpers import type_text


def enter(widget) -> None:
    QTest.keyClick(widget, Qt.Key.Key_Return)


def ok(dialog) -> None:
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()


def test_intake_entry_turned_into_an_issue(qtbot, council_backend, runner):
    cid = council_id(council_backend)
    urban = council_backend.call(committees.create_committee, cid,
                                 CommitteeInput(name="کمیته عمران")).id
    window, page = window_with(qtbot, council_backend, runner, IntakePage)
    assert page.meeting_combo.count() == 0 and page.today_button.isVisible()

    # no public meeting today yet: one click makes it
    page.today_button.click()
    settle(qtbot, runner)
    assert page.meeting_combo.count() == 1 and not page.today_button.isVisible()
    meeting = council_backend.call(meetings.get_meeting, page.meeting_id())
    assert meeting.kind == "public" and meeting.date == TODAY
    assert "شنبه ۲۴ آبان ۱۴۰۴" in page.meeting_combo.currentText()

    # a resident with a mobile number missing a digit: Enter refuses it beside the field
    type_text(page.name, "رضا موسوی")
    type_text(page.phone, "۰۹۱۲۳۴۵۶۷۸")
    type_text(page.request, "چاله بزرگ جلوی مدرسه؛ بچه‌ها زمین می‌خورند")
    enter(page.request)
    settle(qtbot, runner)
    assert page.errors.error_of("resident_phone")
    assert page.name.text() == "رضا موسوی" and page.model.rowCount() == 0
    type_text(page.phone, "۹")
    enter(page.phone)
    settle(qtbot, runner)
    assert page.errors.error_of("resident_phone") == ""
    assert page.model.rowCount() == 1
    assert page.name.text() == page.phone.text() == page.request.text() == ""  # next resident
    assert page.name.hasFocus()

    # the next resident, straight away
    type_text(page.name, "فاطمه احمدی")
    type_text(page.request, "روشنایی کوچه شهید بهشتی خاموش است")
    page.agency.setCurrentIndex(page.agency.findData(
        agency_id(council_backend, "شرکت توزیع نیروی برق")))
    enter(page.name)
    settle(qtbot, runner)
    assert page.model.rowCount() == 2
    assert page.model.index(0, 0).data() == "رضا موسوی"
    assert page.model.index(0, 1).data() == "۰۹۱۲۳۴۵۶۷۸۹"
    assert page.model.index(1, 3).data() == "شرکت توزیع نیروی برق"
    assert page.count_label.text() == "۲ درخواست، ۲ در انتظار"

    # the first becomes an issue of the urban committee
    page.table.setCurrentIndex(page.model.index(0, 0))
    assert page.issue_button.isEnabled()
    page.issue_button.click()
    dialog = page.dialog
    assert dialog.fields["title"].text() == "چاله بزرگ جلوی مدرسه؛ بچه‌ها زمین می‌خورند"
    combo = dialog.fields["committee_id"]
    combo.setCurrentIndex(combo.findData(urban))
    ok(dialog)
    settle(qtbot, runner)
    assert not dialog.isVisible()
    request = page.model.row_at(0)
    assert request.outcome == "issue" and request.issue_id
    assert page.model.index(0, 4).data() == "ثبت به‌عنوان مسئله"
    assert page.model.index(0, 5).data() == "چاله بزرگ جلوی مدرسه؛ بچه‌ها زمین می‌خورند"
    assert not page.issue_button.isEnabled()  # handled: nothing more to turn it into
    issue = council_backend.call(issue_queries.list_issues, cid, today=TODAY)[0]
    assert issue.id == request.issue_id and issue.committee_id == urban
    assert issue.source == "public_meeting" and issue.reported_by == "رضا موسوی"
    assert issue.reported_on == TODAY

    # the second becomes a demand on the agency it named
    page.table.setCurrentIndex(page.model.index(1, 0))
    page.demand_button.click()
    dialog = page.dialog
    assert dialog.fields["agency_id"].current_value() == page.model.row_at(1).agency_id
    ok(dialog)
    settle(qtbot, runner)
    assert page.model.row_at(1).outcome == "demand"
    assert page.count_label.text() == "۲ درخواست، ۰ در انتظار"


def test_answered_on_the_spot_and_a_demand_needs_an_agency(qtbot, council_backend, runner):
    cid = council_id(council_backend)
    meeting = council_backend.call(meetings.create_meeting, cid, meetings.MeetingInput(
        date=TODAY, kind="public", place="مسجد جامع"))
    for name, text in (("حسن کریمی", "درخواست کلاس قرآن برای نوجوانان"),
                       ("مریم رحیمی", "آب‌گرفتگی کوچه پس از باران")):
        council_backend.call(intake.record_request, meeting.id, intake.IntakeInput(
            resident_name=name, request_text=text))
    window, page = window_with(qtbot, council_backend, runner, IntakePage)
    assert page.meeting_id() == meeting.id and page.model.rowCount() == 2
    assert not page.today_button.isVisible()

    page.table.setCurrentIndex(page.model.index(0, 0))
    page.answer_button.click()
    dialog = page.dialog
    type_text(dialog.fields["answer"], "کلاس از مهر ماه در مسجد برگزار می‌شود")
    type_text(dialog.fields["answered_by"], "امام جماعت")
    ok(dialog)
    settle(qtbot, runner)
    assert page.model.row_at(0).outcome == "answered"
    assert page.model.index(0, 5).data() == "کلاس از مهر ماه در مسجد برگزار می‌شود"

    page.table.setCurrentIndex(page.model.index(1, 0))
    page.demand_button.click()
    dialog = page.dialog
    ok(dialog)  # the request named no agency and none was chosen
    settle(qtbot, runner)
    assert dialog.isVisible() and dialog.errors.error_of("agency_id")
    dialog.fields["agency_id"].set_current_value(agency_id(council_backend, "شهرداری منطقه"))
    ok(dialog)
    settle(qtbot, runner)
    assert not dialog.isVisible() and page.model.row_at(1).outcome == "demand"
    assert page.model.index(1, 5).data() == "آب‌گرفتگی کوچه پس از باران"
