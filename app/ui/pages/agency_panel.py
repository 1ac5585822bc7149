"""The agencies tab: the province's list of executive agencies and the council's own, with contacts.

The secretary adds a local agency the province's list lacks (a neighbourhood's health house, a
charity) and keeps each agency's contact person, phone, e-mail and address up to date, since
that is whom the letters go to and whom to call when an answer is late. The province's agencies
keep their name and kind (the province owns them; sync would bring them back), only their
contacts can be edited here. A filter box finds an agency by any part of its name or contacts,
typed with either keyboard's ی/ک.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFormLayout, QGroupBox, QHBoxLayout, QLineEdit, QPushButton,
                               QSplitter, QVBoxLayout, QWidget)

from app.enums import AgencyKind
from app.services import agencies
from app.ui.models import FoldingFilterProxy
from app.ui.pages.demand_models import AgencyTableModel
from app.ui.pages.page_parts import enum_combo, hint, record_table, set_combo_value
from app.ui.widgets import FormErrors


class AgencyPanel(QWidget):
    """Agency table (filterable) beside the agency form."""

    changed = Signal()  # an agency was added or edited: combos elsewhere should reload

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.current = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        split = QSplitter(self)
        layout.addWidget(split)

        left = QWidget(split)
        col = QVBoxLayout(left)
        col.setContentsMargins(0, 0, 0, 0)
        self.filter = QLineEdit(left)
        self.filter.setPlaceholderText(self.tr("Find an agency..."))
        self.filter.setClearButtonEnabled(True)
        col.addWidget(self.filter)
        self.model = AgencyTableModel(self)
        self.proxy = FoldingFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = record_table(self.proxy, left, widths={0: 230, 1: 120, 2: 130, 3: 110})
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setAccessibleName(self.tr("Agencies"))
        col.addWidget(self.table, 1)
        self.filter.textChanged.connect(self.proxy.set_filter_text)
        self.table.selectionModel().currentRowChanged.connect(self._picked)

        right = QWidget(split)
        col = QVBoxLayout(right)
        col.setContentsMargins(0, 0, 0, 0)
        box = QGroupBox(self.tr("Agency"), right)
        form = QFormLayout(box)
        self.errors = FormErrors(box)
        form.addRow(self.errors.banner)
        self.name = QLineEdit(box)
        self.kind = enum_combo(AgencyKind, None, box)
        self.contact = QLineEdit(box)
        self.phone = QLineEdit(box)
        self.email = QLineEdit(box)
        self.address = QLineEdit(box)
        self.errors.add_row(form, self.tr("Name"), "name", self.name)
        self.errors.add_row(form, self.tr("Kind"), "kind", self.kind)
        self.errors.add_row(form, self.tr("Contact person"), "contact_person", self.contact)
        self.errors.add_row(form, self.tr("Phone"), "phone", self.phone)
        self.errors.add_row(form, self.tr("Email"), "email", self.email)
        self.errors.add_row(form, self.tr("Address"), "address", self.address)
        self.note = hint("", box)
        form.addRow(self.note)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New local agency"), box)
        self.save_button = QPushButton(self.tr("Save agency"), box)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        col.addWidget(box)
        col.addStretch(1)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.new_button.clicked.connect(self.new_agency)
        self.save_button.clicked.connect(self.save)
        self.new_agency()

    def load(self) -> None:
        self.ctx.runner.read(agencies.list_agencies, self.ctx.council_id, owner=self,
                             on_result=self._loaded)

    def _loaded(self, rows) -> None:
        keep = self.current.id if self.current else None
        self.model.set_rows(rows)
        if keep:
            self.select(keep)

    def select(self, agency_id: str) -> None:
        row = self.model.row_of(agency_id)
        if row >= 0:
            self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))

    def _picked(self, current, _previous) -> None:
        if not current.isValid():
            return
        self.show_agency(self.model.row_at(self.proxy.mapToSource(current).row()))

    def show_agency(self, view) -> None:
        self.current = view
        self.errors.clear()
        self.name.setText(view.name)
        set_combo_value(self.kind, view.kind)
        self.contact.setText(view.contact_person or "")
        self.phone.setText(view.phone or "")
        self.email.setText(view.email or "")
        self.address.setText(view.address or "")
        self.name.setEnabled(view.is_local)
        self.kind.setEnabled(view.is_local)
        self.note.setText("" if view.is_local else self.tr(
            "The province keeps this agency's name; its contacts can be kept up to date here."))

    def new_agency(self) -> None:
        self.current = None
        self.errors.clear()
        self.table.clearSelection()
        for widget in (self.name, self.contact, self.phone, self.email, self.address):
            widget.clear()
        set_combo_value(self.kind, AgencyKind.OTHER.value)
        self.name.setEnabled(True)
        self.kind.setEnabled(True)
        self.note.setText(self.tr("An agency added here belongs to this council only."))
        self.name.setFocus()

    def data(self) -> agencies.AgencyInput:
        return agencies.AgencyInput(
            name=self.name.text(), kind=self.kind.currentData(),
            contact_person=self.contact.text(), phone=self.phone.text(),
            email=self.email.text(), address=self.address.text())

    def save(self) -> None:
        self.errors.clear()
        if self.current is None:
            self.ctx.runner.write(agencies.create_agency, self.data(),
                                  council_id=self.ctx.council_id, owner=self,
                                  on_result=self._saved, on_error=self.errors.show_error)
        else:
            self.ctx.runner.write(agencies.update_agency, self.current.id, self.data(),
                                  owner=self, on_result=self._saved,
                                  on_error=self.errors.show_error)

    def _saved(self, view) -> None:
        self.current = view
        self.show_agency(view)
        self.load()
        self.changed.emit()
