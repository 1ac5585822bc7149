"""The agenda (دستور جلسه) and the discussion under each item (مشروح مذاکرات) of a meeting.

`AgendaTab` lists the items in order; the secretary adds an item by typing its title, renames
the chosen one (a small dialog), moves it up or down and removes it, each a service call at
once (the services keep positions 1..n). The first item «پیگیری مصوبات جلسات قبل» is added by
the services when earlier resolutions are still open; its resolutions are listed under the
agenda with the status they had at this meeting. `DiscussionTab` is where what was said is
written, item by item; the text is kept per item until Ctrl+S saves it, so moving between items
loses nothing.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QGridLayout, QHBoxLayout, QInputDialog, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QMessageBox, QPlainTextEdit,
                               QPushButton, QSplitter, QVBoxLayout, QWidget)

from app.enums import AgendaKind, ResolutionStatus
from app.errors import DomainError
from app.services import agenda
from app.services.agenda import AgendaItemView
from app.ui import fmt
from app.ui.i18n import domain_translate, error_text
from app.ui.models.table_model import QT_TRANSLATE_NOOP, Column, RowTableModel
from app.ui.pages.meeting.jobs import SaveJob
from app.ui.pages.page_parts import caption, hint, record_table
from app.ui.widgets.field_error import FieldError


class FollowUpModel(RowTableModel):
    """Earlier resolutions followed up at this meeting, with their status as it stood."""

    columns = (
        Column("number", QT_TRANSLATE_NOOP("Columns", "No."), "digits"),
        Column("text", QT_TRANSLATE_NOOP("Columns", "Resolution")),
        Column("owner_name", QT_TRANSLATE_NOOP("Columns", "Owner")),
        Column("agency_name", QT_TRANSLATE_NOOP("Columns", "Agency")),
        Column("deadline", QT_TRANSLATE_NOOP("Columns", "Deadline"), "date"),
        Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), "enum", enum=ResolutionStatus),
        Column("last_note", QT_TRANSLATE_NOOP("Columns", "Last report")),
    )


def follow_up_table(model: FollowUpModel, parent: QWidget, *, narrow: bool = False):
    """The follow-up list; `narrow` (beside the discussion) leaves out the agency."""
    table = record_table(model, parent, widths={0: 55, 2: 120, 3: 150, 4: 90, 5: 80, 6: 190},
                         stretch=1)
    if narrow:
        table.setColumnHidden(3, True)
        table.setColumnWidth(6, 150)
    return table


def item_text(item: AgendaItemView) -> str:
    return fmt.digits(f"{item.position}. ") + item.title


def fill_items(widget: QListWidget, items: tuple[AgendaItemView, ...], keep: str | None) -> None:
    """Show the items in order, the follow-up item in italics; re-select `keep`."""
    widget.blockSignals(True)
    widget.clear()
    for item in items:
        entry = QListWidgetItem(item_text(item))
        entry.setData(Qt.ItemDataRole.UserRole, item.id)
        if item.kind == AgendaKind.FOLLOW_UP.value:
            font = QFont(widget.font())
            font.setItalic(True)
            entry.setFont(font)
        widget.addItem(entry)
    widget.blockSignals(False)
    ids = [i.id for i in items]
    widget.setCurrentRow(ids.index(keep) if keep in ids else (0 if ids else -1))


class AgendaTab(QWidget):
    """Ordered agenda items with add, rename, move up/down and remove.

