"""The form that records a new neighbourhood issue or edits one (Ctrl+N, Ctrl+S).

Every field of `IssueInput`: title, description, committee, category, priority, address, where
it came from and who reported it, the Jalali report and target dates, and optional map
coordinates (Persian or Latin digits). A refused save puts each Persian message under its field
(`FormErrors`) and keeps everything typed; a date that cannot be read is handed to the service
as typed so the refusal names it. The status is not edited here: it moves through the detail
pane's "change status", which records the change in the issue's history.
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLineEdit, QPlainTextEdit,
                               QVBoxLayout, QWidget)

from app.enums import IssueSource, Priority
from app.services.issues import IssueInput
from app.ui import fmt
from app.ui.pages.page_parts import caption, enum_combo, fill_combo, set_combo_value, form_frame
from app.ui.widgets import FormErrors, JalaliDateEdit


def _date_value(edit: JalaliDateEdit):
    value = edit.date()
    return value if value is not None else (edit.text().strip() or None)


class IssueForm(QWidget):
    """Fields of one issue; `save_requested` when Save is pressed."""

    save_requested = Signal()
    new_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.issue_id: str | None = None
        self.heading = caption(self.tr("New issue"), self, size=12)
        self.errors = FormErrors(self)
        body = QWidget(self)
        column = QVBoxLayout(body)
        grid = QFormLayout()
        column.addLayout(grid)
        column.addStretch(1)  # extra height below the fields, not inside the tall ones
        grid.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title = QLineEdit(body)
        self.title.setPlaceholderText(self.tr("e.g. broken street lights in Lale alley"))
        self.description = QPlainTextEdit(body)
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(90)
        self.committee = QComboBox(body)
        self.committee.addItem(self.tr("No committee"), None)
        self.category = QLineEdit(body)
        self.priority = enum_combo(Priority, None, body)
        self.address = QLineEdit(body)
        self.source = enum_combo(IssueSource, None, body)
        self.reported_by = QLineEdit(body)
        self.reported_on = JalaliDateEdit(body)
        self.reported_on.line.setPlaceholderText(self.tr("today"))
        self.target_date = JalaliDateEdit(body)
        coordinates = QWidget(body)
        row = QHBoxLayout(coordinates)
        row.setContentsMargins(0, 0, 0, 0)
        self.latitude = QLineEdit(coordinates)
        self.latitude.setPlaceholderText(self.tr("latitude"))
        self.longitude = QLineEdit(coordinates)
        self.longitude.setPlaceholderText(self.tr("longitude"))
        row.addWidget(self.latitude)
        row.addWidget(self.longitude)
        e = self.errors
        e.add_row(grid, self.tr("Title"), "title", self.title)
        e.add_row(grid, self.tr("Description"), "description", self.description)
        e.add_row(grid, self.tr("Committee"), "committee_id", self.committee)
        e.add_row(grid, self.tr("Category"), "category", self.category)
        e.add_row(grid, self.tr("Priority"), "priority", self.priority)
        e.add_row(grid, self.tr("Address"), "address", self.address)
        e.add_row(grid, self.tr("Came from"), "source", self.source)
        e.add_row(grid, self.tr("Reported by"), "reported_by", self.reported_by)
        e.add_row(grid, self.tr("Reported on"), "reported_on", self.reported_on)
        e.add_row(grid, self.tr("Target date"), "target_date", self.target_date)
        e.add_row(grid, self.tr("Location on the map"), "coordinates", coordinates,
                  aliases=("latitude", "longitude"))
        form_frame(self, body, heading=self.heading, banner=self.errors.banner,
                   save_text=self.tr("Save (Ctrl+S)"), new_text=self.tr("New issue (Ctrl+N)"), margin=4)
        order = [self.title, self.description, self.committee, self.category, self.priority,
                 self.address, self.source, self.reported_by, self.reported_on.line,
                 self.target_date.line, self.latitude, self.longitude, self.save_button,
                 self.new_button]
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)
        self.set_issue(None)

    def set_committees(self, committees) -> None:
        fill_combo(self.committee, [(c.name, c.id) for c in committees], self.tr("No committee"))

    def set_issue(self, issue) -> None:
        """Show an IssueView for editing; None empties the form for a new issue."""
        self.errors.clear()
        self.issue_id = issue.id if issue is not None else None
        i = issue
        self.heading.setText(self.tr("Edit: {title}").format(title=i.title) if i
                             else self.tr("New issue"))
        self.title.setText(i.title if i else "")
        self.description.setPlainText((i.description or "") if i else "")
        set_combo_value(self.committee, i.committee_id if i else None)
        self.category.setText((i.category or "") if i else "")
        set_combo_value(self.priority, i.priority if i else Priority.MEDIUM.value)
        self.address.setText((i.address or "") if i else "")
        set_combo_value(self.source, i.source if i else IssueSource.RESIDENT.value)
        self.reported_by.setText((i.reported_by or "") if i else "")
        self.reported_on.setDate(i.reported_on if i else None)
        self.target_date.setDate(i.target_date if i else None)
        self.latitude.setText(fmt.digits(i.latitude) if i and i.latitude is not None else "")
        self.longitude.setText(fmt.digits(i.longitude) if i and i.longitude is not None else "")

    def issue_input(self) -> IssueInput:
        def text(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        return IssueInput(
            title=self.title.text(), description=self.description.toPlainText().strip() or None,
            committee_id=self.committee.currentData(), category=text(self.category),
            priority=self.priority.currentData(), address=text(self.address),
            latitude=text(self.latitude), longitude=text(self.longitude),
            source=self.source.currentData(), reported_by=text(self.reported_by),
            reported_on=_date_value(self.reported_on), target_date=_date_value(self.target_date))
