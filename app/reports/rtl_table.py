"""A right-to-left table flowable: logical columns (first on the right), wrapped cells, page splits.

Columns are given in reading order, the first one drawn at the right edge. Every cell is its
own right-to-left paragraph, wrapped by ``bidi_text.layout`` to the column's inner width, so no
text runs into the next cell; each cell is also clipped to its box, so even a single letter
wider than a column cannot paint outside it. The table splits between rows across pages and
repeats the header row on each page, never carrying a single last row over alone. A row
taller than a whole page is split between its lines,
but only once the table has been moved to a fresh frame (reportlab marks such a flowable
``_postponed``), so ordinary rows are never cut at the bottom of a page. This is drawn by hand
rather than with ``platypus.Table`` so that the row splitting and the draw log (for the glyph
tests) are under our control.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.platypus.flowables import Flowable

from app.reports.bidi_text import Line, layout
from app.reports.drawing import baseline_offset, draw_line
from app.reports.fonts import BOLD, REGULAR, register_fonts

__all__ = ["Column", "RTLTable"]

Cells = list[list[Line]]  # one list of lines per column


@dataclass(frozen=True)
class Column:
    """A column: its header text, relative width, alignment of its cells and font."""

    title: str = ""
    weight: float = 1.0
    align: str = "right"  # right | center | left | justify
    font: str = REGULAR


class RTLTable(Flowable):
    """A table of plain-text cells laid out right to left (see the module docstring)."""

    def __init__(
        self,
        columns: Sequence[Column | str],
        rows: Sequence[Sequence[object]],
        *,
        size: float = 10.0,
        leading: float | None = None,
        padding: float = 4.0,
        header: bool = True,
        grid: bool = True,
        zebra: bool = True,
        header_fill: colors.Color = colors.HexColor("#e4e8ee"),
        zebra_fill: colors.Color = colors.HexColor("#eef1f5"),
        grid_color: colors.Color = colors.HexColor("#8a93a0"),
        space_before: float = 4.0,
        space_after: float = 8.0,
        min_row_height: float = 0.0,
    ) -> None:
        super().__init__()
        register_fonts()
        self.columns = [c if isinstance(c, Column) else Column(str(c)) for c in columns]
        if not self.columns:
            raise ValueError("a table needs at least one column")
        self.rows = [["" if v is None else str(v) for v in r] for r in rows]
        for r in self.rows:
            if len(r) != len(self.columns):
                raise ValueError(f"row has {len(r)} cells, table has {len(self.columns)} columns")
        self.size = size
        self.leading = leading or size * 1.7
        self.padding = padding
        self.header = header
        self.grid = grid
        self.zebra = zebra
        self.header_fill = header_fill
        self.zebra_fill = zebra_fill
        self.grid_color = grid_color
        self.spaceBefore = space_before
        self.spaceAfter = space_after
        self.min_row_height = min_row_height  # body rows: room to sign or write by hand
        # (width, header cells, body rows) once wrapped
        self._laid_out: tuple[float, Cells | None, list[Cells]] | None = None
        self._first_row = 0  # index of this piece's first row in the whole table (zebra stripes)

    # ------------------------------------------------------------------ layout
    def _col_widths(self, avail: float) -> list[float]:
        total = sum(max(c.weight, 0.01) for c in self.columns)
        return [avail * max(c.weight, 0.01) / total for c in self.columns]

    def _layout(self, avail: float) -> tuple[Cells | None, list[Cells]]:
        if self._laid_out is not None and abs(self._laid_out[0] - avail) < 0.01:
            return self._laid_out[1], self._laid_out[2]
        widths = self._col_widths(avail)
        inner = [max(w - 2 * self.padding, 1.0) for w in widths]
        head = None
        if self.header:
            head = [layout(c.title, BOLD, self.size, w) for c, w in zip(self.columns, inner)]
        body = [
            [layout(text, c.font, self.size, w) for text, c, w in zip(r, self.columns, inner)]
            for r in self.rows
        ]
        self._laid_out = (avail, head, body)
        return head, body

    def _row_height(self, cells: Cells, *, body: bool = True) -> float:
        n = max((len(c) for c in cells), default=0)
        h = max(n, 1) * self.leading + 2 * self.padding
        return max(h, self.min_row_height) if body else h

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        head, body = self._layout(availWidth)
        self.width = availWidth
        head_h = self._row_height(head, body=False) if head else 0.0
        self.height = head_h + sum(self._row_height(r) for r in body)
        return self.width, self.height

    def _clone(self, body: list[Cells]) -> "RTLTable":
        assert self._laid_out is not None
        t = RTLTable.__new__(RTLTable)
        t.__dict__.update({k: v for k, v in self.__dict__.items() if k != "_postponed"})
        t._laid_out = (self._laid_out[0], self._laid_out[1], body)
        t.rows = []  # the text lives in the laid-out cells from now on
        return t

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        head, body = self._layout(availWidth)
        space = availHeight - (self._row_height(head, body=False) if head else 0.0)
        used, k = 0.0, 0
        for cells in body:
            h = self._row_height(cells)
            if used + h > space + 0.01:
                break
            used += h
            k += 1
        if k == len(body):
            return [self]
        if len(body) - k == 1 and k > 1:
            k -= 1  # a single row alone at the head of the next page looks like a stray: take two
        if k > 0:
            first, rest = self._clone(body[:k]), self._clone(body[k:])
            rest._first_row = self._first_row + k
            rest.spaceBefore = 0
            first.spaceAfter = 0
            return [first, rest]
        # Not even one row fits. At the bottom of a page: move on. On a fresh page (postponed
        # once already) the row is taller than the page: cut it between lines.
        n_fit = int((space - used - 2 * self.padding + 0.01) // self.leading)
        if not getattr(self, "_postponed", False) or n_fit < 1:
            return []
        row = body[0]
        top = [c[:n_fit] for c in row]
        bottom = [c[n_fit:] for c in row]
        first, rest = self._clone([top]), self._clone([bottom] + body[1:])
        rest.spaceBefore = 0
        first.spaceAfter = 0
        return [first, rest]

    # ------------------------------------------------------------------ drawing
    def _draw_row(self, cells: Cells, top: float, widths: list[float], font_of, fill, align_of,
                  *, body: bool = True) -> float:
        canv = self.canv
        h = self._row_height(cells, body=body)
        if fill is not None:
            canv.setFillColor(fill)
            canv.rect(0, top - h, self.width, h, stroke=0, fill=1)
        x_right = self.width
        for i, (lines, w) in enumerate(zip(cells, widths)):
            x_left = x_right - w
            font = font_of(i)
            canv.saveState()
            path = canv.beginPath()
            path.rect(x_left, top - h, w, h)
            canv.clipPath(path, stroke=0, fill=0)
            canv.setFillColor(colors.black)
            off = baseline_offset(font, self.size, self.leading)
            align = align_of(i)
            for j, line in enumerate(lines):
                draw_line(
                    canv,
                    line,
                    x_left=x_left + self.padding,
                    x_right=x_right - self.padding,
                    y=top - self.padding - j * self.leading - off,
                    font=font,
                    size=self.size,
                    align="right" if align == "justify" else align,
                    justify=align == "justify",
                )
            canv.restoreState()
            x_right = x_left
        if self.grid:
            canv.setStrokeColor(self.grid_color)
            canv.setLineWidth(0.5)
            canv.rect(0, top - h, self.width, h, stroke=1, fill=0)
            x = self.width
            for w in widths[:-1]:
                x -= w
                canv.line(x, top - h, x, top)
        return top - h

    def draw(self) -> None:
        head, body = self._layout(self.width)
        widths = self._col_widths(self.width)
        top = self.height
        self.canv.saveState()
        if head:
            top = self._draw_row(head, top, widths, lambda i: BOLD, self.header_fill, lambda i: "center",
                                 body=False)
        for n, cells in enumerate(body):
            fill = self.zebra_fill if self.zebra and (self._first_row + n) % 2 == 1 else None
            top = self._draw_row(
                cells, top, widths, lambda i: self.columns[i].font, fill, lambda i: self.columns[i].align
            )
        self.canv.restoreState()
