"""The meetings page, driven as a secretary would: schedule, agenda, attendance, discussion,
resolutions, finalise; then the sealed minutes refuse changes. Also the live quorum, a bad
Jalali date in the new-meeting form, the list and calendar, and the print previews."""
from __future__ import annotations

from datetime import date

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from app.persian import from_jalali, to_persian_digits
from app.services import agencies, council, issues, meetings, resolutions
from app.services.issues import IssueInput
from app.services.meetings import MeetingInput
from app.services.resolutions import ResolutionInput
from app.ui.pages.meetings_page import MeetingsPage
from records_support import add_member, page_window, settle
from ui_helpers import type_text

PEOPLE = (("زهرا", "احمدی", "chair"), ("حسین", "کریمی", "secretary"), ("مریم", "پاکزاد", "member"),
          ("رضا", "چراغی", "member"), ("نرگس", "یوسفی", "member"))


def ctrl(window, key) -> None:
    """Ctrl+key as the secretary presses it, to the main window."""
    qtbot_wait_active(window)
    QTest.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)


def qtbot_wait_active(window) -> None:
    QTest.qWaitForWindowActive(window, 2000)
    assert QApplication.activeWindow() is window, QApplication.activeWindow()


def click(widget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def with_members(backend) -> dict[str, str]:
    """Five active members (a chair, a secretary, three members): full name -> id."""
    council_id = backend.call(council.get_council).id
    return {f"{first} {last}": backend.call(add_member, council_id, i, first, last, role=role)
            for i, (first, last, role) in enumerate(PEOPLE)}


def answer_next_box(qtbot, button_text: str, seen: list) -> None:
    """When the next modal message box opens, note its texts and click `button_text`."""
    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text() + "\n" + box.informativeText())
            button = next(b for b in box.buttons() if b.text() == button_text)
            button.click()
        else:
            QTimer.singleShot(30, poll)
    QTimer.singleShot(30, poll)


def open_editor(qtbot, backend, runner, meeting_id: str):
    window, page = page_window(qtbot, backend, runner, MeetingsPage)
    page.open_meeting(meeting_id)
    settle(qtbot, runner)
    return window, page, page.editor


