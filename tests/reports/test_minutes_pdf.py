"""The printed minutes: demo meetings (finalised, held draft, scheduled) and the 50-resolution
meeting, each checked line by line against HarfBuzz, read back with QtPdf, and for what an
official copy needs: page x of y, the verification code and its QR code, the draft mark, the
signing places of the members present kept with their heading."""

from __future__ import annotations

import qrcode
import pytest
from PySide6.QtCore import QSize
from PySide6.QtPdf import QPdfDocument
from qrcode.constants import ERROR_CORRECT_M

from app.persian.digits import to_persian_digits
from app.reports.document import DRAFT_TEXT, MARGINS, PAGE_SIZE
from app.reports.minutes_pdf import meeting_title, qr_payload, render_minutes
from app.reports.verification import minutes_payload, parse_minutes_payload
from app.services.minutes import minutes_document
from app.services.report_data import check_minutes_payload, meeting_id_by_number
from app.vocabulary import label
from app.enums import ResolutionStatus
from doccheck import DEMO_TODAY, check_document, page_label

DEMO_MEETINGS = {"finalised": 26, "held_draft": 28, "scheduled": 30}


def _doc(db, number):
    with db.session(actor="test") as s:
        return minutes_document(s, meeting_id_by_number(s, number), DEMO_TODAY)


@pytest.fixture(scope="module")
def demo_minutes(demo_db, pdf_dir):
    out = {}
    for key, number in DEMO_MEETINGS.items():
        doc = _doc(demo_db, number)
        pdf = pdf_dir / f"demo-minutes-{number}.pdf"
        out[key] = (doc, pdf, render_minutes(doc, pdf))
    return out


@pytest.fixture(scope="module")
def large_minutes(large, pdf_dir):
    db, info = large
    out = {}
    for key, number in (("big", info.big), ("draft", info.draft), ("scheduled", info.scheduled)):
        doc = _doc(db, number)
        pdf = pdf_dir / f"large-minutes-{number}.pdf"
        out[key] = (doc, pdf, render_minutes(doc, pdf))
    return out


def _logicals(result, page=None):
    lines = result.lines if page is None else result.lines_on(page)
    return [l.logical for l in lines]


@pytest.mark.parametrize("key", list(DEMO_MEETINGS))
def test_demo_minutes_glyphs_pages_and_read_back(demo_minutes, key, qapp):
    doc, pdf, result = demo_minutes[key]
    wanted = [doc.council.name, *(a.full_name for a in doc.attendance),
              *(r.text.split()[0] for r in doc.resolutions)]
    if doc.verification_code:
        wanted.append(doc.verification_code)
    check_document(pdf, result, must_read=tuple(wanted))


def test_demo_finalised_minutes_show_code_on_every_page_and_no_draft_mark(demo_minutes):
    doc, _, result = demo_minutes["finalised"]
    assert doc.meeting.finalised and doc.verification_code
    for page in range(1, result.page_count + 1):
        texts = _logicals(result, page)
        assert f"کد تأیید: {doc.verification_code}" in texts
        assert DRAFT_TEXT not in texts
    assert meeting_title(doc) in _logicals(result, 1)


@pytest.mark.parametrize("key", ["held_draft", "scheduled"])
def test_demo_draft_minutes_carry_the_mark_and_no_code(demo_minutes, key):
    doc, _, result = demo_minutes[key]
    assert doc.verification_code is None and qr_payload(doc) is None
    for page in range(1, result.page_count + 1):
        texts = _logicals(result, page)
        assert texts[0] == DRAFT_TEXT  # under the content, on every page
        assert not any(t.startswith("کد تأیید") for t in texts)


def test_header_block_has_every_particular(demo_minutes):
    doc, _, result = demo_minutes["finalised"]
    first = " ".join(_logicals(result, 1))
    m = doc.meeting
    for part in (doc.council.neighbourhood, doc.council.county, doc.council.province,
                 m.weekday, to_persian_digits(m.start_time.strftime("%H:%M")),
                 to_persian_digits(m.end_time.strftime("%H:%M")), m.place, m.chair_name,
                 m.minute_taker_name, "حاضران و غایبان"):
        assert part in first, part
    assert doc.quorum.rule in " ".join(_logicals(result))


def test_signatures_of_present_members_only_and_with_their_heading(demo_minutes, large_minutes):
    for doc, _, result in (demo_minutes["finalised"][0:3], large_minutes["big"][0:3]):
        lines = list(result.lines)
        head = next(i for i, l in enumerate(lines) if l.logical == "امضای اعضای حاضر")
        present = [a.full_name for a in doc.attendance if a.status in ("present", "late")]
        absent = [a.full_name for a in doc.attendance if a.status not in ("present", "late")]
        after = [l.logical for l in lines[head:]]
        for name in present:
            assert name in after, name
        for name in absent:
            assert name not in after, name
        first_signer = next(l for l in lines[head:] if l.logical == present[0])
        assert first_signer.page == lines[head].page  # the heading never ends a page alone


