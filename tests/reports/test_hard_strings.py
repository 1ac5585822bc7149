"""Every hard string, printed as a paragraph, a heading (bold) and a narrow table cell, checked
glyph by glyph against HarfBuzz and read back with QtPdf; and proof that the check catches the
known ways Persian PDF output goes wrong."""

from __future__ import annotations

import collections
from pathlib import Path

import arabic_reshaper
import bidi
import pytest
from bidi.algorithm import get_display
from reportlab.platypus.flowables import Flowable

from app.reports import Column, RTLHeading, RTLParagraph, RTLTable, build_pdf
from app.reports.bidi_text import Line, prepare, text_width, visual
from app.reports.drawing import draw_line
from app.reports.fonts import REGULAR
from glyphcheck import bidi_levels, check_pdf, read_back_text, squash
from hard_strings import HARD_STRINGS, KNOWN_DIFFERENT


def _story(text: str) -> list[Flowable]:
    return [
        RTLParagraph(text),
        RTLHeading(text),
        # the right column is narrow (1/3 of the frame): long text wraps; the left one is empty
        RTLTable([Column("ستون", 1.0), Column("", 2.0)], [[text, ""]], header=False),
    ]


FOOTER_LINES = 2  # with no verification code or note: "صفحه x از y" and the print date


def _build(tmp_path: Path, text: str):
    pdf = tmp_path / "hard.pdf"
    result = build_pdf(pdf, _story(text), title="hard string")
    return pdf, result


def _body(result, page: int):
    """Lines of the page's content: the footer is drawn last on every page."""
    return result.lines_on(page)[:-FOOTER_LINES]


def _assert_reads_back(pdf: Path, result) -> None:
    """QtPdf's text, line by line, says what the engine wrote (see the note on mixed lines)."""
    pages = read_back_text(pdf)
    for number, page_text in enumerate(pages, start=1):
        got = [l for l in page_text.split("\r\n") if l.strip()][:-1]  # last line: the footer
        expected = [l.logical for l in _body(result, number)]
        assert len(got) == len(expected), (got, expected)
        for g, e in zip(got, expected):
            if all(level % 2 for level in bidi_levels(e)):
                assert squash(g) == squash(e)  # purely right-to-left: exactly what was written
            else:
                # pdfium rebuilds logical order from the drawn (visual) order with its own
                # heuristics and reorders some mixed runs ("Red Crescent" -> "Crescent Red",
                # "۱۲۳/ش/۱۴۰۵" -> "/۱۲۳ش۱۴۰۵/"); the order is proved by the glyph check, so here
                # every character must come back, none lost or added (ZWNJ and marks included).
                assert _chars(g) == _chars(e)


_FOLD_MIRRORED = str.maketrans(")]}»›", "([{«‹")


def _chars(text: str) -> collections.Counter:
    # pdfium picks its own side for a bracket at the edge of a Latin run ("«Red Crescent (IRCS)»"
    # reads back with "((" and "««"): brackets are counted as pairs, their side is proved by
    # the glyph check
    return collections.Counter(squash(text).replace(" ", "").translate(_FOLD_MIRRORED))


@pytest.mark.parametrize("key", list(HARD_STRINGS))
def test_hard_string_glyphs_and_text(key, tmp_path, qapp):
    text = HARD_STRINGS[key]
    pdf, result = _build(tmp_path, text)
    body = [l for page in range(1, result.page_count + 1) for l in _body(result, page)]
    if prepare(text).strip():
        assert body, "nothing drawn"
        assert {l.font for l in body} == {"Vazirmatn", "Vazirmatn-Bold"}
    else:
        assert body == []
    checked = check_pdf(pdf, result, text_box=(56.69, 538.59))
    assert checked == len(result.lines)
    _assert_reads_back(pdf, result)


@pytest.mark.parametrize("key", list(KNOWN_DIFFERENT))
def test_known_differences_still_differ(key, tmp_path):
    pdf, result = _build(tmp_path, KNOWN_DIFFERENT[key])
    with pytest.raises(AssertionError, match="glyphs drawn, HarfBuzz has"):
        check_pdf(pdf, result)


def test_zwnj_is_in_the_pdf_text_and_draws_nothing(tmp_path, qapp):
    pdf, result = _build(tmp_path, HARD_STRINGS["zwnj_many"])
    from pypdf import PdfReader

    from glyphcheck import text_objects

    objs = text_objects(PdfReader(str(pdf)), 0)
    zwnj_glyphs = [g for o in objs for g in o.glyphs if not g.outline and g.advance == 0]
    assert zwnj_glyphs and not any(g.notdef for g in zwnj_glyphs)
    assert "\u200c" in read_back_text(pdf)[0]


# ---------------------------------------------------------------- the check catches faults
class _RawLine(Flowable):
    """Draws a chosen 'visual' string while logging the true logical text."""

    def __init__(self, logical: str, drawn: str) -> None:
        super().__init__()
        self.logical, self.drawn = logical, drawn

    def wrap(self, w, h):
        self.width, self.height = w, 20
        return w, 20

    def draw(self):
        line = Line(self.logical, self.drawn, text_width(self.drawn, REGULAR, 11), True)
        draw_line(self.canv, line, x_left=0, x_right=self.width, y=5, font=REGULAR, size=11)


BROKEN_RECIPES = {
    "raw text (isolated letters, reversed)": lambda t: t,
    "reshape only (mirrored)": lambda t: arabic_reshaper.reshape(t),
    "bidi only (unjoined)": lambda t: get_display(t, base_dir="R"),
    "Rust get_display (brackets not mirrored)": lambda t: bidi.get_display(arabic_reshaper.reshape(t), base_dir="R"),
}


@pytest.mark.parametrize("recipe", list(BROKEN_RECIPES))
def test_the_check_rejects_broken_recipes(recipe, tmp_path):
    text = "بسیج (پایگاه امام علی) می\u200cخواهیم"
    pdf = tmp_path / "bad.pdf"
    result = build_pdf(pdf, [_RawLine(text, BROKEN_RECIPES[recipe](text))], title="bad")
    with pytest.raises(AssertionError):
        check_pdf(pdf, result)
    # and the real recipe passes the same check
    good = build_pdf(pdf, [_RawLine(text, visual(text))], title="good")
    check_pdf(pdf, good)


def test_the_check_rejects_a_missing_glyph(tmp_path):
    # reshaped naively, ۀ after ر is U+FBA4, which Vazirmatn lacks: reportlab draws it as
    # code 0, the font's empty NULL glyph, and the letter silently vanishes from the page
    text = "پردۀ"
    pdf = tmp_path / "tofu.pdf"
    naive = get_display(arabic_reshaper.reshape(text), base_dir="R")
    result = build_pdf(pdf, [_RawLine(text, naive)], title="tofu")
    with pytest.raises(AssertionError, match="missing glyph"):
        check_pdf(pdf, result)
