"""Login (argon2 accounts), the settings page (settings, backup, restore, audit log), the demo."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWizard

from app.services import council
from app.services.demo import DemoSize
from app.ui import shell_services
from app.ui.login_dialog import LoginDialog
from app.ui.pages.settings_page import SettingsPage
from app.ui.wizard import FirstRunWizard
from app.ui.wizard.first_run import open_demo
from pages_support import window_with
from ui_helpers import type_text


def _account(backend):
    return backend.call(shell_services.create_account, username="zahra",
                        display_name="زهرا احمدی", password="رمز۱۲۳۴۵۶")


def test_login_refuses_a_wrong_password_then_accepts(qtbot, council_backend, runner):
    _account(council_backend)
    dialog = LoginDialog(runner, "شورای نمونه")
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.username, "zahra")
    type_text(dialog.password, "غلط")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.form.error_of("password") != "", timeout=10000)
    assert "نام کاربری یا گذرواژه" in dialog.form.error_of("password")
    assert dialog.username.text() == "zahra" and dialog.result() == 0
    dialog.password.clear()
    type_text(dialog.password, "رمز۱۲۳۴۵۶")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.account is not None, timeout=10000)
    assert dialog.account.display_name == "زهرا احمدی"
    assert dialog.result() == LoginDialog.DialogCode.Accepted


def test_settings_are_saved_and_auto_lock_applies(qtbot, council_backend, runner):
    window, page = window_with(qtbot, council_backend, runner, SettingsPage)
    window.ctx.account = object()
    assert page.language.currentData() == "fa" and page.auto_lock.value() == 10
    page.auto_lock.setValue(3)
    page.keep.setValue(5)
    page.save()
    qtbot.waitUntil(lambda: page.settings.auto_lock_minutes == 3, timeout=5000)
    assert window.idle.interval_ms == 3 * 60_000
    stored = council_backend.call(shell_services.load_settings)
    assert (stored.auto_lock_minutes, stored.auto_backup_keep) == (3, 5)


def test_backup_then_restore_with_confirmation(qtbot, council_backend, runner, tmp_path,
                                               monkeypatch):
    window, page = window_with(qtbot, council_backend, runner, SettingsPage)
    target = tmp_path / "usb" / shell_services.backup_file_name()
    page.backup_to(target)
    qtbot.waitUntil(lambda: page.backup_button.isEnabled(), timeout=10000)
    assert target.is_file(), page.backup_state.text()
    assert "پشتیبان ذخیره شد" in page.backup_state.text()

    # change something, then restore the backup: the change is gone
    from app.services.council import set_quorum_rule
    cid = council_backend.call(council.get_council).id
    council_backend.call(set_quorum_rule, cid, numerator=2, denominator=3, strict=False)
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda *a, **k: QMessageBox.StandardButton.No)
    assert not page.confirm_restore(target)
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert page.confirm_restore(target)
    page.restore_from(target)
    qtbot.waitUntil(lambda: page.restore_button.isEnabled(), timeout=10000)
    assert "بازگردانده شد" in page.backup_state.text(), page.backup_state.text()
    assert council_backend.call(council.get_council).quorum_numerator != 2


def test_audit_log_shows_who_changed_what(qtbot, council_backend, runner):
    window, page = window_with(qtbot, council_backend, runner, SettingsPage)
    model = page.audit.model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=5000)
    texts = {model.index(r, c).data() for r in range(model.rowCount()) for c in range(5)}
    assert "ثبت" in texts and "شورا" in texts and "test" in texts
    when = model.index(0, 0).data()
    assert when[:2] == "۱۴" and "/" in when


TINY = DemoSize(years=0.2, seats=12, turnovers=0, meetings=3, resolutions=3, issues=3,
                demands=2, projects=1)


def test_wizard_opens_the_demo_in_its_own_file(qtbot, backend, runner, tmp_path):
    demo_file = tmp_path / "demo" / "dabir-demo.db"
    demo_file.parent.mkdir()
    wizard = FirstRunWizard(runner, demo_opener=open_demo(demo_file, TINY))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.welcome.demo_choice.setChecked(True)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.result() == QWizard.DialogCode.Accepted, timeout=120000)
    assert wizard.chose_demo and wizard.demo_backend is not None
    assert Path(wizard.demo_backend.path) == demo_file
    assert wizard.demo_backend.call(council.has_council)
    assert not backend.call(council.has_council), "the real database stays untouched"
    wizard.demo_backend.close()


def test_the_secretary_adds_a_viewer_account_and_bad_input_is_refused(qtbot, council_backend,
                                                                      runner):
    from app.services import accounts

    window, page = window_with(qtbot, council_backend, runner, SettingsPage)
    panel = page.accounts
    type_text(panel.display_name, "مریم سلطانی")
    type_text(panel.username, "maryam")
    panel.role.setCurrentIndex(panel.role.findData("viewer"))
    type_text(panel.password, "abc")
    type_text(panel.repeat, "abd")
    panel.add_button.click()
    assert panel.form.error_of("repeat") != ""  # the two passwords differ
    panel.repeat.clear()
    type_text(panel.repeat, "abc")
    panel.add_button.click()
    qtbot.waitUntil(lambda: panel.form.error_of("password") != "", timeout=10000)  # too short
    assert panel.display_name.text() == "مریم سلطانی"  # nothing typed is lost
    assert council_backend.call(accounts.list_accounts) == []
    for edit in (panel.password, panel.repeat):
        edit.clear()
        type_text(edit, "salam-1405")
    panel.add_button.click()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10000)
    (made,) = council_backend.call(accounts.list_accounts)
    assert (made.username, made.role, made.display_name) == ("maryam", "viewer", "مریم سلطانی")
    assert council_backend.call(accounts.authenticate, "maryam", "salam-1405").read_only
