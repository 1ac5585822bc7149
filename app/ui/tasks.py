"""The one task runner: every database call of the UI runs here, off the GUI thread.

A page never calls `backend.call` itself. It asks the runner: `runner.read(fn, *args, ...)` for a
query, `runner.write(fn, *args, ...)` for anything that changes data, `runner.run(callable, ...)`
for long work that is not one service call (a backup, building the demo). The work runs on a
worker thread; its result or its exception comes back ON THE GUI THREAD through the `Task`'s
signals and the `on_result` / `on_error` callbacks, so callbacks may touch widgets. Writes go to
a pool of exactly one thread, so two writes never race and they land in the order asked; reads
use a small pool of their own (SQLite in WAL mode lets them run beside the writer). With
`progress=True` the callable receives a `progress(done, total, label)` keyword argument whose
calls become the task's `progress` signal. The runner counts running tasks and emits
`busy_changed(bool)` (the main window shows a busy bar) and `failed(task, exc)` for errors no
callback took (the main window shows them). A callback whose `owner` widget has been destroyed
in the meantime is skipped instead of crashing.
"""
from __future__ import annotations

import logging
import threading
import traceback
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from app.services.gateway import Backend

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]
ProgressCallback = Callable[[int, int, str], None]


class _Relay(QObject):
    """Lives in the worker's hands; its signals cross to the GUI thread (queued)."""

    done = Signal(object)
    failed = Signal(object, str)
    progress = Signal(int, int, str)


class Task(QObject):
    """One unit of background work, created and living on the GUI thread.

    Signals (always delivered on the GUI thread): `finished(result)`, `failed(exception)`,
    `progress(done, total, label)`, `ended()` after either outcome.
    """

    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int, str)
    ended = Signal()

    def __init__(self, fn: Callable[..., Any], *, name: str, write: bool, with_progress: bool,
                 on_result: Callback | None, on_error: Callback | None,
                 on_progress: ProgressCallback | None, owner: QObject | None,
                 runner: "TaskRunner | None" = None):
        super().__init__()  # no parent: Python owns it, the runner holds it until it ends
        self.fn = fn
        self.name = name
        self.write = write
        self.with_progress = with_progress
        self.owner = owner
        self.result: Any = None
        self.error: BaseException | None = None
        self.traceback = ""
        self.done = False
        self._on_result, self._on_error, self._on_progress = on_result, on_error, on_progress
        self._runner = runner
        self._relay = _Relay()
        self._relay.done.connect(self._deliver_result, Qt.QueuedConnection)
        self._relay.failed.connect(self._deliver_error, Qt.QueuedConnection)
        self._relay.progress.connect(self._deliver_progress, Qt.QueuedConnection)

    # --- worker side -------------------------------------------------------------------------
    def execute(self) -> None:
        """Run the work (called on a worker thread) and post the outcome back."""
        try:
            if self.with_progress:
                result = self.fn(progress=self._report)
            else:
                result = self.fn()
        except BaseException as exc:  # noqa: BLE001 - every failure must reach the GUI thread
            self._relay.failed.emit(exc, traceback.format_exc())
        else:
            self._relay.done.emit(result)

    def _report(self, done: int, total: int, label: str = "") -> None:
        self._relay.progress.emit(int(done), int(total), str(label or ""))

    # --- GUI side ----------------------------------------------------------------------------
    def _owner_alive(self) -> bool:
        return self.owner is None or shiboken6.isValid(self.owner)

    @Slot(object)
    def _deliver_result(self, result: Any) -> None:
        self.result, self.done = result, True
        try:
            if self._owner_alive():
                if self._on_result is not None:
                    self._on_result(result)
                self.finished.emit(result)
        finally:
            self._end()

    @Slot(object, str)
    def _deliver_error(self, exc: BaseException, tb: str) -> None:
        self.error, self.traceback, self.done = exc, tb, True
        try:
            if self._owner_alive():
                if self._on_error is not None:
                    self._on_error(exc)
                elif self._runner is not None:
                    self._runner._unhandled(self, exc)
                self.failed.emit(exc)
        finally:
            self._end()

    @Slot(int, int, str)
    def _deliver_progress(self, done: int, total: int, label: str) -> None:
        if not self._owner_alive():
            return
        if self._on_progress is not None:
            self._on_progress(done, total, label)
        if self._runner is not None:
            self._runner.progress.emit(self, done, total, label)
        self.progress.emit(done, total, label)

    def _end(self) -> None:
        runner, self._runner = self._runner, None
        if runner is not None:
            runner._ended(self)
        self.ended.emit()

    @property
    def handled(self) -> bool:
        """Whether someone took the error (an `on_error` callback)."""
        return self._on_error is not None


