"""The sync page: enrolment with the provincial server, "Sync now", conflicts and refused edits.

The page shows the server address, when this PC last synced (Jalali, Persian digits) and how it
went, and how many changes wait to be sent. Enrolment (address + one-time code) and every sync
round run in the task runner (`app.sync.enroll.enroll`, `app.sync.engine.sync`), so the app stays
usable meanwhile and an unreachable server only produces a Persian sentence, never a freeze.
Once enrolled a QTimer syncs in the background every `sync_interval_minutes` (skipped while a
round runs). Conflicts are listed with the secretary's two answers (`sync_status.keep_mine` /
`keep_theirs`) and a sentence saying what happened; a "renumbered" one (the server gave a new
meeting, resolution or addendum the next free number because another PC had used it) has a
single answer, `acknowledge`: there is no value to choose, the new number stays. Refused edits
are listed below them. After every round the status bar's sync label and the
dashboard's last-sync card are updated (the dashboard also reads `ctx.extras["last_sync"]`).
"""
from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (QAbstractItemView, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QProgressBar, QPushButton, QStyle, QTableWidget, QTableWidgetItem,
                               QVBoxLayout)

from app.persian import to_latin_digits
from app.services import settings as settings_service
from app.services import sync_status
from app.services.audit import table_label
from app.sync.client import (Refused, SyncError, TooManyAttempts, Unreachable,
                              UpdateNeeded)
from app.ui import fmt
from app.ui.pages import audit_view
from app.ui.pages.audit_view import action_word
from app.ui.pages.base import QT_TRANSLATE_NOOP, Page
from app.vocabulary import field_word


def last_sync(session):
    """When this PC last synced successfully (the dashboard's last-sync card)."""
    return sync_status.overview(session).last_success_at


