"""Small building blocks the record pages share: filter combos, tables, hints, overdue colours.

The members, resolutions and issues pages all show a filter row above a table and a pane of
details beside it. What is the same in each lives here once: a combo box of an enum's Persian
words with an "all" entry first, a read-only row-selecting table view that never measures
every row (ResizeToContents over thousands of lazily loaded rows would freeze the window), a
grey hint label, a bold caption, the colours an overdue row is drawn in, the frame of a record
form (scrollable body, Save and New buttons) and the filter methods of a paged list page.
"""
from __future__ import annotations

from enum import StrEnum
from typing import Any, Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QScrollArea, QTableView, QVBoxLayout, QWidget)

from app.ui import labels

OVERDUE_FOREGROUND = QBrush(QColor("#b00020"))
OVERDUE_BACKGROUND = QBrush(QColor("#fdecea"))


def enum_combo(enum_cls: type[StrEnum], all_text: str | None, parent: QWidget | None = None,
               *, values: Iterable[StrEnum] | None = None) -> QComboBox:
    """A combo of the enum's words (value as item data); `all_text` first (data None) if given."""
    combo = QComboBox(parent)
    if all_text is not None:
        combo.addItem(all_text, None)
    wanted = list(values) if values is not None else list(enum_cls)
    for member in wanted:
        combo.addItem(labels.label(member, enum_cls), member.value)
    return combo


def set_combo_value(combo: QComboBox, value: Any) -> None:
    """Choose the item whose data is `value` (the first item when none has it)."""
    index = combo.findData(value)
    combo.setCurrentIndex(index if index >= 0 else 0)


def fill_combo(combo: QComboBox, items: Iterable[tuple[str, Any]], all_text: str | None) -> None:
    """Replace a plain combo's items with (text, value) pairs, keeping the chosen value."""
    keep = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if all_text is not None:
        combo.addItem(all_text, None)
    for text, value in items:
        combo.addItem(text, value)
    index = combo.findData(keep)
    combo.setCurrentIndex(index if index >= 0 else 0)
    combo.blockSignals(False)


def record_table(model, parent: QWidget | None = None, *, widths: dict[int, int] | None = None,
                 stretch: int | None = None, sortable: bool = True) -> QTableView:
    """A read-only table selecting whole rows; fixed starting widths, one stretching column."""
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    # Qt starts with a descending indicator: begin with the model's own (ascending) order
    table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(sortable)
    table.verticalHeader().setDefaultSectionSize(28)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setHighlightSections(False)
    for column, width in (widths or {}).items():
        table.setColumnWidth(column, width)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    if not sortable:
        header.setSortIndicatorShown(False)
    return table


def hint(text: str, parent: QWidget | None = None) -> QLabel:
    """A grey explanatory line."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setObjectName("hint")
    return label


def caption(text: str = "", parent: QWidget | None = None, *, size: int = 0) -> QLabel:
    """A bold label (a section's heading or a record's title)."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    font = QFont(label.font())
    font.setBold(True)
    if size:
        font.setPointSize(size)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def overdue_role(role: int):
    """The brush an overdue row is drawn with for `role` (None for other roles)."""
    if role == Qt.ItemDataRole.ForegroundRole:
        return OVERDUE_FOREGROUND
    if role == Qt.ItemDataRole.BackgroundRole:
        return OVERDUE_BACKGROUND
    return None


def form_frame(form: QWidget, body: QWidget, *, heading: QWidget, banner: QWidget, save_text: str,
               new_text: str, margin: int) -> None:
    """Lay out a record form: heading, error banner, `body` scrolling, then Save and New.

    Sets `form.save_button` and `form.new_button`, wired to the form's `save_requested` and
    `new_requested` signals; the texts come translated from the form itself.
    """
    scroll = QScrollArea(form)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(body)
    form.save_button = QPushButton(save_text, form)
    form.save_button.setDefault(True)
    form.new_button = QPushButton(new_text, form)
    form.save_button.clicked.connect(form.save_requested)
    form.new_button.clicked.connect(form.new_requested)
    buttons = QHBoxLayout()
    buttons.addWidget(form.save_button)
    buttons.addWidget(form.new_button)
    buttons.addStretch(1)
    layout = QVBoxLayout(form)
    layout.setContentsMargins(margin, margin, margin, margin)
    layout.addWidget(heading)
    layout.addWidget(banner)
    layout.addWidget(scroll, 1)
    layout.addLayout(buttons)


class FilteredListMixin:
    """The filter methods of a page with a paged `model`, a debounced `search` box
    (`_search_timer`) and its own `filter_values()`; put it before `Page` in the bases."""

    def apply_filters(self, *_args) -> None:
        self._search_timer.stop()
        if self._loaded:
            self.model.update_query(**self.filter_values())

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