The title field below the list is for a new item (Enter adds it); renaming asks for the chosen
item's new title in a small dialog (also on a double click), so the two never get mixed up.
"""

    changed = Signal()  # something was written: reload the meeting
    failed = Signal(object)  # an exception for the editor's banner

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id: str | None = None
        self.items: tuple[AgendaItemView, ...] = ()
        col = QVBoxLayout(self)
        top = QHBoxLayout()
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Agenda items"))
        top.addWidget(self.list, 1)
        buttons = QVBoxLayout()
        self.rename_button = QPushButton(self.tr("Rename..."), self)
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.remove_button = QPushButton(self.tr("Remove item"), self)
        for b in (self.rename_button, self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        top.addLayout(buttons)
        col.addLayout(top, 2)
        grid = QGridLayout()
        self.title = QLineEdit(self)
        self.title.setMaxLength(300)
        self.title.setPlaceholderText(self.tr("Title of an agenda item"))
        self.add_button = QPushButton(self.tr("Add as new item"), self)
        label = QLabel(self.tr("Item title:"), self)
        label.setBuddy(self.title)
        grid.addWidget(label, 0, 0)
        grid.addWidget(self.title, 0, 1)
        grid.addWidget(self.add_button, 0, 2)
        self.title_error = FieldError(self.title, self)
        grid.addWidget(self.title_error, 1, 1, 1, 2)
        col.addLayout(grid)
        self.follow_caption = caption(self.tr("Follow-up of earlier resolutions (filled in "
                                              "by itself)"), self)
        self.follow_model = FollowUpModel(self)
        self.follow_table = follow_up_table(self.follow_model, self)
        col.addWidget(self.follow_caption)
        col.addWidget(self.follow_table, 3)
        self.follow_empty = hint(self.tr("No earlier resolution is open, so there is no "
                                         "follow-up item."), self)
        col.addWidget(self.follow_empty)
        self.list.currentRowChanged.connect(self._chosen)
        self.title.returnPressed.connect(self.add_item)
        self.add_button.clicked.connect(self.add_item)
        self.rename_button.clicked.connect(self.rename_item)
        self.list.itemDoubleClicked.connect(lambda _i: self.rename_item())
        self.up_button.clicked.connect(lambda: self._move(agenda.move_up))
        self.down_button.clicked.connect(lambda: self._move(agenda.move_down))
        self.remove_button.clicked.connect(self.remove_item)
        self._locked = False

    def set_view(self, view) -> None:
        self.meeting_id = view.id
        keep = self.current_id()
        self.items = view.agenda
        fill_items(self.list, self.items, keep)
        previous = next((i.previous_resolutions for i in self.items
                         if i.kind == AgendaKind.FOLLOW_UP.value), None)
        self.follow_model.set_rows(previous or ())
        for w in (self.follow_caption, self.follow_table):
            w.setVisible(previous is not None)
        self.follow_empty.setVisible(previous is None)
        self._update_buttons()

    def current_id(self) -> str | None:
        entry = self.list.currentItem()
        return entry.data(Qt.ItemDataRole.UserRole) if entry is not None else None

    def current_item(self) -> AgendaItemView | None:
        return next((i for i in self.items if i.id == self.current_id()), None)

    def set_locked(self, locked: bool) -> None:
        self._locked = locked
        self.title.setEnabled(not locked)
        self.add_button.setEnabled(not locked)
        self._update_buttons()

    def _chosen(self, _row: int) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        item = self.current_item()
        row = self.list.currentRow()
        usable = item is not None and not self._locked
        self.rename_button.setEnabled(usable)
        self.remove_button.setEnabled(usable)
        self.up_button.setEnabled(usable and row > 0)
        self.down_button.setEnabled(usable and row < self.list.count() - 1)

    # --- writing -------------------------------------------------------------------------------------
    def _write(self, fn, *args, **kwargs) -> None:
        self.title_error.clear()
        self.ctx.runner.write(fn, *args, owner=self, on_result=lambda _r: self.changed.emit(),
                              on_error=self._failed, **kwargs)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, DomainError) and exc.field == "title":
            self.title_error.show_error(exc.message(domain_translate))
        else:
            self.failed.emit(exc)

    def add_item(self) -> None:
        if self.meeting_id is None or self._locked:
            return
        title = self.title.text()
        self.ctx.runner.write(agenda.add_agenda_item, self.meeting_id, title, owner=self,
                              on_result=self._added, on_error=self._failed)

    def _added(self, item: AgendaItemView) -> None:
        self.title.clear()
        self.items = self.items + (item,)
        fill_items(self.list, self.items, item.id)
        self.changed.emit()

    def rename_item(self) -> None:
        """Ask for the chosen item's new title (its discussion is left as saved)."""
        item = self.current_item()
        if item is None or self._locked:
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Rename agenda item"))
        dialog.setLabelText(self.tr("New title of item {position}:").format(
            position=fmt.digits(item.position)))
        dialog.setTextValue(item.title)
        dialog.resize(520, dialog.sizeHint().height())
        dialog.textValueSelected.connect(
            lambda text: self._write(agenda.update_agenda_item, item.id, title=text,
                                     discussion=item.discussion))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: self.window().activateWindow())
        self.rename_dialog = dialog
        dialog.open()

    def _move(self, fn) -> None:
        item = self.current_item()
        if item is not None:
            self._write(fn, item.id)

    def remove_item(self) -> None:
        item = self.current_item()
        if item is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove agenda item"),
            self.tr("Remove the item «{title}» from the agenda? Resolutions passed under it "
                    "stay, no longer filed under an item.").format(title=item.title))
        if answer == QMessageBox.StandardButton.Yes:
            self._write(agenda.remove_agenda_item, item.id)


