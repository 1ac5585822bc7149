"""The main window: every page reachable from the navigation bar, shortcuts, auto-lock."""
from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.services import council
from app.ui.main_window import MainWindow
from app.ui.pages.base import AppContext
from app.ui.pages.registry import page_classes
from app.ui.pages.settings_page import SettingsPage
from app.ui.pages.sync_page import SyncPage


def make_window(qtbot, backend, runner, account=None, minutes=0, pages=None):
    ctx = AppContext(backend=backend, runner=runner, council=backend.call(council.get_council),
                     account=account)
    window = MainWindow(ctx, auto_lock_minutes=minutes, pages=pages)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)  # shortcuts need an active window
    return window


def test_navigation_reaches_every_page(qtbot, council_backend, runner):
    window = make_window(qtbot, council_backend, runner)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # the navigation bar is on the right
    assert window.nav.mapTo(window, window.nav.rect().topLeft()).x() > window.width() / 2
    keys = [cls.key for cls in page_classes()]
    assert window.nav.count() == len(keys) >= 2
    for row, key in enumerate(keys):
        window.nav.setCurrentRow(row)
        assert window.stack.currentWidget() is window.pages[key]
        assert window.current_page().key == key
        assert window.nav.item(row).text() == window.pages[key].title()
    for key in keys:
        assert window.show_page(key) is window.current_page()
    assert "ARD-054" not in window.council_label.text()
    assert window.council_label.text() == "شورای پیشرفت محله شهرک ولیعصر"
    assert window.sync_label.text() == "همگام‌سازی: راه‌اندازی نشده"


def test_shortcuts_go_to_the_current_page(qtbot, council_backend, runner):
    window = make_window(qtbot, council_backend, runner, pages=[SyncPage, SettingsPage])
    page = window.show_page("sync")
    called = []
    page.print_requested = lambda: called.append("print")
    QTest.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert called == ["print"]
    page.print_requested = None
    QTest.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # nothing happens
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert called == ["print"]


def test_auto_lock_after_the_configured_time(qtbot, council_backend, runner):
    account = SimpleNamespace(username="dabir", display_name="زهرا احمدی", role="secretary")
    window = make_window(qtbot, council_backend, runner, account=account, minutes=10,
                         pages=[SyncPage, SettingsPage])
    assert "زهرا احمدی" in window.account_label.text()
    assert window.idle.interval_ms == 600_000
    window.idle.set_interval_ms(1000)  # ten minutes are too long for a test
    for _ in range(10):  # 2 seconds of activity keep it open
        qtbot.wait(200)
        QTest.keyClick(window.nav, Qt.Key.Key_Down)
    assert not window.locked
    qtbot.waitUntil(lambda: window.locked, timeout=5000)
    assert window.lock_cover.isVisible()
    assert not window.centralWidget().isVisible()
    assert window.login_dialog.isVisible()
    window.login_dialog.close()  # do not quit the test's application
    window.login_dialog.finished.disconnect()


def test_no_lock_without_accounts(qtbot, council_backend, runner):
    window = make_window(qtbot, council_backend, runner, account=None, minutes=10)
    assert window.idle.interval_ms == 0 and not window.idle.active
