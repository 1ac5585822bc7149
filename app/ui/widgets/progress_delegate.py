"""A table cell drawn as a progress bar with its percentage in Persian digits («۴۵٪»).

Used for the roadmap's project progress (and any 0–100 column): the model's DisplayRole gives
the text and `PROGRESS_ROLE` (or, failing that, the number in the text) the value. The bar
fills from the right under right-to-left, like Qt's own progress bars, and is drawn with the
widget style so it looks native; a finished project shows green, an overdue one red.
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (QApplication, QStyle, QStyledItemDelegate, QStyleOptionProgressBar,
                               QStyleOptionViewItem)

from app.persian import to_latin_digits
from app.ui import fmt

#: role giving a cell's progress value (0-100) as a number
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 10
#: role giving the bar's colour (a QColor or a colour name), optional
BAR_COLOUR_ROLE = Qt.ItemDataRole.UserRole + 11


def percent_text(value: float | int | None) -> str:
    """۴۵٪ (45% under English)."""
    if value is None:
        return ""
    shown = fmt.number(value, 0 if float(value).is_integer() else 1)
    return f"{shown}٪" if fmt.persian() else f"{shown}%"


def _value(index: QModelIndex) -> float | None:
    value = index.data(PROGRESS_ROLE)
    if value is not None:
        return float(value)
    text = to_latin_digits(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
    digits = "".join(ch for ch in text if ch.isdigit() or ch == ".")
    try:
        return float(digits) if digits else None
    except ValueError:
        return None


class ProgressBarDelegate(QStyledItemDelegate):
    """Paints a 0–100 value as a progress bar with the percentage on it."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        value = _value(index)
        if value is None:
            super().paint(painter, option, index)
            return
        # background and selection as for any cell, without the text
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        bar = QStyleOptionProgressBar()
        bar.rect = QRect(option.rect.adjusted(4, 4, -4, -4))
        bar.minimum, bar.maximum = 0, 100
        bar.progress = int(round(max(0.0, min(100.0, value))))
        bar.text = percent_text(value)
        bar.textVisible = True
        bar.textAlignment = Qt.AlignmentFlag.AlignCenter
        bar.direction = (widget.layoutDirection() if widget is not None
                         else QApplication.layoutDirection())
        bar.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Horizontal
        bar.fontMetrics = option.fontMetrics
        bar.palette = QPalette(option.palette)
        colour = index.data(BAR_COLOUR_ROLE)
        if colour is not None:
            bar.palette.setColor(QPalette.ColorRole.Highlight, QColor(colour))
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, widget)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex):  # noqa: N802
        hint = super().sizeHint(option, index)
        hint.setWidth(max(hint.width(), 110))
        return hint
