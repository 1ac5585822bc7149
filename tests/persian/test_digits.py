"""Digits: conversion both ways, display formatting, strict integer parsing."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.persian.digits import format_number, parse_int, to_latin_digits, to_persian_digits


class TestToPersianDigits:
    def test_strings(self):
        assert to_persian_digits("0123456789") == "۰۱۲۳۴۵۶۷۸۹"
        assert to_persian_digits("٠١٢٣٤٥٦٧٨٩") == "۰۱۲۳۴۵۶۷۸۹"
        assert to_persian_digits("جلسه 12") == "جلسه ۱۲"
        # A "." inside a string is not a decimal point (dates, versions).
        assert to_persian_digits("1405.08.24") == "۱۴۰۵.۰۸.۲۴"

    def test_numbers(self):
        assert to_persian_digits(0) == "۰"
        assert to_persian_digits(1405) == "۱۴۰۵"
        assert to_persian_digits(-12) == "-۱۲"
        assert to_persian_digits(1.5) == "۱٫۵"
        assert to_persian_digits(Decimal("12.50")) == "۱۲٫۵۰"
        assert to_persian_digits(1e-05) == "۰٫۰۰۰۰۱"  # no exponent
        assert to_persian_digits(Decimal("1E+3")) == "۱۰۰۰"

    def test_none_bool_and_other_types(self):
        assert to_persian_digits(None) == ""
        assert to_persian_digits(True) == "True"
        with pytest.raises(TypeError):
            to_persian_digits([1])  # type: ignore[arg-type]
        with pytest.raises(ValueError):
            to_persian_digits(float("nan"))


class TestToLatinDigits:
    def test_all_scripts(self):
        assert to_latin_digits("۰۱۲۳۴۵۶۷۸۹") == "0123456789"
        assert to_latin_digits("٠١٢٣٤٥٦٧٨٩") == "0123456789"
        assert to_latin_digits("۱۴۰5/٨/24") == "1405/8/24"

    def test_separators(self):
        assert to_latin_digits("۱۲٬۳۴۵٫۶") == "12345.6"

    def test_letters_untouched(self):
        assert to_latin_digits("جلسه ۱۲ A") == "جلسه 12 A"

    @given(st.integers())
    def test_round_trip(self, n):
        assert to_latin_digits(to_persian_digits(n)) == str(n)


class TestFormatNumber:
    @pytest.mark.parametrize(
        ("n", "decimals", "expected"),
        [
            (0, 0, "۰"),
            (999, 0, "۹۹۹"),
            (1000, 0, "۱٬۰۰۰"),
            (12345, 0, "۱۲٬۳۴۵"),
            (1234567, 0, "۱٬۲۳۴٬۵۶۷"),
            (-1234567, 0, "-۱٬۲۳۴٬۵۶۷"),
            (1234.5, 2, "۱٬۲۳۴٫۵۰"),
            (Decimal("1234.567"), 2, "۱٬۲۳۴٫۵۷"),
            (2.5, 0, "۳"),  # half up, not banker's
            (0.125, 2, "۰٫۱۳"),
            (-0.4, 0, "۰"),  # no "-۰"
        ],
    )
    def test_samples(self, n, decimals, expected):
        assert format_number(n, decimals) == expected

    def test_none(self):
        assert format_number(None) == ""

    def test_bad_input(self):
        with pytest.raises(TypeError):
            format_number("12")  # type: ignore[arg-type]
        with pytest.raises(ValueError):
            format_number(1, -1)

    @given(st.integers(min_value=-(10**18), max_value=10**18))
    def test_parse_int_reads_back(self, n):
        text = format_number(abs(n))
        assert parse_int(text) == abs(n)


class TestParseInt:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("0", 0),
            ("12345", 12345),
            ("۱۲۳۴۵", 12345),
            ("١٢٣٤٥", 12345),
            ("۱2٣", 123),
            ("  ۴۲ ", 42),
            ("۱۲٬۳۴۵", 12345),
            ("12,345", 12345),
            ("۱۲،۳۴۵", 12345),
            ("1,234,567", 1234567),
            ("007", 7),
        ],
    )
    def test_accepts(self, text, expected):
        assert parse_int(text) == expected

    @pytest.mark.parametrize(
        "text",
        ["", "  ", "1,5", "12,34", ",123", "123,", "1,,234", "1 234", "-5", "+5", "1.0", "۱٫۵",
         "12a", "abc", "١٢x", "²", "१२"],
    )
    def test_refuses(self, text):
        with pytest.raises(ValueError):
            parse_int(text)
