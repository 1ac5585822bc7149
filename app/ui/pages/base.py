"""What every page of the main window is: a widget with a key, a title, an icon and a context.

`AppContext` carries the collaborators a page needs, passed explicitly (no global main window):
the `Backend`, the `TaskRunner` every database call goes through, the council and the
logged-in account. A `Page` subclass sets `key`, `title_text` (English, marked with
`QT_TRANSLATE_NOOP("Navigation", ...)`) and `icon`, builds its widgets in `__init__`, and loads
its data in `activated()`, which the main window calls each time the page comes to the front.
The keyboard shortcuts call `new_record()` (Ctrl+N), `save()` (Ctrl+S), `print_requested()`
(Ctrl+P) and `focus_search()` (Ctrl+F) on the current page when it defines them; a page without
them simply ignores the keys. `data_changed()` asks every page to reload after a restore.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel, QStyle, QVBoxLayout, QWidget

from app.services.gateway import Backend
from app.ui.tasks import TaskRunner


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


@dataclass
class AppContext:
    """The collaborators of the pages. `council` is a CouncilView, `account` an account view
    (None when the database has no accounts, e.g. the demo)."""

    backend: Backend
    runner: TaskRunner
    council: Any = None
    account: Any = None
    demo: bool = False
    extras: dict[str, Any] = field(default_factory=dict)

    @property
    def council_id(self) -> str | None:
        return getattr(self.council, "id", None)


class Page(QWidget):
    """A page of the main window. Subclasses set key, title_text and icon."""

    key = ""
    title_text = ""
    icon = QStyle.StandardPixmap.SP_FileIcon
    #: tells the main window to show a message in the status bar
    status_message = Signal(str)

    new_record = None
    save = None
    print_requested = None
    focus_search = None

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"page_{self.key}")

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("Navigation", cls.title_text)

    def nav_icon(self) -> QIcon:
        return self.style().standardIcon(self.icon)

    def activated(self) -> None:
        """Called whenever the page comes to the front: load or refresh its data."""

    def data_changed(self) -> None:
        """The whole database changed under the page (a restore): forget cached data."""
        if self.isVisible():
            self.activated()

    # --- helpers for subclasses ---------------------------------------------------------------------
    def make_title(self, layout: QVBoxLayout, text: str | None = None) -> QLabel:
        label = QLabel(text or self.title(), self)
        label.setObjectName("pageTitle")
        layout.addWidget(label)
        return label
