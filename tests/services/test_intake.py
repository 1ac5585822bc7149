"""Public-meeting intake: recording requests, answering them, turning them into issues/demands."""
from datetime import date

import pytest
from sqlalchemy import func, select

from app.errors import NotFoundError, StateError, ValidationError
from app.models import Demand, IntakeRequest, Issue, Meeting
from app.services import demands, intake, issues
from app.services.agencies import list_agencies
from app.services.intake import IntakeInput

WEDNESDAY = date(2026, 11, 11)  # ۱۴۰۵/۰۸/۲۰


def public_meeting(s, council_id, number=1, day=WEDNESDAY):
    """A public meeting row made directly (the meetings service is written elsewhere)."""
    m = Meeting(council_id=council_id, number=number, kind="public", state="held", date=day,
                place="مسجد جامع محله")
    s.add(m)
    s.flush()
    return m


@pytest.fixture
def setup(db, council):
    with db.session() as s:
        meeting = public_meeting(s, council.id)
        agencies = {a.name: a.id for a in list_agencies(s, council.id)}
    return meeting.id, agencies


def count(s, model):
    return s.scalar(select(func.count()).select_from(model).where(model.deleted_at.is_(None)))


def ask(s, meeting_id, text="روشنایی کوچه شهید رجایی خاموش است", **kw):
    kw.setdefault("resident_name", "زهرا کریمی")
    return intake.record_request(s, meeting_id, IntakeInput(request_text=text, **kw))


def test_record_normalises_phone_and_shows_meeting(db, council, setup):
    meeting_id, agencies = setup
    with db.session() as s:
        view = ask(s, meeting_id, resident_phone="۰۹۱۲ ۳۴۵-۶۷۸۹",
                   agency_id=agencies["شرکت توزیع نیروی برق"], answered_by="مدیر برق منطقه")
        assert view.resident_phone == "09123456789"
        assert (view.meeting_number, view.meeting_date, view.outcome) == (1, WEDNESDAY, "pending")
        assert view.agency_name == "شرکت توزیع نیروی برق"
        assert ask(s, meeting_id, resident_phone="  ").resident_phone is None
        assert ask(s, meeting_id, resident_phone="+98 912 000 1122").resident_phone == "09120001122"


@pytest.mark.parametrize("fields, field, code", [
    ({"resident_phone": "021-55667788"}, "resident_phone", "intake.mobile_invalid"),
    ({"resident_name": " "}, "resident_name", "required"),
    ({"text": ""}, "request_text", "required"),
    ({"agency_id": "no-such"}, "agency_id", "not_found"),
])
def test_bad_request_refused_nothing_written(db, council, setup, fields, field, code):
    meeting_id, _ = setup
    with db.session() as s:
        with pytest.raises(ValidationError) as err:
            ask(s, meeting_id, **fields)
        assert (err.value.field, err.value.code) == (field, code)
        assert count(s, IntakeRequest) == 0


def test_unknown_meeting(db, council):
    with db.session() as s:
        with pytest.raises(NotFoundError) as err:
            ask(s, "no-such-meeting")
        assert err.value.field == "meeting_id"


def test_answer_on_the_spot(db, council, setup):
    meeting_id, _ = setup
    with db.session() as s:
        r = ask(s, meeting_id)
        view = intake.answer_on_the_spot(s, r.id, "تا هفته آینده تعمیر می‌شود",
                                         answered_by="نماینده شهرداری")
        assert (view.outcome, view.answer, view.answered_by) == (
            "answered", "تا هفته آینده تعمیر می‌شود", "نماینده شهرداری")
        with pytest.raises(ValidationError):
            intake.answer_on_the_spot(s, r.id, "  ")
        assert intake.get_request(s, r.id).answer == "تا هفته آینده تعمیر می‌شود"
        assert intake.pending_count(s, council.id) == 0


def test_to_issue_links_both_ways(db, council, setup):
    meeting_id, _ = setup
    with db.session() as s:
        r = ask(s, meeting_id, text="آب‌گرفتگی معبر\nبعد از هر باران کوچه پر آب می‌شود",
                address="کوچه بهار ۳")
        view = intake.to_issue(s, r.id, priority="high", author="دبیر")
        assert view.outcome == "issue" and view.issue_id
        assert (view.issue_title, view.issue_status) == ("آب‌گرفتگی معبر", "new")
        issue = issues.get_issue(s, view.issue_id)
        assert (issue.source, issue.reported_on, issue.reported_by, issue.address) == (
            "public_meeting", WEDNESDAY, "زهرا کریمی", "کوچه بهار ۳")
        assert issue.priority == "high"
        assert issue.description == "آب‌گرفتگی معبر\nبعد از هر باران کوچه پر آب می‌شود"
        assert intake.pending_count(s, council.id) == 0
        # handled once: no second issue, no demand, no on-the-spot answer
        for action in (lambda: intake.to_issue(s, r.id), lambda: intake.to_demand(s, r.id),
                       lambda: intake.answer_on_the_spot(s, r.id, "پاسخ")):
            with pytest.raises(StateError) as err:
                action()
            assert err.value.code == "intake.already_handled"
        assert count(s, Issue) == 1 and count(s, Demand) == 0


