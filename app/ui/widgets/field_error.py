"""The small red text under a field that says, in Persian, what is wrong with it.

Hidden while there is nothing to say, so a form does not jump about; `show_error(text)` shows
it, `clear()` hides it. It marks its buddy field invalid (the style sheet draws a red border on
`[invalid="true"]`) and is what screen readers read for the field.
"""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class FieldError(QLabel):
    """A per-field error message, hidden when empty."""

    def __init__(self, buddy: QWidget | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setStyleSheet("color: #b00020;")
        self._buddy = buddy
        self.hide()

    def set_buddy(self, widget: QWidget) -> None:
        self._buddy = widget

    def show_error(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))
        self._mark(bool(text))
        if self._buddy is not None and text:
            self._buddy.setAccessibleDescription(text)

    def clear(self) -> None:  # noqa: D401 - QLabel.clear, also hides and unmarks
        super().clear()
        self.hide()
        self._mark(False)
        if self._buddy is not None:
            self._buddy.setAccessibleDescription("")

    def message(self) -> str:
        """The message shown now ('' when none)."""
        return self.text()

    def _mark(self, invalid: bool) -> None:
        if self._buddy is None:
            return
        self._buddy.setProperty("invalid", invalid)
        style = self._buddy.style()
        style.unpolish(self._buddy)
        style.polish(self._buddy)
