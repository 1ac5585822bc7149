"""The resolutions register (دفتر مصوبات): every resolution, its follow-ups, its status.

A lazily paged table over `resolution_register.register` / `count_register` (the large demo
has 5,000 resolutions): number «۱۲/۳», meeting date, text, owner, agency, Jalali deadline,
status and the days an open resolution is past its deadline, overdue rows in red. The filters
(status, owner, agency, overdue only, and text or number typed in the search box, debounced)
are the register service's own, so they act on the whole register and not on the loaded page.
Beside the table the detail pane shows the chosen resolution's follow-ups and lets the
secretary change its status with a note or add a follow-up. Ctrl+P prints the register with
the chosen status and overdue filters (`report_data.register_data` + `register_pdf`) into the
shared preview dialog, from which it is printed or saved as PDF.
"""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSplitter,
                               QStyle, QVBoxLayout)

from app.enums import ResolutionStatus
from app.services import agencies as agencies_service
from app.services import members as members_service
from app.services import report_data, resolution_register
from app.ui import fmt
from app.ui.models import Column, PagedTableModel, QT_TRANSLATE_NOOP
from app.ui.pages.base import Page
from app.ui.pages.page_parts import FilteredListMixin, OVERDUE_BACKGROUND, OVERDUE_FOREGROUND, enum_combo, \
    record_table
from app.ui.pages.resolution_detail import ResolutionDetail
from app.ui.widgets import SearchableCombo
from app.ui.widgets.pdf_preview import build_and_preview

SEARCH_DELAY_MS = 250
#: the default status filter: what is still being carried out
ACTIVE = (ResolutionStatus.OPEN.value, ResolutionStatus.IN_PROGRESS.value)


class RegisterModel(PagedTableModel):
    columns = (
        Column("number", QT_TRANSLATE_NOOP("Columns", "No."), "digits"),
        Column("meeting_date", QT_TRANSLATE_NOOP("Columns", "Meeting date"), "date"),
        Column("text", QT_TRANSLATE_NOOP("Columns", "Resolution"),
               get=lambda r: fmt.digits(r.text)),
        Column("owner_name", QT_TRANSLATE_NOOP("Columns", "Owner")),
        Column("agency_name", QT_TRANSLATE_NOOP("Columns", "Agency")),
        Column("deadline", QT_TRANSLATE_NOOP("Columns", "Deadline"), "date"),
        Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), "enum", enum=ResolutionStatus),
        Column("days_overdue", QT_TRANSLATE_NOOP("Columns", "Days late"), "number",
               get=lambda r: r.days_overdue or None),
    )

    def extra_data(self, row, column, role):
        if not row.overdue:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return OVERDUE_FOREGROUND
        if role == Qt.ItemDataRole.BackgroundRole and column.key in ("deadline", "days_overdue"):
            return OVERDUE_BACKGROUND
        return None

    def replace_row(self, view) -> bool:
        """Put an updated resolution in place (after a status change); False if not loaded."""
        for i, r in enumerate(self._rows):
            if r.id == view.id:
                self._rows[i] = view
                self._folded.pop(id(r), None)
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(self.columns) - 1))
                return True
        return False