def test_hold_a_meeting_from_agenda_to_finalise_then_it_is_locked(qtbot, council_backend,
                                                                   runner):
    people = with_members(council_backend)
    agency = council_backend.call(agencies.agency_options)[0]
    window, page = page_window(qtbot, council_backend, runner, MeetingsPage)

    # Ctrl+N: the next number, the chair and the secretary are filled in
    ctrl(window, Qt.Key.Key_N)
    dialog = page.new_dialog
    settle(qtbot, runner)
    form = dialog.form
    assert form.number.text() == "۱"
    assert form.chair.currentText() == "زهرا احمدی"
    assert form.minute_taker.currentText() == "حسین کریمی"
    form.date.line.clear()
    type_text(form.date, "۱۴۰۵/۰۸/۲۴")
    type_text(form.start, "۱۷:۳۰")
    type_text(form.place, "کتابخانه مسجد")
    click(dialog.create_button)
    settle(qtbot, runner)
    assert page.editing()
    editor = page.editor
    assert editor.title.text() == "جلسه ۱ — عادی — یکشنبه ۲۴ آبان ۱۴۰۵"
    assert editor.state.text() == "برنامه‌ریزی‌شده"
    assert editor.sign_in_button.isVisible()  # the sign-in sheet, for a scheduled meeting

    # agenda: two items, the second moved up
    editor.tabs.setCurrentWidget(editor.agenda)
    for title in ("بررسی روشنایی کوچه‌ها", "گزارش کمیته ورزش"):
        type_text(editor.agenda.title, title)
        click(editor.agenda.add_button)
        settle(qtbot, runner)
    assert [i.title for i in editor.view.agenda] == ["بررسی روشنایی کوچه‌ها", "گزارش کمیته ورزش"]
    editor.agenda.list.setCurrentRow(1)
    click(editor.agenda.up_button)
    settle(qtbot, runner)
    assert [i.title for i in editor.view.agenda] == ["گزارش کمیته ورزش", "بررسی روشنایی کوچه‌ها"]
    assert editor.agenda.list.item(0).text() == "۱. گزارش کمیته ورزش"
    editor.agenda.list.setCurrentRow(1)
    click(editor.agenda.rename_button)
    rename = editor.agenda.rename_dialog
    line = rename.findChild(QLineEdit)
    assert line.text() == "بررسی روشنایی کوچه‌ها"
    line.setFocus()
    QTest.keyClick(line, Qt.Key.Key_End)  # the whole title is selected at first
    type_text(line, " و معابر")
    QTest.keyClick(line, Qt.Key.Key_Return)
    settle(qtbot, runner)
    assert editor.view.agenda[1].title == "بررسی روشنایی کوچه‌ها و معابر"

    # attendance: three present of five is a quorum (more than half); a guest from an agency
    tab = editor.attendance
    editor.tabs.setCurrentWidget(tab)
    assert tab.quorum.text() == "حد نصاب: ۰ از ۵ — ندارد" and tab.quorum.met is False
    for name in ("زهرا احمدی", "حسین کریمی", "مریم پاکزاد"):
        click(tab.radio(people[name], "present"))
    assert tab.quorum.text() == "حد نصاب: ۳ از ۵ — دارد" and tab.quorum.met is True
    click(tab.radio(people["رضا چراغی"], "excused"))
    settle(qtbot, runner)
    assert editor.view.state == "held" and editor.state.text() == "برگزارشده"
    assert not editor.sign_in_button.isVisible()
    type_text(tab.guest_name, "رسول علیزاده")
    type_text(tab.guest_position, "رئیس اداره برق ناحیه")
    tab.guest_agency.set_current_value(agency.id)
    click(tab.add_guest_button)
    settle(qtbot, runner)
    assert [g.full_name for g in editor.view.guests] == ["رسول علیزاده"]
    assert tab.guest_table.item(0, 2).text() == agency.name

    # discussion per item, kept while moving between items, saved with Ctrl+S
    disc = editor.discussion
    editor.tabs.setCurrentWidget(disc)
    disc.list.setCurrentRow(0)
    type_text(disc.text, "گزارش کمیته ورزش خوانده شد.")
    disc.list.setCurrentRow(1)
    type_text(disc.text, "برای سه کوچه چراغ تازه لازم است.")
    disc.list.setCurrentRow(0)
    assert disc.text.toPlainText() == "گزارش کمیته ورزش خوانده شد."
    ctrl(window, Qt.Key.Key_S)
    settle(qtbot, runner)
    assert [i.discussion for i in editor.view.agenda] == ["گزارش کمیته ورزش خوانده شد.",
                                                          "برای سه کوچه چراغ تازه لازم است."]
    assert not editor.is_dirty()

    # a resolution with owner, agency and a Jalali deadline, numbered 1/1
    res = editor.resolutions
    editor.tabs.setCurrentWidget(res)
    type_text(res.text, "مکاتبه با شرکت توزیع برق برای نصب چراغ کوچه‌ها.")
    res.owner.set_current_value(people["مریم پاکزاد"])
    res.agency.set_current_value(agency.id)
    type_text(res.deadline, "۱۴۰۵/۰۹/۳۰")
    res.item.setCurrentIndex(res.item.findData(editor.view.agenda[1].id))
    click(res.save_button)
    settle(qtbot, runner)
    [saved] = editor.view.resolutions
    assert saved.number == "1/1" and saved.owner_name == "مریم پاکزاد"
    assert saved.deadline == from_jalali(1405, 9, 30) and saved.agenda_item_id == \
        editor.view.agenda[1].id
    assert res.model.index(0, 0).data() == "۱/۱"
    click(res.new_button)
    assert res.box.title() == "مصوبه جدید ۱/۲" and res.text.toPlainText() == ""
    type_text(res.text, "برگزاری جلسه با اداره برق در هفته آینده.")
    click(res.save_button)
    settle(qtbot, runner)
    assert [r.number for r in editor.view.resolutions] == ["1/1", "1/2"]
    first = res.table.visualRect(res.model.index(0, 1)).center()
    QTest.mouseClick(res.table.viewport(), Qt.MouseButton.LeftButton, pos=first)
    assert res.current.number == "1/1" and res.box.title() == "مصوبه ۱/۱"
    assert res.deadline.text() == "۱۴۰۵/۰۹/۳۰"
    res.owner.set_current_value(people["رضا چراغی"])
    ctrl(window, Qt.Key.Key_S)  # Ctrl+S saves the resolution being corrected too
    settle(qtbot, runner)
    assert editor.view.resolutions[0].owner_name == "رضا چراغی"
    assert res.current.number == "1/1" and not res.is_dirty()

    # finalise: the confirmation says it cannot be undone
    seen: list[str] = []
    answer_next_box(qtbot, "نهایی شود؛ برگشت‌پذیر نیست", seen)
    click(editor.finalise_button)
    qtbot.waitUntil(lambda: editor.locked, timeout=10_000)
    settle(qtbot, runner)
    assert "برگشت‌پذیر نیست" in seen[0] and "الحاقیه" in seen[0]

    # locked: the banner with the code, every edit control disabled, only addenda remain
    view = editor.view
    assert view.finalised and view.verification_code
    assert editor.lock_banner.isVisible()
    assert "این صورت‌جلسه نهایی شده و قابل تغییر نیست" in editor.lock_banner.text()
    assert view.verification_code in editor.lock_banner.text()
    assert editor.state.text() == "نهایی‌شده"
    for widget in (editor.details.place, editor.details.date, editor.details.chair,
                   editor.agenda.add_button, editor.agenda.title, editor.agenda.up_button,
                   editor.agenda.remove_button, tab.all_present, tab.add_guest_button,
                   tab.radio(people["نرگس یوسفی"], "present"), res.save_button,
                   res.new_button, res.delete_button, res.owner, editor.save_button):
        assert not widget.isEnabled(), widget
    assert disc.text.isReadOnly() and res.text.isReadOnly()
    assert not editor.finalise_button.isVisible() and not editor.delete_button.isVisible()
    assert editor.addendum_button.isVisible() and editor.addendum_button.isEnabled()

    # a save attempt is refused by the service, and the refusal is shown in Persian
    ctrl(window, Qt.Key.Key_S)
    settle(qtbot, runner)
    assert editor.banner.isVisible()
    assert editor.banner.text() == ("صورت‌جلسه جلسه ۱ نهایی شده و دیگر قابل تغییر نیست؛ "
                                    "به جای آن الحاقیه اضافه کنید.")
    assert council_backend.call(meetings.get_meeting, view.id).place == "کتابخانه مسجد"

    # an addendum is the one thing that can still be added
    click(editor.addendum_button)
    addendum = editor.addendum_dialog
    type_text(addendum.text, "نام مدعو «رسول علیزاده» درست است.")
    click(addendum.add_button)
    settle(qtbot, runner)
    assert [a.number for a in editor.view.addenda] == [1]
    assert editor.addenda.model.rowCount() == 1


