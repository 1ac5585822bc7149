"""Meetings: numbering, validation, lists and calendar, agenda, attendance and quorum, finalising
(refusals, the seal, everything refused afterwards with nothing changed) and addenda."""
from datetime import date, time

import pytest
from sqlalchemy import select

from app.errors import NotFoundError, StateError, ValidationError
from app.models import Attendance, Meeting
from app.services import agenda, attendance, meetings, members, resolutions, sealing
from app.services.agencies import list_agencies
from app.services.attendance import GuestInput, required_present
from app.services.council import set_quorum_rule
from app.services.meetings import MeetingInput
from app.services.resolutions import ResolutionInput

from meeting_support import add_members, audit_count, new_meeting

D1 = date(2026, 10, 7)  # ۱۴۰۵/۰۷/۱۵, a Wednesday


def mark(s, meeting_id, member_ids, status="present"):
    return attendance.set_attendance(s, meeting_id, {m: status for m in member_ids})


# --------------------------------------------------------------------------- creating, listing


def test_create_numbers_reads_jalali_and_names_people(db, council):
    with db.session(actor="test") as s:
        chair, taker = add_members(s, council.id, 2, roles={0: "chair", 1: "secretary"})
        first = new_meeting(s, council.id, "۱۴۰۵/۰۷/۱۵", start_time="۱۷:۳۰", end_time="19:00",
                            place="  مسجد  جامع ", chair_id=chair, minute_taker_id=taker)
        second = new_meeting(s, council.id, D1, kind="extraordinary")
        assert (first.number, second.number) == (1, 2)
        assert first.date == D1 and first.start_time == time(17, 30)
        assert first.place == "مسجد جامع" and first.state == "scheduled"
        assert first.chair_name == "علی یوسفی" and first.minute_taker_name == "زهرا احمدی"
        assert first.agenda == () and first.verification_code is None and not first.finalised
        assert second.kind == "extraordinary"
        chosen = new_meeting(s, council.id, D1, number=10)
        assert chosen.number == 10
        assert new_meeting(s, council.id, D1).number == 11


@pytest.mark.parametrize("fields, field, code", [
    ({"start_time": "18:00", "end_time": "17:00"}, "end_time", "meeting.time_order"),
    ({"start_time": "18:00", "end_time": "18:00"}, "end_time", "meeting.time_order"),
    ({"date": "1405/13/01"}, "date", "bad_date"),
    ({"date": ""}, "date", "required"),
    ({"kind": "party"}, "kind", "bad_choice"),
    ({"start_time": "25:00"}, "start_time", "bad_time"),
    ({"number": 0}, "number", "bad_number"),
    ({"number": 1}, "number", "meeting.number_taken"),
    ({"chair_id": "nobody"}, "chair_id", "not_found"),
])
def test_bad_meeting_input_is_refused_and_nothing_written(db, council, fields, field, code):
    with db.session(actor="test") as s:
        new_meeting(s, council.id, D1)
        before = audit_count(s)
        data = {"date": D1, **fields}
        with pytest.raises(ValidationError) as err:
            meetings.create_meeting(s, council.id, MeetingInput(**data))
        assert (err.value.code, err.value.field) == (code, field)
        assert audit_count(s) == before
        assert meetings.count_meetings(s, council.id) == 1


def test_chair_must_be_an_active_member(db, council):
    with db.session(actor="test") as s:
        gone, = add_members(s, council.id, 1)
        members.end_term(s, gone, on=date(2026, 9, 1))
        with pytest.raises(ValidationError) as err:
            new_meeting(s, council.id, D1, chair_id=gone)
        assert err.value.code == "meeting.inactive_member" and err.value.field == "chair_id"
        assert err.value.params["name"] == "علی یوسفی"


def test_update_keeps_number_and_refuses_taken_one(db, council):
    with db.session(actor="test") as s:
        m1 = new_meeting(s, council.id, D1)
        new_meeting(s, council.id, D1)
        updated = meetings.update_meeting(s, m1.id, MeetingInput(date="1405/07/20",
                                                                 summary="جلسه عادی ماهانه"))
        assert updated.number == 1 and updated.date == date(2026, 10, 12)
        with pytest.raises(ValidationError) as err:
            meetings.update_meeting(s, m1.id, MeetingInput(date=D1, number=2))
        assert err.value.code == "meeting.number_taken"
        assert meetings.get_meeting(s, m1.id).date == date(2026, 10, 12)


