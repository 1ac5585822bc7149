"""The shared widgets: Jalali date field, digit-agnostic number fields, searchable combo."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QCalendarWidget

from app.persian import from_jalali
from app.ui.widgets import JalaliDateEdit, MobileEdit, NumberEdit, SearchableCombo
from app.ui.widgets.jalali_calendar import JalaliCalendar
from ui_helpers import leave, type_text


def test_date_edit_refuses_30_esfand_of_a_common_year(qtbot):
    edit = JalaliDateEdit()
    qtbot.addWidget(edit)
    edit.show()
    type_text(edit, "۱۴۰۴/۱۲/۳۰")
    leave(edit)
    assert edit.date() is None
    assert not edit.is_valid()
    assert edit.text() == "۱۴۰۴/۱۲/۳۰", "what was typed must stay"
    assert edit.error_label.isVisible()
    assert "۱۴۰۴" in edit.error() and "کبیسه" in edit.error()


def test_date_edit_accepts_30_esfand_of_a_leap_year(qtbot):
    edit = JalaliDateEdit()
    qtbot.addWidget(edit)
    edit.show()
    type_text(edit, "۱۴۰۳/۱۲/۳۰")
    leave(edit)
    assert edit.date() == from_jalali(1403, 12, 30) == date(2025, 3, 20)
    assert edit.error() == "" and not edit.error_label.isVisible()


def test_date_edit_reads_latin_digits_and_shows_persian(qtbot):
    edit = JalaliDateEdit()
    qtbot.addWidget(edit)
    edit.show()
    type_text(edit, "1405-8-24")
    leave(edit)
    assert edit.date() == from_jalali(1405, 8, 24)
    assert edit.text() == "۱۴۰۵/۰۸/۲۴"


def test_typing_again_clears_the_error(qtbot):
    edit = JalaliDateEdit()
    qtbot.addWidget(edit)
    edit.show()
    type_text(edit, "۱۴۰۵/۱۳/۰۱")
    leave(edit)
    assert edit.error()
    type_text(edit, "۱")
    assert edit.error() == ""


def test_set_date_and_signal(qtbot):
    edit = JalaliDateEdit()
    qtbot.addWidget(edit)
    with qtbot.waitSignal(edit.dateChanged) as sig:
        edit.setDate(date(2026, 11, 15))
    assert sig.args == [date(2026, 11, 15)]
    assert edit.text() == "۱۴۰۵/۰۸/۲۴"


def test_calendar_popup_is_jalali_with_the_iranian_week(qtbot):
    edit = JalaliDateEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.setDate(date(2026, 11, 15))
    edit.show_calendar()
    cal = edit.calendar
    assert isinstance(cal, JalaliCalendar) and cal.isVisible()
    assert cal.calendar().name() == "Jalali"
    assert cal.firstDayOfWeek() == Qt.DayOfWeek.Saturday
    assert cal.verticalHeaderFormat() == QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader
    assert cal.monthShown() == 8 and cal.yearShown() == 1405
    red = cal.weekdayTextFormat(Qt.DayOfWeek.Friday).foreground().color()
    sat = cal.weekdayTextFormat(Qt.DayOfWeek.Saturday).foreground().color()
    assert red.red() > 150 and red.green() < 100 and sat != red
    # picking a day in the popup fills the field
    from PySide6.QtCore import QDate
    cal.clicked.emit(QDate(2026, 11, 20))
    assert edit.date() == date(2026, 11, 20) and edit.text() == "۱۴۰۵/۰۸/۲۹"


def test_required_date_left_empty(qtbot):
    edit = JalaliDateEdit(required=True)
    qtbot.addWidget(edit)
    assert not edit.is_valid()
    assert edit.error()


def test_number_edit_takes_any_digits(qtbot):
    edit = NumberEdit()
    qtbot.addWidget(edit)
    edit.show()
    type_text(edit, "12۳۴5")
    leave(edit)
    assert edit.value() == 12345
    assert edit.text() == "۱۲۳۴۵"
    assert edit.digits_text() == "12345"
    type_text(edit, "x")  # refused by the validator
    assert edit.text() == "۱۲۳۴۵"


def test_mobile_edit_keeps_leading_zero(qtbot):
    edit = MobileEdit()
    qtbot.addWidget(edit)
    edit.show()
    type_text(edit, "۰۹۱۲ 345 6789")
    leave(edit)
    assert edit.digits_text() == "0912 345 6789"


def test_searchable_combo_folds_arabic_letters(qtbot):
    combo = SearchableCombo()
    qtbot.addWidget(combo)
    combo.set_items([("شهرداری منطقه ۲", "a1"), ("اداره آب و فاضلاب", "a2"), ("بهزیستی", "a3")])
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "", "اداره آب و فاضلاب", "بهزیستی", "شهرداری منطقه ۲"]
    combo._proxy.set_text("شهرداري")  # Arabic yeh, as an Arabic keyboard types it
    assert combo._proxy.rowCount() == 1
    combo.set_current_value("a3")
    assert combo.current_value() == "a3"
    combo.setEditText("چیزی که نیست")
    assert combo.current_value() is None


def test_locale_is_persian():
    assert QLocale().language() == QLocale.Language.Persian
