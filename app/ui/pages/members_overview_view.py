"""The two panels under the members table: the composition check and the terms ending soon.

The articles name who sits on a council (imam, Propagation Organisation, religious groups,
Basij, police, Red Crescent, figures, local managers) and that it has a chair and a secretary.
`CompositionPanel` lists each expected constituency with the active members holding it, or a
red «no member» when the seat is empty, and says whether the chair and the secretary are
there. `TermsPanel` lists active members whose term ends within two months, or has ended while
they are still marked active (in red), with the days left in Persian digits.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.enums import Constituency, MemberRole
from app.ui import fmt, labels
from app.ui.models import Column, RowTableModel, QT_TRANSLATE_NOOP
from app.ui.pages.page_parts import OVERDUE_FOREGROUND, caption, hint, record_table

OK_MARK = "✔"
MISSING_MARK = "✘"


class CompositionPanel(QWidget):
    """Which expected constituencies are seated; chair and secretary present."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.summary = caption("", self)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Composition of the council"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        self.missing: tuple[str, ...] = ()

    def set_composition(self, c) -> None:
        """Show a `members.Composition`."""
        self.missing = tuple(c.missing)
        if c.complete:
            self.summary.setText(self.tr("The council is complete: {n} active members.").format(
                n=fmt.number(c.active_count)))
            self.summary.setStyleSheet("color: #1b5e20;")
        else:
            self.summary.setText(self.tr(
                "{n} active members; {missing} of the expected seats are empty.").format(
                n=fmt.number(c.active_count), missing=fmt.number(len(c.missing))))
            self.summary.setStyleSheet("color: #b00020;")
        self.list.clear()
        for role, holders in ((MemberRole.CHAIR, c.chairs), (MemberRole.SECRETARY, c.secretaries),
                              (MemberRole.DEPUTY, c.deputies)):
            word = labels.label(role, MemberRole)
            if holders:
                self._add(OK_MARK, f"{word}: {'، '.join(h.full_name for h in holders)}", False)
            else:
                self._add(MISSING_MARK, self.tr("{role}: nobody").format(role=word),
                          role != MemberRole.DEPUTY)
        for seat in c.seats:
            word = labels.label(seat.constituency, Constituency)
            if seat.missing:
                self._add(MISSING_MARK, self.tr("{seat}: no member").format(seat=word), True)
            else:
                names = "، ".join(m.full_name for m in seat.members)
                self._add(OK_MARK, f"{word}: {names}", False)

    def _add(self, mark: str, text: str, bad: bool) -> None:
        item = QListWidgetItem(f"{mark} {text}", self.list)
        item.setData(Qt.ItemDataRole.UserRole, bad)
        if bad:
            item.setForeground(OVERDUE_FOREGROUND)

    def lines(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]


def days_left_text(days: int) -> str:
    """«۱۲ روز مانده» / «ended ۳ days ago» / «today»."""
    if days == 0:
        return QCoreApplication.translate("TermsPanel", "ends today")
    if days > 0:
        return QCoreApplication.translate("TermsPanel", "{n} days left").format(
            n=fmt.number(days))
    return QCoreApplication.translate("TermsPanel", "ended {n} days ago").format(
        n=fmt.number(-days))


class TermsModel(RowTableModel):
    columns = (
        Column("full_name", QT_TRANSLATE_NOOP("Columns", "Name")),
        Column("role", QT_TRANSLATE_NOOP("Columns", "Role"), "enum", enum=MemberRole),
        Column("term_end", QT_TRANSLATE_NOOP("Columns", "Term ends"), "date"),
        Column("days_left", QT_TRANSLATE_NOOP("Columns", "Days left"),
               get=lambda r: days_left_text(r.days_left)),
    )

    def extra_data(self, row, column, role):
        if row.overdue and role == Qt.ItemDataRole.ForegroundRole:
            return OVERDUE_FOREGROUND
        return None


class TermsPanel(QWidget):
    """Active members whose term ends within the coming days (or has ended)."""

    WITHIN_DAYS = 60

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = TermsModel(self)
        self.table = record_table(self.model, self, widths={0: 180, 1: 90, 2: 110}, stretch=3,
                                  sortable=False)
        self.table.verticalHeader().setVisible(False)
        self.empty = QLabel(self.tr("No term ends in the next two months."), self)
        self.empty.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(hint(self.tr("Active members whose term ends within two months, or "
                                      "has already ended (in red)."), self))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)

    def set_terms(self, terms) -> None:
        self.model.set_rows(terms)
        self.empty.setVisible(not terms)
        self.table.setVisible(bool(terms))
