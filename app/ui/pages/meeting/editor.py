"""The meeting editor: one meeting from its agenda to its sealed minutes, tab by tab.

Tabs follow the order of a meeting: particulars, agenda, attendance (with the live quorum),
discussion per agenda item, resolutions, addenda. Structural changes (an agenda item added or
moved, a member marked present, a guest added) are written at once; typed text (particulars,
discussions, the resolution being written) is kept until Ctrl+S, which saves all of it and then
reloads the meeting without touching what is still being typed. "Finalise..." saves first, then
explains in a confirmation that sealing cannot be undone and calls `sealing.finalise_meeting`;
finalised minutes are shown read-only under a banner «این صورت‌جلسه نهایی شده و قابل تغییر نیست»
with their verification code, and only addenda can be added. A refusal from the services is
shown in Persian under its field or in the red banner above the tabs. Ctrl+P previews the
minutes (a draft carries the «پیش‌نویس» mark); the sign-in sheet prints for scheduled meetings.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QMessageBox, QPushButton, QTabWidget,
                               QVBoxLayout, QWidget)

from app.enums import MeetingKind, MeetingState
from app.errors import DomainError
from app.services import agencies, meetings, members, sealing
from app.ui import fmt, labels
from app.ui.i18n import error_text
from app.ui.pages.meeting.addenda import AddendaTab, AddendumDialog
from app.ui.pages.meeting.agenda import AgendaTab, DiscussionTab
from app.ui.pages.meeting.attendance import AttendanceTab
from app.ui.pages.meeting.form import MeetingForm
from app.ui.pages.meeting.jobs import SaveJob
from app.ui.pages.meeting.printing import preview_minutes, preview_sign_in
from app.ui.pages.meeting.resolutions import ResolutionsTab
from app.ui.pages.meetings_view import STATE_COLOURS
from app.ui.widgets.field_error import FieldError

#: left-to-right marks keep a code like «135Y-50WV-77» in one piece inside Persian text
LRM = "\u200e"


def code_text(code: str | None) -> str:
    return f"{LRM}{code}{LRM}" if code else ""


LOCK_STYLE = ("QLabel { background: #fff4d6; color: #5d4200; border: 1px solid #e0b94f;"
              " border-radius: 4px; padding: 8px 12px; }")


class MeetingEditor(QWidget):
    """Everything about one meeting."""

    back_requested = Signal()
    meeting_changed = Signal()  # the list should refresh

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id: str | None = None
        self.view: meetings.MeetingView | None = None
        self.read_only = bool(getattr(ctx.account, "read_only", False))
        self._saving = 0
        self._people: list = []
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.back_button = QPushButton(self.tr("Back to the meetings"), self)
        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        self.state = QLabel(self)
        head.addWidget(self.back_button)
        head.addSpacing(12)
        head.addWidget(self.title)
        head.addWidget(self.state)
        head.addStretch(1)
        col.addLayout(head)
        self.lock_banner = QLabel(self)
        self.lock_banner.setObjectName("lockBanner")
        self.lock_banner.setWordWrap(True)
        self.lock_banner.setStyleSheet(LOCK_STYLE)
        self.lock_banner.hide()
        col.addWidget(self.lock_banner)
        self.banner = FieldError(None, self)
        self.banner.setObjectName("formBanner")
        col.addWidget(self.banner)
        col.addLayout(self._build_actions())
        self.tabs = QTabWidget(self)
        self.details = MeetingForm(self, with_summary=True)
        details_page = QWidget(self)
        details_row = QHBoxLayout(details_page)
        self.details.setMaximumWidth(680)
        details_col = QVBoxLayout()
        details_col.addWidget(self.details)
        details_col.addStretch(1)
        details_row.addLayout(details_col, 1)
        details_row.addStretch(0)
        self.agenda = AgendaTab(ctx, self)
        self.attendance = AttendanceTab(ctx, self)
        self.discussion = DiscussionTab(self)
        self.resolutions = ResolutionsTab(ctx, self)
        self.addenda = AddendaTab(self)
        for widget, text in ((details_page, self.tr("Details")), (self.agenda, self.tr("Agenda")),
                             (self.attendance, self.tr("Attendance")),
                             (self.discussion, self.tr("Discussion")),
                             (self.resolutions, self.tr("Resolutions")),
                             (self.addenda, self.tr("Addenda"))):
            self.tabs.addTab(widget, text)
        col.addWidget(self.tabs, 1)
        self.back_button.clicked.connect(self.back_requested.emit)
        for tab in (self.agenda, self.attendance, self.resolutions):
            tab.failed.connect(self.show_error)
            tab.changed.connect(self.reload)
        self.attendance.sheet_changed.connect(self._sheet_changed)
        self.addenda.add_requested.connect(self.add_addendum)

    def _build_actions(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save (Ctrl+S)"), self)
        self.print_button = QPushButton(self.tr("Print the minutes (Ctrl+P)"), self)
        self.sign_in_button = QPushButton(self.tr("Print the sign-in sheet"), self)
        self.finalise_button = QPushButton(self.tr("Finalise the minutes..."), self)
        self.addendum_button = QPushButton(self.tr("Add addendum..."), self)
        self.delete_button = QPushButton(self.tr("Delete meeting..."), self)
        for button in (self.save_button, self.print_button, self.sign_in_button,
                       self.finalise_button, self.addendum_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.delete_button)
        self.save_button.clicked.connect(lambda: self.save())
        self.print_button.clicked.connect(self.print_minutes)
        self.sign_in_button.clicked.connect(self.print_sign_in)
        self.finalise_button.clicked.connect(self.finalise)
        self.addendum_button.clicked.connect(self.add_addendum)
        self.delete_button.clicked.connect(self.delete_meeting)
        return row

    # --- loading -------------------------------------------------------------------------------------
    def open_meeting(self, meeting_id: str) -> None:
        """Show another meeting (the caller has dealt with unsaved changes)."""
        self.meeting_id, self.view = meeting_id, None
        self.details.mark_clean()
        self.discussion.forget()
        self.resolutions.forget()
        self.banner.clear()
        self.tabs.setCurrentIndex(0)
        runner, council_id = self.ctx.runner, self.ctx.council_id
        runner.read(members.list_members, council_id, status="active", owner=self,
                    on_result=self._got_members)
        runner.read(agencies.agency_options, council_id, owner=self,
                    on_result=self._got_agencies)
        self.reload()

    def _got_members(self, people) -> None:
        self._people = people
        keep = ()
        if self.view is not None:
            keep = ((self.view.chair_id, self.view.chair_name),
                    (self.view.minute_taker_id, self.view.minute_taker_name))
        self.details.set_members(people, keep=keep)
        self.resolutions.set_members(people)
        if self.view is not None and not self.details.is_dirty():
            self.details.set_view(self.view)

    def _got_agencies(self, options) -> None:
        self.attendance.set_agencies(options)
        self.resolutions.set_agencies(options)

    def reload(self) -> None:
        if self.meeting_id is not None:
            # a read runs beside the writer thread: remember how many attendance writes had
            # finished, so an answer that could not see a later click does not undo it
            issued = self.attendance.writes_done
            self.ctx.runner.read(meetings.get_meeting, self.meeting_id, owner=self,
                                 on_result=lambda view: self.show_view(view, issued),
                                 on_error=self.show_error)

    def show_view(self, view: meetings.MeetingView, attendance_writes: int | None = None) -> None:
        if view.id != self.meeting_id:
            return
        self.view = view
        self.title.setText(self.tr("Meeting {number} — {kind} — {date}").format(
            number=fmt.digits(view.number), kind=labels.label(view.kind, MeetingKind),
            date=fmt.jdate(view.date, "weekday")))
        self._show_state(view.state)
        if not self.details.is_dirty():
            # the chosen chair and minute-taker are always in the lists, even before the
            # members arrive or after they left, so saving never drops them
            self.details.set_members(self._people, keep=(
                (view.chair_id, view.chair_name), (view.minute_taker_id, view.minute_taker_name)))
            self.details.set_view(view)
        stale = attendance_writes is not None and attendance_writes != self.attendance.writes_issued
        for tab in (self.agenda, self.attendance, self.discussion, self.resolutions,
                    self.addenda):
            if not (stale and tab is self.attendance):
                tab.set_view(view)
        self._apply_lock()

    def _show_state(self, state: str) -> None:
        fg, bg = STATE_COLOURS.get(state, ("#000", "#eee"))
        self.state.setText(labels.label(state, MeetingState))
        self.state.setStyleSheet(f"QLabel {{ color: {fg}; background: {bg}; padding: 4px 12px;"
                                 " border-radius: 4px; font-weight: bold; }")

    def _sheet_changed(self, sheet) -> None:
        if self.view is not None and sheet.state != self.view.state:
            self._show_state(sheet.state)
            self.meeting_changed.emit()
            self.reload()  # a scheduled meeting is now held: the buttons change

    @property
    def locked(self) -> bool:
        return self.view is not None and self.view.finalised

    def _apply_lock(self) -> None:
        view = self.view
        locked = self.locked or self.read_only
        if self.locked:
            self.lock_banner.setText(
                self.tr("These minutes are finalised and cannot be changed.") + "\n"
                + self.tr("Verification code: {code} — finalised on {when}. Corrections can "
                          "only be added as addenda.").format(
                    code=code_text(view.verification_code), when=fmt.jdatetime(view.finalised_at)))
        self.lock_banner.setVisible(self.locked)
        self.details.set_locked(locked)
        for tab in (self.agenda, self.attendance, self.discussion, self.resolutions):
            tab.set_locked(locked)
        self.save_button.setEnabled(not locked)
        self.finalise_button.setVisible(not self.locked)
        self.finalise_button.setEnabled(not self.read_only)
        self.delete_button.setVisible(not self.locked)
        self.delete_button.setEnabled(not self.read_only)
        self.addendum_button.setVisible(self.locked)
        self.addendum_button.setEnabled(not self.read_only)
        self.addenda.add_button.setEnabled(self.locked and not self.read_only)
        self.sign_in_button.setVisible(view is not None
                                       and view.state == MeetingState.SCHEDULED.value)

    # --- errors --------------------------------------------------------------------------------------
    def show_error(self, exc: BaseException) -> None:
        """A refusal with no field of its own: the red banner above the tabs."""
        self.banner.show_error(error_text(exc))
        if isinstance(exc, DomainError) and exc.code in ("meeting.no_quorum", "meeting.not_held"):
            self.tabs.setCurrentWidget(self.attendance)

    # --- saving --------------------------------------------------------------------------------------
    def is_dirty(self) -> bool:
        return (self.details.is_dirty() or self.discussion.is_dirty()
                or self.resolutions.is_dirty())

    def save_jobs(self) -> list[tuple[QWidget, SaveJob]]:
        details = SaveJob(meetings.update_meeting, (self.meeting_id, self.details.values()),
                          on_ok=lambda _v: self.details.mark_clean(),
                          on_error=self.details.errors.show_error)
        jobs = [(self.tabs.widget(0), details)]
        jobs += [(self.discussion, job) for job in self.discussion.save_jobs()]
        job = self.resolutions.save_job()
        if job is not None:
            jobs.append((self.resolutions, job))
        return jobs

    def save(self, then=None) -> None:
        """Save everything typed (Ctrl+S); `then()` runs once all of it is saved."""
        if self.meeting_id is None or self.view is None or self._saving:
            return
        self.banner.clear()
        self.details.errors.clear()
        jobs = self.save_jobs()
        self._saving = len(jobs)
        self._save_failed = False
        self.save_button.setEnabled(False)
        for tab, job in jobs:
            self.ctx.runner.write(job.fn, *job.args, owner=self, **job.kwargs,
                                  on_result=lambda r, j=job: self._job_done(j, r, then),
                                  on_error=lambda e, j=job, t=tab: self._job_failed(j, t, e, then))

    def _job_done(self, job: SaveJob, result, then) -> None:
        if job.on_ok is not None:
            job.on_ok(result)
        self._job_ended(then)

    def _job_failed(self, job: SaveJob, tab: QWidget, exc: BaseException, then) -> None:
        self._save_failed = True
        fields = exc.by_field() if isinstance(exc, DomainError) else {None: ""}
        if any(f is not None for f in fields) and job.on_error is not None:
            job.on_error(exc)
            self.tabs.setCurrentWidget(tab)
            if None in fields:
                self.banner.show_error(error_text(exc))
        else:
            self.show_error(exc)
        self._job_ended(then)

    def _job_ended(self, then) -> None:
        self._saving -= 1
        if self._saving:
            return
        self.save_button.setEnabled(not (self.locked or self.read_only))
        self.meeting_changed.emit()
        self.reload()
        if not self._save_failed:
            self.ctx_message(self.tr("Saved."))
            if then is not None:
                then()

    def ctx_message(self, text: str) -> None:
        page = self.parentWidget()
        while page is not None and not hasattr(page, "status_message"):
            page = page.parentWidget()
        if page is not None:
            page.status_message.emit(text)

    # --- finalising, addenda, deleting ------------------------------------------------------------
    def finalise(self) -> None:
        """Save what is typed, confirm, then seal the minutes."""
        if self.view is None or self.locked or self.read_only:
            return
        self.save(then=self._confirm_finalise)

    def _confirm_finalise(self) -> None:
        view = self.view
        quorum_known = self.attendance.quorum.met
        if view.state == MeetingState.HELD.value and quorum_known:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Finalise the minutes"),
                              self.tr("Finalise the minutes of meeting {number}?").format(
                                  number=fmt.digits(view.number)), parent=self)
            box.setInformativeText(self.tr(
                "Finalising seals the minutes. After that nothing in them can be changed — not "
                "the particulars, the agenda, the attendance, the discussion or the resolutions "
                "— and this cannot be undone. Corrections can only be added as numbered "
                "addenda. The printed minutes will carry a verification code."))
            go = box.addButton(self.tr("Finalise, it cannot be undone"),
                               QMessageBox.ButtonRole.AcceptRole)
            cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(cancel)
            box.setEscapeButton(cancel)
            box.exec()
            confirmed = box.clickedButton() is go
            box.deleteLater()  # a hidden box would stay the "active window" for shortcuts
            self.window().activateWindow()
            if not confirmed:
                return
        # without quorum or attendance the service refuses and says why (shown in the banner)
        self.ctx.runner.write(sealing.finalise_meeting, view.id, owner=self,
                              on_result=self._finalised, on_error=self.show_error)

    def _finalised(self, code: str) -> None:
        self.ctx_message(self.tr("The minutes are finalised. Verification code: {code}")
                         .format(code=code_text(code)))
        self.meeting_changed.emit()
        self.reload()

    def add_addendum(self) -> None:
        if self.view is None or not self.locked or self.read_only:
            return
        self.addendum_dialog = AddendumDialog(self.ctx, self.view.id, self)
        self.addendum_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.addendum_dialog.finished.connect(lambda _r: self.window().activateWindow())
        self.addendum_dialog.added.connect(lambda _a: (self.reload(),
                                                       self.tabs.setCurrentWidget(self.addenda)))
        self.addendum_dialog.open()

    def delete_meeting(self) -> None:
        view = self.view
        if view is None or self.locked or self.read_only:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete meeting"),
            self.tr("Delete meeting {number} with its agenda, attendance and resolutions? Its "
                    "number will not be used again.").format(number=fmt.digits(view.number)))
        if answer == QMessageBox.StandardButton.Yes:
            self.ctx.runner.write(meetings.delete_meeting, view.id, owner=self,
                                  on_result=lambda _r: self._deleted(), on_error=self.show_error)

    def _deleted(self) -> None:
        self.meeting_id, self.view = None, None
        self.details.mark_clean()
        self.discussion.forget()
        self.resolutions.forget()
        self.meeting_changed.emit()
        self.back_requested.emit()

    # --- printing ------------------------------------------------------------------------------------
    def print_minutes(self) -> None:
        """Ctrl+P: save what is typed, then preview the minutes."""
        if self.view is None:
            return
        if self.is_dirty() and not self.locked:
            self.save(then=self._preview_minutes)
        else:
            self._preview_minutes()

    def _preview_minutes(self) -> None:
        preview_minutes(self, self.ctx.runner, self.view.id, self.view.number)

    def print_sign_in(self) -> None:
        if self.view is not None:
            preview_sign_in(self, self.ctx.runner, self.view.id, self.view.number)
