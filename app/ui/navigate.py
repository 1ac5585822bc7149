"""Going from one page to another page's record: the dashboard's cards, search results.

A page never holds the main window (no global `mw`); it finds the window it sits in
(`widget.window()`) and uses what that window offers: `show_page(key)` brings a page to the
front. To land on one record, the target page may define `open_record(record_id)` (demands,
roadmap projects) or `open_<kind>(record_id)` (the meetings page's `open_meeting`); a page
with neither is simply shown. `opener` tells a caller beforehand whether a record can be
opened, so it can fall back (the search page then shows its own detail dialog).
"""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

#: the page showing each kind of searchable record (app.enums.SearchKind)
PAGE_OF_KIND = {
    "member": "members", "meeting": "meetings", "resolution": "resolutions",
    "issue": "issues", "demand": "demands", "project": "roadmap",
}


def _window(widget: QWidget):
    window = widget.window()
    return window if callable(getattr(window, "show_page", None)) else None


def can_go(widget: QWidget, key: str) -> bool:
    """Whether the window holding `widget` has the page `key`."""
    window = _window(widget)
    return window is not None and key in getattr(window, "pages", {})


def _opener(page, kind: str | None):
    for name in ("open_record", f"open_{kind}" if kind else ""):
        fn = getattr(page, name, None) if name else None
        if callable(fn):
            return fn
    return None


def opener(widget: QWidget, key: str, kind: str | None = None):
    """The method of page `key` that opens one record (None when there is none)."""
    if not can_go(widget, key):
        return None
    return _opener(_window(widget).pages[key], kind)


def go_to(widget: QWidget, key: str, record_id: str | None = None,
          kind: str | None = None) -> str:
    """Show page `key` (and its record `record_id` when the page can open records).

    Returns 'record' when the record was opened, 'page' when only the page was shown,
    '' when the window has no such page (or no navigation at all).
    """
    if not can_go(widget, key):
        return ""
    page = _window(widget).show_page(key)
    open_one = _opener(page, kind)
    if record_id and open_one is not None:
        open_one(record_id)
        return "record"
    return "page"
