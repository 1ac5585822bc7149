"""The other printed papers: sign-in sheet, resolutions register, demand letter, periodic report.

Each is built from the small demo and from the large council, glyph-checked line by line,
read back with QtPdf, and checked for what its reader needs (the empty signature column, the
grouping by agency with days overdue, the letter number and the amount in words, the chart's
labels drawn through the engine)."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from app.enums import ResolutionStatus
from app.persian.digits import format_number, to_persian_digits
from app.persian.jalali import format_jalali, from_jalali
from app.persian.words import amount_in_words
from app.reports.council_report_pdf import render_council_report
from app.reports.document import DRAFT_TEXT
from app.reports.letter_pdf import amount_sentence, render_letter
from app.reports.register_pdf import NO_AGENCY, register_title, render_register
from app.reports.sign_in_pdf import render_sign_in
from app.services.common import the_council_id
from app.services.demands import list_demands
from app.services.minutes import sign_in_sheet
from app.services.report_data import find_demand, letter_data, meeting_id_by_number, register_data
from app.services.report_period import council_report
from app.vocabulary import label
from doccheck import DEMO_TODAY, check_document


def _texts(result, page=None):
    return [l.logical for l in (result.lines if page is None else result.lines_on(page))]


# ---------------------------------------------------------------- sign-in sheet
@pytest.mark.parametrize("source", ["demo", "large"])
def test_sign_in_sheet(source, demo_db, large, pdf_dir, qapp):
    db, number = (demo_db, 30) if source == "demo" else (large[0], large[1].scheduled)
    with db.session(actor="test") as s:
        sheet = sign_in_sheet(s, meeting_id_by_number(s, number))
    pdf = pdf_dir / f"sign-in-{source}.pdf"
    result = render_sign_in(sheet, pdf, print_date=DEMO_TODAY)
    check_document(pdf, result, must_read=tuple(m.full_name for m in sheet.members))
    texts = _texts(result)
    assert {"امضا", "ساعت ورود", "مدعوین"} <= set(texts)
    # nothing is written in the signature column: every member row has exactly its 4 texts
    for i, member in enumerate(sheet.members, start=1):
        assert member.full_name in texts
    assert texts.count("امضا") >= 2  # members' table and guests' table (headers)
    assert "دبیر جلسه" in texts and "رئیس جلسه" in texts


# ---------------------------------------------------------------- resolutions register
@pytest.mark.parametrize("source", ["demo", "large"])
def test_register_open_and_overdue_grouped_by_agency(source, demo_db, large, pdf_dir, qapp):
    db = demo_db if source == "demo" else large[0]
    with db.session(actor="test") as s:
        data = register_data(s, status=("open", "in_progress"), overdue=True, today=DEMO_TODAY)
    assert data.rows and all(r.overdue for r in data.rows)
    pdf = pdf_dir / f"register-{source}.pdf"
    result = render_register(data, pdf)
    check_document(pdf, result, must_read=tuple(r.text.split()[0] for r in data.rows))
    texts = _texts(result)
    headings = [t for t in texts if t.endswith("معوق)")]
    agencies = {r.agency_name or NO_AGENCY for r in data.rows}
    assert len(headings) == len(agencies)
    if NO_AGENCY in agencies:
        assert headings[-1].startswith(NO_AGENCY)  # the ones without an agency come last
    for r in data.rows:
        assert to_persian_digits(r.number) in texts
        assert format_number(r.days_overdue) in texts


def test_register_of_every_status_has_no_overdue_column_values_for_done(demo_db, pdf_dir, qapp):
    with demo_db.session(actor="test") as s:
        data = register_data(s, status="done", today=DEMO_TODAY)
    assert register_title(data) == "دفتر مصوبات: مصوبات " + label("done", ResolutionStatus)
    pdf = pdf_dir / "register-done.pdf"
    result = render_register(data, pdf)
    check_document(pdf, result)
    assert not any(r.overdue for r in data.rows)


def test_register_with_nothing_to_list(large, pdf_dir, qapp):
    with large[0].session(actor="test") as s:
        data = register_data(s, status="cancelled", today=DEMO_TODAY)
    pdf = pdf_dir / "register-empty.pdf"
    result = render_register(data, pdf)
    check_document(pdf, result)
    assert "مصوبه‌ای با این شرایط یافت نشد." in _texts(result)


# ---------------------------------------------------------------- demand letters
def test_demo_letter_with_amount_in_digits_and_words(demo_db, pdf_dir, qapp):
    with demo_db.session(actor="test") as s:
        demand = next(d for d in list_demands(s, the_council_id(s), status="sent", today=DEMO_TODAY)
                      if d.amount and d.letter_no)
        data = letter_data(s, find_demand(s, demand.letter_no), today=DEMO_TODAY)
    assert data.amount == demand.amount and data.letter_no == demand.letter_no
    pdf = pdf_dir / "letter-demo.pdf"
    result = render_letter(data, pdf)
    check_document(pdf, result, must_read=(data.agency_name, amount_in_words(data.amount)))
    texts = " ".join(_texts(result))
    assert f"ریاست محترم {data.agency_name}" in texts
    assert to_persian_digits(data.letter_no) in texts
    assert format_jalali(data.letter_date) in texts
    assert amount_sentence(data.amount) in texts
    assert "رونوشت:" in texts and "پیوست:" in texts
    for signer in data.signers:
        assert signer.full_name in texts
    assert DRAFT_TEXT not in _texts(result)
    assert result.page_count == 1


def test_letter_found_by_persian_or_latin_digits_or_id(large):
    db, info = large
    with db.session(actor="test") as s:
        by_persian = find_demand(s, info.letter_no)
        assert find_demand(s, "123/ش/1405") == by_persian
        assert find_demand(s, " ۱۲۳ / ش / ۱۴۰۵ ") == by_persian
        assert find_demand(s, by_persian) == by_persian


def test_large_letters_sent_and_draft(large, pdf_dir, qapp):
    db, info = large
    with db.session(actor="test") as s:
        sent = letter_data(s, find_demand(s, info.letter_no), today=DEMO_TODAY)
        draft = letter_data(s, info.draft_demand_id, today=DEMO_TODAY)
    for name, data in (("sent", sent), ("draft", draft)):
        pdf = pdf_dir / f"letter-large-{name}.pdf"
        result = render_letter(data, pdf)
        check_document(pdf, result, must_read=(amount_in_words(data.amount),))
        texts = _texts(result)
        assert (texts[0] == DRAFT_TEXT) == (name == "draft")
        joined = " ".join(texts)
        assert ("شماره: پیش‌نویس" in joined or "پیش‌نویس" in texts) == (name == "draft")
    assert sent.agency_contact == "مهندس کاظمی"


# ---------------------------------------------------------------- periodic report
@pytest.mark.parametrize("source", ["demo", "large"])
def test_council_report_for_a_jalali_half_year(source, demo_db, large, pdf_dir, qapp):
    db = demo_db if source == "demo" else large[0]
    start, end = from_jalali(1405, 1, 1), from_jalali(1405, 8, 30)
    with db.session(actor="test") as s:
        data = council_report(s, start, end, today=DEMO_TODAY)
    pdf = pdf_dir / f"report-{source}.pdf"
    result = render_council_report(data, pdf)
    check_document(pdf, result, must_read=tuple(p.title for p in data.projects))
    texts = _texts(result)
    assert f"از {format_jalali(start)} تا {format_jalali(end)}" in texts
    for heading in ("خلاصه عملکرد", "۱. جلسات شورا", "۴. مطالبات و پاسخ‌گویی دستگاه‌های اجرایی"):
        assert heading in texts
    for m in data.meetings:
        assert format_jalali(m.date) in texts
    for a in data.agencies:
        assert a.agency_name in texts
    if data.projects:  # chart labels, the scale and every bar's value, drawn by the engine
        for p in data.projects:
            assert texts.count(p.title) >= 2  # bar label and table row
        assert {"۰٪", "۵۰٪", "۱۰۰٪"} <= set(texts)


def test_report_chart_is_vector_bars_under_engine_text(demo_db, pdf_dir):
    with demo_db.session(actor="test") as s:
        data = council_report(s, from_jalali(1405, 1, 1), from_jalali(1405, 6, 31), today=DEMO_TODAY)
    pdf = pdf_dir / "report-chart.pdf"
    result = render_council_report(data, pdf)
    chart_page = next(l.page for l in result.lines if l.logical == "۵. پیشرفت پروژه‌های نقشه راه")
    content = PdfReader(str(pdf)).pages[chart_page - 1].get_contents().get_data()
    assert content.count(b" re") >= len(data.projects)  # one rectangle per bar (at least)
