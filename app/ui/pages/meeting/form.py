"""The meeting's particulars as a form, and the "new meeting" dialog (Ctrl+N) built on it.

`MeetingForm` holds what `meetings.MeetingInput` carries: the number (the next free one is
suggested), the Jalali date, the kind, start and end time, the place, the chair and the
minute-taker (active members; the chair and the secretary are picked by default) and, in the
editor, the summary. It sends what was typed as typed (a Jalali date or a time the services
cannot read goes to them as text), so the refusal comes back in the services' own Persian words
and lands under its field through `FormErrors`, with everything typed left in place.
`NewMeetingDialog` schedules the meeting through the task runner and stays open on a refusal.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget)

from app.enums import MeetingKind, MemberRole
from app.services import meetings, members
from app.services.meetings import MeetingInput
from app.ui import fmt, labels
from app.ui.widgets.form import FormErrors
from app.ui.widgets.jalali_date_edit import JalaliDateEdit
from app.ui.widgets.number_edit import NumberEdit
from app.ui.widgets.search_combo import SearchableCombo


class MeetingForm(QWidget):
    """Number, date, kind, times, place, chair, minute-taker (and summary)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, with_summary: bool = False):
        super().__init__(parent)
        self.errors = FormErrors(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.errors.banner)
        grid = QFormLayout()
        outer.addLayout(grid)
        self.number = NumberEdit(self, max_length=6)
        self.number.setMaximumWidth(120)
        self.date = JalaliDateEdit(self, required=True)
        self.date.line.setMaximumWidth(220)
        self.kind = QComboBox(self)
        for text, value in labels.choices(MeetingKind):
            self.kind.addItem(text, value)
        self.start = QLineEdit(self)
        self.end = QLineEdit(self)
        for edit in (self.start, self.end):
            edit.setPlaceholderText(self.tr("e.g. 17:30"))
            edit.setMaxLength(10)
            edit.setMaximumWidth(120)
        self.place = QLineEdit(self)
        self.place.setMaxLength(200)
        self.place.setPlaceholderText(self.tr("e.g. the mosque's library"))
        self.chair = SearchableCombo(self)
        self.minute_taker = SearchableCombo(self)
        self.errors.add_row(grid, self.tr("Meeting number"), "number", self.number)
        self.errors.add_row(grid, self.tr("Date"), "date", self.date)
        self.errors.add_row(grid, self.tr("Kind"), "kind", self.kind)
        self.errors.add_row(grid, self.tr("Starts at"), "start_time", self.start)
        self.errors.add_row(grid, self.tr("Ends at"), "end_time", self.end)
        self.errors.add_row(grid, self.tr("Place"), "place", self.place)
        self.errors.add_row(grid, self.tr("Chair"), "chair_id", self.chair)
        self.errors.add_row(grid, self.tr("Minute-taker"), "minute_taker_id", self.minute_taker)
        self.summary: QPlainTextEdit | None = None
        if with_summary:
            self.summary = QPlainTextEdit(self)
            self.summary.setTabChangesFocus(True)
            self.summary.setPlaceholderText(self.tr("A few lines on the meeting as a whole"))
            self.summary.setMaximumHeight(110)
            self.errors.add_row(grid, self.tr("Summary"), "summary", self.summary)
        self._dirty = False
        self._loading = False
        for signal in (self.number.textEdited, self.date.line.textEdited, self.start.textEdited,
                       self.end.textEdited, self.place.textEdited,
                       self.chair.currentIndexChanged, self.minute_taker.currentIndexChanged,
                       self.kind.currentIndexChanged):
            signal.connect(self._edited)
        self.date.dateChanged.connect(self._edited)
        if self.summary is not None:
            self.summary.textChanged.connect(self._edited)

    # --- values -----------------------------------------------------------------------------------
    def set_members(self, people: list[members.MemberView], *, keep: tuple = ()) -> None:
        """Active members to choose the chair and the minute-taker from; `keep` adds the ids
        currently chosen even if they have left (an older meeting's chair)."""
        items = [(m.full_name, m.id) for m in people]
        known = {m.id for m in people}
        for member_id, name in keep:
            if member_id and member_id not in known:
                items.append((name or "", member_id))
        self._loading = True
        for combo in (self.chair, self.minute_taker):
            combo.set_items(items)
        self._loading = False

    def choose_defaults(self, people: list[members.MemberView]) -> None:
        """The council's chair and secretary, when the fields are still empty."""
        self._loading = True
        for combo, role in ((self.chair, MemberRole.CHAIR), (self.minute_taker,
                                                              MemberRole.SECRETARY)):
            if combo.current_value() is None:
                match = next((m.id for m in people if m.role == role.value), None)
                combo.set_current_value(match)
        self._loading = False

    def set_view(self, view: meetings.MeetingView) -> None:
        """Show a meeting's particulars (forgets unsaved edits)."""
        self._loading = True
        self.number.setValue(view.number)
        self.date.setDate(view.date)
        self.kind.setCurrentIndex(max(0, self.kind.findData(view.kind)))
        self.start.setText(fmt.clock(view.start_time))
        self.end.setText(fmt.clock(view.end_time))
        self.place.setText(view.place or "")
        self.chair.set_current_value(view.chair_id)
        self.minute_taker.set_current_value(view.minute_taker_id)
        if self.summary is not None:
            self.summary.setPlainText(view.summary or "")
        self._loading = False
        self._dirty = False
        self.errors.clear()

    def values(self) -> MeetingInput:
        """What is typed, as the service's input (unreadable text is passed on as typed)."""
        return MeetingInput(
            date=self.date.date() or self.date.text(),
            kind=self.kind.currentData(),
            number=self.number.value(),
            start_time=self.start.text().strip() or None,
            end_time=self.end.text().strip() or None,
            place=self.place.text().strip() or None,
            chair_id=self.chair.current_value(),
            minute_taker_id=self.minute_taker.current_value(),
            summary=self.summary.toPlainText() if self.summary is not None else None)

    def is_dirty(self) -> bool:
        return self._dirty

    def mark_clean(self) -> None:
        self._dirty = False

    def set_locked(self, locked: bool) -> None:
        """Read-only (finalised minutes): nothing can be typed or chosen."""
        for widget in (self.number, self.date, self.kind, self.start, self.end, self.place,
                       self.chair, self.minute_taker):
            widget.setEnabled(not locked)
        if self.summary is not None:
            self.summary.setReadOnly(locked)

    def _edited(self, *_args) -> None:
        if not self._loading:
            self._dirty = True
            self.changed.emit()


