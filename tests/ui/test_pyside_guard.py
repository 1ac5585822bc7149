"""The app survives PySide6's lost references to None/True/False (app.ui.pyside_guard).

Run in subprocesses: one with the guard (app.ui imported first) makes 20,000 void Qt calls and
signal emissions and must exit cleanly; one without measures whether the PySide bug is still
there, so the guard can be removed once PySide (or Python 3.12+) makes it unnecessary.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r"""
import sys
if sys.argv[1] == "guarded":
    import app.ui
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
class O(QObject):
    s = Signal(bool)
o, label = O(), QLabel()
before = sys.getrefcount(None)
for i in range(int(sys.argv[2])):
    label.setText("x")
    o.s.emit(True)
print(before - sys.getrefcount(None))
"""


def _run(mode: str, calls: int) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    return subprocess.run([sys.executable, "-c", SCRIPT, mode, str(calls)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_twenty_thousand_qt_calls_do_not_abort_the_app():
    done = _run("guarded", 20_000)
    assert done.returncode == 0, done.stderr[-2000:]


def test_whether_pyside_still_loses_references():
    done = _run("bare", 100)
    # (the bare run may itself abort at exit, after printing: the bug at work)
    lines = done.stdout.strip().splitlines()
    lost = int(lines[-1]) if lines else None
    print(f"references to None lost by 100 void calls without the guard: {lost}")
    from app.ui import pyside_guard
    if not pyside_guard.needed():
        return
    # When this fails with lost == 0, PySide is fixed: remove app/ui/pyside_guard.py.
    assert lost and lost >= 100
