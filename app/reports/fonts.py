"""The fonts every Dabir PDF is set in: Vazirmatn Regular and Bold, registered with reportlab once.

Vazirmatn (OFL-1.1, its licence beside the files) covers Persian with the Arabic presentation
forms that arabic-reshaper produces, Latin, both kinds of digits, ZWNJ/ZWJ and LRM/RLM as empty
zero-width glyphs. The TTF files live in ``resources/fonts/`` at the top of the source tree and
are found from this file's location with pathlib, so a clean checkout works on Windows as well
as Linux; a frozen build can point ``DABIR_FONT_DIR`` at wherever it ships them. The paths are
public because the glyph-level tests shape text with HarfBuzz from exactly the same files.
"""

from __future__ import annotations

import os
import threading
from functools import lru_cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

__all__ = [
    "FONT_DIR",
    "REGULAR",
    "BOLD",
    "REGULAR_TTF",
    "BOLD_TTF",
    "register_fonts",
    "font_path",
    "has_char",
    "ascent_descent",
]


def _font_dir() -> Path:
    override = os.environ.get("DABIR_FONT_DIR")
    if override:
        return Path(override)
    # app/reports/fonts.py -> parents[2] is the source tree root.
    return Path(__file__).resolve().parents[2] / "resources" / "fonts"


FONT_DIR: Path = _font_dir()
REGULAR = "Vazirmatn"
BOLD = "Vazirmatn-Bold"
REGULAR_TTF: Path = FONT_DIR / "Vazirmatn-Regular.ttf"
BOLD_TTF: Path = FONT_DIR / "Vazirmatn-Bold.ttf"

_PATHS = {REGULAR: REGULAR_TTF, BOLD: BOLD_TTF}
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register Vazirmatn (regular, bold) with reportlab; safe to call any number of times."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, path in _PATHS.items():
            if not path.is_file():
                raise FileNotFoundError(f"font file missing: {path}")
            if name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(name, str(path)))
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
        _registered = True


def font_path(font_name: str) -> Path:
    """The TTF file behind a font name registered here (REGULAR or BOLD)."""
    try:
        return _PATHS[font_name]
    except KeyError:
        raise KeyError(f"not a Dabir font: {font_name!r}") from None


@lru_cache(maxsize=None)
def _char_to_glyph(font_name: str) -> frozenset[int]:
    register_fonts()
    return frozenset(pdfmetrics.getFont(font_name).face.charToGlyph)


def has_char(font_name: str, ch: str) -> bool:
    """True if the font maps code point ``ch`` to a glyph of its own (not the tofu box)."""
    return ord(ch) in _char_to_glyph(font_name)


@lru_cache(maxsize=None)
def ascent_descent(font_name: str) -> tuple[float, float]:
    """(ascent, descent) as fractions of the font size; descent is positive (below baseline)."""
    register_fonts()
    face = pdfmetrics.getFont(font_name).face
    return face.ascent / 1000.0, -face.descent / 1000.0
