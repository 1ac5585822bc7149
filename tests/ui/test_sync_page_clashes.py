"""The Sync page shows a meeting number the server changed, with its single answer.

Two PCs (the page's and a second database) each create meeting 1 offline; the second PC syncs
first, so the server gives the page's meeting number 2. The conflict list says so in a Persian
sentence with Persian digits; "Keep mine"/"Keep theirs" are off for it and "Acknowledge" clears it.
"""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.ui.pages.dashboard_page import DashboardPage  # noqa: E402
from app.ui.pages.sync_page import SyncPage  # noqa: E402
from pages_support import council_id, window_with  # noqa: E402
from records_support import settle  # noqa: E402
from sync_harness import LiveServer  # noqa: E402
from ui_helpers import type_text  # noqa: E402


@pytest.fixture
def server(tmp_path):
    live = LiveServer(f"sqlite:///{tmp_path / 'server.db'}").start()
    yield live
    live.stop()


def _meeting(session, cid: str) -> str:
    from app.services.meetings import MeetingInput, create_meeting

    return create_meeting(session, cid, MeetingInput(date=date(2025, 3, 1))).id


def test_a_renumbered_meeting_is_listed_and_acknowledged(qtbot, council_backend, runner, server,
                                                         tmp_path):
    from app.services.database import open_database
    from app.sync.engine import sync
    from app.sync.enroll import enroll

    window, page = window_with(qtbot, council_backend, runner, SyncPage, DashboardPage)
    _, code = server.add_council("محله دو جلسه")
    type_text(page.url_edit, server.url)
    type_text(page.code_edit, code)
    page.enroll_button.click()
    settle(qtbot, runner, timeout=30_000)
    qtbot.waitUntil(lambda: page.overview_data is not None and page.overview_data.enrolled,
                    timeout=10_000)
    page.sync_now()
    settle(qtbot, runner, timeout=60_000)
    cid = council_id(council_backend)
    other = open_database(tmp_path / "pc2.db")
    enroll(other, server.url, server.code(cid))
    sync(other)
    with other.session(actor="pc2") as s:
        _meeting(s, cid)
    council_backend.call(_meeting, cid)
    sync(other)
    page.sync_now()
    settle(qtbot, runner, timeout=60_000)
    qtbot.waitUntil(lambda: page.conflicts.rowCount() == 1, timeout=10_000)
    sentence = page.conflicts.item(0, 4).text()
    assert "۱" in sentence and "۲" in sentence and "1" not in sentence
    assert page.conflicts.item(0, 0).text() == "جلسه"
    assert page.conflicts.item(0, 1).text() == "شماره"
    assert {page.conflicts.item(0, 2).text(), page.conflicts.item(0, 3).text()} == {"۱", "۲"}
    assert page.ack_button.isEnabled()
    assert not page.mine_button.isEnabled() and not page.theirs_button.isEnabled()
    page.conflicts.selectRow(0)
    page.ack_button.click()
    settle(qtbot, runner)
    qtbot.waitUntil(lambda: page.conflicts.rowCount() == 0, timeout=10_000)
    assert not page.ack_button.isEnabled()
    assert page.overview_data.unresolved_conflicts == 0
    other.close()
