"""The neighbourhood issues page: a lazily paged list, filters, the detail and the issue form.

A council may track thousands of issues (the large demo has 5,000), so the table is a
`PagedTableModel` over `issue_queries.list_issues` / `count_issues`: the first 200 rows load
when the page opens and the next page only when the secretary scrolls near the end, always
through the task runner. Filters (status, committee, priority, overdue only, and words typed in
the search box) are the service's own SQL filters over the whole list; typing waits ~250 ms
after the last keystroke before asking again, so one keystroke costs nothing on the GUI
thread. Clicking a header re-asks the service in that order (Persian alphabetical for the
title). Beside the list, two tabs: the chosen issue's detail (history, demands, resolutions,
status change with a note) and the form (Ctrl+N new, Ctrl+S save) whose refusals show under
each field with everything typed kept.
"""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QSplitter, QStyle, QTabWidget, QVBoxLayout)

from app.enums import IssueStatus, Priority
from app.services import committees as committees_service
from app.services import issues as issues_service
from app.services.issue_queries import NO_COMMITTEE, count_issues, list_issues
from app.ui import fmt
from app.ui.models import Column, PagedTableModel, QT_TRANSLATE_NOOP
from app.ui.pages.base import Page
from app.ui.pages.issue_detail import IssueDetail
from app.ui.pages.issue_form import IssueForm
from app.ui.pages.page_parts import (FilteredListMixin, OVERDUE_BACKGROUND, OVERDUE_FOREGROUND, enum_combo,
                                     fill_combo, record_table)

SEARCH_DELAY_MS = 250
PAGE_SIZE = 200


class IssuesModel(PagedTableModel):
    columns = (
        Column("title", QT_TRANSLATE_NOOP("Columns", "Issue"), get=lambda i: fmt.digits(i.title)),
        Column("committee_name", QT_TRANSLATE_NOOP("Columns", "Committee")),
        Column("priority", QT_TRANSLATE_NOOP("Columns", "Priority"), "enum", enum=Priority),
        Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), "enum", enum=IssueStatus),
        Column("reported_on", QT_TRANSLATE_NOOP("Columns", "Reported on"), "date"),
        Column("target_date", QT_TRANSLATE_NOOP("Columns", "Target date"), "date"),
    )
    sort_orders = {"title": ("title", "title"), "priority": ("priority", "priority"),
                   "status": ("status", "status"), "reported_on": ("oldest", "newest"),
                   "target_date": ("target_date", "target_date")}

    def extra_data(self, row, column, role):
        if not row.overdue:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return OVERDUE_FOREGROUND
        if role == Qt.ItemDataRole.BackgroundRole and column.key == "target_date":
            return OVERDUE_BACKGROUND
        return None

    def replace_row(self, view) -> bool:
        for i, r in enumerate(self._rows):
            if r.id == view.id:
                self._rows[i] = view
                self._folded.pop(id(r), None)
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(self.columns) - 1))
                return True
        return False

    def row_of(self, issue_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == issue_id), -1)


