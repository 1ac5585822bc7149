"""The task runner: work off the GUI thread, results and errors back on it, writes in order."""
from __future__ import annotations

import threading
import time

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QLabel

from app.errors import ValidationError
from app.services import council
from app.ui.tasks import TaskRunner


def test_read_runs_off_the_gui_thread_and_delivers_on_it(qtbot, council_backend):
    runner = TaskRunner(council_backend)
    seen = {}

    def service(session):
        seen["worker"] = threading.current_thread() is threading.main_thread()
        return council.get_council(session)

    def done(result):
        seen["result"] = result
        seen["callback_thread"] = QThread.currentThread() is QApplication.instance().thread()

    with qtbot.waitSignal(runner.busy_changed, timeout=5000) as busy:
        task = runner.read(service, on_result=done)
    assert busy.args == [True]
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert seen["worker"] is False
    assert seen["callback_thread"] is True
    assert seen["result"].code == "ARD-054"
    qtbot.waitUntil(lambda: not runner.busy, timeout=2000)
    runner.shutdown()


def test_domain_error_reaches_on_error_with_its_fields(qtbot, council_backend):
    runner = TaskRunner(council_backend)
    got = []
    bad = council.CouncilInput(province="", county="x", settlement="x", neighbourhood="x", code="")
    task = runner.write(council.setup_council, bad, on_error=got.append)
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert isinstance(got[0], ValidationError)
    assert set(got[0].by_field()) >= {"province", "code"}
    runner.shutdown()


def test_unhandled_failure_is_announced(qtbot, backend):
    runner = TaskRunner(backend)

    def boom():
        raise RuntimeError("boom")

    with qtbot.waitSignal(runner.failed, timeout=5000) as failed:
        runner.run(boom)
    assert isinstance(failed.args[1], RuntimeError)
    runner.shutdown()


def test_writes_run_one_at_a_time_in_order(qtbot, backend):
    runner = TaskRunner(backend)
    log, running = [], []

    def work(i):
        def body():
            running.append(i)
            assert len(running) == 1, "two writes ran at once"
            time.sleep(0.01)
            log.append(i)
            running.remove(i)
            return i
        return body

    tasks = [runner.run(work(i), write=True) for i in range(8)]
    qtbot.waitUntil(lambda: all(t.done for t in tasks), timeout=5000)
    assert log == list(range(8))
    assert all(t.error is None for t in tasks)
    runner.shutdown()


def test_progress_is_reported_on_the_gui_thread(qtbot, backend):
    runner = TaskRunner(backend)
    seen = []

    def body(progress):
        for i in range(3):
            progress(i + 1, 3, f"step {i + 1}")
        return "ok"

    def on_progress(done, total, label):
        seen.append((done, total, label,
                     QThread.currentThread() is QApplication.instance().thread()))

    task = runner.run(body, progress=True, on_progress=on_progress)
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert task.result == "ok"
    assert [s[:3] for s in seen] == [(1, 3, "step 1"), (2, 3, "step 2"), (3, 3, "step 3")]
    assert all(s[3] for s in seen)
    runner.shutdown()


def test_callback_of_a_destroyed_owner_is_skipped(qtbot, backend):
    runner = TaskRunner(backend)
    label = QLabel()
    called = []
    gate = threading.Event()
    task = runner.run(lambda: gate.wait(5), on_result=called.append, owner=label)
    label.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(label), timeout=2000)
    gate.set()
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert called == []
    runner.shutdown()
