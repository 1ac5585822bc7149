"""Platypus flowables for right-to-left Persian documents: paragraph, heading, key-value block,
signature block and QR code (the table is in ``rtl_table``).

Each flowable lays its text out with ``bidi_text.layout`` (logical wrapping, real Vazirmatn
widths) and draws every line through ``drawing.draw_line``, so all Persian text in a Dabir PDF
follows the one recipe the glyph tests check. Paragraphs are right-aligned or justified (space
spread between the words of every line but the last of each paragraph) and split between lines
across pages; the key-value block is a borderless ``RTLTable`` (label on the right, value to its
left); the signature block gives each person a signing space, a line, their name and role,
laid out from the right; the QR code is drawn as vector squares from the ``qrcode`` library's
module matrix, so it stays sharp at any printer resolution.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib import colors
from reportlab.platypus.flowables import Flowable

from app.reports.bidi_text import Line, layout
from app.reports.drawing import baseline_offset, draw_line
from app.reports.fonts import BOLD, REGULAR, register_fonts
from app.reports.rtl_table import Column, RTLTable

__all__ = [
    "TextStyle",
    "BODY",
    "SMALL",
    "HEADING_1",
    "HEADING_2",
    "RTLParagraph",
    "RTLHeading",
    "key_value_block",
    "SignatureBlock",
    "QRCodeFlowable",
]


@dataclass(frozen=True)
class TextStyle:
    """Font, size, line height, alignment (right|center|left|justify), colour and spacing."""

    font: str = REGULAR
    size: float = 11.0
    leading: float | None = None  # default: 1.75 x size (Vazirmatn is tall)
    align: str = "right"
    color: colors.Color = colors.black
    space_before: float = 0.0
    space_after: float = 6.0

    @property
    def line_height(self) -> float:
        return self.leading or self.size * 1.75


BODY = TextStyle()
SMALL = TextStyle(size=9.0, space_after=4.0)
HEADING_1 = TextStyle(font=BOLD, size=16.0, align="center", space_before=4.0, space_after=10.0)
HEADING_2 = TextStyle(font=BOLD, size=13.0, space_before=8.0, space_after=6.0)


class RTLParagraph(Flowable):
    """A right-to-left paragraph of plain text ('\\n' starts a new line) that splits by lines."""

    def __init__(self, text: str | None, style: TextStyle = BODY, *, _lines: list[Line] | None = None) -> None:
        super().__init__()
        register_fonts()
        self.text = text or ""
        self.style = style
        self.spaceBefore = style.space_before
        self.spaceAfter = style.space_after
        self._lines = _lines
        self._fixed = _lines is not None  # a split piece keeps its lines
        self._for_width: float | None = None

    def _layout(self, width: float) -> list[Line]:
        if self._fixed:
            return self._lines or []
        if self._lines is None or self._for_width != width:
            st = self.style
            self._lines = layout(self.text, st.font, st.size, width)
            self._for_width = width
        return self._lines

    @property
    def lines(self) -> list[Line]:
        """The lines as last laid out (empty before the first wrap)."""
        return list(self._lines or [])

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        lines = self._layout(availWidth)
        self.width = availWidth
        self.height = len(lines) * self.style.line_height
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        lines = self._layout(availWidth)
        n = int((availHeight + 0.01) // self.style.line_height)
        if n >= len(lines):
            return [self]
        postponed = getattr(self, "_postponed", False)
        if len(lines) - n == 1 and not postponed:
            n -= 1  # never carry a single widow line over to the next page
        if n < 1 or (n < 2 and not postponed):
            return []  # no room, or it would leave a single orphan line at the page foot
        first = RTLParagraph(self.text, replace(self.style, space_after=0.0), _lines=lines[:n])
        rest = RTLParagraph(self.text, replace(self.style, space_before=0.0), _lines=lines[n:])
        return [first, rest]

    def draw(self) -> None:
        st = self.style
        lines = self._layout(self.width)
        off = baseline_offset(st.font, st.size, st.line_height)
        self.canv.setFillColor(st.color)
        for i, line in enumerate(lines):
            draw_line(
                self.canv,
                line,
                x_left=0.0,
                x_right=self.width,
                y=self.height - i * st.line_height - off,
                font=st.font,
                size=st.size,
                align="right" if st.align == "justify" else st.align,
                justify=st.align == "justify",
            )


class RTLHeading(RTLParagraph):
    """A bold heading that starts a new page rather than sit alone at the foot of one.

    It needs ``keep_room`` points of space below itself; with less room left it reports that it
    does not fit, so reportlab moves it to the next page. (reportlab's ``keepWithNext`` would
    instead glue it to the next flowable and push a long table wholly onto the next page.)
    """

    def __init__(self, text: str, style: TextStyle = HEADING_2, *, keep_room: float = 60.0) -> None:
        super().__init__(text, style)
        self.keep_room = keep_room

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        w, h = super().wrap(availWidth, availHeight)
        if h and h + self.keep_room > availHeight and not getattr(self, "_postponed", False):
            return w, availHeight + 1.0  # "does not fit": go to the next frame
        return w, h

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []  # a heading is never cut


def key_value_block(
    pairs: Sequence[tuple[str, str]],
    *,
    columns: int = 2,
    size: float = 10.5,
    label_share: float = 0.38,
) -> RTLTable:
    """Label: value pairs for a document head, ``columns`` pairs per row, first pair on the right.

    Built as a borderless RTLTable so long values wrap and split like table cells. The label
    column is as wide as the widest label (bold, with its colon), at most ``label_share`` of a
    pair's width.
    """
    register_fonts()
    columns = max(1, columns)
    labels = [f"{k}:" for k, _ in pairs]
    widest = max((line.width for lab in labels for line in layout(lab, BOLD, size, 1e6)), default=0.0)
    # relative weights: a pair is 1.0; the label gets its width (+ padding) out of the pair's
    # width on an A4 page with Dabir's margins (~480 pt of frame)
    label_weight = min(label_share, (widest + 8.0) / (480.0 / columns))
    cols: list[Column] = []
    for _ in range(columns):
        cols.append(Column("", label_weight, "right", BOLD))
        cols.append(Column("", 1.0 - label_weight, "right", REGULAR))
    rows: list[list[str]] = []
    for start in range(0, len(pairs), columns):
        row: list[str] = []
        chunk = list(zip(labels, (v for _, v in pairs)))[start : start + columns]
        for label, value in chunk:
            row += [label, value]
        row += [""] * (2 * columns - len(row))
        rows.append(row)
    return RTLTable(cols, rows, size=size, header=False, grid=False, zebra=False, padding=2.0,
                    space_before=2.0, space_after=8.0)


class SignatureBlock(Flowable):
    """Signing places for several people: space to sign, a line, name (bold) and role below.

    People are placed from the right, ``per_row`` to a row (``start="left"`` places them from
    the left, where a Persian letter is signed); a row is never split across pages.
    """

    def __init__(
        self,
        signers: Sequence[tuple[str, str]],
        *,
        per_row: int = 3,
        sign_space: float = 42.0,
        size: float = 10.0,
        space_before: float = 14.0,
        space_after: float = 8.0,
        start: str = "right",
    ) -> None:
        super().__init__()
        register_fonts()
        self.signers = list(signers)
        self.start = start
        self.per_row = max(1, per_row)
        self.sign_space = sign_space
        self.size = size
        self.leading = size * 1.7
        self.spaceBefore = space_before
        self.spaceAfter = space_after
        self._rows: list[list[tuple[list[Line], list[Line]]]] = []

    def _layout(self, width: float) -> None:
        cell = width / self.per_row - 12.0
        self._rows = []
        for start in range(0, len(self.signers), self.per_row):
            chunk = self.signers[start : start + self.per_row]
            self._rows.append(
                [(layout(n, BOLD, self.size, cell), layout(r, REGULAR, self.size, cell)) for n, r in chunk]
            )

    def _row_height(self, row) -> float:
        n = max((len(a) + len(b) for a, b in row), default=0)
        return self.sign_space + 4.0 + n * self.leading + 8.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._layout(availWidth)
        self.width = availWidth
        self.height = sum(self._row_height(r) for r in self._rows)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self._layout(availWidth)
        used, k = 0.0, 0
        for row in self._rows:
            if used + self._row_height(row) > availHeight + 0.01:
                break
            used += self._row_height(row)
            k += 1
        if k == 0 or k == len(self._rows):
            return [] if k == 0 else [self]
        n = k * self.per_row
        first = SignatureBlock(self.signers[:n], per_row=self.per_row, sign_space=self.sign_space,
                               size=self.size, space_before=self.spaceBefore, space_after=0.0,
                               start=self.start)
        rest = SignatureBlock(self.signers[n:], per_row=self.per_row, sign_space=self.sign_space,
                              size=self.size, space_before=0.0, space_after=self.spaceAfter,
                              start=self.start)
        return [first, rest]

    def draw(self) -> None:
        canv = self.canv
        cell_w = self.width / self.per_row
        top = self.height
        for row in self._rows:
            for i, (name_lines, role_lines) in enumerate(row):
                x_right = ((i + 1) * cell_w if self.start == "left" else self.width - i * cell_w) - 6.0
                x_left = x_right - cell_w + 12.0
                line_y = top - self.sign_space
                canv.setStrokeColor(colors.HexColor("#555555"))
                canv.setLineWidth(0.6)
                canv.setDash(1, 2)
                canv.line(x_left + 10.0, line_y, x_right - 10.0, line_y)
                canv.setDash()
                canv.setFillColor(colors.black)
                y = line_y - 4.0
                for lines, font in ((name_lines, BOLD), (role_lines, REGULAR)):
                    off = baseline_offset(font, self.size, self.leading)
                    for line in lines:
                        draw_line(canv, line, x_left=x_left, x_right=x_right, y=y - off,
                                  font=font, size=self.size, align="center")
                        y -= self.leading
            top -= self._row_height(row)


class QRCodeFlowable(Flowable):
    """A QR code of ``data`` drawn as vector squares, with an optional caption under it.

    ``align`` places it on the page: 'left' (the usual corner for a verification code on a
    right-to-left page), 'center' or 'right'.
    """

    def __init__(self, data: str, *, size: float = 72.0, caption: str | None = None,
                 align: str = "left", caption_size: float = 8.0) -> None:
        super().__init__()
        register_fonts()
        qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
        qr.add_data(data)
        qr.make(fit=True)
        self.data = data
        self.matrix: list[list[bool]] = [list(map(bool, row)) for row in qr.get_matrix()]
        self.size = size
        self.caption = caption
        self.caption_size = caption_size
        self.align = align
        self._caption_lines: list[Line] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        cap_w = max(self.size * 1.6, 60.0)
        self._caption_lines = layout(self.caption, REGULAR, self.caption_size, cap_w) if self.caption else []
        self._gap = 4.0 * self.size / len(self.matrix)  # four modules: the quiet zone
        caption_h = len(self._caption_lines) * self.caption_size * 1.6
        self.height = self.size + (self._gap + caption_h if self._caption_lines else 0.0)
        return self.width, self.height

    def _x_left(self) -> float:
        if self.align == "right":
            return self.width - self.size
        if self.align == "center":
            return (self.width - self.size) / 2.0
        return 0.0

    def draw(self) -> None:
        canv = self.canv
        n = len(self.matrix)
        module = self.size / n
        x0 = self._x_left()
        top = self.height
        canv.saveState()
        canv.setFillColor(colors.black)
        for r, row in enumerate(self.matrix):
            c = 0
            while c < n:  # one rectangle per horizontal run of dark modules
                if not row[c]:
                    c += 1
                    continue
                start = c
                while c < n and row[c]:
                    c += 1
                canv.rect(x0 + start * module, top - (r + 1) * module, (c - start) * module, module,
                          stroke=0, fill=1)
        canv.restoreState()
        lead = self.caption_size * 1.6
        off = baseline_offset(REGULAR, self.caption_size, lead)
        y = top - self.size - self._gap
        cx = x0 + self.size / 2.0
        half = max(self.size * 1.6, 60.0) / 2.0
        left = max(0.0, min(cx - half, self.width - 2 * half))
        for line in self._caption_lines:
            draw_line(canv, line, x_left=left, x_right=left + 2 * half, y=y - off,
                      font=REGULAR, size=self.caption_size, align="center")
            y -= lead
