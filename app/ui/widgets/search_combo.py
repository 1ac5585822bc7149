"""A combo box you can type into to find an item: for long lists (members, agencies, issues).

Typing filters the popup to the items containing every typed word, compared folded (ي/ك as
ی/ک, digits in any script, ZWNJ ignored), so «شهرداري» finds «شهرداری منطقه ۲». Items are
(shown text, value) pairs; `current_value()` is the value of the chosen item, or None when what
is typed matches no item. Items are shown in Persian alphabetical order unless told otherwise.
"""
from __future__ import annotations

from typing import Any, Iterable

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from app.persian import fold_for_search, sort_key
from app.ui.models.filter_proxy import change_row_filter


class _FoldedContains(QSortFilterProxyModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.words: list[str] = []

    def set_text(self, text: str) -> None:
        words = fold_for_search(text).split()
        change_row_filter(self, lambda: setattr(self, "words", words))

    def filterAcceptsRow(self, row: int, parent) -> bool:  # noqa: N802 - Qt override
        if not self.words:
            return True
        text = fold_for_search(self.sourceModel().index(row, 0, parent).data() or "")
        return all(w in text for w in self.words)


class SearchableCombo(QComboBox):
    """An editable combo whose popup filters by folded words."""

    def __init__(self, parent: QWidget | None = None, *, allow_empty: bool = True):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.allow_empty = allow_empty
        self._proxy = _FoldedContains(self)
        self._proxy.setSourceModel(self.model())
        completer = QCompleter(self._proxy, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self.lineEdit().textEdited.connect(self._proxy.set_text)
        completer.activated[str].connect(self._choose_text)

    def set_items(self, items: Iterable[tuple[str, Any]], *, sort: bool = True) -> None:
        """Replace the items with (shown text, value) pairs; keeps the chosen value if still there."""
        keep = self.current_value()
        pairs = list(items)
        if sort:
            pairs.sort(key=lambda p: sort_key(p[0]))
        self.blockSignals(True)
        self.clear()
        if self.allow_empty:
            self.addItem("", None)
        for text, value in pairs:
            self.addItem(text, value)
        self.blockSignals(False)
        self.set_current_value(keep)

    def current_value(self) -> Any:
        """The chosen item's value; None when nothing is chosen or the text matches no item."""
        text = self.currentText()
        index = self.findText(text, Qt.MatchFlag.MatchExactly)
        if index < 0 or not text:
            return None
        return self.itemData(index)

    def set_current_value(self, value: Any) -> None:
        if value is None:
            self.setCurrentIndex(0 if self.allow_empty and self.count() else -1)
            if not self.allow_empty:
                self.setEditText("")
            return
        index = self.findData(value)
        self.setCurrentIndex(index)

    def _choose_text(self, text: str) -> None:
        index = self.findText(text, Qt.MatchFlag.MatchExactly)
        if index >= 0:
            self.setCurrentIndex(index)
