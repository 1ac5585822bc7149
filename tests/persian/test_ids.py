"""National codes (کد ملی) and mobile numbers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.persian.ids import (
    is_valid_national_id,
    make_national_id,
    normalize_mobile,
    normalize_national_id,
)


class TestNationalId:
    def test_known(self):
        assert is_valid_national_id("0499370899")
        assert not is_valid_national_id("0499370890")

    def test_check_digit_by_hand(self):
        # 0*10 + 4*9 + 9*8 + 9*7 + 3*6 + 7*5 + 0*4 + 8*3 + 9*2 = 266; 266 % 11 = 2; 11 - 2 = 9
        assert make_national_id("049937089") == "0499370899"

    def test_small_remainder_uses_it_as_is(self):
        # remainder 0 or 1: the check digit is the remainder itself, not 11 - r
        assert make_national_id("987654321") == "9876543210"  # sum 330, r = 0
        assert make_national_id("100000001") == "1000000011"  # sum 12, r = 1
        assert make_national_id("001234567") == "0012345679"  # r = 2 -> 9
        assert is_valid_national_id("9876543210")
        assert is_valid_national_id("1000000011")

    @given(st.text(alphabet="0123456789", min_size=9, max_size=9))
    def test_make_then_validate(self, prefix):
        if len(set(prefix)) == 1:
            with pytest.raises(ValueError):
                make_national_id(prefix)
            return
        code = make_national_id(prefix)
        assert len(code) == 10 and code.startswith(prefix)
        assert is_valid_national_id(code)
        assert normalize_national_id(code) == code
        # Every other last digit is wrong.
        for d in "0123456789":
            if d != code[-1]:
                assert not is_valid_national_id(code[:9] + d)

    def test_all_same_digits_refused(self):
        for d in "0123456789":
            code = d * 10
            assert not is_valid_national_id(code)
            with pytest.raises(ValueError):
                normalize_national_id(code)
        # They do pass the checksum, which is why they are refused separately.
        with pytest.raises(ValueError):
            make_national_id("111111111")

    def test_typed_forms(self):
        assert is_valid_national_id("۰۴۹۹۳۷۰۸۹۹")
        assert is_valid_national_id("٠٤٩٩٣٧٠٨٩٩")
        assert is_valid_national_id("049-937089-9")
        assert is_valid_national_id(" 049 937 0899 ")
        assert normalize_national_id("۰۴۹-۹۳۷۰۸۹-۹") == "0499370899"
        assert make_national_id("۰۴۹۹۳۷۰۸۹") == "0499370899"

    def test_short_codes_padded_by_normalize_only(self):
        short = "499370899"
        assert not is_valid_national_id(short)
        assert normalize_national_id(short) == "0499370899"
        code = make_national_id("001234567")
        assert normalize_national_id(code.lstrip("0")) == code
        assert len(code.lstrip("0")) == 8

    @pytest.mark.parametrize(
        "bad", ["", "   ", "04993708", "049937089", "04993708999", "0499370898", "049937089x",
                "abcdefghij", "0499.370899", "1234567"]
    )
    def test_invalid(self, bad):
        assert not is_valid_national_id(bad)

    @pytest.mark.parametrize(
        "bad", ["", "1234567", "04993708999", "0499370898", "049937089x", "۰۴۹۹۳۷۰۸۹۰", "0000000"]
    )
    def test_normalize_refuses(self, bad):
        with pytest.raises(ValueError):
            normalize_national_id(bad)

    def test_non_strings(self):
        assert not is_valid_national_id(None)  # type: ignore[arg-type]
        assert not is_valid_national_id(499370899)  # type: ignore[arg-type]
        with pytest.raises(ValueError):
            normalize_national_id(None)  # type: ignore[arg-type]

    def test_make_refuses_bad_prefix(self):
        for bad in ("12345678", "1234567890", "12345678a", ""):
            with pytest.raises(ValueError):
                make_national_id(bad)


class TestMobile:
    @pytest.mark.parametrize(
        "typed",
        [
            "۰۹۱۲۳۴۵۶۷۸۹",
            "٠٩١٢٣٤٥٦٧٨٩",
            "09123456789",
            "9123456789",
            "+989123456789",
            "00989123456789",
            "989123456789",
            "0912 345 6789",
            "0912-345-6789",
            "+98 912 345 6789",
            "+98 0912 345 6789",
            "  09123456789  ",
            "۰۹۱۲-۳۴۵-۶۷۸۹",
        ],
    )
    def test_accepted(self, typed):
        assert normalize_mobile(typed) == "09123456789"

    @pytest.mark.parametrize(
        "typed",
        [
            "",
            "0912345678",  # one digit short
            "091234567890",  # one digit long
            "02112345678",  # Tehran landline
            "2112345678",
            "+442071234567",
            "+98212345678",
            "8123456789",
            "0912345678a",
            "(0912) 345 6789",
            "0912.345.6789",
            "+9809123456789x",
            "98912345678",
        ],
    )
    def test_refused(self, typed):
        with pytest.raises(ValueError):
            normalize_mobile(typed)

    def test_none(self):
        with pytest.raises(ValueError):
            normalize_mobile(None)  # type: ignore[arg-type]
