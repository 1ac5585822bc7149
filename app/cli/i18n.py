"""Persian messages for the command line: domain error texts through Qt's translator (QtCore only).

The services raise errors carrying an English source text (app/messages.py); the command line
shows them in Persian by loading the committed `fa_translations/dabir_fa.qm` into a QTranslator
and translating with the context "DomainError", exactly as the desktop app does. QtCore is
imported only when a message is actually shown, so a command that succeeds never pays for it.
`DABIR_LANG=en` (or a missing .qm or PySide6) keeps the English text.
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Callable

from app.errors import TRANSLATION_CONTEXT, problem

QM_FILE = Path(__file__).resolve().parents[2] / "fa_translations" / "dabir_fa.qm"


def _identity(text: str) -> str:
    return text


def wants_english() -> bool:
    """True when the environment forces English (DABIR_LANG=en, en_US, ...)."""
    return os.environ.get("DABIR_LANG", "").strip().lower().startswith("en")


@lru_cache(maxsize=1)
def translator() -> Callable[[str], str]:
    """A function turning a domain error's English source text into Persian (or itself)."""
    if wants_english() or not QM_FILE.is_file():
        return _identity
    try:
        from PySide6.QtCore import QTranslator
    except ImportError:
        return _identity
    qt = QTranslator()
    if not qt.load(str(QM_FILE)):
        return _identity

    def translate(text: str) -> str:
        return qt.translate(TRANSLATION_CONTEXT, text) or text

    translate.qt = qt  # keep the QTranslator alive as long as the function
    return translate


def message(code: str, **params) -> str:
    """The catalog message `code` with its parameters, in the command line's language."""
    return problem(code, **params).message(translator())
