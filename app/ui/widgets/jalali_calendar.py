"""A month calendar on Qt's Jalali calendar with the Iranian week: Saturday first, Friday red.

`QCalendarWidget` defaults to the Gregorian calendar, a Monday or Sunday week start, Saturday
and Sunday as the weekend and ISO week numbers down the side; none of that is right for a
council secretary (STACK-NOTES, "Jalali, locale, sorting"). This subclass fixes all four, so the
date field's popup and the meetings calendar show the same month the same way. Qt's Jalali
calendar agrees with jdatetime (the app's source of truth) on every day up to 2058.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QWidget

from PySide6.QtCore import QCalendar

WEEKEND = Qt.DayOfWeek.Friday
WEEKEND_COLOUR = QColor("#c62828")


class JalaliCalendar(QCalendarWidget):
    """QCalendarWidget on the Jalali calendar, week from Saturday, Friday as the weekend."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setCalendar(QCalendar(QCalendar.System.Jalali))
        self.setFirstDayOfWeek(Qt.DayOfWeek.Saturday)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setGridVisible(False)
        plain = QTextCharFormat()
        plain.setForeground(QBrush(self.palette().text().color()))
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.setWeekdayTextFormat(day, plain)
        weekend = QTextCharFormat()
        weekend.setForeground(QBrush(WEEKEND_COLOUR))
        self.setWeekdayTextFormat(WEEKEND, weekend)

    def selected(self) -> date:
        """The selected day as a Python (Gregorian) date."""
        return self.selectedDate().toPython()

    def select(self, day: date) -> None:
        """Select and show `day`."""
        self.setSelectedDate(QDate(day.year, day.month, day.day))
