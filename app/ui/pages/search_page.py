"""Search: one box over members, meetings, resolutions, issues, demands and projects.

Ctrl+F anywhere brings this page with the box focused. As the secretary types, the search runs
(after a short pause, on the task runner, so typing never stutters) through the full-text
index (`search.search_grouped`), which folds the query like the records: ي/ك typed on an
Arabic keyboard find ی/ک, Persian and Latin digits are the same, ZWNJ and diacritics do not
matter, and words match as prefixes. Results are grouped by kind, the group most likely meant
first, each with how many matched; «… more» lists the rest of a group. Enter or a double click
opens a result: on its own page when that page can show one record (`open_record`, or the
meetings page's `open_meeting`), otherwise in a read-only detail dialog. Answers to an older
query that arrive late are dropped.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QLineEdit, QStyle,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout)

from app.services import search
from app.ui import fmt
from app.ui.dialogs.record_detail import RecordDetailDialog, fetch_record
from app.ui.navigate import PAGE_OF_KIND, go_to, opener
from app.ui.pages.base import QT_TRANSLATE_NOOP, Page
from app.ui.pages.page_parts import hint

HIT_ROLE = Qt.ItemDataRole.UserRole + 1  # (kind, row_id, title) of a result row
MORE_ROLE = Qt.ItemDataRole.UserRole + 2  # kind of a «… more» row
PER_KIND = 8
ALL_OF_KIND = 200


class SearchPage(Page):
    key = "search"
    title_text = QT_TRANSLATE_NOOP("Navigation", "Search")
    icon = QStyle.StandardPixmap.SP_FileDialogContentsView

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self._generation = 0
        self.query = ""
        self.groups: list = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        self.make_title(outer)
        self.box = QLineEdit(self)
        self.box.setPlaceholderText(self.tr(
            "Search members, meetings, resolutions, issues, demands, projects... (Ctrl+F)"))
        self.box.setClearButtonEnabled(True)
        self.box.setAccessibleName(self.tr("Search"))
        font = QFont(self.box.font())
        font.setPointSizeF(font.pointSizeF() + 3)
        self.box.setFont(font)
        self.box.setMinimumHeight(40)
        outer.addWidget(self.box)
        self.summary = QLabel(self)
        self.summary.setObjectName("hint")
        outer.addWidget(self.summary)
        self.results = QTreeWidget(self)
        self.results.setColumnCount(2)
        self.results.setHeaderLabels([self.tr("Found"), self.tr("Where the words are")])
        self.results.setRootIsDecorated(False)
        self.results.setUniformRowHeights(True)
        self.results.setAlternatingRowColors(True)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.results.header().setStretchLastSection(True)
        self.results.setColumnWidth(0, 360)
        self.results.setAccessibleName(self.tr("Search results"))
        outer.addWidget(self.results, 1)
        outer.addWidget(hint(self.tr(
            "Enter or a double click opens the record. Words are found by their beginning: "
            "«مدرس» finds «مدرسه»."), self))

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.run_search)
        self.box.textChanged.connect(lambda _t: self._debounce.start())
        self.box.returnPressed.connect(self._enter_in_box)
        self.results.itemActivated.connect(self.open_item)
        self.setFocusProxy(self.box)

    def today(self) -> date:
        return self.ctx.extras.get("today") or date.today()

    def kind_title(self, kind: str) -> str:
        return {"member": self.tr("Members"), "meeting": self.tr("Meetings"),
                "resolution": self.tr("Resolutions"), "issue": self.tr("Neighbourhood issues"),
                "demand": self.tr("Demands"), "project": self.tr("Projects")}.get(kind, kind)

    # --- searching --------------------------------------------------------------------------------
    def focus_search(self) -> None:
        """Ctrl+F: the box, its text selected so typing replaces it."""
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

    def activated(self) -> None:
        self.box.setFocus()

    def run_search(self) -> None:
        self._debounce.stop()
        query = self.box.text().strip()
        self._generation += 1
        generation = self._generation
        self.query = query
        if not search.query_terms(query):
            self.show_groups([], generation)
            return
        self.ctx.runner.read(search.search_grouped, query, council_id=self.ctx.council_id,
                             per_kind=PER_KIND, owner=self,
                             on_result=lambda groups: self.show_groups(groups, generation))

    def show_groups(self, groups, generation: int) -> None:
        if generation != self._generation:
            return  # the answer to a query typed over since
        self.groups = list(groups)
        self.results.clear()
        bold = QFont(self.results.font())
        bold.setBold(True)
        for group in groups:
            head = QTreeWidgetItem([f"{self.kind_title(group.kind)} ({fmt.number(group.total)})"])
            head.setFont(0, bold)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            head.setFirstColumnSpanned(False)
            self.results.addTopLevelItem(head)
            for hit in group.hits:
                self.results.addTopLevelItem(self._hit_item(hit))
            if group.total > len(group.hits):
                more = QTreeWidgetItem([self.tr("… {n} more {kind}").format(
                    n=fmt.number(group.total - len(group.hits)), kind=self.kind_title(group.kind))])
                more.setData(0, MORE_ROLE, group.kind)
                more.setForeground(0, self.palette().link())
                self.results.addTopLevelItem(more)
        total = sum(g.total for g in groups)
        if not self.query:
            self.summary.setText("")
        elif total:
            self.summary.setText(self.tr("{n} records found").format(n=fmt.number(total)))
        else:
            self.summary.setText(self.tr("Nothing found for «{query}».").format(query=self.query))
        first = next((self.results.topLevelItem(i) for i in range(self.results.topLevelItemCount())
                      if self.results.topLevelItem(i).data(0, HIT_ROLE)), None)
        if first is not None:
            self.results.setCurrentItem(first)

    def _hit_item(self, hit) -> QTreeWidgetItem:
        item = QTreeWidgetItem(["    " + fmt.digits(hit.title), fmt.digits(hit.snippet)])
        item.setData(0, HIT_ROLE, (hit.kind, hit.row_id, hit.title))
        item.setToolTip(1, fmt.digits(hit.snippet))
        return item

    def hit_items(self) -> list[QTreeWidgetItem]:
        """The result rows (not the group headings), in the order shown."""
        items = (self.results.topLevelItem(i) for i in range(self.results.topLevelItemCount()))
        return [item for item in items if item.data(0, HIT_ROLE)]

    def _enter_in_box(self) -> None:
        if self._debounce.isActive():
            self.run_search()
            return
        item = self.results.currentItem()
        if item is not None:
            self.open_item(item)

    def show_more(self, kind: str) -> None:
        generation = self._generation
        self.ctx.runner.read(search.search, self.query, council_id=self.ctx.council_id,
                             kinds=[kind], limit=ALL_OF_KIND, owner=self,
                             on_result=lambda hits: self._more(kind, hits, generation))

    def _more(self, kind: str, hits, generation: int) -> None:
        if generation != self._generation:
            return
        rows = [self.results.topLevelItem(i) for i in range(self.results.topLevelItemCount())]
        more = next((r for r in rows if r.data(0, MORE_ROLE) == kind), None)
        if more is None:
            return
        shown = {r.data(0, HIT_ROLE)[1] for r in rows
                 if r.data(0, HIT_ROLE) and r.data(0, HIT_ROLE)[0] == kind}
        at = self.results.indexOfTopLevelItem(more)
        self.results.takeTopLevelItem(at)
        for hit in hits:
            if hit.row_id not in shown:
                self.results.insertTopLevelItem(at, self._hit_item(hit))
                at += 1

    # --- opening ----------------------------------------------------------------------------------
    def open_item(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        kind = item.data(0, MORE_ROLE)
        if kind:
            self.show_more(kind)
            return
        hit = item.data(0, HIT_ROLE)
        if hit:
            self.open_hit(*hit)

    def open_hit(self, kind: str, row_id: str, title: str = "") -> None:
        """Open a found record on its page when that page can show it, else in a dialog."""
        key = PAGE_OF_KIND.get(kind, "")
        if opener(self, key, kind) is not None:
            go_to(self, key, row_id, kind)
            return
        self.ctx.runner.read(fetch_record, kind, row_id, self.today(), owner=self,
                             on_result=lambda record: self._show_detail(kind, record, title))

    def _show_detail(self, kind: str, record, title: str) -> None:
        dialog = RecordDetailDialog(kind, record, fmt.digits(title) or self.kind_title(kind),
                                    self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.detail_dialog = dialog
        dialog.open()
