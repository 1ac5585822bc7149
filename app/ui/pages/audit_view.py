"""The audit log table: who changed what, when, newest first, loaded page by page.

Every insert, edit and delete of a record leaves an audit entry (app.services.tracking); this
view lists them through the audit service with lazy paging (a council's log grows to tens of
thousands of lines). Record kinds are the audit service's Persian labels, actions are words, times as Jalali with Persian
digits, and the changed values as «old ← new» pairs, right to left.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from app.ui import fmt, shell_services
from app.ui.models import PagedTableModel
from app.ui.models.table_model import QT_TRANSLATE_NOOP, Column
from app.ui.tasks import TaskRunner

ACTIONS = {
    "insert": QT_TRANSLATE_NOOP("Tables", "Added"),
    "update": QT_TRANSLATE_NOOP("Tables", "Changed"),
    "delete": QT_TRANSLATE_NOOP("Tables", "Deleted"),
    "purge": QT_TRANSLATE_NOOP("Tables", "Removed for good"),
}

SKIPPED_FIELDS = frozenset({"id", "council_id", "created_at", "updated_at", "server_seq"})


def table_word(row) -> str:
    """The record kind: the audit service's Persian label, or the table name made readable."""
    if fmt.persian():
        return getattr(row, "table_label", None) or row.table
    return row.table.replace("_", " ").capitalize()


def action_word(action: str) -> str:
    source = ACTIONS.get(action)
    return QCoreApplication.translate("Tables", source) if source else action


def _value(value: Any) -> str:
    if value is None or value == "":
        return "-"
    text = str(value)
    return fmt.digits(text[:40] + ("…" if len(text) > 40 else ""))


def changes_text(changes: dict | None, action: str = "update") -> str:
    """The changed values, briefly: «new» for an addition, «old ← new» for an edit."""
    parts = []
    for field, change in (changes or {}).items():
        if field in SKIPPED_FIELDS:
            continue
        if isinstance(change, (list, tuple)) and len(change) == 2:
            old, new = change
            parts.append(_value(new) if action == "insert" or old is None
                         else f"{_value(old)} ← {_value(new)}")
        else:
            parts.append(_value(change))
        if len(parts) == 3:
            break
    return "؛ ".join(parts) if fmt.persian() else "; ".join(parts)


class AuditModel(PagedTableModel):
    columns = (
        Column("at", QT_TRANSLATE_NOOP("Columns", "When"), "datetime"),
        Column("actor", QT_TRANSLATE_NOOP("Columns", "Who"),
               get=lambda r: getattr(r, "actor", None) or "-"),
        Column("action", QT_TRANSLATE_NOOP("Columns", "Action"),
               get=lambda r: action_word(r.action)),
        Column("table", QT_TRANSLATE_NOOP("Columns", "Record"),
               get=table_word),
        Column("changes", QT_TRANSLATE_NOOP("Columns", "Changes"),
               get=lambda r: changes_text(getattr(r, "changes", None), r.action)),
    )


class AuditView(QWidget):
    """The audit log, newest first."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = AuditModel(runner, self, page_size=100)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    def refresh(self) -> None:
        self.model.set_query(shell_services.list_audit, count_fn=shell_services.count_audit)
