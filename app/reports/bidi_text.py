"""Persian text to the visual glyph strings reportlab can draw: normalise, wrap, reshape, reorder.

reportlab draws code points left to right, one glyph each, with no shaping and (in 5.1) no
right-to-left reordering. So each line is prepared here the way STACK-NOTES records as verified
glyph by glyph against HarfBuzz: normalise the logical text (``prepare``: ي/ك to ی/ک, heh +
hamza to ۀ, bidi control characters removed), wrap it in LOGICAL order measuring every word as
it will be drawn (reshaped, with Vazirmatn's real advance widths), and only then turn each line
into its visual form (``visual``): arabic-reshaper picks the joining forms and the لا/الله
ligatures, and the pure-Python ``bidi.algorithm.get_display(..., base_dir="R")`` reorders and
mirrors brackets (the Rust top-level ``bidi.get_display`` does not mirror). Details the recipe
needs: harakat are kept (reshaper's ``delete_harakat`` off) so "فوراً" keeps its tanvin; ZWNJ,
which the bidi algorithm deletes as a boundary neutral, is carried through it as U+061C (ALM,
class AL, removed on input) and restored, so the PDF's text keeps the ZWNJ and draws Vazirmatn's
empty zero-width glyph for it; a presentation form the font lacks (isolated ۀ, U+FBA4) falls
back to its base letter, whose default glyph is that form. A word wider than the line is broken
between grapheme clusters. Pure Python: no Qt, no database.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from arabic_reshaper import ArabicReshaper
from bidi.algorithm import get_display
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.reports.fonts import REGULAR, has_char, register_fonts

__all__ = ["ZWNJ", "Line", "prepare", "shape", "visual", "text_width", "layout"]

ZWNJ = "\u200c"
ZWJ = "\u200d"
_ALM = "\u061c"  # stands in for ZWNJ while the bidi algorithm runs
_EPS = 0.01

_RESHAPER = ArabicReshaper(configuration={"delete_harakat": False})

_TRANSLATE = str.maketrans(
    {
        "\u064a": "\u06cc",  # ARABIC YEH -> FARSI YEH
        "\u0643": "\u06a9",  # ARABIC KAF -> KEHEH
        "\t": " ",
        "\r": "\n",
        "\u2028": "\n",
        "\u2029": "\n",
        "\u200b": None,  # zero-width space
        "\ufeff": None,  # BOM
        "\u00ad": None,  # soft hyphen
        # bidi controls: the layout decides direction; these would only confuse it
        **{c: None for c in "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"},
    }
)
_HEH_HAMZA = re.compile("[\u0647\u06d5]\u0654")
_YEH_HAMZA = re.compile("\u06cc\u0654")
_OTHER_CONTROLS = re.compile("[\u0000-\u0009\u000b-\u001f\u007f-\u009f]")


@dataclass(frozen=True)
class Line:
    """One line as laid out: the logical text, the string to draw, and its natural width."""

    logical: str
    visual: str
    width: float
    ends_paragraph: bool  # last line of a hard paragraph: never stretched by justification

    @property
    def spaces(self) -> int:
        """Spaces in the drawn string (reportlab sends NBSP as a space too): justification gaps."""
        return self.visual.count(" ") + self.visual.count("\u00a0")


def prepare(text: str | None) -> str:
    """Canonical logical text for printing: NFC, ی/ک, ۀ, newlines unified, controls removed."""
    if not text:
        return ""
    s = unicodedata.normalize("NFC", str(text).replace("\r\n", "\n"))
    s = s.translate(_TRANSLATE)
    s = _OTHER_CONTROLS.sub(" ", s)
    s = _HEH_HAMZA.sub("\u06c0", s)
    return _YEH_HAMZA.sub("\u0626", s)


def _fallback(s: str, font: str) -> str:
    """Replace presentation forms the font lacks by their base letter (U+FBA4 -> U+06C0)."""
    out = []
    for ch in s:
        if ("\ufb50" <= ch <= "\ufdff" or "\ufe70" <= ch <= "\ufeff") and not has_char(font, ch):
            base = unicodedata.normalize("NFKC", ch)
            if base and all(has_char(font, b) for b in base):
                out.append(base)
                continue
        out.append(ch)
    return "".join(out)


def shape(logical: str, font: str = REGULAR) -> str:
    """Joining forms and ligatures of a logical string, still in logical order."""
    return _fallback(_RESHAPER.reshape(logical), font)


def visual(logical: str, font: str = REGULAR) -> str:
    """The left-to-right string to draw for one logical line (right-to-left paragraph)."""
    if not logical:
        return ""
    shaped = shape(logical, font).replace(ZWNJ, _ALM)
    return get_display(shaped, base_dir="R").replace(_ALM, ZWNJ)


def text_width(drawn: str, font: str, size: float) -> float:
    """Advance width in points of a drawn (visual or shaped) string."""
    register_fonts()
    return stringWidth(drawn, font, size)


@lru_cache(maxsize=8192)
def _word_width(word: str, font: str, size: float) -> float:
    return text_width(shape(word, font), font, size)


def _clusters(word: str) -> list[str]:
    """Grapheme-ish clusters: a base character with its combining marks and joiners."""
    out: list[str] = []
    for ch in word:
        if out and (unicodedata.combining(ch) or unicodedata.category(ch) == "Mn" or ch in (ZWNJ, ZWJ)):
            out[-1] += ch
        else:
            out.append(ch)
    return out


def _break_word(word: str, font: str, size: float, width: float) -> list[str]:
    """Pieces of a word too wide for the line, each as wide as fits (at least one cluster)."""
    clusters = _clusters(word)
    pieces: list[str] = []
    while clusters:
        lo, hi = 1, len(clusters)  # largest k whose prefix fits; k = 1 always taken
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if text_width(shape("".join(clusters[:mid]), font), font, size) <= width + _EPS:
                lo = mid
            else:
                hi = mid - 1
        pieces.append("".join(clusters[:lo]))
        clusters = clusters[lo:]
    return pieces


def _make_line(words: list[str], font: str, size: float, ends: bool) -> Line:
    logical = " ".join(words)
    vis = visual(logical, font)
    return Line(logical, vis, text_width(vis, font, size), ends)


def _layout_paragraph(para: str, font: str, size: float, width: float) -> list[Line]:
    words = [w for w in para.split(" ") if w]
    if not words:
        return [Line("", "", 0.0, True)]
    space = text_width(" ", font, size)
    lines: list[Line] = []
    cur: list[str] = []
    cur_w = 0.0
    queue = list(reversed(words))
    while queue:
        word = queue.pop()
        ww = _word_width(word, font, size)
        if ww > width + _EPS:
            if cur:
                lines.append(_make_line(cur, font, size, False))
            *full, last = _break_word(word, font, size, width)
            lines.extend(_make_line([p], font, size, False) for p in full)
            cur, cur_w = [last], _word_width(last, font, size)
            continue
        extra = ww + (space if cur else 0.0)
        if cur and cur_w + extra > width + _EPS:
            lines.append(_make_line(cur, font, size, False))
            cur, cur_w = [word], ww
        else:
            cur.append(word)
            cur_w += extra
    lines.append(_make_line(cur, font, size, True))
    # Word sums are exact unless mirroring changed a width: re-wrap any such line exactly.
    fixed: list[Line] = []
    for line in lines:
        if line.width <= width + _EPS or " " not in line.logical:
            fixed.append(line)
            continue
        cur = []
        for word in line.logical.split(" "):
            if cur and _make_line(cur + [word], font, size, False).width > width + _EPS:
                fixed.append(_make_line(cur, font, size, False))
                cur = []
            cur.append(word)
        fixed.append(_make_line(cur, font, size, line.ends_paragraph))
    return fixed


def layout(text: str | None, font: str, size: float, width: float) -> list[Line]:
    """Wrap text into lines no wider than ``width`` points; '\\n' starts a new paragraph.

    Empty or blank text gives no lines. A blank line inside the text gives an empty Line.
    Only a single cluster wider than ``width`` (a column narrower than one letter) can overflow.
    """
    text = prepare(text).strip()
    if not text:
        return []
    lines: list[Line] = []
    for para in text.split("\n"):
        lines.extend(_layout_paragraph(para, font, size, width))
    return lines
