"""A right-to-left horizontal bar chart: reportlab graphics for the shapes, the engine for text.

Persian readers expect a chart to read from the right like the page: the labels stand in a
column on the right and each bar grows leftwards from the axis beside them, with its value
(«۵۳٪») just past its end and the scale (۰ at the right, ۱۰۰٪ at the left) underneath. The
bars, the grid and an optional target mark are a ``reportlab.graphics`` Drawing rendered onto
the page; every label, value and tick is drawn through ``drawing.draw_line`` like all other
text, so the glyph-level tests check them too (reportlab's own String shapes would print
Persian unjoined and reversed). A chart longer than the room left splits between bars and
repeats its scale on each piece. An optional legend of coloured swatches heads the chart.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing, Line as GLine, Rect
from reportlab.lib import colors
from reportlab.platypus.flowables import Flowable

from app.persian.digits import format_number
from app.reports.bidi_text import Line, layout
from app.reports.drawing import baseline_offset, draw_line
from app.reports.fonts import REGULAR, register_fonts

__all__ = ["Bar", "HBarChart", "BAR_BLUE", "BAR_GREEN", "BAR_RED", "BAR_GREY"]

BAR_BLUE = colors.HexColor("#4a78b0")
BAR_GREEN = colors.HexColor("#4f9a5a")
BAR_RED = colors.HexColor("#c0504d")
BAR_GREY = colors.HexColor("#9aa3ad")
_GRID = colors.HexColor("#d5d9de")
_AXIS = colors.HexColor("#6b7580")


def percent_text(value: float) -> str:
    """'۵۳٪' or '۲۱٫۷٪' (one decimal only when needed)."""
    return format_number(value, 0 if float(value).is_integer() else 1) + "٪"


@dataclass(frozen=True)
class Bar:
    """One bar: its label, its value on the scale, the text shown past it, colour, target."""

    label: str
    value: float
    text: str | None = None  # default: the value as a percentage
    color: colors.Color = BAR_BLUE
    target: float | None = None  # drawn as a short dark mark across the bar's row


class HBarChart(Flowable):
    """Horizontal bars from the right; values on a 0..``max_value`` scale (see module doc)."""

    def __init__(
        self,
        bars: Sequence[Bar],
        *,
        max_value: float = 100.0,
        ticks: Sequence[float] = (0, 25, 50, 75, 100),
        tick_text: Callable[[float], str] = percent_text,
        label_share: float = 0.36,
        bar_height: float = 10.0,
        gap: float = 6.0,
        size: float = 8.5,
        legend: Sequence[tuple[colors.Color, str]] = (),
        space_before: float = 4.0,
        space_after: float = 10.0,
    ) -> None:
        super().__init__()
        register_fonts()
        self.bars = list(bars)
        self.max_value = max_value or 1.0
        self.ticks = list(ticks)
        self.tick_text = tick_text
        self.label_share = label_share
        self.bar_height = bar_height
        self.gap = gap
        self.size = size
        self.leading = size * 1.55
        self.legend = list(legend)
        self.spaceBefore = space_before
        self.spaceAfter = space_after
        self._labels: list[list[Line]] = []

    # ------------------------------------------------------------------ geometry
    def _zones(self, width: float) -> tuple[float, float, float]:
        """(x where bars end at full scale, x of the axis the bars start from, label column left)."""
        label_left = width - width * self.label_share
        axis = label_left - 8.0
        value_room = layout(self.tick_text(self.max_value), REGULAR, self.size, 1e6)[0].width + 6.0
        return value_room, axis, label_left

    def _row_h(self, lines: list[Line]) -> float:
        return max(self.bar_height, len(lines) * self.leading) + self.gap

    def _legend_h(self) -> float:
        return self.leading + 4.0 if self.legend else 0.0

    def _axis_h(self) -> float:
        return self.leading + 4.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        _, _, label_left = self._zones(availWidth)
        label_w = availWidth - label_left
        self._labels = [layout(b.label, REGULAR, self.size, label_w) or [Line("", "", 0.0, True)]
                        for b in self.bars]
        self.height = self._legend_h() + sum(self._row_h(l) for l in self._labels) + self._axis_h()
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        room = availHeight - self._legend_h() - self._axis_h()
        used, k = 0.0, 0
        for lines in self._labels:
            if used + self._row_h(lines) > room + 0.01:
                break
            used += self._row_h(lines)
            k += 1
        if k == len(self.bars):
            return [self]
        if k < 2:
            return []
        first, rest = self._piece(self.bars[:k]), self._piece(self.bars[k:])
        first.spaceAfter = 0.0
        rest.spaceBefore = 0.0
        rest.legend = []
        return [first, rest]

    def _piece(self, bars: Sequence[Bar]) -> "HBarChart":
        c = HBarChart.__new__(HBarChart)
        c.__dict__.update({k: v for k, v in self.__dict__.items() if k != "_postponed"})
        c.bars = list(bars)
        c._labels = []
        return c

    # ------------------------------------------------------------------ drawing
    def draw(self) -> None:
        canv = self.canv
        full, axis, label_left = self._zones(self.width)
        scale = (axis - full) / self.max_value
        top = self.height
        off = baseline_offset(REGULAR, self.size, self.leading)
        canv.setFillColor(colors.black)
        if self.legend:
            x_right = self.width
            for color, text in self.legend:
                line = layout(text, REGULAR, self.size, self.width)[0]
                canv.setFillColor(color)
                canv.rect(x_right - 9.0, top - self.leading / 2.0 - 4.0, 9.0, 8.0, stroke=0, fill=1)
                canv.setFillColor(colors.black)
                draw_line(canv, line, x_left=x_right - 13.0 - line.width, x_right=x_right - 13.0,
                          y=top - off, font=REGULAR, size=self.size)
                x_right -= 13.0 + line.width + 16.0
            top -= self._legend_h()
        plot_top, plot_bottom = top, self._axis_h()
        d = Drawing(self.width, self.height)
        for t in self.ticks:
            x = axis - t * scale
            d.add(GLine(x, plot_bottom, x, plot_top, strokeColor=_GRID, strokeWidth=0.5))
        y = top
        rows: list[tuple[float, float, Bar, list[Line]]] = []
        for bar, lines in zip(self.bars, self._labels):
            h = self._row_h(lines)
            mid = y - self.gap / 2.0 - (h - self.gap) / 2.0
            value = max(0.0, min(bar.value, self.max_value))
            if value > 0:
                d.add(Rect(axis - value * scale, mid - self.bar_height / 2.0, value * scale,
                           self.bar_height, fillColor=bar.color, strokeColor=None))
            if bar.target is not None:
                tx = axis - max(0.0, min(bar.target, self.max_value)) * scale
                d.add(GLine(tx, mid - self.bar_height / 2.0 - 2.0, tx, mid + self.bar_height / 2.0 + 2.0,
                            strokeColor=colors.black, strokeWidth=1.4))
            rows.append((y, mid, bar, lines))
            y -= h
        d.add(GLine(axis, plot_bottom, axis, plot_top, strokeColor=_AXIS, strokeWidth=0.8))
        d.add(GLine(full, plot_bottom, axis, plot_bottom, strokeColor=_AXIS, strokeWidth=0.8))
        renderPDF.draw(d, canv, 0, 0)
        canv.setFillColor(colors.black)
        for row_top, mid, bar, lines in rows:
            block = len(lines) * self.leading
            ly = mid + block / 2.0
            for line in lines:
                draw_line(canv, line, x_left=label_left, x_right=self.width, y=ly - off,
                          font=REGULAR, size=self.size, align="right")
                ly -= self.leading
            text = bar.text if bar.text is not None else percent_text(bar.value)
            value_line = layout(text, REGULAR, self.size, 1e6)
            if value_line:
                end = axis - max(0.0, min(bar.value, self.max_value)) * scale
                vy = mid - self.size * 0.35
                draw_line(canv, value_line[0], x_left=0.0, x_right=max(end - 3.0, value_line[0].width),
                          y=vy, font=REGULAR, size=self.size, align="right")
        for t in self.ticks:
            line = layout(self.tick_text(t), REGULAR, self.size, 1e6)[0]
            x = axis - t * scale
            draw_line(canv, line, x_left=x - line.width / 2.0, x_right=x + line.width / 2.0,
                      y=plot_bottom - self.leading + 1.0, font=REGULAR, size=self.size, align="center")