class SyncPage(Page):
    key = "sync"
    title_text = QT_TRANSLATE_NOOP("Navigation", "Sync")
    icon = QStyle.StandardPixmap.SP_BrowserReload

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        ctx.extras.setdefault("last_sync", last_sync)
        self.overview_data: sync_status.SyncOverview | None = None
        self.conflict_rows: list[sync_status.ConflictView] = []
        self.running = False
        self.last_message = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        self.make_title(layout, self.tr("Sync with the provincial server"))

        form = QFormLayout()
        self.server_label = QLabel(self)
        self.last_label = QLabel(self)
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.pending_label = QLabel(self)
        form.addRow(self.tr("Server:"), self.server_label)
        form.addRow(self.tr("Last sync:"), self.last_label)
        form.addRow(self.tr("Result:"), self.result_label)
        form.addRow(self.tr("Changes waiting to be sent:"), self.pending_label)
        layout.addLayout(form)

        enrol = QHBoxLayout()
        self.url_edit = QLineEdit(self)
        self.url_edit.setPlaceholderText(self.tr("Server address, e.g. https://sync.example.ir"))
        self.code_edit = QLineEdit(self)
        self.code_edit.setPlaceholderText(self.tr("One-time code"))
        self.enroll_button = QPushButton(self.tr("Connect this PC"), self)
        self.enroll_button.clicked.connect(self.enroll)
        enrol.addWidget(self.url_edit, 3)
        enrol.addWidget(self.code_edit, 1)
        enrol.addWidget(self.enroll_button)
        layout.addLayout(enrol)

        row = QHBoxLayout()
        self.sync_button = QPushButton(self.tr("Sync now"), self)
        self.sync_button.clicked.connect(self.sync_now)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.progress.hide()
        row.addWidget(self.sync_button)
        row.addWidget(self.progress, 1)
        layout.addLayout(row)
        self.message = QLabel(self)
        self.message.setObjectName("syncMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

        layout.addWidget(QLabel(self.tr("Conflicts (the same field changed on two PCs)"), self))
        self.conflicts = self._table([self.tr("Table"), self.tr("Field"), self.tr("My value"),
                                      self.tr("Their value"), self.tr("What happened")])
        self.conflicts.itemSelectionChanged.connect(self._update_answers)
        layout.addWidget(self.conflicts, 2)
        answers = QHBoxLayout()
        self.mine_button = QPushButton(self.tr("Keep mine"), self)
        self.theirs_button = QPushButton(self.tr("Keep theirs"), self)
        self.ack_button = QPushButton(self.tr("Acknowledge"), self)
        self.mine_button.clicked.connect(lambda: self.resolve(sync_status.keep_mine))
        self.theirs_button.clicked.connect(lambda: self.resolve(sync_status.keep_theirs))
        self.ack_button.clicked.connect(lambda: self.resolve(sync_status.acknowledge))
        answers.addWidget(self.mine_button)
        answers.addWidget(self.theirs_button)
        answers.addWidget(self.ack_button)
        answers.addStretch(1)
        layout.addLayout(answers)
        layout.addWidget(QLabel(self.tr("Edits the server refused"), self))
        self.refused = self._table([self.tr("Table"), self.tr("Action"), self.tr("Reason"),
                                    self.tr("Date")])
        layout.addWidget(self.refused, 1)
        self.setTabOrder(self.url_edit, self.code_edit)
        self.setTabOrder(self.code_edit, self.enroll_button)
        self.setTabOrder(self.enroll_button, self.sync_button)

        self.timer = QTimer(self)
        self.timer.timeout.connect(self.background_sync)
        self._show_overview(None)
        QTimer.singleShot(0, self.refresh)

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers), self)
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().hide()
        return table

    # --- loading -------------------------------------------------------------------------------
    def activated(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        runner = self.ctx.runner
        runner.read(sync_status.overview, owner=self, on_result=self._show_overview)
        runner.read(sync_status.conflicts, owner=self, on_result=self._show_conflicts)
        runner.read(sync_status.rejections, owner=self, on_result=self._show_refused)

    def _show_overview(self, data: sync_status.SyncOverview | None) -> None:
        self.overview_data = data
        enrolled = data is not None and data.enrolled
        self.server_label.setText(data.server_url if enrolled else self.tr("Not connected yet"))
        if enrolled and not self.url_edit.text():
            self.url_edit.setText(data.server_url or "")
        when = data.last_sync_at if data else None
        self.last_label.setText(fmt.jdatetime(when) if when else self.tr("Never"))
        self.result_label.setText(self._result_text(data))
        self.pending_label.setText(fmt.number(data.pending_changes if data else 0))
        self.sync_button.setEnabled(enrolled and not self.running)
        self.enroll_button.setText(self.tr("Connect again") if enrolled
                                   else self.tr("Connect this PC"))
        if data is not None:
            self._update_status_bar()
            self._update_dashboard(data.last_success_at)
        if enrolled:
            self.ctx.runner.read(settings_service.get_setting, "sync_interval_minutes",
                                 owner=self, on_result=self._start_timer)
        else:
            self.timer.stop()

    def _result_text(self, data) -> str:
        if data is None or data.last_sync_at is None:
            return ""
        if data.last_success_at == data.last_sync_at:
            return self.tr("Succeeded")
        return self.tr("Failed; your changes are kept for the next sync")

    def _start_timer(self, minutes) -> None:
        interval = max(1, int(minutes or 15)) * 60_000
        if not self.timer.isActive() or self.timer.interval() != interval:
            self.timer.start(interval)

    def _show_conflicts(self, rows: list[sync_status.ConflictView]) -> None:
        self.conflict_rows = rows
        self.conflicts.setRowCount(len(rows))
        for i, c in enumerate(rows):
            for j, value in enumerate((self._table_word(c.table), self._field_word(c.field),
                                       self._value(c.losing, c.table),
                                       self._value(c.winning, c.table), self.conflict_text(c))):
                self.conflicts.setItem(i, j, QTableWidgetItem(value))
        self._update_answers()

    def _current_conflict(self) -> sync_status.ConflictView | None:
        row = self.conflicts.currentRow()
        if row < 0 and self.conflict_rows:
            row = 0
        return self.conflict_rows[row] if 0 <= row < len(self.conflict_rows) else None

    def _update_answers(self) -> None:
        """Keep mine/theirs for a value conflict, Acknowledge for a renumbering."""
        current = self._current_conflict()
        renumbered = current is not None and current.kind == sync_status.RENUMBERED
        self.mine_button.setEnabled(current is not None and not renumbered)
        self.theirs_button.setEnabled(current is not None and not renumbered)
        self.ack_button.setEnabled(renumbered)

    def conflict_text(self, c: sync_status.ConflictView) -> str:
        """One sentence saying what happened (Persian digits)."""
        if c.kind == sync_status.RENUMBERED:
            values = {"old": fmt.digits(c.losing), "new": fmt.digits(c.winning),
                      "who": c.losing_actor or self.tr("a user")}
            if c.table == "meetings":
                text = self.tr("Meeting {old} (entered by {who}) became meeting {new}: another "
                               "PC had already used number {old}.")
            elif c.table == "resolutions":
                text = self.tr("Resolution {old} (entered by {who}) became resolution {new} of "
                               "the same meeting: another PC had already used number {old}.")
            elif c.table == "minutes_addenda":
                text = self.tr("Addendum {old} (entered by {who}) became addendum {new}: another "
                               "PC had already used number {old}.")
            else:
                text = self.tr("Number {old} (entered by {who}) became {new}: another PC had "
                               "already used it.")
            return text.format(**values)
        if c.kind == "deleted":
            return self.tr("Edited on one PC after it was deleted on another.")
        return self.tr("The same field was changed on two PCs.")

    def _show_refused(self, rows: list[sync_status.RejectionView]) -> None:
        self.refused.setRowCount(len(rows))
        for i, r in enumerate(rows):
            for j, value in enumerate((self._table_word(r.table), action_word(r.action),
                                       fmt.digits(r.reason), fmt.jdatetime(r.at))):
                self.refused.setItem(i, j, QTableWidgetItem(value))

    @staticmethod
    def _table_word(table: str) -> str:
        return audit_view.table_word(SimpleNamespace(table=table, table_label=table_label(table)))

    @staticmethod
    def _field_word(field: str) -> str:
        return field_word(field) if fmt.persian() else field.replace("_", " ")

    @staticmethod
    def _value(value, table: str) -> str:
        text = audit_view.value_text(value, table)
        if text is None:
            text = "-" if value in (None, "") else str(value)
        return fmt.digits(text)

    # --- status bar and dashboard ---------------------------------------------------------------
    def _update_status_bar(self) -> None:
        label = getattr(self.window(), "sync_label", None)
        if label is not None:
            label.setText(self.status_text())

    def status_text(self) -> str:
        data = self.overview_data
        if data is None or not data.enrolled:
            return self.tr("Sync: not set up")
        if self.last_message and data.last_success_at != data.last_sync_at:
            return self.tr("Server unreachable") if self.unreachable else self.last_message
        when = fmt.jdatetime(data.last_success_at) if data.last_success_at else self.tr("never")
        return self.tr("Sync: {when} — {n} changes pending").format(
            when=when, n=fmt.number(data.pending_changes))

    def _update_dashboard(self, when) -> None:
        pages = getattr(self.window(), "pages", {})
        dashboard = pages.get("dashboard") if isinstance(pages, dict) else None
        if dashboard is not None and hasattr(dashboard, "show_last_sync"):
            dashboard.show_last_sync(when)

    # --- actions ------------------------------------------------------------------------------
    unreachable = False

    def _refusals(self) -> dict[str, str]:
        """The server's refusals a secretary meets, in their language (by the server's code)."""
        return {
            "bad_code": self.tr("This connection code is wrong, already used or expired. Ask "
                                "the province for a new code."),
            "revoked": self.tr("The province has cut this PC off the server. Ask the province "
                               "for a new connection code."),
            "unauthorized": self.tr("The server does not recognise this PC. Ask the province "
                                    "for a new connection code."),
            "other_council": self.tr("This PC already keeps another council's records, which "
                                     "cannot be merged into this council. Connect it with an "
                                     "empty database, or ask for the code of its own council."),
            "council_changed": self.tr("The council of this code has just changed. Ask the "
                                       "province for a new code."),
            "unknown_council": self.tr("The server has no such council. Ask the province for "
                                       "a new code."),
        }

    def _error_text(self, exc: BaseException) -> str:
        self.unreachable = isinstance(exc, Unreachable)
        if isinstance(exc, Unreachable):
            return self.tr("The provincial server cannot be reached. Your changes are kept on "
                           "this PC and will be sent at the next sync.")
        if isinstance(exc, UpdateNeeded):
            return self.tr("This version of Dabir is too old for the server; please update it.")
        if isinstance(exc, TooManyAttempts):
            minutes = max(1, -(-(exc.retry_after or 60) // 60))
            return self.tr("Too many wrong codes were tried from this network. Wait {n} minutes "
                           "and try again.").format(n=fmt.number(minutes))
        if isinstance(exc, Refused):
            known = self._refusals().get(exc.code)
            return known or self.tr("The server refused: {reason}").format(reason=exc.message)
        if isinstance(exc, SyncError):
            return self.tr("Sync did not complete: {reason}").format(reason=exc.message)
        return self.tr("Sync did not complete: {reason}").format(reason=str(exc))

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        self.last_message = self._error_text(exc)
        self.message.setText(self.last_message)
        self.status_message.emit(self.last_message)
        self.refresh()

    def _finish(self) -> None:
        self.running = False
        self.progress.hide()
        self.enroll_button.setEnabled(True)

    def _begin(self) -> None:
        self.running = True
        self.sync_button.setEnabled(False)
        self.enroll_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()

    def enroll(self) -> None:
        url = self.url_edit.text().strip()
        code = to_latin_digits(self.code_edit.text().strip())
        if not url or not code:
            self.message.setText(self.tr("Enter the server address and the one-time code."))
            return
        if self.running:
            return
        from app.sync.enroll import enroll

        db = self.ctx.backend.db
        self._begin()
        self.message.setText(self.tr("Connecting to the server..."))
        self.ctx.runner.run(lambda: enroll(db, url, code), name="sync-enroll", owner=self,
                            on_result=self._enrolled, on_error=self._failed)

    def _enrolled(self, _enrollment) -> None:
        self._finish()
        self.code_edit.clear()
        self.last_message = ""
        self.message.setText(self.tr("This PC is connected to the provincial server."))
        self.refresh()

    def sync_now(self) -> None:
        if self.running or self.overview_data is None or not self.overview_data.enrolled:
            return
        from app.sync.engine import sync

        db = self.ctx.backend.db
        self._begin()
        self.message.setText(self.tr("Syncing..."))

        def work(progress):
            return sync(db, progress=lambda _label, done, total: progress(done, total, ""))

        self.ctx.runner.run(work, progress=True, name="sync", owner=self,
                            on_result=self._synced, on_error=self._failed,
                            on_progress=self._progress)

    def background_sync(self) -> None:
        """The timer's round: skipped while one runs (or while nothing is enrolled)."""
        if not self.running:
            self.sync_now()

    def _progress(self, done: int, total: int, _label: str = "") -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _synced(self, report) -> None:
        self._finish()
        self.last_message = ""
        self.unreachable = False
        self.message.setText(self.tr("Sync done: {sent} sent, {received} received, {c} conflicts.")
                             .format(sent=fmt.number(report.pushed),
                                     received=fmt.number(report.pulled),
                                     c=fmt.number(report.conflicts)))
        self.refresh()

    def resolve(self, answer) -> None:
        current = self._current_conflict()
        if current is None:
            return
        self.ctx.runner.write(answer, current.id, owner=self,
                              on_result=lambda _v: self.refresh(), on_error=self._failed)
