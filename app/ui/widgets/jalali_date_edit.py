"""The Jalali date field: typed Jalali in Persian or Latin digits, or picked from a calendar.

A line edit rather than a QDateEdit: a secretary types «۱۴۰۵/۸/۲۴», «1405-08-24» or «۲۴ آبان
۱۴۰۵» as they come (parsed by `app.persian.parse_jalali`, the app's one calendar), and a
QDateEdit under right-to-left reverses its sections anyway. The button (or Alt+Down / F4) opens
a `JalaliCalendar` popup. A valid date is rewritten as ۱۴۰۵/۰۸/۲۴ when the field is left; a bad
one stays exactly as typed and the reason (e.g. «۱۴۰۴ is not a leap year») shows under it, in
the same words the services use. `date()` gives a Python `date` (None when empty or invalid).
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLineEdit, QToolButton, QVBoxLayout,
                               QWidget)

from app.errors import problem
from app.persian import JalaliDateError, parse_jalali, to_latin_digits
from app.ui import fmt
from app.ui.i18n import domain_translate
from app.ui.widgets.alignment import align_to_layout
from app.ui.widgets.field_error import FieldError
from app.ui.widgets.jalali_calendar import JalaliCalendar


def jalali_error_text(text: str, exc: JalaliDateError) -> str:
    """The translated message for a date that cannot be read (the services' own words)."""
    if exc.reason == "leap":
        latin = to_latin_digits(text.strip())
        year = next((int(p) for p in latin.replace("-", "/").replace(".", "/").split("/")
                     if p.isdigit() and len(p) == 4), 0)
        return problem("bad_date_leap", value=text.strip(), year=year).message(domain_translate)
    return problem("bad_date", value=text.strip()).message(domain_translate)


class JalaliDateEdit(QWidget):
    """A Jalali date field with a calendar popup and its own error line."""

    dateChanged = Signal(object)  # datetime.date or None

    def __init__(self, parent: QWidget | None = None, *, required: bool = False):
        super().__init__(parent)
        self.required = required
        self._date: date | None = None
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(self.tr("e.g. 1405/08/24"))
        self.line.setClearButtonEnabled(True)
        self.line.setMaxLength(40)
        align_to_layout(self.line)
        self.setFocusProxy(self.line)
        self.button = QToolButton(self)
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setToolTip(self.tr("Choose from the calendar (Alt+Down)"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.error_label = FieldError(self.line, self)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.line, 1)
        row.addWidget(self.button)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        outer.addLayout(row)
        outer.addWidget(self.error_label)
        self._popup: QFrame | None = None
        self.calendar: JalaliCalendar | None = None
        self.button.clicked.connect(self.show_calendar)
        self.line.editingFinished.connect(self._commit)
        self.line.textEdited.connect(self._edited)
        self.line.installEventFilter(self)

    # --- value ----------------------------------------------------------------------------------
    def date(self) -> date | None:
        """The date typed or picked; None when the field is empty or what is typed is not a date."""
        self._commit()
        return self._date

    def setDate(self, value: date | None) -> None:  # noqa: N802 - Qt naming, like QDateEdit
        self._date = value
        self.line.setText(fmt.jdate(value) if value else "")
        self.error_label.clear()
        self.dateChanged.emit(value)

    def text(self) -> str:
        return self.line.text()

    def is_valid(self) -> bool:
        """True when the field holds a date, or is empty and not required."""
        self._commit()
        if self.line.text().strip():
            return self._date is not None
        return not self.required

    def error(self) -> str:
        return self.error_label.message()

    # --- typing ---------------------------------------------------------------------------------
    def _edited(self, _text: str) -> None:
        if self.error_label.message():
            self.error_label.clear()

    def _commit(self) -> None:
        text = self.line.text()
        if not text.strip():
            changed = self._date is not None
            self._date = None
            if self.required:
                self.error_label.show_error(problem("required").message(domain_translate))
            if changed:
                self.dateChanged.emit(None)
            return
        try:
            value = parse_jalali(text)
        except JalaliDateError as exc:
            self._date = None
            self.error_label.show_error(jalali_error_text(text, exc))
            return
        self.error_label.clear()
        canonical = fmt.jdate(value)
        if self.line.text() != canonical:
            self.line.setText(canonical)
        if value != self._date:
            self._date = value
            self.dateChanged.emit(value)

    # --- the calendar popup -----------------------------------------------------------------------
    def show_calendar(self) -> None:
        if self._popup is None:
            self._popup = QFrame(self, Qt.WindowType.Popup)
            self._popup.setFrameShape(QFrame.Shape.StyledPanel)
            self.calendar = JalaliCalendar(self._popup)
            lay = QVBoxLayout(self._popup)
            lay.setContentsMargins(2, 2, 2, 2)
            lay.addWidget(self.calendar)
            self.calendar.clicked.connect(self._picked)
            self.calendar.activated.connect(self._picked)
        current = self.date() or date.today()
        self.calendar.select(current)
        self._popup.adjustSize()
        size = self._popup.sizeHint()
        below = self.line.mapToGlobal(QPoint(0, self.line.height()))
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            below.setX(self.line.mapToGlobal(QPoint(self.line.width(), 0)).x() - size.width())
        self._popup.move(below)
        self._popup.show()
        self.calendar.setFocus()

    def _picked(self, qdate) -> None:
        self.setDate(qdate.toPython())
        if self._popup is not None:
            self._popup.hide()
        self.line.setFocus()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        if obj is self.line and isinstance(event, QKeyEvent) and event.type() == event.Type.KeyPress:
            alt_down = (event.key() == Qt.Key.Key_Down
                        and event.modifiers() & Qt.KeyboardModifier.AltModifier)
            if alt_down or event.key() == Qt.Key.Key_F4:
                self.show_calendar()
                return True
        return super().eventFilter(obj, event)
