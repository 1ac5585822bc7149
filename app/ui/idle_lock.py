"""Auto-lock after inactivity: a shared mosque or office PC must not stay open on the records.

`IdleLock` watches every key press, mouse click, mouse move and wheel turn of the whole
application (an event filter on QApplication) and restarts a single-shot timer on each; when the
timer runs out it emits `timed_out`, and the main window covers itself and asks for a login.
The interval comes from the settings (`auto_lock_minutes`; 0 turns locking off) and can be set
in milliseconds for tests. While locked the watching stops, so the login dialog's own typing
does not count as activity behind it.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.ShortcutOverride,
})


class IdleLock(QObject):
    """Emits `timed_out` after `interval_ms` without user input."""

    timed_out = Signal()

    def __init__(self, parent: QObject | None = None, minutes: int = 10):
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._fire)
        self._watching = False
        self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(max(0, int(minutes)) * 60_000)

    def set_interval_ms(self, msecs: int) -> None:
        """0 turns auto-lock off."""
        self._interval = max(0, int(msecs))
        if self._interval:
            self._timer.setInterval(self._interval)
        self.start()

    @property
    def interval_ms(self) -> int:
        return self._interval

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        """Watch for activity and (re)start counting."""
        app = QApplication.instance()
        if not self._interval:
            self.stop()
            return
        if not self._watching and app is not None:
            app.installEventFilter(self)
            self._watching = True
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if self._watching and app is not None:
            app.removeEventFilter(self)
        self._watching = False

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        if event.type() in ACTIVITY and self._timer.isActive():
            self._timer.start()
        return False

    def _fire(self) -> None:
        self.stop()
        self.timed_out.emit()
