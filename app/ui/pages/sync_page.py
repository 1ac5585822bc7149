"""The sync page: where the provincial server's sync status will show (the sync issue fills it).

Until the sync client exists this page says plainly that this PC is not connected to the
province yet and that everything is kept safely on this PC meanwhile, so a secretary never
wonders whether records are lost. The status bar's sync label says the same.
"""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStyle, QVBoxLayout

from app.ui.pages.base import QT_TRANSLATE_NOOP, Page


class SyncPage(Page):
    key = "sync"
    title_text = QT_TRANSLATE_NOOP("Navigation", "Sync")
    icon = QStyle.StandardPixmap.SP_BrowserReload

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        self.make_title(layout, self.tr("Sync with the provincial server"))
        self.state = QLabel(self.tr("Sync: not set up"), self)
        self.state.setObjectName("syncState")
        layout.addWidget(self.state)
        note = QLabel(self.tr(
            "This PC is not connected to the provincial server yet. Every record is kept on "
            "this PC and will be sent once sync is set up; make backups meanwhile."), self)
        note.setWordWrap(True)
        note.setObjectName("hint")
        layout.addWidget(note)
        layout.addStretch(1)
