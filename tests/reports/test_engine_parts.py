"""The engine pieces the documents added: letterhead, right-to-left bar chart, signature block
from the left, tall table rows, header from page 2, widow control, and the QR payload."""

from __future__ import annotations

import io

import pytest
from reportlab.platypus import Spacer

from app.reports import RTLParagraph, RTLTable, SignatureBlock, build_pdf
from app.reports.chart import Bar, HBarChart, percent_text
from app.reports.flowables import TextStyle
from app.reports.letterhead import Letterhead
from app.reports.parts import DATE_SAMPLE, TABLE_SIZE, TITLE, width_for
from app.reports.verification import minutes_payload, parse_minutes_payload
from doccheck import TEXT_BOX
from glyphcheck import check_pdf
from hard_strings import HARD_STRINGS


def _build(tmp_path, story, **kw):
    pdf = tmp_path / "t.pdf"
    result = build_pdf(pdf, story, title="t", **kw)
    assert check_pdf(pdf, result, text_box=TEXT_BOX) == len(result.lines)
    return pdf, result


def test_letterhead_columns(tmp_path):
    head = Letterhead([("بسمه تعالی", TextStyle(size=10)), ("شورای پیشرفت محله شهرک ولیعصر", TITLE)],
                      right=["کد شورا: ARD-0054/B"],
                      left_pairs=[("شماره", "۱۲۳/ش/۱۴۰۵"), ("تاریخ", "۱۴۰۵/۰۸/۲۴"), ("پیوست", "ندارد")],
                      qr_data="dabir:minutes:ARD:1:AAAA-BBBB-CC", qr_caption="کد تأیید: AAAA-BBBB-CC")
    _, result = _build(tmp_path, [head, RTLParagraph("متن")])
    lines = {l.logical: l for l in result.lines}
    width = TEXT_BOX[1] - TEXT_BOX[0]
    assert lines["شورای پیشرفت محله شهرک ولیعصر"].x > width * 0.2  # centre column
    assert lines["کد شورا: ARD-0054/B"].x + lines["کد شورا: ARD-0054/B"].width == pytest.approx(width)
    # left column: labels right-aligned on one edge, values just to their left, top to bottom
    labels = [lines[f"{k}:"] for k in ("شماره", "تاریخ", "پیوست")]
    assert len({round(l.x + l.width, 2) for l in labels}) == 1
    assert labels[0].y > labels[1].y > labels[2].y
    assert lines["۱۲۳/ش/۱۴۰۵"].x + lines["۱۲۳/ش/۱۴۰۵"].width < labels[0].x
    assert lines["کد تأیید: AAAA-BBBB-CC"].y < labels[2].y  # QR caption under the pairs
    assert head.split(width, 10) == []


def test_letterhead_wraps_a_long_value_under_itself(tmp_path):
    head = Letterhead([("عنوان", TITLE)], left_pairs=[("شماره", HARD_STRINGS["letter_number_long"] * 3)])
    _build(tmp_path, [head])


def test_chart_reads_from_the_right_and_splits_with_its_scale(tmp_path):
    bars = [Bar(f"پروژهٔ شمارهٔ {i} با عنوانی بلند برای شکستن سطر", (i * 7) % 101) for i in range(60)]
    bars.append(Bar("بیش از صد", 140, text="۱۴۰٪"))
    pdf, result = _build(tmp_path, [HBarChart(bars, legend=[(Bar("", 0).color, "در حال اجرا")])])
    assert result.page_count >= 2
    for page in range(1, result.page_count + 1):
        texts = [l.logical for l in result.lines_on(page)]
        assert {"۰٪", "۱۰۰٪"} <= set(texts), page  # the scale on every piece
    zero = next(l for l in result.lines if l.logical == "۰٪")
    hundred = next(l for l in result.lines if l.logical == "۱۰۰٪")
    assert zero.x > hundred.x  # 0 on the right, 100 on the left
    label = next(l for l in result.lines if " 1 " in l.logical)
    assert label.x > zero.x  # labels stand right of the axis
    assert percent_text(21.7) == "۲۱٫۷٪" and percent_text(53) == "۵۳٪"


def test_signature_block_from_the_left(tmp_path):
    _, result = _build(tmp_path, [SignatureBlock([("الف", "رئیس"), ("ب", "دبیر")], per_row=3, start="left")])
    a = next(l for l in result.lines if l.logical == "الف")
    b = next(l for l in result.lines if l.logical == "ب")
    assert a.x < b.x < (TEXT_BOX[1] - TEXT_BOX[0]) * 2 / 3


def test_table_rows_tall_enough_to_sign_in():
    table = RTLTable(["نام", "امضا"], [["علی", ""], ["", ""]], min_row_height=30)
    _, h = table.wrap(400, 800)
    assert h == pytest.approx(table._row_height(table._layout(400)[0], body=False) + 60)


def test_dates_fit_their_column_on_one_line():
    w = width_for(["مهلت", DATE_SAMPLE])
    table = RTLTable(["مهلت"], [["۱۴۰۵/۰۳/۲۳"], [DATE_SAMPLE]], size=TABLE_SIZE)
    table.wrap(w, 800)
    assert all(len(cells[0]) == 1 for cells in table._layout(w)[1])


def test_header_from_the_second_page(tmp_path):
    story = [RTLParagraph("سطر " * 900)]
    _, result = _build(tmp_path, story, header="سرصفحه", header_first_page=False)
    assert result.page_count >= 2
    assert "سرصفحه" not in [l.logical for l in result.lines_on(1)]
    assert "سرصفحه" in [l.logical for l in result.lines_on(2)]


def test_a_paragraph_never_leaves_a_widow_line(tmp_path):
    style = TextStyle(size=11)
    for lines_before in range(28, 37):  # vary where the page break falls
        story = [Spacer(1, lines_before * style.line_height), RTLParagraph("کلمه " * 120, style)]
        buf = io.BytesIO()
        result = build_pdf(buf, story, title="w")
        body = [l for l in result.lines if l.logical.startswith("کلمه")]
        per_page = [sum(1 for l in body if l.page == p) for p in range(1, result.page_count + 1)]
        assert all(n != 1 for n in per_page if n), per_page


def test_minutes_payload_round_trip_and_refusals():
    payload = minutes_payload("ARD-0054/B", 26, "K7QD-4MX2-PA")
    assert payload == "dabir:minutes:ARD-0054%2FB:26:K7QD-4MX2-PA"
    parsed = parse_minutes_payload(payload)
    assert (parsed.council_code, parsed.meeting_number, parsed.code) == ("ARD-0054/B", 26, "K7QD-4MX2-PA")
    for bad in ("", "dabir:minutes:", "dabir:minutes:A:x:C", "dabir:letter:A:1:C", "dabir:minutes:A:1"):
        assert parse_minutes_payload(bad) is None