class _Job(QRunnable):
    def __init__(self, task: Task):
        super().__init__()
        self.task = task
        self.setAutoDelete(True)

    def run(self) -> None:
        self.task.execute()


class TaskRunner(QObject):
    """Runs callables off the GUI thread: a single writer thread, a small reader pool."""

    busy_changed = Signal(bool)
    #: a task failed and no on_error callback took it: (task, exception)
    failed = Signal(object, object)
    #: progress of any task that reports it: (task, done, total, label)
    progress = Signal(object, int, int, str)

    def __init__(self, backend: Backend | None, parent: QObject | None = None,
                 reader_threads: int = 2):
        super().__init__(parent)
        self.backend = backend
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)  # one writer: writes never race, and keep their order
        self._readers = QThreadPool(self)
        self._readers.setMaxThreadCount(max(1, reader_threads))
        self._active: set[Task] = set()

    # --- the three ways in ---------------------------------------------------------------------
    def read(self, fn: Callable[..., Any], *args: Any, on_result: Callback | None = None,
             on_error: Callback | None = None, owner: QObject | None = None,
             **kwargs: Any) -> Task:
        """Run the service query `fn(session, *args, **kwargs)` through the backend."""
        backend = self._need_backend()
        return self._start(lambda: backend.call(fn, *args, **kwargs), name=_name(fn), write=False,
                           with_progress=False, on_result=on_result, on_error=on_error,
                           on_progress=None, owner=owner)

    def write(self, fn: Callable[..., Any], *args: Any, on_result: Callback | None = None,
              on_error: Callback | None = None, owner: QObject | None = None,
              **kwargs: Any) -> Task:
        """Run the service command `fn(session, *args, **kwargs)` on the single writer thread."""
        backend = self._need_backend()
        return self._start(lambda: backend.call(fn, *args, **kwargs), name=_name(fn), write=True,
                           with_progress=False, on_result=on_result, on_error=on_error,
                           on_progress=None, owner=owner)

    def run(self, fn: Callable[..., Any], *, write: bool = True, progress: bool = False,
            on_result: Callback | None = None, on_error: Callback | None = None,
            on_progress: ProgressCallback | None = None, owner: QObject | None = None,
            name: str | None = None) -> Task:
        """Run any callable (no session given). With `progress=True` it is called as
        `fn(progress=report)` and `report(done, total, label)` feeds the progress signal."""
        return self._start(fn, name=name or _name(fn), write=write, with_progress=progress,
                           on_result=on_result, on_error=on_error, on_progress=on_progress,
                           owner=owner)

    # --- state ---------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return bool(self._active)

    def active_tasks(self) -> list[Task]:
        return list(self._active)

    def wait(self, msecs: int = -1) -> bool:
        """Block until every queued task has run (shutdown, tests). Results still arrive later
        through the event loop."""
        ok_w = self._writer.waitForDone(msecs)
        ok_r = self._readers.waitForDone(msecs)
        return ok_w and ok_r

    def shutdown(self) -> None:
        """Drop what has not started yet and wait for what is running (closing the window)."""
        self._readers.clear()
        self._writer.clear()
        self.wait()

    # --- internals -----------------------------------------------------------------------------
    def _need_backend(self) -> Backend:
        if self.backend is None:
            raise RuntimeError("this TaskRunner has no Backend; use run() for plain callables")
        return self.backend

    def _start(self, fn, *, name, write, with_progress, on_result, on_error, on_progress,
               owner) -> Task:
        if threading.current_thread() is not threading.main_thread():
            raise RuntimeError("start tasks from the GUI thread")
        task = Task(fn, name=name, write=write, with_progress=with_progress, on_result=on_result,
                    on_error=on_error, on_progress=on_progress, owner=owner, runner=self)
        was_busy = self.busy
        self._active.add(task)
        (self._writer if write else self._readers).start(_Job(task))
        if not was_busy:
            self.busy_changed.emit(True)
        return task

    def _unhandled(self, task: Task, exc: BaseException) -> None:
        log.error("task %s failed:\n%s", task.name, task.traceback)
        self.failed.emit(task, exc)

    def _ended(self, task: Task) -> None:
        self._active.discard(task)
        if not self._active:
            self.busy_changed.emit(False)


def _name(fn: Callable[..., Any]) -> str:
    module = getattr(fn, "__module__", "") or ""
    return f"{module}.{getattr(fn, '__qualname__', repr(fn))}".lstrip(".")
