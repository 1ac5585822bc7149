"""Sorting Persian text in Persian alphabetical order.

Python compares code points, which puts پ چ ژ گ (and Persian ی, ک) after all the Arabic
letters and ه before و, so ``sorted()`` on a list of Persian names looks random to a reader.
``sort_key`` orders by the Persian alphabet (آ ا ب پ ت ث ج چ ح خ د ذ ر ز ژ س ش ص ض ط ظ ع غ ف
ق ک گ ل م ن و ه ی), with the Arabic keyboard letters ي ى ك taken as ی ک and hamza forms as
their base letter. It follows what ICU/``QCollator(fa_IR)`` do by default, so lists sorted in
Python and in Qt views agree:

- ZWNJ (and other invisible format characters, tatweel, diacritics) are ignored at the primary
  level: "علی‌اکبر" sorts as "علیاکبر", between "علی" and "علیرضا".
- A space sorts before every letter ("word by word"): "علی اکبر" < "علی‌اکبر" < "علیرضا";
  runs of spaces count as one, leading and trailing spaces are ignored.
- Punctuation and symbols sort with spaces, before digits; digits before letters; Persian
  letters before Latin letters; other scripts last. Case does not matter.
- One difference from QCollator's default: a run of digits compares by its value, so
  "جلسه ۲" < "جلسه ۱۰" (QCollator does this with ``setNumericMode(True)``).

Strings that are equal at this level (e.g. "علی" and "علي") are ordered by their code points,
so the order is total and stable between runs.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

__all__ = ["PERSIAN_ALPHABET", "sort_key", "persian_sorted"]

T = TypeVar("T")

PERSIAN_ALPHABET = "آابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی"

_RANK = {ch: i for i, ch in enumerate(PERSIAN_ALPHABET)}
for _variant, _base in {
    "\u064a": "ی",  # ي Arabic yeh
    "\u0649": "ی",  # ى alef maksura
    "\u0626": "ی",  # ئ
    "\u0643": "ک",  # ك Arabic kaf
    "\u0623": "ا",  # أ
    "\u0625": "ا",  # إ
    "\u0671": "ا",  # ٱ
    "\u0621": "ا",  # ء, listed under alef in Persian dictionaries
    "\u0624": "و",  # ؤ
    "\u0629": "ه",  # ة
    "\u06c0": "ه",  # ۀ
    "\u06d5": "ه",  # ە
}.items():
    _RANK[_variant] = _RANK[_base]

# Weight classes, in sort order.
_SEP, _DIGIT, _PERSIAN, _LATIN, _OTHER = range(5)
_SPACE_WEIGHT = (_SEP, 0)

Key = tuple[tuple[tuple[int, int], ...], str]


def _char_weight(ch: str) -> tuple[int, int] | None:
    """Primary weight of one non-digit character, or None if it is ignorable."""
    rank = _RANK.get(ch)
    if rank is not None:
        return (_PERSIAN, rank)
    cat = unicodedata.category(ch)
    if cat in ("Cf", "Mn", "Me", "Cc") or ch == "\u0640":  # ZWNJ, marks, controls, tatweel
        return None
    if cat[0] == "Z" or ch.isspace():
        return _SPACE_WEIGHT
    if cat[0] in "PS":
        return (_SEP, 1 + ord(ch))
    folded = ch.casefold()
    base = unicodedata.normalize("NFKD", folded)[:1]  # é -> e
    if base.isascii() and base.isalpha():
        return (_LATIN, ord(base))
    return (_OTHER, ord(folded[:1] or ch))


def sort_key(s: str | None) -> Key:
    """A key that sorts strings in Persian alphabetical order (see the module docstring).

    Use as ``sorted(names, key=sort_key)``. None sorts like "".
    """
    text = unicodedata.normalize("NFC", s or "")
    weights: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        digit = unicodedata.decimal(ch, None)
        if digit is not None:  # a run of digits, any script, compared by value
            value = 0
            while i < n and (d := unicodedata.decimal(text[i], None)) is not None:
                value = value * 10 + d
                i += 1
            weights.append((_DIGIT, value))
            continue
        w = _char_weight(ch)
        if w is not None and not (w == _SPACE_WEIGHT and (not weights or weights[-1] == w)):
            weights.append(w)
        i += 1
    while weights and weights[-1] == _SPACE_WEIGHT:
        weights.pop()
    return tuple(weights), text


def persian_sorted(
    iterable: Iterable[T], key: Callable[[T], str | None] | None = None, reverse: bool = False
) -> list[T]:
    """``sorted()`` in Persian order; ``key`` picks the text to sort by (e.g. a name)."""
    if key is None:
        return sorted(iterable, key=sort_key, reverse=reverse)  # type: ignore[arg-type]
    k: Callable[[Any], Key] = lambda item: sort_key(key(item))  # noqa: E731
    return sorted(iterable, key=k, reverse=reverse)