class NewMeetingDialog(QDialog):
    """Schedule a meeting: the form, with the next number and sensible defaults filled in."""

    created = Signal(object)  # MeetingView

    def __init__(self, ctx, parent: QWidget | None = None, *, on: date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("New meeting"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("The agenda item that follows up earlier resolutions is added "
                              "by itself."), self)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.form = MeetingForm(self)
        layout.addWidget(self.form)
        self.buttons = QDialogButtonBox(self)
        self.create_button = self.buttons.addButton(self.tr("Schedule the meeting"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.create_button.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.form.date.setDate(on or date.today())
        self.form.mark_clean()
        self.form.date.setFocus()
        self.view: meetings.MeetingView | None = None
        self._load_defaults()

    def _load_defaults(self) -> None:
        runner, council_id = self.ctx.runner, self.ctx.council_id
        runner.read(meetings.next_number, council_id, owner=self,
                    on_result=lambda n: self.form.number.text() or self.form.number.setValue(n))
        runner.read(members.list_members, council_id, status="active", owner=self,
                    on_result=self._got_members)
        runner.read(meetings.list_meetings, council_id, limit=1, owner=self,
                    on_result=self._got_last)

    def _got_members(self, people) -> None:
        self.form.set_members(people)
        self.form.choose_defaults(people)

    def _got_last(self, rows) -> None:
        """The place of the last meeting, and its usual start time, as a suggestion."""
        if rows and not self.form.place.text():
            self.form.place.setText(rows[0].place or "")
        if rows and not self.form.start.text() and rows[0].start_time:
            self.form.start.setText(fmt.clock(rows[0].start_time))

    def submit(self) -> None:
        self.form.errors.clear()
        self.create_button.setEnabled(False)
        self.ctx.runner.write(meetings.create_meeting, self.ctx.council_id, self.form.values(),
                              owner=self, on_result=self._done, on_error=self._failed)

    def _done(self, view) -> None:
        self.view = view
        self.create_button.setEnabled(True)
        self.created.emit(view)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.create_button.setEnabled(True)
        self.form.errors.show_error(exc)
        self.adjustSize()  # room for the messages under the fields
