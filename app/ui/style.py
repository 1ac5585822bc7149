"""The application's look: Vazirmatn as the font and a small style sheet.

Vazirmatn (resources/fonts, OFL) is loaded with QFontDatabase and made the application font, so
Persian is joined and legible on any Windows or Linux PC whatever fonts it has. The style sheet
is deliberately small: a red border on fields marked invalid by `FieldError`, the navigation
bar's look, readable sizes for a secretary who is not young.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

FONTS_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
FONT_FILES = ("Vazirmatn-Regular.ttf", "Vazirmatn-Bold.ttf")
FAMILY = "Vazirmatn"
POINT_SIZE = 10

STYLE_SHEET = """
*[invalid="true"] { border: 1px solid #b00020; border-radius: 3px; }
QListWidget#navigation { background: #1f3a4d; color: #f2f2f2; border: none;
                         font-size: 11pt; outline: none; }
QListWidget#navigation::item { padding: 8px 12px; }
QListWidget#navigation::item:selected { background: #2e6b8a; color: white; }
QLabel#pageTitle { font-size: 15pt; font-weight: bold; color: #1f3a4d; }
QLabel#formBanner, QLabel#fieldError { color: #b00020; }
QLabel#hint { color: #555555; }
"""


def load_fonts() -> str | None:
    """Register Vazirmatn with Qt; returns the family name (None if the files are missing)."""
    family = None
    for name in FONT_FILES:
        path = FONTS_DIR / name
        if path.is_file():
            font_id = QFontDatabase.addApplicationFont(str(path))
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            family = family or (families[0] if families else None)
    return family


def apply_style(app: QApplication) -> None:
    """Vazirmatn as the application font and Dabir's style sheet."""
    family = load_fonts()
    if family:
        font = QFont(family, POINT_SIZE)
        app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)
