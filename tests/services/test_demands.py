"""Demands: validation, letter numbers across digit styles, the workflow, overdue, statistics."""
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from app.errors import NotFoundError, StateError, ValidationError
from app.models import Demand, IssueEvent, Meeting, Resolution
from app.services import demands, issues
from app.services.agencies import AgencyInput, create_agency, list_agencies
from app.services.council import CouncilInput, setup_council
from app.services.demands import DemandInput
from app.services.issues import IssueInput

TODAY = date(2026, 11, 15)


def agency_ids(s, council):
    return {a.name: a.id for a in list_agencies(s, council.id)}


@pytest.fixture
def water(db, council):
    with db.session() as s:
        return agency_ids(s, council)["شرکت آب و فاضلاب"]


@pytest.fixture
def power(db, council):
    with db.session() as s:
        return agency_ids(s, council)["شرکت توزیع نیروی برق"]


def draft(s, council, agency_id, subject="لایروبی جوی", **kw):
    return demands.create_demand(s, DemandInput(agency_id=agency_id, subject=subject, **kw),
                                 council_id=council.id, today=TODAY)


def demand_count(s):
    return s.scalar(select(func.count()).select_from(Demand).where(Demand.deleted_at.is_(None)))


def test_draft_with_issue_takes_its_title_and_shows_names(db, council, water):
    with db.session() as s:
        issue = issues.create_issue(s, IssueInput(title="قطعی آب کوچه بهار",
                                                  reported_on=date(2026, 10, 1)),
                                    council_id=council.id, today=TODAY)
        view = demands.create_demand(s, DemandInput(agency_id=water, issue_id=issue.id,
                                                    amount="۱۲٬۰۰۰٬۰۰۰"),
                                     council_id=council.id, today=TODAY)
        assert view.subject == "قطعی آب کوچه بهار"
        assert (view.agency_name, view.issue_title, view.status) == (
            "شرکت آب و فاضلاب", "قطعی آب کوچه بهار", "draft")
        assert view.amount == 12_000_000
        assert (view.overdue, view.days_waiting, view.response_days) == (False, None, None)
        assert issues.get_issue(s, issue.id).demand_count == 1


def test_draft_with_resolution_shows_its_number(db, council, water):
    with db.session() as s:
        meeting = Meeting(council_id=council.id, number=7, date=date(2026, 10, 7))
        s.add(meeting)
        s.flush()
        res = Resolution(council_id=council.id, meeting_id=meeting.id, seq=2,
                         text="پیگیری آسفالت کوچه‌های شمالی محله از شهرداری")
        s.add(res)
        s.flush()
        view = demands.create_demand(s, DemandInput(agency_id=water, resolution_id=res.id),
                                     council_id=council.id)
        assert view.resolution_number == "7/2"
        assert view.subject == "پیگیری آسفالت کوچه‌های شمالی محله از شهرداری"


@pytest.mark.parametrize("fields, field, code", [
    ({"agency_id": ""}, "agency_id", "required"),
    ({"agency_id": "no-such"}, "agency_id", "not_found"),
    ({"subject": " "}, "subject", "demand.needs_subject"),
    ({"issue_id": "no-such", "subject": None}, "issue_id", "not_found"),
    ({"amount": -5}, "amount", "negative"),
    ({"amount": "۱۲,۵"}, "amount", "bad_number"),
    ({"letter_date": "1405/08/10", "due_date": "1405/08/09"}, "due_date",
     "demand.due_before_letter"),
    ({"letter_date": "1405/02/31"}, "letter_date", None),  # Ordibehesht has 31 days: fine
])
def test_bad_input_refused_nothing_written(db, council, water, fields, field, code):
    data = {"agency_id": water, "subject": "موضوع", **fields}
    with db.session() as s:
        if code is None:
            assert demands.create_demand(s, DemandInput(**data), council_id=council.id)
            return
        with pytest.raises(ValidationError) as err:
            demands.create_demand(s, DemandInput(**data), council_id=council.id)
        assert (err.value.field, err.value.code) == (field, code)
        assert demand_count(s) == 0


