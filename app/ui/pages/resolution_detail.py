"""The detail pane of the resolutions register: one resolution, its follow-ups, and two actions.

Shows the chosen resolution (number, meeting, text, owner, agency, Jalali deadline, status and
how many days it is late), the follow-up entries recorded so far (date, note, the meeting where
it was reported, the status it moved to), and two small forms: change the status (only to the
statuses the rules allow from the current one; a note and a date, today by default) and add a
follow-up note. Both write through the task runner; a refusal shows under its field and keeps
what was typed; success emits `changed` with the updated resolution so the register reloads.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QVBoxLayout, QWidget)

from app.enums import ResolutionStatus
from app.services import resolutions as resolutions_service
from app.ui import fmt, labels
from app.ui.models import Column, QT_TRANSLATE_NOOP, RowTableModel
from app.ui.pages.page_parts import caption, hint, record_table
from app.ui.widgets import FormErrors, JalaliDateEdit


def _date_value(edit: JalaliDateEdit):
    value = edit.date()
    return value if value is not None else (edit.text().strip() or None)


class FollowUpModel(RowTableModel):
    columns = (
        Column("date", QT_TRANSLATE_NOOP("Columns", "Date"), "date"),
        Column("note", QT_TRANSLATE_NOOP("Columns", "Follow-up"),
               get=lambda f: fmt.digits(f.note) if f.note else ""),
        Column("meeting_number", QT_TRANSLATE_NOOP("Columns", "Meeting"), "number"),
        Column("status_after", QT_TRANSLATE_NOOP("Columns", "New status"), "enum",
               enum=ResolutionStatus),
    )


class ResolutionDetail(QWidget):
    """One resolution of the register, with status change and follow-up entry."""

    changed = Signal(object)  # the updated ResolutionView

    def __init__(self, runner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.resolution = None
        self.heading = caption("", self, size=12)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.facts = QLabel(self)
        self.facts.setWordWrap(True)
        self.late = QLabel(self)
        self.late.setObjectName("fieldError")
        self.follow_model = FollowUpModel(self)
        self.follow_table = record_table(self.follow_model, self, widths={0: 90, 2: 60},
                                         stretch=1, sortable=False)
        self.follow_table.setMinimumHeight(110)

        self.status_box = QGroupBox(self.tr("Change the status"), self)
        status_grid = QFormLayout(self.status_box)
        self.status_errors = FormErrors(self.status_box)
        self.new_status = QComboBox(self.status_box)
        self.status_note = QLineEdit(self.status_box)
        self.status_note.setPlaceholderText(self.tr("why, or what was reported"))
        self.status_date = JalaliDateEdit(self.status_box)
        self.status_button = QPushButton(self.tr("Change status"), self.status_box)
        status_grid.addRow(self.status_errors.banner)
        self.status_errors.add_row(status_grid, self.tr("New status"), "status", self.new_status)
        self.status_errors.add_row(status_grid, self.tr("Note"), "note", self.status_note)
        self.status_errors.add_row(status_grid, self.tr("Date"), "date", self.status_date)
        status_grid.addRow("", self.status_button)

        self.follow_box = QGroupBox(self.tr("Add a follow-up"), self)
        follow_grid = QFormLayout(self.follow_box)
        self.follow_errors = FormErrors(self.follow_box)
        self.follow_note = QLineEdit(self.follow_box)
        self.follow_date = JalaliDateEdit(self.follow_box)
        self.follow_button = QPushButton(self.tr("Add follow-up"), self.follow_box)
        follow_grid.addRow(self.follow_errors.banner)
        self.follow_errors.add_row(follow_grid, self.tr("Note"), "note", self.follow_note)
        self.follow_errors.add_row(follow_grid, self.tr("Date"), "date", self.follow_date)
        follow_grid.addRow("", self.follow_button)

        self.empty = hint(self.tr("Choose a resolution in the register to see its follow-ups."),
                          self)
        info = QVBoxLayout()
        for w in (self.empty, self.heading, self.text, self.facts, self.late):
            info.addWidget(w)
        self.follow_caption = caption(self.tr("Follow-ups"), self)
        info.addWidget(self.follow_caption)
        info.addWidget(self.follow_table, 1)
        actions = QVBoxLayout()
        actions.addWidget(self.status_box)
        actions.addWidget(self.follow_box)
        actions.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addLayout(info, 3)
        layout.addLayout(actions, 2)
        self.status_button.clicked.connect(self.change_status)
        self.follow_button.clicked.connect(self.add_follow_up)
        self.status_note.returnPressed.connect(self.change_status)
        self.follow_note.returnPressed.connect(self.add_follow_up)
        self.show_resolution(None)

    # --- showing ---------------------------------------------------------------------------------
    def show_resolution(self, r) -> None:
        """Show a ResolutionView (None: nothing chosen)."""
        same = r is not None and self.resolution is not None and r.id == self.resolution.id
        self.resolution = r
        for w in (self.heading, self.text, self.facts, self.follow_caption, self.follow_table,
                  self.status_box, self.follow_box):
            w.setVisible(r is not None)
        self.empty.setVisible(r is None)
        self.late.setVisible(bool(r and r.overdue))
        if r is None:
            return
        self.heading.setText(self.tr("Resolution {number}").format(number=fmt.digits(r.number)))
        self.text.setText(fmt.digits(r.text))
        dash = "-"
        self.facts.setText(" · ".join((
            self.tr("Meeting {n} on {date}").format(n=fmt.number(r.meeting_number),
                                                   date=fmt.jdate(r.meeting_date)),
            self.tr("Owner: {name}").format(name=r.owner_name or dash),
            self.tr("Agency: {name}").format(name=r.agency_name or dash),
            self.tr("Deadline: {date}").format(date=fmt.jdate(r.deadline) or dash),
            self.tr("Status: {status}").format(status=labels.label(r.status, ResolutionStatus)),
        )))
        self.late.setText(self.tr("{n} days past the deadline").format(
            n=fmt.number(r.days_overdue)))
        self.follow_model.set_rows(r.follow_ups)
        allowed = resolutions_service.TRANSITIONS.get(r.status, frozenset())
        self.new_status.clear()
        for status in ResolutionStatus:
            if status.value in allowed:
                self.new_status.addItem(labels.label(status, ResolutionStatus), status.value)
        if not same:
            self.status_errors.clear()
            self.follow_errors.clear()
            self.status_note.clear()
            self.follow_note.clear()
            self.status_date.setDate(date.today())
            self.follow_date.setDate(date.today())

    # --- actions ---------------------------------------------------------------------------------
    def change_status(self) -> None:
        r = self.resolution
        if r is None:
            return
        self.status_errors.clear()
        self.status_button.setEnabled(False)
        self.runner.write(resolutions_service.set_status, r.id, self.new_status.currentData(),
                          self.status_note.text(), on=_date_value(self.status_date), owner=self,
                          on_result=lambda v: self._done(v, self.status_note),
                          on_error=lambda exc: self._failed(exc, self.status_errors))

    def add_follow_up(self) -> None:
        r = self.resolution
        if r is None:
            return
        self.follow_errors.clear()
        self.follow_button.setEnabled(False)
        self.runner.write(resolutions_service.add_follow_up, r.id,
                          _date_value(self.follow_date), self.follow_note.text(), owner=self,
                          on_result=lambda v: self._done(v, self.follow_note),
                          on_error=lambda exc: self._failed(exc, self.follow_errors))

    def _done(self, view, note: QLineEdit) -> None:
        self.status_button.setEnabled(True)
        self.follow_button.setEnabled(True)
        note.clear()
        self.show_resolution(view)
        self.changed.emit(view)

    def _failed(self, exc: BaseException, errors: FormErrors) -> None:
        self.status_button.setEnabled(True)
        self.follow_button.setEnabled(True)
        errors.show_error(exc)
