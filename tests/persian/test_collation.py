"""Persian alphabetical order, where Python's sorted() gets it wrong."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from app.persian.collation import PERSIAN_ALPHABET, persian_sorted, sort_key

Z = "\u200c"


def test_alphabet_order_against_shuffles():
    letters = list(PERSIAN_ALPHABET)
    assert len(letters) == 33
    rng = random.Random(1405)
    for _ in range(20):
        shuffled = letters[:]
        rng.shuffle(shuffled)
        assert persian_sorted(shuffled) == letters


def _before(a: str, b: str) -> bool:
    return sort_key(a) < sort_key(b)


def test_letter_pairs_python_gets_wrong():
    pairs = [("ب", "پ"), ("ج", "چ"), ("ک", "گ"), ("و", "ه"), ("ز", "ژ"), ("گ", "ل"), ("ه", "ی")]
    for a, b in pairs:
        assert _before(a, b), (a, b)
    # Plain sorted() compares code points and gets these wrong.
    wrong = {("پ", "ت"), ("چ", "ح"), ("ژ", "س"), ("ک", "ل"), ("گ", "ل"), ("و", "ه")}
    for a, b in wrong:
        assert sorted([a, b]) == [b, a], (a, b)
        assert persian_sorted([b, a]) == [a, b], (a, b)


def test_yeh_last():
    words = ["یاس", "هادی", "ولی", "نادر", "آرش", "بابک"]
    assert persian_sorted(words)[-1] == "یاس"


def test_names():
    names = ["یوسف", "گلاره", "پروین", "بهرام", "چنگیز", "جواد", "کاوه", "ژاله", "زهرا", "وحید",
             "هادی", "آرش", "احمد", "شیرین", "سارا", "لیلا"]
    expected = ["آرش", "احمد", "بهرام", "پروین", "جواد", "چنگیز", "زهرا", "ژاله", "سارا",
                "شیرین", "کاوه", "گلاره", "لیلا", "وحید", "هادی", "یوسف"]
    assert persian_sorted(names) == expected
    assert sorted(names) != expected


def test_madda_before_plain_alef():
    assert persian_sorted(["ابر", "آب", "آتش", "اسب"]) == ["آب", "آتش", "ابر", "اسب"]


def test_arabic_variants_sort_as_persian():
    # Arabic kaf / yeh sort where ک / ی do, not after everything.
    assert persian_sorted(["لیلا", "كاوه", "زهرا"]) == ["زهرا", "كاوه", "لیلا"]
    assert persian_sorted(["علي", "علا", "علم"]) == ["علا", "علم", "علي"]
    assert sort_key("علي")[0] == sort_key("علی")[0]
    assert sort_key("مصطفى")[0] == sort_key("مصطفی")[0]
    assert sort_key("كتاب")[0] == sort_key("کتاب")[0]


def test_zwnj_ignored_space_first():
    expected = ["علی", "علی اکبر", f"علی{Z}اکبر", "علیرضا"]
    assert persian_sorted(["علیرضا", f"علی{Z}اکبر", "علی", "علی اکبر"]) == expected
    assert sort_key(f"علی{Z}اکبر")[0] == sort_key("علیاکبر")[0]


def test_spaces_collapsed_and_trimmed():
    assert sort_key("  علی   رضا ")[0] == sort_key("علی رضا")[0]


def test_digits_first_numeric_latin_after_persian():
    items = ["Zahra", "ali", "زهرا", "۱۰", "2", "علی", "Ali", "۳"]
    # Equal ignoring case: code-point order ("A" < "a") breaks the tie.
    assert persian_sorted(items) == ["2", "۳", "۱۰", "زهرا", "علی", "Ali", "ali", "Zahra"]


def test_numbers_inside_text():
    assert persian_sorted(["جلسه ۱۰", "جلسه ۲", "جلسه ١"]) == ["جلسه ١", "جلسه ۲", "جلسه ۱۰"]


def test_case_insensitive():
    assert sort_key("ALI")[0] == sort_key("ali")[0]
    assert persian_sorted(["b", "A", "a", "B"]) == ["A", "a", "B", "b"]


def test_diacritics_and_tatweel_ignored():
    assert sort_key("مُحَمَّد")[0] == sort_key("محمد")[0]
    assert sort_key("ســلام")[0] == sort_key("سلام")[0]


def test_punctuation_before_digits():
    assert persian_sorted(["۱", "-", "ا"]) == ["-", "۱", "ا"]


def test_key_and_reverse_and_none():
    rows = [{"n": "ی"}, {"n": "ب"}, {"n": None}]
    assert [r["n"] for r in persian_sorted(rows, key=lambda r: r["n"])] == [None, "ب", "ی"]
    assert persian_sorted(["ب", "ی", "آ"], reverse=True) == ["ی", "ب", "آ"]
    assert persian_sorted(iter(["ب", "آ"])) == ["آ", "ب"]


@given(st.lists(st.text(max_size=8), max_size=12))
def test_total_order(items):
    once = persian_sorted(items)
    assert persian_sorted(list(reversed(items))) == once
    assert persian_sorted(once) == once
