"""How the screens show numbers, dates and times: Persian digits under Persian, Latin under English.

Every table cell, label and title that shows a number or a date goes through these few
functions, so the whole app switches together. Dates are always Jalali (the app's calendar is
jdatetime, `app.persian.jalali`); only the digits follow the language, which is read from the
default QLocale that the bootstrap sets once (fa_IR, or en_US when the settings say English).
"""
from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

from PySide6.QtCore import QLocale

from app.persian import (format_jalali, format_jalali_datetime, format_number, format_time,
                         to_latin_digits, to_persian_digits)


def persian() -> bool:
    """True when the app speaks Persian (the default QLocale is Persian)."""
    return QLocale().language() == QLocale.Language.Persian


def digits(value: object) -> str:
    """Any text or number with the language's digits (no thousands separators)."""
    if value is None:
        return ""
    text = str(value)
    return to_persian_digits(text) if persian() else to_latin_digits(text)


def number(value: int | float | Decimal | None, decimals: int = 0) -> str:
    """۱۲٬۳۴۵ (or 12,345 in English); None gives ''."""
    if value is None:
        return ""
    text = format_number(value, decimals)
    if persian():
        return text
    return to_latin_digits(text.replace("٬", ",")) if "٬" in text else to_latin_digits(text)


def jdate(value: date | datetime | None, style: str = "short") -> str:
    """A Jalali date: 'short' ۱۴۰۵/۰۸/۲۴, 'long' ۲۴ آبان ۱۴۰۵, 'weekday' یکشنبه ۲۴ آبان ۱۴۰۵."""
    if value is None:
        return ""
    text = format_jalali(value, style)
    return text if persian() else to_latin_digits(text)


def jdatetime(value: datetime | None) -> str:
    """۱۴۰۵/۰۸/۲۴ ۱۴:۳۰ in Tehran time."""
    if value is None:
        return ""
    text = format_jalali_datetime(value)
    return text if persian() else to_latin_digits(text)


def clock(value: time | None) -> str:
    """۱۴:۳۰."""
    if value is None:
        return ""
    text = format_time(value)
    return text if persian() else to_latin_digits(text)
