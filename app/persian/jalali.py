"""Jalali (Solar Hijri) dates: conversion, parsing what people type, and display.

Dabir stores ISO Gregorian dates (and UTC timestamps) and shows, accepts and prints Jalali
dates with Persian digits. jdatetime is the ONE source of truth for the calendar in the whole
app: every conversion goes through this module. Do not convert with Qt's
``QCalendar(QCalendar.System.Jalali)``: it agrees with jdatetime from 1990 up to 2058-03-19 and
disagrees from 2058-03-20 on (a different leap-year rule), so a date picked in a Qt widget must
be turned into a Gregorian ``date`` here, not by Qt. Aware datetimes are shown in Asia/Tehran
time (zoneinfo; a fixed +03:30 if no time-zone database is installed - Windows needs the
``tzdata`` package). Naive datetimes are taken as Tehran wall-clock time already.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone, tzinfo

import jdatetime

from app.persian.digits import ANY_DIGIT_TO_LATIN, to_persian_digits
from app.persian.normalize import fold_for_search, normalize_name

__all__ = [
    "JalaliDateError",
    "MONTHS",
    "WEEKDAYS",
    "TEHRAN_TZ",
    "to_jalali",
    "from_jalali",
    "is_leap",
    "month_length",
    "parse_jalali",
    "format_jalali",
    "format_jalali_datetime",
    "format_time",
    "parse_time",
    "jalali_year_range",
    "today_jalali_year",
]


def _tehran_tz() -> tzinfo:
    try:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            return ZoneInfo("Asia/Tehran")
        except (ZoneInfoNotFoundError, ValueError, OSError):
            pass
    except ImportError:  # pragma: no cover - zoneinfo is stdlib on 3.9+
        pass
    # Iran has had no daylight saving time since 2022; older timestamps may be an hour off.
    return timezone(timedelta(hours=3, minutes=30), "+0330")


TEHRAN_TZ: tzinfo = _tehran_tz()

MONTHS: tuple[str, ...] = (
    "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
    "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند",
)  # fmt: skip
_WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS_EN = (
    "Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar",
    "Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand",
)  # fmt: skip
# Indexed by date.weekday(): Monday=0 ... Sunday=6. Spelled as CLDR/Qt spell them.
WEEKDAYS: tuple[str, ...] = (
    "دوشنبه", "سه\u200cشنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه",
)  # fmt: skip

YEAR_MIN, YEAR_MAX = 1300, 1499  # what parse_jalali accepts as a typed year


class JalaliDateError(ValueError):
    """A Jalali date that does not exist or cannot be read.

    ``text`` is what was typed (or "y/m/d" for from_jalali), ``reason`` is one of
    'format' (unreadable, or year outside 1300-1499), 'month' (not 1-12), 'day' (no such day in
    that month), 'leap' (30 Esfand in a year that is not leap). The UI maps ``reason`` to a
    translated message; str() is an English message for logs and developers.
    """

    REASONS = ("format", "month", "day", "leap")

    def __init__(self, text: str, reason: str, detail: str = "") -> None:
        if reason not in self.REASONS:
            raise ValueError(f"unknown JalaliDateError reason: {reason!r}")
        super().__init__(text, reason, detail)
        self.text = text
        self.reason = reason
        self.detail = detail

    def __str__(self) -> str:
        base = {
            "format": "is not a Jalali date (type it like 1405/08/24 or 24 Aban 1405)",
            "month": "has no such month (months are 1 to 12)",
            "day": "is not a valid day",
            "leap": "is 30 Esfand of a year that is not a leap year",
        }[self.reason]
        msg = f"{self.text!r} {base}"
        return f"{msg}: {self.detail}" if self.detail else msg


def _local_date(d: date) -> date:
    """The calendar day of ``d`` in Tehran: aware datetimes are converted, naive kept."""
    if isinstance(d, datetime):
        if d.tzinfo is not None and d.utcoffset() is not None:
            d = d.astimezone(TEHRAN_TZ)
        return d.date()
    if isinstance(d, date):
        return d
    raise TypeError(f"expected date or datetime, got {type(d).__name__}")


def _local_datetime(dt: datetime) -> datetime:
    if dt.tzinfo is not None and dt.utcoffset() is not None:
        return dt.astimezone(TEHRAN_TZ)
    return dt


def to_jalali(d: date) -> tuple[int, int, int]:
    """(year, month, day) of a Gregorian date (an aware datetime is taken in Tehran time)."""
    j = jdatetime.date.fromgregorian(date=_local_date(d))
    return j.year, j.month, j.day


def is_leap(y: int) -> bool:
    """True if Jalali year ``y`` has 30 days in Esfand (jdatetime's rule)."""
    if not jdatetime.MINYEAR <= y <= jdatetime.MAXYEAR:
        raise ValueError(f"Jalali year out of range: {y}")
    return jdatetime.date(y, 1, 1).isleap()


def month_length(y: int, m: int) -> int:
    """Days in Jalali month ``m`` of year ``y``: 31 (1-6), 30 (7-11), 29 or 30 (12)."""
    if isinstance(m, bool) or not isinstance(m, int) or not 1 <= m <= 12:
        raise JalaliDateError(f"{y}/{m}", "month")
    if m <= 6:
        return 31
    if m <= 11:
        return 30
    return 30 if is_leap(y) else 29


def _check(y: int, m: int, d: int, text: str) -> None:
    for v in (y, m, d):
        if isinstance(v, bool) or not isinstance(v, int):
            raise TypeError(f"Jalali year, month and day must be int, got {v!r}")
    if not jdatetime.MINYEAR <= y <= jdatetime.MAXYEAR:
        raise JalaliDateError(text, "format", f"year {y} is out of range")
    if not 1 <= m <= 12:
        raise JalaliDateError(text, "month", f"month {m}")
    length = month_length(y, m)
    if not 1 <= d <= length:
        if m == 12 and d == 30:
            raise JalaliDateError(text, "leap", f"{y} is not a leap year, Esfand has 29 days")
        raise JalaliDateError(text, "day", f"{_MONTHS_EN[m - 1]} {y} has {length} days")


def from_jalali(y: int, m: int, d: int) -> date:
    """The Gregorian date of Jalali y/m/d; JalaliDateError if that day does not exist."""
    _check(y, m, d, f"{y}/{m}/{d}")
    return jdatetime.date(y, m, d).togregorian()


# --- parsing -------------------------------------------------------------------------------

# "/", "-", ".", Persian decimal "٫", Arabic date separator "؍", Unicode dashes and minus.
_SEP = "[/\\-.\u066b\u060d\u2010-\u2015\u2212]"
_NUMERIC_RE = re.compile(rf"(\d+)\s*({_SEP})\s*(\d+)\s*({_SEP})\s*(\d+)")
_NAMED_RE = re.compile(r"(?P<wd>\D*?)\s*(?P<d>\d{1,2})\s*(?P<mon>\D+?)\s*(?P<y>\d{4})")


def _squash(s: str) -> str:
    return fold_for_search(s).replace(" ", "")


_MONTH_LOOKUP = {_squash(name): i for i, name in enumerate(MONTHS, start=1)}
_MONTH_LOOKUP[_squash("امرداد")] = 5  # the older/official spelling of مرداد
_WEEKDAY_LOOKUP = {_squash(name): i for i, name in enumerate(WEEKDAYS)}


def _ymd_from_text(raw: str) -> tuple[int, int, int, int | None]:
    """Split typed text into (year, month, day, weekday or None); 'format'/'month' errors."""
    text = (normalize_name(raw) or "").translate(ANY_DIGIT_TO_LATIN)
    m = _NUMERIC_RE.fullmatch(text)
    if m:
        a, sep1, b, sep2, c = m.groups()
        if sep1 != sep2:
            raise JalaliDateError(raw, "format", "mixed separators")
        if len(a) == 4 and len(b) <= 2 and len(c) <= 2:
            return int(a), int(b), int(c), None
        if len(c) == 4 and len(a) <= 2 and len(b) <= 2:  # day first: 24/08/1405
            return int(c), int(b), int(a), None
        raise JalaliDateError(raw, "format", "need a 4-digit year, 1-2 digit month and day")
    m = _NAMED_RE.fullmatch(fold_for_search(text))
    if m:
        mon = m["mon"].replace(" ", "")
        for suffix in ("سال", "ماه"):  # "۲۴ آبان ماه سال ۱۴۰۵"
            if mon.endswith(suffix) and mon != suffix:
                mon = mon[: -len(suffix)]
        if mon not in _MONTH_LOOKUP:
            raise JalaliDateError(raw, "format", f"unknown month name {m['mon'].strip()!r}")
        wd_text = m["wd"].replace(" ", "")
        weekday = None
        if wd_text:
            if wd_text not in _WEEKDAY_LOOKUP:
                raise JalaliDateError(raw, "format", f"unknown weekday {m['wd'].strip()!r}")
            weekday = _WEEKDAY_LOOKUP[wd_text]
        return int(m["y"]), _MONTH_LOOKUP[mon], int(m["d"]), weekday
    raise JalaliDateError(raw, "format")


def parse_jalali(text: str) -> date:
    """Read a Jalali date as typed and return its Gregorian ``date``.

    Accepts year/month/day with "/", "-" or "." ("۱۴۰۵/۸/۲۴", "1405-08-24", "۱۴۰۵.۸.۲۴"),
    day/month/year with a 4-digit year last ("۲۴/۰۸/۱۴۰۵"), any mix of Persian, Arabic-Indic
    and ASCII digits, surrounding spaces, and month names ("۲۴ آبان ۱۴۰۵", "24 آبان ماه 1405",
    ي/ك spellings, آ typed as ا, "امرداد"), optionally after a weekday ("یکشنبه ۲۴ آبان ۱۴۰۵",
    which must then be the right weekday). The year must have 4 digits and lie in 1300-1499,
    so a Gregorian date ("2026-11-15") is refused, never converted.
    Raises JalaliDateError with reason 'format', 'month', 'day' or 'leap'.
    """
    if not isinstance(text, str):
        raise JalaliDateError("" if text is None else repr(text), "format", "not text")
    y, m, d, weekday = _ymd_from_text(text)
    if not YEAR_MIN <= y <= YEAR_MAX:
        raise JalaliDateError(text, "format", f"year {y} is not between {YEAR_MIN} and {YEAR_MAX}")
    _check(y, m, d, text)
    result = jdatetime.date(y, m, d).togregorian()
    if weekday is not None and result.weekday() != weekday:
        actual, typed = _WEEKDAYS_EN[result.weekday()], _WEEKDAYS_EN[weekday]
        raise JalaliDateError(text, "day", f"that date is a {actual}, not a {typed}")
    return result


# --- display -------------------------------------------------------------------------------

_STYLES = ("short", "long", "weekday", "iso")


def format_jalali(d: date | datetime | None, style: str = "short") -> str:
    """Show a date as Jalali.

    'short' -> "۱۴۰۵/۰۸/۲۴"; 'long' -> "۲۴ آبان ۱۴۰۵"; 'weekday' -> "یکشنبه ۲۴ آبان ۱۴۰۵";
    'iso' -> "1405-08-24" (ASCII digits, for file names and exports). None gives "".
    An aware datetime is first converted to Tehran time; a naive one is taken as is.
    """
    if style not in _STYLES:
        raise ValueError(f"unknown style {style!r}; use one of {_STYLES}")
    if d is None:
        return ""
    local = _local_date(d)
    y, m, dd = to_jalali(local)
    if style == "iso":
        return f"{y:04d}-{m:02d}-{dd:02d}"
    if style == "short":
        return to_persian_digits(f"{y:04d}/{m:02d}/{dd:02d}")
    long = to_persian_digits(f"{dd} {MONTHS[m - 1]} {y}")
    if style == "long":
        return long
    return f"{WEEKDAYS[local.weekday()]} {long}"


def format_jalali_datetime(dt: datetime | None) -> str:
    """"۱۴۰۵/۰۸/۲۴ ۱۴:۳۰": date and time to the minute, aware datetimes in Tehran time."""
    if dt is None:
        return ""
    if not isinstance(dt, datetime):
        raise TypeError(f"expected datetime, got {type(dt).__name__}")
    local = _local_datetime(dt)
    return f"{format_jalali(local.date())} {format_time(local.time())}"


def format_time(t: time | None) -> str:
    """"۱۴:۳۰" (24-hour clock, Persian digits); None gives ""."""
    if t is None:
        return ""
    if not isinstance(t, time):
        raise TypeError(f"expected time, got {type(t).__name__}")
    return to_persian_digits(f"{t.hour:02d}:{t.minute:02d}")


_TIME_RE = re.compile(r"(\d{1,2})(?:\s*[:.\u066b]\s*(\d+))?")


def parse_time(text: str) -> time:
    """Read a typed time of day: "14:30", "۱۴:۳۰", "8" (08:00), "8.30", "۸٫۳۰".

    Minutes need two digits ("8.5" is refused: it could mean 8:05 or half past eight).
    Raises ValueError with an English message saying what is wrong.
    """
    if not isinstance(text, str):
        raise ValueError(f"not a time: {text!r}")
    s = (normalize_name(text) or "").translate(ANY_DIGIT_TO_LATIN)
    m = _TIME_RE.fullmatch(s)
    if not m:
        raise ValueError(f"not a time: {text!r} (type it like 14:30)")
    hour = int(m.group(1))
    minute_text = m.group(2)
    if minute_text is not None and len(minute_text) != 2:
        raise ValueError(f"minutes need two digits in {text!r} (type it like 8:05 or 8:30)")
    minute = int(minute_text or 0)
    if hour > 23:
        raise ValueError(f"hour must be 0 to 23 in {text!r}")
    if minute > 59:
        raise ValueError(f"minutes must be 0 to 59 in {text!r}")
    return time(hour, minute)


# --- years ---------------------------------------------------------------------------------


def jalali_year_range(y: int) -> tuple[date, date]:
    """First and last Gregorian day of Jalali year ``y`` (1 Farvardin, 29 or 30 Esfand)."""
    return from_jalali(y, 1, 1), from_jalali(y, 12, month_length(y, 12))


def today_jalali_year() -> int:
    """The current Jalali year in Tehran."""
    return to_jalali(datetime.now(TEHRAN_TZ))[0]
