"""The base table model every list screen uses: columns declared once, rows are service dataclasses.

A subclass lists its `columns` (a `Column` per column: the attribute or a getter, the header's
English source text marked with `QT_TRANSLATE_NOOP("Columns", ...)`, and a kind saying how to
show it) and the page calls `set_rows(rows)` with what a service returned. The model shows
numbers and Jalali dates with the language's digits, enum values as their words, row numbers in
the vertical header with Persian digits, and sorts in Persian alphabetical order
(`app.persian.sort_key`) or by value for numbers and dates, in Python (fast even for thousands
of rows). `row_at(i)` gives back the dataclass. Tested without a window.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from enum import StrEnum
from typing import Any, Callable, Sequence

from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QModelIndex,
                            QPersistentModelIndex, Qt)

from app.persian import fold_for_search, sort_key
from app.ui import fmt, labels


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark a header text for translation (context "Columns"); returns it unchanged."""
    return text


HEADER_CONTEXT = "Columns"
#: role giving the value used to sort a cell (a Python object compared in Python)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: role giving the whole row's dataclass
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
#: role giving the folded text a filter compares with
FILTER_ROLE = Qt.ItemDataRole.UserRole + 3

KINDS = ("text", "number", "money", "percent", "date", "datetime", "time", "enum", "bool", "digits")


@dataclass(frozen=True)
class Column:
    """One column: what to show and how.

    `key` is the row attribute (or use `get` for anything computed); `kind` is one of KINDS;
    `enum` is the enum class of an 'enum' column; `width` a preferred width in characters.
    """

    key: str
    header: str
    kind: str = "text"
    get: Callable[[Any], Any] | None = None
    enum: type[StrEnum] | None = None
    width: int | None = None

    def value(self, row: Any) -> Any:
        return self.get(row) if self.get is not None else getattr(row, self.key, None)


def display(column: Column, value: Any) -> str:
    """A value as the table shows it."""
    if value is None or value == "":
        return ""
    kind = column.kind
    if kind in ("number", "money") and isinstance(value, (int, float, Decimal)):
        return fmt.number(value)
    if kind == "percent" and isinstance(value, (int, float, Decimal)):
        return fmt.digits(f"{fmt.number(value)}٪" if fmt.persian() else f"{fmt.number(value)}%")
    if kind == "datetime" and isinstance(value, datetime):
        return fmt.jdatetime(value)
    if kind in ("date", "datetime") and isinstance(value, date):
        return fmt.jdate(value)
    if kind == "time" and isinstance(value, time):
        return fmt.clock(value)
    if kind == "enum":
        return labels.label(value, column.enum)
    if kind == "bool":
        return QCoreApplication.translate("Columns", "Yes") if value else ""
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return fmt.number(value)
    return fmt.digits(value) if kind == "digits" else str(value)


def sort_value(column: Column, value: Any) -> Any:
    """A key that orders values of this column sensibly (None last)."""
    if value is None or value == "":
        return (1, ())
    if column.kind in ("text", "enum", "digits"):
        shown = display(column, value) if column.kind == "enum" else str(value)
        return (0, sort_key(shown))
    if isinstance(value, datetime):
        return (0, value.timestamp() if value.tzinfo else value.isoformat())
    if isinstance(value, (date, time)):
        return (0, value.isoformat())
    if isinstance(value, (int, float, Decimal)):
        return (0, float(value))
    return (0, sort_key(str(value)))


class RowTableModel(QAbstractTableModel):
    """Rows of frozen dataclasses under declared columns. Subclasses set `columns`."""

    columns: Sequence[Column] = ()

    def __init__(self, parent=None, columns: Sequence[Column] | None = None):
        super().__init__(parent)
        if columns is not None:
            self.columns = tuple(columns)
        self._rows: list[Any] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._folded: dict[int, str] = {}  # id(row) -> folded text of all its cells

    # --- rows --------------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any]) -> None:
        """Replace every row (keeps the current sort)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._folded.clear()
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def append_rows(self, rows: Sequence[Any]) -> None:
        """Add rows at the end (lazy loading)."""
        if not rows:
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def filter_text(self, row: int) -> str:
        """The folded text of every cell of `row`, cached (what the filter proxy searches)."""
        item = self._rows[row]
        text = self._folded.get(id(item))
        if text is None:
            text = fold_for_search(" ".join(display(c, c.value(item)) for c in self.columns))
            self._folded[id(item)] = text
        return text

    def column_index(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    # --- Qt model ----------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display(column, column.value(row))
        if role == Qt.ItemDataRole.ToolTipRole:
            text = display(column, column.value(row))
            return text if len(text) > 40 else None
        if role == SORT_ROLE:
            return sort_value(column, column.value(row))
        if role == FILTER_ROLE:
            return fold_for_search(display(column, column.value(row)))
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in (
                "number", "money", "percent", "date", "datetime", "time", "digits"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return self.extra_data(row, column, role)

    def extra_data(self, row: Any, column: Column, role: int):
        """Subclasses add colours, icons, fonts here (e.g. overdue rows in red)."""
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.columns):
                return QCoreApplication.translate(HEADER_CONTEXT, self.columns[section].header)
            return None
        return fmt.digits(section + 1)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._sort_rows(column, order)
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        col = self.columns[column]
        self._rows.sort(key=lambda r: sort_value(col, col.value(r)),
                        reverse=order == Qt.SortOrder.DescendingOrder)
