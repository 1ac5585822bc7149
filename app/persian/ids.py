"""Iranian national ID codes (کد ملی) and mobile numbers: validation and canonical form.

Members, secretaries and attendees are identified by their 10-digit national code and reached
by mobile, and both are typed in every possible way (Persian digits, spaces, dashes, +98, a
dropped leading zero). They are stored in one canonical ASCII form so that uniqueness checks
and searches work: the national code as 10 ASCII digits, the mobile as "09XXXXXXXXX".
The national code's last digit is a check digit: with s = sum of digit[i] * (10 - i) over the
first nine digits and r = s mod 11, the check digit is r if r < 2, else 11 - r. Codes made
of one repeated digit pass that check but are never issued, so they are refused.
"""

from __future__ import annotations

import re

from app.persian.digits import ANY_DIGIT_TO_LATIN

__all__ = [
    "is_valid_national_id",
    "normalize_national_id",
    "make_national_id",
    "normalize_mobile",
]

# Whitespace and dashes (hyphen, Unicode dashes, minus) people put inside codes and numbers.
_FILLER_RE = re.compile(r"[\s\-\u2010-\u2015\u2212]+")
_DIGITS_RE = re.compile(r"[0-9]+")


def _clean(s: str) -> str:
    return _FILLER_RE.sub("", s.translate(ANY_DIGIT_TO_LATIN))


def _check_digit(first9: str) -> int:
    total = sum(int(c) * (10 - i) for i, c in enumerate(first9))
    r = total % 11
    return r if r < 2 else 11 - r


def _valid_ten(code: str) -> bool:
    return (
        len(code) == 10
        and bool(_DIGITS_RE.fullmatch(code))
        and len(set(code)) > 1
        and _check_digit(code[:9]) == int(code[9])
    )


def is_valid_national_id(code: str) -> bool:
    """True if ``code`` is a valid 10-digit national code.

    Persian/Arabic-Indic digits, spaces and dashes are accepted; exactly 10 digits must remain
    (use normalize_national_id to accept 8- or 9-digit codes that lost their leading zeros).
    Never raises: anything that is not a string is simply not valid.
    """
    if not isinstance(code, str):
        return False
    return _valid_ten(_clean(code))


def normalize_national_id(s: str) -> str:
    """The national code as 10 ASCII digits, or ValueError if it is not a valid code.

    8- and 9-digit input is left-padded with zeros, as is customary (codes from Tehran
    start with "00", and spreadsheets drop leading zeros).
    """
    if not isinstance(s, str):
        raise ValueError(f"not a national code: {s!r}")
    code = _clean(s)
    if not _DIGITS_RE.fullmatch(code):
        raise ValueError(f"a national code has only digits: {s!r}")
    if len(code) in (8, 9):
        code = code.zfill(10)
    if len(code) != 10:
        raise ValueError(f"a national code has 10 digits: {s!r}")
    if not _valid_ten(code):
        raise ValueError(f"invalid national code (check digit): {s!r}")
    return code


def make_national_id(prefix9: str) -> str:
    """Append the check digit to 9 digits, giving a valid national code (for demo data).

    Raises ValueError if ``prefix9`` is not 9 digits or if the result would be refused
    anyway (one repeated digit, e.g. "111111111" -> "1111111111").
    """
    if not isinstance(prefix9, str):
        raise ValueError(f"expected 9 digits, got {prefix9!r}")
    first9 = _clean(prefix9)
    if len(first9) != 9 or not _DIGITS_RE.fullmatch(first9):
        raise ValueError(f"expected 9 digits, got {prefix9!r}")
    code = first9 + str(_check_digit(first9))
    if not _valid_ten(code):
        raise ValueError(f"{code} would be a repeated-digit code, which is never valid")
    return code


def normalize_mobile(s: str) -> str:
    """An Iranian mobile number as "09XXXXXXXXX" (11 ASCII digits), or ValueError.

    Accepts Persian/Arabic-Indic digits, spaces and dashes, and the shapes "09123456789",
    "9123456789", "+989123456789", "00989123456789", "989123456789", "+98 0912...".
    Anything that does not come down to 09 followed by 9 digits is refused.
    """
    if not isinstance(s, str):
        raise ValueError(f"not a mobile number: {s!r}")
    number = _clean(s)
    if number.startswith("+98"):
        number = number[3:]
    elif number.startswith("0098"):
        number = number[4:]
    elif number.startswith("98") and len(number) == 12:
        number = number[2:]
    if len(number) == 10 and number.startswith("9"):
        number = "0" + number
    if len(number) != 11 or not number.startswith("09") or not _DIGITS_RE.fullmatch(number):
        raise ValueError(f"not a mobile number (09 and 9 more digits): {s!r}")
    return number
