"""Cleaners for typed numbers: whole amounts (rials, hours, percent) and decimal figures.

Forms and imported spreadsheets hand numbers over as ints, floats or text in Persian, Arabic or
Latin digits with thousands separators ("۱۲٬۵۰۰٬۰۰۰", "12,500,000") or a Persian decimal point
("۳٫۵"). Like the other cleaners in `common`, these record a field problem instead of raising,
so a form can show every bad field at once.
"""
from __future__ import annotations

import math
import re
from decimal import Decimal, InvalidOperation

from app.persian.digits import parse_int, to_latin_digits
from app.services.common import Problems

_DECIMAL_RE = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")


def whole(value: int | str | None, *, field: str, problems: Problems, required: bool = False,
          minimum: int | None = 0, suffixes: str = "") -> int | None:
    """A whole number (text or int); below `minimum` is 'negative'; '' / None give None.

    `suffixes` are characters people type after the number and that mean nothing here
    (e.g. "%٪" for a percentage).
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            problems.add("required", field=field)
        return None
    if isinstance(value, bool):
        problems.add("bad_number", field=field, value=str(value))
        return None
    if isinstance(value, float):
        if not math.isfinite(value) or value != int(value):
            problems.add("bad_number", field=field, value=str(value))
            return None
        value = int(value)
    if isinstance(value, str):
        raw = value.strip().rstrip(suffixes).strip() if suffixes else value.strip()
        negative = raw.startswith(("-", "−"))
        try:
            number = parse_int(raw[1:] if negative else raw)
        except ValueError:
            problems.add("bad_number", field=field, value=value.strip())
            return None
        value = -number if negative else number
    if not isinstance(value, int):
        problems.add("bad_number", field=field, value=str(value))
        return None
    if minimum is not None and value < minimum:
        problems.add("negative", field=field)
        return None
    return value


def decimal(value: float | int | str | None, *, field: str, problems: Problems,
            required: bool = False) -> float | None:
    """A figure that may have decimals ("۳٫۵", "3.5", 12); '' / None give None."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            problems.add("required", field=field)
        return None
    if isinstance(value, bool):
        problems.add("bad_number", field=field, value=str(value))
        return None
    if isinstance(value, (int, float, Decimal)):
        number = float(value)
    else:
        raw = to_latin_digits(value.strip()).replace("−", "-")
        if re.fullmatch(r"[+-]?\d{1,3}(,\d{3})+(\.\d*)?", raw):
            raw = raw.replace(",", "")
        if not _DECIMAL_RE.fullmatch(raw):
            problems.add("bad_number", field=field, value=value.strip())
            return None
        try:
            number = float(Decimal(raw))
        except InvalidOperation:  # pragma: no cover - the pattern already refused it
            problems.add("bad_number", field=field, value=value.strip())
            return None
    if not math.isfinite(number):
        problems.add("bad_number", field=field, value=str(value))
        return None
    return number
