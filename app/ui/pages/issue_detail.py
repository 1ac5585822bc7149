"""The detail pane of an issue: what it is, its history, its demands and resolutions, its status.

Shows an `issues.IssueDetail`: the issue's facts (committee, priority, status, Jalali dates,
overdue in red), then three tabs: its history (every status change and note, oldest first),
the demands pressed on agencies about it (red when the agency is late to answer) and the
resolutions passed about it. Below, the status change offers only the statuses the workflow
allows from the current one, with a note and a date (today by default); "add a note" records
a note alone. Both write through the task runner; a refusal shows under its field with what was
typed kept, success reloads the detail and emits `changed` so the list updates.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QTabWidget, QVBoxLayout, QWidget)

from app.enums import DemandStatus, IssueSource, IssueStatus, Priority, ResolutionStatus
from app.services import issues as issues_service
from app.ui import fmt, labels
from app.ui.models import Column, QT_TRANSLATE_NOOP, RowTableModel
from app.ui.pages.page_parts import OVERDUE_FOREGROUND, caption, hint, record_table
from app.ui.widgets import FormErrors, JalaliDateEdit


def _status_word(value: str | None) -> str:
    return labels.label(value, IssueStatus) if value else ""


class _LateModel(RowTableModel):
    def extra_data(self, row, column, role):
        if getattr(row, "overdue", False) and role == Qt.ItemDataRole.ForegroundRole:
            return OVERDUE_FOREGROUND
        return None


class HistoryModel(RowTableModel):
    columns = (
        Column("date", QT_TRANSLATE_NOOP("Columns", "Date"), "date"),
        Column("change", QT_TRANSLATE_NOOP("Columns", "Status"),
               get=lambda e: (f"{_status_word(e.old_status)} ← {_status_word(e.new_status)}"
                              if e.old_status and e.new_status
                              else _status_word(e.new_status))),
        Column("note", QT_TRANSLATE_NOOP("Columns", "Note"),
               get=lambda e: fmt.digits(e.note) if e.note else ""),
        Column("author", QT_TRANSLATE_NOOP("Columns", "By")),
    )


class DemandsModel(_LateModel):
    columns = (
        Column("subject", QT_TRANSLATE_NOOP("Columns", "Subject")),
        Column("agency_name", QT_TRANSLATE_NOOP("Columns", "Agency")),
        Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), "enum", enum=DemandStatus),
        Column("letter_no", QT_TRANSLATE_NOOP("Columns", "Letter no."), "digits"),
        Column("due_date", QT_TRANSLATE_NOOP("Columns", "Answer due"), "date"),
    )


class IssueResolutionsModel(_LateModel):
    columns = (
        Column("number", QT_TRANSLATE_NOOP("Columns", "No."), "digits"),
        Column("text", QT_TRANSLATE_NOOP("Columns", "Resolution"),
               get=lambda r: fmt.digits(r.text)),
        Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), "enum", enum=ResolutionStatus),
        Column("deadline", QT_TRANSLATE_NOOP("Columns", "Deadline"), "date"),
    )


class IssueDetail(QWidget):
    """One issue with its story; status change and notes."""

    changed = Signal(object)  # the updated IssueView
    edit_requested = Signal(object)  # the IssueView to edit in the form

    def __init__(self, runner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.detail = None
        self.heading = caption("", self, size=12)
        self.facts = QLabel(self)
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.late = QLabel(self)
        self.late.setObjectName("fieldError")
        self.edit_button = QPushButton(self.tr("Edit this issue"), self)
        self.edit_button.clicked.connect(
            lambda: self.detail and self.edit_requested.emit(self.detail.issue))
        self.history_model = HistoryModel(self)
        self.demands_model = DemandsModel(self)
        self.resolutions_model = IssueResolutionsModel(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(record_table(self.history_model, self, widths={0: 80, 1: 120, 3: 70},
                                      stretch=2, sortable=False), self.tr("History"))
        self.tabs.addTab(record_table(self.demands_model, self, widths={1: 100, 2: 65, 3: 65,
                                                                          4: 80},
                                      stretch=0, sortable=False), self.tr("Demands"))
        self.tabs.addTab(record_table(self.resolutions_model, self, widths={0: 45, 2: 65, 3: 80},
                                      stretch=1, sortable=False), self.tr("Resolutions"))
        for i in range(3):
            self.tabs.widget(i).verticalHeader().setVisible(False)
        self.status_box = QGroupBox(self.tr("Change the status"), self)
        grid = QFormLayout(self.status_box)
        self.errors = FormErrors(self.status_box)
        self.new_status = QComboBox(self.status_box)
        self.note = QLineEdit(self.status_box)
        self.note.setPlaceholderText(self.tr("what happened (optional for a status change)"))
        self.on_date = JalaliDateEdit(self.status_box)
        self.status_button = QPushButton(self.tr("Change status"), self.status_box)
        self.note_button = QPushButton(self.tr("Add the note only"), self.status_box)
        grid.addRow(self.errors.banner)
        self.errors.add_row(grid, self.tr("New status"), "status", self.new_status)
        self.errors.add_row(grid, self.tr("Note"), "note", self.note)
        self.errors.add_row(grid, self.tr("Date"), "on", self.on_date)
        button_row = QHBoxLayout()
        button_row.addWidget(self.status_button)
        button_row.addWidget(self.note_button)
        button_row.addStretch(1)
        grid.addRow("", button_row)
        self.empty = hint(self.tr("Choose an issue in the list to see its history, demands and "
                                  "resolutions."), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.empty)
        head = QHBoxLayout()
        head.addWidget(self.heading, 1)
        head.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)
        layout.addWidget(self.facts)
        layout.addWidget(self.late)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status_box)
        self.status_button.clicked.connect(self.change_status)
        self.note_button.clicked.connect(self.add_note)
        self.show_detail(None)

    # --- showing ---------------------------------------------------------------------------------
    def load(self, issue_id: str) -> None:
        self.runner.read(issues_service.issue_detail, issue_id, owner=self,
                         on_result=self.show_detail)

    def show_detail(self, d) -> None:
        """Show an IssueDetail (None: nothing chosen)."""
        same = d is not None and self.detail is not None and d.issue.id == self.detail.issue.id
        self.detail = d
        for w in (self.heading, self.facts, self.edit_button, self.tabs, self.status_box):
            w.setVisible(d is not None)
        self.empty.setVisible(d is None)
        self.late.setVisible(bool(d and d.issue.overdue))
        if d is None:
            return
        i = d.issue
        dash = "-"
        self.heading.setText(fmt.digits(i.title))
        lines = [
            self.tr("Status: {status}").format(status=_status_word(i.status)) + " · "
            + self.tr("Priority: {p} · Committee: {c}").format(
                p=labels.label(i.priority, Priority), c=i.committee_name or dash),
            self.tr("Reported on {date} ({source}{by})").format(
                date=fmt.jdate(i.reported_on), source=labels.label(i.source, IssueSource),
                by=f"، {i.reported_by}" if i.reported_by else ""),
            self.tr("Target date: {date}").format(date=fmt.jdate(i.target_date) or dash),
        ]
        if i.address:
            lines.append(self.tr("Address: {a}").format(a=fmt.digits(i.address)))
        if i.description:
            lines.append(fmt.digits(i.description))
        self.facts.setText("\n".join(lines))
        self.late.setText(self.tr("Past its target date"))
        self.history_model.set_rows(d.history)
        self.demands_model.set_rows(d.demands)
        self.resolutions_model.set_rows(d.resolutions)
        self.tabs.setTabText(1, self.tr("Demands ({n})").format(n=fmt.number(len(d.demands))))
        self.tabs.setTabText(2, self.tr("Resolutions ({n})").format(
            n=fmt.number(len(d.resolutions))))
        self.new_status.clear()
        for status in issues_service.allowed_transitions(i.status):
            self.new_status.addItem(_status_word(status), status)
        self.status_button.setEnabled(self.new_status.count() > 0)
        if not same:
            self.errors.clear()
            self.note.clear()
            self.on_date.setDate(date.today())

    # --- actions ---------------------------------------------------------------------------------
    def change_status(self) -> None:
        if self.detail is None:
            return
        self.errors.clear()
        self._enable(False)
        self.runner.write(issues_service.change_status, self.detail.issue.id,
                          self.new_status.currentData(), note=self.note.text(),
                          on=self._on_value(), owner=self, on_result=self._done,
                          on_error=self._failed)

    def add_note(self) -> None:
        if self.detail is None:
            return
        self.errors.clear()
        self._enable(False)
        issue_id = self.detail.issue.id
        self.runner.write(issues_service.add_note, issue_id, self.note.text(),
                          on=self._on_value(), owner=self,
                          on_result=lambda _e: self._done(self.detail.issue),
                          on_error=self._failed)

    def _on_value(self):
        value = self.on_date.date()
        return value if value is not None else (self.on_date.text().strip() or None)

    def _done(self, view) -> None:
        self._enable(True)
        self.note.clear()
        self.load(view.id)
        self.changed.emit(view)

    def _failed(self, exc: BaseException) -> None:
        self._enable(True)
        self.errors.show_error(exc)

    def _enable(self, enabled: bool) -> None:
        self.status_button.setEnabled(enabled and self.new_status.count() > 0)
        self.note_button.setEnabled(enabled)
