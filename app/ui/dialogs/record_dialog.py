"""A small form dialog that saves through a service and stays open when the save is refused.

Adding a plan, a goal, a milestone, a funding line or an issue made from a resident's request
is a handful of fields and one service call. `RecordDialog` lays the fields out (label, widget,
its error line), runs the call on the task runner when OK is pressed, and on a refusal shows
each Persian message beside its field and keeps everything typed; only a successful save
closes it and emits `saved(result)`. `value_of` reads any of the app's input widgets the way
the services take them (a badly typed date is passed as typed, so the service names the
problem in its own words).
"""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit,
                               QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget)

from app.ui.widgets import FormErrors, JalaliDateEdit, SearchableCombo


def value_of(widget: QWidget) -> Any:
    """What a field holds, as a service takes it."""
    if isinstance(widget, JalaliDateEdit):
        return widget.date() or widget.text().strip() or None
    if isinstance(widget, SearchableCombo):
        return widget.current_value()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QLineEdit):
        return widget.text()
    raise TypeError(f"no value for {type(widget).__name__}")


class RecordDialog(QDialog):
    """Fields + OK/Cancel; OK runs `submit(values)` -> (service fn, args, kwargs) on the runner."""

    saved = Signal(object)

    def __init__(self, runner, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.fields: dict[str, QWidget] = {}
        self.errors = FormErrors(self)
        self.result_value: Any = None
        self._submit: Callable[[dict[str, Any]], tuple] | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.errors.banner)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def add_field(self, name: str, label: str, widget: QWidget,
                  aliases: tuple[str, ...] = ()) -> QWidget:
        widget.setParent(self)
        self.errors.add_row(self.form, label, name, widget, aliases)
        self.fields[name] = widget
        if len(self.fields) == 1:
            widget.setFocus()
        return widget

    def values(self) -> dict[str, Any]:
        return {name: value_of(widget) for name, widget in self.fields.items()}

    def on_submit(self, submit: Callable[[dict[str, Any]], tuple]) -> None:
        """`submit(values)` returns (service function, args tuple, kwargs dict)."""
        self._submit = submit

    def submit(self) -> None:
        if self._submit is None:
            self.accept()
            return
        self.errors.clear()
        fn, args, kwargs = self._submit(self.values())
        self.buttons.setEnabled(False)
        self.runner.write(fn, *args, owner=self, on_result=self._done,
                          on_error=self._refused, **kwargs)

    def _done(self, result) -> None:
        self.buttons.setEnabled(True)
        self.result_value = result
        self.saved.emit(result)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.errors.show_error(exc)
