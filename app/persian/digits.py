"""Digits and numbers between Persian, Arabic-Indic and ASCII forms.

Dabir shows every number with Persian digits (۰-۹) and the Persian separators (٬ for thousands,
٫ for the decimal point), but people type whatever their keyboard gives: ASCII digits, Persian
digits, or Arabic-Indic digits (٠-٩) from an Arabic layout, often mixed in one field. This
module converts between those forms and parses typed integers strictly enough that a mistyped
decimal ("1,5") is refused rather than silently read as 15. Pure Python, no Qt.
"""

from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, Decimal

__all__ = [
    "PERSIAN_DIGITS",
    "ARABIC_INDIC_DIGITS",
    "to_persian_digits",
    "to_latin_digits",
    "format_number",
    "parse_int",
]

PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"  # U+06F0..U+06F9
ARABIC_INDIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"  # U+0660..U+0669
PERSIAN_DECIMAL_SEPARATOR = "٫"  # U+066B
PERSIAN_THOUSANDS_SEPARATOR = "٬"  # U+066C

_TO_PERSIAN = str.maketrans("0123456789" + ARABIC_INDIC_DIGITS, PERSIAN_DIGITS * 2)
_TO_LATIN = str.maketrans(
    {
        **{c: str(i) for i, c in enumerate(PERSIAN_DIGITS)},
        **{c: str(i) for i, c in enumerate(ARABIC_INDIC_DIGITS)},
        PERSIAN_DECIMAL_SEPARATOR: ".",
        PERSIAN_THOUSANDS_SEPARATOR: "",
    }
)
# Digits only (no separators): used by other modules of this package.
ANY_DIGIT_TO_LATIN = str.maketrans(
    {
        **{c: str(i) for i, c in enumerate(PERSIAN_DIGITS)},
        **{c: str(i) for i, c in enumerate(ARABIC_INDIC_DIGITS)},
    }
)

_NUMBER_TYPES = (int, float, Decimal)


def _check_number(value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, _NUMBER_TYPES):
        raise TypeError(f"expected int, float or Decimal, got {type(value).__name__}")


def _to_decimal(value: int | float | Decimal) -> Decimal:
    """Exact decimal of what the user sees: floats go through repr(), so 0.1 stays 0.1."""
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"cannot format a non-finite number: {value!r}")
        return Decimal(repr(value))
    if isinstance(value, Decimal) and not value.is_finite():
        raise ValueError(f"cannot format a non-finite number: {value!r}")
    return Decimal(value)


def to_persian_digits(value: str | int | float | Decimal | None) -> str:
    """Return ``value`` as text with Persian digits.

    Strings: ASCII and Arabic-Indic digits become ۰-۹ and nothing else changes (a "." in a
    string may be a date or version separator, so it is kept). Numbers: written out without
    exponent and the decimal point becomes "٫". No thousands separators (see format_number).
    None gives ""; a bool gives "True"/"False" (never "۱"), so formatting a message with
    mixed parameters cannot fail on it. Other types raise TypeError.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, str):
        return value.translate(_TO_PERSIAN)
    _check_number(value)
    if isinstance(value, int):
        text = str(value)
    else:
        text = format(_to_decimal(value), "f")
    return text.replace(".", PERSIAN_DECIMAL_SEPARATOR).translate(_TO_PERSIAN)


def to_latin_digits(s: str) -> str:
    """Return ``s`` with Persian and Arabic-Indic digits as ASCII; "٫" -> "." and "٬" removed."""
    if not isinstance(s, str):
        raise TypeError(f"expected str, got {type(s).__name__}")
    return s.translate(_TO_LATIN)


def format_number(n: int | float | Decimal | None, decimals: int = 0) -> str:
    """Format ``n`` for display: Persian digits, "٬" between thousands, "٫" before decimals.

    ``format_number(12345)`` -> "۱۲٬۳۴۵"; ``format_number(1234.5, 2)`` -> "۱٬۲۳۴٫۵۰".
    Rounds half away from zero on the decimal value as written (2.5 -> "۳", 0.125 with 2
    decimals -> "۰٫۱۳"), which is what people expect, unlike float's banker's rounding.
    None gives "".
    """
    if n is None:
        return ""
    _check_number(n)
    if isinstance(decimals, bool) or not isinstance(decimals, int) or decimals < 0:
        raise ValueError(f"decimals must be a non-negative int, got {decimals!r}")
    value = _to_decimal(n).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    if value == 0:
        value = abs(value)  # no "-۰"
    text = format(value, f",.{decimals}f")
    text = text.replace(",", PERSIAN_THOUSANDS_SEPARATOR).replace(".", PERSIAN_DECIMAL_SEPARATOR)
    return text.translate(_TO_PERSIAN)


# Separators people type between thousands: Persian "٬", ASCII ",", Arabic comma "،".
_INT_RE = re.compile(r"\d+")
_GROUPED_RE = re.compile(r"\d{1,3}(?:[,٬،]\d{3})+")


def parse_int(s: str) -> int:
    """Parse a typed non-negative integer: Persian, Arabic-Indic or ASCII digits.

    Surrounding whitespace is allowed; thousands separators (٬ , ،) are allowed only in proper
    groups of three ("۱۲٬۳۴۵", "1,234,567"), so "1,5" (a decimal typed with a comma) is refused.
    Signs, decimals, inner spaces and anything else raise ValueError.
    """
    if not isinstance(s, str):
        raise TypeError(f"expected str, got {type(s).__name__}")
    text = s.strip().translate(ANY_DIGIT_TO_LATIN)
    # str.isdigit()/\d would also accept other scripts' digits; insist on ASCII after mapping.
    if text.isascii() and _INT_RE.fullmatch(text):
        return int(text)
    if _GROUPED_RE.fullmatch(text) and re.fullmatch(r"[0-9,٬،]+", text):
        return int(re.sub(r"[,٬،]", "", text))
    raise ValueError(f"not a whole number: {s!r}")
