"""Starting the desktop app: QApplication, language, font, database, then wizard, login or window.

`run(argv)` is all `main.py` calls. It creates the QApplication, opens the database (`--db PATH`
or the default one in the data directory; migrations run on open), reads the settings to pick
the language (Persian unless they say English; DABIR_LANG overrides for a session), installs
the translators, sets right-to-left ONCE for the whole application and Vazirmatn as its font.
Then: no council yet -> the first-run wizard; accounts exist -> the login dialog; then the main
window. `configure` and `build_window` are the same steps without the event loop, for the tests
and scripts/screenshots.
"""
from __future__ import annotations

import argparse
import logging
import sys
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app.services.gateway import Backend
from app.ui import i18n, shell_services, style
from app.ui.login_dialog import LoginDialog
from app.ui.main_window import MainWindow
from app.ui.pages.base import AppContext
from app.ui.tasks import TaskRunner

log = logging.getLogger(__name__)


@dataclass
class Started:
    """What `start` set up: keep it alive as long as the window."""

    app: QApplication
    backend: Backend
    runner: TaskRunner
    window: MainWindow | None = None
    translators: list = field(default_factory=list)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="dabir-desktop", description="Dabir desktop app")
    parser.add_argument("--db", type=Path, help="the database file (default: the data folder)")
    parser.add_argument("--lang", choices=i18n.LANGUAGES, help="language for this session")
    args, _qt_args = parser.parse_known_args(argv[1:])
    return args


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (reused when one exists, as under pytest-qt)."""
    app = QApplication.instance() or QApplication(argv or sys.argv)
    QCoreApplication.setOrganizationName("Dabir")
    QCoreApplication.setApplicationName("Dabir")
    return app


def configure(app: QApplication, language: str) -> list:
    """Language (translators, locale, direction) and look (font, style sheet)."""
    translators = i18n.apply_language(app, language)
    style.apply_style(app)
    return translators


def choose_language(settings: shell_services.UiSettings, forced: str | None = None) -> str:
    return forced or i18n.env_language() or settings.language or "fa"


def build_window(backend: Backend, runner: TaskRunner, state: dict, account=None,
                 demo: bool = False) -> MainWindow:
    """The main window on an open database whose council exists."""
    ctx = AppContext(backend=backend, runner=runner, council=state["council"], account=account,
                     demo=demo)
    backend.actor = getattr(account, "username", None) or backend.actor
    settings: shell_services.UiSettings = state["settings"]
    return MainWindow(ctx, auto_lock_minutes=settings.auto_lock_minutes)


def run(argv: list[str] | None = None) -> int:
    """Start the desktop app and run its event loop; the exit code."""
    argv = list(argv if argv is not None else sys.argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)
    args = parse_args(argv)
    app = make_application(argv)
    try:
        backend = Backend.open(args.db)
    except Exception as exc:  # noqa: BLE001 - tell the secretary instead of a traceback
        configure(app, args.lang or i18n.env_language() or "fa")
        QMessageBox.critical(None, QCoreApplication.translate("Startup", "Dabir"),
                             QCoreApplication.translate(
                                 "Startup", "The database could not be opened: {reason}").format(
                                 reason=str(exc)))
        return 1
    state = backend.call(shell_services.startup_state)
    translators = configure(app, choose_language(state["settings"], args.lang))
    runner = TaskRunner(backend, app)
    app.aboutToQuit.connect(runner.shutdown)
    started = Started(app, backend, runner, translators=translators)

    account, demo = None, False
    if not state["has_council"]:
        from app.ui.wizard import FirstRunWizard  # noqa: PLC0415 - only on the first start

        wizard = FirstRunWizard(runner)
        if wizard.exec() != QDialog.DialogCode.Accepted:
            return 0
        if wizard.chose_demo and wizard.demo_backend is not None:
            backend, demo = wizard.demo_backend, True
            runner.backend = backend
            started.backend = backend
        account = wizard.account
        state = backend.call(shell_services.startup_state)
    elif state["has_accounts"]:
        login = LoginDialog(runner, getattr(state["council"], "name", ""))
        if login.exec() != QDialog.DialogCode.Accepted:
            return 0
        account = login.account

    started.window = build_window(backend, runner, state, account, demo)
    started.window.show()
    settings = state["settings"]
    if not demo:  # a backup when the day's work starts, and another when it ends
        runner.run(lambda: shell_services.auto_backup(backend.path, settings), name="auto-backup",
                   on_error=lambda exc: log.warning("automatic backup failed: %s", exc))
    code = app.exec()
    runner.shutdown()
    if not demo:
        try:
            latest = backend.call(shell_services.load_settings)  # may have changed meanwhile
            shell_services.auto_backup(backend.path, latest)
        except Exception:  # noqa: BLE001 - closing must not fail because of a backup
            log.exception("automatic backup at close failed")
    backend.close()
    return code
