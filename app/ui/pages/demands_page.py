"""Agencies and demands: the letters the council sends, the answers, the late ones, who answers.

Three tabs. "Demands": the council's demands (paged from the service, 3,000 in the large demo)
filtered by status, agency, "overdue only" and typed words, overdue rows in red with how many
days they are late; beside the table the demand form (new draft, send the letter with its
number, date and due date, record the answer, close). "Agencies": the agency list with the
council's own agencies and everyone's contacts. "Response times": per agency, letters sent,
answered, waiting and overdue, median and mean days to an answer and the share answered on time.
Ctrl+N starts a new draft, Ctrl+S saves, Ctrl+P previews the selected demand's letter
(app.reports.letter_pdf) to print or save as PDF, Ctrl+F goes to the search page (the main
window's). `open_record(demand_id)` shows one demand (search results, the dashboard).
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QScrollArea,
                               QSplitter, QStyle, QTabWidget, QVBoxLayout, QWidget)

from app.enums import DemandStatus
from app.reports.letter_pdf import render_letter
from app.services import agencies, demand_stats, demands, report_data
from app.ui import fmt
from app.ui.pages.agency_panel import AgencyPanel
from app.ui.pages.base import QT_TRANSLATE_NOOP, Page
from app.ui.pages.demand_form import DemandForm
from app.ui.pages.demand_models import DemandTableModel, ResponseTableModel
from app.ui.pages.page_parts import enum_combo, fill_combo, hint, record_table
from app.ui.widgets.pdf_preview import build_and_preview


def build_letter(session, path, demand_id: str, today: date) -> None:
    """Gather a demand's letter and write its PDF (run on the task runner)."""
    render_letter(report_data.letter_data(session, demand_id, today=today), path)


