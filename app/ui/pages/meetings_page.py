"""The meetings page (جلسات): the heart of the secretary's work.

Two faces in one page: the browser (the list of meetings, newest first, filtered by Jalali year,
kind and state, and a month calendar on the Jalali calendar with meeting days marked) and the
meeting editor (particulars, agenda, attendance with the live quorum, discussion, resolutions,
finalising and addenda). Ctrl+N schedules a meeting with the next number suggested and opens it;
Ctrl+S saves the open meeting; Ctrl+P previews its minutes (or those of the meeting chosen in the
list). Leaving a meeting with unsaved text asks whether to save it first, so nothing typed is
lost by a stray click.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QStackedWidget, QStyle, QVBoxLayout

from app.ui.pages.base import QT_TRANSLATE_NOOP, Page
from app.ui.pages.meeting.editor import MeetingEditor
from app.ui.pages.meeting.printing import preview_minutes
from app.ui.pages.meeting.form import NewMeetingDialog
from app.ui.pages.meetings_view import MeetingsBrowser


class MeetingsPage(Page):
    key = "meetings"
    title_text = QT_TRANSLATE_NOOP("Navigation", "Meetings")
    icon = QStyle.StandardPixmap.SP_FileDialogListView

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.page_title = self.make_title(layout)
        self.stack = QStackedWidget(self)
        self.browser = MeetingsBrowser(ctx, self.stack)
        self.editor = MeetingEditor(ctx, self.stack)
        self.stack.addWidget(self.browser)
        self.stack.addWidget(self.editor)
        layout.addWidget(self.stack, 1)
        self.browser.open_requested.connect(self.open_meeting)
        self.browser.new_requested.connect(self.new_meeting)
        self.editor.back_requested.connect(self.show_list)
        self.new_dialog: NewMeetingDialog | None = None

    # --- which face ----------------------------------------------------------------------------------
    def editing(self) -> bool:
        return self.stack.currentWidget() is self.editor

    def activated(self) -> None:
        if self.editing():
            self.editor.reload()
        else:
            self.browser.reload()

    def data_changed(self) -> None:
        self.editor.meeting_id = None
        self.stack.setCurrentWidget(self.browser)
        self.page_title.show()
        super().data_changed()

    def show_list(self) -> None:
        def go() -> None:
            self.stack.setCurrentWidget(self.browser)
            self.page_title.show()
            self.browser.reload()
            if self.editor.meeting_id:
                self.browser.select(self.editor.meeting_id)
            self.browser.table.setFocus()
        self._leave_editor(go)

    def open_meeting(self, meeting_id: str) -> None:
        def go() -> None:
            self.page_title.hide()
            self.stack.setCurrentWidget(self.editor)
            self.editor.open_meeting(meeting_id)
        if self.editing() and self.editor.meeting_id == meeting_id:
            return
        self._leave_editor(go)

    def _leave_editor(self, then) -> None:
        """Run `then` once the open meeting's typed text is saved or knowingly dropped."""
        if not self.editing() or not self.editor.is_dirty() or self.editor.locked:
            then()
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"),
                          self.tr("This meeting has changes that are not saved yet."), parent=self)
        save = box.addButton(self.tr("Save them"), QMessageBox.ButtonRole.AcceptRole)
        drop = box.addButton(self.tr("Drop them"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Stay here"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is save:
            self.editor.save(then=then)
        elif clicked is drop:
            then()

    # --- keyboard ------------------------------------------------------------------------------------
    def new_record(self) -> None:
        """Ctrl+N: schedule a new meeting."""
        self.new_meeting(None)

    def new_meeting(self, on: date | None) -> None:
        if getattr(self.ctx.account, "read_only", False) or self.ctx.council_id is None:
            return
        dialog = NewMeetingDialog(self.ctx, self, on=on)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.created.connect(lambda view: self.open_meeting(view.id))
        dialog.finished.connect(lambda _r: self.window().activateWindow())
        self.new_dialog = dialog
        dialog.open()

    def save(self) -> None:
        """Ctrl+S: save the open meeting."""
        if self.editing():
            self.editor.save()

    def print_requested(self) -> None:
        """Ctrl+P: the minutes of the open meeting, or of the one chosen in the list."""
        if self.editing():
            self.editor.print_minutes()
            return
        meeting_id = self.browser.selected_id()
        if meeting_id:
            row = next(r for r in self.browser.model.rows() if r.id == meeting_id)
            preview_minutes(self, self.ctx.runner, meeting_id, row.number)
        else:
            self.status_message.emit(self.tr("Choose a meeting to print its minutes."))

    def focus_search(self) -> None:
        if not self.editing():
            self.browser.tabs.setCurrentIndex(0)
            self.browser.filter.setFocus()
