"""The pages of the first-run wizard: welcome, the council's place, the secretary's account, demo.

Each page that saves (place, account) does it through the task runner when Next is pressed:
`validatePage` starts the save and returns False; when the service answers the page marks
itself saved and presses Next again. A refused save puts each Persian message under its field
(`FormErrors`) and leaves everything typed as it was. The place page is a commit page: once the
council exists, Back cannot undo it.
"""
from __future__ import annotations

from PySide6.QtWidgets import (QButtonGroup, QComboBox, QFormLayout, QLabel, QLineEdit,
                               QProgressBar, QRadioButton, QVBoxLayout, QWizard, QWizardPage)

from app.enums import AccountRole, SettlementKind
from app.services import council as council_service
from app.services.council import CouncilInput
from app.ui import labels, shell_services
from app.ui.i18n import error_text
from app.ui.tasks import TaskRunner
from app.ui.widgets.alignment import align_to_layout
from app.ui.widgets.form import FormErrors
from app.ui.widgets.jalali_date_edit import JalaliDateEdit

WELCOME, PLACE, ACCOUNT, DEMO = range(4)


def _hint(text: str, parent) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setObjectName("hint")
    return label


class WelcomePage(QWizardPage):
    """Two choices: set up our council, or open the demo council to look around."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to Dabir"))
        self.setSubTitle(self.tr("The records of your Neighbourhood Progress Council, kept on "
                                 "this PC, in Persian, with Jalali dates."))
        layout = QVBoxLayout(self)
        self.setup_choice = QRadioButton(self.tr("Set up our council"), self)
        self.demo_choice = QRadioButton(self.tr("Open the demo council (to look around first)"),
                                        self)
        self.setup_choice.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.setup_choice)
        group.addButton(self.demo_choice)
        layout.addWidget(self.setup_choice)
        layout.addWidget(_hint(self.tr("You will type your council's place and identifier, "
                                       "then make the secretary's account."), self))
        layout.addSpacing(12)
        layout.addWidget(self.demo_choice)
        layout.addWidget(_hint(self.tr("A made-up council with a year of meetings, "
                                       "resolutions and issues, kept in a separate file: your "
                                       "own records are not touched."), self))
        layout.addStretch(1)

    def nextId(self) -> int:  # noqa: N802 - Qt override
        return DEMO if self.demo_choice.isChecked() else PLACE


class _SavingPage(QWizardPage):
    """A page whose Next saves through the runner and goes on only when the save succeeded."""

    def __init__(self, runner: TaskRunner, parent=None):
        super().__init__(parent)
        self.runner = runner
        self.form = FormErrors(self)
        self.saved = None
        self._saving = False

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        if self.saved is not None:
            return True
        if not self._saving and self.check_locally():
            self._saving = True
            self.form.clear()
            self._set_buttons_enabled(False)
            self.start_save(self._done, self._failed)
        return False

    def check_locally(self) -> bool:
        """Checks a service cannot make (two password fields agree); True to go on."""
        return True

    def start_save(self, on_result, on_error) -> None:
        raise NotImplementedError

    def _done(self, result) -> None:
        self._saving = False
        self.saved = result
        self._enable_buttons()
        wizard = self.wizard()
        if wizard.currentPage() is self:
            if self.isFinalPage() or wizard.nextId() == -1:
                wizard.accept()
            else:
                wizard.next()

    def _failed(self, exc: BaseException) -> None:
        self._saving = False
        self._enable_buttons()
        self.form.show_error(exc)

    def _enable_buttons(self) -> None:
        self._set_buttons_enabled(True)

    def _set_buttons_enabled(self, enabled: bool) -> None:
        for button in (QWizard.WizardButton.NextButton, QWizard.WizardButton.CommitButton,
                       QWizard.WizardButton.FinishButton):
            self.wizard().button(button).setEnabled(enabled)


class PlacePage(_SavingPage):
    """Province, county, city or village, neighbourhood, identifier, founding date."""

    def __init__(self, runner: TaskRunner, parent=None):
        super().__init__(runner, parent)
        self.setTitle(self.tr("Your council"))
        self.setSubTitle(self.tr("Where the council is, as the province's letters name it."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create the council"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.form.banner)
        grid = QFormLayout()
        self.province = QLineEdit(self)
        self.county = QLineEdit(self)
        self.settlement = QLineEdit(self)
        self.settlement_kind = QComboBox(self)
        for text, value in labels.choices(SettlementKind):
            self.settlement_kind.addItem(text, value)
        self.neighbourhood = QLineEdit(self)
        self.code = QLineEdit(self)
        self.code.setPlaceholderText(self.tr("as in the province's letter, e.g. ARD-054"))
        align_to_layout(self.code)
        self.founded_on = JalaliDateEdit(self)
        f = self.form
        f.add_row(grid, self.tr("Province"), "province", self.province)
        f.add_row(grid, self.tr("County"), "county", self.county)
        f.add_row(grid, self.tr("City or village"), "settlement", self.settlement)
        f.add_row(grid, self.tr("Kind"), "settlement_kind", self.settlement_kind)
        f.add_row(grid, self.tr("Neighbourhood"), "neighbourhood", self.neighbourhood)
        f.add_row(grid, self.tr("Council identifier"), "code", self.code)
        f.add_row(grid, self.tr("Founded on"), "founded_on", self.founded_on)
        layout.addLayout(grid)
        layout.addStretch(1)

    def nextId(self) -> int:  # noqa: N802 - no account page until the accounts service exists
        return ACCOUNT if shell_services.accounts_available() else -1

    def council_input(self) -> CouncilInput:
        founded = self.founded_on.date()
        return CouncilInput(
            province=self.province.text(), county=self.county.text(),
            settlement=self.settlement.text(), neighbourhood=self.neighbourhood.text(),
            code=self.code.text(), settlement_kind=self.settlement_kind.currentData(),
            # a date the field could not read goes as typed: the service reports it with the rest
            founded_on=founded if founded is not None else (self.founded_on.text() or None))

    def start_save(self, on_result, on_error) -> None:
        self.runner.write(council_service.setup_council, self.council_input(), owner=self,
                          on_result=on_result, on_error=on_error)


class AccountPage(_SavingPage):
    """The secretary's own account: name, user name, password twice."""

    def __init__(self, runner: TaskRunner, parent=None):
        super().__init__(runner, parent)
        self.setTitle(self.tr("The secretary's account"))
        self.setSubTitle(self.tr("Dabir asks for this password when it starts and after it "
                                 "locks itself on a shared PC."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.form.banner)
        grid = QFormLayout()
        self.display_name = QLineEdit(self)
        self.username = QLineEdit(self)
        align_to_layout(self.username)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password2 = QLineEdit(self)
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)
        f = self.form
        f.add_row(grid, self.tr("Your name"), "display_name", self.display_name, ("name",))
        f.add_row(grid, self.tr("User name"), "username", self.username)
        f.add_row(grid, self.tr("Password"), "password", self.password)
        f.add_row(grid, self.tr("Password again"), "password2", self.password2)
        layout.addLayout(grid)
        layout.addStretch(1)

    def nextId(self) -> int:  # noqa: N802 - the last page of "set up our council"
        return -1

    def check_locally(self) -> bool:
        self.form.clear()
        if self.password.text() != self.password2.text():
            self.form.show_field("password2", self.tr("The two passwords are not the same."))
            return False
        return True

    def start_save(self, on_result, on_error) -> None:
        self.runner.write(shell_services.create_account, username=self.username.text(),
                          display_name=self.display_name.text(), password=self.password.text(),
                          role=AccountRole.SECRETARY.value, owner=self, on_result=on_result,
                          on_error=on_error)


