"""The pages of the navigation bar, in the order the secretary sees them.

A page is listed here once its module exists; the main window builds one of each. The order is
the one of the brief: dashboard, members, meetings, resolutions, neighbourhood issues, agencies
and demands, roadmap, public meeting intake, search, settings and backup, sync. Pages whose
services are not finished yet are simply absent: `PLANNED` names them for the record.
"""
from __future__ import annotations

import importlib

from app.ui.pages.base import Page

#: (module under app.ui.pages, class name) in navigation order
ORDER: tuple[tuple[str, str], ...] = (
    ("dashboard_page", "DashboardPage"),
    ("members_page", "MembersPage"),
    ("meetings_page", "MeetingsPage"),
    ("resolutions_page", "ResolutionsPage"),
    ("issues_page", "IssuesPage"),
    ("demands_page", "DemandsPage"),
    ("roadmap_page", "RoadmapPage"),
    ("intake_page", "IntakePage"),
    ("search_page", "SearchPage"),
    ("settings_page", "SettingsPage"),
    ("sync_page", "SyncPage"),
)


def page_classes() -> list[type[Page]]:
    """The page classes that exist, in navigation order."""
    found = []
    for module_name, class_name in ORDER:
        try:
            module = importlib.import_module(f"app.ui.pages.{module_name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"app.ui.pages.{module_name}":
                continue
            raise
        found.append(getattr(module, class_name))
    return found


def planned() -> list[str]:
    """Modules of ORDER that do not exist yet (pages still to be built)."""
    present = {cls.__module__.rsplit(".", 1)[-1] for cls in page_classes()}
    return [m for m, _ in ORDER if m not in present]
