"""Glyph-level verification of Dabir PDFs: what the PDF draws against what HarfBuzz would draw.

For every line the engine drew (``BuildResult.lines``, in drawing order) this helper finds the
matching text object in the PDF's content stream (same page, same position), decodes the bytes
it shows through the EMBEDDED subset font (its (1,0) format-6 cmap: code -> subset glyph), and
takes each drawn glyph's outline and advance from that embedded font. The reference is
independent of the engine's reshaper and python-bidi: the logical line is split into
directional runs with the levels of the Rust ``unicode-bidi`` implementation (python-bidi's
top-level ``bidi.get_display(debug=True)``), each run is shaped by HarfBuzz from the same TTF
(with the whole line as context, direction from the level, HarfBuzz's own mirroring), and the
runs are put in visual order by rule L2. Features: HarfBuzz's defaults minus ``calt``
(Vazirmatn's contextual alternates, which a reshaper cannot produce). The joining forms
(init/medi/fina/isol), ``rlig`` (لا) and ``liga`` stay on: Vazirmatn's Arabic ``liga`` holds
exactly the ligatures arabic-reshaper makes by default (لأ لآ لإ and الله), and its Latin
``liga`` has no fi/fl ligatures; turning ``liga`` off makes HarfBuzz disagree on الله and لأ.
Outlines are compared, not glyph ids, because the presentation-form glyphs the reshaper
reaches are duplicates of the glyphs HarfBuzz picks. Invisible glyphs (no outline, zero advance:
ZWNJ, ZWJ) are left out of the comparison; a missing glyph is always an error, whether drawn
as .notdef (tofu) or, as reportlab does with Vazirmatn, as the empty glyph of U+0000.
The helper also reads the page's transform stack, so it can check that no line ends outside
the page's text area, and ``read_back_text`` returns what QtPdf extracts from each page.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import bidi
import uharfbuzz as hb
from pypdf import PdfReader
from pypdf.generic import ContentStream

from app.reports.document import BuildResult
from app.reports.drawing import DrawnLine
from app.reports.fonts import font_path

REFERENCE_FEATURES = {"calt": False}

Outline = tuple


@dataclass(frozen=True)
class Glyph:
    outline: Outline
    advance: int  # font units
    notdef: bool  # .notdef, or a character the font lacks (drawn as tofu, or as nothing)

    @property
    def invisible(self) -> bool:
        return not self.outline and self.advance == 0


class _Pen:
    def __init__(self) -> None:
        self.ops: list = []

    def moveTo(self, p):  # noqa: N802 (pen protocol)
        self.ops.append(("M", p))

    def lineTo(self, p):  # noqa: N802
        self.ops.append(("L", p))

    def qCurveTo(self, *p):  # noqa: N802
        self.ops.append(("Q", p))

    def curveTo(self, *p):  # noqa: N802
        self.ops.append(("C", p))

    def closePath(self):  # noqa: N802
        self.ops.append(("Z",))

    def endPath(self):  # noqa: N802
        self.ops.append(("E",))


def _glyph(font: hb.Font, gid: int) -> Glyph:
    pen = _Pen()
    font.draw_glyph_with_pen(gid, pen)
    return Glyph(tuple(pen.ops), font.get_glyph_h_advance(gid), gid == 0)


@lru_cache(maxsize=None)
def _hb_font_from_path(path: str) -> hb.Font:
    return hb.Font(hb.Face(hb.Blob.from_file_path(path)))


# ---------------------------------------------------------------- reference: bidi runs + HarfBuzz
def bidi_levels(text: str) -> list[int]:
    """Embedding level of each character (base direction RTL), from Rust unicode-bidi."""
    dbg = bidi.get_display(text, base_dir="R", debug=True)
    section = dbg[dbg.index("levels: [") : dbg.index("paragraphs:")]
    by_byte = [int(n) for n in re.findall(r"Level\(\s*(\d+),?\s*\)", section)]
    levels, pos = [], 0
    for ch in text:
        levels.append(by_byte[pos])
        pos += len(ch.encode("utf-8"))
    assert pos == len(by_byte), "unexpected unicode-bidi debug output"
    return levels


def _visual_run_order(levels: list[int]) -> list[int]:
    """Indices of runs (maximal equal-level spans, given by their levels) in visual order (L2)."""
    order = list(range(len(levels)))
    if not levels:
        return order
    lowest_odd = min(l for l in levels if l % 2 == 1) if any(l % 2 for l in levels) else max(levels) + 1
    for level in range(max(levels), lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return order


def reference_glyphs(logical: str, font_name: str) -> list[Glyph]:
    """The glyphs HarfBuzz draws for a logical line, left to right on the page."""
    if not logical:
        return []
    font = _hb_font_from_path(str(font_path(font_name)))
    levels = bidi_levels(logical)
    runs: list[tuple[int, int, int]] = []  # (start, end, level)
    start = 0
    for i in range(1, len(logical) + 1):
        if i == len(logical) or levels[i] != levels[start]:
            runs.append((start, i, levels[start]))
            start = i
    shaped: list[list[Glyph]] = []
    cps = [ord(c) for c in logical]
    for s, e, level in runs:
        buf = hb.Buffer()
        buf.add_codepoints(cps, s, e - s)
        buf.guess_segment_properties()
        buf.direction = "rtl" if level % 2 else "ltr"
        buf.flags = hb.BufferFlags.PRESERVE_DEFAULT_IGNORABLES
        hb.shape(font, buf, REFERENCE_FEATURES)
        shaped.append([_glyph(font, info.codepoint) for info in buf.glyph_infos])
    out: list[Glyph] = []
    for r in _visual_run_order([lv for _, _, lv in runs]):
        out.extend(shaped[r])
    return out


# ---------------------------------------------------------------- the PDF side
@dataclass
class TextObject:
    """One BT..ET block: where it starts (in its own and in page coordinates) and its glyphs."""

    x: float
    y: float
    page_x: float
    page_y: float
    rotated: bool
    size: float
    word_space: float
    glyphs: list[Glyph]
    codes: list[tuple[str, int]]  # (font resource, code) drawn
    upem: int = 2048


def _subset_cmap(font_bytes: bytes) -> dict[int, int]:
    """code -> glyph of the (1,0) format-6 cmap reportlab writes into each subset font."""
    import struct

    num_tables = struct.unpack(">H", font_bytes[4:6])[0]
    for i in range(num_tables):
        tag, _, offset, _ = struct.unpack(">4sIII", font_bytes[12 + 16 * i : 28 + 16 * i])
        if tag == b"cmap":
            break
    else:
        raise ValueError("no cmap in embedded font")
    n = struct.unpack(">H", font_bytes[offset + 2 : offset + 4])[0]
    for i in range(n):
        pid, eid, sub = struct.unpack(">HHI", font_bytes[offset + 4 + 8 * i : offset + 12 + 8 * i])
        base = offset + sub
        if struct.unpack(">H", font_bytes[base : base + 2])[0] == 6:
            first, count = struct.unpack(">HH", font_bytes[base + 6 : base + 10])
            gids = struct.unpack(f">{count}H", font_bytes[base + 10 : base + 10 + 2 * count])
            return {first + k: g for k, g in enumerate(gids)}
    raise ValueError("no format-6 cmap in embedded font")


def _to_unicode(font_dict) -> dict[int, str]:
    """code -> text from a simple font's /ToUnicode CMap (bfchar and bfrange entries)."""
    if "/ToUnicode" not in font_dict:
        return {}
    data = font_dict["/ToUnicode"].get_object().get_data().decode("latin-1")
    out: dict[int, str] = {}

    def text(hexs: str) -> str:
        return bytes.fromhex(hexs).decode("utf-16-be")

    for block in re.findall(r"beginbfchar(.*?)endbfchar", data, re.S):
        for code, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", block):
            out[int(code, 16)] = text(dst)
    for block in re.findall(r"beginbfrange(.*?)endbfrange", data, re.S):
        for lo, hi, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            base = int(dst, 16)
            for k, code in enumerate(range(int(lo, 16), int(hi, 16) + 1)):
                out[code] = chr(base + k)
    return out


