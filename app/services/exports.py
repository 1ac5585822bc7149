"""Excel exports of the council's registers: meetings, resolutions, issues, demands, projects.

A secretary hands these files to the district office or opens them in Excel, so each sheet is
right-to-left with Persian headers, Jalali dates with Persian digits, the Persian words of every
closed vocabulary (app.vocabulary) and the names of members, agencies and committees rather than
ids; amounts and counts stay numbers so Excel can add them up. Rows are read with `yield_per`
and written through openpyxl's write-only mode, so 5,000 resolutions stream without holding the
workbook in memory. Members are exported by `app.services.members_io` (its file is also the
import format); `export()` dispatches every kind, members included.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from app import enums as e
from app.models import (Agency, Attendance, Committee, Demand, Funding, Goal, Issue, Meeting,
                        Member, Project, Resolution, RoadmapPlan)
from app.persian.digits import to_persian_digits
from app.persian.jalali import format_jalali, format_time
from app.services import common
from app.services.demands import is_overdue as demand_overdue
from app.services.issue_queries import is_overdue as issue_overdue
from app.services.resolutions import overdue_days
from app.vocabulary import label

#: every kind `export` writes, in the order the UI offers them
KINDS: tuple[str, ...] = ("members", "meetings", "resolutions", "issues", "demands", "projects")

YES = "بله"
_BATCH = 500


@dataclass(frozen=True)
class Column:
    header: str
    width: int = 14  # in characters, as Excel counts them


@dataclass(frozen=True)
class Sheet:
    title: str
    columns: tuple[Column, ...]
    rows: Callable[[Session, str, date], Iterable[list[Any]]]


def _d(value: date | None) -> str:
    return format_jalali(value) if value else ""


def _name(first: str | None, last: str | None) -> str:
    return " ".join(p for p in (first, last) if p)


def _stream(session: Session, stmt) -> Iterator:
    yield from session.execute(stmt.execution_options(yield_per=_BATCH))


# --------------------------------------------------------------------------- the sheets


def _meetings(session: Session, council_id: str, today: date) -> Iterator[list[Any]]:
    chair = aliased(Member)
    present = (select(func.count(Attendance.id))
               .where(Attendance.meeting_id == Meeting.id, Attendance.deleted_at.is_(None),
                      Attendance.status.in_((e.AttendanceStatus.PRESENT.value,
                                             e.AttendanceStatus.LATE.value)))
               .correlate(Meeting).scalar_subquery())
    decided = (select(func.count(Resolution.id))
               .where(Resolution.meeting_id == Meeting.id, Resolution.deleted_at.is_(None))
               .correlate(Meeting).scalar_subquery())
    stmt = (select(Meeting, chair.first_name, chair.last_name, present, decided)
            .outerjoin(chair, Meeting.chair_id == chair.id)
            .where(Meeting.council_id == council_id, Meeting.deleted_at.is_(None))
            .order_by(Meeting.number))
    for m, first, last, n_present, n_decided in _stream(session, stmt):
        yield [m.number, label(m.kind, e.MeetingKind), label(m.state, e.MeetingState),
               _d(m.date), format_jalali(m.date, "weekday").split(" ")[0],
               format_time(m.start_time), format_time(m.end_time), m.place or "",
               _name(first, last), n_present or 0, n_decided or 0, m.summary or ""]


def _resolutions(session: Session, council_id: str, today: date) -> Iterator[list[Any]]:
    stmt = (select(Resolution, Meeting.number, Meeting.date, Member.first_name,
                   Member.last_name, Agency.name, Issue.title)
            .join(Meeting, Resolution.meeting_id == Meeting.id)
            .outerjoin(Member, Resolution.owner_id == Member.id)
            .outerjoin(Agency, Resolution.agency_id == Agency.id)
            .outerjoin(Issue, Resolution.issue_id == Issue.id)
            .where(Resolution.council_id == council_id, Resolution.deleted_at.is_(None),
                   Meeting.deleted_at.is_(None))
            .order_by(Meeting.number, Resolution.seq))
    for r, number, held_on, first, last, agency, issue in _stream(session, stmt):
        late = overdue_days(r.deadline, r.status, today)
        yield [to_persian_digits(f"{number}/{r.seq}"), _d(held_on), r.text, _name(first, last),
               agency or "",
               _d(r.deadline), label(r.status, e.ResolutionStatus), _d(r.completed_on),
               late or "", issue or ""]


def _issues(session: Session, council_id: str, today: date) -> Iterator[list[Any]]:
    stmt = (select(Issue, Committee.name)
            .outerjoin(Committee, Issue.committee_id == Committee.id)
            .where(Issue.council_id == council_id, Issue.deleted_at.is_(None))
            .order_by(Issue.reported_on, Issue.created_at))
    for i, committee in _stream(session, stmt):
        yield [i.title, i.description or "", committee or "", i.category or "",
               label(i.priority, e.Priority), label(i.source, e.IssueSource),
               i.reported_by or "", _d(i.reported_on), i.address or "", _d(i.target_date),
               label(i.status, e.IssueStatus), _d(i.resolved_on),
               YES if issue_overdue(i.target_date, i.status, today) else ""]


def _demands(session: Session, council_id: str, today: date) -> Iterator[list[Any]]:
    res_meeting = aliased(Meeting)
    stmt = (select(Demand, Agency.name, Issue.title, Resolution.seq, res_meeting.number)
            .join(Agency, Demand.agency_id == Agency.id)
            .outerjoin(Issue, Demand.issue_id == Issue.id)
            .outerjoin(Resolution, Demand.resolution_id == Resolution.id)
            .outerjoin(res_meeting, Resolution.meeting_id == res_meeting.id)
            .where(Demand.council_id == council_id, Demand.deleted_at.is_(None))
            .order_by(Demand.letter_date, Demand.created_at))
    for d, agency, issue, seq, number in _stream(session, stmt):
        resolution = to_persian_digits(f"{number}/{seq}") if seq is not None else ""
        serves = issue or (f"مصوبه {resolution}" if resolution else "")
        yield [d.subject, agency, d.letter_no or "", _d(d.letter_date), _d(d.due_date),
               label(d.status, e.DemandStatus), _d(d.answered_on), d.answer_text or "",
               d.amount if d.amount is not None else "", serves,
               YES if demand_overdue(d.status, d.answered_on, d.due_date, today) else ""]


def _projects(session: Session, council_id: str, today: date) -> Iterator[list[Any]]:
    money = (select(Funding.project_id, func.sum(Funding.pledged).label("pledged"),
                    func.sum(Funding.received).label("received"))
             .where(Funding.deleted_at.is_(None),
                    Funding.kind != e.FundingKind.VOLUNTEER_HOURS.value)
             .group_by(Funding.project_id).subquery())
    stmt = (select(Project, RoadmapPlan.title, Goal.title, money.c.pledged, money.c.received)
            .outerjoin(RoadmapPlan, Project.plan_id == RoadmapPlan.id)
            .outerjoin(Goal, Project.goal_id == Goal.id)
            .outerjoin(money, money.c.project_id == Project.id)
            .where(Project.council_id == council_id, Project.deleted_at.is_(None))
            .order_by(Project.start_date, Project.created_at))
    for p, plan, goal, pledged, received in _stream(session, stmt):
        yield [p.title, label(p.area, e.DevelopmentArea), label(p.status, e.ProjectStatus),
               _d(p.start_date), _d(p.end_date), p.progress or 0,
               p.budget if p.budget is not None else "", pledged or 0, received or 0,
               plan or "", goal or "", p.description or ""]


SHEETS: dict[str, Sheet] = {
    "meetings": Sheet("جلسات", (
        Column("شماره جلسه", 10), Column("نوع", 14), Column("وضعیت", 14), Column("تاریخ", 12),
        Column("روز", 10), Column("ساعت شروع", 10), Column("ساعت پایان", 10),
        Column("محل", 24), Column("رئیس جلسه", 22), Column("حاضران", 8), Column("مصوبات", 8),
        Column("خلاصه", 50)), _meetings),
    "resolutions": Sheet("مصوبات", (
        Column("شماره مصوبه", 10), Column("تاریخ جلسه", 12), Column("متن مصوبه", 60),
        Column("مسئول پیگیری", 22), Column("دستگاه مسئول", 26), Column("مهلت", 12),
        Column("وضعیت", 12), Column("تاریخ انجام", 12), Column("روز تأخیر", 9),
        Column("مسئله مرتبط", 36)), _resolutions),
    "issues": Sheet("مسائل محله", (
        Column("عنوان", 40), Column("شرح", 60), Column("کمیته", 24), Column("دسته", 16),
        Column("اولویت", 9), Column("منبع", 14), Column("گزارش‌دهنده", 20),
        Column("تاریخ گزارش", 12), Column("نشانی", 30), Column("مهلت رسیدگی", 12),
        Column("وضعیت", 16), Column("تاریخ حل", 12), Column("معوق", 6)), _issues),
    "demands": Sheet("مطالبات", (
        Column("موضوع", 40), Column("دستگاه", 26), Column("شماره نامه", 14),
        Column("تاریخ نامه", 12), Column("مهلت پاسخ", 12), Column("وضعیت", 14),
        Column("تاریخ پاسخ", 12), Column("پاسخ دستگاه", 50), Column("مبلغ (ریال)", 16),
        Column("در پیگیری", 36), Column("معوق", 6)), _demands),
    "projects": Sheet("پروژه‌ها", (
        Column("عنوان", 40), Column("حوزه", 12), Column("وضعیت", 16), Column("تاریخ شروع", 12),
        Column("تاریخ پایان", 12), Column("پیشرفت (درصد)", 10), Column("بودجه (ریال)", 18),
        Column("تعهد شده (ریال)", 18), Column("دریافت شده (ریال)", 18),
        Column("برنامه", 30), Column("هدف", 30), Column("شرح", 50)), _projects),
}


def write_sheet(path: Path | str, sheet: Sheet, rows: Iterable[list[Any]]) -> int:
    """Stream `rows` into a right-to-left .xlsx at `path`; returns the number of data rows."""
    from openpyxl import Workbook  # noqa: PLC0415 - only loaded when a file is written
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(sheet.title[:31])
    ws.sheet_view.rightToLeft = True
    ws.freeze_panes = "A2"
    for index, column in enumerate(sheet.columns, start=1):
        ws.column_dimensions[get_column_letter(index)].width = column.width
    bold, right = Font(bold=True), Alignment(horizontal="right", vertical="top")
    header = []
    for column in sheet.columns:
        cell = WriteOnlyCell(ws, value=column.header)
        cell.font, cell.alignment = bold, right
        header.append(cell)
    ws.append(header)
    count = 0
    for row in rows:
        ws.append(row)
        count += 1
    wb.save(Path(path))
    return count


def export(session: Session, kind: str, path: Path | str, *, today: date | None = None,
           council_id: str | None = None) -> int:
    """Write the council's `kind` register to the .xlsx `path`; returns the rows written.

    `kind` is one of KINDS (ValidationError 'bad_choice' otherwise); members go through
    `members_io.export_members`, whose file the member import reads back.
    """
    if kind not in KINDS:
        problems = common.Problems()
        problems.add("bad_choice", field="kind", value=kind)
        problems.raise_if_any()
    council_id = council_id or common.the_council_id(session)
    if kind == "members":
        from app.services import members_io  # noqa: PLC0415 - members own their file format

        return members_io.export_members(session, council_id, Path(path))
    sheet = SHEETS[kind]
    return write_sheet(path, sheet, sheet.rows(session, council_id, today or date.today()))
