"""The demand form: draft a demand, send its letter, record the agency's answer, close it.

One form follows a demand through its life (draft -> sent -> answered -> closed), so the
secretary never looks for another screen: the buttons that make sense for the demand's status
are enabled, the others greyed. "Send the letter" saves what is typed and sends in one
transaction (`save_and_send`), so a refused letter number leaves nothing half done. Every
refusal shows its Persian message beside the field concerned (`FormErrors`) and keeps what was
typed. The form emits `saved(view)` after each successful change so the page refreshes its
tables; it runs its writes on the task runner like everything else.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QFormLayout, QGridLayout, QGroupBox, QLabel, QLineEdit,
                               QMessageBox, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget)

from app.enums import DemandStatus
from app.services import demands
from app.ui import fmt, labels
from app.ui.widgets import FormErrors, JalaliDateEdit, NumberEdit, SearchableCombo

D = DemandStatus


def save_and_send(session, demand_id: str | None, data: demands.DemandInput, *, council_id: str,
                  today: date):
    """Create or update the demand with what the form holds, then send it (one transaction)."""
    if demand_id is None:
        view = demands.create_demand(session, data, council_id=council_id, today=today)
    else:
        view = demands.update_demand(session, demand_id, data, today=today)
    return demands.send_demand(session, view.id, letter_no=data.letter_no,
                               letter_date=data.letter_date, due_date=data.due_date, today=today)


class DemandForm(QWidget):
    """Fields and actions of one demand (or of a new draft)."""

    saved = Signal(object)  # DemandView

    def __init__(self, ctx, today, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.today = today  # a callable giving the page's today
        self.current = None  # the DemandView shown, None for a new draft
        self.errors = FormErrors(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self)
        self.heading.setObjectName("cardTitle")
        self.heading.setWordWrap(True)
        outer.addWidget(self.heading)
        outer.addWidget(self.errors.banner)

        box = QGroupBox(self.tr("Demand"), self)
        form = QFormLayout(box)
        self.agency = SearchableCombo(box, allow_empty=True)
        self.agency.setAccessibleName(self.tr("Agency"))
        self.subject = QLineEdit(box)
        self.text = QPlainTextEdit(box)
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(70)
        self.amount = NumberEdit(box)
        self.amount.setPlaceholderText(self.tr("rials, if money is asked for"))
        self.errors.add_row(form, self.tr("Agency"), "agency_id", self.agency)
        self.errors.add_row(form, self.tr("Subject"), "subject", self.subject)
        self.errors.add_row(form, self.tr("Text of the letter"), "text", self.text)
        self.errors.add_row(form, self.tr("Amount (rials)"), "amount", self.amount)
        self.link = QLabel(box)
        self.link.setWordWrap(True)
        self.link.setObjectName("hint")
        form.addRow(self.link)
        outer.addWidget(box)

        box = QGroupBox(self.tr("Letter"), self)
        form = QFormLayout(box)
        self.letter_no = QLineEdit(box)
        self.letter_no.setPlaceholderText(self.tr("e.g. 123/ش/1405"))
        self.letter_date = JalaliDateEdit(box)
        self.due_date = JalaliDateEdit(box)
        self.errors.add_row(form, self.tr("Letter number"), "letter_no", self.letter_no)
        self.errors.add_row(form, self.tr("Letter date"), "letter_date", self.letter_date)
        self.errors.add_row(form, self.tr("Answer due by"), "due_date", self.due_date)
        outer.addWidget(box)

        box = QGroupBox(self.tr("Agency's answer"), self)
        form = QFormLayout(box)
        self.answer = QPlainTextEdit(box)
        self.answer.setTabChangesFocus(True)
        self.answer.setFixedHeight(60)
        self.answered_on = JalaliDateEdit(box)
        self.errors.add_row(form, self.tr("Answer"), "answer_text", self.answer)
        self.errors.add_row(form, self.tr("Answered on"), "answered_on", self.answered_on)
        outer.addWidget(box)
        self.errors.bind("status", self.heading, self.errors.banner)

        row = QGridLayout()
        self.new_button = QPushButton(self.tr("New draft"), self)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.send_button = QPushButton(self.tr("Send the letter"), self)
        self.answer_button = QPushButton(self.tr("Record the answer"), self)
        self.close_button = QPushButton(self.tr("Close the demand"), self)
        self.print_button = QPushButton(self.tr("Print the letter"), self)
        for i, button in enumerate((self.new_button, self.save_button, self.print_button,
                                    self.send_button, self.answer_button, self.close_button)):
            row.addWidget(button, i // 3, i % 3)
        outer.addLayout(row)
        outer.addStretch(1)
        self.new_button.clicked.connect(self.clear)
        self.save_button.clicked.connect(self.save)
        self.send_button.clicked.connect(self.send)
        self.answer_button.clicked.connect(self.record_answer)
        self.close_button.clicked.connect(self.close_demand)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.print_button.setToolTip(self.tr("Print the letter (Ctrl+P)"))
        self.setTabOrder(self.agency, self.subject)
        self.setTabOrder(self.subject, self.text)
        self.setTabOrder(self.text, self.amount)
        self.setTabOrder(self.amount, self.letter_no)
        self.setTabOrder(self.letter_no, self.letter_date.line)
        self.setTabOrder(self.letter_date.line, self.due_date.line)
        self.setTabOrder(self.due_date.line, self.answer)
        self.setTabOrder(self.answer, self.answered_on.line)
        self.clear()

    # --- showing ------------------------------------------------------------------------------
    def set_agencies(self, options) -> None:
        self.agency.set_items([(o.name, o.id) for o in options])

    def clear(self) -> None:
        """An empty new draft."""
        self.current = None
        self.errors.clear()
        self.agency.set_current_value(None)
        for widget in (self.subject, self.letter_no):
            widget.clear()
        for widget in (self.text, self.answer):
            widget.setPlainText("")
        self.amount.setValue(None)
        for widget in (self.letter_date, self.due_date, self.answered_on):
            widget.setDate(None)
        self._update_state()
        self.agency.setFocus()

    def show_demand(self, view) -> None:
        """Fill the form with a saved demand."""
        self.current = view
        self.errors.clear()
        self.agency.set_current_value(view.agency_id)
        self.subject.setText(view.subject or "")
        self.text.setPlainText(view.text or "")
        self.amount.setValue(view.amount)
        self.letter_no.setText(fmt.digits(view.letter_no or ""))
        self.letter_date.setDate(view.letter_date)
        self.due_date.setDate(view.due_date)
        self.answer.setPlainText(view.answer_text or "")
        self.answered_on.setDate(view.answered_on)
        self._update_state()

    def _update_state(self) -> None:
        view = self.current
        status = view.status if view is not None else None
        if view is None:
            self.heading.setText(self.tr("New demand (draft, not saved yet)"))
        else:
            text = self.tr("Demand: {status}").format(status=labels.label(status, D))
            if view.overdue:
                text += " — " + self.tr("{n} days past its due date").format(
                    n=fmt.number((self.today() - view.due_date).days))
            self.heading.setText(text)
        links = []
        if view is not None and view.issue_title:
            links.append(self.tr("For the issue: {title}").format(title=view.issue_title))
        if view is not None and view.resolution_number:
            links.append(self.tr("Carries out resolution {number}").format(
                number=fmt.digits(view.resolution_number)))
        self.link.setText("\n".join(links))
        self.link.setVisible(bool(links))
        closed = status == D.CLOSED
        for widget in (self.agency, self.subject, self.text, self.amount, self.letter_no,
                       self.letter_date, self.due_date):
            widget.setEnabled(not closed)
        self.save_button.setEnabled(not closed)
        self.send_button.setEnabled(status in (None, D.DRAFT))
        can_answer = status in (D.SENT, D.ANSWERED)
        self.answer.setEnabled(can_answer)
        self.answered_on.setEnabled(can_answer)
        self.answer_button.setEnabled(can_answer)
        self.close_button.setEnabled(can_answer)
        self.print_button.setEnabled(view is not None)

    # --- input --------------------------------------------------------------------------------
    def data(self) -> demands.DemandInput:
        """What is typed, as the service takes it (dates typed badly are passed as text so the
        service names the problem in its own words)."""
        current = self.current
        return demands.DemandInput(
            agency_id=self.agency.current_value() or "",
            issue_id=current.issue_id if current else None,
            resolution_id=current.resolution_id if current else None,
            subject=self.subject.text(), text=self.text.toPlainText(),
            amount=self.amount.text(), letter_no=self.letter_no.text(),
            letter_date=self.letter_date.date() or self.letter_date.text(),
            due_date=self.due_date.date() or self.due_date.text())

    # --- actions ------------------------------------------------------------------------------
    def _write(self, fn, *args, **kwargs) -> None:
        self.errors.clear()
        self.ctx.runner.write(fn, *args, owner=self, on_result=self._done,
                              on_error=self.errors.show_error, **kwargs)

    def _done(self, view) -> None:
        self.show_demand(view)
        self.saved.emit(view)

    def save(self) -> None:
        if self.current is not None and self.current.status == D.CLOSED:
            return
        if self.current is None:
            self._write(demands.create_demand, self.data(), council_id=self.ctx.council_id,
                        today=self.today())
        else:
            self._write(demands.update_demand, self.current.id, self.data(), today=self.today())

    def send(self) -> None:
        if self.current is not None and self.current.status != D.DRAFT:
            return
        self._write(save_and_send, self.current.id if self.current else None, self.data(),
                    council_id=self.ctx.council_id, today=self.today())

    def record_answer(self) -> None:
        if self.current is None:
            return
        answered_on = self.answered_on.date() or self.answered_on.text() or None
        self._write(demands.record_answer, self.current.id, self.answer.toPlainText(),
                    answered_on, today=self.today())

    def close_demand(self) -> None:
        if self.current is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Close the demand"),
            self.tr("Close this demand? Nothing more will be pressed on the agency about it."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._write(demands.close_demand, self.current.id, today=self.today())