def _mul(a, b):
    """Multiply two PDF matrices [a b c d e f] (a applied first)."""
    return [
        a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2], a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5],
    ]


def _raw(s) -> bytes:
    return s.original_bytes if hasattr(s, "original_bytes") else bytes(s)


def text_objects(reader: PdfReader, page_index: int) -> list[TextObject]:
    """Every text object on a page, in content-stream order, with its decoded glyphs."""
    page = reader.pages[page_index]
    fonts = page["/Resources"]["/Font"]
    decoded: dict[str, tuple[hb.Font, dict[int, int], dict[int, str]]] = {}

    def font_of(name: str):
        if name not in decoded:
            fdict = fonts[name].get_object()
            fd = fdict["/FontDescriptor"].get_object()
            data = fd["/FontFile2"].get_object().get_data()
            decoded[name] = (hb.Font(hb.Face(hb.Blob(data))), _subset_cmap(data), _to_unicode(fdict))
        return decoded[name]

    ops = ContentStream(page.get_contents(), reader).operations
    ctm = [1, 0, 0, 1, 0, 0]
    stack: list[tuple[list[float], float]] = []
    out: list[TextObject] = []
    cur: TextObject | None = None
    font_name, size, word_space = "", 0.0, 0.0
    for operands, op in ops:
        if op == b"q":
            stack.append((ctm, word_space))
        elif op == b"Q":
            ctm, word_space = stack.pop()  # Tw belongs to the graphics state
        elif op == b"cm":
            ctm = _mul([float(v) for v in operands], ctm)
        elif op == b"BT":
            cur = TextObject(0, 0, 0, 0, abs(ctm[1]) > 1e-6 or abs(ctm[2]) > 1e-6, 0, word_space, [], [])
        elif op == b"Tf":
            font_name, size = str(operands[0]), float(operands[1])
            cur.size = size
        elif op == b"Tw":
            word_space = float(operands[0])
            cur.word_space = word_space
        elif op in (b"Tm", b"Td"):
            vals = [float(v) for v in operands]
            x, y = (vals[4], vals[5]) if op == b"Tm" else (cur.x + vals[0], cur.y + vals[1])
            cur.x, cur.y = x, y
            cur.page_x = x * ctm[0] + y * ctm[2] + ctm[4]
            cur.page_y = x * ctm[1] + y * ctm[3] + ctm[5]
        elif op in (b"Tj", b"TJ"):
            items = operands[0] if op == b"TJ" else [operands[0]]
            hbfont, cmap, tounicode = font_of(font_name)
            for item in items:
                if isinstance(item, (int, float)) or type(item).__name__ in ("FloatObject", "NumberObject"):
                    continue
                for code in _raw(item):
                    cur.codes.append((font_name, code))
                    glyph = _glyph(hbfont, cmap.get(code, 0))
                    if tounicode.get(code, "\0") == "\0":
                        # reportlab sends a character the font lacks as code 0 (U+0000): with
                        # Vazirmatn that draws the empty NULL glyph, i.e. the letter vanishes
                        glyph = Glyph(glyph.outline, glyph.advance, True)
                    cur.glyphs.append(glyph)
                    cur.upem = hbfont.face.upem
        elif op == b"ET":
            if cur.codes:  # reportlab opens each page with an empty BT /F1 12 Tf ET
                out.append(cur)
            cur = None
    return out


