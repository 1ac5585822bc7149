"""The filter in front of a table: typed text matched the way the search index matches it.

`FoldingFilterProxy` keeps the rows in which every typed word occurs in some column, comparing
folded text (`app.persian.fold_for_search`: ي/ك typed on an Arabic keyboard equal ی/ک, Persian
and Latin digits are the same, ZWNJ and diacritics ignored). Sorting is handed to the source
model (`RowTableModel.sort`, Persian alphabetical order in Python) instead of Qt's per-pair
comparisons, so clicking a header stays fast on thousands of rows.
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt

from app.persian import fold_for_search
from app.ui.models.table_model import FILTER_ROLE


def change_row_filter(proxy: QSortFilterProxyModel, change) -> None:
    """Apply `change()` to a proxy's filter state and re-filter its rows (Qt >= 6.10 wants
    begin/endFilterChange; older Qt has invalidateRowsFilter)."""
    if hasattr(proxy, "beginFilterChange"):
        proxy.beginFilterChange()
        change()
        proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)
    else:  # pragma: no cover - Qt before 6.10
        change()
        proxy.invalidateRowsFilter()


class FoldingFilterProxy(QSortFilterProxyModel):
    """Filters rows by folded words across all (or the chosen) columns."""

    def __init__(self, parent=None, columns: tuple[int, ...] | None = None):
        super().__init__(parent)
        self._words: list[str] = []
        self._columns = columns
        self.setDynamicSortFilter(False)

    def set_filter_text(self, text: str) -> None:
        """Show only rows containing every word of `text` (empty shows all)."""
        words = fold_for_search(text).split()
        if words == self._words:
            return
        change_row_filter(self, lambda: setattr(self, "_words", words))

    def filter_text_words(self) -> list[str]:
        return list(self._words)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:  # noqa: N802
        if not self._words:
            return True
        model = self.sourceModel()
        if self._columns is None and hasattr(model, "filter_text"):
            haystack = model.filter_text(source_row)
            return all(word in haystack for word in self._words)
        columns = self._columns if self._columns is not None else range(model.columnCount())
        haystack = " ".join(
            (model.data(model.index(source_row, c, source_parent), FILTER_ROLE)
             or fold_for_search(model.data(model.index(source_row, c, source_parent),
                                           Qt.ItemDataRole.DisplayRole) or ""))
            for c in columns)
        return all(word in haystack for word in self._words)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return self.sourceModel().headerData(section, orientation, role)  # 1..n as shown
        return super().headerData(section, orientation, role)
