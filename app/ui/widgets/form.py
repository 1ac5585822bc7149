"""The form helper: shows a refused save's messages next to the fields they concern.

Services refuse with one `DomainError` carrying a problem per bad field (`by_field()`), keyed by
the service's field names ("province", "founded_on", ...). A form binds each field name to its
widget once (`add_row` lays out label, widget and its `FieldError`; `bind` does it for a
widget placed elsewhere), then hands any failure to `show_error(exc)`: every bound field gets
its Persian message under it, problems with no bound field go to the banner at the top, the
first bad field takes the focus, and nothing typed is touched, so the secretary fixes one word
and saves again. `clear()` before each save removes the old messages.
"""
from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QVBoxLayout, QWidget

from app.errors import DomainError
from app.ui.i18n import domain_translate, error_text
from app.ui.widgets.field_error import FieldError


class FormErrors:
    """Field name -> (widget, FieldError), plus a banner for everything else."""

    def __init__(self, parent: QWidget | None = None):
        self.banner = FieldError(None, parent)
        self.banner.setObjectName("formBanner")
        self._fields: dict[str, tuple[QWidget, FieldError]] = {}
        self._order: list[str] = []

    def bind(self, field: str, widget: QWidget, error: FieldError | None = None,
             aliases: tuple[str, ...] = ()) -> FieldError:
        """Show problems of `field` (and of each alias) on `error` (the widget's own error
        line when it has one, like JalaliDateEdit, else a new FieldError the caller places)."""
        if error is None:
            error = getattr(widget, "error_label", None) or FieldError(widget, widget.parentWidget())
        error.set_buddy(getattr(widget, "line", widget))
        for name in (field, *aliases):
            self._fields[name] = (widget, error)
        self._order.append(field)
        return error

    def add_row(self, layout: QFormLayout, label: str, field: str, widget: QWidget,
                aliases: tuple[str, ...] = ()) -> FieldError:
        """Add `label: widget` to a QFormLayout with the field's error line under the widget."""
        own = getattr(widget, "error_label", None)
        if own is not None:
            layout.addRow(label, widget)
            return self.bind(field, widget, own, aliases)
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        col.addWidget(widget)
        error = FieldError(widget, box)
        col.addWidget(error)
        layout.addRow(label, box)
        return self.bind(field, widget, error, aliases)

    def widget(self, field: str) -> QWidget | None:
        entry = self._fields.get(field)
        return entry[0] if entry else None

    def error_of(self, field: str) -> str:
        """The message shown now for `field` ('' when none)."""
        entry = self._fields.get(field)
        return entry[1].message() if entry else ""

    def show_field(self, field: str, message: str) -> None:
        """Show a message of the form's own (e.g. "the passwords differ") under `field`."""
        entry = self._fields.get(field)
        if entry is None:
            self.banner.show_error(message)
            return
        entry[1].show_error(message)
        entry[0].setFocus()

    def clear(self) -> None:
        self.banner.clear()
        for _, error in self._fields.values():
            error.clear()

    def show_error(self, exc: BaseException) -> None:
        """Put each problem of `exc` next to its field; the rest in the banner."""
        self.clear()
        if not isinstance(exc, DomainError):
            self.banner.show_error(error_text(exc))
            return
        loose: list[str] = []
        first: QWidget | None = None
        shown: dict[int, list[str]] = {}
        for field, message in exc.by_field(domain_translate).items():
            entry = self._fields.get(field) if field else None
            if entry is None:
                loose.append(message)
                continue
            widget, error = entry
            shown.setdefault(id(error), []).append(message)
            error.show_error(" ".join(shown[id(error)]))
            if first is None or self._rank(widget) < self._rank(first):
                first = widget
        if loose:
            self.banner.show_error(" ".join(loose))
        if first is not None:
            first.setFocus()

    def _rank(self, widget: QWidget) -> int:
        for i, name in enumerate(self._order):
            if self._fields[name][0] is widget:
                return i
        return len(self._order)
