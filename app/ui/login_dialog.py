"""The login dialog: at start (when the database has accounts) and when the window auto-locks.

User name and password are checked by the accounts service (argon2 hashes) on the task runner,
so the deliberately slow hash never freezes the window. A wrong password shows the Persian
message under the password field and keeps the user name. `account` holds the account view
once accepted. At a lock, "Quit" closes the app (nobody can step past the lock), and any
account may log in: the next person at a shared PC logs in as themselves.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QVBoxLayout, QWidget)

from app.ui import shell_services
from app.ui.tasks import TaskRunner
from app.ui.widgets.alignment import align_to_layout
from app.ui.widgets.form import FormErrors


class LoginDialog(QDialog):
    """Asks for a user name and password until they are right (or the user quits)."""

    def __init__(self, runner: TaskRunner, council_name: str = "", *, locked: bool = False,
                 username: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.account = None
        self.setWindowTitle(self.tr("Dabir: log in"))
        self.setModal(True)
        self.setMinimumWidth(380)
        layout = QVBoxLayout(self)
        heading = QLabel(council_name or self.tr("Dabir"), self)
        heading.setObjectName("pageTitle")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        if locked:
            note = QLabel(self.tr("The program was locked because nobody used it for a while. "
                                  "Log in to go on."), self)
            note.setWordWrap(True)
            note.setObjectName("hint")
            layout.addWidget(note)
        self.form = FormErrors(self)
        layout.addWidget(self.form.banner)
        fields = QFormLayout()
        self.username = QLineEdit(self)
        self.username.setText(username)
        align_to_layout(self.username)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.add_row(fields, self.tr("User name"), "username", self.username)
        self.form.add_row(fields, self.tr("Password"), "password", self.password)
        layout.addLayout(fields)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(self.tr("Log in"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Quit the program") if locked else self.tr("Cancel"),
                               QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.try_login)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        (self.password if username else self.username).setFocus()

    def try_login(self) -> None:
        self.form.clear()
        self.ok_button.setEnabled(False)
        self.runner.read(shell_services.authenticate, self.username.text().strip(),
                         self.password.text(), owner=self, on_result=self._accepted,
                         on_error=self._refused)

    def _accepted(self, account) -> None:
        self.account = account
        self.ok_button.setEnabled(True)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        self.form.show_error(exc)
        if not self.form.error_of("username") and not self.form.error_of("password"):
            # "wrong user name or password" concerns both: show it under the password
            message = self.form.banner.message()
            if message:
                self.form.banner.clear()
                self.form.show_field("password", message)
        self.password.selectAll()
        self.password.setFocus()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Enter logs in
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.try_login()
            return
        super().keyPressEvent(event)