class DemoPage(QWizardPage):
    """Builds (or reopens) the demo council in its own file, with a progress bar."""

    def __init__(self, runner: TaskRunner, open_demo, parent=None):
        super().__init__(parent)
        self.runner = runner
        self.open_demo = open_demo  # callable(progress) -> Backend, run on the worker
        self.backend = None
        self.setTitle(self.tr("The demo council"))
        self.setSubTitle(self.tr("Making a made-up council with its records; this takes a "
                                 "few seconds."))
        layout = QVBoxLayout(self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        if self.backend is not None:
            return
        self.label.setText(self.tr("Preparing..."))
        self.runner.run(self.open_demo, progress=True, owner=self, on_result=self._ready,
                        on_error=self._failed, on_progress=self._progress, name="demo")

    def _progress(self, done: int, total: int, label: str) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
        if label:
            self.label.setText(label)

    def _ready(self, backend) -> None:
        self.backend = backend
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.label.setText(self.tr("The demo council is ready."))
        self.completeChanged.emit()
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            wizard.accept()

    def _failed(self, exc: BaseException) -> None:
        self.bar.setRange(0, 1)
        self.label.setText(error_text(exc))

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.backend is not None

    def nextId(self) -> int:  # noqa: N802 - the last page of "open the demo"
        return -1