def test_list_newest_first_filters_paging_calendar_and_next(db, council):
    with db.session(actor="test") as s:
        new_meeting(s, council.id, "1404/12/20")                          # 1
        new_meeting(s, council.id, "1405/01/15", kind="public")           # 2
        new_meeting(s, council.id, "1405/07/15")                          # 3
        new_meeting(s, council.id, "1405/07/22", start_time="17:00")      # 4
        new_meeting(s, council.id, "1405/07/22", start_time="09:00",
                    kind="extraordinary")                                 # 5
        assert [m.number for m in meetings.list_meetings(s, council.id)] == [5, 4, 3, 2, 1]
        assert [m.number for m in meetings.list_meetings(s, council.id, year=1405)] == [5, 4, 3, 2]
        assert meetings.count_meetings(s, council.id, year=1404) == 1
        assert [m.number for m in meetings.list_meetings(s, council.id, kind="public")] == [2]
        page = meetings.list_meetings(s, council.id, offset=1, limit=2)
        assert [m.number for m in page] == [4, 3]
        assert [m.number for m in meetings.meetings_in_month(s, council.id, 1405, 7)] == [3, 5, 4]
        assert meetings.meetings_in_month(s, council.id, 1405, 8) == []
        today = date(2026, 10, 10)  # between meeting 3 and the two on 1405/07/22
        assert meetings.next_meeting(s, council.id, today).number == 5  # the 09:00 one
        assert meetings.next_meeting(s, council.id, date(2027, 1, 1)) is None
        meetings.delete_meeting(s, meetings.list_meetings(s, council.id)[0].id)
        assert meetings.count_meetings(s, council.id) == 4
        assert new_meeting(s, council.id, D1).number == 6  # a deleted number is not reused


# --------------------------------------------------------------------------- agenda


def test_agenda_add_edit_move_remove(db, council):
    with db.session(actor="test") as s:
        m = new_meeting(s, council.id, D1)
        a = agenda.add_agenda_item(s, m.id, "آسفالت کوچه شهید رجایی")
        b = agenda.add_agenda_item(s, m.id, "جشن دهه فجر")
        c = agenda.add_agenda_item(s, m.id, "کلاس‌های تقویتی")
        titles = lambda: [(i.position, i.title) for i in agenda.agenda_of(s, m.id)]  # noqa: E731
        agenda.move_up(s, c.id)
        assert titles() == [(1, a.title), (2, c.title), (3, b.title)]
        agenda.move_up(s, a.id)  # already first: nothing moves
        agenda.move_down(s, b.id)  # already last
        assert titles() == [(1, a.title), (2, c.title), (3, b.title)]
        agenda.update_agenda_item(s, c.id, title="کلاس‌های تقویتی ریاضی",
                                  discussion="با آموزش و پرورش هماهنگ شد")
        res = resolutions.add_resolution(s, m.id, ResolutionInput(text="ثبت‌نام از هفته بعد",
                                                                  agenda_item_id=c.id))
        agenda.remove_agenda_item(s, c.id)
        assert titles() == [(1, a.title), (2, b.title)]
        assert resolutions.get_resolution(s, res.id).agenda_item_id is None
        with pytest.raises(ValidationError) as err:
            agenda.add_agenda_item(s, m.id, "  ")
        assert err.value.field == "title"


# --------------------------------------------------------------------------- attendance, quorum


def test_every_active_member_appears_absent_until_marked(db, council):
    with db.session(actor="test") as s:
        ids = add_members(s, council.id, 4, roles={2: "chair"})
        members.end_term(s, ids[3], on=date(2026, 9, 1))
        m = new_meeting(s, council.id, D1)
        sheet = attendance.get_attendance(s, m.id)
        assert [r.status for r in sheet.rows] == ["absent"] * 3
        assert sheet.rows[0].member_id == ids[2]  # the chair first
        assert [r.last_name for r in sheet.rows[1:]] == ["احمدی", "یوسفی"]  # then alphabetical
        assert sheet.quorum.active_members == 3 and sheet.quorum.present == 0
        assert s.scalars(select(Attendance)).all() == []  # nothing written until marked
        assert meetings.get_meeting(s, m.id).state == "scheduled"
        sheet = attendance.set_attendance(s, m.id, {ids[0]: "present", ids[1]: "late"})
        assert meetings.get_meeting(s, m.id).state == "held"  # recording attendance = held
        assert sheet.quorum.present == 2
        with pytest.raises(ValidationError) as err:  # not an active member
            attendance.set_member_attendance(s, m.id, ids[3], "present")
        assert err.value.code == "meeting.inactive_member"
        with pytest.raises(ValidationError) as err:
            attendance.set_member_attendance(s, m.id, ids[0], "asleep")
        assert err.value.code == "bad_choice"
        assert attendance.get_attendance(s, m.id).rows == sheet.rows


