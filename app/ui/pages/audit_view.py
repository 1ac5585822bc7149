"""The audit log table: who changed what, when, newest first, loaded page by page.

Every insert, edit and delete of a record leaves an audit entry (app.services.tracking); this
view lists them through the audit service with lazy paging (a council's log grows to tens of
thousands of lines). Record kinds are the audit service's Persian labels, actions are words, times as Jalali with Persian
digits, and the changed values as «old ← new» pairs, right to left.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from app import vocabulary
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
_YES_NO = (QT_TRANSLATE_NOOP("Tables", "yes"), QT_TRANSLATE_NOOP("Tables", "no"))

SKIPPED_FIELDS = frozenset({"id", "council_id", "created_at", "updated_at", "server_seq",
                            "deleted_at", "search_text"})
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.I)
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


def _enum_words() -> dict[str, list[tuple[str, str]]]:
    """Stored enum value -> [(enum class name in lower case, Persian word)]."""
    found: dict[str, list[tuple[str, str]]] = {}
    for cls, words in vocabulary.LABELS.items():
        for member, word in words.items():
            found.setdefault(member.value, []).append((cls.__name__.lower(), word))
    return found


_ENUM_WORDS = _enum_words()


def enum_word(value: str, table: str = "") -> str | None:
    """The Persian word of a stored enum value; when vocabularies disagree ("done" of a
    resolution or of a project) the one named like the table wins."""
    options = _ENUM_WORDS.get(value)
    if not options:
        return None
    stem = table.rstrip("s").replace("_", "")
    for cls_name, word in options:
        if stem and stem in cls_name:
            return word
    return options[0][1]


def table_word(row) -> str:
    """The record kind: the audit service's Persian label, or the table name made readable."""
    if fmt.persian():
        return getattr(row, "table_label", None) or row.table
    return row.table.replace("_", " ").capitalize()


def action_word(action: str) -> str:
    source = ACTIONS.get(action)
    return QCoreApplication.translate("Tables", source) if source else action


def value_text(value: Any, table: str = "") -> str | None:
    """One stored value as a person reads it; None for what says nothing (ids, empties)."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return QCoreApplication.translate("Tables", "yes" if value else "no")
    if isinstance(value, (int, float)):
        return fmt.number(value, 0 if float(value).is_integer() else 2)
    text = str(value)
    if _UUID.match(text):
        return None
    if _ISO_DATE.match(text):
        try:
            return fmt.jdate(date.fromisoformat(text))
        except ValueError:
            return fmt.digits(text)
    if _ISO_DATETIME.match(text):
        try:
            return fmt.jdatetime(datetime.fromisoformat(text.replace("Z", "+00:00")))
        except ValueError:
            return fmt.digits(text)
    if text in _ENUM_WORDS:
        return enum_word(text, table) if fmt.persian() else text.replace("_", " ")
    text = " ".join(text.split())
    return text[:40] + ("…" if len(text) > 40 else "")


def changes_text(changes: dict | None, action: str = "update", table: str = "") -> str:
    """The changed values, briefly: the new values of an addition, «old ← new» for an edit."""
    parts = []
    for field, change in (changes or {}).items():
        if field in SKIPPED_FIELDS or field.endswith("_id"):
            continue
        old, new = change if isinstance(change, (list, tuple)) and len(change) == 2 else (None, change)
        new_text, old_text = value_text(new, table), value_text(old, table)
        if action == "insert" or old_text is None:
            if new_text is not None:
                parts.append(new_text)
        else:
            parts.append(f"{old_text} ← {new_text or '-'}")
        if len(parts) == 4:
            break
    return ("؛ " if fmt.persian() else "; ").join(parts)


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
               get=lambda r: changes_text(getattr(r, "changes", None), r.action, r.table)),
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