def test_quorum_indicator_changes_as_attendance_is_marked(qtbot, council_backend, runner):
    people = with_members(council_backend)
    council_id = council_backend.call(council.get_council).id
    meeting = council_backend.call(meetings.create_meeting, council_id,
                                   MeetingInput(date=date(2026, 11, 15)))
    window, page, editor = open_editor(qtbot, council_backend, runner, meeting.id)
    tab = editor.attendance
    editor.tabs.setCurrentWidget(tab)
    ids = list(people.values())
    assert tab.quorum.text() == "حد نصاب: ۰ از ۵ — ندارد"
    assert "#b71c1c" in tab.quorum.styleSheet()  # red

    click(tab.radio(ids[0], "present"))
    click(tab.radio(ids[1], "late"))  # late counts
    assert tab.quorum.text() == "حد نصاب: ۲ از ۵ — ندارد"
    click(tab.radio(ids[2], "excused"))  # excused does not
    assert tab.quorum.text() == "حد نصاب: ۲ از ۵ — ندارد"
    click(tab.radio(ids[3], "present"))
    assert tab.quorum.text() == "حد نصاب: ۳ از ۵ — دارد"  # at once, before the write returns
    assert "#1b5e20" in tab.quorum.styleSheet()  # green
    settle(qtbot, runner)
    assert tab.quorum.text() == "حد نصاب: ۳ از ۵ — دارد"  # the service agrees
    assert council_backend.call(meetings.get_meeting, meeting.id).quorum.has_quorum

    click(tab.radio(ids[3], "absent"))
    assert tab.quorum.text() == "حد نصاب: ۲ از ۵ — ندارد" and tab.quorum.met is False
    settle(qtbot, runner)

    # finalising without quorum: the service refuses and the banner says why
    click(editor.finalise_button)
    settle(qtbot, runner)
    assert editor.banner.text() == "جلسه به حد نصاب نرسیده است: ۲ نفر حاضرند و ۳ نفر لازم است."
    assert editor.banner.isVisible()
    assert editor.tabs.currentWidget() is tab
    assert not editor.locked

    click(tab.all_present)
    settle(qtbot, runner)
    assert tab.quorum.text() == "حد نصاب: ۵ از ۵ — دارد"


