"""The sign-in sheet of a scheduled meeting (برگه حضور و غیاب) as a PDF, from a ``SignInSheet``.

Printed before the meeting and signed at the door: the council and the meeting's particulars
(number, kind, date with weekday, time, place), every member on the roster with role and
constituency and two empty columns, the time of arrival and the signature, each row tall enough
to sign in; then the invited guests, followed by blank rows for guests who come uninvited;
then a line for the number present and the secretary's and the chair's signatures, which make
the sheet the record the attendance is typed from. ``render_sign_in`` is what the CLI and the
UI call.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, BinaryIO

from reportlab.platypus.flowables import Flowable

from app.enums import Constituency, MeetingKind, MemberRole
from app.reports.document import BuildResult, build_pdf
from app.reports.flowables import RTLHeading, RTLParagraph, SignatureBlock, key_value_block
from app.reports.letterhead import Letterhead
from app.reports.parts import (BISMILLAH, SECTION, SUBTITLE, TABLE_SIZE, TITLE, clock,
                               columns_fitting, fa, jdate, jlong, or_dash, width_for, word)
from app.reports.rtl_table import Column, RTLTable

if TYPE_CHECKING:
    from pathlib import Path

    from app.services.minutes import SignInSheet

__all__ = ["render_sign_in", "sign_in_story"]

ROW_HEIGHT = 22.0  # room for a signature (7.8 mm)
BLANK_GUEST_ROWS = 4


def _title(sheet: SignInSheet) -> str:
    return f"برگه حضور و غیاب جلسه {word(sheet.kind, MeetingKind)} شماره {fa(sheet.meeting_number)}"


def sign_in_story(sheet: SignInSheet) -> list[Flowable]:
    """The flowables of the sheet, in reading order."""
    story: list[Flowable] = [
        Letterhead([("بسمه تعالی", BISMILLAH), (sheet.council_name, TITLE), (_title(sheet), SUBTITLE)],
                   right=[f"شماره جلسه: {fa(sheet.meeting_number)}", f"تاریخ: {jdate(sheet.date)}"]),
        key_value_block([
            ("تاریخ", jlong(sheet.date, weekday=True)),
            ("ساعت شروع", clock(sheet.start_time)),
            ("محل برگزاری", or_dash(sheet.place)),
            ("نوع جلسه", word(sheet.kind, MeetingKind)),
        ], columns=2, size=10.0),
        RTLHeading("اعضای شورا", SECTION, keep_room=3 * ROW_HEIGHT),
    ]
    w = columns_fitting(
        [("n", width_for(["ردیف", "۲۰۰"])), ("time", width_for(["ساعت ورود"]))],
        [("name", 1.4), ("role", 0.7), ("seat", 1.75), ("sign", 1.35)])
    cols = [Column("ردیف", w["n"], "center"), Column("نام و نام خانوادگی", w["name"]),
            Column("سمت", w["role"], "center"), Column("نماینده", w["seat"]),
            Column("ساعت ورود", w["time"], "center"), Column("امضا", w["sign"])]
    rows = [[fa(i), m.full_name, word(m.role, MemberRole), word(m.constituency, Constituency), "", ""]
            for i, m in enumerate(sheet.members, start=1)]
    if rows:
        story.append(RTLTable(cols, rows, size=TABLE_SIZE, min_row_height=ROW_HEIGHT, zebra=False))
    else:
        story.append(RTLParagraph("عضو فعالی برای این شورا ثبت نشده است."))
    story.append(RTLHeading("مدعوین", SECTION, keep_room=3 * ROW_HEIGHT))
    gw = columns_fitting([("n", width_for(["ردیف", "۲۰۰"]))],
                         [("name", 1.3), ("pos", 1.2), ("agency", 1.4), ("sign", 1.3)])
    guests = [[fa(i), g.full_name, g.position or "", g.agency_name or "", ""]
              for i, g in enumerate(sheet.guests, start=1)]
    guests += [[fa(len(guests) + k), "", "", "", ""] for k in range(1, BLANK_GUEST_ROWS + 1)]
    story.append(RTLTable(
        [Column("ردیف", gw["n"], "center"), Column("نام و نام خانوادگی", gw["name"]),
         Column("سمت", gw["pos"]), Column("دستگاه", gw["agency"]), Column("امضا", gw["sign"])],
        guests, size=TABLE_SIZE, min_row_height=ROW_HEIGHT, zebra=False))
    story.append(key_value_block([
        ("تعداد اعضای حاضر", f"........ نفر از {fa(len(sheet.members))} نفر"),
        ("ساعت پایان جلسه", "........"),
    ], columns=2, size=10.0))
    story.append(SignatureBlock([("دبیر جلسه", ""), ("رئیس جلسه", "")], per_row=3, start="left",
                                sign_space=34.0, size=9.5))
    return story


def render_sign_in(sheet: SignInSheet, target: str | Path | BinaryIO, *,
                   print_date: date | None = None) -> BuildResult:
    """Write the sign-in sheet PDF to a path or binary file; returns pages and drawn lines."""
    return build_pdf(
        target, sign_in_story(sheet), title=f"{_title(sheet)} — {sheet.council_name}",
        header=f"{sheet.council_name} — {_title(sheet)} — {jdate(sheet.date)}",
        header_first_page=False, print_date=print_date, subject=_title(sheet),
        footer_note="امضای این برگه به معنای حضور در جلسه است؛ برگه را پس از جلسه به دبیر شورا بدهید.",
    )
