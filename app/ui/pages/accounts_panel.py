"""The local accounts of this PC on the Settings page: who may open Dabir and what they may do.

A shared mosque PC is used by several people; the secretary gives the chair and any helper an
account of their own (secretary, chair, or viewer, who can only look) so the audit log says who
changed what, and takes an account away by deactivating it (the last active secretary cannot be
removed: the service refuses). Passwords are hashed with argon2 by `app.services.accounts`.
"""
from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLineEdit,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from app.enums import AccountRole
from app.services import accounts
from app.ui import labels
from app.ui.models.table_model import Column, RowTableModel
from app.ui.pages.base import QT_TRANSLATE_NOOP
from app.ui.widgets.form import FormErrors


class AccountsPanel(QGroupBox):
    """A table of the accounts, a form to add one, and a button to deactivate one."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("Accounts on this PC"))
        col = QVBoxLayout(self)
        self.model = RowTableModel(self, columns=(
            Column("display_name", QT_TRANSLATE_NOOP("Columns", "Name")),
            Column("username", QT_TRANSLATE_NOOP("Columns", "User name")),
            Column("role", QT_TRANSLATE_NOOP("Columns", "Role"), "enum", enum=AccountRole),
            Column("active", QT_TRANSLATE_NOOP("Columns", "Active"), "bool"),
        ))
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        col.addWidget(self.table, 1)

        self.form = FormErrors(self)
        col.addWidget(self.form.banner)
        grid = QFormLayout()
        col.addLayout(grid)
        self.display_name = QLineEdit(self)
        self.username = QLineEdit(self)
        self.role = QComboBox(self)
        for role in AccountRole:
            self.role.addItem(labels.label(role.value, AccountRole), role.value)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.add_row(grid, self.tr("Name"), "display_name", self.display_name)
        self.form.add_row(grid, self.tr("User name"), "username", self.username)
        self.form.add_row(grid, self.tr("Role"), "role", self.role)
        self.form.add_row(grid, self.tr("Password"), "password", self.password)
        self.form.add_row(grid, self.tr("Password again"), "repeat", self.repeat)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add account"), self)
        self.add_button.clicked.connect(self.add_account)
        self.deactivate_button = QPushButton(self.tr("Deactivate the chosen account"), self)
        self.deactivate_button.clicked.connect(self.deactivate)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.deactivate_button)
        buttons.addStretch(1)
        col.addLayout(buttons)
        may_manage = getattr(ctx.account, "role", AccountRole.SECRETARY.value) \
            == AccountRole.SECRETARY.value
        for widget in (self.add_button, self.deactivate_button):
            widget.setEnabled(may_manage)

    def refresh(self) -> None:
        self.ctx.runner.read(accounts.list_accounts, owner=self, on_result=self.model.set_rows)

    def add_account(self) -> None:
        self.form.clear()
        if self.password.text() != self.repeat.text():
            self.form.show_field("repeat", self.tr("The two passwords are not the same."))
            return
        self.ctx.runner.write(accounts.create_account, username=self.username.text(),
                              display_name=self.display_name.text(),
                              role=self.role.currentData(), password=self.password.text(),
                              owner=self, on_result=self._added, on_error=self.form.show_error)

    def _added(self, _account) -> None:
        for edit in (self.display_name, self.username, self.password, self.repeat):
            edit.clear()
        self.refresh()

    def deactivate(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        chosen = self.model.row_at(index.row())
        self.form.clear()
        self.ctx.runner.write(accounts.deactivate, chosen.id, owner=self,
                              on_result=lambda _a: self.refresh(), on_error=self.form.show_error)
