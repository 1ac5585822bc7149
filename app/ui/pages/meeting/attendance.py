"""Attendance (حضور و غیاب) with a live quorum indicator, and the meeting's guests (مدعوین).

Every active member has a row with four radio buttons: present, absent, excused, late. A click
is written at once (`attendance.set_member_attendance`, which also marks a scheduled meeting as
held) and the indicator above the roster, «حد نصاب: ۷ از ۱۳ — دارد» in green or «— ندارد» in
red, is recounted on the spot from the council's rule (`attendance.required_present`), before the
write even returns; the service's answer then confirms it. Guests are the officials invited
(name, position, agency) and are added and removed at once. Finalised minutes disable it all.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QFormLayout, QGroupBox,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
                               QRadioButton, QSplitter, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from app.enums import AttendanceStatus, Constituency, MemberRole
from app.errors import DomainError
from app.services import attendance
from app.services.attendance import ATTENDING, GuestInput, required_present
from app.ui import fmt, labels
from app.ui.pages.page_parts import hint
from app.ui.widgets.form import FormErrors
from app.ui.widgets.search_combo import SearchableCombo

STATUSES = (AttendanceStatus.PRESENT, AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED,
            AttendanceStatus.LATE)
FIXED_COLUMNS = 3  # name, role, constituency; then one column per status
GREEN = "color: #1b5e20; background: #e3f4e4; border: 1px solid #81c784;"
RED = "color: #b71c1c; background: #fdecea; border: 1px solid #e57373;"


class QuorumIndicator(QLabel):
    """«حد نصاب: ۷ از ۱۳ — دارد», green when met and red when not."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("quorumIndicator")
        font = self.font()
        font.setBold(True)
        font.setPointSize(font.pointSize() + 2)
        self.setFont(font)
        self.met: bool | None = None

    def show_count(self, present: int, total: int, required: int) -> None:
        self.met = present >= required
        verdict = self.tr("met") if self.met else self.tr("not met")
        self.setText(self.tr("Quorum: {present} of {total} — {verdict}").format(
            present=fmt.number(present), total=fmt.number(total), verdict=verdict))
        self.setToolTip(self.tr("At least {required} of the {total} members must attend.")
                        .format(required=fmt.number(required), total=fmt.number(total)))
        self.setStyleSheet(f"QLabel {{ {GREEN if self.met else RED} padding: 6px 14px;"
                           " border-radius: 4px; }")


