"""The meetings page's browser: the list of meetings (newest first) and a month calendar.

The list shows number, kind, the Jalali date with its weekday, the time, place, chair, state and
how many resolutions were passed, filtered by Jalali year, kind and state through the service
(`meetings.list_meetings`) and by typed words over what is loaded (a council holds a few dozen
meetings a year, so a year or even ten years of them sit comfortably in one model; sorting by
any column is then Persian alphabetical, in Python). The calendar is `JalaliCalendar` (Saturday
first, Friday red, no week numbers) with the days that have a meeting coloured by state; beside
it, the month's meetings. Enter or a double click opens a meeting; a double click on an empty
day schedules one on that day.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPushButton, QTabWidget, QVBoxLayout, QWidget)

from app.enums import MeetingKind, MeetingState
from app.persian import from_jalali, to_jalali
from app.services import meetings
from app.ui import fmt, labels
from app.ui.models.filter_proxy import FoldingFilterProxy
from app.ui.models.table_model import QT_TRANSLATE_NOOP, Column, RowTableModel
from app.ui.pages.page_parts import enum_combo, hint, record_table
from app.ui.widgets.jalali_calendar import JalaliCalendar

#: state -> (text colour, calendar day background)
STATE_COLOURS = {
    MeetingState.SCHEDULED.value: ("#1565c0", "#d6e6fa"),
    MeetingState.HELD.value: ("#b25e00", "#fde7c8"),
    MeetingState.FINALISED.value: ("#2e7d32", "#d8f0d9"),
}


def time_text(row) -> str:
    """'۱۷:۰۰ تا ۱۸:۳۰', or the start alone."""
    if row.start_time and row.end_time:
        return QCoreApplication.translate("MeetingListModel", "{start} to {end}").format(
            start=fmt.clock(row.start_time), end=fmt.clock(row.end_time))
    return fmt.clock(row.start_time)


class MeetingListModel(RowTableModel):
    """Meetings as rows; the date shows its weekday, the state is coloured."""

    columns = (
        Column("number", QT_TRANSLATE_NOOP("Columns", "No."), "number"),
        Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), "enum", enum=MeetingKind),
        Column("date", QT_TRANSLATE_NOOP("Columns", "Date"), "date"),
        Column("start_time", QT_TRANSLATE_NOOP("Columns", "Time"), "time"),
        Column("place", QT_TRANSLATE_NOOP("Columns", "Place")),
        Column("chair_name", QT_TRANSLATE_NOOP("Columns", "Chair")),
        Column("state", QT_TRANSLATE_NOOP("Columns", "State"), "enum", enum=MeetingState),
        Column("resolution_count", QT_TRANSLATE_NOOP("Columns", "Resolutions"), "number"),
    )

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            key = self.columns[index.column()].key
            row = self.row_at(index.row())
            if key == "date":
                return fmt.jdate(row.date, "weekday")
            if key == "start_time":
                return time_text(row)
        return super().data(index, role)

    def extra_data(self, row, column: Column, role: int):
        if column.key == "state" and role == Qt.ItemDataRole.ForegroundRole:
            colour = STATE_COLOURS.get(row.state)
            return QBrush(QColor(colour[0])) if colour else None
        if role == Qt.ItemDataRole.FontRole and row.state == MeetingState.SCHEDULED.value \
                and row.date >= date.today():
            font = QFont()
            font.setBold(True)
            return font
        return None


class MeetingsBrowser(QWidget):
    """The list and the calendar of meetings, with their filters."""

    open_requested = Signal(str)  # meeting id
    new_requested = Signal(object)  # a date (from the calendar) or None

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_list(), self.tr("List"))
        self.tabs.addTab(self._build_calendar(), self.tr("Calendar"))
        self.tabs.currentChanged.connect(lambda _i: self.reload())
        layout.addWidget(self.tabs, 1)

    # --- the list ------------------------------------------------------------------------------------
    def _build_list(self) -> QWidget:
        box = QWidget(self)
        col = QVBoxLayout(box)
        row = QHBoxLayout()
        self.year = QComboBox(box)
        self.year.setAccessibleName(self.tr("Year"))
        self.kind = enum_combo(MeetingKind, self.tr("All kinds"), box)
        self.kind.setAccessibleName(self.tr("Kind"))
        self.state = enum_combo(MeetingState, self.tr("All states"), box)
        self.state.setAccessibleName(self.tr("State"))
        self.filter = QLineEdit(box)
        self.filter.setPlaceholderText(self.tr("Find by place, chair or number..."))
        self.filter.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("New meeting (Ctrl+N)"), box)
        self.open_button = QPushButton(self.tr("Open"), box)
        for label, widget in ((self.tr("Year:"), self.year), (self.tr("Kind:"), self.kind),
                              (self.tr("State:"), self.state)):
            caption = QLabel(label, box)
            caption.setBuddy(widget)
            row.addWidget(caption)
            row.addWidget(widget)
        row.addWidget(self.filter, 1)
        row.addWidget(self.open_button)
        row.addWidget(self.new_button)
        col.addLayout(row)
        self.model = MeetingListModel(self)
        self.proxy = FoldingFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = record_table(self.proxy, box, widths={0: 60, 1: 100, 2: 190, 3: 110,
                                                           5: 150, 6: 120, 7: 80}, stretch=4)
        self.table.setAccessibleName(self.tr("Meetings"))
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # newest first, as listed
        col.addWidget(self.table, 1)
        self.count = QLabel(box)
        self.count.setObjectName("hint")
        col.addWidget(self.count)
        self._fill_years()
        for combo in (self.year, self.kind, self.state):
            combo.currentIndexChanged.connect(lambda _i: self.reload_list())
        self.filter.textChanged.connect(self._filter)
        self.table.activated.connect(self._open_index)
        self.table.doubleClicked.connect(self._open_index)
        self.open_button.clicked.connect(lambda: self._open_index(self.table.currentIndex()))
        self.new_button.clicked.connect(lambda: self.new_requested.emit(None))
        return box

    def _fill_years(self) -> None:
        this_year = to_jalali(date.today())[0]
        founded = getattr(self.ctx.council, "founded_on", None)
        first = to_jalali(founded)[0] if founded else this_year - 5
        self.year.addItem(self.tr("All years"), None)
        for year in range(this_year + 1, min(first, this_year) - 1, -1):
            self.year.addItem(fmt.digits(year), year)

    def reload(self) -> None:
        if self.tabs.currentIndex() == 1:
            self.reload_month()
        else:
            self.reload_list()

    def reload_list(self) -> None:
        if self.ctx.council_id is None:
            return
        self.ctx.runner.read(meetings.list_meetings, self.ctx.council_id,
                             year=self.year.currentData(), kind=self.kind.currentData(),
                             state=self.state.currentData(), owner=self, on_result=self._got_rows)

    def _got_rows(self, rows) -> None:
        current = self.selected_id()
        self.model.set_rows(rows)
        self._show_count()
        if current:
            self.select(current)

    def _filter(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        self._show_count()

    def _show_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = self.tr("{n} meetings").format(n=fmt.number(total))
        if shown != total:
            text = self.tr("{shown} of {n} meetings").format(shown=fmt.number(shown),
                                                               n=fmt.number(total))
        self.count.setText(text)

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row()).id

    def select(self, meeting_id: str) -> None:
        for r in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(r, 0))
            if self.model.row_at(source.row()).id == meeting_id:
                self.table.setCurrentIndex(self.proxy.index(r, 0))  # selectRow fails in RTL
                return

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.model.row_at(self.proxy.mapToSource(index).row()).id)

    # --- the calendar --------------------------------------------------------------------------------
    def _build_calendar(self) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        left = QVBoxLayout()
        self.calendar = JalaliCalendar(box)
        self.calendar.setMinimumSize(460, 340)
        left.addWidget(self.calendar, 1)
        legend = QHBoxLayout()
        for state in MeetingState:
            swatch = QLabel(labels.label(state, MeetingState), box)
            fg, bg = STATE_COLOURS[state.value]
            swatch.setStyleSheet(f"background: {bg}; color: {fg}; padding: 2px 8px;"
                                 " border-radius: 3px;")
            legend.addWidget(swatch)
        legend.addStretch(1)
        left.addLayout(legend)
        left.addWidget(hint(self.tr("Double-click a day to open its meeting, or to schedule a "
                                    "new one on that day."), box))
        right = QVBoxLayout()
        self.month_title = QLabel(box)
        self.month_title.setObjectName("sectionTitle")
        font = self.month_title.font()
        font.setBold(True)
        self.month_title.setFont(font)
        self.month_list = QListWidget(box)
        self.month_list.setAccessibleName(self.tr("Meetings of the month"))
        self.month_list.setWordWrap(True)
        self.month_list.setSpacing(3)
        right.addWidget(self.month_title)
        right.addWidget(self.month_list, 1)
        row.addLayout(left, 3)
        row.addLayout(right, 2)
        self._month_rows: list[meetings.MeetingListRow] = []
        self.calendar.currentPageChanged.connect(lambda _y, _m: self.reload_month())
        self.calendar.clicked.connect(self._day_clicked)
        self.calendar.activated.connect(self._day_activated)
        self.month_list.itemActivated.connect(self._open_item)
        self.month_list.itemDoubleClicked.connect(self._open_item)
        return box

    def reload_month(self) -> None:
        if self.ctx.council_id is None:
            return
        year, month = self.calendar.yearShown(), self.calendar.monthShown()
        self.ctx.runner.read(meetings.meetings_in_month, self.ctx.council_id, year, month,
                             owner=self, on_result=lambda rows: self._got_month(year, month, rows))

    def _got_month(self, year: int, month: int, rows) -> None:
        if (year, month) != (self.calendar.yearShown(), self.calendar.monthShown()):
            return  # the secretary has moved on to another month
        self._month_rows = list(rows)
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # forget last month's marks
        for r in self._month_rows:
            fg, bg = STATE_COLOURS.get(r.state, ("#000000", "#eeeeee"))
            mark = QTextCharFormat()
            mark.setBackground(QBrush(QColor(bg)))
            mark.setForeground(QBrush(QColor(fg)))
            mark.setFontWeight(QFont.Weight.Bold)
            self.calendar.setDateTextFormat(QDate(r.date.year, r.date.month, r.date.day), mark)
        first = from_jalali(year, month, 1)
        self.month_title.setText(self.tr("Meetings of {month}: {n}").format(
            month=fmt.jdate(first, "long").split(" ", 1)[1], n=fmt.number(len(self._month_rows))))
        self.month_list.clear()
        for r in self._month_rows:
            text = self.tr("Meeting {number} — {kind} — {state}").format(
                number=fmt.digits(r.number), kind=labels.label(r.kind, MeetingKind),
                state=labels.label(r.state, MeetingState))
            comma = "، " if fmt.persian() else ", "
            parts = (fmt.jdate(r.date, "weekday"), time_text(r), r.place)
            text += "\n" + comma.join(part for part in parts if part)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            item.setForeground(QBrush(QColor(STATE_COLOURS.get(r.state, ("#000",))[0])))
            self.month_list.addItem(item)
        if not self._month_rows:
            self.month_list.addItem(QListWidgetItem(self.tr("No meeting this month.")))

    def rows_on(self, day: date) -> list[meetings.MeetingListRow]:
        return [r for r in self._month_rows if r.date == day]

    def _day_clicked(self, qdate: QDate) -> None:
        day = qdate.toPython()
        for i in range(self.month_list.count()):
            item = self.month_list.item(i)
            ids = {r.id for r in self.rows_on(day)}
            item.setSelected(item.data(Qt.ItemDataRole.UserRole) in ids)

    def _day_activated(self, qdate: QDate) -> None:
        day = qdate.toPython()
        found = self.rows_on(day)
        if found:
            self.open_requested.emit(found[0].id)
        else:
            self.new_requested.emit(day)

    def _open_item(self, item: QListWidgetItem) -> None:
        meeting_id = item.data(Qt.ItemDataRole.UserRole)
        if meeting_id:
            self.open_requested.emit(meeting_id)
