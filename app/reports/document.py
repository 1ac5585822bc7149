"""The base document every Dabir PDF is built with: A4 portrait, margins, footer, draft mark.

``build_pdf`` lays a story of flowables out on A4 pages with Dabir's margins and decorates
every page: a footer with "صفحه x از y" in Persian digits (the total is known only at the end,
so the canvas keeps each page and draws the footers on save: the NumberedCanvas pattern), the
print date as a Jalali date (``app.persian``), an optional verification code and footer note, an
optional header line at the top, and an optional diagonal "پیش‌نویس" (draft) watermark drawn
under the page's content. It returns the page count and the log of every text line drawn (see
``drawing``), which the glyph-level tests compare with the PDF. No Qt, no database: callers pass
flowables built from service dataclasses.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import BinaryIO

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
from reportlab.platypus.flowables import Flowable

from app.persian.digits import to_persian_digits
from app.persian.jalali import format_jalali
from app.reports.bidi_text import layout
from app.reports.drawing import DrawnLine, attach_log, draw_line
from app.reports.fonts import BOLD, REGULAR, register_fonts

__all__ = ["PAGE_SIZE", "MARGINS", "BuildResult", "build_pdf", "DRAFT_TEXT"]

PAGE_SIZE = A4
MARGINS = {"left": 2.0 * cm, "right": 2.0 * cm, "top": 2.0 * cm, "bottom": 2.6 * cm}
DRAFT_TEXT = "پیش‌نویس"
# Streams are deflated but not ASCII85-wrapped: files a fifth smaller, and reportlab's pure-Python
# ASCII85 encoder was a tenth of the time spent printing a 20-page minutes.
rl_config.useA85 = 0
_FOOTER_SIZE = 8.5
_GREY = colors.HexColor("#555555")


@dataclass(frozen=True)
class BuildResult:
    """What a build produced: the number of pages and every text line drawn, in drawing order."""

    page_count: int
    lines: tuple[DrawnLine, ...]

    def lines_on(self, page: int) -> list[DrawnLine]:
        """The lines drawn on page ``page`` (1-based), in the order they were drawn."""
        return [l for l in self.lines if l.page == page]


@dataclass(frozen=True)
class _Decor:
    footer_note: str | None
    verification_code: str | None
    draft: bool
    header: str | None
    print_date: str
    header_first_page: bool = True


def _text(canv: Canvas, text: str, *, x_left: float, x_right: float, y: float, font: str,
          size: float, align: str, max_lines: int = 1) -> None:
    lines = layout(text, font, size, x_right - x_left)[:max_lines]
    for i, line in enumerate(lines):
        draw_line(canv, line, x_left=x_left, x_right=x_right, y=y - i * size * 1.5,
                  font=font, size=size, align=align)


def _draw_watermark(canv: Canvas, doc: BaseDocTemplate) -> None:
    w, h = PAGE_SIZE
    canv.saveState()
    canv.setFillColor(colors.Color(0.55, 0.55, 0.6, alpha=0.18))
    canv.translate(w / 2.0, h / 2.0)
    canv.rotate(45)
    size = 120.0
    line = layout(DRAFT_TEXT, BOLD, size, 10_000.0)[0]
    draw_line(canv, line, x_left=-line.width / 2.0, x_right=line.width / 2.0, y=-size * 0.3,
              font=BOLD, size=size, align="center")
    canv.restoreState()


def _draw_header(canv: Canvas, text: str) -> None:
    w, h = PAGE_SIZE
    left, right = MARGINS["left"], w - MARGINS["right"]
    y = h - MARGINS["top"] + 14.0
    canv.saveState()
    canv.setFillColor(_GREY)
    _text(canv, text, x_left=left, x_right=right, y=y, font=BOLD, size=9.0, align="right")
    canv.setStrokeColor(colors.HexColor("#9aa3ad"))
    canv.setLineWidth(0.6)
    canv.line(left, y - 6.0, right, y - 6.0)
    canv.restoreState()


def _draw_footer(canv: Canvas, decor: _Decor, total: int) -> None:
    w, _ = PAGE_SIZE
    left, right = MARGINS["left"], w - MARGINS["right"]
    rule_y = MARGINS["bottom"] - 18.0
    y = rule_y - 13.0
    third = (right - left) / 3.0
    canv.saveState()
    canv.setStrokeColor(colors.HexColor("#9aa3ad"))
    canv.setLineWidth(0.6)
    canv.line(left, rule_y, right, rule_y)
    canv.setFillColor(_GREY)
    page = f"صفحه {to_persian_digits(canv.getPageNumber())} از {to_persian_digits(total)}"
    _text(canv, page, x_left=right - third, x_right=right, y=y, font=REGULAR, size=_FOOTER_SIZE, align="right")
    if decor.verification_code:
        _text(canv, f"کد تأیید: {decor.verification_code}", x_left=left + third, x_right=right - third,
              y=y, font=REGULAR, size=_FOOTER_SIZE, align="center")
    if decor.print_date:
        _text(canv, f"تاریخ چاپ: {decor.print_date}", x_left=left, x_right=left + third, y=y,
              font=REGULAR, size=_FOOTER_SIZE, align="left")
    if decor.footer_note:
        _text(canv, decor.footer_note, x_left=left, x_right=right, y=y - 13.0, font=REGULAR,
              size=_FOOTER_SIZE - 0.5, align="center", max_lines=2)
    canv.restoreState()


def _canvas_class(decorate: Callable[[Canvas, int], None], log: list[DrawnLine]) -> type[Canvas]:
    """A canvas that holds its pages until save, then draws each page's footer knowing the total."""

    class _NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._dabir_pages: list[dict] = []
            attach_log(self, log)

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._dabir_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._dabir_pages)
            for state in self._dabir_pages:
                self.__dict__.update(state)
                decorate(self, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return _NumberedCanvas


def build_pdf(
    target: str | Path | BinaryIO,
    story: Iterable[Flowable],
    *,
    title: str,
    footer_note: str | None = None,
    verification_code: str | None = None,
    draft: bool = False,
    header: str | None = None,
    print_date: date | datetime | None = None,
    author: str = "دبیر",
    subject: str | None = None,
    header_first_page: bool = True,
) -> BuildResult:
    """Lay ``story`` out on A4 pages and write the PDF to a path or a binary file object.

    ``title`` goes into the PDF's metadata; ``header`` (if given) is printed at the top of every
    page; ``print_date`` defaults to now (shown as a Jalali date in Tehran); ``draft`` adds the
    diagonal "پیش‌نویس" mark under the content of every page. With ``header_first_page`` False
    the header starts on page 2 (the first page has its own letterhead).
    """
    register_fonts()
    when = print_date if print_date is not None else datetime.now(timezone.utc)
    decor = _Decor(footer_note, verification_code, draft, header, format_jalali(when),
                   header_first_page)
    log: list[DrawnLine] = []
    page_w, page_h = PAGE_SIZE
    frame = Frame(
        MARGINS["left"], MARGINS["bottom"],
        page_w - MARGINS["left"] - MARGINS["right"], page_h - MARGINS["top"] - MARGINS["bottom"],
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body",
    )

    def on_page(canv: Canvas, doc: BaseDocTemplate) -> None:
        if decor.draft:
            _draw_watermark(canv, doc)
        if decor.header and (decor.header_first_page or canv.getPageNumber() > 1):
            _draw_header(canv, decor.header)

    doc = BaseDocTemplate(
        str(target) if isinstance(target, Path) else target,
        pagesize=PAGE_SIZE,
        leftMargin=MARGINS["left"], rightMargin=MARGINS["right"],
        topMargin=MARGINS["top"], bottomMargin=MARGINS["bottom"],
        title=title, author=author, subject=subject or title, creator="Dabir", lang="fa-IR",
        pageTemplates=[PageTemplate(id="page", frames=[frame], onPage=on_page)],
    )
    page_count = 0

    def decorate(canv: Canvas, total: int) -> None:
        nonlocal page_count
        page_count = total
        _draw_footer(canv, decor, total)

    doc.build(list(story), canvasmaker=_canvas_class(decorate, log))
    return BuildResult(page_count=page_count, lines=tuple(log))
