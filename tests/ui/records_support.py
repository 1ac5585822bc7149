"""Shared set-up of the members, resolutions and issues page tests: a window, records, waiting.

`page_window` puts one page in the real main window (so Ctrl+N, Ctrl+S and Ctrl+P go through
the window's shortcuts exactly as for the secretary) over a real SQLite database; `settle`
waits until the task runner has nothing left to do and its results have reached the widgets.
The record makers go through the services, like the rest of the app.
"""
from __future__ import annotations

from datetime import date, timedelta

from app.persian.ids import make_national_id
from app.services import council, meetings, members, resolutions
from app.services.meetings import MeetingInput
from app.services.members import MemberInput
from app.services.resolutions import ResolutionInput
from app.ui.main_window import MainWindow
from app.ui.pages.base import AppContext


def page_window(qtbot, backend, runner, page_cls):
    """The main window holding just `page_cls`, shown, on that page; returns (window, page)."""
    ctx = AppContext(backend=backend, runner=runner, council=backend.call(council.get_council))
    window = MainWindow(ctx, pages=[page_cls])
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    page = window.show_page(page_cls.key)
    settle(qtbot, runner)
    return window, page


def settle(qtbot, runner, timeout: int = 10_000) -> None:
    """Wait until every background task has finished and delivered its result."""
    qtbot.waitUntil(lambda: not runner.busy, timeout=timeout)
    qtbot.wait(20)
    qtbot.waitUntil(lambda: not runner.busy, timeout=timeout)


def add_member(session, council_id: str, i: int, first: str, last: str, **kw) -> str:
    return members.create_member(session, council_id, MemberInput(
        first_name=first, last_name=last, national_id=make_national_id(f"{223450000 + i:09d}"),
        gender=kw.pop("gender", "male"), residence_proof="قبض آب", **kw)).id


def register_with_resolutions(session, today: date | None = None) -> dict[str, str]:
    """A meeting 60 days ago with four resolutions: two overdue, one not yet due, one done."""
    today = today or date.today()
    council_id = council.get_council(session).id
    owner = add_member(session, council_id, 1, "حسین", "کریمی")
    meeting = meetings.create_meeting(session, council_id,
                                      MeetingInput(date=today - timedelta(days=60)))
    made = {}
    for key, text, days in (("late1", "لایروبی جوی کوچه شهید چمران", -10),
                            ("late2", "نصب چراغ‌های روشنایی خیابان طالقانی", -3),
                            ("future", "برگزاری دوره مهارت‌آموزی جوانان", 20),
                            ("done", "کاشت نهال در فضای سبز حسینیه", -30)):
        made[key] = resolutions.add_resolution(session, meeting.id, ResolutionInput(
            text=text, owner_id=owner, deadline=today + timedelta(days=days))).id
    resolutions.set_status(session, made["done"], "done", "انجام شد")
    return made