def drawn_width(obj: TextObject) -> float:
    """Advance width of a text object in its own coordinates, word spacing included."""
    w = sum(g.advance for g in obj.glyphs) * obj.size / obj.upem
    spaces = sum(1 for (_, code) in obj.codes if code == 32)
    return w + spaces * obj.word_space


# ---------------------------------------------------------------- the check
def compare_line(line: DrawnLine, obj: TextObject) -> str | None:
    """None if the drawn glyphs are HarfBuzz's glyphs for the line, else what differs."""
    if any(g.notdef for g in obj.glyphs):
        return f"missing glyph (tofu or a vanished letter) in {line.logical!r}"
    ref = reference_glyphs(line.logical, line.font)
    if any(g.notdef for g in ref):
        return f"the font has no glyph for part of {line.logical!r}"
    a = [g for g in obj.glyphs if not g.invisible]
    b = [g for g in ref if not g.invisible]
    if len(a) != len(b):
        return f"{line.logical!r}: {len(a)} glyphs drawn, HarfBuzz has {len(b)}"
    for i, (x, y) in enumerate(zip(a, b)):
        if x.outline != y.outline or x.advance != y.advance:
            return f"{line.logical!r}: glyph {i} (from the left) differs from HarfBuzz's"
    return None


def check_pdf(pdf: Path | bytes, result: BuildResult, *, text_box: tuple[float, float] | None = None) -> int:
    """Check every drawn line of a built PDF; return how many lines were checked.

    Raises AssertionError listing every mismatch: glyphs unlike HarfBuzz's, tofu, a line not
    where the engine logged it, word spacing (Tw) other than the engine set (a leak from a
    justified line), and, with ``text_box`` = (x_min, x_max) in page coordinates, an unrotated
    line that starts before x_min or ends after x_max.
    """
    import io

    reader = PdfReader(io.BytesIO(pdf) if isinstance(pdf, bytes) else str(pdf))
    assert len(reader.pages) == result.page_count, (len(reader.pages), result.page_count)
    problems: list[str] = []
    checked = 0
    for p in range(result.page_count):
        objs = text_objects(reader, p)
        lines = result.lines_on(p + 1)
        if len(objs) != len(lines):
            problems.append(f"page {p + 1}: {len(objs)} text objects, {len(lines)} lines logged")
            continue
        for line, obj in zip(lines, objs):
            if abs(obj.x - line.x) > 0.01 or abs(obj.y - line.y) > 0.01:
                problems.append(f"page {p + 1}: {line.logical!r} not where it was logged")
                continue
            if abs(obj.word_space - line.word_space) > 0.001:
                problems.append(f"page {p + 1}: {line.logical[:40]!r} drawn with word spacing "
                                f"{obj.word_space:.3f}, meant {line.word_space:.3f} (Tw leaked?)")
            problem = compare_line(line, obj)
            if problem:
                problems.append(f"page {p + 1}: {problem}")
            if text_box and not obj.rotated:
                end = obj.page_x + drawn_width(obj)
                if obj.page_x < text_box[0] - 0.5 or end > text_box[1] + 0.5:
                    problems.append(f"page {p + 1}: {line.logical[:40]!r} overflows x {obj.page_x:.1f}..{end:.1f}")
            checked += 1
    assert not problems, "\n".join(problems[:30])
    return checked


# ---------------------------------------------------------------- reading the text back
def read_back_text(pdf_path: Path) -> list[str]:
    """The text QtPdf (pdfium) extracts from each page (needs a Qt application object)."""
    from PySide6.QtPdf import QPdfDocument

    doc = QPdfDocument(None)
    err = doc.load(str(pdf_path))
    assert err == QPdfDocument.Error.None_, err
    pages = [doc.getAllText(i).text() for i in range(doc.pageCount())]
    doc.close()
    return pages


def squash(text: str) -> str:
    """Whitespace-insensitive form for comparing extracted text: NFC, one space between words."""
    return " ".join(unicodedata.normalize("NFC", text).split())