class DemandsPage(Page):
    key = "demands"
    title_text = QT_TRANSLATE_NOOP("Navigation", "Agencies and demands")
    icon = QStyle.StandardPixmap.SP_FileDialogContentsView

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        self.make_title(outer)
        self.tabs = QTabWidget(self)
        outer.addWidget(self.tabs, 1)
        self._build_demands_tab()
        self.agency_panel = AgencyPanel(ctx, self)
        self.tabs.addTab(self.agency_panel, self.tr("Agencies"))
        self.agency_panel.changed.connect(self._load_agencies)
        self._build_response_tab()
        self.tabs.currentChanged.connect(self._tab_changed)
        self._pending_open: str | None = None

    def today(self) -> date:
        return self.ctx.extras.get("today") or date.today()

    # --- layout -----------------------------------------------------------------------------------
    def _build_demands_tab(self) -> None:
        tab = QWidget(self)
        row = QHBoxLayout(tab)
        row.setContentsMargins(0, 6, 0, 0)
        split = QSplitter(tab)
        row.addWidget(split)
        left = QWidget(split)
        col = QVBoxLayout(left)
        col.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        self.status_filter = enum_combo(DemandStatus, self.tr("All statuses"), left)
        self.agency_filter = QComboBox(left)
        self.agency_filter.addItem(self.tr("All agencies"), None)
        self.agency_filter.setMinimumContentsLength(14)
        self.overdue_filter = QCheckBox(self.tr("Overdue only"), left)
        self.search = QLineEdit(left)
        self.search.setPlaceholderText(self.tr("Words of the subject, letter number..."))
        self.search.setClearButtonEnabled(True)
        for widget in (self.status_filter, self.agency_filter, self.overdue_filter):
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)
        col.addLayout(filters)
        self.model = DemandTableModel(self.ctx.runner, self, today=self.today())
        self.table = record_table(self.model, left, stretch=0, sortable=False,
                                  widths={1: 140, 2: 95, 3: 82, 4: 82, 5: 85, 6: 70})
        self.table.setAccessibleName(self.tr("Demands"))
        col.addWidget(self.table, 1)
        self.count_label = QLabel(left)
        self.count_label.setObjectName("hint")
        col.addWidget(self.count_label)
        self.form = DemandForm(self.ctx, self.today, self)
        scroll = QScrollArea(split)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.setMinimumWidth(360)
        split.setSizes([700, 400])
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.tabs.addTab(tab, self.tr("Demands"))

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.status_filter.currentIndexChanged.connect(self.apply_filters)
        self.agency_filter.currentIndexChanged.connect(self.apply_filters)
        self.overdue_filter.toggled.connect(self.apply_filters)
        self.model.total_changed.connect(self._show_total)
        self.model.rowsInserted.connect(self._select_pending)
        self.table.selectionModel().currentRowChanged.connect(self._picked)
        self.form.saved.connect(self._saved)
        self.form.print_button.clicked.connect(self.print_requested)

    def _build_response_tab(self) -> None:
        tab = QWidget(self)
        col = QVBoxLayout(tab)
        col.setContentsMargins(0, 6, 0, 0)
        col.addWidget(hint(self.tr(
            "Days are counted from the letter's date to the answer. An agency that has not "
            "answered by the due date counts as late."), tab))
        self.response_model = ResponseTableModel(self)
        self.response_table = record_table(self.response_model, tab,
                                           widths={0: 260, 5: 150, 6: 150, 7: 130})
        self.response_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.response_table.setAccessibleName(self.tr("Response times"))
        col.addWidget(self.response_table, 1)
        self.tabs.addTab(tab, self.tr("Response times"))

    # --- loading ----------------------------------------------------------------------------------
    def activated(self) -> None:
        if self.ctx.council_id is None:
            return
        self._load_agencies()
        self.apply_filters()
        self._tab_changed(self.tabs.currentIndex())

    def _load_agencies(self) -> None:
        self.ctx.runner.read(agencies.agency_options, self.ctx.council_id, owner=self,
                             on_result=self._agencies_loaded)

    def _agencies_loaded(self, options) -> None:
        fill_combo(self.agency_filter, [(o.name, o.id) for o in options], self.tr("All agencies"))
        self.form.set_agencies(options)

    def filters(self) -> dict:
        """The service keywords of the filters as set now."""
        return {"status": self.status_filter.currentData(),
                "agency_id": self.agency_filter.currentData(),
                "overdue": True if self.overdue_filter.isChecked() else None,
                "query": self.search.text().strip() or None}

    def apply_filters(self) -> None:
        if self.ctx.council_id is None:
            return
        self.model.today = self.today()
        self.model.set_query(demands.list_demands, self.ctx.council_id,
                             count_fn=demands.count_demands, today=self.model.today,
                             **self.filters())

    def _show_total(self, total: int) -> None:
        self.count_label.setText(self.tr("{n} demands").format(n=fmt.number(total)))

    def _tab_changed(self, index: int) -> None:
        if self.ctx.council_id is None:
            return
        if self.tabs.widget(index) is self.agency_panel:
            self.agency_panel.load()
        elif index == 2:
            self.ctx.runner.read(demand_stats.response_stats, self.ctx.council_id, self.today(),
                                 owner=self, on_result=self.response_model.set_rows)

    # --- the selected demand ----------------------------------------------------------------------
    def _picked(self, current, _previous) -> None:
        if current.isValid():
            self.form.show_demand(self.model.row_at(current.row()))

    def _saved(self, view) -> None:
        if not self.model.replace_row(view):
            self._pending_open = view.id
            self.model.refresh()
        self.status_message.emit(self.tr("Saved."))

    def _select_pending(self, *_args) -> None:
        if self._pending_open is None:
            return
        row = self.model.row_of(self._pending_open)
        if row >= 0:
            self._pending_open = None
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.scrollTo(self.model.index(row, 0))

    def open_record(self, demand_id: str) -> None:
        """Show one demand (from search or the dashboard): its form, and its row if listed."""
        self.tabs.setCurrentIndex(0)
        row = self.model.row_of(demand_id)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
            return
        self._pending_open = demand_id
        self.ctx.runner.read(demands.get_demand, demand_id, today=self.today(), owner=self,
                             on_result=self.form.show_demand)

    def show_overdue(self) -> None:
        """The demands tab with only the overdue demands (the dashboard's overdue box)."""
        self.tabs.setCurrentIndex(0)
        for widget in (self.status_filter, self.agency_filter, self.overdue_filter):
            widget.blockSignals(True)
        self.status_filter.setCurrentIndex(0)
        self.agency_filter.setCurrentIndex(0)
        self.overdue_filter.setChecked(True)
        for widget in (self.status_filter, self.agency_filter, self.overdue_filter):
            widget.blockSignals(False)
        self.apply_filters()

    # --- shortcuts --------------------------------------------------------------------------------
    def new_record(self) -> None:
        if self.tabs.currentWidget() is self.agency_panel:
            self.agency_panel.new_agency()
            return
        self.tabs.setCurrentIndex(0)
        self.table.clearSelection()
        self.form.clear()

    def save(self) -> None:
        if self.tabs.currentWidget() is self.agency_panel:
            self.agency_panel.save()
        elif self.tabs.currentIndex() == 0:
            self.form.save()

    def print_requested(self) -> None:
        view = self.form.current
        if view is None:
            self.status_message.emit(self.tr("Choose a demand to print its letter."))
            return
        number = fmt.digits(view.letter_no) if view.letter_no else self.tr("draft")
        build_and_preview(
            self, self.ctx.runner,
            lambda session, path: build_letter(session, path, view.id, self.today()),
            title=self.tr("Letter {number}").format(number=number),
            suggested_name="letter-" + (view.letter_no or "draft").replace("/", "-") + ".pdf")
