"""Starting the app: language choice, English left-to-right, the startup state, the window."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication

from app.ui import bootstrap, shell_services

ROOT = Path(__file__).resolve().parents[2]


def test_persian_is_the_default_and_settings_or_environment_can_say_english(monkeypatch):
    monkeypatch.delenv("DABIR_LANG", raising=False)
    assert bootstrap.choose_language(shell_services.UiSettings()) == "fa"
    assert bootstrap.choose_language(shell_services.UiSettings(language="en")) == "en"
    assert bootstrap.choose_language(shell_services.UiSettings(), forced="en") == "en"
    monkeypatch.setenv("DABIR_LANG", "en_US")
    assert bootstrap.choose_language(shell_services.UiSettings()) == "en"
    args = bootstrap.parse_args(["main.py", "--db", "x.db", "-platform", "offscreen"])
    assert args.db == Path("x.db")


def test_the_application_is_persian_right_to_left_in_vazirmatn(qapp):
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QLocale().name() == "fa_IR"
    assert QFontInfo(QApplication.font()).family() == "Vazirmatn"


def test_startup_state_tells_wizard_login_or_window(backend, council_backend):
    state = backend.call(shell_services.startup_state)
    assert state["has_council"] and not state["has_accounts"]
    assert state["settings"].language == "fa"
    backend.call(shell_services.create_account, username="a", display_name="الف",
                 password="123456")
    assert backend.call(shell_services.startup_state)["has_accounts"]


ENGLISH = r"""
import sys
from pathlib import Path
import app.ui
from app.services.council import CouncilInput, setup_council
from app.services.gateway import Backend
from app.ui import bootstrap, shell_services
from app.ui.tasks import TaskRunner
qt = bootstrap.make_application(["x"])
backend = Backend.open(Path(sys.argv[1]))
backend.call(setup_council, CouncilInput(province="اردبیل", county="اردبیل", settlement="اردبیل",
                                         neighbourhood="ولیعصر", code="A-1"))
backend.call(shell_services.save_settings, language="en")
state = backend.call(shell_services.startup_state)
bootstrap.configure(qt, bootstrap.choose_language(state["settings"]))
runner = TaskRunner(backend)
window = bootstrap.build_window(backend, runner, state)
print(qt.layoutDirection().name, window.nav.item(1).text(), window.sync_label.text())
runner.shutdown()
"""


def test_english_from_the_settings_is_left_to_right(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DABIR_DATA_DIR=str(tmp_path),
               PYTHONPATH=str(ROOT))
    env.pop("DABIR_LANG", None)
    done = subprocess.run([sys.executable, "-c", ENGLISH, str(tmp_path / "en.db")], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.split("\n")[0] == "LeftToRight Members Sync: not set up"
