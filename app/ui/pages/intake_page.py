"""Public meeting intake: residents' requests typed in fast during a Wednesday public meeting.

At «Wednesday with the people» meetings residents queue to bring their requests to the managers
present; the secretary types each one while the next resident sits down. So: choose the public
meeting (today's is chosen by itself; "Hold a public meeting today" makes one when there is
none), then a short form (name, mobile, address, the request, who answered, the agency it
concerns) where Enter in any field saves and empties the form for the next resident, the
cursor back on the name. A refused entry (say, a mobile number with a digit missing) keeps
everything typed and says why beside the field. Below, this meeting's requests in the order
they came, with what became of each; the buttons answer one on the spot, turn it into an issue
the council tracks or into a demand on an agency (app.ui.dialogs.intake_dialogs).
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QStyle, QVBoxLayout)

from app.enums import IntakeOutcome, MeetingKind
from app.services import agencies, committees, intake, meetings
from app.ui import fmt
from app.ui.dialogs.intake_dialogs import IntakeForms
from app.ui.models import QT_TRANSLATE_NOOP, Column, RowTableModel
from app.ui.pages.base import Page
from app.ui.pages.page_parts import fill_combo, hint, record_table
from app.ui.widgets import FormErrors, MobileEdit, SearchableCombo


def _became(row) -> str:
    return row.issue_title or row.demand_subject or row.answer or ""


class RequestTableModel(RowTableModel):
    """A meeting's requests in the order they were recorded."""

    columns = (
        Column("resident_name", QT_TRANSLATE_NOOP("Columns", "Resident")),
        Column("resident_phone", QT_TRANSLATE_NOOP("Columns", "Mobile"), kind="digits"),
        Column("request_text", QT_TRANSLATE_NOOP("Columns", "Request"), width=40),
        Column("agency_name", QT_TRANSLATE_NOOP("Columns", "Agency")),
        Column("outcome", QT_TRANSLATE_NOOP("Columns", "Outcome"), kind="enum",
               enum=IntakeOutcome),
        Column("became", QT_TRANSLATE_NOOP("Columns", "What came of it"), get=_became),
    )

    def row_of(self, request_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == request_id), -1)


def intake_choices(session, council_id: str):
    """Public meetings (newest first), agencies and committees for the page (one read)."""
    return (meetings.list_meetings(session, council_id, kind=MeetingKind.PUBLIC.value, limit=80),
            agencies.agency_options(session, council_id),
            committees.list_committees(session, council_id))


def default_meeting(rows, today: date):
    """Today's public meeting, else the latest one before today, else the first listed."""
    return (next((m for m in rows if m.date == today), None)
            or next((m for m in rows if m.date < today), None)
            or (rows[0] if rows else None))


