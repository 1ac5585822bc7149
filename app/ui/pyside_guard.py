"""A guard against a reference-count bug of PySide6 6.12 on Python 3.11 that kills the app.

Measured here (PySide6/shiboken6 6.12.0, CPython 3.11.7): every call of a Qt method returning
void (`label.setText(...)`, `widget.hide()`, ...) and every `signal.emit(...)` drops one
reference to `None` (or to the `True`/`False` it returns) that it never took. Python 3.12 made
those objects immortal, so nothing happens there; on 3.11 `None` starts with ~5,000 references,
and after ~5,000 such calls the interpreter aborts with "Fatal Python error: none_dealloc"
(`bool_dealloc` for the booleans), i.e. within minutes of normal use. Until PySide is fixed or
the project moves to Python 3.12+, `install()` gives these three singletons so many references
(2**40) that the lost ones can never matter: they live as long as the process, as on 3.12.
It runs once, when app.ui is imported, before any Qt call; on 3.12+, non-CPython, or the
PySide6 6.11 that pyproject.toml pins now, it does nothing.
"""
from __future__ import annotations

import ctypes
import platform
import sys
from importlib.metadata import PackageNotFoundError, version

HEADROOM = 1 << 40
_installed = False


def needed() -> bool:
    """True on CPython < 3.12 with a PySide6 6.12 build (the releases known to lose references)."""
    if sys.version_info >= (3, 12) or platform.python_implementation() != "CPython":
        return False
    try:
        return version("shiboken6").startswith("6.12")
    except PackageNotFoundError:
        return False


def install() -> bool:
    """Make None, True and False effectively immortal on CPython < 3.12; True if it did."""
    global _installed
    if _installed or not needed():
        return False
    for obj in (None, True, False):
        ctypes.c_ssize_t.from_address(id(obj)).value += HEADROOM  # ob_refcnt is the first field
    _installed = True
    return True
