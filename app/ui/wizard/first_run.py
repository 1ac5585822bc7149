"""The first-run wizard: set up our council (place, then the secretary's account) or open the demo.

Shown when the database holds no council. "Set up our council" creates the council through
`app.services.council.setup_council` and then the secretary's account (accounts service);
the wizard's `council` and `account` are what the main window starts with, already logged in.
"Open the demo council" builds the small demo through `app.services.demo.build_demo` in a
separate file (`<data dir>/demo/dabir-demo.db`, reopened as it is when it already exists), so
trying the program never mixes made-up records with the council's own; `demo_backend` is then
the Backend to run the main window on.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtWidgets import QWizard

from app.config import data_dir
from app.services.gateway import Backend
from app.ui.tasks import TaskRunner
from app.ui.wizard.pages import (ACCOUNT, DEMO, PLACE, WELCOME, AccountPage, DemoPage, PlacePage,
                                 WelcomePage)

DEMO_ACTOR = "demo"


def demo_path() -> Path:
    """Where the demo council lives: beside the real database, in a folder of its own."""
    folder = data_dir() / "demo"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "dabir-demo.db"


def open_demo(path: Path | None = None, size: str = "small") -> Callable:
    """A task body opening the demo database at `path`, building the demo if it has no council."""

    def work(progress) -> Backend:
        from app.services import council, demo  # noqa: PLC0415 - only when the demo is asked for

        backend = Backend.open(path or demo_path(), actor=DEMO_ACTOR)
        if not backend.call(council.has_council):
            demo.build_demo(backend.db, size, progress=progress)
        return backend

    return work


class FirstRunWizard(QWizard):
    """Welcome -> (place -> account) or (demo)."""

    def __init__(self, runner: TaskRunner, parent=None, *, demo_opener: Callable | None = None):
        super().__init__(parent)
        self.runner = runner
        self.setWindowTitle(self.tr("Dabir: first start"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
        self.setMinimumSize(640, 520)
        self.welcome = WelcomePage(self)
        self.place = PlacePage(runner, self)
        self.account_page = AccountPage(runner, self)
        self.demo = DemoPage(runner, demo_opener or open_demo(), self)
        self.setPage(WELCOME, self.welcome)
        self.setPage(PLACE, self.place)
        self.setPage(ACCOUNT, self.account_page)
        self.setPage(DEMO, self.demo)
        self.setStartId(WELCOME)
        for button, text in ((QWizard.WizardButton.NextButton, self.tr("Next")),
                             (QWizard.WizardButton.BackButton, self.tr("Back")),
                             (QWizard.WizardButton.FinishButton, self.tr("Finish")),
                             (QWizard.WizardButton.CancelButton, self.tr("Cancel"))):
            self.setButtonText(button, text)

    @property
    def council(self):
        """The CouncilView created (None for the demo or before the place page saved)."""
        return self.place.saved

    @property
    def account(self):
        return self.account_page.saved

    @property
    def demo_backend(self) -> Backend | None:
        return self.demo.backend

    @property
    def chose_demo(self) -> bool:
        return self.welcome.demo_choice.isChecked()