class AttendanceTab(QWidget):
    """The roster with a radio button per status, the quorum, and the guests."""

    sheet_changed = Signal(object)  # attendance.AttendanceSheet after a write
    changed = Signal()  # guests changed: reload the meeting
    failed = Signal(object)

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id: str | None = None
        self.rows: tuple[attendance.AttendanceRow, ...] = ()
        self.statuses: dict[str, str] = {}
        self.groups: dict[str, QButtonGroup] = {}
        self.rule = (1, 2, True)
        self._pending = 0
        self.writes_issued = 0  # attendance writes sent and finished so far: a read that began
        self.writes_done = 0  # before the last write finished is stale (the editor drops it)
        self._locked = False
        col = QVBoxLayout(self)
        top = QHBoxLayout()
        self.quorum = QuorumIndicator(self)
        self.rule_text = QLabel(self)
        self.rule_text.setObjectName("hint")
        self.rule_text.setWordWrap(True)
        self.all_present = QPushButton(self.tr("Mark everyone present"), self)
        top.addWidget(self.quorum)
        top.addWidget(self.rule_text, 1)
        top.addWidget(self.all_present)
        col.addLayout(top)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.table = QTableWidget(0, FIXED_COLUMNS + len(STATUSES), splitter)
        self.table.setAccessibleName(self.tr("Attendance of the members"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Member"), self.tr("Role"), self.tr("Represents")]
            + [labels.label(s, AttendanceStatus) for s in STATUSES])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setTabKeyNavigation(False)  # Tab reaches the radio buttons; arrows move in a row
        self.table.verticalHeader().setDefaultSectionSize(30)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c, width in ((1, 80), (2, 150)):
            self.table.setColumnWidth(c, width)
        for c in range(FIXED_COLUMNS, FIXED_COLUMNS + len(STATUSES)):
            self.table.setColumnWidth(c, 66)
        splitter.addWidget(self.table)
        splitter.addWidget(self._build_guests(splitter))
        splitter.setSizes([720, 420])
        col.addWidget(splitter, 1)
        self.all_present.clicked.connect(self.mark_everyone_present)

    def _build_guests(self, parent: QWidget) -> QWidget:
        box = QGroupBox(self.tr("Guests (officials of agencies)"), parent)
        col = QVBoxLayout(box)
        self.guest_table = QTableWidget(0, 3, box)
        self.guest_table.setAccessibleName(self.tr("Guests"))
        self.guest_table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Position"), self.tr("Agency")])
        self.guest_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.guest_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.guest_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.guest_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        col.addWidget(self.guest_table, 1)
        form = QFormLayout()
        self.guest_errors = FormErrors(box)
        col.addWidget(self.guest_errors.banner)
        self.guest_name = QLineEdit(box)
        self.guest_position = QLineEdit(box)
        self.guest_position.setPlaceholderText(self.tr("e.g. head of the district water office"))
        self.guest_agency = SearchableCombo(box)
        self.guest_errors.add_row(form, self.tr("Name"), "full_name", self.guest_name)
        self.guest_errors.add_row(form, self.tr("Position"), "position", self.guest_position)
        self.guest_errors.add_row(form, self.tr("Agency"), "agency_id", self.guest_agency)
        col.addLayout(form)
        buttons = QHBoxLayout()
        self.add_guest_button = QPushButton(self.tr("Add guest"), box)
        self.remove_guest_button = QPushButton(self.tr("Remove the chosen guest"), box)
        buttons.addWidget(self.add_guest_button)
        buttons.addWidget(self.remove_guest_button)
        buttons.addStretch(1)
        col.addLayout(buttons)
        col.addWidget(hint(self.tr("Residents who came are recorded on the public meeting "
                                   "page, not here."), box))
        self.add_guest_button.clicked.connect(self.add_guest)
        self.guest_name.returnPressed.connect(self.add_guest)
        self.remove_guest_button.clicked.connect(self.remove_guest)
        return box

    def set_agencies(self, options) -> None:
        self.guest_agency.set_items([(a.name, a.id) for a in options])

    # --- showing -------------------------------------------------------------------------------------
    def set_view(self, view) -> None:
        self.meeting_id = view.id
        self.show_sheet(view.attendance, view.quorum)
        self._show_guests(view.guests)

    def show_sheet(self, rows, quorum) -> None:
        if self._pending:
            return  # clicks still on their way: keep what the secretary sees
        self.rule = (quorum.numerator, quorum.denominator, quorum.strict)
        self.rule_text.setText(quorum.rule if fmt.persian() else "")
        if [r.member_id for r in rows] != [r.member_id for r in self.rows]:
            self._build_rows(rows)
        self.rows = tuple(rows)
        self.statuses = {r.member_id: r.status for r in rows}
        for member_id, group in self.groups.items():
            index = [s.value for s in STATUSES].index(self.statuses[member_id])
            group.blockSignals(True)
            group.button(index).setChecked(True)
            group.blockSignals(False)
        self.update_quorum()
        self._apply_lock()

    def _build_rows(self, rows) -> None:
        self.table.setRowCount(0)
        self.groups.clear()
        self.table.setRowCount(len(rows))
        self.table.setVerticalHeaderLabels([fmt.digits(i + 1) for i in range(len(rows))])
        for r, row in enumerate(rows):
            for c, text in enumerate((row.full_name, labels.label(row.role, MemberRole),
                                      labels.label(row.constituency, Constituency))):
                self.table.setItem(r, c, QTableWidgetItem(text))
            group = QButtonGroup(self.table)
            for i, status in enumerate(STATUSES):
                cell = QWidget(self.table)
                lay = QHBoxLayout(cell)
                lay.setContentsMargins(0, 0, 0, 0)
                lay.setAlignment(Qt.AlignmentFlag.AlignCenter)
                radio = QRadioButton(cell)
                word = labels.label(status, AttendanceStatus)
                radio.setAccessibleName(f"{row.full_name}: {word}")
                lay.addWidget(radio)
                group.addButton(radio, i)
                self.table.setCellWidget(r, FIXED_COLUMNS + i, cell)
            group.idToggled.connect(
                lambda i, checked, m=row.member_id: checked and self.mark(m, STATUSES[i].value))
            self.groups[row.member_id] = group

    def radio(self, member_id: str, status: str) -> QRadioButton:
        """The radio button of `member_id` for `status` (tests and keyboard users)."""
        return self.groups[member_id].button([s.value for s in STATUSES].index(status))

    def update_quorum(self) -> None:
        """Recount the quorum from the statuses shown now."""
        total = len(self.statuses)
        present = sum(1 for s in self.statuses.values() if s in ATTENDING)
        self.quorum.show_count(present, total, required_present(total, *self.rule))

    def _show_guests(self, guests) -> None:
        self.guests = tuple(guests)
        self.guest_table.setRowCount(len(self.guests))
        self.guest_table.setVerticalHeaderLabels([fmt.digits(i + 1)
                                                  for i in range(len(self.guests))])
        for r, g in enumerate(self.guests):
            for c, text in enumerate((g.full_name, g.position or "", g.agency_name or "")):
                self.guest_table.setItem(r, c, QTableWidgetItem(text))

    # --- writing -------------------------------------------------------------------------------------
    def mark(self, member_id: str, status: str) -> None:
        if self.meeting_id is None or self._locked or self.statuses.get(member_id) == status:
            return
        self.statuses[member_id] = status
        self.update_quorum()
        self._pending += 1
        self.writes_issued += 1
        self.ctx.runner.write(attendance.set_member_attendance, self.meeting_id, member_id,
                              status, owner=self, on_result=self._written,
                              on_error=self._write_failed)

    def mark_everyone_present(self) -> None:
        if self.meeting_id is None or self._locked or not self.statuses:
            return
        wanted = {m: AttendanceStatus.PRESENT.value for m in self.statuses}
        self._pending += 1
        self.writes_issued += 1
        self.ctx.runner.write(attendance.set_attendance, self.meeting_id, wanted, owner=self,
                              on_result=self._written, on_error=self._write_failed)

    def _written(self, sheet) -> None:
        self._pending -= 1
        self.writes_done += 1
        if not self._pending:
            self.show_sheet(sheet.rows, sheet.quorum)
        self.sheet_changed.emit(sheet)

    def _write_failed(self, exc: BaseException) -> None:
        self._pending -= 1
        self.writes_done += 1
        self.failed.emit(exc)
        self.changed.emit()  # reload: the roster shows again what is really recorded

    def add_guest(self) -> None:
        if self.meeting_id is None or self._locked:
            return
        self.guest_errors.clear()
        data = GuestInput(full_name=self.guest_name.text(),
                          position=self.guest_position.text() or None,
                          agency_id=self.guest_agency.current_value())
        self.ctx.runner.write(attendance.add_guest, self.meeting_id, data, owner=self,
                              on_result=self._guest_added, on_error=self._guest_failed)

    def _guest_added(self, _guest) -> None:
        self.guest_name.clear()
        self.guest_position.clear()
        self.guest_agency.set_current_value(None)
        self.changed.emit()

    def _guest_failed(self, exc: BaseException) -> None:
        if isinstance(exc, DomainError) and all(f is None for f in exc.by_field()):
            self.failed.emit(exc)
        else:
            self.guest_errors.show_error(exc)

    def remove_guest(self) -> None:
        row = self.guest_table.currentRow()
        if self._locked or not 0 <= row < len(self.guests):
            return
        self.ctx.runner.write(attendance.remove_guest, self.guests[row].id, owner=self,
                              on_result=lambda _r: self.changed.emit(),
                              on_error=self.failed.emit)

    def set_locked(self, locked: bool) -> None:
        self._locked = locked
        self._apply_lock()

    def _apply_lock(self) -> None:
        for group in self.groups.values():
            for button in group.buttons():
                button.setEnabled(not self._locked)
        for widget in (self.all_present, self.guest_name, self.guest_position, self.guest_agency,
                       self.add_guest_button, self.remove_guest_button):
            widget.setEnabled(not self._locked)
