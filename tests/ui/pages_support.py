"""Shared set-up of the dashboard, demands, roadmap, intake and search page tests.

`window_with` puts the given pages in the real main window over a real SQLite database, with
'today' injected through the context (`ctx.extras["today"]`), so "overdue" does not depend on
the day the tests run; `settle` (from records_support) waits for the task runner. The record
makers go through the services, like the app.
"""
from __future__ import annotations

from datetime import date

from app.services import agencies, council
from app.ui.main_window import MainWindow
from app.ui.pages.base import AppContext
from records_support import settle

#: the tests' today: a Saturday, 24 Aban 1404
TODAY = date(2025, 11, 15)


def window_with(qtbot, backend, runner, *page_classes, today: date = TODAY):
    """The main window holding `page_classes`, shown on the first; returns (window, page)."""
    ctx = AppContext(backend=backend, runner=runner, council=backend.call(council.get_council),
                     extras={"today": today})
    window = MainWindow(ctx, pages=list(page_classes))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    page = window.show_page(page_classes[0].key)
    settle(qtbot, runner)
    return window, page


def council_id(backend) -> str:
    return backend.call(council.get_council).id


def agency_id(backend, name: str) -> str:
    """The id of a seeded (province) agency by its name."""
    return next(a.id for a in backend.call(agencies.list_agencies, council_id(backend))
                if a.name == name)
