"""The members page, driven as a secretary would: the form, the search box, the import preview."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.persian import make_national_id, to_persian_digits
from app.services import council, members
from app.ui.pages.members_page import MembersPage
from records_support import add_member, page_window, settle
from ui_helpers import type_text


def ctrl(window, key) -> None:
    QTest.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)


def choose(combo, value) -> None:
    combo.setFocus()
    combo.setCurrentIndex(combo.findData(value))


def test_bad_national_id_is_refused_next_to_the_field_then_a_good_one_saves(
        qtbot, council_backend, runner):
    window, page = page_window(qtbot, council_backend, runner, MembersPage)
    # an empty council: every expected seat is reported missing, and no chair
    assert "امام جماعت: عضوی ندارد" in " ".join(page.composition.lines())
    assert any(line.startswith("✘ رئیس") for line in page.composition.lines())

    ctrl(window, Qt.Key.Key_N)
    form = page.form
    assert form.first_name.hasFocus()
    type_text(form.first_name, "زهرا")
    type_text(form.last_name, "احمدی")
    type_text(form.national_id, "۱۲۳۴۵۶۷۸۹۰")  # the check digit is wrong
    choose(form.gender, "female")
    type_text(form.mobile, "۰۹۱۲۱۲۳۴۵۶۷")
    type_text(form.residence_proof, "اجاره‌نامه")
    choose(form.constituency, "red_crescent")
    type_text(form.term_start, "۱۴۰۴/۰۲/۰۱")
    ctrl(window, Qt.Key.Key_S)
    settle(qtbot, runner)

    message = form.errors.error_of("national_id")
    assert "کد ملی" in message and "معتبر نیست" in message
    error_label = form.errors._fields["national_id"][1]
    assert error_label.isVisible()
    assert error_label.parentWidget() is form.national_id.parentWidget()  # right under the field
    assert form.national_id.property("invalid") is True
    # nothing typed is lost
    assert form.first_name.text() == "زهرا" and form.last_name.text() == "احمدی"
    assert form.national_id.text() == "۱۲۳۴۵۶۷۸۹۰"
    assert form.residence_proof.text() == "اجاره‌نامه"
    assert form.term_start.text() == "۱۴۰۴/۰۲/۰۱"
    assert form.gender.currentData() == "female"
    assert page.model.rowCount() == 0
    assert form.national_id.hasFocus()

    form.national_id.clear()
    good = make_national_id("001234567")
    type_text(form.national_id, to_persian_digits(good))
    ctrl(window, Qt.Key.Key_S)
    settle(qtbot, runner)

    assert form.errors.error_of("national_id") == ""
    assert not form.errors._fields["national_id"][1].isVisible()
    assert page.model.rowCount() == 1
    row = page.model.row_at(0)
    assert row.full_name == "زهرا احمدی" and row.national_id == good
    assert page.proxy.index(0, page.model.column_index("mobile")).data() == "۰۹۱۲۱۲۳۴۵۶۷"
    assert page.proxy.index(0, page.model.column_index("constituency")).data() == "هلال احمر"
    assert form.member_id == row.id  # the form now edits the saved member
    assert "زهرا احمدی" in form.heading.text()
    assert "هلال احمر: زهرا احمدی" in " ".join(page.composition.lines())
    assert page.count_label.text() == "۱ عضو"


def test_table_is_in_persian_order_and_search_folds_arabic_letters(
        qtbot, council_backend, runner):
    council_id = council_backend.call(council.get_council).id
    for i, (first, last) in enumerate((("علی", "یوسفی"), ("مریم", "چراغی"), ("کاظم", "پاکزاد"),
                                       ("حمید", "باقری"), ("رضا", "گودرزی"), ("سارا", "کریمی"))):
        council_backend.call(add_member, council_id, i, first, last)
    window, page = page_window(qtbot, council_backend, runner, MembersPage)
    names = [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]
    # Persian alphabet by last name: ب پ چ ک گ ی (Python's sorted would put پ چ گ last)
    assert names == ["حمید باقری", "کاظم پاکزاد", "مریم چراغی", "سارا کریمی", "رضا گودرزی",
                     "علی یوسفی"]
    type_text(page.search, "كريمي")  # typed on an Arabic keyboard: ك and ي
    assert [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())] == [
        "سارا کریمی"]
    assert page.count_label.text() == "۱ از ۶ عضو"
    page.search.clear()
    type_text(page.search, "۲۲۳۴۵۰۰۰۳")  # part of a national ID, in Persian digits
    assert [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())] == [
        "حمید باقری"]


def test_import_with_a_bad_row_shows_the_preview_with_its_row_number(
        qtbot, council_backend, runner, tmp_path):
    window, page = page_window(qtbot, council_backend, runner, MembersPage)
    bad = tmp_path / "bad.csv"
    bad.write_text("نام,نام خانوادگی,کد ملی,جنسیت,مدرک سکونت\n"
                   f"علی,رحیمی,{make_national_id('012345678')},مرد,قبض برق\n"
                   "مریم,نوری,1234567890,زن,اجاره‌نامه\n", encoding="utf-8")
    page.import_file(bad)
    qtbot.waitUntil(lambda: getattr(page, "preview_dialog", None) is not None
                    and page.preview_dialog.isVisible(), timeout=10_000)
    dialog = page.preview_dialog
    rows = dialog.problem_rows()
    assert len(rows) == 1
    row, column, reason = rows[0]
    assert row == "۳" and column == "کد ملی" and "معتبر نیست" in reason
    assert dialog.import_button is None  # all or nothing: fix the file first
    assert "۱ ردیف اشکال دارد" in dialog.summary.text()
    dialog.reject()
    settle(qtbot, runner)
    assert page.model.rowCount() == 0  # nothing was written

    good = tmp_path / "good.csv"
    good.write_text("نام,نام خانوادگی,کد ملی,جنسیت,مدرک سکونت\n"
                    f"علی,رحیمی,{make_national_id('012345678')},مرد,قبض برق\n"
                    f"مریم,نوری,{make_national_id('012345679')},زن,اجاره‌نامه\n",
                    encoding="utf-8")
    page.import_file(good)
    qtbot.waitUntil(lambda: page.preview_dialog is not dialog
                    and page.preview_dialog.isVisible(), timeout=10_000)
    preview = page.preview_dialog
    assert preview.problem_rows() == [] and preview.import_button is not None
    assert preview.import_button.text() == "ورود ۲ ردیف"
    preview.import_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
    settle(qtbot, runner)
    assert {m.full_name for m in page.model.rows()} == {"علی رحیمی", "مریم نوری"}
    assert not page.progress.isVisible()


def test_export_writes_the_members(qtbot, council_backend, runner, tmp_path):
    council_id = council_backend.call(council.get_council).id
    council_backend.call(add_member, council_id, 1, "علی", "یوسفی")
    window, page = page_window(qtbot, council_backend, runner, MembersPage)
    target = tmp_path / "members.csv"
    page.export_to(target)
    settle(qtbot, runner)
    text = target.read_text(encoding="utf-8-sig")
    assert "یوسفی" in text and "کد ملی" in text
    assert council_backend.call(members.count_members, council_id) == 1
