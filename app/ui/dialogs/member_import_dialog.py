"""The preview of a member import: what a trial run found, before anything is written.

The members page first runs `members_io.import_members(..., dry_run=True)`; this dialog shows
its `ImportReport`: how many rows are fine, how many members would be added, updated or left
as they are, the columns that were not recognised, and every refused value with its
spreadsheet row number, its column and the reason in Persian. An import is all or nothing, so
with any bad row the only way on is to fix the file (Close); with none, "Import" accepts the
dialog and the page runs the real import.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from app.ui import fmt
from app.ui.i18n import domain_translate


class ImportPreviewDialog(QDialog):
    """Shows an ImportReport of a trial run; accepted means "import for real"."""

    def __init__(self, report, path: Path | str, parent: QWidget | None = None):
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Import members: preview"))
        self.resize(760, 460)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("File: {name}").format(name=Path(path).name), self))
        self.summary = QLabel(self._summary(), self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        if report.ignored_columns:
            ignored = QLabel(self.tr("Columns not recognised (ignored): {names}").format(
                names="، ".join(report.ignored_columns)), self)
            ignored.setWordWrap(True)
            ignored.setObjectName("hint")
            layout.addWidget(ignored)
        self.table = QTableWidget(len(report.problems), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"),
                                              self.tr("Problem")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for i, rp in enumerate(report.problems):
            self.table.setItem(i, 0, QTableWidgetItem(fmt.digits(rp.row)))
            self.table.setItem(i, 1, QTableWidgetItem(rp.column or ""))
            self.table.setItem(i, 2, QTableWidgetItem(rp.problem.message(domain_translate)))
        self.table.setVisible(bool(report.problems))
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(self)
        if report.ok and report.rows_ok:
            self.import_button = buttons.addButton(
                self.tr("Import {n} rows").format(n=fmt.number(report.rows_ok)),
                QDialogButtonBox.ButtonRole.AcceptRole)
            self.import_button.setDefault(True)
        else:
            self.import_button = None
        self.close_button = buttons.addButton(
            self.tr("Close") if self.import_button is None else self.tr("Cancel"),
            QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if not report.ok:
            layout.insertWidget(2, self._warning())
        else:
            layout.insertStretch(3, 1)

    def _warning(self) -> QLabel:
        label = QLabel(self.tr("Nothing will be imported until these rows are corrected in the "
                               "file: an import adds every row or none."), self)
        label.setWordWrap(True)
        label.setObjectName("fieldError")
        return label

    def _summary(self) -> str:
        r = self.report
        return self.tr("{ok} rows are valid: {created} new members, {updated} to update, "
                       "{unchanged} unchanged. {bad} rows have problems.").format(
            ok=fmt.number(r.rows_ok), created=fmt.number(r.created),
            updated=fmt.number(r.updated), unchanged=fmt.number(r.unchanged),
            bad=fmt.number(len({p.row for p in r.problems})))

    def problem_rows(self) -> list[tuple[str, str, str]]:
        """(row, column, reason) as shown."""
        return [tuple(self.table.item(i, c).text() for c in range(3))
                for i in range(self.table.rowCount())]