def test_to_issue_bad_input_leaves_request_pending(db, council, setup):
    meeting_id, _ = setup
    with db.session() as s:
        r = ask(s, meeting_id)
        with pytest.raises(ValidationError) as err:
            intake.to_issue(s, r.id, target_date="1405/08/01")  # before the meeting
        assert err.value.code == "issue.target_before_report"
        assert intake.get_request(s, r.id).outcome == "pending"
        assert count(s, Issue) == 0


def test_answered_request_can_still_become_an_issue(db, council, setup):
    meeting_id, _ = setup
    with db.session() as s:
        r = ask(s, meeting_id)
        intake.answer_on_the_spot(s, r.id, "بررسی می‌شود")
        view = intake.to_issue(s, r.id, title="روشنایی کوچه رجایی")
        assert (view.outcome, view.issue_title, view.answer) == (
            "issue", "روشنایی کوچه رجایی", "بررسی می‌شود")


def test_to_demand_uses_the_requests_agency(db, council, setup):
    meeting_id, agencies = setup
    power = agencies["شرکت توزیع نیروی برق"]
    with db.session() as s:
        r = ask(s, meeting_id, agency_id=power)
        view = intake.to_demand(s, r.id, due_date="1405/09/01")
        assert view.outcome == "demand" and view.demand_status == "draft"
        assert view.demand_subject == "روشنایی کوچه شهید رجایی خاموش است"
        d = demands.get_demand(s, view.demand_id)
        assert (d.agency_id, d.text, d.due_date) == (
            power, "روشنایی کوچه شهید رجایی خاموش است", date(2026, 11, 22))
        other = ask(s, meeting_id, text="درخواست دیگر")
        water = agencies["شرکت آب و فاضلاب"]
        assert demands.get_demand(s, intake.to_demand(
            s, other.id, agency_id=water, subject="لوله").demand_id).agency_id == water


def test_to_demand_without_agency_is_refused(db, council, setup):
    meeting_id, _ = setup
    with db.session() as s:
        r = ask(s, meeting_id)
        with pytest.raises(ValidationError) as err:
            intake.to_demand(s, r.id)
        assert (err.value.field, err.value.code) == ("agency_id", "required")
        assert intake.get_request(s, r.id).outcome == "pending"
        assert count(s, Demand) == 0


def test_lists_and_pending_counts(db, council, setup):
    meeting_id, agencies = setup
    with db.session() as s:
        later = public_meeting(s, council.id, number=2, day=date(2026, 11, 18))
        names = ["علی", "مریم", "حسن", "سارا"]
        made = [ask(s, meeting_id, resident_name=n, text=f"درخواست {n}") for n in names]
        ask(s, later.id, resident_name="رضا")
        intake.answer_on_the_spot(s, made[1].id, "پاسخ داده شد")
        intake.to_issue(s, made[2].id)
        assert [r.resident_name for r in intake.list_requests(s, meeting_id)] == names
        assert [r.resident_name for r in intake.list_requests(s, meeting_id,
                                                              outcome="pending")] == ["علی", "سارا"]
        assert intake.pending_count(s, council.id, meeting_id=meeting_id) == 2
        assert intake.pending_count(s, council.id) == 3
        assert [r.resident_name for r in intake.list_pending(s, council.id)] == [
            "علی", "سارا", "رضا"]
        intake.delete_request(s, made[0].id)
        assert intake.pending_count(s, council.id) == 2
        assert len(intake.list_requests(s, meeting_id)) == 3


def test_deleting_the_issue_or_demand_returns_the_request_to_pending(db, council, setup):
    meeting_id, agencies = setup
    with db.session() as s:
        a = intake.to_issue(s, ask(s, meeting_id).id)
        b = intake.to_demand(s, ask(s, meeting_id, agency_id=agencies["فرمانداری"]).id)
        issues.delete_issue(s, a.issue_id)
        demands.delete_demand(s, b.demand_id)
        for r in (a, b):
            view = intake.get_request(s, r.id)
            assert (view.outcome, view.issue_id, view.demand_id) == ("pending", None, None)
        assert intake.pending_count(s, council.id) == 2
