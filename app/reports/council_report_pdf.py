"""The periodic council report for the province (گزارش دوره‌ای) as a PDF, from a ``CouncilReport``.

What the province's secretariat compares councils by, for one Jalali period: a summary of the
key figures; the meetings held (date, kind, attendance, resolutions, whether the minutes are
final); the resolutions made, done and overdue; the neighbourhood's issues reported and
resolved; the demands pressed on agencies with each agency's answers and response times; the
projects' progress as a right-to-left bar chart (``chart.HBarChart``) with a table of budgets
and funds received; and the roadmap indicators against their targets, charted and tabled.
Signed by the secretary and the chair. ``render_council_report`` is what the CLI and UI call.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, BinaryIO

from reportlab.platypus.flowables import Flowable

from app.enums import (DevelopmentArea, IssueStatus, MeetingKind, MeetingState, ProjectStatus,
                       ResolutionStatus)
from app.reports.chart import BAR_BLUE, BAR_GREEN, BAR_GREY, BAR_RED, Bar, HBarChart, percent_text
from app.reports.document import BuildResult, build_pdf
from app.reports.flowables import RTLHeading, RTLParagraph, SignatureBlock, TextStyle, key_value_block
from app.reports.fonts import BOLD
from app.reports.letterhead import Letterhead
from app.reports.parts import (BISMILLAH, CAPTION, DASH, DATE_SAMPLE, JUSTIFIED, SECTION, SMALL,
                               SUBTITLE, TABLE_SIZE, TITLE, columns_fitting, fa, jdate, num,
                               width_for, word)
from app.reports.rtl_table import Column, RTLTable

if TYPE_CHECKING:
    from pathlib import Path

    from app.services.report_period import CouncilReport

__all__ = ["render_council_report", "council_report_story"]

ADDRESSEE = TextStyle(font=BOLD, size=10.5, space_before=2.0, space_after=6.0)


def _dec(value: float | None) -> str:
    if value is None:
        return DASH
    return num(value, 0 if float(value).is_integer() else 1)


def _pct(value: float | None) -> str:
    return DASH if value is None else percent_text(round(value, 1))


def _period(r: CouncilReport) -> str:
    return f"از {jdate(r.start)} تا {jdate(r.end)}"


def _counts_table(title: str, counts: tuple[tuple[str, int], ...], enum_cls) -> RTLTable:
    w = columns_fitting([("count", width_for(["تعداد", "۱۲۳۴"]) + 20)], [("status", 1.0)])
    rows = [[word(s, enum_cls), num(n)] for s, n in counts if n]
    rows.append(["جمع", num(sum(n for _, n in counts))])
    return RTLTable([Column(title, w["status"]), Column("تعداد", w["count"], "center")], rows,
                    size=TABLE_SIZE)


def _summary(r: CouncilReport) -> list[Flowable]:
    kinds = {k.value: sum(1 for m in r.meetings if m.kind == k.value) for k in MeetingKind}
    by_kind = "، ".join(f"{word(k, MeetingKind)} {num(n)}" for k, n in kinds.items() if n)
    final = sum(1 for m in r.meetings if m.state == MeetingState.FINALISED.value)
    pairs = [
        ("جلسات برگزارشده", f"{num(len(r.meetings))}" + (f" ({by_kind})" if by_kind else "")),
        ("صورت‌جلسات نهایی‌شده", f"{num(final)} از {num(len(r.meetings))}"),
        ("مصوبات این دوره", num(r.resolutions_made)),
        ("مصوبات انجام‌شده در دوره", num(r.resolutions_done)),
        ("مصوبات معوق", num(r.resolutions_overdue)),
        ("مسائل ثبت‌شده", num(r.issues_reported)),
        ("مسائل حل‌شده در دوره", num(r.issues_resolved)),
        ("مسائل باز", num(r.issues_open)),
        ("نامه‌های ارسالی به دستگاه‌ها", num(r.demands_sent)),
        ("پاسخ‌های دریافتی در دوره", num(r.demands_answered)),
        ("نامه‌های بی‌پاسخ و معوق", num(r.demands_overdue)),
        ("پیشرفت وزنی پروژه‌ها", _pct(r.projects_progress)),
    ]
    note = (f"شمار «معوق» و «باز» به تاریخ {jdate(r.as_of)} است؛ پیشرفت پروژه‌ها رقم روز چاپ گزارش "
            f"است و هر شاخص با آخرین اندازه‌گیری تا پایان دوره سنجیده شده است.")
    return [RTLHeading("خلاصه عملکرد", SECTION),
            key_value_block(pairs, columns=2, size=9.5, label_share=0.62),
            RTLParagraph(note, SMALL)]


def _meetings(r: CouncilReport) -> list[Flowable]:
    out: list[Flowable] = [RTLHeading("۱. جلسات شورا", SECTION)]
    if not r.meetings:
        return out + [RTLParagraph("در این دوره جلسه‌ای برگزار نشده است.")]
    w = columns_fitting(
        [("n", width_for(["شماره", "۱۲۳۴"])), ("date", width_for(["تاریخ", DATE_SAMPLE])),
         ("present", width_for(["حاضران", "۲۰ از ۲۰"])), ("res", width_for(["مصوبات"]))],
        [("kind", 1.2), ("quorum", 0.9), ("state", 1.0)])
    cols = [Column("شماره", w["n"], "center"), Column("تاریخ", w["date"], "center"),
            Column("نوع جلسه", w["kind"]), Column("حاضران", w["present"], "center"),
            Column("حد نصاب", w["quorum"], "center"), Column("مصوبات", w["res"], "center"),
            Column("صورت‌جلسه", w["state"], "center")]
    rows = [[fa(m.number), jdate(m.date), word(m.kind, MeetingKind),
             f"{num(m.present)} از {num(m.roster)}", "دارد" if m.has_quorum else "ندارد",
             num(m.resolutions),
             "نهایی" if m.state == MeetingState.FINALISED.value else "پیش‌نویس"] for m in r.meetings]
    return out + [RTLTable(cols, rows, size=TABLE_SIZE)]


def _resolutions_and_issues(r: CouncilReport) -> list[Flowable]:
    return [
        RTLHeading("۲. مصوبات", SECTION),
        RTLParagraph(f"در این دوره {num(r.resolutions_made)} مصوبه ثبت شد و {num(r.resolutions_done)} "
                     f"مصوبه (از این دوره یا دوره‌های پیش) به انجام رسید. {num(r.resolutions_overdue)} "
                     f"مصوبه تا {jdate(r.as_of)} از مهلت خود گذشته و هنوز انجام نشده است. وضعیت کنونی "
                     f"مصوبات این دوره:", JUSTIFIED),
        _counts_table("وضعیت مصوبه", r.resolutions_by_status, ResolutionStatus),
        RTLHeading("۳. مسائل محله", SECTION),
        RTLParagraph(f"در این دوره {num(r.issues_reported)} مسئله ثبت و {num(r.issues_resolved)} مسئله "
                     f"حل شد؛ {num(r.issues_open)} مسئله در پایان دوره باز است. وضعیت کنونی مسائل "
                     f"ثبت‌شده در این دوره:", JUSTIFIED),
        _counts_table("وضعیت مسئله", r.issues_by_status, IssueStatus),
    ]


def _agencies(r: CouncilReport) -> list[Flowable]:
    out: list[Flowable] = [
        RTLHeading("۴. مطالبات و پاسخ‌گویی دستگاه‌های اجرایی", SECTION),
        RTLParagraph(f"در این دوره {num(r.demands_sent)} نامه مطالبه به دستگاه‌ها ارسال شد. جدول زیر "
                     f"پاسخ هر دستگاه به نامه‌های این دوره را تا {jdate(r.as_of)} نشان می‌دهد.", JUSTIFIED),
    ]
    if not r.agencies:
        return out + [RTLParagraph("در این دوره نامه‌ای ارسال نشده است.")]
    small = width_for(["پاسخ‌داده", "۱۲۳"])
    w = columns_fitting([("sent", small), ("ans", small), ("open", small), ("late", small),
                         ("median", width_for(["میانه زمان", "پاسخ (روز)"])),
                         ("wait", width_for(["بیشترین", "انتظار (روز)"]))], [("agency", 1.0)])
    cols = [Column("دستگاه", w["agency"]), Column("ارسالی", w["sent"], "center"),
            Column("پاسخ‌داده", w["ans"], "center"), Column("بی‌پاسخ", w["open"], "center"),
            Column("معوق", w["late"], "center"), Column("میانه زمان پاسخ (روز)", w["median"], "center"),
            Column("بیشترین انتظار (روز)", w["wait"], "center")]
    rows = [[a.agency_name, num(a.sent), num(a.answered), num(a.open), num(a.overdue),
             _dec(a.median_days), num(a.longest_wait)] for a in r.agencies]
    rows.append(["جمع", num(sum(a.sent for a in r.agencies)), num(sum(a.answered for a in r.agencies)),
                 num(sum(a.open for a in r.agencies)), num(sum(a.overdue for a in r.agencies)), DASH, DASH])
    return out + [RTLTable(cols, rows, size=TABLE_SIZE)]


def _project_color(status: str, overdue: bool):
    if status == ProjectStatus.DONE.value:
        return BAR_GREEN
    if status in (ProjectStatus.SUSPENDED.value, ProjectStatus.CANCELLED.value):
        return BAR_GREY
    return BAR_RED if overdue else BAR_BLUE


def _projects(r: CouncilReport) -> list[Flowable]:
    out: list[Flowable] = [RTLHeading("۵. پیشرفت پروژه‌های نقشه راه", SECTION, keep_room=120)]
    if not r.projects:
        return out + [RTLParagraph("پروژه‌ای ثبت نشده است.")]
    bars = [Bar(p.title, p.progress, color=_project_color(p.status, p.overdue)) for p in r.projects]
    legend = [(BAR_BLUE, "در حال اجرا"), (BAR_GREEN, "پایان‌یافته"), (BAR_RED, "عقب از برنامه"),
              (BAR_GREY, "متوقف یا لغوشده")]
    out.append(HBarChart(bars, legend=legend))
    w = columns_fitting(
        [("progress", width_for(["پیشرفت", "۱۰۰٪"])), ("money", width_for(["۱۲۳٬۴۵۶٬۷۸۹"])),
         ("got", width_for(["۱۲۳٬۴۵۶٬۷۸۹"]))],
        [("title", 2.6), ("area", 0.9), ("status", 1.1)])
    cols = [Column("پروژه", w["title"]), Column("حوزه", w["area"], "center"),
            Column("وضعیت", w["status"], "center"), Column("پیشرفت", w["progress"], "center"),
            Column("بودجه (میلیون ریال)", w["money"], "center"),
            Column("دریافتی (میلیون ریال)", w["got"], "center")]
    rows = [[p.title, word(p.area, DevelopmentArea), word(p.status, ProjectStatus), _pct(p.progress),
             num(p.budget / 1e6) if p.budget else DASH, num(p.received / 1e6)] for p in r.projects]
    return out + [RTLTable(cols, rows, size=TABLE_SIZE)]


def _indicators(r: CouncilReport) -> list[Flowable]:
    out: list[Flowable] = [RTLHeading("۶. شاخص‌ها در برابر اهداف", SECTION, keep_room=120)]
    if not r.indicators:
        return out + [RTLParagraph("شاخصی ثبت نشده است.")]
    out.append(RTLParagraph("درصد پیمودن راه از مقدار مبنا تا هدف، با آخرین اندازه‌گیری تا پایان دوره:",
                            SMALL))
    out.append(HBarChart([Bar(i.title, max(0.0, min(i.percent or 0.0, 100.0)),
                              text=_pct(i.percent), color=BAR_GREEN if i.met else BAR_BLUE)
                          for i in r.indicators]))
    w = columns_fitting(
        [("v", width_for(["۱۲۳٬۴۵۶٫۷"])), ("t", width_for(["۱۲۳٬۴۵۶٫۷"])), ("b", width_for(["۱۲۳٬۴۵۶٫۷"])),
         ("date", width_for(["تاریخ", DATE_SAMPLE])), ("met", width_for(["محقق نشده"]))],
        [("title", 2.2), ("unit", 0.8)])
    cols = [Column("شاخص", w["title"]), Column("واحد", w["unit"], "center"),
            Column("مبنا", w["b"], "center"), Column("هدف", w["t"], "center"),
            Column("آخرین مقدار", w["v"], "center"), Column("تاریخ", w["date"], "center"),
            Column("وضعیت", w["met"], "center")]
    rows = [[i.title, i.unit, _dec(i.baseline), _dec(i.target), _dec(i.value), jdate(i.measured_on),
             DASH if i.met is None else ("محقق شد" if i.met else "محقق نشده")] for i in r.indicators]
    return out + [RTLTable(cols, rows, size=TABLE_SIZE)]


def council_report_story(r: CouncilReport) -> list[Flowable]:
    """The flowables of the report, in reading order."""
    head = Letterhead(
        [("بسمه تعالی", BISMILLAH), (r.council.name, TITLE), ("گزارش دوره‌ای عملکرد شورا", SUBTITLE),
         (_period(r), CAPTION)],
        right=[f"استان: {r.council.province}", f"شهرستان: {r.council.county}", f"کد شورا: {r.council.code}"],
        left_pairs=[("تاریخ گزارش", jdate(r.printed_on))])
    story: list[Flowable] = [
        head,
        RTLParagraph(f"به: دبیرخانه شوراهای پیشرفت محله استان {r.council.province}", ADDRESSEE),
    ]
    story += _summary(r) + _meetings(r) + _resolutions_and_issues(r) + _agencies(r)
    story += _projects(r) + _indicators(r)
    story.append(RTLHeading("امضا", SECTION, keep_room=95))
    story.append(SignatureBlock([("دبیر شورا", ""), ("رئیس شورا", "")], per_row=3, start="left",
                                sign_space=40.0, size=9.5, space_before=4.0))
    return story


def render_council_report(report: CouncilReport, target: str | Path | BinaryIO, *,
                          print_date: date | None = None) -> BuildResult:
    """Write the report PDF to a path or binary file; returns pages and drawn lines."""
    title = f"گزارش دوره‌ای {report.council.name}"
    return build_pdf(target, council_report_story(report), title=title,
                     header=f"{report.council.name} — گزارش دوره‌ای {_period(report)}",
                     header_first_page=False, print_date=print_date or report.printed_on,
                     subject=_period(report))
