"""Line edits for numbers, national IDs and mobile numbers that accept Persian and Latin digits.

A Persian keyboard types ۰-۹, a numeric keypad often 0-9, and an Arabic layout ٠-٩: all are
accepted while typing, and the field shows Persian digits once it is left (Latin under English).
`NumberEdit.value()` is an int (None when empty or unreadable; thousands separators allowed);
`digits_text()` is what was typed with ASCII digits, which is what the services validate
(national IDs keep their leading zeros). `MobileEdit` also allows +, spaces and dashes.
"""
from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from app.persian import parse_int, to_latin_digits
from app.ui import fmt
from app.ui.widgets.alignment import align_to_layout

DIGITS = "0-9\u06f0-\u06f9\u0660-\u0669"


class _DigitsEdit(QLineEdit):
    PATTERN = f"[{DIGITS}]*"

    def __init__(self, parent: QWidget | None = None, *, max_length: int = 32):
        super().__init__(parent)
        self.setValidator(QRegularExpressionValidator(QRegularExpression(self.PATTERN), self))
        self.setMaxLength(max_length)
        align_to_layout(self)
        self.editingFinished.connect(self._show_digits)

    def _show_digits(self) -> None:
        shown = fmt.digits(self.text())
        if shown != self.text():
            self.setText(shown)

    def digits_text(self) -> str:
        """What was typed, with ASCII digits and no surrounding spaces."""
        return to_latin_digits(self.text()).strip()

    def set_digits_text(self, text: str | None) -> None:
        self.setText(fmt.digits(text or ""))


class NumberEdit(_DigitsEdit):
    """A whole number: digits in any script, thousands separators allowed."""

    PATTERN = f"[{DIGITS}٬,،]*"

    def value(self) -> int | None:
        text = self.text().strip()
        if not text:
            return None
        try:
            return parse_int(text)
        except ValueError:
            return None

    def setValue(self, value: int | None) -> None:  # noqa: N802 - Qt naming
        self.setText("" if value is None else fmt.digits(value))


class DigitsEdit(_DigitsEdit):
    """A code made of digits (national ID, postal code): leading zeros kept."""


class MobileEdit(_DigitsEdit):
    """A mobile number as typed: digits in any script, +, spaces and dashes."""

    PATTERN = f"[{DIGITS}+ \\-]*"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, max_length=20)
        self.setPlaceholderText(self.tr("e.g. 09123456789"))