class DiscussionTab(QWidget):
    """What was said under each agenda item; kept per item until saved."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.items: tuple[AgendaItemView, ...] = ()
        self.dirty: dict[str, str] = {}
        row = QHBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.list = QListWidget(splitter)
        self.list.setAccessibleName(self.tr("Agenda items"))
        pane = QWidget(splitter)
        col = QVBoxLayout(pane)
        col.setContentsMargins(0, 0, 0, 0)
        self.heading = caption("", pane, size=12)
        col.addWidget(self.heading)
        self.follow_model = FollowUpModel(self)
        self.follow_table = follow_up_table(self.follow_model, pane, narrow=True)
        col.addWidget(self.follow_table, 2)
        self.text = QPlainTextEdit(pane)
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("What was said and reported under this item..."))
        self.text.setAccessibleName(self.tr("Discussion"))
        col.addWidget(self.text, 3)
        self.error = FieldError(self.text, pane)
        col.addWidget(self.error)
        self.empty = hint(self.tr("Add agenda items first; the discussion is written under "
                                  "each of them."), pane)
        col.addWidget(self.empty)
        splitter.addWidget(self.list)
        splitter.addWidget(pane)
        splitter.setSizes([300, 800])
        row.addWidget(splitter)
        self._loading = False
        self.list.currentRowChanged.connect(self._chosen)
        self.text.textChanged.connect(self._typed)

    def set_view(self, view) -> None:
        keep = self.current_id()
        self.items = view.agenda
        live = {i.id for i in self.items}
        self.dirty = {k: v for k, v in self.dirty.items() if k in live}
        fill_items(self.list, self.items, keep)
        self._chosen(self.list.currentRow())

    def current_id(self) -> str | None:
        entry = self.list.currentItem()
        return entry.data(Qt.ItemDataRole.UserRole) if entry is not None else None

    def select(self, item_id: str) -> None:
        ids = [i.id for i in self.items]
        if item_id in ids:
            self.list.setCurrentRow(ids.index(item_id))

    def _chosen(self, _row: int) -> None:
        item = next((i for i in self.items if i.id == self.current_id()), None)
        self._loading = True
        self.error.clear()
        self.heading.setText(item_text(item) if item else "")
        self.text.setPlainText(self.dirty.get(item.id, item.discussion or "") if item else "")
        self.text.setEnabled(item is not None)
        follow = item is not None and item.kind == AgendaKind.FOLLOW_UP.value
        self.follow_model.set_rows(item.previous_resolutions if follow else ())
        self.follow_table.setVisible(follow)
        self.empty.setVisible(not self.items)
        self._loading = False

    def _typed(self) -> None:
        item_id = self.current_id()
        if not self._loading and item_id:
            self.dirty[item_id] = self.text.toPlainText()

    def is_dirty(self) -> bool:
        return bool(self.dirty)

    def forget(self) -> None:
        """Another meeting is opened: drop the unsaved discussions."""
        self.dirty.clear()

    def save_jobs(self) -> list[SaveJob]:
        """One job for each item whose discussion was edited."""
        jobs = []
        for item in self.items:
            if item.id in self.dirty:
                text = self.dirty[item.id]
                jobs.append(SaveJob(agenda.update_agenda_item, (item.id,),
                                    {"title": item.title, "discussion": text},
                                    on_ok=lambda _r, i=item.id, t=text: self._saved(i, t),
                                    on_error=lambda exc, i=item.id: self._failed(i, exc)))
        return jobs

    def _failed(self, item_id: str, exc: BaseException) -> None:
        self.select(item_id)
        self.error.show_error(error_text(exc))

    def _saved(self, item_id: str, text: str) -> None:
        if self.dirty.get(item_id) == text:
            del self.dirty[item_id]

    def set_locked(self, locked: bool) -> None:
        self.text.setReadOnly(locked)
