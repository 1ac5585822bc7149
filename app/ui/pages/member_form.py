"""The member form: every field of `MemberInput`, each with its Persian error line under it.

Used beside the members table: choosing a row fills it for editing, "New member" (Ctrl+N)
empties it. National ID and mobile accept Persian, Arabic and Latin digits; the three dates are
Jalali fields; committees are a checkable list; "replaces" names the member whose seat this one
takes (registering them ends the old term). `member_input()` hands the services exactly what
was typed, a date that could not be read included, so that the service's refusal lands under
the right field and nothing typed is lost (`FormErrors`).
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFormLayout, QLineEdit, QListWidget, QListWidgetItem,
                               QPlainTextEdit, QVBoxLayout, QWidget)

from app.enums import Constituency, Gender, MemberRole, MemberStatus
from app.services.members import MemberInput
from app.ui.pages.page_parts import caption, enum_combo, set_combo_value, form_frame
from app.ui.widgets import DigitsEdit, FormErrors, JalaliDateEdit, MobileEdit, SearchableCombo


def _date_value(edit: JalaliDateEdit):
    """The date, or what was typed when it is not a date (the service then explains why)."""
    value = edit.date()
    if value is not None:
        return value
    return edit.text().strip() or None


class MemberForm(QWidget):
    """Fields of one member; `save_requested` when the Save button is pressed."""

    save_requested = Signal()
    new_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.member_id: str | None = None
        self.heading = caption(self.tr("New member"), self, size=12)
        self.errors = FormErrors(self)

        body = QWidget(self)
        column = QVBoxLayout(body)
        grid = QFormLayout()
        column.addLayout(grid)
        column.addStretch(1)  # extra height below the fields, not inside the tall ones
        grid.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.first_name = QLineEdit(body)
        self.last_name = QLineEdit(body)
        self.national_id = DigitsEdit(body, max_length=10)
        self.national_id.setPlaceholderText(self.tr("10 digits"))
        self.gender = enum_combo(Gender, "", body)
        self.mobile = MobileEdit(body)
        self.address = QLineEdit(body)
        self.residence_proof = QLineEdit(body)
        self.residence_proof.setPlaceholderText(self.tr("e.g. lease, utility bill"))
        self.role = enum_combo(MemberRole, None, body)
        self.constituency = enum_combo(Constituency, None, body)
        self.status = enum_combo(MemberStatus, None, body)
        self.term_start = JalaliDateEdit(body)
        self.term_end = JalaliDateEdit(body)
        self.letter_no = QLineEdit(body)
        self.letter_date = JalaliDateEdit(body)
        self.replaces = SearchableCombo(body)
        self.replaces.lineEdit().setPlaceholderText(self.tr("nobody"))
        self.committees = QListWidget(body)
        self.committees.setMaximumHeight(110)
        self.notes = QPlainTextEdit(body)
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(70)
        e = self.errors
        e.add_row(grid, self.tr("First name"), "first_name", self.first_name)
        e.add_row(grid, self.tr("Last name"), "last_name", self.last_name)
        e.add_row(grid, self.tr("National ID"), "national_id", self.national_id)
        e.add_row(grid, self.tr("Gender"), "gender", self.gender)
        e.add_row(grid, self.tr("Mobile"), "mobile", self.mobile)
        e.add_row(grid, self.tr("Address"), "address", self.address)
        e.add_row(grid, self.tr("Proof of residence"), "residence_proof", self.residence_proof)
        e.add_row(grid, self.tr("Role"), "role", self.role)
        e.add_row(grid, self.tr("Represents"), "constituency", self.constituency)
        e.add_row(grid, self.tr("Status"), "status", self.status)
        e.add_row(grid, self.tr("Term start"), "term_start", self.term_start)
        e.add_row(grid, self.tr("Term end"), "term_end", self.term_end)
        e.add_row(grid, self.tr("Appointment letter no."), "appointment_letter_no",
                  self.letter_no)
        e.add_row(grid, self.tr("Appointment letter date"), "appointment_letter_date",
                  self.letter_date)
        e.add_row(grid, self.tr("Replaces"), "replaces_id", self.replaces)
        e.add_row(grid, self.tr("Committees"), "committees", self.committees)
        e.add_row(grid, self.tr("Notes"), "notes", self.notes)

        form_frame(self, body, heading=self.heading, banner=self.errors.banner,
                   save_text=self.tr("Save (Ctrl+S)"), new_text=self.tr("Empty the form"), margin=0)
        order = [self.first_name, self.last_name, self.national_id, self.gender, self.mobile,
                 self.address, self.residence_proof, self.role, self.constituency, self.status,
                 self.term_start.line, self.term_end.line, self.letter_no, self.letter_date.line,
                 self.replaces, self.committees, self.notes, self.save_button, self.new_button]
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)

    # --- choices -------------------------------------------------------------------------------
    def set_committees(self, committees) -> None:
        """The council's committees (CommitteeView), keeping the ticks of those still there."""
        ticked = set(self.committee_ids())
        self.committees.clear()
        for c in committees:
            item = QListWidgetItem(c.name, self.committees)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if c.id in ticked
                               else Qt.CheckState.Unchecked)

    def set_members(self, members) -> None:
        """Members the new one may replace (everyone but the member being edited)."""
        self._all_members = list(members)
        self._fill_replaces()

    def _fill_replaces(self) -> None:
        members = getattr(self, "_all_members", [])
        self.replaces.set_items((m.full_name, m.id) for m in members if m.id != self.member_id)

    def committee_ids(self) -> tuple[str, ...]:
        out = []
        for row in range(self.committees.count()):
            item = self.committees.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return tuple(out)

    def set_committee_ids(self, ids) -> None:
        wanted = set(ids)
        for row in range(self.committees.count()):
            item = self.committees.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole)
                               in wanted else Qt.CheckState.Unchecked)

    # --- values --------------------------------------------------------------------------------
    def set_member(self, m) -> None:
        """Show a member (MemberView) for editing; None empties the form for a new member."""
        self.errors.clear()
        self.member_id = m.id if m is not None else None
        self._fill_replaces()
        self.heading.setText(self.tr("Edit: {name}").format(name=m.full_name) if m
                             else self.tr("New member"))
        self.first_name.setText(m.first_name if m else "")
        self.last_name.setText(m.last_name if m else "")
        self.national_id.set_digits_text(m.national_id if m else "")
        set_combo_value(self.gender, m.gender if m else None)
        self.mobile.set_digits_text(m.mobile if m else "")
        self.address.setText((m.address or "") if m else "")
        self.residence_proof.setText((m.residence_proof or "") if m else "")
        set_combo_value(self.role, m.role if m else MemberRole.MEMBER.value)
        set_combo_value(self.constituency, m.constituency if m else Constituency.RESIDENT.value)
        set_combo_value(self.status, m.status if m else MemberStatus.ACTIVE.value)
        self.term_start.setDate(m.term_start if m else None)
        self.term_end.setDate(m.term_end if m else None)
        self.letter_no.setText((m.appointment_letter_no or "") if m else "")
        self.letter_date.setDate(m.appointment_letter_date if m else None)
        self.replaces.set_current_value(m.replaces_id if m else None)
        self.set_committee_ids(m.committee_ids if m else ())
        self.notes.setPlainText((m.notes or "") if m else "")

    def member_input(self) -> MemberInput:
        """What the form holds, as the services take it."""
        def text(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        return MemberInput(
            first_name=self.first_name.text(), last_name=self.last_name.text(),
            national_id=self.national_id.digits_text(),
            gender=self.gender.currentData() or "", mobile=self.mobile.digits_text() or None,
            address=text(self.address), residence_proof=text(self.residence_proof),
            role=self.role.currentData(), constituency=self.constituency.currentData(),
            status=self.status.currentData(), term_start=_date_value(self.term_start),
            term_end=_date_value(self.term_end), appointment_letter_no=text(self.letter_no),
            appointment_letter_date=_date_value(self.letter_date),
            replaces_id=self.replaces.current_value(), committee_ids=self.committee_ids(),
            notes=self.notes.toPlainText().strip() or None)
