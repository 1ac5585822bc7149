"""The sample document end to end: pages, footer, header row repeated, draft mark, QR code,
nothing outside the text area, every line checked against HarfBuzz and read back by QtPdf."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader
from reportlab.platypus import Spacer

from app.persian.digits import to_persian_digits
from app.reports import Column, QRCodeFlowable, RTLParagraph, RTLTable, build_pdf
from app.reports.document import DRAFT_TEXT, MARGINS, PAGE_SIZE
from glyphcheck import check_pdf, read_back_text, squash
from sample_document import QR_DATA, VERIFICATION_CODE, build_sample

TEXT_BOX = (MARGINS["left"], PAGE_SIZE[0] - MARGINS["right"])


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    pdf = tmp_path_factory.mktemp("sample") / "sample.pdf"
    return pdf, build_sample(pdf)


def test_sample_spills_over_several_pages(sample):
    pdf, result = sample
    assert result.page_count >= 4
    assert len(PdfReader(str(pdf)).pages) == result.page_count


def test_every_drawn_line_matches_harfbuzz_and_stays_in_the_text_area(sample):
    pdf, result = sample
    assert check_pdf(pdf, result, text_box=TEXT_BOX) == len(result.lines)


def test_footer_on_every_page(sample):
    _, result = sample
    n = result.page_count
    for page in range(1, n + 1):
        texts = [l.logical for l in result.lines_on(page)]
        assert f"صفحه {to_persian_digits(page)} از {to_persian_digits(n)}" in texts
        assert "تاریخ چاپ: ۱۴۰۵/۰۸/۲۴" in texts  # 2026-11-15 in Jalali
        assert f"کد تأیید: {VERIFICATION_CODE}" in texts
        assert texts[0] == DRAFT_TEXT  # drawn first: under the page's content


def test_table_header_is_repeated_on_each_page_it_reaches(sample):
    _, result = sample
    pages_with_rows = {l.page for l in result.lines if l.logical in ("۶۰", "۳۰", "۱")}
    table_pages = range(min(pages_with_rows), max(pages_with_rows) + 1)
    for page in table_pages:
        assert "ردیف" in [l.logical for l in result.lines_on(page)], page
    first_header = next(i for i, l in enumerate(result.lines) if l.logical == "ردیف")
    wanted = {to_persian_digits(i) for i in range(1, 61)}
    numbers = [l.logical for l in result.lines[first_header:] if l.logical in wanted]
    assert numbers == [to_persian_digits(i) for i in range(1, 61)]  # every row, in order


def test_text_reads_back_with_qtpdf(sample, qapp):
    pdf, result = sample
    pages = read_back_text(pdf)
    assert len(pages) == result.page_count
    for number, text in enumerate(pages, start=1):
        flat = squash(text)
        for line in result.lines_on(number):
            # pure-Persian lines come back verbatim (mixed ones: see test_hard_strings)
            if not any(c.isascii() and c.isalnum() for c in line.logical) and "/" not in line.logical:
                assert squash(line.logical) in flat, (number, line.logical)


def test_pdf_metadata_and_output_to_a_buffer():
    buf = io.BytesIO()
    result = build_pdf(buf, [RTLParagraph("سلام")], title="صورت‌جلسه", print_date=date(2026, 3, 21))
    reader = PdfReader(io.BytesIO(buf.getvalue()))
    assert result.page_count == 1 and len(reader.pages) == 1
    assert reader.metadata.title == "صورت‌جلسه"
    assert "تاریخ چاپ: ۱۴۰۵/۰۱/۰۱" in [l.logical for l in result.lines]
    assert DRAFT_TEXT not in [l.logical for l in result.lines]  # draft is off by default


def test_cells_never_exceed_their_columns():
    long_word = "ب" * 200
    table = RTLTable([Column("الف", 0.5), Column("ب", 3.0), Column("ج", 0.3)],
                     [[long_word, "متن " * 300, "x" * 50]] * 3)
    table.wrap(480, 700)
    head, body = table._layout(480)
    widths = table._col_widths(480)
    for row in [head] + body:
        for lines, w in zip(row, widths):
            assert all(l.width <= w - 2 * table.padding + 0.01 for l in lines)


def test_empty_story_and_empty_strings_build(tmp_path):
    result = build_pdf(tmp_path / "e.pdf", [RTLParagraph(""), RTLTable(["", ""], [["", ""]])], title="e")
    assert result.page_count == 1
    check_pdf(tmp_path / "e.pdf", result)


def test_qr_code_modules_are_drawn_where_the_matrix_says(tmp_path, qapp):
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    pdf = tmp_path / "qr.pdf"
    qr = QRCodeFlowable(QR_DATA, size=144.0, align="left")
    build_pdf(pdf, [qr], title="qr")
    doc = QPdfDocument(None)
    doc.load(str(pdf))
    scale = 4.0  # pixels per point
    w, h = PAGE_SIZE
    image = doc.render(0, QSize(int(w * scale), int(h * scale)))
    n = len(qr.matrix)
    module = 144.0 / n
    for r in range(n):
        for c in range(n):
            x = (MARGINS["left"] + (c + 0.5) * module) * scale
            y = (MARGINS["top"] + (r + 0.5) * module) * scale
            pixel = image.pixelColor(int(x), int(y))  # transparent where nothing is drawn
            dark = pixel.alpha() > 128 and pixel.lightness() < 128
            assert dark == qr.matrix[r][c], (r, c)
    doc.close()


def test_justified_word_spacing_does_not_leak(tmp_path):
    from app.reports.flowables import TextStyle

    text = "کلمه " * 200
    story = [RTLParagraph(text, TextStyle(align="justify")), Spacer(1, 4), RTLParagraph("پس از آن")]
    result = build_pdf(tmp_path / "j.pdf", story, title="j")
    assert any(l.word_space > 0 for l in result.lines)
    assert [l.word_space for l in result.lines if l.logical == "پس از آن"] == [0.0]
    check_pdf(tmp_path / "j.pdf", result)  # compares each line's Tw in the PDF with the log
