"""Jalali calendar: conversion (jdatetime is the source of truth), parsing, formatting."""

from __future__ import annotations

import pickle
from datetime import date, datetime, time, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.persian import jalali
from app.persian.jalali import (
    MONTHS,
    WEEKDAYS,
    JalaliDateError,
    format_jalali,
    format_jalali_datetime,
    format_time,
    from_jalali,
    is_leap,
    jalali_year_range,
    month_length,
    parse_jalali,
    parse_time,
    to_jalali,
    today_jalali_year,
)

ABAN_24_1405 = date(2026, 11, 15)


class TestConversion:
    @pytest.mark.parametrize(
        ("jal", "greg"),
        [
            ((1405, 8, 24), date(2026, 11, 15)),
            ((1404, 1, 1), date(2025, 3, 21)),
            ((1403, 12, 30), date(2025, 3, 20)),
            ((1403, 1, 1), date(2024, 3, 20)),
            ((1357, 11, 22), date(1979, 2, 11)),
            ((1300, 1, 1), date(1921, 3, 21)),
            ((1499, 12, 29), date(2121, 3, 20)),
        ],
    )
    def test_known_pairs(self, jal, greg):
        assert from_jalali(*jal) == greg
        assert to_jalali(greg) == jal

    def test_qt_disagreement_boundary_follows_jdatetime(self):
        # Qt's Jalali calendar differs from 2058-03-20 on; Dabir follows jdatetime.
        assert is_leap(1436)
        assert to_jalali(date(2058, 3, 19)) == (1436, 12, 29)
        assert to_jalali(date(2058, 3, 20)) == (1436, 12, 30)
        assert to_jalali(date(2058, 3, 21)) == (1437, 1, 1)

    @given(st.dates(min_value=date(1921, 3, 21), max_value=date(2121, 3, 20)))
    def test_round_trip_gregorian(self, d):
        y, m, dd = to_jalali(d)
        assert 1300 <= y <= 1499 and 1 <= m <= 12 and 1 <= dd <= month_length(y, m)
        assert from_jalali(y, m, dd) == d

    @given(st.dates(min_value=date(1921, 3, 21), max_value=date(2121, 3, 19)))
    def test_consecutive_days(self, d):
        y1, m1, d1 = to_jalali(d)
        y2, m2, d2 = to_jalali(d + timedelta(days=1))
        if d1 < month_length(y1, m1):
            assert (y2, m2, d2) == (y1, m1, d1 + 1)
        elif m1 < 12:
            assert (y2, m2, d2) == (y1, m1 + 1, 1)
        else:
            assert (y2, m2, d2) == (y1 + 1, 1, 1)

    @given(st.integers(1300, 1499), st.integers(1, 12), st.integers(1, 31))
    def test_round_trip_jalali_and_text(self, y, m, d):
        if d > month_length(y, m):
            with pytest.raises(JalaliDateError):
                from_jalali(y, m, d)
            return
        g = from_jalali(y, m, d)
        assert to_jalali(g) == (y, m, d)
        for style in ("short", "long", "weekday", "iso"):
            assert parse_jalali(format_jalali(g, style)) == g

    def test_aware_datetime_is_taken_in_tehran(self):
        # 22:00 UTC on 14 Nov is already 15 Nov (24 Aban) in Tehran.
        late = datetime(2026, 11, 14, 22, 0, tzinfo=timezone.utc)
        assert to_jalali(late) == (1405, 8, 24)
        assert to_jalali(datetime(2026, 11, 14, 22, 0)) == (1405, 8, 23)  # naive: as is