class IssuesPage(FilteredListMixin, Page):
    key = "issues"
    title_text = QT_TRANSLATE_NOOP("Navigation", "Neighbourhood issues")
    icon = QStyle.StandardPixmap.SP_MessageBoxWarning

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self._loaded = False
        self._select_after_load: str | None = None
        self._auto_select = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 8, 12, 8)
        top = QHBoxLayout()
        self.make_title(top)
        top.addStretch(1)
        self.total_label = QLabel(self)
        self.new_button = QPushButton(self.tr("New issue (Ctrl+N)"), self)
        self.new_button.clicked.connect(lambda: self.new_record())
        top.addWidget(self.total_label)
        top.addWidget(self.new_button)
        outer.addLayout(top)
        outer.addLayout(self._build_filters())

        self.model = IssuesModel(ctx.runner, self, page_size=PAGE_SIZE)
        self.table = record_table(self.model, self, stretch=0,
                                  widths={1: 120, 2: 55, 3: 90, 4: 80, 5: 80})
        self.table.setAccessibleName(self.tr("Neighbourhood issues"))
        self.table.horizontalHeader().setSortIndicator(4, Qt.SortOrder.DescendingOrder)
        self.detail = IssueDetail(ctx.runner, self)
        self.form = IssueForm(self)
        self.side = QTabWidget(self)
        self.side.addTab(self.detail, self.tr("Details"))
        self.side.addTab(self.form, self.tr("Form"))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([740, 380])
        outer.addWidget(splitter, 1)

        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.model.total_changed.connect(self._show_total)
        self.model.rowsInserted.connect(self._rows_arrived)
        self.detail.changed.connect(self._issue_changed)
        self.detail.edit_requested.connect(self.edit_issue)
        self.form.save_requested.connect(lambda: self.save())
        self.form.new_requested.connect(lambda: self.new_record())

    def _build_filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search title, address, reporter (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = enum_combo(IssueStatus, self.tr("All statuses"), self)
        self.committee_filter = QComboBox(self)
        self.committee_filter.addItem(self.tr("All committees"), None)
        self.priority_filter = enum_combo(Priority, self.tr("All priorities"), self)
        self.overdue_filter = QCheckBox(self.tr("Overdue only"), self)
        row.addWidget(self.search, 2)
        for combo in (self.status_filter, self.committee_filter, self.priority_filter):
            row.addWidget(combo, 1)
            combo.currentIndexChanged.connect(self.apply_filters)
        row.addWidget(self.overdue_filter)
        self.overdue_filter.toggled.connect(self.apply_filters)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        return row

    # --- loading ---------------------------------------------------------------------------------
    def activated(self) -> None:
        self.ctx.runner.read(committees_service.list_committees, self.ctx.council_id, owner=self,
                             on_result=self._got_committees)
        if self._loaded:
            self.model.refresh()
        else:
            self._loaded = True
            self.model.set_query(list_issues, self.ctx.council_id, count_fn=count_issues,
                                 order="newest", **self.filter_values())

    def _got_committees(self, committees) -> None:
        items = [(c.name, c.id) for c in committees] + [(self.tr("No committee"), NO_COMMITTEE)]
        fill_combo(self.committee_filter, items, self.tr("All committees"))
        self.form.set_committees(committees)

    def filter_values(self) -> dict:
        """The issue service's keyword filters as chosen on the page."""
        return {"status": self.status_filter.currentData(),
                "committee_id": self.committee_filter.currentData(),
                "priority": self.priority_filter.currentData(),
                "overdue": True if self.overdue_filter.isChecked() else None,
                "query": self.search.text().strip() or None}

    def _show_total(self, total: int) -> None:
        self.total_label.setText(self.tr("{n} issues").format(n=fmt.number(total)))

    # --- choosing --------------------------------------------------------------------------------
    def _row_chosen(self, current, _previous) -> None:
        if current.isValid() and current.row() < self.model.rowCount():
            issue = self.model.row_at(current.row())
            if self.detail.detail is None or self.detail.detail.issue.id != issue.id:
                self.detail.load(issue.id)
            if not self._auto_select:
                self.side.setCurrentWidget(self.detail)

    def _rows_arrived(self, *_args) -> None:
        if self._select_after_load and self.select_issue(self._select_after_load):
            self._select_after_load = None
        elif not self.table.selectionModel().currentIndex().isValid() and self.model.rowCount():
            self._auto_select = True  # show the first issue without leaving the form
            try:
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
            finally:
                self._auto_select = False

    def select_issue(self, issue_id: str) -> bool:
        row = self.model.row_of(issue_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def _issue_changed(self, view) -> None:
        self.model.replace_row(view)
        self.status_message.emit(self.tr("Issue updated."))

    # --- the form ----------------------------------------------------------------------------------
    def new_record(self) -> None:
        """Ctrl+N: an empty form for a new issue."""
        self.form.set_issue(None)
        self.side.setCurrentWidget(self.form)
        self.form.title.setFocus()

    def edit_issue(self, issue) -> None:
        self.form.set_issue(issue)
        self.side.setCurrentWidget(self.form)
        self.form.title.setFocus()

    def save(self) -> None:
        """Ctrl+S: record the new issue or save the edited one."""
        self.form.errors.clear()
        self.side.setCurrentWidget(self.form)
        data = self.form.issue_input()
        self.form.save_button.setEnabled(False)
        runner = self.ctx.runner
        if self.form.issue_id:
            runner.write(issues_service.update_issue, self.form.issue_id, data, owner=self,
                         on_result=self._saved, on_error=self._save_failed)
        else:
            runner.write(issues_service.create_issue, data, council_id=self.ctx.council_id,
                         owner=self, on_result=self._saved, on_error=self._save_failed)

    def _saved(self, issue) -> None:
        self.form.save_button.setEnabled(True)
        self.form.set_issue(issue)
        self.status_message.emit(self.tr("Issue saved: {title}").format(title=issue.title))
        if not self.model.replace_row(issue):
            self._select_after_load = issue.id
            self.model.refresh()
        self.detail.load(issue.id)

    def _save_failed(self, exc: BaseException) -> None:
        self.form.save_button.setEnabled(True)
        self.form.errors.show_error(exc)
