"""Unit tests of the text recipe: normalisation, logical wrapping, visual lines, fonts."""

from __future__ import annotations

import bidi
import pytest
import uharfbuzz as hb
from bidi.algorithm import get_display

from app.reports import fonts
from app.reports.bidi_text import ZWNJ, layout, prepare, shape, visual
from app.reports.fonts import BOLD, REGULAR
from hard_strings import HARD_STRINGS


def test_font_files_and_licence_are_in_the_tree():
    assert fonts.REGULAR_TTF.is_file() and fonts.BOLD_TTF.is_file()
    assert (fonts.FONT_DIR / "OFL.txt").read_text(encoding="utf-8").find("SIL OPEN FONT LICENSE") >= 0
    assert fonts.FONT_DIR.parts[-2:] == ("resources", "fonts")


def test_register_fonts_is_idempotent():
    fonts.register_fonts()
    fonts.register_fonts()
    assert fonts.font_path(REGULAR) == fonts.REGULAR_TTF and fonts.font_path(BOLD) == fonts.BOLD_TTF


@pytest.mark.parametrize("path", [fonts.REGULAR_TTF, fonts.BOLD_TTF])
def test_zwnj_is_an_empty_zero_width_glyph_not_tofu(path):
    font = hb.Font(hb.Face(hb.Blob.from_file_path(str(path))))
    gid = font.get_nominal_glyph(0x200C)
    assert gid and gid != 0
    assert font.get_glyph_h_advance(gid) == 0
    ext = font.get_glyph_extents(gid)
    assert (ext.width, ext.height) == (0, 0)


def test_prepare_normalises_what_prints_differently():
    assert prepare("علي كتاب") == "علی کتاب"
    assert prepare("خانه\u0654") == "خانۀ"
    assert prepare("\u200fسلام\u200e") == "سلام"  # bidi controls dropped
    assert prepare(None) == "" and prepare("") == ""
    assert prepare("الف\tب\r\nج") == "الف ب\nج"


def test_empty_and_blank_text_give_no_lines():
    for text in ("", "   ", "\n\n", None):
        assert layout(text, REGULAR, 11, 200) == []


def test_isolated_heh_with_yeh_falls_back_to_the_base_letter():
    # U+FBA4 is not in Vazirmatn; the base letter's default glyph is the isolated form
    assert "\ufba4" not in shape("پردۀ")
    assert "\u06c0" in shape("پردۀ")


def test_zwnj_survives_reordering_and_keeps_letters_apart():
    v = visual(f"می{ZWNJ}خواهیم")
    assert ZWNJ in v
    left, right = v.split(ZWNJ)
    assert right == "\ufbfd\ufee3"  # می: yeh final, meem initial (drawn left to right)
    assert left.endswith("\ufea7")  # خ initial: a new word shape starts after the ZWNJ


def test_letter_number_and_date_read_in_the_right_order():
    # visual order left to right: year, ش, number -> read right to left as ۱۲۳/ش/۱۴۰۵
    assert visual("۱۲۳/ش/۱۴۰۵") == "۱۴۰۵/\ufeb5/۱۲۳"
    assert visual("۱۴۰۵/۰۸/۲۴") == "۱۴۰۵/۰۸/۲۴"


def test_brackets_are_mirrored_by_the_algorithm_module_not_by_the_rust_one():
    text = "بسیج (پایگاه)"
    ours = visual(text)
    assert ours.startswith("(") and ours.endswith("\ufe9e\ufbff\ufeb4\ufe91")
    # the recorded regression: python-bidi's top-level get_display leaves ')' on the left
    assert bidi.get_display(text, base_dir="R").startswith(")")
    assert get_display(text, base_dir="R").startswith("(")


def test_long_word_is_broken_into_lines_that_fit():
    for key in ("word_120", "word_120_latin"):
        lines = layout(HARD_STRINGS[key], REGULAR, 11, 90)
        assert len(lines) > 1
        assert all(l.width <= 90.01 for l in lines)
        assert "".join(l.logical for l in lines) == HARD_STRINGS[key]


def test_400_words_wrap_in_logical_order_and_fit():
    text = HARD_STRINGS["paragraph_400"]
    for width in (120, 300, 480):
        lines = layout(text, REGULAR, 11, width)
        assert all(l.width <= width + 0.01 for l in lines)
        assert " ".join(l.logical for l in lines) == prepare(text)
        assert all(l.logical == l.logical.strip() for l in lines)
        assert [l.ends_paragraph for l in lines] == [False] * (len(lines) - 1) + [True]


def test_hard_newlines_start_new_paragraphs():
    lines = layout("بند اول\nبند دوم", REGULAR, 11, 400)
    assert [l.logical for l in lines] == ["بند اول", "بند دوم"]
    assert all(l.ends_paragraph for l in lines)


def test_wrapping_measures_the_shaped_text():
    # a line's width is the drawn string's width, and the next word would not have fitted
    text = HARD_STRINGS["paragraph_400"]
    lines = layout(text, BOLD, 12, 250)
    for a, b in zip(lines, lines[1:]):
        first_next = b.logical.split(" ")[0]
        wider = layout(a.logical + " " + first_next, BOLD, 12, 10_000)[0]
        assert wider.width > 250
