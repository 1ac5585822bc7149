"""Numbers in Persian words."""

from __future__ import annotations

import pytest

from app.persian.words import amount_in_words, number_to_words


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (0, "صفر"),
        (1, "یک"),
        (9, "نه"),
        (10, "ده"),
        (11, "یازده"),
        (12, "دوازده"),
        (15, "پانزده"),
        (18, "هجده"),
        (19, "نوزده"),
        (20, "بیست"),
        (21, "بیست و یک"),
        (99, "نود و نه"),
        (100, "صد"),
        (101, "صد و یک"),
        (110, "صد و ده"),
        (123, "صد و بیست و سه"),
        (200, "دویست"),
        (300, "سیصد"),
        (500, "پانصد"),
        (999, "نهصد و نود و نه"),
        (1000, "یک هزار"),
        (1001, "یک هزار و یک"),
        (1405, "یک هزار و چهارصد و پنج"),
        (12000, "دوازده هزار"),
        (100000, "صد هزار"),
        (1_000_000, "یک میلیون"),
        (1_200_000, "یک میلیون و دویست هزار"),
        (1_000_001, "یک میلیون و یک"),
        (2_500_000_000, "دو میلیارد و پانصد میلیون"),
        (10**12, "یک تریلیون"),
        (10**15, "یک کوادریلیون"),
        (10**18, "یک کوینتیلیون"),
        (-5, "منفی پنج"),
        (-1_200_000, "منفی یک میلیون و دویست هزار"),
    ],
)
def test_number_to_words(n, words):
    assert number_to_words(n) == words


def test_limits_and_types():
    assert number_to_words(10**21 - 1).startswith("نهصد و نود و نه کوینتیلیون")
    with pytest.raises(ValueError):
        number_to_words(10**21)
    with pytest.raises(TypeError):
        number_to_words(1.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        number_to_words(True)


def test_no_double_spaces_or_dangling_and():
    for n in [*range(0, 2100), 10**6, 10**9 + 1, 123_456_789_012_345]:
        words = number_to_words(n)
        assert "  " not in words
        assert not words.endswith(" و") and not words.startswith("و ")
        assert " و و " not in words


def test_amount_in_words():
    assert amount_in_words(1_200_000) == "یک میلیون و دویست هزار ریال"
    assert amount_in_words(50_000, unit="تومان") == "پنجاه هزار تومان"
    assert amount_in_words(7, unit="") == "هفت"
