"""What a resident's request at a public meeting becomes: an answer, an issue or a demand.

Three small `RecordDialog`s for the intake page. "Answered on the spot" records what the
official said (and who). "Turn into an issue" makes a neighbourhood issue from the request (its
title defaults to the start of the request; a committee and a priority can be chosen; it is
reported on the meeting's date by the resident). "Turn into a demand" drafts a demand on an
agency (the one the request named, by default). Each runs one intake service call and keeps
the request's link to what it became.
"""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from app.enums import Priority
from app.services import demands, intake
from app.ui.dialogs.record_dialog import RecordDialog
from app.ui.pages.page_parts import enum_combo, fill_combo, set_combo_value
from app.ui.widgets import SearchableCombo


class IntakeForms(QObject):
    """Builds the intake page's dialogs (its runner and its 'today')."""

    def __init__(self, runner, today, parent: QObject | None = None):
        super().__init__(parent)
        self.runner = runner
        self.today = today  # a callable

    def answer_dialog(self, parent: QWidget, request) -> RecordDialog:
        dialog = RecordDialog(self.runner, self.tr("Answered on the spot"), parent)
        answer = QPlainTextEdit()
        answer.setTabChangesFocus(True)
        answer.setFixedHeight(90)
        answer.setPlainText(request.answer or "")
        by = QLineEdit()
        by.setText(request.answered_by or "")
        dialog.add_field("answer", self.tr("The answer given"), answer)
        dialog.add_field("answered_by", self.tr("Answered by"), by)
        dialog.on_submit(lambda v: (intake.answer_on_the_spot, (request.id, v["answer"]),
                                    {"answered_by": v["answered_by"]}))
        return dialog

    def issue_dialog(self, parent: QWidget, request, committees) -> RecordDialog:
        dialog = RecordDialog(self.runner, self.tr("Turn into an issue"), parent)
        title = QLineEdit()
        title.setText(demands.short_line(request.request_text))
        committee = QComboBox()
        fill_combo(committee, [(c.name, c.id) for c in committees], self.tr("(no committee)"))
        priority = enum_combo(Priority, None)
        set_combo_value(priority, Priority.MEDIUM.value)
        dialog.add_field("title", self.tr("Title of the issue"), title)
        dialog.add_field("committee_id", self.tr("Committee"), committee)
        dialog.add_field("priority", self.tr("Priority"), priority)
        dialog.on_submit(lambda v: (intake.to_issue, (request.id,), {
            "title": v["title"], "committee_id": v["committee_id"],
            "priority": v["priority"], "today": self.today()}))
        return dialog

    def demand_dialog(self, parent: QWidget, request, agencies) -> RecordDialog:
        dialog = RecordDialog(self.runner, self.tr("Turn into a demand"), parent)
        agency = SearchableCombo(allow_empty=True)
        agency.set_items([(a.name, a.id) for a in agencies])
        agency.set_current_value(request.agency_id)
        subject = QLineEdit()
        subject.setText(demands.short_line(request.request_text))
        dialog.add_field("agency_id", self.tr("Agency"), agency)
        dialog.add_field("subject", self.tr("Subject"), subject)
        dialog.on_submit(lambda v: (intake.to_demand, (request.id,), {
            "agency_id": v["agency_id"], "subject": v["subject"], "today": self.today()}))
        return dialog