def test_a_bad_jalali_date_is_shown_next_to_its_field_and_the_typing_kept(
        qtbot, council_backend, runner):
    with_members(council_backend)
    window, page = page_window(qtbot, council_backend, runner, MeetingsPage)
    ctrl(window, Qt.Key.Key_N)
    dialog = page.new_dialog
    settle(qtbot, runner)
    form = dialog.form
    form.date.line.clear()
    type_text(form.date, "۱۴۰۴/۱۲/۳۰")  # 1404 is not a leap year: Esfand has 29 days
    type_text(form.place, "سرای محله")
    form.start.clear()
    type_text(form.start, "۱۷:۳۰")
    click(dialog.create_button)
    settle(qtbot, runner)

    assert dialog.isVisible()  # the dialog stays open
    message = form.date.error()
    assert message == "تاریخ ۱۴۰۴/۱۲/۳۰ وجود ندارد: سال ۱۴۰۴ کبیسه نیست و اسفند آن ۲۹ روز دارد."
    assert form.date.error_label.isVisible()
    assert form.date.line.property("invalid") is True
    assert form.date.text() == "۱۴۰۴/۱۲/۳۰"  # exactly as typed
    assert form.place.text() == "سرای محله" and form.start.text() == "۱۷:۳۰"
    assert council_backend.call(meetings.count_meetings, page.ctx.council_id) == 0

    form.date.line.clear()
    type_text(form.date, "۱۴۰۴/۱۲/۲۹")
    click(dialog.create_button)
    settle(qtbot, runner)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))  # closed (and let go)
    assert page.editing()
    assert page.editor.view.date == from_jalali(1404, 12, 29)
    assert page.editor.view.place == "سرای محله"