def test_quorum_default_rule_strictly_more_than_half(db, council):
    with db.session(actor="test") as s:
        ids = add_members(s, council.id, 13)
        m = new_meeting(s, council.id, D1)
        q = mark(s, m.id, ids[:7]).quorum
        assert (q.active_members, q.present, q.required, q.has_quorum) == (13, 7, 7, True)
        assert "بیش از نصف" in q.rule and "۱۳" in q.rule
        q = attendance.set_member_attendance(s, m.id, ids[6], "excused").quorum
        assert (q.present, q.has_quorum) == (6, False)
        members.end_term(s, ids[12], on=date(2026, 9, 1))  # 12 active: 6 is exactly half
        q = attendance.get_quorum(s, m.id)
        assert (q.active_members, q.present, q.required, q.has_quorum) == (12, 6, 7, False)
        attendance.set_member_attendance(s, m.id, ids[6], "late")  # late counts as present
        assert attendance.get_quorum(s, m.id).has_quorum


def test_quorum_configured_rule(db, council):
    with db.session(actor="test") as s:
        set_quorum_rule(s, council.id, numerator=2, denominator=3, strict=False)
        ids = add_members(s, council.id, 12)
        m = new_meeting(s, council.id, D1)
        q = mark(s, m.id, ids[:7]).quorum
        assert (q.required, q.has_quorum, q.strict) == (8, False, False)
        assert "دست‌کم ۲/۳" in q.rule
        assert mark(s, m.id, ids[7:8]).quorum.has_quorum
    assert required_present(12, 2, 3, True) == 9
    assert required_present(0, 1, 2, False) == 1  # never a quorum of nobody


def test_guests_add_update_remove(db, council):
    with db.session(actor="test") as s:
        m = new_meeting(s, council.id, D1)
        water = next(a.id for a in list_agencies(s) if a.name == "شرکت آب و فاضلاب")
        g = attendance.add_guest(s, m.id, GuestInput("مهندس کاظمی", "معاون بهره‌برداری", water))
        attendance.add_guest(s, m.id, GuestInput("خانم صالحی"))
        assert g.agency_name == "شرکت آب و فاضلاب"
        attendance.update_guest(s, g.id, GuestInput("مهندس کاظمی", "مدیر منطقه", water))
        guests = meetings.get_meeting(s, m.id).guests
        assert [(x.full_name, x.position) for x in guests] == [
            ("مهندس کاظمی", "مدیر منطقه"), ("خانم صالحی", None)]
        attendance.remove_guest(s, g.id)
        assert [x.full_name for x in meetings.get_meeting(s, m.id).guests] == ["خانم صالحی"]
        with pytest.raises(ValidationError) as err:
            attendance.add_guest(s, m.id, GuestInput("کسی", agency_id="no-such"))
        assert err.value.field == "agency_id"


# --------------------------------------------------------------------------- finalising


def test_finalise_refused_when_not_held_or_without_quorum(db, council):
    with db.session(actor="test") as s:
        ids = add_members(s, council.id, 12)
        m = new_meeting(s, council.id, D1)
        before = audit_count(s)
        with pytest.raises(StateError) as err:
            sealing.finalise_meeting(s, m.id)
        assert err.value.code == "meeting.not_held"
        assert audit_count(s) == before
        mark(s, m.id, ids[:6])
        before, view = audit_count(s), meetings.get_meeting(s, m.id)
        with pytest.raises(StateError) as err:
            sealing.finalise_meeting(s, m.id)
        assert err.value.code == "meeting.no_quorum"
        assert err.value.params == {"present": 6, "required": 7}
        assert audit_count(s) == before and meetings.get_meeting(s, m.id) == view
        assert s.get(Meeting, m.id).content_hash is None


def _full_meeting(s, council):
    ids = add_members(s, council.id, 5, roles={0: "chair", 1: "secretary"})
    m = new_meeting(s, council.id, D1, start_time="17:00", end_time="19:00", place="مسجد",
                    chair_id=ids[0], minute_taker_id=ids[1])
    item = agenda.add_agenda_item(s, m.id, "آب‌گرفتگی معابر", "گزارش شهرداری ارائه شد")
    agenda.add_agenda_item(s, m.id, "جشن میلاد")
    guest = attendance.add_guest(s, m.id, GuestInput("مهندس کاظمی", "شهرداری"))
    res = resolutions.add_resolution(s, m.id, ResolutionInput(
        text="لایروبی جوی‌ها تا پایان آبان", owner_id=ids[2], deadline="1405/08/30",
        agenda_item_id=item.id))
    mark(s, m.id, ids[:3])
    return ids, m, item, guest, res