class IntakePage(Page):
    key = "intake"
    title_text = QT_TRANSLATE_NOOP("Navigation", "Public meeting intake")
    icon = QStyle.StandardPixmap.SP_MessageBoxInformation

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.forms = IntakeForms(ctx.runner, self.today, self)
        self.agencies: list = []
        self.committees: list = []
        self.meetings: list = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        self.make_title(outer)

        bar = QHBoxLayout()
        self.meeting_combo = QComboBox(self)
        self.meeting_combo.setMinimumContentsLength(40)
        self.meeting_combo.setAccessibleName(self.tr("Public meeting"))
        self.today_button = QPushButton(self.tr("Hold a public meeting today"), self)
        bar.addWidget(QLabel(self.tr("Public meeting:"), self))
        bar.addWidget(self.meeting_combo)
        bar.addWidget(self.today_button)
        bar.addStretch(1)
        outer.addLayout(bar)

        box = QGroupBox(self.tr("New request (Enter saves and starts the next one)"), self)
        grid = QGridLayout(box)
        self.errors = FormErrors(box)
        self.name = QLineEdit(box)
        self.phone = MobileEdit(box)
        self.address = QLineEdit(box)
        self.request = QLineEdit(box)
        self.request.setPlaceholderText(self.tr("What the resident asks for"))
        self.answered_by = QLineEdit(box)
        self.answered_by.setPlaceholderText(self.tr("the official who took it"))
        self.agency = SearchableCombo(box, allow_empty=True)
        self.agency.setAccessibleName(self.tr("Agency"))
        self.save_button = QPushButton(self.tr("Save (Enter)"), box)
        fields = ((self.tr("Resident's name"), "resident_name", self.name, 0, 0),
                  (self.tr("Mobile"), "resident_phone", self.phone, 0, 1),
                  (self.tr("Address"), "address", self.address, 0, 2),
                  (self.tr("Request"), "request_text", self.request, 2, 0),
                  (self.tr("Answered by"), "answered_by", self.answered_by, 2, 2),
                  (self.tr("Agency"), "agency_id", self.agency, 4, 2))
        for label, field, widget, row, column in fields:
            error = self.errors.bind(field, widget)
            span = 2 if widget is self.request else 1
            grid.addWidget(QLabel(label, box), row, column * 2)
            grid.addWidget(widget, row, column * 2 + 1, 1, 1 if span == 1 else 3)
            grid.addWidget(error, row + 1, column * 2 + 1, 1, 1 if span == 1 else 3)
        grid.addWidget(self.save_button, 4, 1)
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)
        grid.addWidget(self.errors.banner, 6, 0, 1, 6)
        outer.addWidget(box)

        self.model = RequestTableModel(self)
        self.table = record_table(self.model, self, stretch=2, sortable=False,
                                  widths={0: 150, 1: 110, 3: 150, 4: 120, 5: 220})
        self.table.setAccessibleName(self.tr("Requests at this meeting"))
        outer.addWidget(self.table, 1)
        actions = QHBoxLayout()
        self.count_label = QLabel(self)
        self.answer_button = QPushButton(self.tr("Answered on the spot..."), self)
        self.issue_button = QPushButton(self.tr("Turn into an issue..."), self)
        self.demand_button = QPushButton(self.tr("Turn into a demand..."), self)
        for button in (self.answer_button, self.issue_button, self.demand_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.count_label)
        outer.addLayout(actions)
        self.note = hint(self.tr("Requests are kept with the meeting; an issue or demand made "
                                 "from one remembers the resident who asked."), self)
        outer.addWidget(self.note)

        self.setTabOrder(self.name, self.phone)
        self.setTabOrder(self.phone, self.address)
        self.setTabOrder(self.address, self.request)
        self.setTabOrder(self.request, self.answered_by)
        self.setTabOrder(self.answered_by, self.agency)
        self.setTabOrder(self.agency, self.save_button)
        for edit in (self.name, self.phone, self.address, self.request, self.answered_by):
            edit.returnPressed.connect(self.save)
        self.agency.lineEdit().returnPressed.connect(self.save)
        self.save_button.clicked.connect(self.save)
        self.meeting_combo.currentIndexChanged.connect(self.load_requests)
        self.today_button.clicked.connect(self.hold_today)
        self.answer_button.clicked.connect(self.answer_selected)
        self.issue_button.clicked.connect(self.issue_from_selected)
        self.demand_button.clicked.connect(self.demand_from_selected)
        self.table.selectionModel().currentRowChanged.connect(self._update_actions)
        self._update_actions()

    def today(self) -> date:
        return self.ctx.extras.get("today") or date.today()

    # --- loading ----------------------------------------------------------------------------------
    def activated(self) -> None:
        if self.ctx.council_id is None:
            return
        self.ctx.runner.read(intake_choices, self.ctx.council_id, owner=self,
                             on_result=self._choices)

    def _choices(self, result, choose: str | None = None) -> None:
        rows, self.agencies, self.committees = result
        self.meetings = list(rows)
        self.agency.set_items([(a.name, a.id) for a in self.agencies])
        keep = choose or self.meeting_combo.currentData()
        if keep is None:
            chosen = default_meeting(self.meetings, self.today())
            keep = chosen.id if chosen else None
        self.meeting_combo.blockSignals(True)
        fill_combo(self.meeting_combo, [(self._meeting_text(m), m.id) for m in self.meetings],
                   None)
        index = self.meeting_combo.findData(keep)
        self.meeting_combo.setCurrentIndex(max(index, 0))
        self.meeting_combo.blockSignals(False)
        self.today_button.setVisible(not any(m.date == self.today() for m in self.meetings))
        self.load_requests()

    def _meeting_text(self, meeting) -> str:
        text = self.tr("Meeting {n}, {date}").format(n=fmt.number(meeting.number),
                                                     date=fmt.jdate(meeting.date, "weekday"))
        return f"{text} — {meeting.place}" if meeting.place else text

    def meeting_id(self) -> str | None:
        return self.meeting_combo.currentData()

    def load_requests(self, *_args) -> None:
        meeting_id = self.meeting_id()
        self.name.setEnabled(meeting_id is not None)
        if meeting_id is None:
            self.model.set_rows([])
            self.count_label.setText(self.tr("No public meeting yet."))
            return
        self.ctx.runner.read(intake.list_requests, meeting_id, owner=self,
                             on_result=self._requests)

    def _requests(self, rows, select: str | None = None) -> None:
        self.model.set_rows(rows)
        pending = sum(1 for r in rows if r.outcome == IntakeOutcome.PENDING.value)
        self.count_label.setText(self.tr("{n} requests, {p} still pending").format(
            n=fmt.number(len(rows)), p=fmt.number(pending)))
        row = self.model.row_of(select) if select else -1
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._update_actions()

    # --- entering requests ------------------------------------------------------------------------
    def data(self) -> intake.IntakeInput:
        return intake.IntakeInput(
            resident_name=self.name.text(), request_text=self.request.text(),
            resident_phone=self.phone.text(), address=self.address.text(),
            answered_by=self.answered_by.text(), agency_id=self.agency.current_value())

    def save(self) -> None:
        meeting_id = self.meeting_id()
        if meeting_id is None:
            self.errors.banner.show_error(self.tr("Choose the public meeting first."))
            return
        self.errors.clear()
        self.ctx.runner.write(intake.record_request, meeting_id, self.data(), owner=self,
                              on_result=self._saved, on_error=self.errors.show_error)

    def _saved(self, view) -> None:
        for edit in (self.name, self.phone, self.address, self.request):
            edit.clear()
        self.agency.set_current_value(None)  # «answered by» stays: the same official, mostly
        self.name.setFocus()
        self.status_message.emit(self.tr("Recorded: {name}").format(name=view.resident_name))
        self.ctx.runner.read(intake.list_requests, view.meeting_id, owner=self,
                             on_result=lambda rows: self._requests(rows, view.id))

    def hold_today(self) -> None:
        self.ctx.runner.write(meetings.create_meeting, self.ctx.council_id, meetings.MeetingInput(
            date=self.today(), kind=MeetingKind.PUBLIC.value), owner=self,
            on_result=self._meeting_made)

    def _meeting_made(self, meeting) -> None:
        self.ctx.runner.read(intake_choices, self.ctx.council_id, owner=self,
                             on_result=lambda r: self._choices(r, meeting.id))
        self.name.setFocus()

    # --- what a request becomes -------------------------------------------------------------------
    def selected(self):
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _update_actions(self, *_args) -> None:
        request = self.selected()
        pending = request is not None and request.outcome in (IntakeOutcome.PENDING.value,
                                                              IntakeOutcome.ANSWERED.value)
        for button in (self.answer_button, self.issue_button, self.demand_button):
            button.setEnabled(pending)

    def _open(self, dialog) -> None:
        request = self.selected()
        dialog.saved.connect(lambda view: self._handled(view, request))
        self.dialog = dialog
        dialog.open()

    def _handled(self, view, _request) -> None:
        self._requests_reload(view.id)
        if view.outcome == IntakeOutcome.ISSUE.value:
            self.status_message.emit(self.tr("Now an issue: {title}").format(
                title=view.issue_title))
        elif view.outcome == IntakeOutcome.DEMAND.value:
            self.status_message.emit(self.tr("Now a draft demand: {subject}").format(
                subject=view.demand_subject))

    def _requests_reload(self, select: str | None = None) -> None:
        if self.meeting_id() is not None:
            self.ctx.runner.read(intake.list_requests, self.meeting_id(), owner=self,
                                 on_result=lambda rows: self._requests(rows, select))

    def answer_selected(self) -> None:
        if self.selected() is not None:
            self._open(self.forms.answer_dialog(self, self.selected()))

    def issue_from_selected(self) -> None:
        if self.selected() is not None:
            self._open(self.forms.issue_dialog(self, self.selected(), self.committees))

    def demand_from_selected(self) -> None:
        if self.selected() is not None:
            self._open(self.forms.demand_dialog(self, self.selected(), self.agencies))

    def new_record(self) -> None:
        self.name.setFocus()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Escape empties the form
        if event.key() == Qt.Key.Key_Escape:
            for edit in (self.name, self.phone, self.address, self.request):
                edit.clear()
            self.errors.clear()
            self.name.setFocus()
            return
        super().keyPressEvent(event)
