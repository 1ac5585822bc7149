"""The resolutions register (دفتر مصوبات) as a PDF, from ``RegisterData``, grouped by agency.

What a secretary takes to the governor's office or to an agency's meeting: the resolutions that
match the chosen filters (e.g. open and overdue), grouped under the agency responsible for each
(agencies in Persian alphabetical order, resolutions with no agency last), the most overdue
first within a group, each with its number, meeting date, text and last follow-up note, owner,
Jalali deadline, status and days overdue. A summary line gives the counts of this list and of
the whole register. ``render_register`` is what the CLI and the UI call.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, BinaryIO

from reportlab.platypus.flowables import Flowable

from app.enums import ResolutionStatus
from app.persian.collation import sort_key
from app.reports.document import BuildResult, build_pdf
from app.reports.flowables import RTLHeading, RTLParagraph, SignatureBlock
from app.reports.letterhead import Letterhead
from app.reports.parts import (BISMILLAH, DASH, DATE_SAMPLE, CAPTION, JUSTIFIED, SECTION, SUBTITLE,
                               TABLE_SIZE, TITLE, columns_fitting, fa, jdate, num, or_dash,
                               width_for, word)
from app.reports.rtl_table import Column, RTLTable

if TYPE_CHECKING:
    from pathlib import Path

    from app.services.report_data import RegisterData, RegisterRow

__all__ = ["render_register", "register_story", "register_title", "register_filter"]

NO_AGENCY = "بدون دستگاه مسئول"


def register_filter(data: RegisterData) -> str:
    """What the list holds: 'مصوبات باز و در حال اجرا که از مهلت گذشته‌اند'."""
    statuses = " و ".join(word(s, ResolutionStatus) for s in data.statuses)
    if statuses and data.overdue_only:
        return f"مصوبات {statuses} که از مهلت گذشته‌اند"
    if statuses:
        return f"مصوبات {statuses}"
    return "مصوبات معوق" if data.overdue_only else "همه مصوبات"


def register_title(data: RegisterData) -> str:
    """'دفتر مصوبات: مصوبات معوق'."""
    return f"دفتر مصوبات: {register_filter(data)}"


def _groups(rows: tuple[RegisterRow, ...]) -> list[tuple[str, list[RegisterRow]]]:
    groups: dict[str, list[RegisterRow]] = {}
    for r in rows:
        groups.setdefault(r.agency_name or NO_AGENCY, []).append(r)
    names = sorted((n for n in groups if n != NO_AGENCY), key=sort_key)
    if NO_AGENCY in groups:
        names.append(NO_AGENCY)
    out = []
    for name in names:
        items = sorted(groups[name], key=lambda r: (-r.days_overdue, r.deadline or date.max,
                                                    r.meeting_number, r.number))
        out.append((name, items))
    return out


def _columns() -> list[Column]:
    w = columns_fitting(
        [("n", width_for(["شماره", "۱۲۳۴/۱۲۳"])), ("mdate", width_for(["تاریخ جلسه", DATE_SAMPLE])),
         ("deadline", width_for(["مهلت", DATE_SAMPLE])), ("status", width_for(["در حال اجرا"])),
         ("late", width_for(["تأخیر (روز)"]))],
        [("text", 3.0), ("owner", 1.3)])
    return [Column("شماره", w["n"], "center"), Column("تاریخ جلسه", w["mdate"], "center"),
            Column("متن مصوبه و آخرین پیگیری", w["text"]), Column("مسئول پیگیری", w["owner"]),
            Column("مهلت", w["deadline"], "center"), Column("وضعیت", w["status"], "center"),
            Column("تأخیر (روز)", w["late"], "center")]


def _row(r: RegisterRow) -> list[str]:
    text = r.text
    if r.last_note:
        text += f"\nآخرین پیگیری ({jdate(r.last_note_date)}): {r.last_note}"
    return [fa(r.number), jdate(r.meeting_date), text, or_dash(r.owner_name), jdate(r.deadline),
            word(r.status, ResolutionStatus), num(r.days_overdue) if r.overdue else DASH]


def _summary(data: RegisterData) -> str:
    s = data.stats
    listed = len(data.rows)
    late = sum(1 for r in data.rows if r.overdue)
    return (f"این فهرست {num(listed)} مصوبه را در بر دارد که {num(late)} مورد از آن‌ها از مهلت "
            f"گذشته است (تا تاریخ {jdate(data.as_of)}). وضعیت کل دفتر مصوبات شورا: "
            f"{num(s.total)} مصوبه، شامل {num(s.open)} باز، {num(s.in_progress)} در حال اجرا، "
            f"{num(s.done)} انجام‌شده و {num(s.cancelled)} لغوشده؛ {num(s.overdue)} مصوبه معوق است.")


def register_story(data: RegisterData) -> list[Flowable]:
    """The flowables of the register, in reading order."""
    story: list[Flowable] = [
        Letterhead([("بسمه تعالی", BISMILLAH), (data.council.name, TITLE), ("دفتر مصوبات", SUBTITLE),
                    (f"({register_filter(data)})", CAPTION)],
                   right=[f"تا تاریخ: {jdate(data.as_of)}", f"کد شورا: {data.council.code}"]),
        RTLParagraph(_summary(data), JUSTIFIED),
    ]
    groups = _groups(data.rows)
    if not groups:
        story.append(RTLParagraph("مصوبه‌ای با این شرایط یافت نشد."))
    for name, items in groups:
        late = sum(1 for r in items if r.overdue)
        count = f"{num(len(items))} مصوبه" + (f"، {num(late)} معوق" if late else "")
        story.append(RTLHeading(f"{name} ({count})", SECTION, keep_room=70))
        story.append(RTLTable(_columns(), [_row(r) for r in items], size=TABLE_SIZE))
    story.append(SignatureBlock([("دبیر شورا", "")], per_row=3, start="left", sign_space=40.0, size=9.5))
    return story


def render_register(data: RegisterData, target: str | Path | BinaryIO, *,
                    print_date: date | None = None) -> BuildResult:
    """Write the register PDF to a path or binary file; returns pages and drawn lines."""
    title = register_title(data)
    return build_pdf(target, register_story(data), title=f"{title} — {data.council.name}",
                     header=f"{data.council.name} — {title}", header_first_page=False,
                     print_date=print_date or data.as_of, subject=title)
