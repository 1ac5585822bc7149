"""The tables of the roadmap page: goals, projects (with progress bars), funding, milestones,
indicators and measurements.

Each is a `RowTableModel` over the roadmap services' dataclasses. The projects model gives its
progress column to `ProgressBarDelegate` (PROGRESS_ROLE, green when done, red when overdue);
money is in rials with thousands separators; volunteer hours are kept apart from rials, as the
funding service keeps them.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from app.enums import DevelopmentArea, FundingKind, FundingSource, ProjectStatus
from app.ui import fmt
from app.ui.models import QT_TRANSLATE_NOOP, Column, RowTableModel
from app.ui.pages.page_parts import overdue_role
from app.ui.widgets.progress_delegate import BAR_COLOUR_ROLE, PROGRESS_ROLE


class GoalTableModel(RowTableModel):
    columns = (
        Column("area", QT_TRANSLATE_NOOP("Columns", "Area"), kind="enum", enum=DevelopmentArea),
        Column("title", QT_TRANSLATE_NOOP("Columns", "Goal"), width=40),
        Column("project_count", QT_TRANSLATE_NOOP("Columns", "Projects"), kind="number"),
        Column("indicator_count", QT_TRANSLATE_NOOP("Columns", "Indicators"), kind="number"),
    )


class ProjectTableModel(RowTableModel):
    """Projects with their progress drawn as a bar and their funding in rials."""

    columns = (
        Column("title", QT_TRANSLATE_NOOP("Columns", "Project"), width=30),
        Column("area", QT_TRANSLATE_NOOP("Columns", "Area"), kind="enum", enum=DevelopmentArea),
        Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), kind="enum",
               enum=ProjectStatus),
        Column("progress", QT_TRANSLATE_NOOP("Columns", "Progress"), kind="percent"),
        Column("pledged", QT_TRANSLATE_NOOP("Columns", "Pledged (rials)"), kind="money",
               get=lambda p: p.pledged),
        Column("received", QT_TRANSLATE_NOOP("Columns", "Received (rials)"), kind="money",
               get=lambda p: p.received),
        Column("end_date", QT_TRANSLATE_NOOP("Columns", "End date"), kind="date"),
    )

    def extra_data(self, row, column, role):
        if column.key == "progress":
            if role == PROGRESS_ROLE:
                return row.progress
            if role == BAR_COLOUR_ROLE:
                if row.status == ProjectStatus.DONE.value:
                    return "#43a047"
                return "#c62828" if row.overdue else None
        if row.overdue and column.key == "end_date":
            return overdue_role(role)
        return None

    def row_of(self, project_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == project_id), -1)

    def replace_row(self, view) -> None:
        i = self.row_of(view.id)
        if i >= 0:
            self._rows[i] = view
            self._folded.clear()
            self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))


class SourceTableModel(RowTableModel):
    """Funding pledged and received per source (SourceTotal rows)."""

    columns = (
        Column("source", QT_TRANSLATE_NOOP("Columns", "Source"), kind="enum",
               enum=FundingSource),
        Column("pledged", QT_TRANSLATE_NOOP("Columns", "Pledged (rials)"), kind="money"),
        Column("received", QT_TRANSLATE_NOOP("Columns", "Received (rials)"), kind="money"),
        Column("outstanding", QT_TRANSLATE_NOOP("Columns", "Still to come (rials)"),
               kind="money", get=lambda t: t.outstanding),
        Column("hours_pledged", QT_TRANSLATE_NOOP("Columns", "Hours pledged"), kind="number"),
        Column("hours_received", QT_TRANSLATE_NOOP("Columns", "Hours given"), kind="number"),
    )


def _amount(line, value: int) -> str:
    if line.in_hours:
        return QCoreApplication.translate("Columns", "{n} hours").format(n=fmt.number(value))
    return fmt.number(value)


class FundingTableModel(RowTableModel):
    """A project's funding lines."""

    columns = (
        Column("source", QT_TRANSLATE_NOOP("Columns", "Source"), kind="enum",
               enum=FundingSource),
        Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), kind="enum", enum=FundingKind),
        Column("pledged", QT_TRANSLATE_NOOP("Columns", "Pledged"),
               get=lambda f: _amount(f, f.pledged)),
        Column("received", QT_TRANSLATE_NOOP("Columns", "Received"),
               get=lambda f: _amount(f, f.received)),
        Column("benefactor_name", QT_TRANSLATE_NOOP("Columns", "Benefactor")),
    )

    def extra_data(self, row, column, role):
        if role == Qt.ItemDataRole.TextAlignmentRole and column.key in ("pledged", "received"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class MilestoneTableModel(RowTableModel):
    columns = (
        Column("title", QT_TRANSLATE_NOOP("Columns", "Milestone"), width=30),
        Column("due_date", QT_TRANSLATE_NOOP("Columns", "Due date"), kind="date"),
        Column("done_on", QT_TRANSLATE_NOOP("Columns", "Done on"), kind="date"),
    )

    def extra_data(self, row, column, role):
        return overdue_role(role) if row.overdue else None


def decimal_text(value: float | None) -> str:
    """۳٫۶ or ۱۲ or ۱۷۴٫۷۵: up to two decimals, none when whole (the table's own numbers round
    to whole numbers, too coarse for a green-space-per-person figure)."""
    if value is None:
        return ""
    text = fmt.number(value, 2)
    sep = "٫" if "٫" in text else "."
    if sep in text:
        text = text.rstrip("۰0").rstrip(sep)
    return text


class DecimalColumnsModel(RowTableModel):
    """Shows the columns named in `decimals` with up to two decimals."""

    decimals: frozenset[str] = frozenset()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            column = self.columns[index.column()]
            if column.key in self.decimals:
                return decimal_text(column.value(self.row_at(index.row())))
        return super().data(index, role)


class IndicatorTableModel(DecimalColumnsModel):
    """Indicators with where they stand between baseline and target."""

    decimals = frozenset({"baseline", "target", "latest_value"})
    columns = (
        Column("title", QT_TRANSLATE_NOOP("Columns", "Indicator"), width=30),
        Column("area", QT_TRANSLATE_NOOP("Columns", "Area"), kind="enum", enum=DevelopmentArea),
        Column("unit", QT_TRANSLATE_NOOP("Columns", "Unit")),
        Column("baseline", QT_TRANSLATE_NOOP("Columns", "Baseline"), kind="number"),
        Column("target", QT_TRANSLATE_NOOP("Columns", "Target"), kind="number"),
        Column("latest_value", QT_TRANSLATE_NOOP("Columns", "Latest"), kind="number"),
        Column("percent", QT_TRANSLATE_NOOP("Columns", "Of the way"), kind="percent"),
    )

    def extra_data(self, row, column, role):
        if column.key == "percent" and role == PROGRESS_ROLE and row.percent is not None:
            return max(0.0, min(100.0, row.percent))
        if column.key == "percent" and role == BAR_COLOUR_ROLE and row.target_met:
            return "#43a047"
        return None

    def row_of(self, indicator_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == indicator_id), -1)


class MeasurementTableModel(DecimalColumnsModel):
    decimals = frozenset({"value"})
    columns = (
        Column("measured_on", QT_TRANSLATE_NOOP("Columns", "Measured on"), kind="date"),
        Column("value", QT_TRANSLATE_NOOP("Columns", "Value"), kind="number"),
        Column("note", QT_TRANSLATE_NOOP("Columns", "Note"), width=30),
    )
