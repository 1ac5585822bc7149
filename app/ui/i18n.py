"""Language of the desktop app: Qt translators, the default locale and layout direction.

Persian is the default: `fa_translations/dabir_fa.qm` (built from dabir_fa.ts by
scripts/build_translations.py) plus Qt's own `qtbase_fa.qm` from the PySide6 wheel (standard
buttons, dialogs), QLocale fa_IR, and right-to-left layout set once for the whole application.
English (chosen in the settings, or DABIR_LANG=en like the command line) loads no translator,
uses en_US and left-to-right. Source texts in the code are English; `domain_translate` turns a
domain error's English text into the current language (context "DomainError").
"""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import (QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator)
from PySide6.QtWidgets import QApplication

from app.errors import TRANSLATION_CONTEXT

ROOT = Path(__file__).resolve().parents[2]
QM_FILE = ROOT / "fa_translations" / "dabir_fa.qm"
LANGUAGES = ("fa", "en")


def env_language() -> str | None:
    """'en' when the environment forces English (DABIR_LANG=en...), 'fa' for fa..., else None."""
    value = os.environ.get("DABIR_LANG", "").strip().lower()
    if value.startswith("en"):
        return "en"
    if value.startswith("fa"):
        return "fa"
    return None


def apply_language(app: QApplication, language: str) -> list[QTranslator]:
    """Set locale, direction and translators for `language` ('fa' or 'en'); returns the
    translators installed (keep them alive as long as the application)."""
    english = language == "en"
    if english:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        return []
    QLocale.setDefault(QLocale(QLocale.Language.Persian, QLocale.Country.Iran))
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    installed = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for loader in (lambda t: t.load("qtbase_fa", qt_dir), lambda t: t.load(str(QM_FILE))):
        translator = QTranslator(app)
        if loader(translator):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def remove_translators(app: QApplication, translators: list[QTranslator]) -> None:
    """Undo apply_language's translators (tests switch languages in one process)."""
    for translator in translators:
        app.removeTranslator(translator)


def domain_translate(text: str) -> str:
    """A domain error's English source text in the current language."""
    return QCoreApplication.translate(TRANSLATION_CONTEXT, text) or text


def translate(context: str, text: str) -> str:
    """Shorthand of QCoreApplication.translate for module-level code (no `self.tr`)."""
    return QCoreApplication.translate(context, text)


def error_text(exc: BaseException) -> str:
    """What to tell the secretary about a failed task, in the current language."""
    from app.errors import DomainError  # noqa: PLC0415

    if isinstance(exc, DomainError):
        return exc.message(domain_translate)
    if isinstance(exc, OSError):
        return QCoreApplication.translate(
            "Errors", "The file could not be read or written: {reason}").format(
            reason=exc.strerror or str(exc))
    return QCoreApplication.translate(
        "Errors", "Something went wrong and nothing was saved. Details: {detail}").format(
        detail=str(exc)[:300])