def test_another_councils_local_agency_is_not_usable(db, council):
    with db.session() as s:
        other = setup_council(s, CouncilInput(province="اردبیل", county="اردبیل",
                                              settlement="اردبیل", neighbourhood="سبلان",
                                              code="ARD-0055"))
        theirs = create_agency(s, AgencyInput(name="خیریه محله سبلان"), council_id=other.id)
        with pytest.raises(ValidationError) as err:
            draft(s, council, theirs.id)
        assert err.value.code == "not_found"
        assert draft(s, other, theirs.id).agency_name == "خیریه محله سبلان"


def test_letter_no_key_folds_digit_styles_and_spaces():
    assert demands.letter_no_key("۱۲۳/ش/۱۴۰۵") == demands.letter_no_key("123/ش/1405")
    assert demands.letter_no_key(" ١٢٣ / ش / ١٤٠٥ ") == demands.letter_no_key("123/ش/1405")
    assert demands.letter_no_key("123/ش/1405") != demands.letter_no_key("124/ش/1405")
    assert demands.letter_no_key("12/AB") == demands.letter_no_key("12/ab")


def test_letter_number_unique_across_digit_styles(db, council, water, power):
    with db.session() as s:
        first = draft(s, council, water, letter_no="۱۲۳/ش/۱۴۰۵")
        assert first.letter_no == "۱۲۳/ش/۱۴۰۵"  # stored as typed
        for typed in ("123/ش/1405", "١٢٣/ش/١٤٠٥", "123 / ش / ۱۴۰۵"):
            with pytest.raises(ValidationError) as err:
                draft(s, council, power, letter_no=typed)
            assert err.value.code == "demand.letter_no_taken"
            assert err.value.field == "letter_no"
        assert demand_count(s) == 1
        second = draft(s, council, power, subject="دیگر")
        with pytest.raises(ValidationError):
            demands.send_demand(s, second.id, letter_no="123/ش/1405", letter_date="1405/08/01")
        assert demands.get_demand(s, second.id).status == "draft"
        # the demand itself may keep its number on update
        assert demands.update_demand(s, first.id, DemandInput(
            agency_id=water, subject="لایروبی", letter_no="123/ش/1405")).letter_no == "123/ش/1405"
        # a deleted demand frees its number
        demands.delete_demand(s, first.id)
        assert draft(s, council, power, letter_no="۱۲۳/ش/۱۴۰۵").letter_no == "۱۲۳/ش/۱۴۰۵"


def test_letter_numbers_are_per_council(db, council, water):
    with db.session() as s:
        other = setup_council(s, CouncilInput(province="اردبیل", county="اردبیل",
                                              settlement="اردبیل", neighbourhood="سبلان",
                                              code="ARD-0055"))
        draft(s, council, water, letter_no="۵/م")
        assert draft(s, other, water, letter_no="5/م").letter_no == "5/م"


