"""Pieces every Dabir document shares: styles, Persian values, the council's place lines.

A council's papers must agree with each other: the same words for a role or a status (from
``app.vocabulary``), the same Jalali dates and Persian digits (``app.persian``), a dash for an
empty field rather than a blank that looks like a printing fault, the same heading and table
sizes. The documents (``minutes_pdf``, ``sign_in_pdf``, ``register_pdf``, ``letter_pdf``,
``council_report_pdf``) build their flowables from these.
"""

from __future__ import annotations

from datetime import date, datetime, time
from enum import StrEnum

from app.persian.digits import format_number, to_persian_digits
from app.persian.jalali import format_jalali, format_time
from app.reports.bidi_text import text_width, visual
from app.reports.flowables import BODY, TextStyle
from app.reports.fonts import BOLD
from app.vocabulary import label

__all__ = [
    "DASH", "DATE_SAMPLE", "JUSTIFIED", "SMALL", "SMALL_GREY", "TITLE", "SUBTITLE", "BISMILLAH", "SECTION",
    "SUBSECTION", "CAPTION", "fa", "num", "jdate", "jlong", "clock", "word", "or_dash", "place_of",
    "width_for", "TABLE_SIZE", "frame_width", "columns_fitting", "PLAIN",
]

DASH = "—"
#: the widest Jalali date a column must hold on one line (۳ is Vazirmatn's widest digit)
DATE_SAMPLE = "۱۴۳۳/۳۳/۳۳"
TABLE_SIZE = 9.0
JUSTIFIED = TextStyle(align="justify", size=10.5, space_after=5.0)
SMALL = TextStyle(size=9.0, space_after=3.0)
SMALL_GREY = TextStyle(size=8.5, space_after=3.0)
BISMILLAH = TextStyle(font=BOLD, size=10.0, align="center", space_after=0.0)
TITLE = TextStyle(font=BOLD, size=15.0, align="center", space_after=2.0)
SUBTITLE = TextStyle(font=BOLD, size=12.5, align="center", space_after=0.0)
SECTION = TextStyle(font=BOLD, size=12.0, space_before=10.0, space_after=4.0)
SUBSECTION = TextStyle(font=BOLD, size=10.5, space_before=4.0, space_after=2.0)
CAPTION = TextStyle(size=10.0, align="center", space_after=0.0)
PLAIN = BODY


def fa(value: object) -> str:
    """Any value as text with Persian digits ('' for None)."""
    return to_persian_digits(value if isinstance(value, (int, float, str)) or value is None else str(value))


def num(n: int | float | None, decimals: int = 0) -> str:
    """A number with Persian digits and the Persian thousands separator; a dash for None."""
    return DASH if n is None else format_number(n, decimals)


def jdate(d: date | datetime | None) -> str:
    """'۱۴۰۵/۰۸/۲۴', or a dash."""
    return format_jalali(d) if d else DASH


def jlong(d: date | None, *, weekday: bool = False) -> str:
    """'۲۴ آبان ۱۴۰۵' ('یکشنبه ۲۴ آبان ۱۴۰۵' with the weekday), or a dash."""
    return format_jalali(d, "weekday" if weekday else "long") if d else DASH


def clock(t: time | None) -> str:
    """'۱۹:۳۰' or a dash."""
    return format_time(t) if t else DASH


def word(value: str | None, enum_cls: type[StrEnum]) -> str:
    """The Persian word of a vocabulary value, or a dash."""
    return label(value, enum_cls) if value else DASH


def or_dash(text: str | None) -> str:
    """The text itself, or a dash when it is empty."""
    return text.strip() if text and text.strip() else DASH


def place_of(council) -> list[tuple[str, str]]:
    """Label/value pairs of where a council is (neighbourhood, city or village, county, province)."""
    from app.enums import SettlementKind  # noqa: PLC0415 - enums only

    return [
        ("محله", council.neighbourhood),
        (word(council.settlement_kind, SettlementKind), council.settlement),
        ("شهرستان", council.county),
        ("استان", council.province),
    ]


def width_for(samples: list[str], *, font: str = BOLD, size: float = TABLE_SIZE,
              padding: float = 4.0) -> float:
    """Points a column needs to show the widest sample on one line (plus cell padding).

    Measured in bold by default: the header row is bold, and bold is never narrower.
    """
    widest = max((text_width(visual(s, font), font, size) for s in samples if s), default=0.0)
    return widest + 2 * padding + 1.0


def frame_width() -> float:
    """Width of the text area of a Dabir page, in points."""
    from app.reports.document import MARGINS, PAGE_SIZE  # noqa: PLC0415

    return PAGE_SIZE[0] - MARGINS["left"] - MARGINS["right"]


def columns_fitting(fixed: list[tuple[str, float]], flexible: list[tuple[str, float]]) -> dict[str, float]:
    """Column widths in points: each fixed column gets its width, the rest is shared by weight.

    Used as RTLTable weights (they are relative, so points that add up to the frame are exact).
    """
    total = frame_width()
    used = sum(w for _, w in fixed)
    room = max(total - used, 40.0 * len(flexible))
    weight = sum(w for _, w in flexible) or 1.0
    out = dict(fixed)
    out.update({name: room * w / weight for name, w in flexible})
    return out