class ResolutionsPage(FilteredListMixin, Page):
    key = "resolutions"
    title_text = QT_TRANSLATE_NOOP("Navigation", "Resolutions register")
    icon = QStyle.StandardPixmap.SP_FileDialogListView

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self._loaded = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 8, 12, 8)
        top = QHBoxLayout()
        self.make_title(top)
        top.addStretch(1)
        self.total_label = QLabel(self)
        self.print_button = QPushButton(self.tr("Print the register (Ctrl+P)"), self)
        self.print_button.clicked.connect(self.print_requested)
        top.addWidget(self.total_label)
        top.addWidget(self.print_button)
        outer.addLayout(top)

        filters = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search the text or a number like 12/3"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = enum_combo(ResolutionStatus, self.tr("All statuses"), self)
        self.status_filter.insertItem(0, self.tr("Open or in progress"), list(ACTIVE))
        self.status_filter.setCurrentIndex(0)
        self.owner_filter = SearchableCombo(self)
        self.owner_filter.lineEdit().setPlaceholderText(self.tr("Any owner"))
        self.agency_filter = SearchableCombo(self)
        self.agency_filter.lineEdit().setPlaceholderText(self.tr("Any agency"))
        self.overdue_filter = QCheckBox(self.tr("Overdue only"), self)
        filters.addWidget(self.search, 2)
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.owner_filter, 1)
        filters.addWidget(self.agency_filter, 1)
        filters.addWidget(self.overdue_filter)
        outer.addLayout(filters)

        self.model = RegisterModel(ctx.runner, self, page_size=200)
        self.table = record_table(self.model, self, sortable=False, stretch=2,
                                  widths={0: 60, 1: 90, 3: 120, 4: 130, 5: 90, 6: 80, 7: 60})
        self.table.setAccessibleName(self.tr("Resolutions register"))
        self.detail = ResolutionDetail(ctx.runner, self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([420, 260])
        outer.addWidget(splitter, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.status_filter.currentIndexChanged.connect(self.apply_filters)
        self.owner_filter.currentIndexChanged.connect(self.apply_filters)
        self.agency_filter.currentIndexChanged.connect(self.apply_filters)
        self.overdue_filter.toggled.connect(self.apply_filters)
        self.model.total_changed.connect(self._show_total)
        self.model.rowsInserted.connect(self._rows_arrived)
        self.model.modelReset.connect(lambda: self.detail.show_resolution(None))
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.detail.changed.connect(self._resolution_changed)

    # --- loading ----------------------------------------------------------------------------------
    def activated(self) -> None:
        runner, council_id = self.ctx.runner, self.ctx.council_id
        runner.read(members_service.list_members, council_id, owner=self,
                    on_result=lambda ms: self.owner_filter.set_items(
                        (m.full_name, m.id) for m in ms))
        runner.read(agencies_service.agency_options, council_id, owner=self,
                    on_result=lambda opts: self.agency_filter.set_items(
                        (o.name, o.id) for o in opts))
        if self._loaded:
            self.model.refresh()
        else:
            self._loaded = True
            self.model.set_query(resolution_register.register, council_id,
                                 count_fn=resolution_register.count_register,
                                 **self.filter_values())

    def filter_values(self) -> dict:
        """The register service's keyword filters as chosen on the page."""
        return {"status": self.status_filter.currentData(),
                "owner_id": self.owner_filter.current_value(),
                "agency_id": self.agency_filter.current_value(),
                "overdue": True if self.overdue_filter.isChecked() else None,
                "query": self.search.text().strip() or None}

    def _show_total(self, total: int) -> None:
        self.total_label.setText(self.tr("{n} resolutions").format(n=fmt.number(total)))

    # --- detail --------------------------------------------------------------------------------------
    def _row_chosen(self, current, _previous) -> None:
        if current.isValid() and current.row() < self.model.rowCount():
            self.detail.show_resolution(self.model.row_at(current.row()))

    def _rows_arrived(self, *_args) -> None:
        if not self.table.selectionModel().currentIndex().isValid():
            self.select_row(0)

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)

    def _resolution_changed(self, view) -> None:
        self.model.replace_row(view)
        self.status_message.emit(self.tr("Resolution {number} updated.").format(
            number=fmt.digits(view.number)))

    # --- printing ----------------------------------------------------------------------------------
    def print_requested(self) -> None:
        """Ctrl+P: the register as a PDF, with the chosen status and overdue filters."""
        status = self.status_filter.currentData()
        overdue = self.overdue_filter.isChecked()
        council_id = self.ctx.council_id

        def build(session, path):
            from app.reports.register_pdf import render_register  # noqa: PLC0415 - reportlab

            data = report_data.register_data(session, status=status, overdue=overdue,
                                             council_id=council_id)
            render_register(data, path)

        build_and_preview(self, self.ctx.runner, build, title=self.tr("Resolutions register"),
                          suggested_name="register.pdf")
