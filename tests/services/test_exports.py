"""Excel exports: Persian headers and words, Jalali dates, names instead of ids, derived columns."""
from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook

from app.errors import ValidationError
from app.persian.ids import make_national_id
from app.services import exports, issues, meetings, members, resolutions
from app.services.agencies import list_agencies


@pytest.fixture
def filled(db, council):
    with db.session(actor="test") as s:
        chair = members.create_member(s, council.id, members.MemberInput(
            first_name="زهرا", last_name="کریمی", national_id=make_national_id("006774982"),
            gender="female", residence_proof="قبض برق", role="chair"))
        agency = next(a for a in list_agencies(s, council.id) if a.kind == "water")
        issue = issues.create_issue(s, issues.IssueInput(
            title="افت فشار آب در کوچه لاله", reported_on=date(2026, 3, 1),
            target_date=date(2026, 4, 1)), council_id=council.id, today=date(2026, 3, 1))
        meeting = meetings.create_meeting(s, council.id, meetings.MeetingInput(
            date=date(2026, 3, 4), chair_id=chair.id))
        resolutions.add_resolution(s, meeting.id, resolutions.ResolutionInput(
            text="پیگیری فشار آب", owner_id=chair.id, agency_id=agency.id,
            deadline=date(2026, 3, 20), issue_id=issue.id))
    return db


def _rows(path):
    ws = load_workbook(path).active
    assert ws.sheet_view.rightToLeft
    return [list(r) for r in ws.iter_rows(values_only=True)]


def test_resolutions_sheet_shows_names_and_overdue_days(filled, tmp_path):
    path = tmp_path / "r.xlsx"
    with filled.session() as s:
        assert exports.export(s, "resolutions", path, today=date(2026, 3, 30)) == 1
    header, row = _rows(path)
    assert header[0] == "شماره مصوبه"
    values = dict(zip(header, row))
    assert values["شماره مصوبه"] == "۱/۱"
    assert values["تاریخ جلسه"] == "۱۴۰۴/۱۲/۱۳"
    assert values["مسئول پیگیری"] == "زهرا کریمی"
    assert values["دستگاه مسئول"] == "شرکت آب و فاضلاب"
    assert values["وضعیت"] == "باز"
    assert values["روز تأخیر"] == 10
    assert values["مسئله مرتبط"] == "افت فشار آب در کوچه لاله"


def test_overdue_follows_the_injected_day(filled, tmp_path):
    path = tmp_path / "i.xlsx"
    with filled.session() as s:
        exports.export(s, "issues", path, today=date(2026, 3, 15))
        before = dict(zip(*_rows(path)))
        exports.export(s, "issues", path, today=date(2026, 5, 1))
        after = dict(zip(*_rows(path)))
    assert before["معوق"] is None and after["معوق"] == "بله"
    assert after["وضعیت"] == "جدید"


def test_meetings_sheet_counts_and_weekday(filled, tmp_path):
    path = tmp_path / "m.xlsx"
    with filled.session() as s:
        exports.export(s, "meetings", path)
    values = dict(zip(*_rows(path)))
    assert values["روز"] == "چهارشنبه" and values["مصوبات"] == 1
    assert values["رئیس جلسه"] == "زهرا کریمی" and values["نوع"] == "عادی"


def test_an_unknown_kind_is_refused(filled, tmp_path):
    with filled.session() as s, pytest.raises(ValidationError) as err:
        exports.export(s, "agendas", tmp_path / "x.xlsx")
    assert err.value.code == "bad_choice"
    assert not (tmp_path / "x.xlsx").exists()