def test_send_requires_letter_and_refers_the_issue(db, council, water):
    with db.session() as s:
        issue = issues.create_issue(s, IssueInput(title="قطعی آب", reported_on=date(2026, 10, 1)),
                                    council_id=council.id, today=TODAY)
        issues.change_status(s, issue.id, "under_review", on=date(2026, 10, 2), today=TODAY)
        d = demands.create_demand(s, DemandInput(agency_id=water, issue_id=issue.id),
                                  council_id=council.id)
    with db.session() as s:
        events = s.scalar(select(func.count()).select_from(IssueEvent))
        with pytest.raises(ValidationError) as err:
            demands.send_demand(s, d.id, today=TODAY)
        assert {(p.field, p.code) for p in err.value.problems} == {
            ("letter_no", "demand.letter_required"), ("letter_date", "demand.letter_required")}
        with pytest.raises(ValidationError) as err:
            demands.send_demand(s, d.id, letter_no="۱/ش", letter_date="1405/08/01",
                                due_date="1405/07/01", today=TODAY)
        assert err.value.code == "demand.due_before_letter"
        assert demands.get_demand(s, d.id).status == "draft"
        assert issues.get_issue(s, issue.id).status == "under_review"
        assert s.scalar(select(func.count()).select_from(IssueEvent)) == events
        sent = demands.send_demand(s, d.id, letter_no="۱/ش", letter_date="1405/08/01",
                                   due_date="1405/08/15", author="دبیر", today=TODAY)
        assert (sent.status, sent.letter_no, sent.letter_date, sent.due_date) == (
            "sent", "۱/ش", date(2026, 10, 23), date(2026, 11, 6))
        assert issues.get_issue(s, issue.id).status == "referred"
        last = issues.issue_history(s, issue.id)[-1]
        assert (last.old_status, last.new_status, last.date, last.author) == (
            "under_review", "referred", date(2026, 10, 23), "دبیر")
        assert "شرکت آب و فاضلاب" in last.note and "۱/ش" in last.note
        with pytest.raises(StateError) as err:
            demands.send_demand(s, d.id, today=TODAY)
        assert err.value.code == "demand.bad_transition"


def test_send_leaves_an_issue_already_in_progress(db, council, water, power):
    with db.session() as s:
        issue = issues.create_issue(s, IssueInput(title="برق", reported_on=date(2026, 10, 1)),
                                    council_id=council.id, today=TODAY)
        for st in ("under_review", "in_progress"):
            issues.change_status(s, issue.id, st, today=TODAY)
        d = demands.create_demand(s, DemandInput(agency_id=power, issue_id=issue.id,
                                                 letter_no="2", letter_date=date(2026, 10, 2)),
                                  council_id=council.id)
        demands.send_demand(s, d.id, today=TODAY)  # letter details already on the draft
        assert issues.get_issue(s, issue.id).status == "in_progress"
        assert len(issues.issue_history(s, issue.id)) == 3


def test_answer_and_close_workflow(db, council, water):
    with db.session() as s:
        d = draft(s, council, water, letter_no="9", letter_date=date(2026, 10, 1),
                  due_date=date(2026, 10, 20))
        with pytest.raises(StateError):  # a draft cannot be answered or closed
            demands.record_answer(s, d.id, "پاسخ", date(2026, 10, 5))
        with pytest.raises(StateError):
            demands.close_demand(s, d.id)
        demands.send_demand(s, d.id, today=TODAY)
        with pytest.raises(ValidationError) as err:
            demands.record_answer(s, d.id, "پاسخ", "1405/07/01")
        assert err.value.code == "demand.answer_before_letter"
        with pytest.raises(ValidationError):
            demands.record_answer(s, d.id, "  ", date(2026, 10, 5))
        assert demands.get_demand(s, d.id).status == "sent"
        answered = demands.record_answer(s, d.id, "در دست اقدام است", date(2026, 10, 13),
                                         today=TODAY)
        assert (answered.status, answered.answer_text, answered.response_days) == (
            "answered", "در دست اقدام است", 12)
        assert answered.days_waiting is None and not answered.overdue
        closed = demands.close_demand(s, d.id, today=TODAY)
        assert closed.status == "closed" and closed.response_days == 12
        with pytest.raises(StateError) as err:
            demands.update_demand(s, d.id, DemandInput(agency_id=water, subject="x"))
        assert err.value.code == "demand.closed"
        with pytest.raises(StateError):
            demands.record_answer(s, d.id, "دوباره", date(2026, 10, 14))