class TestLeapAndLengths:
    def test_leap_years(self):
        assert is_leap(1403)
        assert not is_leap(1404)
        assert not is_leap(1405)
        assert is_leap(1399)
        assert is_leap(1408)

    def test_month_lengths(self):
        assert [month_length(1404, m) for m in range(1, 13)] == [31] * 6 + [30] * 5 + [29]
        assert month_length(1403, 12) == 30
        with pytest.raises(JalaliDateError) as exc:
            month_length(1404, 13)
        assert exc.value.reason == "month"

    def test_leap_day(self):
        assert from_jalali(1403, 12, 30) == date(2025, 3, 20)
        with pytest.raises(JalaliDateError) as exc:
            from_jalali(1404, 12, 30)
        assert exc.value.reason == "leap"
        assert exc.value.text == "1404/12/30"

    @pytest.mark.parametrize(
        ("ymd", "reason"),
        [
            ((1405, 7, 31), "day"),
            ((1405, 11, 31), "day"),
            ((1403, 12, 31), "day"),
            ((1405, 1, 32), "day"),
            ((1405, 1, 0), "day"),
            ((1405, 13, 1), "month"),
            ((1405, 0, 1), "month"),
            ((0, 1, 1), "format"),
        ],
    )
    def test_invalid(self, ymd, reason):
        with pytest.raises(JalaliDateError) as exc:
            from_jalali(*ymd)
        assert exc.value.reason == reason

    def test_first_half_has_31(self):
        assert from_jalali(1405, 6, 31) == date(2026, 9, 22)

    def test_year_range(self):
        assert jalali_year_range(1403) == (date(2024, 3, 20), date(2025, 3, 20))
        assert jalali_year_range(1404) == (date(2025, 3, 21), date(2026, 3, 20))

    def test_today(self):
        y = today_jalali_year()
        first, last = jalali_year_range(y)
        assert first <= datetime.now(jalali.TEHRAN_TZ).date() <= last


class TestNames:
    def test_months(self):
        assert len(MONTHS) == 12
        assert MONTHS[0] == "فروردین" and MONTHS[7] == "آبان" and MONTHS[11] == "اسفند"

    def test_weekdays_follow_python(self):
        assert len(WEEKDAYS) == 7
        assert WEEKDAYS[date(2026, 11, 16).weekday()] == "دوشنبه"
        assert WEEKDAYS[ABAN_24_1405.weekday()] == "یکشنبه"
        assert WEEKDAYS[date(2026, 11, 20).weekday()] == "جمعه"
        assert WEEKDAYS[date(2026, 11, 21).weekday()] == "شنبه"
        assert all("ي" not in w and "ك" not in w for w in WEEKDAYS + MONTHS)


