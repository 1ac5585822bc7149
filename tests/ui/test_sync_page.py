"""The Sync page against a real provincial server (SQLite) on loopback, as tests/sync start it.

The secretary types the server address and the one-time code and connects; adds a member (a
pending change); presses "Sync now": the change is sent, pending goes to zero, the status bar
and the dashboard's last-sync card show the Jalali date-time. With the server gone, "Sync now"
ends in a Persian message (no freeze: the page keeps answering while it retries).
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.ui.pages.dashboard_page import DashboardPage  # noqa: E402
from app.ui.pages.sync_page import SyncPage  # noqa: E402
from pages_support import council_id, window_with  # noqa: E402
from records_support import add_member, settle  # noqa: E402
from sync_harness import LiveServer  # noqa: E402
from ui_helpers import type_text  # noqa: E402

PERSIAN_DIGITS = set("۰۱۲۳۴۵۶۷۸۹")


@pytest.fixture
def server(tmp_path):
    live = LiveServer(f"sqlite:///{tmp_path / 'server.db'}").start()
    yield live
    live.stop()


def connect(qtbot, runner, page, server, neighbourhood: str) -> None:
    _, code = server.add_council(neighbourhood)
    type_text(page.url_edit, server.url)
    type_text(page.code_edit, code)
    page.enroll_button.click()
    settle(qtbot, runner, timeout=30_000)
    qtbot.waitUntil(lambda: page.overview_data is not None and page.overview_data.enrolled,
                    timeout=10_000)


def test_enrol_sync_now_and_the_status_bar(qtbot, council_backend, runner, server):
    window, page = window_with(qtbot, council_backend, runner, SyncPage, DashboardPage)
    assert window.sync_label.text() == "همگام‌سازی: راه‌اندازی نشده"
    connect(qtbot, runner, page, server, "محله همگام")
    assert page.server_label.text() == server.url
    assert page.timer.isActive()

    council_backend.call(add_member, council_id(council_backend), 1, "زهرا", "کاظمی")
    page.refresh()
    settle(qtbot, runner)
    assert page.overview_data.pending_changes > 0
    assert page.pending_label.text() != "۰"

    qtbot.mouseClick(page.sync_button, qtbot_button())
    assert page.running and page.progress.isVisible()
    settle(qtbot, runner, timeout=60_000)
    qtbot.waitUntil(lambda: not page.running and page.overview_data.pending_changes == 0,
                    timeout=10_000)
    assert page.pending_label.text() == "۰"
    assert page.last_label.text() and set(page.last_label.text()) & PERSIAN_DIGITS
    assert page.result_label.text() == "موفق"
    status = window.sync_label.text()
    assert status.startswith("همگام‌سازی: ") and "۰ تغییر در انتظار" in status
    assert set(status) & PERSIAN_DIGITS
    dashboard = window.pages["dashboard"]
    assert dashboard.sync_card.findChildren(type(page.message))  # the card has its labels
    texts = " ".join(lbl.text() for lbl in dashboard.sync_card.findChildren(type(page.message)))
    assert page.last_label.text() in texts


def test_an_unreachable_server_shows_a_message_and_the_page_stays_usable(
        qtbot, council_backend, runner, server):
    window, page = window_with(qtbot, council_backend, runner, SyncPage, DashboardPage)
    connect(qtbot, runner, page, server, "محله دور")
    server.stop()
    page.sync_button.click()
    assert page.running
    # the GUI thread keeps answering while the client retries
    type_text(page.code_edit, "123")
    assert page.code_edit.text() == "123"
    window.show_page("dashboard")
    window.show_page("sync")
    settle(qtbot, runner, timeout=60_000)
    qtbot.waitUntil(lambda: not page.running, timeout=10_000)
    assert "در دسترس نیست" in page.message.text()
    qtbot.waitUntil(lambda: window.sync_label.text() == "سرور در دسترس نیست", timeout=10_000)
    assert page.sync_button.isEnabled()
    assert page.result_label.text().startswith("ناموفق")


def test_a_wrong_code_is_refused_in_persian_and_nothing_changes(qtbot, council_backend,
                                                               runner, server):
    window, page = window_with(qtbot, council_backend, runner, SyncPage, DashboardPage)
    server.add_council("محله کد")
    type_text(page.url_edit, server.url)
    type_text(page.code_edit, "AAAA-BBBB-CCCC-DDDD")
    page.enroll_button.click()
    settle(qtbot, runner, timeout=30_000)
    qtbot.waitUntil(lambda: page.enroll_button.isEnabled(), timeout=10_000)
    assert page.message.text() == ("این کد اتصال نادرست است، پیش‌تر به کار رفته یا از اعتبار "
                                   "افتاده است. از استان کد تازه بخواهید.")
    assert page.url_edit.text() == server.url  # nothing typed is lost
    assert page.code_edit.text() == "AAAA-BBBB-CCCC-DDDD"
    assert not page.overview_data.enrolled


def test_a_conflict_is_listed_and_keep_theirs_resolves_it(qtbot, council_backend, runner, server,
                                                          tmp_path):
    from app.models import Member
    from app.services.database import open_database
    from app.sync.engine import sync
    from app.sync.enroll import enroll
    from sync_harness import edit

    window, page = window_with(qtbot, council_backend, runner, SyncPage, DashboardPage)
    connect(qtbot, runner, page, server, "محله دو رایانه")
    member = council_backend.call(add_member, council_id(council_backend), 1, "زهرا", "کاظمی")
    page.sync_now()
    settle(qtbot, runner, timeout=60_000)
    other = open_database(tmp_path / "pc2.db")
    enroll(other, server.url, server.code(page.overview_data.council_id))
    sync(other)
    edit(council_backend.db, Member, member, mobile="09120000001")
    edit(other, Member, member, mobile="09120000002")
    sync(other)
    page.sync_now()
    settle(qtbot, runner, timeout=60_000)
    qtbot.waitUntil(lambda: page.conflicts.rowCount() == 1, timeout=10_000)
    cells = {page.conflicts.item(0, j).text() for j in range(4)}
    assert {"عضو", "تلفن همراه"} <= cells
    assert any(text.endswith("۰۰۰۰۰۰۲") or text.endswith("۰۰۰۰۰۰۱") for text in cells)
    assert page.mine_button.isEnabled() and page.theirs_button.isEnabled()
    page.conflicts.selectRow(0)
    page.theirs_button.click()
    settle(qtbot, runner)
    qtbot.waitUntil(lambda: page.conflicts.rowCount() == 0, timeout=10_000)
    assert page.overview_data.unresolved_conflicts == 0
    assert not page.theirs_button.isEnabled()
    other.close()


def qtbot_button():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
