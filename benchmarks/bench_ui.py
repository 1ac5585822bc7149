"""Desktop app figures (issue 3): cold start, the issues page, a filter keystroke, peak memory.

    .venv/bin/python benchmarks/bench_ui.py [--runs 5] [--db PATH]

Offscreen (QT_QPA_PLATFORM=offscreen). The large demo (benchmarks/out/large-demo-0.db, built by
demo_cache on first use) is copied to a temp file first, so the app's writes (settings,
migrations check) never touch the cached one. Each run is a fresh subprocess:
- cold start: from spawning the interpreter until the main window is shown and its first page
  has loaded (the task runner idle), beside a bare PySide6 QMainWindow shown in a fresh
  subprocess in the same run; the ratio is what Dabir adds;
- issues page: from choosing it in the navigation until its first page of rows is in the model;
- filter: one keystroke in its search box until the filtered rows arrive (this includes the
  page's deliberate ~250 ms typing delay, printed separately);
- peak memory: resource.getrusage(RUSAGE_SELF).ru_maxrss of the app subprocess at the end.
Medians of --runs runs are printed.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import demo_cache

BARE = r"""
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(1366, 768); w.show()
app.processEvents()
print("READY", flush=True)
"""

APP = r"""
import resource, sys, time
from PySide6.QtCore import QElapsedTimer, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from app.services.gateway import Backend
from app.ui import bootstrap, shell_services
from app.ui.tasks import TaskRunner

def settle(runner, app, until=lambda: True, timeout=120.0):
    end = time.perf_counter() + timeout
    while time.perf_counter() < end:
        app.processEvents()
        if not runner.busy and until():
            app.processEvents()
            if not runner.busy and until():
                return
        time.sleep(0.001)
    raise SystemExit("timed out")

app = bootstrap.make_application([sys.argv[0]])
backend = Backend.open(sys.argv[1])
state = backend.call(shell_services.startup_state)
bootstrap.configure(app, "fa")
runner = TaskRunner(backend, app)
window = bootstrap.build_window(backend, runner, state, None, False)
window.resize(1366, 768)
window.show()
settle(runner, app)
print("READY", flush=True)

t0 = time.perf_counter()
page = window.show_page("issues")
loading = lambda m: (m.loading() if callable(m.loading) else m.loading)
settle(runner, app, lambda: page.model.rowCount() > 0 and not loading(page.model))
issues_ms = (time.perf_counter() - t0) * 1000
rows_before = page.model.rowCount()

reset = []
page.model.modelReset.connect(lambda: reset.append(1))
page.search.setFocus()
t0 = time.perf_counter()
QTest.sendKeyEvent(QTest.KeyAction.Click, page.search, Qt.Key.Key_unknown, "\u0628",
                   Qt.KeyboardModifier.NoModifier)
settle(runner, app, lambda: reset and not page._search_timer.isActive()
       and not loading(page.model))
filter_ms = (time.perf_counter() - t0) * 1000
print(f"ISSUES {issues_ms:.1f} {rows_before}", flush=True)
print(f"FILTER {filter_ms:.1f} {page.model.rowCount()} {page._search_timer.interval()}", flush=True)
print(f"MAXRSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}", flush=True)
runner.shutdown()
backend.close()
"""


def spawn(code: str, args: list[str], env: dict) -> tuple[float, dict[str, list[str]]]:
    """Run `code` in a new interpreter; (ms until it printed READY, its other lines by tag)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                            text=True, env=env, cwd=demo_cache.ROOT)
    ready = None
    lines: dict[str, list[str]] = {}
    for line in proc.stdout:
        if line.startswith("READY") and ready is None:
            ready = (time.perf_counter() - t0) * 1000
        elif line.strip():
            tag, *rest = line.split()
            lines[tag] = rest
    if proc.wait() != 0 or ready is None:
        raise SystemExit(f"the subprocess failed (exit {proc.returncode})")
    return ready, lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--db", type=Path, help="a database (default: the cached large demo)")
    args = parser.parse_args()
    source = args.db or demo_cache.large_demo_db()
    env = {**os.environ, "PYTHONPATH": str(demo_cache.ROOT), "QT_QPA_PLATFORM": "offscreen",
           "DABIR_LANG": "fa"}
    with tempfile.TemporaryDirectory(prefix="dabir-bench-ui-") as tmp:
        db = Path(tmp) / source.name
        shutil.copyfile(source, db)
        spawn(APP, [str(db)], env)  # warm the disk cache and run any migration once
        bare, start, issues, filt, rss = [], [], [], [], []
        for _ in range(args.runs):
            bare.append(spawn(BARE, [], env)[0])
            ms, lines = spawn(APP, [str(db)], env)
            start.append(ms)
            issues.append(float(lines["ISSUES"][0]))
            filt.append(float(lines["FILTER"][0]))
            rss.append(int(lines["MAXRSS"][0]))
        rows, filtered, delay = lines["ISSUES"][1], lines["FILTER"][1], lines["FILTER"][2]
    med = statistics.median
    print(f"desktop app, median of {args.runs} runs, offscreen ({source.name}, "
          f"{source.stat().st_size / 1e6:.0f} MB)")
    print(f"  bare PySide6 QMainWindow shown     : {med(bare):7.0f} ms")
    print(f"  Dabir main window interactive      : {med(start):7.0f} ms")
    print(f"  ratio                              : {med(start) / med(bare):7.1f} x")
    print(f"  issues page, first {rows} rows shown : {med(issues):7.0f} ms")
    print(f"  one filter keystroke -> rows       : {med(filt):7.0f} ms "
          f"(incl. the {delay} ms typing delay; {filtered} rows loaded)")
    print(f"  peak memory of the app (maxrss)    : {med(rss) / 1024:7.0f} MB")


if __name__ == "__main__":
    main()