class TestParse:
    @pytest.mark.parametrize(
        "text",
        [
            "۱۴۰۵/۸/۲۴",
            "۱۴۰۵/۰۸/۲۴",
            "1405/08/24",
            "1405/8/24",
            "1405-08-24",
            "۱۴۰۵.۸.۲۴",
            "۱۴۰۵٫۸٫۲۴",
            "١٤٠٥/٨/٢٤",
            "۱۴۰5/8/۲۴",
            "  1405 / 8 / 24  ",
            "\t۱۴۰۵/۸/۲۴\n",
            "24/08/1405",
            "۲۴/۸/۱۴۰۵",
            "۲۴ آبان ۱۴۰۵",
            "24 آبان 1405",
            "۲۴ ابان ۱۴۰۵",
            "٢٤ آبان ١٤٠٥",
            "۲۴آبان۱۴۰۵",
            "۲۴ آبان ماه ۱۴۰۵",
            "۲۴ آبان‌ماه ۱۴۰۵",
            "۲۴ آبان ماه سال ۱۴۰۵",
            "یکشنبه ۲۴ آبان ۱۴۰۵",
            "یک‌شنبه، ۲۴ آبان ۱۴۰۵",
            "يكشنبه ۲۴ آبان ۱۴۰۵",
        ],
    )
    def test_accepts(self, text):
        assert parse_jalali(text) == ABAN_24_1405

    def test_arabic_letters_in_month_names(self):
        assert parse_jalali("۱ دي ۱۴۰۵") == from_jalali(1405, 10, 1)
        assert parse_jalali("۳ ارديبهشت ۱۴۰۵") == from_jalali(1405, 2, 3)
        assert parse_jalali("۳ اردی‌بهشت ۱۴۰۵") == from_jalali(1405, 2, 3)
        assert parse_jalali("۵ دی‌ماه ۱۴۰۵") == from_jalali(1405, 10, 5)
        assert parse_jalali("۵ امرداد ۱۴۰۵") == from_jalali(1405, 5, 5)
        assert parse_jalali("1 شهريور 1405") == from_jalali(1405, 6, 1)

    def test_every_month_name(self):
        for i, name in enumerate(MONTHS, start=1):
            assert parse_jalali(f"۱ {name} ۱۴۰۵") == from_jalali(1405, i, 1)

    def test_leap(self):
        assert parse_jalali("۱۴۰۳/۱۲/۳۰") == date(2025, 3, 20)
        assert parse_jalali("30 اسفند 1403") == date(2025, 3, 20)
        for text in ("۱۴۰۴/۱۲/۳۰", "30 اسفند 1404"):
            with pytest.raises(JalaliDateError) as exc:
                parse_jalali(text)
            assert exc.value.reason == "leap"
            assert exc.value.text == text

    @pytest.mark.parametrize(
        ("text", "reason"),
        [
            ("1405/07/31", "day"),
            ("۳۱ مهر ۱۴۰۵", "day"),
            ("1405/12/31", "day"),
            ("1403/12/31", "day"),
            ("1405/01/00", "day"),
            ("1405/01/32", "day"),
            ("1405/13/01", "month"),
            ("1405/00/01", "month"),
            ("1405/99/01", "month"),
            ("", "format"),
            ("   ", "format"),
            ("امروز", "format"),
            ("05/08/24", "format"),  # 2-digit year
            ("405/08/24", "format"),
            ("14050824", "format"),
            ("1405/08", "format"),
            ("1405/08/24/1", "format"),
            ("1405/008/24", "format"),
            ("1405/08-24", "format"),  # mixed separators
            ("1299/12/29", "format"),  # outside 1300-1499
            ("1500/01/01", "format"),
            ("2026-11-15", "format"),  # Gregorian is never converted
            ("15/11/2026", "format"),
            ("۲۴ نوامبر ۱۴۰۵", "format"),
            ("۲۴ آبانی ۱۴۰۵", "format"),
            ("۲۴ آبان ۰۵", "format"),
            ("آبان ۲۴ ۱۴۰۵", "format"),
            ("فلان ۲۴ آبان ۱۴۰۵", "format"),
            ("شنبه ۲۴ آبان ۱۴۰۵", "day"),  # 24 Aban 1405 is a Sunday
        ],
    )
    def test_refuses(self, text, reason):
        with pytest.raises(JalaliDateError) as exc:
            parse_jalali(text)
        assert exc.value.reason == reason
        assert exc.value.text == text
        assert isinstance(exc.value, ValueError)
        assert str(exc.value)  # an English message

    def test_none(self):
        with pytest.raises(JalaliDateError) as exc:
            parse_jalali(None)  # type: ignore[arg-type]
        assert exc.value.reason == "format"

    def test_error_message_and_pickle(self):
        err = JalaliDateError("1404/12/30", "leap", "detail")
        assert "1404/12/30" in str(err) and "leap" in str(err)
        back = pickle.loads(pickle.dumps(err))
        assert (back.text, back.reason, str(back)) == (err.text, err.reason, str(err))
        with pytest.raises(ValueError):
            JalaliDateError("x", "nonsense")