def test_qr_code_is_the_payload_and_a_checker_confirms_it(demo_db, demo_minutes, qapp):
    doc, pdf, _ = demo_minutes["finalised"]
    payload = qr_payload(doc)
    assert payload == f"dabir:minutes:{doc.council.code}:{doc.meeting.number}:{doc.verification_code}"
    assert parse_minutes_payload(payload).code == doc.verification_code
    # the modules drawn on page 1 (top left corner of the text area) are qrcode's matrix
    qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    qr.add_data(payload)
    qr.make(fit=True)
    matrix = qr.get_matrix()
    pdfdoc = QPdfDocument(None)
    pdfdoc.load(str(pdf))
    scale = 6.0
    image = pdfdoc.render(0, QSize(int(PAGE_SIZE[0] * scale), int(PAGE_SIZE[1] * scale)))
    module = 64.0 / len(matrix)
    for r, row in enumerate(matrix):
        for c, dark in enumerate(row):
            x = (MARGINS["left"] + (c + 0.5) * module) * scale
            y = (MARGINS["top"] + (r + 0.5) * module) * scale
            pixel = image.pixelColor(int(x), int(y))
            assert (pixel.alpha() > 128 and pixel.lightness() < 128) == bool(dark), (r, c)
    pdfdoc.close()
    with demo_db.session(actor="test") as s:
        assert check_minutes_payload(s, payload)
        forged = minutes_payload(doc.council.code, doc.meeting.number, "AAAA-AAAA-AA")
        assert not check_minutes_payload(s, forged)
        assert not check_minutes_payload(s, minutes_payload(doc.council.code, 28, doc.verification_code))
        assert not check_minutes_payload(s, "https://example.com/")


def test_payload_survives_a_council_code_with_a_slash(large, large_minutes):
    db, info = large
    doc = large_minutes["big"][0]
    payload = qr_payload(doc)
    assert "ARD-0054%2FB" in payload and payload.isascii()
    assert parse_minutes_payload(payload).council_code == info.council_code
    with db.session(actor="test") as s:
        assert check_minutes_payload(s, payload)


# ---------------------------------------------------------------- the 50-resolution meeting
@pytest.mark.parametrize("key", ["big", "draft", "scheduled"])
def test_large_minutes_glyphs_pages_and_read_back(large_minutes, key, qapp):
    doc, pdf, result = large_minutes[key]
    wanted = [*(a.full_name for a in doc.attendance), *(g.full_name for g in doc.guests)]
    check_document(pdf, result, must_read=tuple(wanted))


def test_large_minutes_run_over_many_pages_with_page_x_of_y(large_minutes):
    doc, _, result = large_minutes["big"]
    assert len(doc.resolutions) == 50
    assert result.page_count >= 6
    for page in range(1, result.page_count + 1):
        footer = [l.logical for l in result.lines_on(page) if l.logical.startswith("صفحه ")]
        assert footer == [page_label(page, result.page_count)]
        header = f"{doc.council.name} — {meeting_title(doc)}"
        assert any(l.startswith(header) for l in _logicals(result, page)) == (page > 1)


def test_large_minutes_list_every_resolution_in_order_with_header_on_each_page(large_minutes):
    doc, _, result = large_minutes["big"]
    start = _logicals(result).index("مصوبات جلسه")
    wanted = [to_persian_digits(r.number) for r in doc.resolutions]
    numbers = [l for l in _logicals(result)[start:] if l in wanted]
    assert numbers[: len(wanted)] == wanted
    pages = {l.page for l in result.lines[start:] if l.logical in wanted[:50]}
    for page in pages:
        assert "متن مصوبه" in _logicals(result, page), page  # the header row repeats
    statuses = {label(r.status, ResolutionStatus) for r in doc.resolutions}
    assert statuses <= set(_logicals(result))


def test_large_minutes_numbered_addenda_and_follow_ups(large_minutes):
    doc, _, result = large_minutes["big"]
    texts = _logicals(result)
    assert "الحاقیه‌ها" in texts
    assert [a.number for a in doc.addenda] == [1, 2]
    assert sum(1 for t in texts if t.startswith("الحاقیه شماره ۱،")) == 1
    assert sum(1 for t in texts if t.startswith("الحاقیه شماره ۲،")) == 1
    assert doc.follow_ups and "پیگیری مصوبات جلسات قبل" in texts
    assert to_persian_digits(doc.follow_ups[0].number) in texts
