"""Resolutions: numbering (and renumbering on delete), validation, status transitions and
follow-ups, overdue with an injected today, the register's filters and counts, and the
follow-up of earlier resolutions (the automatic agenda item and the status as it stood)."""
from datetime import date

import pytest

from app.errors import StateError, ValidationError
from app.services import agenda, attendance, members, resolutions, sealing
from app.services.agencies import list_agencies
from app.services.resolution_register import (count_register, previous_open_resolutions,
                                              register, resolution_stats)
from app.services.resolutions import ResolutionInput

from meeting_support import add_members, audit_count, new_meeting

D1 = date(2026, 10, 7)   # ۱۴۰۵/۰۷/۱۵
D2 = date(2026, 11, 4)   # ۱۴۰۵/۰۸/۱۳
D3 = date(2026, 12, 2)   # ۱۴۰۵/۰۹/۱۱


def agency(s, name):
    return next(a.id for a in list_agencies(s) if a.name == name)


def add(s, meeting_id, text, **kw):
    return resolutions.add_resolution(s, meeting_id, ResolutionInput(text=text, **kw))


def test_numbered_within_meeting_and_renumbered_on_delete(db, council):
    with db.session(actor="test") as s:
        owner, = add_members(s, council.id, 1)
        for _ in range(11):
            new_meeting(s, council.id, D1)
        m12 = new_meeting(s, council.id, D1)
        water = agency(s, "شرکت آب و فاضلاب")
        r1 = add(s, m12.id, "تعمیر شیر آب پارک", owner_id=owner, agency_id=water,
                 deadline="۱۴۰۵/۰۸/۳۰")
        r2 = add(s, m12.id, "نامه به شهرداری")
        r3 = add(s, m12.id, "برگزاری کلاس قرآن")
        assert [r.number for r in (r1, r2, r3)] == ["12/1", "12/2", "12/3"]
        assert (r1.owner_name, r1.agency_name, r1.deadline) == ("علی یوسفی", "شرکت آب و فاضلاب",
                                                                date(2026, 11, 21))
        assert (r1.status, r1.meeting_number, r1.meeting_date, r1.editable) == (
            "open", 12, D1, True)
        resolutions.delete_resolution(s, r2.id)
        listed = resolutions.meeting_resolutions(s, m12.id)
        assert [(r.number, r.text) for r in listed] == [("12/1", r1.text), ("12/2", r3.text)]
        assert add(s, m12.id, "مصوبه چهارم").number == "12/3"


@pytest.mark.parametrize("fields, field, code", [
    ({"text": "  "}, "text", "required"),
    ({"text": "x", "deadline": "1405/02/32"}, "deadline", "bad_date"),
    ({"text": "x", "owner_id": "nobody"}, "owner_id", "not_found"),
    ({"text": "x", "agency_id": "nothing"}, "agency_id", "not_found"),
    ({"text": "x", "issue_id": "nothing"}, "issue_id", "not_found"),
    ({"text": "x", "agenda_item_id": "nothing"}, "agenda_item_id", "not_found"),
])
def test_bad_resolution_input_is_refused(db, council, fields, field, code):
    with db.session(actor="test") as s:
        m = new_meeting(s, council.id, D1)
        before = audit_count(s)
        with pytest.raises(ValidationError) as err:
            resolutions.add_resolution(s, m.id, ResolutionInput(**fields))
        assert (err.value.code, err.value.field) == (code, field)
        assert audit_count(s) == before and resolutions.meeting_resolutions(s, m.id) == ()


def test_owner_must_be_active_but_an_unchanged_former_owner_is_kept(db, council):
    with db.session(actor="test") as s:
        a, b = add_members(s, council.id, 2)
        m = new_meeting(s, council.id, D1)
        r = add(s, m.id, "پیگیری روشنایی کوچه", owner_id=a)
        members.end_term(s, a, on=D2)
        with pytest.raises(ValidationError) as err:
            add(s, m.id, "مصوبه دیگر", owner_id=a)
        assert err.value.code == "meeting.inactive_member"
        kept = resolutions.update_resolution(s, r.id, ResolutionInput(
            text="پیگیری روشنایی کوچه ۱۲", owner_id=a))
        assert kept.owner_name == "علی یوسفی" and kept.text.endswith("۱۲")
        assert resolutions.update_resolution(s, r.id, ResolutionInput(
            text=kept.text, owner_id=b)).owner_name == "زهرا احمدی"


