"""Driving real widgets as a secretary would: typing Persian, one key event per character.

`QTest.keyClicks` (and qtbot.keyClicks) with any non-ASCII text aborts the interpreter inside
QTest (qasciikey.cpp), see STACK-NOTES. `type_text` sends one key press/release per character
with the character as the event's text, which is what a Persian keyboard layout delivers.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget


def _target(widget: QWidget) -> QWidget:
    while widget.focusProxy() is not None:
        widget = widget.focusProxy()
    return widget


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` (Persian, Latin, digits of any script) into `widget`, character by character."""
    target = _target(widget)
    target.setFocus()
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, target, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)


def press(widget: QWidget, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """One non-text key (Enter, Tab, Escape, F4...)."""
    QTest.keyClick(_target(widget), key, modifiers)


def leave(widget: QWidget) -> None:
    """Finish editing a line edit as Tab would (emits editingFinished)."""
    target = _target(widget)
    QTest.keyClick(target, Qt.Key.Key_Return)
