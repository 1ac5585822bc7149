"""The tables of the agencies-and-demands page: demands (paged), agencies, response times.

`DemandTableModel` pages through `demands.list_demands` (the large demo has 3,000 demands) and
shows how many days each unanswered letter is past its due date, overdue rows in red.
`AgencyTableModel` lists the province's agencies and the council's own; `ResponseTableModel`
the per-agency response statistics of `demand_stats.response_stats` (letters sent, answered,
open, overdue, median and mean days to an answer, share answered on time).
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt

from app.enums import AgencyKind, DemandStatus
from app.ui.models import QT_TRANSLATE_NOOP, Column, PagedTableModel, RowTableModel
from app.ui.pages.page_parts import overdue_role


def overdue_days(row, today: date) -> int | None:
    """Days an unanswered sent letter is past its due date (None when it is not overdue)."""
    if not getattr(row, "overdue", False) or row.due_date is None:
        return None
    return (today - row.due_date).days


class DemandTableModel(PagedTableModel):
    """The council's demands, a page at a time, newest letters first (drafts on top)."""

    def __init__(self, runner, parent=None, today: date | None = None):
        self.today = today or date.today()
        columns = (
            Column("subject", QT_TRANSLATE_NOOP("Columns", "Subject"), width=34),
            Column("agency_name", QT_TRANSLATE_NOOP("Columns", "Agency"), width=20),
            Column("letter_no", QT_TRANSLATE_NOOP("Columns", "Letter no."), kind="digits",
                   width=12),
            Column("letter_date", QT_TRANSLATE_NOOP("Columns", "Letter date"), kind="date"),
            Column("due_date", QT_TRANSLATE_NOOP("Columns", "Due date"), kind="date"),
            Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), kind="enum",
                   enum=DemandStatus),
            Column("overdue_days", QT_TRANSLATE_NOOP("Columns", "Days overdue"), kind="number",
                   get=lambda r: overdue_days(r, self.today)),
        )
        super().__init__(runner, parent, page_size=200, columns=columns)

    def extra_data(self, row, column, role):
        if row.overdue:
            return overdue_role(role)
        return None

    def row_of(self, demand_id: str) -> int:
        """The row showing `demand_id` among those loaded (-1 when not loaded)."""
        return next((i for i, r in enumerate(self._rows) if r.id == demand_id), -1)

    def replace_row(self, view) -> bool:
        """Show a saved demand's new values in place (no reload); False when not loaded."""
        i = self.row_of(view.id)
        if i < 0:
            return False
        self._rows[i] = view
        self._folded.clear()
        self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))
        return True


def _owner(row) -> str:
    if row.is_local:
        return QCoreApplication.translate("Columns", "This council")
    return QCoreApplication.translate("Columns", "Province")


class AgencyTableModel(RowTableModel):
    """The agencies a council writes to: the province's list and its own."""

    columns = (
        Column("name", QT_TRANSLATE_NOOP("Columns", "Agency"), width=26),
        Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), kind="enum", enum=AgencyKind),
        Column("contact_person", QT_TRANSLATE_NOOP("Columns", "Contact person")),
        Column("phone", QT_TRANSLATE_NOOP("Columns", "Phone"), kind="digits"),
        Column("email", QT_TRANSLATE_NOOP("Columns", "Email")),
        Column("is_local", QT_TRANSLATE_NOOP("Columns", "Listed by"), get=_owner),
    )

    def row_of(self, agency_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == agency_id), -1)


class ResponseTableModel(RowTableModel):
    """How each agency answers: counts, days to an answer, share answered on time."""

    columns = (
        Column("agency_name", QT_TRANSLATE_NOOP("Columns", "Agency"), width=26),
        Column("sent", QT_TRANSLATE_NOOP("Columns", "Letters sent"), kind="number"),
        Column("answered", QT_TRANSLATE_NOOP("Columns", "Answered"), kind="number"),
        Column("open", QT_TRANSLATE_NOOP("Columns", "Waiting"), kind="number"),
        Column("overdue", QT_TRANSLATE_NOOP("Columns", "Overdue"), kind="number"),
        Column("median_response_days", QT_TRANSLATE_NOOP("Columns", "Median days to answer"),
               kind="number"),
        Column("mean_response_days", QT_TRANSLATE_NOOP("Columns", "Mean days to answer"),
               kind="number"),
        Column("answered_within_due_pct", QT_TRANSLATE_NOOP("Columns", "Answered on time"),
               kind="percent"),
    )

    def extra_data(self, row, column, role):
        if column.key == "overdue" and row.overdue:
            return overdue_role(role)
        if role == Qt.ItemDataRole.ToolTipRole and column.key == "answered_within_due_pct":
            return QCoreApplication.translate(
                "Columns", "Of the letters with a due date whose outcome is known")
        return None
