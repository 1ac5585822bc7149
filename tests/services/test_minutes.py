"""The minutes document (plain dataclasses, nothing from the ORM), the sign-in sheet, and the
seal: a stable verification code, and verify_minutes catching rows changed behind the services."""
import dataclasses
import re
from datetime import date, datetime, time

from sqlalchemy import select

from app.models import Attendance, Meeting, Resolution
from app.services import agenda, attendance, resolutions, sealing
from app.services.agencies import list_agencies
from app.services.attendance import GuestInput
from app.services.minutes import MinutesDocument, minutes_document, sign_in_sheet
from app.services.resolutions import ResolutionInput

from meeting_support import add_members, new_meeting

D1 = date(2026, 10, 7)   # ۱۴۰۵/۰۷/۱۵, Wednesday
D2 = date(2026, 11, 4)   # ۱۴۰۵/۰۸/۱۳, Wednesday
TODAY = date(2026, 11, 10)
PLAIN = (str, int, bool, float, date, datetime, time, type(None))


def leaves(value):
    """Every non-container value in a dataclass tree."""
    if dataclasses.is_dataclass(value):
        for f in dataclasses.fields(value):
            yield from leaves(getattr(value, f.name))
    elif isinstance(value, (tuple, list)):
        for item in value:
            yield from leaves(item)
    else:
        yield value


def _setting(s, council):
    """Meeting 1 finalised with one resolution left open, meeting 2 held with everything."""
    ids = add_members(s, council.id, 6, roles={3: "chair", 5: "secretary", 1: "deputy"})
    power = next(a for a in list_agencies(s) if a.name == "شرکت توزیع نیروی برق")
    m1 = new_meeting(s, council.id, D1)
    old = resolutions.add_resolution(s, m1.id, ResolutionInput(text="روشنایی کوچه ۸",
                                                               agency_id=power.id))
    attendance.set_attendance(s, m1.id, {i: "present" for i in ids[:4]})
    sealing.finalise_meeting(s, m1.id)
    resolutions.add_follow_up(s, old.id, "1405/07/25", "نامه به اداره برق ارسال شد")

    m2 = new_meeting(s, council.id, D2, start_time="17:00", end_time="18:30",
                     place="مسجد امام رضا (ع)", chair_id=ids[3], minute_taker_id=ids[5],
                     summary="جلسه عادی ماهانه")
    item = agenda.add_agenda_item(s, m2.id, "سلامت محله", "هماهنگی با شبکه بهداشت")
    resolutions.add_resolution(s, m2.id, ResolutionInput(
        text="برگزاری کلاس کمک‌های اولیه", owner_id=ids[0], agency_id=power.id,
        deadline="1405/09/30", agenda_item_id=item.id))
    attendance.add_guest(s, m2.id, GuestInput("دکتر نوری", "مدیر مرکز بهداشت", power.id))
    attendance.set_attendance(s, m2.id, {ids[0]: "present", ids[1]: "late", ids[3]: "present",
                                         ids[4]: "present", ids[2]: "excused"})
    return ids, m1, m2


def test_minutes_document_holds_everything_as_plain_values(db, council):
    with db.session(actor="test") as s:
        ids, m1, m2 = _setting(s, council)
        doc = minutes_document(s, m2.id, today=TODAY)
        assert isinstance(doc, MinutesDocument)
        assert all(isinstance(v, PLAIN) for v in leaves(doc))  # no ORM object anywhere
        assert (doc.council.name, doc.council.code, doc.council.neighbourhood,
                doc.council.province) == ("شورای پیشرفت محله شهرک ولیعصر", "ARD-0054",
                                          "شهرک ولیعصر", "اردبیل")
        mt = doc.meeting
        assert (mt.number, mt.kind, mt.date, mt.weekday, mt.start_time, mt.end_time) == (
            2, "regular", D2, "چهارشنبه", time(17), time(18, 30))
        assert (mt.place, mt.chair_name, mt.minute_taker_name, mt.state, mt.finalised) == (
            "مسجد امام رضا (ع)", "مریم چراغی", "فاطمه محمدی", "held", False)
        # chair, deputy, secretary, then members in Persian alphabetical order of last names
        assert [(a.role, a.full_name) for a in doc.attendance] == [
            ("chair", "مریم چراغی"), ("deputy", "زهرا احمدی"), ("secretary", "فاطمه محمدی"),
            ("member", "حسین پاکزاد"), ("member", "رضا کریمی"), ("member", "علی یوسفی")]
        assert [a.status for a in doc.attendance] == [
            "present", "late", "absent", "excused", "present", "present"]
        assert (doc.quorum.active_members, doc.quorum.present, doc.quorum.has_quorum) == (
            6, 4, True)
        assert [(g.full_name, g.agency_name) for g in doc.guests] == [
            ("دکتر نوری", "شرکت توزیع نیروی برق")]
        assert [(a.position, a.kind, a.title) for a in doc.agenda] == [
            (1, "follow_up", "پیگیری مصوبات جلسات قبل"), (2, "normal", "سلامت محله")]
        assert doc.agenda[1].discussion == "هماهنگی با شبکه بهداشت"
        r = doc.resolutions[0]
        assert (r.number, r.owner_name, r.agency_name, r.deadline, r.status,
                r.agenda_position) == ("2/1", "علی یوسفی", "شرکت توزیع نیروی برق",
                                       date(2026, 12, 21), "open", 2)
        f = doc.follow_ups[0]
        assert (f.number, f.text, f.status, f.last_note) == (
            "1/1", "روشنایی کوچه ۸", "open", "نامه به اداره برق ارسال شد")
        assert (doc.verification_code, doc.content_hash, doc.intact) == (None, None, None)
        assert doc.addenda == () and doc.printed_on == TODAY


