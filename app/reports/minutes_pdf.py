"""The official minutes of a council meeting (صورت‌جلسه) as a PDF, from a ``MinutesDocument``.

What a council files and an inspector reads, in the order they expect: the letterhead («بسمه
تعالی», the council, the meeting's number and kind, and for finalised minutes a QR code with the
verification code under it); the particulars (neighbourhood, city or village, county, province,
the Jalali date with its weekday, start and end time, place, chair, minute-taker); attendance
(every member with role, constituency and status, then the guests with their agency) and the
quorum statement; the agenda; the discussion under each agenda item with the resolutions taken
there; the resolutions table; the follow-up of earlier resolutions; the numbered addenda; the
signing places of every member present; and the closing statement. The footer of every page
carries «صفحه x از y», the print date and the verification code. Minutes not yet finalised print
with the diagonal «پیش‌نویس» mark and no code. The QR payload is
``app.reports.verification.minutes_payload``. ``render_minutes`` is what the CLI and the UI call.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, BinaryIO

from reportlab.platypus.flowables import Flowable

from app.enums import AttendanceStatus, Constituency, MeetingKind, MemberRole, ResolutionStatus
from app.reports.document import BuildResult, build_pdf
from app.reports.flowables import RTLHeading, RTLParagraph, SignatureBlock, TextStyle, key_value_block
from app.reports.fonts import BOLD
from app.reports.letterhead import Letterhead
from app.reports.parts import (BISMILLAH, DASH, JUSTIFIED, SECTION, SMALL, SUBSECTION, SUBTITLE,
                               TABLE_SIZE, TITLE, clock, columns_fitting, fa, jdate, jlong,
                               DATE_SAMPLE, or_dash, place_of, width_for, word)
from app.reports.rtl_table import Column, RTLTable
from app.reports.verification import minutes_payload

if TYPE_CHECKING:
    from pathlib import Path

    from app.services.minutes import MinutesDocument

__all__ = ["render_minutes", "minutes_story", "meeting_title", "qr_payload"]

_KIND_PHRASE = {
    MeetingKind.REGULAR.value: "جلسه عادی",
    MeetingKind.EXTRAORDINARY.value: "جلسه فوق‌العاده",
    MeetingKind.PUBLIC.value: "جلسه عمومی (ملاقات مردمی)",
}
_ATTENDING = {AttendanceStatus.PRESENT.value, AttendanceStatus.LATE.value}
_CHECK_NOTE = "برای بررسی درستی این سند، کد تأیید را در سامانه دبیر وارد کنید."


def meeting_title(doc: MinutesDocument) -> str:
    """'صورت‌جلسه جلسه عادی شماره ۲۶'."""
    kind = _KIND_PHRASE.get(doc.meeting.kind, "جلسه")
    return f"صورت‌جلسه {kind} شماره {fa(doc.meeting.number)}"


def qr_payload(doc: MinutesDocument) -> str | None:
    """What the QR code of finalised minutes encodes; None for a draft."""
    if not doc.verification_code:
        return None
    return minutes_payload(doc.council.code, doc.meeting.number, doc.verification_code)


def _draft(doc: MinutesDocument) -> bool:
    return not (doc.meeting.finalised and doc.verification_code)


def _head(doc: MinutesDocument) -> list[Flowable]:
    m = doc.meeting
    left = [("وضعیت", "پیش‌نویس")] if _draft(doc) else []
    head = Letterhead(
        [("بسمه تعالی", BISMILLAH), (doc.council.name, TITLE), (meeting_title(doc), SUBTITLE)],
        right=[f"شماره جلسه: {fa(m.number)}", f"تاریخ: {jdate(m.date)}", f"کد شورا: {doc.council.code}"],
        left_pairs=left,
        qr_data=None if _draft(doc) else qr_payload(doc),
        qr_caption=None if _draft(doc) else f"کد تأیید: {doc.verification_code}",
    )
    if m.start_time or m.end_time:
        hours = f"از ساعت {clock(m.start_time)} تا {clock(m.end_time)}"
    else:
        hours = DASH
    pairs = place_of(doc.council) + [
        ("شماره جلسه", fa(m.number)),
        ("نوع جلسه", word(m.kind, MeetingKind)),
        ("تاریخ", jlong(m.date, weekday=True)),
        ("ساعت", hours),
        ("محل برگزاری", or_dash(m.place)),
        ("رئیس جلسه", or_dash(m.chair_name)),
        ("دبیر جلسه", or_dash(m.minute_taker_name)),
        ("وضعیت", "پیش‌نویس" if _draft(doc) else "نهایی‌شده"),
    ]
    return [head, key_value_block(pairs, columns=2, size=10.0)]


def _attendance(doc: MinutesDocument) -> list[Flowable]:
    out: list[Flowable] = [RTLHeading("حاضران و غایبان", SECTION, keep_room=70)]
    notes = any(a.note for a in doc.attendance)  # a column of dashes only would be noise
    w = columns_fitting(
        [("n", width_for(["ردیف", "۲۰۰"])), ("status", width_for(["غیبت موجه", "وضعیت"]))],
        [("name", 1.5), ("role", 0.8), ("seat", 1.6)] + ([("note", 1.1)] if notes else []))
    cols = [Column("ردیف", w["n"], "center"), Column("نام و نام خانوادگی", w["name"]),
            Column("سمت", w["role"], "center"), Column("نماینده", w["seat"]),
            Column("وضعیت", w["status"], "center")]
    if notes:
        cols.append(Column("توضیحات", w["note"]))
    rows = [[fa(i), a.full_name, word(a.role, MemberRole), word(a.constituency, Constituency),
             word(a.status, AttendanceStatus)] + ([or_dash(a.note)] if notes else [])
            for i, a in enumerate(doc.attendance, start=1)]
    if rows:
        out.append(RTLTable(cols, rows, size=TABLE_SIZE))
    else:
        out.append(RTLParagraph("حضور و غیاب اعضا ثبت نشده است."))
    out.append(RTLHeading("مدعوین", SUBSECTION, keep_room=50))
    if doc.guests:
        gw = columns_fitting([("n", width_for(["ردیف", "۲۰۰"]))],
                             [("name", 1.2), ("pos", 1.3), ("agency", 1.5)])
        out.append(RTLTable(
            [Column("ردیف", gw["n"], "center"), Column("نام و نام خانوادگی", gw["name"]),
             Column("سمت", gw["pos"]), Column("دستگاه", gw["agency"])],
            [[fa(i), g.full_name, or_dash(g.position), or_dash(g.agency_name)]
             for i, g in enumerate(doc.guests, start=1)], size=TABLE_SIZE))
    else:
        out.append(RTLParagraph("مدعوی در جلسه حضور نداشت.", SMALL))
    q = doc.quorum
    counts = {s: sum(1 for a in doc.attendance if a.status == s) for s in AttendanceStatus}
    tally = (f"حاضر: {fa(counts[AttendanceStatus.PRESENT])} نفر، با تأخیر: "
             f"{fa(counts[AttendanceStatus.LATE])} نفر، غیبت موجه: "
             f"{fa(counts[AttendanceStatus.EXCUSED])} نفر، غایب: {fa(counts[AttendanceStatus.ABSENT])} نفر.")
    verdict = ("جلسه با حد نصاب لازم رسمیت یافت." if q.has_quorum
               else "جلسه به حد نصاب لازم نرسید.")
    out.append(RTLParagraph(
        f"حد نصاب: {q.rule}. از {fa(q.active_members)} عضو، {fa(q.present)} نفر در جلسه حضور "
        f"داشتند ({tally}) {verdict}", JUSTIFIED))
    return out


def _agenda(doc: MinutesDocument) -> list[Flowable]:
    out: list[Flowable] = [RTLHeading("دستور جلسه", SECTION)]
    if not doc.agenda:
        return out + [RTLParagraph("دستور جلسه‌ای ثبت نشده است.")]
    for item in doc.agenda:
        out.append(RTLParagraph(f"{fa(item.position)}. {item.title}", SMALL))
    return out


def _discussion(doc: MinutesDocument) -> list[Flowable]:
    out: list[Flowable] = [RTLHeading("شرح مذاکرات و تصمیمات", SECTION)]
    by_item: dict[int | None, list[str]] = {}
    for r in doc.resolutions:
        by_item.setdefault(r.agenda_position, []).append(fa(r.number))
    for item in doc.agenda:
        out.append(RTLHeading(f"بند {fa(item.position)}: {item.title}", SUBSECTION, keep_room=40))
        if item.kind == "follow_up" and not item.discussion:
            text = "گزارش پیگیری مصوبات جلسات قبل در جدول «پیگیری مصوبات جلسات قبل» آمده است."
        else:
            text = or_dash(item.discussion) if item.discussion else "شرح مذاکره‌ای ثبت نشده است."
        out.append(RTLParagraph(text, JUSTIFIED))
        if by_item.get(item.position):
            out.append(RTLParagraph("مصوبات این بند: " + "، ".join(by_item[item.position]), SMALL))
    if doc.meeting.summary:
        out.append(RTLHeading("جمع‌بندی جلسه", SUBSECTION, keep_room=40))
        out.append(RTLParagraph(doc.meeting.summary, JUSTIFIED))
    return out


def _resolution_columns(last: tuple[str, str, float]) -> list[Column]:
    w = columns_fitting(
        [("n", width_for(["شماره", "۱۲۳۴/۱۲۳"])), ("date", width_for(["مهلت", DATE_SAMPLE])),
         ("status", width_for(["در حال اجرا"]))],
        [("text", 3.0), ("owner", 1.1), (last[0], last[2])])
    return [Column("شماره", w["n"], "center"), Column("متن مصوبه", w["text"], "justify"),
            Column("مسئول پیگیری", w["owner"]), Column(last[1], w[last[0]]),
            Column("مهلت", w["date"], "center"), Column("وضعیت", w["status"], "center")]


def _resolutions(doc: MinutesDocument) -> list[Flowable]:
    out: list[Flowable] = [RTLHeading("مصوبات جلسه", SECTION)]
    if not doc.resolutions:
        return out + [RTLParagraph("در این جلسه مصوبه‌ای ثبت نشد.")]
    rows = [[fa(r.number), r.text, or_dash(r.owner_name), or_dash(r.agency_name), jdate(r.deadline),
             word(r.status, ResolutionStatus)] for r in doc.resolutions]
    return out + [RTLTable(_resolution_columns(("agency", "دستگاه مسئول", 1.2)), rows, size=TABLE_SIZE)]


def _follow_ups(doc: MinutesDocument) -> list[Flowable]:
    out: list[Flowable] = [RTLHeading("پیگیری مصوبات جلسات قبل", SECTION)]
    if not doc.follow_ups:
        return out + [RTLParagraph("مصوبهٔ بازی از جلسات قبل برای پیگیری وجود نداشت.")]
    rows = []
    for f in doc.follow_ups:
        text = f.text
        if f.last_note:
            text += f"\nآخرین گزارش ({jdate(f.last_note_date)}): {f.last_note}"
        rows.append([fa(f.number), text, or_dash(f.owner_name), or_dash(f.agency_name),
                     jdate(f.deadline), word(f.status, ResolutionStatus)])
    cols = _resolution_columns(("agency", "دستگاه مسئول", 1.2))
    cols[1] = Column("متن مصوبه و آخرین گزارش", cols[1].weight, "right")
    return out + [RTLTable(cols, rows, size=TABLE_SIZE)]


def _addenda(doc: MinutesDocument) -> list[Flowable]:
    if not doc.addenda:
        return []
    out: list[Flowable] = [RTLHeading("الحاقیه‌ها", SECTION)]
    for a in doc.addenda:
        by = f" — {a.author}" if a.author else ""
        out.append(RTLHeading(f"الحاقیه شماره {fa(a.number)}، مورخ {jdate(a.date)}{by}", SUBSECTION,
                              keep_room=30))
        out.append(RTLParagraph(a.text, JUSTIFIED))
    return out


def _signatures(doc: MinutesDocument) -> list[Flowable]:
    present = [a for a in doc.attendance if a.status in _ATTENDING]
    out: list[Flowable] = [RTLHeading("امضای اعضای حاضر", SECTION, keep_room=105)]
    if not present:
        return out + [RTLParagraph("عضوی حاضر ثبت نشده است.")]
    signers = [(a.full_name, " — ".join(x for x in (word(a.role, MemberRole),
                                                    word(a.constituency, Constituency)) if x != DASH))
               for a in present]
    return out + [SignatureBlock(signers, per_row=4, sign_space=38.0, size=9.0)]


def _closing(doc: MinutesDocument) -> list[Flowable]:
    m = doc.meeting
    if _draft(doc):
        text = "این صورت‌جلسه پیش‌نویس است و تا نهایی شدن در سامانه دبیر اعتبار رسمی ندارد."
    else:
        by = f" توسط {m.finalised_by}" if m.finalised_by else ""
        text = (f"این صورت‌جلسه در تاریخ {jdate(m.finalised_at)}{by} نهایی شده است و کد تأیید آن "
                f"{doc.verification_code} است. درستی این نسخه را با کد تأیید یا کد QR بالای صفحه "
                f"اول در سامانه دبیر یا سامانه استانی می‌توان بررسی کرد.")
    out: list[Flowable] = [RTLParagraph(text, SMALL)]
    if doc.sealed_as is not None:
        out.append(RTLParagraph(
            f"این صورت‌جلسه با شماره {fa(doc.sealed_as)} نهایی و امضا شده است. رایانه دیگری از "
            f"همین شورا پیش‌تر همان شماره را به جلسه دیگری داده بود، پس سرور استان شماره این "
            f"جلسه را به {fa(doc.meeting.number)} تغییر داد؛ کد تأیید همان است.",
            TextStyle(font=BOLD, size=10.0)))
    if doc.intact is False:
        out.append(RTLParagraph("هشدار: محتوای ثبت‌شده این جلسه با مهر نهایی صورت‌جلسه مطابقت ندارد.",
                                TextStyle(font=BOLD, size=10.0)))
    return out


def minutes_story(doc: MinutesDocument) -> list[Flowable]:
    """The flowables of the minutes, in reading order."""
    return (_head(doc) + _attendance(doc) + _agenda(doc) + _discussion(doc) + _resolutions(doc)
            + _follow_ups(doc) + _addenda(doc) + _signatures(doc) + _closing(doc))


def render_minutes(doc: MinutesDocument, target: str | Path | BinaryIO, *,
                   print_date: date | None = None) -> BuildResult:
    """Write the minutes PDF to a path or binary file; returns pages and drawn lines."""
    title = f"{meeting_title(doc)} — {doc.council.name}"
    return build_pdf(
        target, minutes_story(doc), title=title,
        header=f"{doc.council.name} — {meeting_title(doc)} — {jdate(doc.meeting.date)}",
        header_first_page=False,
        verification_code=None if _draft(doc) else doc.verification_code,
        draft=_draft(doc),
        footer_note=None if _draft(doc) else _CHECK_NOTE,
        print_date=print_date or doc.printed_on,
        subject=meeting_title(doc),
    )
