"""Members: the rules (national ID, mobile, residence, term, replacement), lists and overview."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from app.enums import Constituency, EXPECTED_CONSTITUENCIES, MemberRole, MemberStatus
from app.errors import NotFoundError, StateError, ValidationError
from app.models import Attendance, AuditEntry, Meeting, Member, OutboxEntry
from app.persian.ids import make_national_id
from app.services import members as ms
from app.services.committees import list_committees
from app.services.members import MemberInput

NID = [make_national_id(f"{i:03d}4567{i % 10}1") for i in range(1, 30)]


def person(i: int = 0, **kw) -> MemberInput:
    base = dict(first_name="علی", last_name="رضایی", national_id=NID[i], gender="male",
                mobile="09121234567", residence_proof="قبض برق ۱۴۰۴", role="member",
                constituency="resident", term_start="1404/02/15", term_end="1406/02/14")
    base.update(kw)
    return MemberInput(**base)


def add(db, council, i=0, **kw):
    with db.session(actor="test") as s:
        return ms.create_member(s, council.id, person(i, **kw))


def count(db, model):
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def refused(db, council, data: MemberInput, code: str, field: str | None = None):
    before = count(db, Member)
    with pytest.raises(ValidationError) as exc:
        with db.session(actor="test") as s:
            ms.create_member(s, council.id, data)
    codes = {(p.code, p.field) for p in exc.value.problems}
    assert (code, field) in codes if field else code in {c for c, _ in codes}, codes
    assert count(db, Member) == before
    return exc.value


# --------------------------------------------------------------------------- rules


def test_create_normalises_and_returns_view(db, council):
    m = add(db, council, first_name="علي", last_name="كريمي", national_id="۰۰" + NID[0][2:],
            mobile="+98 912 123 4567", term_start="۱۴۰۴/۲/۱۵")
    assert m.first_name == "علی" and m.last_name == "کریمی"
    assert m.full_name == "علی کریمی"
    assert m.national_id == NID[0]
    assert m.mobile == "09121234567"
    assert m.term_start == date(2025, 5, 5)
    assert m.status == "active" and m.is_active and m.committees == ()


@pytest.mark.parametrize("mobile", ["۰۹۱۲۱۲۳۴۵۶۷", "09121234567", "+989121234567", "9121234567",
                                    "0912-123-4567"])
def test_mobile_forms_accepted(db, council, mobile):
    assert add(db, council, mobile=mobile).mobile == "09121234567"


@pytest.mark.parametrize("mobile", ["0212345678", "08121234567", "0912123456", "abc"])
def test_bad_mobile_refused(db, council, mobile):
    refused(db, council, person(mobile=mobile), "member.mobile_invalid", "mobile")


def test_national_id_check_digit(db, council):
    bad = NID[0][:9] + str((int(NID[0][9]) + 1) % 10)
    refused(db, council, person(national_id=bad), "member.national_id_invalid", "national_id")
    refused(db, council, person(national_id="1111111111"), "member.national_id_invalid",
            "national_id")
    refused(db, council, person(national_id=""), "required", "national_id")


def test_national_id_unique_among_live_members(db, council):
    first = add(db, council)
    err = refused(db, council, person(first_name="حسن", national_id=NID[0]),
                  "member.national_id_taken", "national_id")
    assert err.params["name"] == "علی رضایی"
    with db.session(actor="test") as s:  # deleting the first frees the ID
        ms.delete_member(s, first.id)
    assert add(db, council, first_name="حسن").first_name == "حسن"


def test_active_member_needs_residence_proof(db, council):
    refused(db, council, person(residence_proof=""), "member.residence_required",
            "residence_proof")
    m = add(db, council, residence_proof=None, status="inactive")
    assert m.status == "inactive"
    with pytest.raises(ValidationError) as exc, db.session(actor="test") as s:
        ms.update_member(s, m.id, person(residence_proof=None, status="active"))
    assert exc.value.code == "member.residence_required"


def test_term_order_and_all_problems_at_once(db, council):
    err = refused(db, council, person(term_start="1405/01/01", term_end="1404/12/29",
                                      first_name="", mobile="123", gender="x"),
                  "member.term_order", "term_end")
    fields = {p.field for p in err.problems}
    assert {"term_end", "first_name", "mobile", "gender"} <= fields
    refused(db, council, person(term_start="1404/12/30"), "bad_date_leap", "term_start")


def test_update_changes_only_what_changed(db, council):
    m = add(db, council)
    audits = count(db, AuditEntry)
    with db.session(actor="test") as s:
        same = ms.update_member(s, m.id, person())
    assert same == m
    assert count(db, AuditEntry) == audits  # nothing written
    with db.session(actor="test") as s:
        changed = ms.update_member(s, m.id, person(role="chair", notes="رئیس جدید"))
    assert changed.role == "chair" and changed.notes == "رئیس جدید"
    with db.session() as s:
        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert entry.action == "update" and set(entry.changes) == {"role", "notes"}


def test_update_refusal_leaves_member_unchanged(db, council):
    m = add(db, council)
    add(db, council, 1)
    with pytest.raises(ValidationError), db.session(actor="test") as s:
        ms.update_member(s, m.id, person(national_id=NID[1], last_name="دیگری"))
    with db.session() as s:
        assert ms.get_member(s, m.id) == m


# --------------------------------------------------------------------------- replacement


def test_replacement_ends_the_replaced_term(db, council):
    old = add(db, council, term_start="1402/01/15", term_end=None, constituency="police")
    new = add(db, council, 1, first_name="مهدی", replaces_id=old.id, term_start="1404/06/01",
              constituency="police")
    assert new.replaces_id == old.id and new.replaces_name == "علی رضایی"
    with db.session() as s:
        old_now = ms.get_member(s, old.id)
    assert old_now.status == "inactive"
    assert old_now.term_end == date(2025, 8, 23)  # 1404/06/01


def test_replacement_keeps_an_earlier_end(db, council):
    old = add(db, council, term_start="1402/01/15", term_end="1404/01/01")
    add(db, council, 1, replaces_id=old.id, term_start="1404/06/01")
    with db.session() as s:
        assert ms.get_member(s, old.id).term_end == date(2025, 3, 21)


def test_replacement_rules(db, council):
    m = add(db, council, term_start="1404/02/15")
    refused(db, council, person(1, replaces_id="nope"), "member.replaces_unknown", "replaces_id")
    refused(db, council, person(1, replaces_id=m.id, term_start="1403/01/01"),
            "member.replacement_date", "term_start")
    with pytest.raises(ValidationError) as exc, db.session(actor="test") as s:
        ms.update_member(s, m.id, person(replaces_id=m.id))
    assert exc.value.code == "member.replaces_self"
    with db.session() as s:
        assert ms.get_member(s, m.id).status == "active"


# --------------------------------------------------------------------------- end, delete, seats


def test_end_term(db, council):
    m = add(db, council, term_end=None)
    with db.session(actor="test") as s:
        ended = ms.end_term(s, m.id, on="1405/01/10")
    assert ended.status == "inactive" and ended.term_end == date(2026, 3, 30)
    with db.session(actor="test") as s:
        assert ms.end_term(s, m.id, today=date(2026, 4, 1)).term_end == date(2026, 4, 1)
    with pytest.raises(ValidationError) as exc, db.session(actor="test") as s:
        ms.end_term(s, m.id, on="1400/01/01")
    assert exc.value.code == "member.term_order"


def test_delete_refused_when_used_by_meetings(db, council):
    m = add(db, council)
    with db.session(actor="test") as s:
        meeting = Meeting(council_id=council.id, number=1, date=date(2025, 6, 4))
        s.add(meeting)
        s.flush()
        s.add(Attendance(council_id=council.id, meeting_id=meeting.id, member_id=m.id))
    outbox = count(db, OutboxEntry)
    with pytest.raises(StateError) as exc, db.session(actor="test") as s:
        ms.delete_member(s, m.id)
    assert exc.value.code == "member.in_use"
    assert count(db, OutboxEntry) == outbox
    with db.session() as s:
        assert ms.get_member(s, m.id)


def test_delete_member_soft_with_seats(db, council):
    with db.session() as s:
        committee = list_committees(s, council.id)[0]
    m = add(db, council, committee_ids=(committee.id,))
    with db.session(actor="test") as s:
        ms.delete_member(s, m.id)
    with db.session() as s:
        assert s.get(Member, m.id).deleted_at is not None
        with pytest.raises(NotFoundError):
            ms.get_member(s, m.id)
        assert ms.count_members(s, council.id) == 0
        assert list_committees(s, council.id)[0].member_count == 0


def test_set_committees_adds_removes_and_revives(db, council):
    with db.session() as s:
        a, b, c = [x.id for x in list_committees(s, council.id)[:3]]
    m = add(db, council, committee_ids=(a, b))
    assert set(m.committee_ids) == {a, b}
    with db.session(actor="test") as s:
        assert set(ms.set_committees(s, m.id, [b, c]).committee_ids) == {b, c}
    with db.session(actor="test") as s:  # a comes back: the old row is revived, not duplicated
        assert set(ms.set_committees(s, m.id, [a]).committee_ids) == {a}
    with pytest.raises(ValidationError) as exc, db.session(actor="test") as s:
        ms.set_committees(s, m.id, [a, "missing"])
    assert exc.value.code == "committee.unknown"
    with db.session() as s:
        assert ms.get_member(s, m.id).committee_ids == (a,)


# --------------------------------------------------------------------------- lists


def test_list_sorted_in_persian_order_and_filtered(db, council):
    names = [("گلی", "زهرا"), ("کاظمی", "رضا"), ("پاکزاد", "مریم"), ("احمدی", "یاسر"),
             ("احمدی", "بهرام"), ("یزدانی", "حسین"), ("ولایی", "جواد"), ("هاشمی", "سارا")]
    for i, (last, first) in enumerate(names):
        add(db, council, i, last_name=last, first_name=first, mobile=f"0912000000{i}",
            role="chair" if i == 2 else "member",
            status="inactive" if i == 5 else "active")
    with db.session() as s:
        listed = ms.list_members(s, council.id)
        assert [m.full_name for m in listed] == [
            "بهرام احمدی", "یاسر احمدی", "مریم پاکزاد", "رضا کاظمی", "زهرا گلی",
            "جواد ولایی", "سارا هاشمی", "حسین یزدانی"]
        assert [m.last_name for m in ms.list_members(s, council.id, offset=2, limit=2)] == [
            "پاکزاد", "کاظمی"]
        assert ms.count_members(s, council.id, status="active") == 7
        assert [m.last_name for m in ms.list_members(s, council.id, role="chair")] == ["پاکزاد"]
        assert [m.full_name for m in ms.list_members(s, council.id, query="احمدي")] == [
            "بهرام احمدی", "یاسر احمدی"]
        assert [m.last_name for m in ms.list_members(s, council.id, query="۰۹۱۲۰۰۰۰۰۰۳")] == [
            "احمدی"]
        assert ms.count_members(s, council.id, query=NID[6][:6]) >= 1
        assert ms.count_members(s, council.id, query="نیست") == 0


def test_list_by_committee(db, council):
    with db.session() as s:
        committee = list_committees(s, council.id)[0]
    add(db, council, 0, committee_ids=(committee.id,))
    add(db, council, 1)
    with db.session() as s:
        assert len(ms.list_members(s, council.id, committee_id=committee.id)) == 1


def test_composition_check(db, council):
    add(db, council, 0, constituency="imam", role="chair")
    add(db, council, 1, constituency="basij", role="secretary")
    add(db, council, 2, constituency="basij")
    add(db, council, 3, constituency="police", status="inactive")
    add(db, council, 4, constituency="resident")
    with db.session() as s:
        comp = ms.composition_check(s, council.id)
    assert comp.active_count == 4
    assert [seat.constituency for seat in comp.seats] == [c.value for c in EXPECTED_CONSTITUENCIES]
    seats = {seat.constituency: seat for seat in comp.seats}
    assert len(seats["basij"].members) == 2 and not seats["basij"].missing
    assert seats["police"].missing  # the only police member is inactive
    assert Constituency.POLICE.value in comp.missing and "imam" not in comp.missing
    assert [m.constituency for m in comp.others] == ["resident"]
    assert comp.has_chair and comp.has_secretary and not comp.has_deputy
    assert not comp.complete


def test_terms_ending(db, council):
    today = date(2026, 3, 1)
    add(db, council, 0, term_start="1403/01/01", term_end="1404/11/20")  # 2026-02-09: ended
    add(db, council, 1, term_start="1403/01/01", term_end="1405/01/01")  # 2026-03-21: soon
    add(db, council, 2, term_start="1403/01/01", term_end="1406/01/01")  # far
    add(db, council, 3, term_start="1403/01/01", term_end="1404/12/01", status="inactive")
    with db.session() as s:
        ending = ms.terms_ending(s, council.id, within_days=60, today=today)
    assert [e.term_end for e in ending] == [date(2026, 2, 9), date(2026, 3, 21)]
    assert ending[0].overdue and ending[0].days_left == -20
    assert not ending[1].overdue and ending[1].days_left == 20


def test_member_of_another_council_cannot_be_replaced(db, council):
    from app.services.council import CouncilInput, setup_council
    with db.session(actor="test") as s:
        other = setup_council(s, CouncilInput(province="اردبیل", county="اردبیل",
                                              settlement="اردبیل", neighbourhood="سبلان",
                                              code="ARD-0055"))
        stranger = ms.create_member(s, other.id, person(9))
    refused(db, council, person(1, replaces_id=stranger.id), "member.replaces_unknown")
    # the same national ID may sit on another council
    assert add(db, council, 9).national_id == NID[9]


def test_roles_enum_values_accepted(db, council):
    for i, role in enumerate(MemberRole):
        assert add(db, council, i, role=role.value).role == role.value
    refused(db, council, person(9, status="retired"), "bad_choice", "status")
    assert MemberStatus.INACTIVE.value == add(db, council, 10, status="inactive").status
