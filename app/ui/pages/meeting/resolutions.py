"""The resolutions (مصوبات) a meeting passes, numbered by the meeting: ۱۲/۱، ۱۲/۲، ...

The table lists them; choosing one puts it in the form below (text, owner member, agency, Jalali
deadline, the agenda item it was decided under, and the neighbourhood issue it answers), where
it is corrected and saved, or deleted (the later ones move up a number, so the printed minutes
have no gaps). "New resolution" empties the form for the next one. Save resolution (or Ctrl+S)
writes it; a refused value shows under its field and nothing typed is lost. Their status and
follow-ups belong to the resolutions register page, since they change after the meeting.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
                               QMessageBox, QPlainTextEdit, QPushButton, QSplitter, QVBoxLayout,
                               QWidget)

from app.enums import ResolutionStatus
from app.errors import DomainError
from app.services import resolutions
from app.services.resolutions import ResolutionInput, ResolutionView
from app.ui import fmt
from app.ui.models.table_model import QT_TRANSLATE_NOOP, Column, RowTableModel
from app.ui.pages.meeting.jobs import SaveJob
from app.ui.pages.page_parts import overdue_role, record_table
from app.ui.widgets.field_error import FieldError
from app.ui.widgets.form import FormErrors
from app.ui.widgets.issue_picker import IssuePicker
from app.ui.widgets.jalali_date_edit import JalaliDateEdit
from app.ui.widgets.search_combo import SearchableCombo


class ResolutionModel(RowTableModel):
    columns = (
        Column("number", QT_TRANSLATE_NOOP("Columns", "No."), "digits"),
        Column("text", QT_TRANSLATE_NOOP("Columns", "Resolution")),
        Column("owner_name", QT_TRANSLATE_NOOP("Columns", "Owner")),
        Column("agency_name", QT_TRANSLATE_NOOP("Columns", "Agency")),
        Column("deadline", QT_TRANSLATE_NOOP("Columns", "Deadline"), "date"),
        Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), "enum", enum=ResolutionStatus),
    )

    def extra_data(self, row, column, role):
        return overdue_role(role) if row.overdue else None


class ResolutionsTab(QWidget):
    """The meeting's resolutions and the form that writes one."""

    changed = Signal()
    failed = Signal(object)

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id: str | None = None
        self.meeting_number = 0
        self.current: ResolutionView | None = None
        self._dirty = False
        self._loading = False
        self._locked = False
        col = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.model = ResolutionModel(self)
        self.table = record_table(self.model, splitter, widths={0: 60, 2: 140, 3: 170, 4: 100,
                                                                5: 95}, stretch=1)
        self.table.setAccessibleName(self.tr("Resolutions of the meeting"))
        splitter.addWidget(self.table)
        splitter.addWidget(self._build_form(splitter))
        splitter.setSizes([220, 330])
        col.addWidget(splitter, 1)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)

    def _build_form(self, parent: QWidget) -> QWidget:
        self.box = QGroupBox(parent)
        col = QVBoxLayout(self.box)
        self.errors = FormErrors(self.box)
        col.addWidget(self.errors.banner)
        grid = QGridLayout()
        self.text = QPlainTextEdit(self.box)
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("What the council decided, and what is to be done"))
        self.text.setMaximumHeight(80)
        self.owner = SearchableCombo(self.box)
        self.agency = SearchableCombo(self.box)
        self.deadline = JalaliDateEdit(self.box)
        self.item = QComboBox(self.box)
        self.issue = IssuePicker(self.ctx.runner, self.ctx.council_id, self.box)
        cells = ((0, 0, self.tr("Text"), "text", self.text, 3),
                 (1, 0, self.tr("Owner (member)"), "owner_id", self.owner, 1),
                 (1, 2, self.tr("Agency"), "agency_id", self.agency, 1),
                 (2, 0, self.tr("Deadline"), "deadline", self.deadline, 1),
                 (2, 2, self.tr("Agenda item"), "agenda_item_id", self.item, 1),
                 (3, 0, self.tr("Issue"), "issue_id", self.issue, 3))
        for r, c, text, field, widget, span in cells:
            label = QLabel(text, self.box)
            label.setBuddy(widget)
            grid.addWidget(label, 2 * r, c)
            grid.addWidget(widget, 2 * r, c + 1, 1, span)
            error = getattr(widget, "error_label", None)
            if error is None:
                error = FieldError(widget, self.box)
                grid.addWidget(error, 2 * r + 1, c + 1, 1, span)
            self.errors.bind(field, widget, error)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        col.addLayout(grid)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New resolution"), self.box)
        self.save_button = QPushButton(self.tr("Save resolution"), self.box)
        self.delete_button = QPushButton(self.tr("Delete resolution"), self.box)
        for b in (self.save_button, self.new_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        col.addLayout(buttons)
        col.addStretch(1)
        self.new_button.clicked.connect(self.new_resolution)
        self.save_button.clicked.connect(self.save_now)
        self.delete_button.clicked.connect(self.delete_current)
        self.text.textChanged.connect(self._edited)
        self.deadline.line.textEdited.connect(self._edited)
        self.deadline.dateChanged.connect(self._edited)
        for combo in (self.owner, self.agency, self.item):
            combo.currentIndexChanged.connect(self._edited)
        self.issue.changed.connect(self._edited)
        return self.box

    # --- showing -------------------------------------------------------------------------------------
    def set_members(self, people) -> None:
        self._loading = True
        self.owner.set_items([(m.full_name, m.id) for m in people])
        self._loading = False

    def set_agencies(self, options) -> None:
        self._loading = True
        self.agency.set_items([(a.name, a.id) for a in options])
        self._loading = False

    def set_view(self, view) -> None:
        self.meeting_id, self.meeting_number = view.id, view.number
        self._loading = True
        keep = self.item.currentData()
        self.item.clear()
        self.item.addItem("", None)
        for a in view.agenda:
            self.item.addItem(fmt.digits(f"{a.position}. ") + a.title, a.id)
        self.item.setCurrentIndex(max(0, self.item.findData(keep)))
        self._loading = False
        current_id = self.current.id if self.current else None
        self.model.set_rows(view.resolutions)
        if current_id:
            self.current = next((r for r in view.resolutions if r.id == current_id), None)
            self._select_row(current_id)
        if not self._dirty:
            self._show(self.current)
        self._update_buttons()

    def _select_row(self, resolution_id: str) -> None:
        ids = [r.id for r in self.model.rows()]
        if resolution_id in ids:
            # (selectRow does nothing under right-to-left; same id: _row_chosen ignores it)
            self.table.setCurrentIndex(self.model.index(ids.index(resolution_id), 0))

    def _row_chosen(self, current, _previous) -> None:
        if not current.isValid():
            return
        chosen = self.model.row_at(current.row())
        if self.current is not None and chosen.id == self.current.id:
            return
        if self._dirty and not self._may_drop():
            return
        self.current = chosen
        self._show(chosen)

    def _may_drop(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Unsaved resolution"),
            self.tr("The resolution being written has not been saved. Drop what was typed?"))
        return answer == QMessageBox.StandardButton.Yes

    def _show(self, res: ResolutionView | None) -> None:
        self._loading = True
        self.errors.clear()
        self.box.setTitle(self.tr("Resolution {number}").format(number=fmt.digits(res.number))
                          if res else self.tr("New resolution {number}").format(
                              number=fmt.digits(f"{self.meeting_number}/{self.model.rowCount() + 1}")))
        self.text.setPlainText(res.text if res else "")
        if res is not None:  # an owner who has since left, an agency since removed: still shown
            for combo, value, name in ((self.owner, res.owner_id, res.owner_name),
                                       (self.agency, res.agency_id, res.agency_name)):
                if value and combo.findData(value) < 0:
                    combo.addItem(name or "", value)
        self.owner.set_current_value(res.owner_id if res else None)
        self.agency.set_current_value(res.agency_id if res else None)
        self.deadline.setDate(res.deadline if res else None)
        self.item.setCurrentIndex(max(0, self.item.findData(res.agenda_item_id if res else None)))
        self.issue.set_value(res.issue_id if res else None)
        self._loading = False
        self._dirty = False
        self._update_buttons()

    def new_resolution(self) -> None:
        if self._dirty and not self._may_drop():
            return
        self.current = None
        self.table.clearSelection()
        self._show(None)
        self.text.setFocus()

    def _edited(self, *_args) -> None:
        if not self._loading:
            self._dirty = True

    def is_dirty(self) -> bool:
        return self._dirty

    def forget(self) -> None:
        """Another meeting is opened: drop the resolution being written."""
        self.current = None
        self._dirty = False

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self.current is not None and not self._locked)

    # --- writing -------------------------------------------------------------------------------------
    def values(self) -> ResolutionInput:
        return ResolutionInput(
            text=self.text.toPlainText(), owner_id=self.owner.current_value(),
            agency_id=self.agency.current_value(),
            deadline=self.deadline.date() or self.deadline.text(),
            issue_id=self.issue.value(), agenda_item_id=self.item.currentData())

    def save_job(self) -> SaveJob | None:
        """The write of the form (None when nothing was typed)."""
        if not self._dirty or self.meeting_id is None:
            return None
        self.errors.clear()
        if self.current is None:
            return SaveJob(resolutions.add_resolution, (self.meeting_id, self.values()),
                           on_ok=self._saved, on_error=self.errors.show_error)
        return SaveJob(resolutions.update_resolution, (self.current.id, self.values()),
                       on_ok=self._saved, on_error=self.errors.show_error)

    def save_now(self) -> None:
        self._dirty = self._dirty or self.current is None
        job = self.save_job()
        if job is not None:
            self.ctx.runner.write(job.fn, *job.args, owner=self,
                                  on_result=lambda r: (self._saved(r), self.changed.emit()),
                                  on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, DomainError) and all(f is None for f in exc.by_field()):
            self.failed.emit(exc)
        else:
            self.errors.show_error(exc)

    def _saved(self, res: ResolutionView) -> None:
        self.current = res
        self._dirty = False

    def delete_current(self) -> None:
        res = self.current
        if res is None or self._locked:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete resolution"),
            self.tr("Delete resolution {number}? The later resolutions of this meeting move up "
                    "one number.").format(number=fmt.digits(res.number)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.ctx.runner.write(resolutions.delete_resolution, res.id, owner=self,
                              on_result=lambda _r: self._deleted(), on_error=self._failed)

    def _deleted(self) -> None:
        self.current = None
        self._dirty = False
        self.changed.emit()

    def set_locked(self, locked: bool) -> None:
        self._locked = locked
        self.text.setReadOnly(locked)
        for widget in (self.owner, self.agency, self.deadline, self.item, self.save_button,
                       self.new_button):
            widget.setEnabled(not locked)
        self.issue.set_locked(locked)
        self._update_buttons()