class TestFormat:
    def test_styles(self):
        assert format_jalali(ABAN_24_1405) == "۱۴۰۵/۰۸/۲۴"
        assert format_jalali(ABAN_24_1405, "short") == "۱۴۰۵/۰۸/۲۴"
        assert format_jalali(ABAN_24_1405, "long") == "۲۴ آبان ۱۴۰۵"
        assert format_jalali(ABAN_24_1405, "weekday") == "یکشنبه ۲۴ آبان ۱۴۰۵"
        assert format_jalali(ABAN_24_1405, "iso") == "1405-08-24"
        assert format_jalali(date(2025, 3, 21), "long") == "۱ فروردین ۱۴۰۴"

    def test_none_and_bad_style(self):
        assert format_jalali(None) == ""
        assert format_jalali(None, "long") == ""
        with pytest.raises(ValueError):
            format_jalali(ABAN_24_1405, "medium")
        with pytest.raises(TypeError):
            format_jalali("2026-11-15")  # type: ignore[arg-type]

    def test_utc_datetime_converted_to_tehran(self):
        utc = datetime(2026, 11, 14, 21, 0, tzinfo=timezone.utc)  # 00:30 on 15 Nov in Tehran
        assert format_jalali(utc) == "۱۴۰۵/۰۸/۲۴"
        assert format_jalali(utc, "weekday") == "یکشنبه ۲۴ آبان ۱۴۰۵"
        assert format_jalali_datetime(utc) == "۱۴۰۵/۰۸/۲۴ ۰۰:۳۰"
        assert format_jalali_datetime(datetime(2026, 11, 15, 11, 0, tzinfo=timezone.utc)) == (
            "۱۴۰۵/۰۸/۲۴ ۱۴:۳۰"
        )

    def test_naive_datetime_taken_as_is(self):
        assert format_jalali_datetime(datetime(2026, 11, 15, 14, 30, 59)) == "۱۴۰۵/۰۸/۲۴ ۱۴:۳۰"

    def test_datetime_needs_datetime(self):
        assert format_jalali_datetime(None) == ""
        with pytest.raises(TypeError):
            format_jalali_datetime(ABAN_24_1405)  # type: ignore[arg-type]

    def test_fallback_offset_when_no_tz_database(self, monkeypatch):
        monkeypatch.setattr(jalali, "TEHRAN_TZ", timezone(timedelta(hours=3, minutes=30)))
        utc = datetime(2026, 11, 15, 11, 0, tzinfo=timezone.utc)
        assert format_jalali_datetime(utc) == "۱۴۰۵/۰۸/۲۴ ۱۴:۳۰"

    def test_tehran_zone_resolves(self):
        # On Windows this needs the tzdata package; without it a fixed +03:30 is used.
        assert datetime(2026, 11, 15, tzinfo=jalali.TEHRAN_TZ).utcoffset() == timedelta(
            hours=3, minutes=30
        )


class TestTime:
    def test_format(self):
        assert format_time(time(14, 30)) == "۱۴:۳۰"
        assert format_time(time(8, 5, 59)) == "۰۸:۰۵"
        assert format_time(None) == ""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("14:30", time(14, 30)),
            ("۱۴:۳۰", time(14, 30)),
            ("١٤:٣٠", time(14, 30)),
            ("8", time(8, 0)),
            ("۸", time(8, 0)),
            ("08", time(8, 0)),
            ("0", time(0, 0)),
            ("8.30", time(8, 30)),
            ("۸٫۳۰", time(8, 30)),
            ("8:05", time(8, 5)),
            (" 23 : 59 ", time(23, 59)),
            ("00:00", time(0, 0)),
        ],
    )
    def test_parse(self, text, expected):
        assert parse_time(text) == expected

    @pytest.mark.parametrize(
        "text", ["", " ", "24:00", "25", "14:60", "8.5", "8:5", "8:300", "14:30:00", "ساعت", "8pm",
                 "-1", "1430"]
    )
    def test_parse_refuses(self, text):
        with pytest.raises(ValueError, match=r"\S"):
            parse_time(text)

    def test_round_trip(self):
        for h in range(24):
            for m in range(0, 60, 7):
                assert parse_time(format_time(time(h, m))) == time(h, m)
