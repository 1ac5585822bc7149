"""normalize_text / normalize_name / fold_for_search / search_variants: the edges that matter."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.persian.normalize import (
    ZWNJ,
    fold_for_search,
    normalize_name,
    normalize_text,
    search_variants,
)

Z = ZWNJ


class TestNormalizeText:
    def test_none_and_empty(self):
        assert normalize_text(None) is None
        assert normalize_text("") == ""
        assert normalize_text("   \t \n\n  ") == ""

    @pytest.mark.parametrize(
        ("raw", "expected"),
        [
            ("علي", "علی"),  # Arabic yeh
            ("مصطفى", "مصطفی"),  # alef maksura
            ("كتاب", "کتاب"),  # Arabic kaf
            ("يكي", "یکی"),
            ("بازي\u200cها", "بازی\u200cها"),
        ],
    )
    def test_arabic_letters_become_persian(self, raw, expected):
        assert normalize_text(raw) == expected

    def test_yeh_with_hamza_is_kept(self):
        assert normalize_text("مسئول") == "مسئول"

    def test_digits(self):
        assert normalize_text("٠١٢٣٤٥٦٧٨٩") == "۰۱۲۳۴۵۶۷۸۹"  # Arabic-Indic -> Persian
        assert normalize_text("0123456789") == "0123456789"  # ASCII as typed
        assert normalize_text("۱۲") == "۱۲"

    def test_heh_hamza(self):
        assert normalize_text("خانه\u0654 ما") == "خانۀ ما"
        assert normalize_text("خان\u06d5\u0654") == "خان\u06c0"

    def test_persian_yeh_hamza_composed(self):
        assert normalize_text("مسی\u0654ول") == "مسئول"

    def test_tatweel_removed(self):
        assert normalize_text("ســــلام") == "سلام"

    def test_spaces_collapsed_and_lines_stripped(self):
        assert normalize_text("  سلام \t\t  دنیا  ") == "سلام دنیا"
        assert normalize_text(" یک \n  دو  \n") == "یک\nدو"
        assert normalize_text("a\u00a0\u00a0b") == "a b"  # NBSP counts as space

    def test_blank_lines(self):
        assert normalize_text("یک\n\n\n\nدو") == "یک\n\nدو"
        assert normalize_text("یک\n  \n \n\t\ndو") == "یک\n\ndو"
        assert normalize_text("یک\n\nدو") == "یک\n\nدو"
        assert normalize_text("\n\nیک\n\n") == "یک"

    def test_crlf(self):
        assert normalize_text("یک\r\nدو\rسه") == "یک\nدو\nسه"

    @pytest.mark.parametrize(
        "raw",
        [
            f"کتاب{Z}خانه",
            f"کتاب {Z}خانه",
            f"کتاب{Z} خانه",
            f"کتاب  {Z}  خانه",
            f"کتاب{Z}{Z}خانه",
            f"کتاب{Z} {Z}خانه",
            f"کتاب\t{Z}\tخانه",
        ],
    )
    def test_zwnj_spaces_removed_and_runs_collapsed(self, raw):
        assert normalize_text(raw) == f"کتاب{Z}خانه"

    def test_zwnj_at_word_edges_dropped(self):
        assert normalize_text(f"{Z}کتاب{Z}") == "کتاب"
        assert normalize_text(f"سلام {Z}") == "سلام"
        assert normalize_text(f"کتاب{Z}.") == "کتاب."
        assert normalize_text(f"«{Z}کتاب»") == "«کتاب»"
        assert normalize_text(f"یک ، {Z} دو") == "یک ، دو"  # typed spaces kept as one
        assert normalize_text(f"{Z}{Z}") == ""

    def test_zwnj_per_line(self):
        assert normalize_text(f"می{Z}\n{Z}خواهم") == "می\nخواهم"

    def test_nfc(self):
        assert normalize_text("\u0627\u0653ب") == "آب"

    def test_invisible_junk_removed(self):
        assert normalize_text("\ufeffسلام\u200b") == "سلام"

    def test_latin_untouched(self):
        assert normalize_text("Hello World") == "Hello World"

    @given(st.text(alphabet="ابيكىك ی‌ \t\n٠١9ـهٔ.«»،a", max_size=40))
    def test_idempotent(self, s):
        once = normalize_text(s)
        assert normalize_text(once) == once


class TestNormalizeName:
    def test_single_line(self):
        assert normalize_name("  علي \n\n  رضايي ") == "علی رضایی"
        assert normalize_name(None) is None
        assert normalize_name("  ") == ""


class TestFoldForSearch:
    def test_basic(self):
        assert fold_for_search("علي") == fold_for_search("علی") == "علی"
        assert fold_for_search("كتاب") == "کتاب"

    def test_diacritics_removed(self):
        assert fold_for_search("مُحَمَّد") == "محمد"
        assert fold_for_search("رحمٰن") == "رحمن"
        assert fold_for_search("کتاباً") == "کتابا"

    def test_alef_forms(self):
        for word in ("آب", "أب", "إب", "ٱب", "اب"):
            assert fold_for_search(word) == "اب"

    def test_heh_forms(self):
        assert fold_for_search("خانۀ") == "خانه"
        assert fold_for_search("خانهٔ") == "خانه"
        assert fold_for_search("مدرسة") == "مدرسه"

    def test_hamza_forms(self):
        assert fold_for_search("مؤمن") == "مومن"
        assert fold_for_search("مسئول") == "مسیول"
        assert fold_for_search("اجزاء") == "اجزا"

    def test_digits_become_ascii(self):
        assert fold_for_search("جلسه ۱۲") == "جلسه 12"
        assert fold_for_search("جلسه ١٢") == "جلسه 12"
        assert fold_for_search("۱۲٬۳۴۵") == "12345"

    def test_latin_lowercase(self):
        assert fold_for_search("ABC Def") == "abc def"

    def test_punctuation_becomes_space(self):
        assert fold_for_search("«سلام»، دنیا؛ چطوری؟!") == "سلام دنیا چطوری"
        assert fold_for_search("1405/08/24") == "1405 08 24"
        assert fold_for_search('a.b,c:d;e(f)[g]"h\'i-j') == "a b c d e f g h i j"

    def test_zwnj_removed_joining(self):
        assert fold_for_search(f"کتاب{Z}خانه") == "کتابخانه"
        assert fold_for_search(f"کتاب {Z} خانه") == "کتابخانه"  # normalize joins first

    def test_one_line(self):
        assert fold_for_search("یک\n\nدو") == "یک دو"

    def test_none(self):
        assert fold_for_search(None) == ""

    @given(st.text(max_size=30))
    def test_idempotent_and_no_zwnj(self, s):
        once = fold_for_search(s)
        assert Z not in once
        assert fold_for_search(once) == once


def _tokens(s: str) -> set[str]:
    return set(s.split())


class TestSearchVariants:
    def test_no_zwnj_in_output(self):
        out = search_variants(f"کتاب{Z}خانهٔ مرکزی و می{Z}خواهم")
        assert Z not in out

    def test_joined_in_place_parts_appended(self):
        assert search_variants(f"کتاب{Z}خانه مرکزی") == "کتابخانه مرکزی کتاب خانه"

    def test_without_zwnj_equals_fold(self):
        assert search_variants("کتابخانه مرکزی") == fold_for_search("کتابخانه مرکزی")

    @pytest.mark.parametrize(
        "query", ["کتابخانه", f"کتاب{Z}خانه", "کتاب خانه", f"كتاب{Z}خانه", "كتابخانه"]
    )
    def test_every_spelling_of_the_query_matches_zwnj_document(self, query):
        # What FTS5 does with an implicit AND: every query token must be in the document.
        index = _tokens(search_variants(f"گزارش کتاب{Z}خانهٔ مسجد"))
        assert _tokens(fold_for_search(query)) <= index

    def test_query_with_zwnj_matches_joined_document(self):
        index = _tokens(search_variants("گزارش کتابخانه"))
        assert _tokens(fold_for_search(f"کتاب{Z}خانه")) <= index

    def test_parts_listed_once(self):
        assert search_variants(f"می{Z}خواهم می{Z}خواهم") == "میخواهم میخواهم می خواهم"

    def test_three_parts(self):
        assert search_variants(f"بی{Z}نام{Z}ها") == "بینامها بی نام ها"

    def test_empty(self):
        assert search_variants("") == ""
        assert search_variants(None) == ""
