"""Whole numbers written out in Persian words, as on cheques, receipts and minutes.

Council documents state amounts twice, in digits and in words ("۱٬۲۰۰٬۰۰۰ ریال (یک میلیون و
دویست هزار ریال)"), so a digit cannot be altered unnoticed. Parts are joined with " و " as in
written Persian; every scale word carries its count, so 1000 is "یک هزار" (the cheque form,
and symmetrical with "یک میلیون"). Scales: هزار, میلیون, میلیارد (10^9), تریلیون (10^12),
کوادریلیون (10^15), کوینتیلیون (10^18); numbers up to 10^21 - 1 in absolute value.
"""

from __future__ import annotations

__all__ = ["number_to_words", "amount_in_words"]

_ONES = ("", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه")
_TEENS = (
    "ده", "یازده", "دوازده", "سیزده", "چهارده",
    "پانزده", "شانزده", "هفده", "هجده", "نوزده",
)  # fmt: skip
_TENS = ("", "", "بیست", "سی", "چهل", "پنجاه", "شصت", "هفتاد", "هشتاد", "نود")
_HUNDREDS = ("", "صد", "دویست", "سیصد", "چهارصد", "پانصد", "ششصد", "هفتصد", "هشتصد", "نهصد")
_SCALES = ("", "هزار", "میلیون", "میلیارد", "تریلیون", "کوادریلیون", "کوینتیلیون")
_LIMIT = 1000 ** len(_SCALES)
_AND = " و "


def _below_thousand(n: int) -> str:
    parts = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        parts.append(_HUNDREDS[hundreds])
    if 10 <= rest < 20:
        parts.append(_TEENS[rest - 10])
    else:
        tens, ones = divmod(rest, 10)
        if tens:
            parts.append(_TENS[tens])
        if ones:
            parts.append(_ONES[ones])
    return _AND.join(parts)


def number_to_words(n: int) -> str:
    """Persian words for the integer ``n``: 0 -> "صفر", 123 -> "صد و بیست و سه",
    1_200_000 -> "یک میلیون و دویست هزار", -5 -> "منفی پنج".

    Raises TypeError for non-integers (bool included) and ValueError beyond ±(10^21 - 1).
    """
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"expected int, got {type(n).__name__}")
    if n == 0:
        return "صفر"
    if n < 0:
        return "منفی " + number_to_words(-n)
    if n >= _LIMIT:
        raise ValueError(f"number too large to write in words: {n}")
    groups = []
    scale = 0
    while n:
        n, group = divmod(n, 1000)
        if group:
            words = _below_thousand(group)
            groups.append(f"{words} {_SCALES[scale]}" if scale else words)
        scale += 1
    return _AND.join(reversed(groups))


def amount_in_words(rials: int, unit: str = "ریال") -> str:
    """An amount in words with its unit: 1_200_000 -> "یک میلیون و دویست هزار ریال".

    Pass ``unit="تومان"`` for tomans, or "" for no unit.
    """
    words = number_to_words(rials)
    return f"{words} {unit}" if unit else words
