"""The head of an official Persian document: centre titles, a right column and a left column.

Iranian official papers (a council's minutes, a letter to an agency) open the same way: «بسمه
تعالی» and the issuer's name in the centre, and in the top-left corner the particulars a reader
files the paper by («شماره»، «تاریخ»، «پیوست») and, on papers that can be checked later, a QR
code with its verification code under it. ``Letterhead`` draws that in three columns laid out
from the right (right column, centre, left column) with a rule beneath; a centre line too long
for its column is set up to a fifth smaller before it is wrapped; every string goes
through ``bidi_text.layout`` and ``drawing.draw_line`` like the rest of the engine, so the
glyph-level tests check it too. It is never split across pages.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from reportlab.lib import colors
from reportlab.platypus.flowables import Flowable

from app.reports.bidi_text import Line, layout
from app.reports.drawing import baseline_offset, draw_line
from app.reports.flowables import QRCodeFlowable, TextStyle
from app.reports.fonts import BOLD, REGULAR, register_fonts

__all__ = ["Letterhead"]

_GREY = colors.HexColor("#9aa3ad")


class Letterhead(Flowable):
    """Centre lines (each with its style), right lines, left label/value pairs and a QR code.

    ``side_share`` is the width of each side column as a share of the frame. The left column
    shows the pairs (label in bold on the right, value after it, wrapped under itself) and then
    the QR code of ``qr_data`` on the left edge with ``qr_caption`` under it.
    """

    def __init__(
        self,
        center: Sequence[tuple[str, TextStyle]],
        *,
        right: Sequence[str] = (),
        left_pairs: Sequence[tuple[str, str]] = (),
        qr_data: str | None = None,
        qr_caption: str | None = None,
        qr_size: float = 64.0,
        side_share: float = 0.24,
        size: float = 9.5,
        rule: bool = True,
        space_after: float = 10.0,
    ) -> None:
        super().__init__()
        register_fonts()
        self.center = [(t, st) for t, st in center if t]
        self.right = [t for t in right if t]
        self.left_pairs = list(left_pairs)
        self.qr = QRCodeFlowable(qr_data, size=qr_size, caption=qr_caption, align="left") if qr_data else None
        self.side_share = side_share
        self.size = size
        self.leading = size * 1.7
        self.rule = rule
        self.spaceAfter = space_after
        self._center: list[tuple[list[Line], TextStyle]] = []
        self._right: list[Line] = []
        self._pairs: list[tuple[Line, list[Line]]] = []
        self._label_w = 0.0

    # ------------------------------------------------------------------ layout
    def _side(self, width: float) -> float:
        return width * self.side_share

    @staticmethod
    def _fit(text: str, style: TextStyle, width: float) -> tuple[list[Line], TextStyle]:
        """A centre line on one line if up to a fifth smaller type allows, else wrapped."""
        size = style.size
        while size >= style.size * 0.8:
            lines = layout(text, style.font, size, width)
            if len(lines) <= 1:
                return lines, replace(style, size=size, leading=style.line_height)
            size -= 0.5
        return layout(text, style.font, style.size, width), style

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        side = self._side(availWidth)
        mid = availWidth - 2 * side - 12.0
        self._center = [self._fit(t, st, mid) for t, st in self.center]
        self._right = [line for t in self.right for line in layout(t, REGULAR, self.size, side)]
        labels = [layout(f"{k}:", BOLD, self.size, side / 2.0) for k, _ in self.left_pairs]
        self._label_w = max((l[0].width for l in labels if l), default=0.0)
        value_w = max(side - self._label_w - 4.0, 10.0)
        self._pairs = []
        for lab, (_, value) in zip(labels, self.left_pairs):
            empty = Line("", "", 0.0, True)
            values = layout(value or "—", REGULAR, self.size, value_w) or [empty]
            self._pairs.append((lab[0] if lab else empty, values))
        center_h = sum(len(lines) * st.line_height for lines, st in self._center)
        right_h = len(self._right) * self.leading
        left_h = sum(len(v) for _, v in self._pairs) * self.leading
        if self.qr is not None:
            _, qr_h = self.qr.wrap(side, availHeight)
            left_h += (6.0 if self._pairs else 0.0) + qr_h
        self._body_h = max(center_h, right_h, left_h)
        self.height = self._body_h + (10.0 if self.rule else 0.0)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []  # a letterhead is never cut

    # ------------------------------------------------------------------ drawing
    def draw(self) -> None:
        canv = self.canv
        side = self._side(self.width)
        top = self.height
        canv.setFillColor(colors.black)
        # centre
        y = top
        for lines, st in self._center:
            off = baseline_offset(st.font, st.size, st.line_height)
            for line in lines:
                draw_line(canv, line, x_left=side + 6.0, x_right=self.width - side - 6.0, y=y - off,
                          font=st.font, size=st.size, align="center")
                y -= st.line_height
        # right column
        off = baseline_offset(REGULAR, self.size, self.leading)
        y = top
        for line in self._right:
            draw_line(canv, line, x_left=self.width - side, x_right=self.width, y=y - off,
                      font=REGULAR, size=self.size, align="right")
            y -= self.leading
        # left column: pairs, then the QR code
        y = top
        label_right = side
        value_right = side - self._label_w - 4.0
        boff = baseline_offset(BOLD, self.size, self.leading)
        for label, values in self._pairs:
            draw_line(canv, label, x_left=0.0, x_right=label_right, y=y - boff, font=BOLD,
                      size=self.size, align="right")
            for value in values:
                draw_line(canv, value, x_left=0.0, x_right=value_right, y=y - off, font=REGULAR,
                          size=self.size, align="right")
                y -= self.leading
        if self.qr is not None:
            if self._pairs:
                y -= 6.0
            canv.saveState()
            self.qr.drawOn(canv, 0.0, y - self.qr.height)
            canv.restoreState()
        if self.rule:
            canv.setStrokeColor(_GREY)
            canv.setLineWidth(0.8)
            canv.line(0.0, 3.0, self.width, 3.0)