def test_list_filters_and_calendar_mark_meeting_days(qtbot, council_backend, runner):
    people = with_members(council_backend)
    council_id = council_backend.call(council.get_council).id
    made = [council_backend.call(meetings.create_meeting, council_id, MeetingInput(
        date=from_jalali(1405, 8, day), kind=kind, place=place))
        for day, kind, place in ((3, "regular", "مسجد جامع"), (10, "public", "سرای محله"),
                                 (24, "regular", "کتابخانه مسجد"))]
    council_backend.call(resolutions.add_resolution, made[0].id,
                         ResolutionInput(text="لایروبی جوی‌ها", owner_id=people["رضا چراغی"]))
    window, page = page_window(qtbot, council_backend, runner, MeetingsPage)
    browser = page.browser
    model = browser.proxy
    assert model.rowCount() == 3
    shown = [model.index(r, 0).data() for r in range(3)]
    assert shown == ["۳", "۲", "۱"]  # newest first
    assert model.index(0, 2).data() == "یکشنبه ۲۴ آبان ۱۴۰۵"
    assert model.index(2, 7).data() == "۱"  # one resolution
    assert browser.count.text() == "۳ جلسه"

    browser.kind.setCurrentIndex(browser.kind.findData("public"))
    settle(qtbot, runner)
    assert [model.index(r, 4).data() for r in range(model.rowCount())] == ["سرای محله"]
    browser.kind.setCurrentIndex(0)
    settle(qtbot, runner)
    type_text(browser.filter, "كتابخانه")  # Arabic kaf finds the Persian one
    assert model.rowCount() == 1 and browser.count.text() == "۱ از ۳ جلسه"
    browser.filter.clear()

    browser.tabs.setCurrentIndex(1)
    browser.calendar.select(from_jalali(1405, 8, 10))
    settle(qtbot, runner)
    cal = browser.calendar
    assert (cal.yearShown(), cal.monthShown()) == (1405, 8)
    marked = from_jalali(1405, 8, 10)
    fmt_marked = cal.dateTextFormat(marked)
    assert fmt_marked.background().color().name() == "#d6e6fa"  # scheduled
    unmarked = cal.dateTextFormat(from_jalali(1405, 8, 11))
    assert unmarked.background().style() == Qt.BrushStyle.NoBrush
    assert browser.month_title.text() == "جلسات آبان ۱۴۰۵: ۳"
    assert browser.month_list.count() == 3
    assert browser.month_list.item(1).text().startswith("جلسه ۲ — ملاقات مردمی")
    browser._day_activated(cal.selectedDate())  # double-click on the day opens its meeting
    settle(qtbot, runner)
    assert page.editing() and page.editor.view.id == made[1].id
    page.show_list()
    settle(qtbot, runner)
    assert not page.editing()


def test_print_previews_minutes_and_sign_in_sheet(qtbot, council_backend, runner):
    with_members(council_backend)
    council_id = council_backend.call(council.get_council).id
    meeting = council_backend.call(meetings.create_meeting, council_id,
                                   MeetingInput(date=date(2026, 11, 15), place="مسجد جامع"))
    window, page, editor = open_editor(qtbot, council_backend, runner, meeting.id)
    ctrl(window, Qt.Key.Key_P)
    settle(qtbot, runner, timeout=30_000)
    preview = editor._pdf_preview
    assert preview.isVisible() and preview.page_count() >= 1
    assert to_persian_digits("1") in preview.windowTitle()
    text = preview.document.getAllText(0).text()
    assert "صورت" in text or "جلسه" in text
    preview.close()
    click(editor.sign_in_button)
    settle(qtbot, runner, timeout=30_000)
    sheet = editor._pdf_preview
    assert sheet is not preview and sheet.page_count() >= 1
    sheet.close()


def test_a_resolution_is_linked_to_an_issue_found_by_searching(qtbot, council_backend, runner):
    with_members(council_backend)
    council_id = council_backend.call(council.get_council).id
    for title in ("آسفالت تخریب‌شده کوچه یاس", "نبود سرعت‌گیر در خیابان شهید مطهری"):
        council_backend.call(issues.create_issue, IssueInput(title=title), council_id=council_id)
    meeting = council_backend.call(meetings.create_meeting, council_id,
                                   MeetingInput(date=date(2026, 11, 15)))
    window, page, editor = open_editor(qtbot, council_backend, runner, meeting.id)
    res = editor.resolutions
    editor.tabs.setCurrentWidget(res)
    type_text(res.text, "درخواست نصب سرعت‌گیر از شهرداری.")
    click(res.issue.choose_button)
    chooser = res.issue._chooser
    settle(qtbot, runner)
    assert chooser.results.count() == 2
    type_text(chooser.search, "سرعت گير")  # Arabic yeh, as an Arabic keyboard types it
    qtbot.waitUntil(lambda: chooser.results.count() == 1, timeout=5000)
    QTest.keyClick(chooser.search, Qt.Key.Key_Return)
    assert res.issue.line.text() == "نبود سرعت‌گیر در خیابان شهید مطهری"
    click(res.save_button)
    settle(qtbot, runner)
    [saved] = editor.view.resolutions
    linked = council_backend.call(issues.get_issue, saved.issue_id)
    assert linked.title == "نبود سرعت‌گیر در خیابان شهید مطهری"
