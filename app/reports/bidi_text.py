"""Persian text to the visual glyph strings reportlab can draw: normalise, wrap, reshape, reorder.

reportlab draws code points left to right, one glyph each, with no shaping and (in 5.1) no
right-to-left reordering. So each line is prepared here the way STACK-NOTES records as verified
glyph by glyph against HarfBuzz: normalise the logical text (``prepare``: ي/ك to ی/ک, heh +
hamza to ۀ, bidi control characters removed), wrap it in LOGICAL order measuring every word as
it will be drawn (reshaped, with Vazirmatn's real advance widths), and only then turn each line
into its visual form (``visual``): arabic-reshaper picks the joining forms and the لا/الله
ligatures, and the pure-Python ``bidi.algorithm`` reorders and mirrors brackets (the Rust
top-level ``bidi.get_display`` does not mirror). That module lacks rule N0 of UAX #9 (paired
brackets), so "Red Crescent (IRCS) — شعبه" printed its closing bracket on the wrong side; its
steps are run here with N0 (``_resolve_bracket_pairs``) added before the neutral rules. Details the recipe
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
from bidi import algorithm as _uba
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.reports.fonts import REGULAR, has_char, register_fonts

__all__ = ["ZWNJ", "Line", "prepare", "shape", "visual", "text_width", "layout"]

ZWNJ = "\u200c"
ZWJ = "\u200d"
_ALM = "\u061c"  # stands in for ZWNJ while the bidi algorithm runs
_EPS = 0.01



class _CachedConfig:
    """The reshaper's configuration with ``getboolean`` answered from a dict.

    ``ArabicReshaper.reshape`` reads six booleans through configparser on every call, which was
    a third of the time spent printing a 20-page minutes; the configuration never changes.
    """

    def __init__(self, section) -> None:
        self._section = section
        self._bools: dict[str, bool] = {}

    def getboolean(self, key: str) -> bool:
        if key not in self._bools:
            self._bools[key] = self._section.getboolean(key)
        return self._bools[key]

    def get(self, key: str, *args):
        return self._section.get(key, *args)


_RESHAPER = ArabicReshaper(configuration={"delete_harakat": False})
_RESHAPER.configuration = _CachedConfig(_RESHAPER.configuration)

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


def _reshape(text: str) -> str:
    try:
        return _RESHAPER.reshape(text)
    except IndexError:
        # arabic-reshaper 3.0 fails on a ZWJ before a ligature ("x\u200dلا"): drop the ZWJs
        return _RESHAPER.reshape(text.replace(ZWJ, ""))


@lru_cache(maxsize=32768)
def _shape_word(word: str, font: str) -> str:
    return _fallback(_reshape(word), font)


def shape(logical: str, font: str = REGULAR) -> str:
    """Joining forms and ligatures of a logical string, still in logical order.

    Letters never join across a space and none of the reshaper's enabled ligatures spans one,
    so a line is shaped word by word from a cache (documents repeat their words); a line with
    a ZWJ, or a word that starts with a mark (a haraka typed after a space), is shaped whole,
    as the reshaper treats those differently at a word's edge.
    """
    words = logical.split(" ")
    if ZWJ in logical or any(w and unicodedata.category(w[0]) == "Mn" for w in words):
        return _fallback(_reshape(logical), font)
    return " ".join(_shape_word(w, font) if w else "" for w in words)


#: opening bracket -> closing bracket (Bidi_Paired_Bracket, from Unicode's BidiBrackets.txt)
_BRACKETS = dict(zip("([{\u0f3a\u0f3c\u169b\u2045\u207d\u208d\u2308\u230a\u2329\u2768\u276a\u276c"
                     "\u276e\u2770\u2772\u2774\u27c5\u27e6\u27e8\u27ea\u27ec\u27ee\u2983\u2985"
                     "\u2987\u2989\u298b\u298d\u298f\u2991\u2993\u2995\u2997\u29d8\u29da\u29fc"
                     "\u3008\u300a\u300c\u300e\u3010\u3014\u3016\u3018\u301a\ufe59\ufe5b\ufe5d"
                     "\uff08\uff3b\uff5b\uff5f\uff62",
                     ")]}\u0f3b\u0f3d\u169c\u2046\u207e\u208e\u2309\u230b\u232a\u2769\u276b\u276d"
                     "\u276f\u2771\u2773\u2775\u27c6\u27e7\u27e9\u27eb\u27ed\u27ef\u2984\u2986"
                     "\u2988\u298a\u298c\u298e\u2990\u2992\u2994\u2996\u2998\u29d9\u29db\u29fd"
                     "\u3009\u300b\u300d\u300f\u3011\u3015\u3017\u3019\u301b\ufe5a\ufe5c\ufe5e"
                     "\uff09\uff3d\uff5d\uff60\uff63"))
_BRACKETS.update({"\u2329": "\u232a", "\u3008": "\u3009"})  # canonical equivalents pair too
_CLOSERS = {close: {o for o, c in _BRACKETS.items() if c == close} for close in _BRACKETS.values()}
_CLOSERS["\u232a"] = _CLOSERS["\u3009"] = {"\u2329", "\u3008"}


def _strong(bidi_type: str) -> str | None:
    """The strong direction a resolved type counts as in N0 (EN and AN count as R)."""
    if bidi_type == "L":
        return "L"
    return "R" if bidi_type in ("R", "AL", "EN", "AN") else None


def _resolve_bracket_pairs(storage: dict) -> None:
    """UAX #9 N0: a bracket pair takes the direction of the strong text inside it (BD16 pairs).

    Inside a pair, a strong type matching the embedding direction wins; failing that, a strong
    type of the other direction wins if the strong text before the opening bracket (or sor)
    has that direction too; otherwise the embedding direction. Pairs with nothing strong
    inside are left to N1/N2. Non-spacing marks after a changed bracket follow it.
    """
    for run in storage["runs"]:
        chars = storage["chars"][run["start"]: run["start"] + run["length"]]
        if not chars:
            continue
        embedding = "R" if chars[0]["level"] % 2 else "L"
        stack: list[tuple[str, int]] = []
        pairs: list[tuple[int, int]] = []
        for i, c in enumerate(chars):
            if c["type"] != "ON":
                continue
            if c["ch"] in _BRACKETS:
                if len(stack) == 63:
                    break
                stack.append((c["ch"], i))
            elif c["ch"] in _CLOSERS:
                for k in range(len(stack) - 1, -1, -1):
                    if stack[k][0] in _CLOSERS[c["ch"]]:
                        pairs.append((stack[k][1], i))
                        del stack[k:]
                        break
        for open_i, close_i in sorted(pairs):
            inside = {_strong(x["type"]) for x in chars[open_i + 1: close_i]} - {None}
            if not inside:
                continue
            if embedding in inside:
                new = embedding
            else:
                before = run["sor"]
                for x in reversed(chars[:open_i]):
                    if _strong(x["type"]):
                        before = _strong(x["type"])
                        break
                new = before if before != embedding else embedding
            for i in (open_i, close_i):
                chars[i]["type"] = new
                j = i + 1
                while j < len(chars) and chars[j]["orig"] == "NSM":
                    chars[j]["type"] = new
                    j += 1


def _display_rtl(text: str) -> str:
    """python-bidi's algorithm (base direction R) with rule N0 added: the visual string."""
    storage = _uba.get_empty_storage()
    storage["base_level"], storage["base_dir"] = 1, "R"
    _uba.get_embedding_levels(text, storage)
    _uba.explicit_embed_and_overrides(storage)
    _uba.resolve_weak_types(storage)
    _resolve_bracket_pairs(storage)
    _uba.resolve_neutral_types(storage, False)
    _uba.resolve_implicit_levels(storage, False)
    _uba.reorder_resolved_levels(storage, False)
    _uba.apply_mirroring(storage, False)
    return "".join(c["ch"] for c in storage["chars"])


def visual(logical: str, font: str = REGULAR) -> str:
    """The left-to-right string to draw for one logical line (right-to-left paragraph)."""
    if not logical:
        return ""
    shaped = shape(logical, font).replace(ZWNJ, _ALM)
    return _display_rtl(shaped).replace(_ALM, ZWNJ)


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
