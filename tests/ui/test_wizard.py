"""The first-run wizard creates the council from what a secretary types, in Persian."""
from __future__ import annotations

from PySide6.QtWidgets import QWizard

from app.persian import from_jalali
from app.services import council
from app.ui import shell_services
from app.ui.wizard import FirstRunWizard
from app.ui.wizard.pages import ACCOUNT, PLACE
from ui_helpers import type_text


def _fill_place(page):
    type_text(page.province, "اردبیل")
    type_text(page.county, "مشگین‌شهر")
    type_text(page.settlement, "مشگین‌شهر")
    type_text(page.neighbourhood, "محله ۱۷ شهریور")
    type_text(page.code, "ARD-117")


def test_wizard_creates_the_council_and_keeps_typing_after_a_bad_date(qtbot, backend, runner):
    wizard = FirstRunWizard(runner)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert wizard.currentId() == PLACE
    page = wizard.place
    _fill_place(page)
    type_text(page.founded_on, "۱۴۰۴/۱۲/۳۰")  # 1404 is not a leap year
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    commit.click()
    assert not commit.isEnabled(), "no second save while the first one runs"
    qtbot.waitUntil(lambda: commit.isEnabled(), timeout=5000)
    assert wizard.currentId() == PLACE
    assert "۱۴۰۴" in page.founded_on.error()
    assert page.founded_on.error_label.isVisible()
    # nothing typed was lost
    assert page.province.text() == "اردبیل"
    assert page.neighbourhood.text() == "محله ۱۷ شهریور"
    assert page.founded_on.text() == "۱۴۰۴/۱۲/۳۰"
    assert not backend.call(council.has_council)

    page.founded_on.line.clear()
    type_text(page.founded_on, "۱۴۰۳/۱۲/۳۰")
    commit.click()
    qtbot.waitUntil(lambda: wizard.council is not None, timeout=5000)
    made = backend.call(council.get_council)
    assert (made.province, made.county, made.neighbourhood, made.code) == (
        "اردبیل", "مشگین‌شهر", "محله ۱۷ شهریور", "ARD-117")
    assert made.founded_on == from_jalali(1403, 12, 30)
    assert made.name == "شورای پیشرفت محله محله ۱۷ شهریور"
    qtbot.waitUntil(lambda: wizard.currentId() == ACCOUNT, timeout=5000)

    # the secretary's account: the two passwords differ, then too short, then right
    acc = wizard.account_page
    type_text(acc.display_name, "زهرا احمدی")
    type_text(acc.username, "zahra")
    type_text(acc.password, "رمز۱۲۳۴۵۶")
    type_text(acc.password2, "رمز۱۲۳۴۵")
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    finish.click()
    assert acc.form.error_of("password2") == "دو گذرواژه یکسان نیستند."
    for edit in (acc.password, acc.password2):
        edit.clear()
        type_text(edit, "abc")
    finish.click()
    qtbot.waitUntil(lambda: acc.form.error_of("password") != "", timeout=10000)
    assert "۶" in acc.form.error_of("password")
    assert acc.display_name.text() == "زهرا احمدی" and acc.username.text() == "zahra"
    for edit in (acc.password, acc.password2):
        edit.clear()
        type_text(edit, "رمز۱۲۳۴۵۶")
    finish.click()
    qtbot.waitUntil(lambda: wizard.result() == QWizard.DialogCode.Accepted, timeout=10000)
    assert wizard.account.username == "zahra" and wizard.account.role == "secretary"
    assert backend.call(shell_services.authenticate, "zahra", "رمز۱۲۳۴۵۶").display_name == "زهرا احمدی"


def test_wizard_shows_every_missing_field_beside_it(qtbot, backend, runner):
    wizard = FirstRunWizard(runner)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.place
    type_text(page.province, "اردبیل")
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    commit.click()
    qtbot.waitUntil(lambda: commit.isEnabled(), timeout=5000)
    for field in ("county", "settlement", "neighbourhood", "code"):
        assert page.form.error_of(field), field
    assert page.form.error_of("province") == ""
    assert page.province.text() == "اردبیل"