def test_status_transitions_record_follow_ups(db, council):
    with db.session(actor="test") as s:
        m = new_meeting(s, council.id, D1)
        later = new_meeting(s, council.id, D2)
        r = add(s, m.id, "ساخت زمین چمن مصنوعی")
        r = resolutions.set_status(s, r.id, "in_progress", "پیمانکار انتخاب شد", on="1405/07/20")
        r = resolutions.set_status(s, r.id, "done", "افتتاح شد", on=D2, meeting_id=later.id)
        assert (r.status, r.completed_on) == ("done", D2)
        r = resolutions.set_status(s, r.id, "in_progress", "نیاز به نورپردازی",
                                   today=date(2026, 11, 10))  # reopen, dated today
        assert r.completed_on is None
        r = resolutions.add_follow_up(s, r.id, "1405/09/01", "نامه به اداره ورزش")
        assert [(f.status_after, f.meeting_number) for f in r.follow_ups] == [
            ("in_progress", None), ("done", 2), ("in_progress", None), (None, None)]
        assert r.follow_ups[0].date == date(2026, 10, 12)
        for bad, code in (("open", "resolution.bad_transition"),
                          ("in_progress", "resolution.closed")):
            with pytest.raises((ValidationError, StateError)) as err:
                resolutions.set_status(s, r.id, bad, on=D3)
            assert err.value.code == code
        cancelled = resolutions.set_status(s, r.id, "cancelled", "منتفی شد", on=D3)
        with pytest.raises(ValidationError):
            resolutions.set_status(s, r.id, "done", on=D3)  # a cancelled one is revived first
        assert resolutions.set_status(s, cancelled.id, "open", on=D3).status == "open"
        with pytest.raises(ValidationError) as err:
            resolutions.add_follow_up(s, r.id, "1405/07/01", "پیش از جلسه")
        assert err.value.code == "resolution.follow_up_date"
        with pytest.raises(ValidationError) as err:
            resolutions.add_follow_up(s, r.id, D2, "  ")
        assert err.value.field == "note"
        assert len(resolutions.get_resolution(s, r.id).follow_ups) == 6


def test_overdue_is_derived_from_the_injected_today(db, council):
    with db.session(actor="test") as s:
        m = new_meeting(s, council.id, D1)
        r = add(s, m.id, "تعمیر پل عابر", deadline=date(2026, 11, 1))
        none = add(s, m.id, "بدون مهلت")
        assert not resolutions.get_resolution(s, r.id, today=date(2026, 11, 1)).overdue
        late = resolutions.get_resolution(s, r.id, today=date(2026, 11, 11))
        assert (late.overdue, late.days_overdue) == (True, 10)
        assert not resolutions.get_resolution(s, none.id, today=date(2030, 1, 1)).overdue
        resolutions.set_status(s, r.id, "done", on=date(2026, 11, 5))
        done = resolutions.get_resolution(s, r.id, today=date(2026, 11, 11))
        assert (done.overdue, done.days_overdue) == (False, 0)