def test_sent_demand_keeps_its_letter_on_update(db, council, water):
    with db.session() as s:
        d = draft(s, council, water, letter_no="10", letter_date=date(2026, 10, 1))
        demands.send_demand(s, d.id, today=TODAY)
        with pytest.raises(ValidationError) as err:
            demands.update_demand(s, d.id, DemandInput(agency_id=water, subject="لایروبی"))
        assert {p.code for p in err.value.problems} == {"demand.letter_required"}
        assert demands.get_demand(s, d.id).letter_no == "10"


def test_overdue_and_days_waiting_with_injected_today(db, council, water):
    with db.session() as s:
        d = draft(s, council, water, letter_no="11", letter_date=date(2026, 10, 1),
                  due_date=date(2026, 10, 20))
        assert not demands.get_demand(s, d.id, today=date(2026, 11, 30)).overdue  # a draft
        demands.send_demand(s, d.id, today=TODAY)
        on_due = demands.get_demand(s, d.id, today=date(2026, 10, 20))
        assert (on_due.overdue, on_due.days_waiting) == (False, 19)
        late = demands.get_demand(s, d.id, today=date(2026, 10, 21))
        assert (late.overdue, late.days_waiting) == (True, 20)
        assert demands.count_demands(s, council.id, overdue=True, today=date(2026, 10, 21)) == 1
        assert demands.count_demands(s, council.id, overdue=True, today=date(2026, 10, 20)) == 0
        demands.record_answer(s, d.id, "انجام شد", date(2026, 10, 25))
        assert not demands.get_demand(s, d.id, today=date(2026, 12, 1)).overdue


def test_list_filters_and_paging(db, council, water, power):
    with db.session() as s:
        for i in range(200):
            agency = water if i % 2 else power
            d = draft(s, council, agency, subject=f"مطالبه {i}", letter_no=f"{i}/ش/1405",
                      letter_date=date(2026, 1, 1) + timedelta(days=i),
                      due_date=date(2026, 1, 15) + timedelta(days=i))
            if i % 4:  # three in four are sent; of those, every third is answered
                demands.send_demand(s, d.id, today=TODAY)
                if i % 3 == 0:
                    demands.record_answer(s, d.id, "پاسخ", date(2026, 1, 10) + timedelta(days=i))
        everything = demands.list_demands(s, council.id, today=TODAY)
        assert len(everything) == 200 == demands.count_demands(s, council.id)
        cases = [
            ({"status": "draft"}, lambda v: v.status == "draft"),
            ({"status": ["sent", "answered"]}, lambda v: v.status in ("sent", "answered")),
            ({"agency_id": water}, lambda v: v.agency_id == water),
            ({"overdue": True}, lambda v: v.overdue),
            ({"overdue": True, "agency_id": power}, lambda v: v.overdue and v.agency_id == power),
        ]
        for filters, keep in cases:
            expected = [v.id for v in everything if keep(v)]
            assert expected, filters
            assert [v.id for v in demands.list_demands(s, council.id, today=TODAY,
                                                       **filters)] == expected
            assert demands.count_demands(s, council.id, today=TODAY, **filters) == len(expected)
        # drafts (without letter dates) would come first; these all have letters: newest first
        dates = [v.letter_date for v in everything]
        assert dates == sorted(dates, reverse=True)
        pages = []
        for offset in range(0, 200, 30):
            pages += demands.list_demands(s, council.id, offset=offset, limit=30, today=TODAY)
        assert [v.id for v in pages] == [v.id for v in everything]
        hits = demands.list_demands(s, council.id, query="۱۲۳/ش", today=TODAY)
        assert [v.subject for v in hits] == ["مطالبه 123"]


def test_drafts_without_letters_list_first(db, council, water):
    with db.session() as s:
        draft(s, council, water, subject="با نامه", letter_no="1", letter_date=date(2026, 10, 1))
        draft(s, council, water, subject="پیش‌نویس")
        assert [v.subject for v in demands.list_demands(s, council.id)] == ["پیش‌نویس", "با نامه"]


# --- statistics on a small data set checked by hand -------------------------------------------

