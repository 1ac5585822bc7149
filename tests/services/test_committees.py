"""Committees: standard list, unique names, heads, counts, soft delete."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.errors import NotFoundError, ValidationError
from app.models import Committee, CommitteeMembership
from app.persian.ids import make_national_id
from app.services import committees as cs
from app.services.committees import CommitteeInput
from app.services.council import STANDARD_COMMITTEES
from app.services.members import MemberInput, create_member, get_member, set_committees


def member(db, council, i, last, **kw):
    with db.session(actor="test") as s:
        return create_member(s, council.id, MemberInput(
            first_name="نام", last_name=last, national_id=make_national_id(f"12345678{i}"),
            gender="female", residence_proof="سند", **kw))


def test_standard_committees_listed_in_persian_order(db, council):
    with db.session() as s:
        names = [c.name for c in cs.list_committees(s, council.id)]
    assert sorted(names) == sorted(n for _, n in STANDARD_COMMITTEES)
    assert names == [
        "کمیته آموزش و مهارت‌آموزی", "کمیته اجتماعی و فرهنگی", "کمیته اقتصادی و اشتغال",
        "کمیته سلامت", "کمیته عمران و زیرساخت", "کمیته محیط زیست", "کمیته مدیریت بحران",
        "کمیته ورزش"]
    with db.session(actor="test") as s:  # گ comes after ک and before ل in Persian order
        cs.create_committee(s, council.id, CommitteeInput(name="کمیته گردشگری"))
        cs.create_committee(s, council.id, CommitteeInput(name="کمیته کار"))
        names = [c.name for c in cs.list_committees(s, council.id)]
    assert names.index("کمیته عمران و زیرساخت") < names.index("کمیته کار") < names.index(
        "کمیته گردشگری") < names.index("کمیته محیط زیست")


def test_create_rename_and_unique_names(db, council):
    with db.session(actor="test") as s:
        c = cs.create_committee(s, council.id, CommitteeInput(name="كميته  ازدواج", area="other"))
    assert c.name == "کمیته ازدواج" and c.member_count == 0 and c.head_id is None
    for taken in ("کمیته ازدواج", "کميته ازدواج", "کمیته سلامت"):
        with pytest.raises(ValidationError) as exc, db.session(actor="test") as s:
            cs.create_committee(s, council.id, CommitteeInput(name=taken))
        assert exc.value.code == "committee.name_taken" and exc.value.field == "name"
    with db.session(actor="test") as s:
        renamed = cs.update_committee(s, c.id, CommitteeInput(name="کمیته خانواده",
                                                              area="social_cultural"))
    assert renamed.name == "کمیته خانواده" and renamed.area == "social_cultural"
    with pytest.raises(ValidationError) as exc, db.session(actor="test") as s:
        cs.update_committee(s, c.id, CommitteeInput(name="کمیته ورزش"))
    assert exc.value.code == "committee.name_taken"
    with db.session() as s:
        assert cs.get_committee(s, c.id).name == "کمیته خانواده"
        assert cs.find_committee(s, council.id, "كميته خانواده").id == c.id


def test_bad_area_and_empty_name(db, council):
    with pytest.raises(ValidationError) as exc, db.session(actor="test") as s:
        cs.create_committee(s, council.id, CommitteeInput(name=" ", area="space"))
    assert {p.field for p in exc.value.problems} == {"name", "area"}


def test_counts_and_head(db, council):
    with db.session() as s:
        sport = cs.find_committee(s, council.id, "کمیته ورزش")
    a = member(db, council, 1, "بهرامی", committee_ids=(sport.id,))
    b = member(db, council, 2, "احمدی", committee_ids=(sport.id,))
    member(db, council, 3, "کریمی", committee_ids=(sport.id,), status="inactive")
    with db.session(actor="test") as s:
        view = cs.set_head(s, sport.id, a.id)
    assert view.member_count == 2 and view.head_id == a.id and view.head_name == "نام بهرامی"
    with db.session(actor="test") as s:  # a head from outside is seated; only one head
        c = member(db, council, 4, "زارعی")
        view = cs.set_head(s, sport.id, c.id)
        assert view.head_id == c.id and view.member_count == 3
        seated = cs.list_committee_members(s, sport.id)
    assert [m.full_name for m in seated] == ["نام زارعی", "نام احمدی", "نام بهرامی",
                                             "نام کریمی"]
    assert [m.is_head for m in seated] == [True, False, False, False]
    with db.session(actor="test") as s:
        assert cs.set_head(s, sport.id, None).head_id is None
        assert b.id in {m.member_id for m in cs.list_committee_members(s, sport.id)}


def test_delete_committee_soft_with_seats(db, council):
    with db.session() as s:
        crisis = cs.find_committee(s, council.id, "کمیته مدیریت بحران")
    m = member(db, council, 1, "رحیمی", committee_ids=(crisis.id,))
    with db.session(actor="test") as s:
        cs.delete_committee(s, crisis.id)
    with db.session() as s:
        assert s.get(Committee, crisis.id).deleted_at is not None
        assert cs.committee_count(s, council.id) == len(STANDARD_COMMITTEES) - 1
        assert get_member(s, m.id).committees == ()
        assert s.scalar(select(func.count()).select_from(CommitteeMembership).where(
            CommitteeMembership.deleted_at.is_(None))) == 0
        with pytest.raises(NotFoundError):
            cs.get_committee(s, crisis.id)
        with pytest.raises(ValidationError):  # its seats cannot be given out any more
            set_committees(s, m.id, [crisis.id])
    with db.session(actor="test") as s:  # the name is free again
        assert cs.create_committee(s, council.id, CommitteeInput(name="کمیته مدیریت بحران"))