def test_after_finalise_every_edit_is_refused_and_nothing_changes(db, council):
    with db.session(actor="test") as s:
        ids, m, item, guest, res = _full_meeting(s, council)
        members.end_term(s, ids[4], on=date(2026, 9, 1))  # left before finalising: not on roster
        code = sealing.finalise_meeting(s, m.id, by="دبیر")
        view = meetings.get_meeting(s, m.id, today=D1)
        assert view.state == "finalised" and view.finalised_by == "دبیر"
        assert view.verification_code == code and len(view.content_hash) == 64
        assert len(s.scalars(select(Attendance).where(Attendance.deleted_at.is_(None))).all()) == 4
        before = audit_count(s)
        attempts = [
            lambda: meetings.update_meeting(s, m.id, MeetingInput(date=D1, summary="تغییر")),
            lambda: meetings.delete_meeting(s, m.id),
            lambda: agenda.add_agenda_item(s, m.id, "دستور تازه"),
            lambda: agenda.update_agenda_item(s, item.id, title="عنوان دیگر"),
            lambda: agenda.move_down(s, item.id),
            lambda: agenda.remove_agenda_item(s, item.id),
            lambda: attendance.set_attendance(s, m.id, {ids[3]: "present"}),
            lambda: attendance.set_member_attendance(s, m.id, ids[0], "absent"),
            lambda: attendance.add_guest(s, m.id, GuestInput("مهمان تازه")),
            lambda: attendance.update_guest(s, guest.id, GuestInput("نام دیگر")),
            lambda: attendance.remove_guest(s, guest.id),
            lambda: resolutions.add_resolution(s, m.id, ResolutionInput(text="مصوبه تازه")),
            lambda: resolutions.update_resolution(s, res.id, ResolutionInput(text="متن دیگر")),
            lambda: resolutions.update_resolution(s, res.id, ResolutionInput(
                text=res.text, owner_id=ids[3], deadline=res.deadline)),
            lambda: resolutions.delete_resolution(s, res.id),
            lambda: sealing.finalise_meeting(s, m.id),
        ]
        for attempt in attempts:
            with pytest.raises(StateError) as err:
                attempt()
            assert (err.value.code, err.value.field) == ("meeting.finalised", None)
            assert err.value.params == {"number": 1}
        assert audit_count(s) == before
        assert meetings.get_meeting(s, m.id, today=D1) == view
        assert sealing.verify_minutes(s, m.id)
        # the resolution's status and follow-ups stay open for later meetings
        done = resolutions.set_status(s, res.id, "done", "انجام شد", on=date(2026, 11, 1))
        assert done.status == "done" and not done.editable
        assert sealing.verify_minutes(s, m.id)
    with db.session(actor="test") as s:  # the seal survives a fresh session (values reloaded)
        assert sealing.verify_minutes(s, m.id)
        assert sealing.verification_code(s.get(Meeting, m.id)) == code


def test_addenda_numbered_only_on_finalised_minutes(db, council):
    with db.session(actor="test") as s:
        ids, m, *_ = _full_meeting(s, council)
        with pytest.raises(StateError) as err:
            sealing.add_addendum(s, m.id, "اصلاح نام مدعو", D1, "دبیر")
        assert err.value.code == "meeting.not_finalised"
        sealing.finalise_meeting(s, m.id)
        a1 = sealing.add_addendum(s, m.id, "نام مدعو «کاظمی» درست است", "1405/07/20", "دبیر")
        a2 = sealing.add_addendum(s, m.id, "مهلت مصوبه ۱/۱ آذر است", today=date(2026, 10, 20))
        assert (a1.number, a1.date, a2.number, a2.date) == (1, date(2026, 10, 12), 2,
                                                          date(2026, 10, 20))
        with pytest.raises(ValidationError) as err:
            sealing.add_addendum(s, m.id, "پیش از جلسه", "1405/07/01")
        assert err.value.code == "meeting.addendum_date"
        assert [a.number for a in meetings.get_meeting(s, m.id).addenda] == [1, 2]
        assert sealing.verify_minutes(s, m.id)  # addenda are not part of the seal


def test_unknown_meeting(db, council):
    with db.session(actor="test") as s:
        with pytest.raises(NotFoundError):
            meetings.get_meeting(s, "no-such-id")