def test_sign_in_sheet_lists_the_expected_members(db, council):
    with db.session(actor="test") as s:
        ids, m1, m2 = _setting(s, council)
        sheet = sign_in_sheet(s, m2.id)
        assert (sheet.meeting_number, sheet.weekday, sheet.place) == (
            2, "چهارشنبه", "مسجد امام رضا (ع)")
        assert [m.role for m in sheet.members][:3] == ["chair", "deputy", "secretary"]
        assert len(sheet.members) == 6 and [g.full_name for g in sheet.guests] == ["دکتر نوری"]


def test_verification_code_is_stable_and_verify_catches_tampering(db, council):
    with db.session(actor="test") as s:
        ids, m1, m2 = _setting(s, council)
        code = sealing.finalise_meeting(s, m2.id, by="دبیر")
        assert re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}",
                            code)
        doc = minutes_document(s, m2.id, today=TODAY)
        assert (doc.verification_code, doc.intact, doc.meeting.finalised) == (code, True, True)
        assert doc.content_hash == s.get(Meeting, m2.id).content_hash
    with db.session(actor="test") as s:
        meeting = s.get(Meeting, m2.id)
        assert sealing.content_hash(s, meeting) == meeting.content_hash  # recomputed: the same
        assert sealing.verification_code(meeting) == code
        assert minutes_document(s, m2.id, today=TODAY).verification_code == code
        assert sealing.verify_minutes(s, m2.id)
        typed = code.lower().replace("-", " ").replace("0", "O").replace("1", "l")
        assert sealing.check_verification_code(s, m2.id, typed)
        assert not sealing.check_verification_code(s, m2.id, "0000-0000-00")
        # a status change and a follow-up are not part of the seal
        res = s.scalars(select(Resolution).where(Resolution.meeting_id == m2.id)).one()
        resolutions.set_status(s, res.id, "in_progress", "کلاس اول برگزار شد", on=TODAY)
        assert sealing.verify_minutes(s, m2.id)
    with db.session(actor="tamper") as s:  # edit behind the services' back
        res = s.scalars(select(Resolution).where(Resolution.meeting_id == m2.id)).one()
        res.text = "برگزاری دو کلاس کمک‌های اولیه"
    with db.session(actor="test") as s:
        assert not sealing.verify_minutes(s, m2.id)
        assert not sealing.check_verification_code(s, m2.id, code)
        assert minutes_document(s, m2.id, today=TODAY).intact is False
        res = s.scalars(select(Resolution).where(Resolution.meeting_id == m2.id)).one()
        res.text = "برگزاری کلاس کمک‌های اولیه"  # put back: verifies again
    with db.session(actor="test") as s:
        assert sealing.verify_minutes(s, m2.id)
        row = s.scalars(select(Attendance).where(Attendance.meeting_id == m2.id,
                                                 Attendance.member_id == ids[2])).one()
        row.status = "present"
        s.flush()
        assert not sealing.verify_minutes(s, m2.id)


def test_drafts_have_no_code_and_do_not_verify(db, council):
    with db.session(actor="test") as s:
        m = new_meeting(s, council.id, D1)
        assert sealing.verification_code(s.get(Meeting, m.id)) is None
        assert not sealing.verify_minutes(s, m.id)
    assert sealing.code_from_hash("f" * 64) == "ZZZZ-ZZZZ-ZZ"
    assert sealing.code_from_hash("0" * 64) == "0000-0000-00"
