"""The members page: who sits on the council, the member form, composition, import and export.

The table lists the council's members in Persian alphabetical order (last name, then first
name) with their role, constituency, committees, mobile (Persian digits), Jalali term end and
status; the filters above it (status, role, constituency, committee) re-ask the members
service, and the search box filters the loaded rows at once, folding ي/ك, digits and ZWNJ, over
names, national IDs and mobiles. Beside the table the member form edits the chosen member or
registers a new one (Ctrl+N, Ctrl+S); a refused save puts the Persian reason under the field
and keeps everything typed. Under the table, the composition check (empty seats, chair and
secretary) and the terms ending soon. Import reads a CSV or Excel file in a trial run first and
previews every bad row with its row number, then imports for real; both runs and the export go
through the task runner with a progress bar, so the window never freezes.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QComboBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit,
                               QMessageBox, QProgressBar, QPushButton, QSplitter, QStyle, QTabWidget, QVBoxLayout, QWidget)

from app.enums import Constituency, MemberRole, MemberStatus
from app.persian import fold_for_search, sort_key
from app.services import committees as committees_service
from app.services import members as members_service
from app.services import members_io
from app.ui import fmt
from app.ui.dialogs.member_import_dialog import ImportPreviewDialog
from app.ui.i18n import error_text
from app.ui.models import Column, FoldingFilterProxy, QT_TRANSLATE_NOOP, RowTableModel
from app.ui.pages.base import Page
from app.ui.pages.member_form import MemberForm
from app.ui.pages.members_overview_view import CompositionPanel, TermsPanel
from app.ui.pages.page_parts import enum_combo, fill_combo, record_table

INACTIVE_COLOUR = QBrush(QColor("#757575"))


class MembersModel(RowTableModel):
    columns = (
        Column("full_name", QT_TRANSLATE_NOOP("Columns", "Name")),
        Column("role", QT_TRANSLATE_NOOP("Columns", "Role"), "enum", enum=MemberRole),
        Column("constituency", QT_TRANSLATE_NOOP("Columns", "Represents"), "enum",
               enum=Constituency),
        Column("committees", QT_TRANSLATE_NOOP("Columns", "Committees"),
               get=lambda m: "، ".join(m.committee_names)),
        Column("mobile", QT_TRANSLATE_NOOP("Columns", "Mobile"), "digits"),
        Column("term_end", QT_TRANSLATE_NOOP("Columns", "Term ends"), "date"),
        Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), "enum", enum=MemberStatus),
    )

    def filter_text(self, row: int) -> str:
        """Also search national IDs (not a column, but what a secretary types to find someone)."""
        return super().filter_text(row) + " " + fold_for_search(self._rows[row].national_id)

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        if self.columns[column].key == "full_name":  # last name first, like the register
            self._rows.sort(key=lambda m: (sort_key(m.last_name), sort_key(m.first_name)),
                            reverse=order == Qt.SortOrder.DescendingOrder)
        else:
            super()._sort_rows(column, order)

    def extra_data(self, row, column, role):
        if role == Qt.ItemDataRole.ForegroundRole and not row.is_active:
            return INACTIVE_COLOUR
        return None

    def row_of(self, member_id: str) -> int:
        return next((i for i, m in enumerate(self._rows) if m.id == member_id), -1)


class MembersPage(Page):
    key = "members"
    title_text = QT_TRANSLATE_NOOP("Navigation", "Members")
    icon = QStyle.StandardPixmap.SP_DirHomeIcon

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self._select_after_load: str | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 8, 12, 8)
        top = QHBoxLayout()
        self.make_title(top)
        top.addStretch(1)
        self.new_button = QPushButton(self.tr("New member (Ctrl+N)"), self)
        self.import_button = QPushButton(self.tr("Import from file..."), self)
        self.export_button = QPushButton(self.tr("Export..."), self)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(200)
        self.progress.hide()
        for w in (self.progress, self.new_button, self.import_button, self.export_button):
            top.addWidget(w)
        outer.addLayout(top)
        outer.addLayout(self._build_filters())

        self.model = MembersModel(self)
        self.proxy = FoldingFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = record_table(self.proxy, self, widths={0: 130, 1: 55, 2: 135, 3: 120,
                                                            4: 100, 5: 85}, stretch=None)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Members"))
        self.count_label = QLabel(self)
        self.composition = CompositionPanel(self)
        self.terms = TermsPanel(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.composition, self.tr("Composition check"))
        self.tabs.addTab(self.terms, self.tr("Terms ending soon"))
        left = QWidget(self)
        col = QVBoxLayout(left)
        col.setContentsMargins(0, 0, 0, 0)
        inner = QSplitter(Qt.Orientation.Vertical, left)
        inner.addWidget(self.table)
        inner.addWidget(self.tabs)
        inner.setStretchFactor(0, 3)
        inner.setStretchFactor(1, 2)
        inner.setSizes([400, 240])
        col.addWidget(inner, 1)
        col.addWidget(self.count_label)
        self.form = MemberForm(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.form)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([740, 380])
        outer.addWidget(splitter, 1)

        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.form.save_requested.connect(self.save)
        self.form.new_requested.connect(self.new_record)
        self.new_button.clicked.connect(self.new_record)
        self.import_button.clicked.connect(self.choose_import_file)
        self.export_button.clicked.connect(self.choose_export_file)

    def _build_filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search name, national ID or mobile (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        self.status_filter = enum_combo(MemberStatus, self.tr("All statuses"), self)
        self.status_filter.setCurrentIndex(self.status_filter.findData(MemberStatus.ACTIVE.value))
        self.role_filter = enum_combo(MemberRole, self.tr("All roles"), self)
        self.constituency_filter = enum_combo(Constituency, self.tr("All constituencies"), self)
        self.committee_filter = QComboBox(self)
        self.committee_filter.addItem(self.tr("All committees"), None)
        row.addWidget(self.search, 2)
        for combo in (self.status_filter, self.role_filter, self.constituency_filter,
                      self.committee_filter):
            combo.currentIndexChanged.connect(self.load_members)
            row.addWidget(combo, 1)
        return row

    # --- loading -------------------------------------------------------------------------------
    @property
    def council_id(self) -> str:
        return self.ctx.council_id

    def activated(self) -> None:
        runner = self.ctx.runner
        runner.read(committees_service.list_committees, self.council_id, owner=self,
                    on_result=self._got_committees)
        self.load_members()
        self.load_overview()

    def load_members(self, *_args) -> None:
        self.ctx.runner.read(
            members_service.list_members, self.council_id,
            status=self.status_filter.currentData(), role=self.role_filter.currentData(),
            constituency=self.constituency_filter.currentData(),
            committee_id=self.committee_filter.currentData(), owner=self,
            on_result=self._got_members)

    def load_overview(self) -> None:
        """Composition, terms ending, and everyone (for the form's "replaces" list)."""
        runner = self.ctx.runner
        runner.read(members_service.list_members, self.council_id, owner=self,
                    on_result=self.form.set_members)
        runner.read(members_service.composition_check, self.council_id, owner=self,
                    on_result=self.composition.set_composition)
        runner.read(members_service.terms_ending, self.council_id,
                    within_days=TermsPanel.WITHIN_DAYS, owner=self,
                    on_result=self.terms.set_terms)

    def _got_committees(self, committees) -> None:
        fill_combo(self.committee_filter, [(c.name, c.id) for c in committees],
                   self.tr("All committees"))
        self.form.set_committees(committees)

    def _got_members(self, members) -> None:
        keep = self._select_after_load or self.form.member_id
        self.model.set_rows(members)
        self._update_count()
        self._select_after_load = None
        if keep:
            self.select_member(keep)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = self.tr("{n} members").format(n=fmt.number(total))
        if shown != total:
            text = self.tr("{shown} of {n} members").format(shown=fmt.number(shown),
                                                            n=fmt.number(total))
        self.count_label.setText(text)

    def _search_changed(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        self._update_count()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # --- choosing and editing ----------------------------------------------------------------------
    def select_member(self, member_id: str) -> bool:
        source_row = self.model.row_of(member_id)
        if source_row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():
            return False
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def _row_chosen(self, current, _previous) -> None:
        if not current.isValid():
            return
        member = self.model.row_at(self.proxy.mapToSource(current).row())
        if member.id != self.form.member_id:
            self.form.set_member(member)

    def new_record(self) -> None:
        """Ctrl+N: an empty form for a new member."""
        self.table.clearSelection()
        self.table.selectionModel().clearCurrentIndex()
        self.form.set_member(None)
        self.form.first_name.setFocus()

    def save(self) -> None:
        """Ctrl+S: register the new member or save the edited one."""
        self.form.errors.clear()
        data = self.form.member_input()
        self.form.save_button.setEnabled(False)
        if self.form.member_id:
            self.ctx.runner.write(members_service.update_member, self.form.member_id, data,
                                  owner=self, on_result=self._saved, on_error=self._save_failed)
        else:
            self.ctx.runner.write(members_service.create_member, self.council_id, data,
                                  owner=self, on_result=self._saved, on_error=self._save_failed)

    def _saved(self, member) -> None:
        self.form.save_button.setEnabled(True)
        self.form.set_member(member)
        self._select_after_load = member.id
        self.status_message.emit(self.tr("{name} saved.").format(name=member.full_name))
        self.load_members()
        self.load_overview()

    def _save_failed(self, exc: BaseException) -> None:
        self.form.save_button.setEnabled(True)
        self.form.errors.show_error(exc)

    # --- import and export ----------------------------------------------------------------------
    def choose_import_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the members file"), "",
            self.tr("Spreadsheets (*.xlsx *.csv);;All files (*)"))
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> None:
        """Trial run first; the preview dialog decides whether the real import follows."""
        self._busy(self.tr("Checking the file..."))
        self._run_import(path, dry_run=True, on_result=lambda r: self._preview(path, r))

    def _run_import(self, path: Path, *, dry_run: bool, on_result) -> None:
        backend, council_id = self.ctx.backend, self.council_id
        label = self.tr("Checking the file...") if dry_run else self.tr("Importing...")

        def work(progress):  # runs on a worker thread: no widget touched here
            progress(0, 1, label)
            report = backend.call(members_io.import_members, council_id, path, dry_run=dry_run)
            progress(1, 1, "")
            return report

        self.ctx.runner.run(work, progress=True, write=not dry_run, owner=self,
                            on_progress=self._progress, on_result=on_result,
                            on_error=self._io_failed, name="import members")

    def _preview(self, path: Path, report) -> None:
        self._idle("")
        self.preview_dialog = ImportPreviewDialog(report, path, self)
        self.preview_dialog.accepted.connect(lambda: self._import_for_real(path))
        self.preview_dialog.open()

    def _import_for_real(self, path: Path) -> None:
        self._busy(self.tr("Importing..."))
        self._run_import(path, dry_run=False, on_result=self._imported)

    def _imported(self, report) -> None:
        self._idle(self.tr("Import done: {created} added, {updated} updated.").format(
            created=fmt.number(report.created), updated=fmt.number(report.updated)))
        self.activated()

    def choose_export_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the members"), self.tr("members") + ".xlsx",
            self.tr("Excel (*.xlsx);;CSV (*.csv)"))
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> None:
        self._busy(self.tr("Exporting..."))
        backend, council_id = self.ctx.backend, self.council_id
        label = self.tr("Exporting...")

        def work(progress):  # runs on a worker thread: no widget touched here
            progress(0, 1, label)
            count = backend.call(members_io.export_members, council_id, path)
            progress(1, 1, "")
            return count

        self.ctx.runner.run(work, progress=True, write=False, owner=self,
                            on_progress=self._progress, on_error=self._io_failed,
                            on_result=lambda n: self._idle(self.tr(
                                "{n} members written to {file}.").format(
                                n=fmt.number(n), file=path.name)),
                            name="export members")

    def _busy(self, text: str) -> None:
        self.progress.setRange(0, 0)
        self.progress.show()
        self.import_button.setEnabled(False)
        self.export_button.setEnabled(False)
        if text:
            self.status_message.emit(text)

    def _progress(self, done: int, total: int, _label: str) -> None:
        if total > 0 and done >= total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _idle(self, text: str) -> None:
        self.progress.hide()
        self.import_button.setEnabled(True)
        self.export_button.setEnabled(True)
        if text:
            self.status_message.emit(text)

    def _io_failed(self, exc: BaseException) -> None:
        self._idle("")
        self.last_error = error_text(exc)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Not done"), self.last_error,
                          QMessageBox.StandardButton.Ok, self)
        box.open()
        self.error_box = box