def test_register_filters_order_paging_counts_and_stats(db, council):
    with db.session(actor="test") as s:
        a, b = add_members(s, council.id, 2)
        water = agency(s, "شرکت آب و فاضلاب")
        m1 = new_meeting(s, council.id, D1)
        m2 = new_meeting(s, council.id, D2)
        r11 = add(s, m1.id, "لوله‌کشی آب کوچه ۵", owner_id=a, agency_id=water,
                  deadline=date(2026, 10, 20))
        r12 = add(s, m1.id, "جشن هفته وحدت", owner_id=b)
        r21 = add(s, m2.id, "آب‌رسانی به پارک", agency_id=water, deadline=date(2026, 12, 1))
        r22 = add(s, m2.id, "کمک به زندانیان غیرعمد", owner_id=a, deadline=date(2026, 9, 30))
        resolutions.set_status(s, r22.id, "done", on=D2)
        resolutions.set_status(s, r12.id, "cancelled", on=D2)
        today = date(2026, 11, 10)
        def numbers(**kw):
            return [r.number for r in register(s, council.id, today=today, **kw)]

        assert numbers() == ["2/2", "1/1", "2/1", "1/2"]  # by deadline, none last
        assert numbers(status="open") == ["1/1", "2/1"]
        assert numbers(status=["done", "cancelled"]) == ["2/2", "1/2"]
        assert numbers(owner_id=a) == ["2/2", "1/1"]
        assert numbers(agency_id=water) == ["1/1", "2/1"]
        assert numbers(overdue=True) == ["1/1"]
        assert numbers(overdue=False) == ["2/2", "2/1", "1/2"]
        assert numbers(query="آب") == ["1/1", "2/1"]
        assert numbers(query="۲/۱") == ["2/1"]
        assert numbers(offset=1, limit=2) == ["1/1", "2/1"]
        assert count_register(s, council.id, query="آب", today=today) == 2
        assert count_register(s, council.id, overdue=True, today=today) == 1
        stats = resolution_stats(s, council.id, today=today)
        assert (stats.open, stats.in_progress, stats.done, stats.cancelled, stats.overdue,
                stats.total) == (2, 0, 1, 1, 1, 4)
        assert resolution_stats(s, council.id, today=date(2026, 12, 5)).overdue == 2
        late = register(s, council.id, overdue=True, today=today)[0]
        assert (late.id, late.days_overdue) == (r11.id, 21)
        assert r21.id in {r.id for r in register(s, council.id, today=today)}


def test_follow_up_item_is_added_by_itself_listing_earlier_open_resolutions(db, council):
    with db.session(actor="test") as s:
        ids = add_members(s, council.id, 3)
        first = new_meeting(s, council.id, D1)
        assert first.agenda == ()  # nothing to follow up yet
        agenda.add_agenda_item(s, first.id, "مشکلات آب")
        open_ = add(s, first.id, "لایروبی قنات", owner_id=ids[0])
        busy = add(s, first.id, "نامه به برق", agency_id=agency(s, "شرکت توزیع نیروی برق"))
        done = add(s, first.id, "جشن غدیر")
        dropped = add(s, first.id, "سفر زیارتی")
        resolutions.set_status(s, busy.id, "in_progress", "نامه ارسال شد", on="1405/07/25")
        resolutions.set_status(s, done.id, "done", "برگزار شد", on="1405/07/30")
        resolutions.set_status(s, dropped.id, "cancelled", on="1405/07/30")
        attendance.set_attendance(s, first.id, {i: "present" for i in ids})
        sealing.finalise_meeting(s, first.id)

        second = new_meeting(s, council.id, D2)
        item = second.agenda[0]
        assert (item.position, item.kind, item.title) == (1, "follow_up",
                                                          "پیگیری مصوبات جلسات قبل")
        listed = [(p.number, p.status, p.last_note) for p in item.previous_resolutions]
        assert listed == [("1/1", "open", None), ("1/2", "in_progress", "نامه ارسال شد")]
        assert item.previous_resolutions[0].owner_name == "علی یوسفی"
        assert [p.number for p in previous_open_resolutions(s, second.id)] == ["1/1", "1/2"]
        normal = agenda.add_agenda_item(s, second.id, "دستور عادی")
        assert normal.position == 2 and normal.previous_resolutions == ()

        # reported done at the second meeting: its minutes still list it, as done
        resolutions.set_status(s, busy.id, "done", "برق وصل شد", on=D2, meeting_id=second.id)
        listed = [(p.number, p.status, p.last_note)
                  for p in previous_open_resolutions(s, second.id)]
        assert listed == [("1/1", "open", None), ("1/2", "done", "برق وصل شد")]
        # a later meeting no longer lists the done one; the second meeting's list is unchanged
        third = new_meeting(s, council.id, D3)
        assert [p.number for p in third.agenda[0].previous_resolutions] == ["1/1"]
        assert [p.number for p in previous_open_resolutions(s, second.id)] == ["1/1", "1/2"]
        # a meeting dated before all of them gets no follow-up item
        assert new_meeting(s, council.id, date(2026, 9, 1)).agenda == ()
