"""Addenda (الحاقیه) of finalised minutes: the only way to correct them once sealed.

The tab lists the numbered addenda (date, author, text). "Add addendum..." is available only
on finalised minutes and opens `AddendumDialog`: the Jalali date (today by default, never
before the meeting), who writes it (the logged-in account by default) and the text. A refused
value is shown under its field and the dialog stays open with everything typed.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLineEdit,
                               QPlainTextEdit, QPushButton, QVBoxLayout, QWidget)

from app.services import sealing
from app.ui.models.table_model import QT_TRANSLATE_NOOP, Column, RowTableModel
from app.ui.pages.page_parts import hint, record_table
from app.ui.widgets.form import FormErrors
from app.ui.widgets.jalali_date_edit import JalaliDateEdit


class AddendumModel(RowTableModel):
    columns = (
        Column("number", QT_TRANSLATE_NOOP("Columns", "No."), "number"),
        Column("date", QT_TRANSLATE_NOOP("Columns", "Date"), "date"),
        Column("author", QT_TRANSLATE_NOOP("Columns", "Written by")),
        Column("text", QT_TRANSLATE_NOOP("Columns", "Text")),
    )


class AddendumDialog(QDialog):
    """Write one addendum to finalised minutes."""

    added = Signal(object)  # sealing.AddendumView

    def __init__(self, ctx, meeting_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.meeting_id = ctx, meeting_id
        self.setWindowTitle(self.tr("Add an addendum"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr("The finalised minutes stay as they are; the addendum is "
                                      "printed after them with its own number."), self))
        self.errors = FormErrors(self)
        layout.addWidget(self.errors.banner)
        form = QFormLayout()
        self.date = JalaliDateEdit(self, required=True)
        self.date.setDate(date.today())
        self.author = QLineEdit(self)
        self.author.setMaxLength(120)
        account = ctx.account
        self.author.setText(getattr(account, "display_name", "") or "")
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("What is corrected or added, and why"))
        self.errors.add_row(form, self.tr("Date"), "date", self.date)
        self.errors.add_row(form, self.tr("Written by"), "author", self.author)
        self.errors.add_row(form, self.tr("Text"), "text", self.text)
        layout.addLayout(form)
        buttons = QDialogButtonBox(self)
        self.add_button = buttons.addButton(self.tr("Add the addendum"),
                                            QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.text.setFocus()

    def submit(self) -> None:
        self.errors.clear()
        self.add_button.setEnabled(False)
        self.ctx.runner.write(sealing.add_addendum, self.meeting_id, self.text.toPlainText(),
                              self.date.date() or self.date.text(),
                              self.author.text().strip() or None, owner=self,
                              on_result=self._done, on_error=self._failed)

    def _done(self, view) -> None:
        self.add_button.setEnabled(True)
        self.added.emit(view)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.add_button.setEnabled(True)
        self.errors.show_error(exc)


class AddendaTab(QWidget):
    """The numbered addenda and the button that adds one."""

    add_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        col = QVBoxLayout(self)
        self.note = hint("", self)
        col.addWidget(self.note)
        self.model = AddendumModel(self)
        self.table = record_table(self.model, self, widths={0: 50, 1: 100, 2: 160}, stretch=3)
        self.table.setWordWrap(True)
        self.table.setAccessibleName(self.tr("Addenda"))
        col.addWidget(self.table, 1)
        self.add_button = QPushButton(self.tr("Add addendum..."), self)
        self.add_button.clicked.connect(self.add_requested.emit)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        col.addLayout(row)

    def set_view(self, view) -> None:
        self.model.set_rows(view.addenda)
        self.add_button.setEnabled(view.finalised)
        self.note.setText(self.tr("Corrections to finalised minutes are added here as numbered "
                                  "addenda.") if view.finalised else
                          self.tr("Addenda can be added once the minutes are finalised; until "
                                  "then, correct the minutes themselves."))
