"""The one place text reaches the reportlab canvas, and the log of every line drawn.

Every flowable, footer and watermark draws its lines through ``draw_line`` so that alignment,
justification and the word-spacing state are handled the same way everywhere, and so that each
drawn line is appended to the canvas's draw log (``DrawnLine``: page, logical text, the exact
string drawn, font, size, position). ``document.build_pdf`` returns that log; the glyph-level
tests read the PDF back and check each drawn line against HarfBuzz's shaping of the logical
text, in drawing order. Justification uses the PDF word-spacing operator (Tw), which lives in
the graphics state and would leak into later text, so it is set inside saveState/restoreState.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from app.reports.bidi_text import Line
from app.reports.fonts import ascent_descent

__all__ = ["DrawnLine", "draw_line", "attach_log", "drawn_lines", "baseline_offset"]

_LOG_ATTR = "_dabir_drawn_lines"


@dataclass(frozen=True)
class DrawnLine:
    """One string put on a page: what it says (logical) and what was drawn (visual)."""

    page: int
    logical: str
    visual: str
    font: str
    size: float
    x: float  # left end of the drawn string, in the canvas's current coordinates
    y: float  # baseline
    width: float  # natural width, before justification
    word_space: float  # extra points per space (justification), 0 if none


def attach_log(canv: Canvas, log: list[DrawnLine]) -> None:
    """Make ``draw_line`` append every line it draws on ``canv`` to ``log``."""
    setattr(canv, _LOG_ATTR, log)


def drawn_lines(canv: Canvas) -> list[DrawnLine] | None:
    """The log attached to a canvas, if any."""
    return getattr(canv, _LOG_ATTR, None)


def baseline_offset(font: str, size: float, leading: float) -> float:
    """Distance from the top of a line box of height ``leading`` down to the baseline."""
    asc, desc = ascent_descent(font)
    return (leading - size * (asc + desc)) / 2.0 + size * asc


def draw_line(
    canv: Canvas,
    line: Line,
    *,
    x_left: float,
    x_right: float,
    y: float,
    font: str,
    size: float,
    align: str = "right",
    justify: bool = False,
) -> None:
    """Draw one laid-out line on baseline ``y`` between ``x_left`` and ``x_right``.

    ``align`` is 'right' (the default for Persian), 'center' or 'left'. With ``justify`` the
    line is stretched to the full width by word spacing, unless it ends a paragraph or has no
    space; a stretched line starts at ``x_left``.
    """
    if not line.visual:
        return
    avail = x_right - x_left
    word_space = 0.0
    if justify and not line.ends_paragraph and line.spaces and line.width < avail:
        word_space = (avail - line.width) / line.spaces
        x = x_left
    elif align == "center":
        x = x_left + (avail - line.width) / 2.0
    elif align == "left":
        x = x_left
    else:
        x = x_right - line.width
    canv.saveState()
    text = canv.beginText(x, y)
    text.setFont(font, size)
    if word_space:
        text.setWordSpace(word_space)
    text.textOut(line.visual)
    canv.drawText(text)
    canv.restoreState()
    log = drawn_lines(canv)
    if log is not None:
        log.append(
            DrawnLine(
                page=canv.getPageNumber(),
                logical=line.logical,
                visual=line.visual,
                font=font,
                size=size,
                x=x,
                y=y,
                width=line.width,
                word_space=word_space,
            )
        )
