"""Printing a ~20-page minutes: Dabir's reportlab engine beside Qt's QPdfWriter, same run.

Builds a council whose big meeting has 200 resolutions (tests/reports/large_meeting.py, through
the services, in a temporary database), takes its `MinutesDocument`, and renders the same content
twice per repeat: with `app.reports.minutes_pdf.render_minutes` (logical wrapping, reshaping and
reordering per line, glyph-verified) and with Qt (`QTextDocument` fed the same sections as
right-to-left HTML in Vazirmatn, printed by `QPdfWriter` on A4 with the same margins; HarfBuzz
shapes it inside Qt). Both write to memory. Prints the median seconds of each, the ratio, pages
and pages per second.

    .venv/bin/python benchmarks/bench_minutes_pdf.py [--resolutions 200] [--repeat 3]

`DABIR_BENCH_KEEP=/tmp/qt.pdf` keeps Qt's PDF to look at.
"""
from __future__ import annotations

import argparse
import html
import io
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for extra in (ROOT, ROOT / "tests" / "reports"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def build_document(resolutions: int):
    from app.services.database import open_database
    from app.services.minutes import minutes_document
    from app.services.report_data import meeting_id_by_number
    from large_meeting import TODAY, build_large

    folder = tempfile.mkdtemp(prefix="dabir-bench-")
    db = open_database(Path(folder) / "bench.db")
    info = build_large(db, count=resolutions)
    with db.session(actor="bench") as s:
        doc = minutes_document(s, meeting_id_by_number(s, info.big), TODAY)
    db.close()
    return doc


def minutes_html(doc) -> str:
    """The minutes' sections as right-to-left HTML (what QTextDocument lays out)."""
    from app.enums import AttendanceStatus, Constituency, MeetingKind, MemberRole, ResolutionStatus
    from app.reports.minutes_pdf import meeting_title
    from app.reports.parts import clock, fa, jdate, jlong, or_dash, word

    e = html.escape
    m = doc.meeting
    out = [f"<h3 align=center>بسمه تعالی</h3><h1 align=center>{e(doc.council.name)}</h1>",
           f"<h2 align=center>{e(meeting_title(doc))}</h2><table width=100%>"]
    pairs = [("محله", doc.council.neighbourhood), ("شهرستان", doc.council.county),
             ("استان", doc.council.province), ("نوع جلسه", word(m.kind, MeetingKind)),
             ("تاریخ", jlong(m.date, weekday=True)),
             ("ساعت", f"از {clock(m.start_time)} تا {clock(m.end_time)}"),
             ("محل برگزاری", or_dash(m.place)), ("رئیس جلسه", or_dash(m.chair_name)),
             ("دبیر جلسه", or_dash(m.minute_taker_name)), ("کد تأیید", doc.verification_code or "")]
    for i in range(0, len(pairs), 2):
        out.append("<tr>" + "".join(f"<td><b>{e(k)}:</b> {e(v)}</td>" for k, v in pairs[i:i + 2]) + "</tr>")
    out.append("</table>")

    def table(headers, rows):
        out.append("<table border=1 cellspacing=0 cellpadding=3 width=100%><thead><tr>"
                   + "".join(f"<th>{e(h)}</th>" for h in headers) + "</tr></thead>")
        for row in rows:
            out.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
        out.append("</table>")

    out.append("<h3>حاضران و غایبان</h3>")
    table(["ردیف", "نام و نام خانوادگی", "سمت", "نماینده", "وضعیت"],
          [[fa(i), a.full_name, word(a.role, MemberRole), word(a.constituency, Constituency),
            word(a.status, AttendanceStatus)] for i, a in enumerate(doc.attendance, 1)])
    out.append(f"<p>حد نصاب: {e(doc.quorum.rule)}</p><h3>دستور جلسه</h3>")
    out.extend(f"<p>{fa(a.position)}. {e(a.title)}</p>" for a in doc.agenda)
    out.append("<h3>شرح مذاکرات و تصمیمات</h3>")
    for a in doc.agenda:
        out.append(f"<h4>بند {fa(a.position)}: {e(a.title)}</h4><p align=justify>{e(a.discussion or '')}</p>")
    out.append("<h3>مصوبات جلسه</h3>")
    table(["شماره", "متن مصوبه", "مسئول پیگیری", "دستگاه مسئول", "مهلت", "وضعیت"],
          [[fa(r.number), r.text, or_dash(r.owner_name), or_dash(r.agency_name), jdate(r.deadline),
            word(r.status, ResolutionStatus)] for r in doc.resolutions])
    out.append("<h3>پیگیری مصوبات جلسات قبل</h3>")
    table(["شماره", "متن مصوبه", "مسئول", "دستگاه", "مهلت", "وضعیت"],
          [[fa(f.number), f.text, or_dash(f.owner_name), or_dash(f.agency_name), jdate(f.deadline),
            word(f.status, ResolutionStatus)] for f in doc.follow_ups])
    out.append("<h3>امضای اعضای حاضر</h3><table width=100%>")
    present = [a for a in doc.attendance if a.status in ("present", "late")]
    for i in range(0, len(present), 4):
        cells = (f"<td align=center><br><br>..........<br><b>{e(a.full_name)}</b><br>"
                 f"{e(word(a.role, MemberRole))}</td>" for a in present[i:i + 4])
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return f"<html dir=rtl><body dir=rtl>{''.join(out)}</body></html>"


def qt_render(doc, markup: str) -> int:
    """Lay the HTML out and print it to a PDF in memory with QPdfWriter; returns the pages."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, Qt
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument, QTextOption

    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buf)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(20, 20, 20, 26), QPageLayout.Unit.Millimeter))
    writer.setResolution(300)
    text = QTextDocument()
    text.setDefaultFont(QFont("Vazirmatn", 10))
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    text.setDefaultTextOption(option)
    text.setHtml(markup)
    text.print_(writer)
    buf.close()
    if os.environ.get("DABIR_BENCH_KEEP"):
        Path(os.environ["DABIR_BENCH_KEEP"]).write_bytes(bytes(data))
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", bytes(data)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--resolutions", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from PySide6.QtGui import QFontDatabase, QGuiApplication

    from app.reports.fonts import BOLD_TTF, REGULAR_TTF
    from app.reports.minutes_pdf import render_minutes

    app = QGuiApplication.instance() or QGuiApplication([])
    for ttf in (REGULAR_TTF, BOLD_TTF):
        QFontDatabase.addApplicationFont(str(ttf))
    started = time.perf_counter()
    doc = build_document(args.resolutions)
    print(f"data: {len(doc.resolutions)} resolutions, {len(doc.follow_ups)} follow-ups, "
          f"{len(doc.attendance)} members (built through the services in "
          f"{time.perf_counter() - started:.1f} s)")
    ours, qts, our_pages, qt_pages = [], [], 0, 0
    ours_pdf = io.BytesIO()
    render_minutes(doc, ours_pdf)  # warm-up: fonts, caches
    if os.environ.get("DABIR_BENCH_KEEP"):
        Path(os.environ["DABIR_BENCH_KEEP"]).with_suffix(".dabir.pdf").write_bytes(ours_pdf.getvalue())
    qt_render(doc, minutes_html(doc))
    for _ in range(max(args.repeat, 1)):
        t0 = time.perf_counter()
        result = render_minutes(doc, io.BytesIO())
        ours.append(time.perf_counter() - t0)
        our_pages = result.page_count
        t0 = time.perf_counter()
        qt_pages = qt_render(doc, minutes_html(doc))
        qts.append(time.perf_counter() - t0)
    a, b = statistics.median(ours), statistics.median(qts)
    print(f"Dabir engine (reportlab): {a:7.3f} s  {our_pages:3d} pages  {our_pages / a:6.1f} pages/s  "
          f"({len(result.lines)} lines drawn)")
    print(f"Qt QPdfWriter + QTextDocument: {b:7.3f} s  {qt_pages:3d} pages  {qt_pages / b:6.1f} pages/s")
    print(f"ratio (Dabir / Qt): {a / b:.2f}x time; per page {(a / our_pages) / (b / qt_pages):.2f}x")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