def _sent(s, council, agency, n, letter, due=None, answered=None, close=False):
    d = draft(s, council, agency, subject=f"نامه {n}", letter_no=str(n), letter_date=letter,
              due_date=due)
    demands.send_demand(s, d.id, today=TODAY)
    if answered:
        demands.record_answer(s, d.id, "پاسخ", answered)
    if close:
        demands.close_demand(s, d.id)
    return d


def test_response_stats_and_overdue_by_agency(db, council, water, power):
    d0 = date(2026, 9, 1)
    with db.session() as s:
        # water: four letters on 1 Sep, due 8 Sep except the third
        _sent(s, council, water, 1, d0, due=d0 + timedelta(7), answered=d0 + timedelta(7))
        _sent(s, council, water, 2, d0, due=d0 + timedelta(7), answered=d0 + timedelta(10),
              close=True)
        _sent(s, council, water, 3, d0, answered=d0 + timedelta(30))
        _sent(s, council, water, 4, d0, due=d0 + timedelta(7))  # still open, overdue
        draft(s, council, water, subject="پیش‌نویس")  # drafts are not counted
        # power: one open letter not yet due, one closed without an answer and past due
        _sent(s, council, power, 5, date(2026, 11, 1), due=date(2026, 12, 1))
        _sent(s, council, power, 6, date(2026, 10, 1), due=date(2026, 10, 10), close=True)
        # education: two overdue, the older 30 days late
        edu = agency_ids(s, council)["اداره آموزش و پرورش"]
        _sent(s, council, edu, 7, date(2026, 10, 1), due=date(2026, 10, 16))
        _sent(s, council, edu, 8, date(2026, 10, 1), due=date(2026, 10, 20))

        stats = {x.agency_name: x for x in demands.response_stats(s, council.id, today=TODAY)}
        assert list(stats) == ["اداره آموزش و پرورش", "شرکت آب و فاضلاب",
                               "شرکت توزیع نیروی برق"]
        w = stats["شرکت آب و فاضلاب"]
        assert (w.sent, w.answered, w.open, w.overdue) == (4, 3, 1, 1)
        assert w.median_response_days == 10.0  # of 7, 10, 30
        assert w.mean_response_days == pytest.approx(47 / 3)
        # judged: #1 on time (answered on its due date), #2 late, #4 unanswered past due (#3 has no due date): 1 of 3
        assert w.answered_within_due_pct == pytest.approx(100 / 3)
        p = stats["شرکت توزیع نیروی برق"]
        assert (p.sent, p.answered, p.open, p.overdue) == (2, 0, 1, 0)
        assert p.median_response_days is None and p.mean_response_days is None
        assert p.answered_within_due_pct == 0.0  # #6 unanswered past due; #5 not yet judged
        e = stats["اداره آموزش و پرورش"]
        assert (e.sent, e.open, e.overdue) == (2, 2, 2)

        late = demands.overdue_by_agency(s, council.id, today=TODAY)
        assert [(o.agency_name, o.overdue, o.oldest_due_date, o.most_days_late)
                for o in late] == [
            ("اداره آموزش و پرورش", 2, date(2026, 10, 16), 30),
            ("شرکت آب و فاضلاب", 1, date(2026, 9, 8), 68),
        ]
        # earlier, fewer are late and the on-time share is judged on fewer letters
        early = {x.agency_name: x for x in demands.response_stats(s, council.id,
                                                                  today=date(2026, 9, 8))}
        assert early["شرکت آب و فاضلاب"].overdue == 0
        assert early["شرکت آب و فاضلاب"].answered_within_due_pct == 50.0


def test_delete_and_not_found(db, council, water):
    with db.session() as s:
        d = draft(s, council, water)
        demands.delete_demand(s, d.id)
        with pytest.raises(NotFoundError):
            demands.get_demand(s, d.id)
        assert demands.count_demands(s, council.id) == 0
