"""Full-text search: the index follows every edit, and Persian typed every way finds the record."""
from datetime import date

import pytest
from sqlalchemy import select, text, update

from app.models import (Agency, AgendaItem, Demand, Issue, Meeting, Member, Project, Setting,
                        Resolution)
from app.persian.ids import make_national_id
from app.services import common
from app.services.search import (index_status, match_expression, query_terms, rebuild_index,
                                 search, search_grouped)

NID = make_national_id("001234567")


@pytest.fixture
def records(db, council):
    """A few records of every kind, written through the ORM (the hook indexes them)."""
    with db.session(actor="test") as s:
        cid = council.id
        agency = s.scalar(select(Agency).where(Agency.name == "شرکت آب و فاضلاب"))
        member = Member(council_id=cid, first_name="علی", last_name="کریمی", national_id=NID,
                        mobile="09141234567", gender="male", role="secretary",
                        constituency="imam", residence_proof="قبض برق")
        meeting = Meeting(council_id=cid, number=12, date=date(2026, 11, 15),
                          place="مسجد جامع", summary="بررسی وضع کتاب‌خانه محله")
        s.add_all([member, meeting])
        s.flush()
        s.add(AgendaItem(council_id=cid, meeting_id=meeting.id, position=1,
                         title="لوله‌کشی فاضلاب کوچه شهید رجایی", discussion="گزارش دبیر"))
        resolution = Resolution(council_id=cid, meeting_id=meeting.id, seq=3,
                                text="پیگیری تعمیر پمپ آب", owner_id=member.id,
                                agency_id=agency.id)
        issue = Issue(council_id=cid, title="نشت لوله آب", description="در کوچه ۱۴ آب هدر می‌رود",
                      address="خیابان امام، کوچه ۱۴", category="آب", reported_on=date(2026, 10, 1))
        demand = Demand(council_id=cid, agency_id=agency.id, subject="تعویض شبکه فرسوده",
                        letter_no="۱۲۳/ش/۴۵", text="درخواست تعویض لوله‌ها")
        project = Project(council_id=cid, title="ساخت زمین چمن مصنوعی", area="social",
                          description="با کمک خیّرین محله")
        s.add_all([resolution, issue, demand, project])
    return {"member": member.id, "meeting": meeting.id, "resolution": resolution.id,
            "issue": issue.id, "demand": demand.id, "project": project.id,
            "agency": agency.id, "council": council.id}


def found(db, query, **kw):
    with db.session() as s:
        return [(h.kind, h.row_id) for h in search(s, query, **kw)]


def test_every_kind_is_indexed_on_insert(db, records):
    assert ("member", records["member"]) in found(db, "کریمی")
    assert ("meeting", records["meeting"]) in found(db, "مسجد جامع")
    assert ("resolution", records["resolution"]) in found(db, "پمپ")
    assert ("issue", records["issue"]) in found(db, "نشت")
    assert ("demand", records["demand"]) in found(db, "فرسوده")
    assert ("project", records["project"]) in found(db, "چمن")
    with db.session() as s:
        assert index_status(s).ok
        assert index_status(s).indexed == 6


def test_arabic_yeh_and_kaf_find_persian_record(db, records):
    assert ("member", records["member"]) in found(db, "علي كريمي")
    assert ("project", records["project"]) in found(db, "خيرين")  # and without the tashdid


def test_zwnj_joined_split_and_with_space(db, records):
    meeting = ("meeting", records["meeting"])
    assert meeting in found(db, "کتاب‌خانه")  # as stored
    assert meeting in found(db, "کتابخانه")  # without ZWNJ
    assert meeting in found(db, "کتاب خانه")  # a space instead of ZWNJ


def test_space_typed_for_a_word_stored_joined(db, records):
    with db.session(actor="t") as s:
        s.get(Project, records["project"]).description = "نوسازی کتابخانه مدرسه"
    assert ("project", records["project"]) in found(db, "کتاب خانه")


def test_digits_in_any_script(db, records):
    meeting = ("meeting", records["meeting"])
    assert meeting in found(db, "جلسه 12")
    assert meeting in found(db, "جلسه ۱۲")
    assert meeting in found(db, "١٢")  # Arabic-Indic
    # the Jalali date, padded or not, Persian or Latin digits, or in words
    assert meeting in found(db, "۱۴۰۵/۰۸/۲۴")
    assert meeting in found(db, "1405/8/24")
    assert meeting in found(db, "۲۴ آبان")
    nid_persian = NID.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    assert found(db, nid_persian) == [("member", records["member"])]
    assert found(db, NID[:6]) == [("member", records["member"])]  # prefix of the id
    assert ("member", records["member"]) in found(db, "۰۹۱۴۱۲۳۴۵۶۷")


def test_resolution_number_and_letter_number(db, records):
    assert ("resolution", records["resolution"]) in found(db, "12/3")
    assert ("resolution", records["resolution"]) in found(db, "مصوبه ۱۲/۳")
    assert found(db, "123/ش/45") == [("demand", records["demand"])]


def test_member_found_by_role_and_seat_words(db, records):
    assert ("member", records["member"]) in found(db, "دبیر امام جماعت")


def test_resolution_found_by_owner_and_agency(db, records):
    assert ("resolution", records["resolution"]) in found(db, "کریمی پمپ")
    assert ("resolution", records["resolution"]) in found(db, "فاضلاب پمپ")


def test_agenda_items_are_part_of_the_meeting(db, records):
    meeting = ("meeting", records["meeting"])
    assert meeting in found(db, "رجایی")
    with db.session(actor="t") as s:
        item = s.scalar(select(AgendaItem))
        item.title = "روشنایی پارک"
    assert meeting not in found(db, "رجایی")
    assert meeting in found(db, "روشنایی")
    with db.session(actor="t") as s:
        common.soft_delete(s.scalar(select(AgendaItem)))
    assert meeting not in found(db, "روشنایی")


def test_update_reindexes_and_soft_delete_removes(db, records):
    with db.session(actor="t") as s:
        s.get(Issue, records["issue"]).title = "شکستگی لوله گاز"
    assert found(db, "نشت") == []
    assert found(db, "شکستگی") == [("issue", records["issue"])]
    with db.session(actor="t") as s:
        common.soft_delete(s.get(Issue, records["issue"]))
    assert found(db, "شکستگی") == []
    with db.session() as s:
        st = index_status(s)
        assert st.ok and st.indexed == 5


def test_renaming_owner_or_agency_or_meeting_reindexes_resolutions(db, records):
    with db.session(actor="t") as s:
        s.get(Member, records["member"]).last_name = "رحیمی"
        s.get(Agency, records["agency"]).name = "آبفای استان"
        s.get(Meeting, records["meeting"]).number = 40
    res = ("resolution", records["resolution"])
    assert res in found(db, "رحیمی پمپ")
    assert res not in found(db, "کریمی")
    assert res in found(db, "آبفای پمپ")
    assert ("demand", records["demand"]) in found(db, "آبفای")
    assert res in found(db, "40/3")
    assert res not in found(db, "12/3")


def test_rollback_leaves_index_unchanged(db, records):
    with pytest.raises(RuntimeError):
        with db.session(actor="t") as s:
            s.get(Issue, records["issue"]).title = "عنوان دیگر"
            s.flush()
            raise RuntimeError
    assert found(db, "نشت") == [("issue", records["issue"])]


@pytest.mark.parametrize("query", [
    '"', '""', '"آب', "آب*", "*", "(آب", "آب)", "()", "NEAR", "NEAR(آب لوله)", "آب NEAR لوله",
    "-آب", "آب -لوله", "AND", "OR آب", "NOT", "آب NOT", "^آب", "آب:لوله", "title:آب", "{آب}",
    "[", "+", "'", "\\", "آب\u200c", "\u200c", "ـــ", "‌‌", "   ", "", "a" * 500,
    " ".join(["آب"] * 40), "'); DROP TABLE members; --",
])
def test_fts_syntax_never_raises(db, records, query):
    with db.session() as s:
        search(s, query)
        search_grouped(s, query)


def test_fts_operators_are_plain_words(db, records):
    assert ("issue", records["issue"]) in found(db, '"نشت" (لوله) آب*')
    assert query_terms('NEAR "x" -y* (z)') == ["near", "x", "y", "z"]
    assert match_expression(["near", "x"]) == '("near"* AND "x"*) OR ("nearx"*)'
    assert match_expression(["12", "3"]) == '"12"* AND "3"*'  # numbers are never joined


def test_empty_query_finds_nothing(db, records):
    assert found(db, "") == [] and found(db, " ؟! ") == []


def test_filters_by_kind_and_council(db, records):
    assert {k for k, _ in found(db, "آب")} >= {"issue", "resolution"}
    assert {k for k, _ in found(db, "آب", kinds=["issue"])} == {"issue"}
    assert found(db, "آب", council_id="no-such-council") == []
    assert found(db, "آب", council_id=records["council"])


def test_title_ranks_above_body(db, records):
    with db.session(actor="t") as s:
        cid = records["council"]
        s.add(Project(council_id=cid, title="گلکاری", area="social",
                      description="کاشت گل در پارک و بوستان و میدان"))
        s.add(Project(council_id=cid, title="بوستان", area="social", description="نوسازی"))
    with db.session() as s:
        hits = search(s, "بوستان")
    assert [h.title for h in hits][:2] == ["بوستان", "گلکاری"]
    assert hits[0].rank <= hits[1].rank


def test_hit_has_display_title_and_snippet(db, records):
    with db.session() as s:
        hit = search(s, "كوچه ١٤", kinds=["issue"])[0]
    assert hit.title == "نشت لوله آب"
    assert "کوچه ۱۴" in hit.snippet
    assert "کوچه" in hit.highlights
    with db.session() as s:
        (meeting,) = search(s, "12", kinds=["meeting"])
    assert meeting.title == "جلسه ۱۲ - ۱۴۰۵/۰۸/۲۴"


def test_long_text_snippet_is_a_window(db, records):
    words = " ".join(f"واژه{i}" for i in range(100))
    with db.session(actor="t") as s:
        s.get(Project, records["project"]).description = f"{words} فوتبال {words}"
    with db.session() as s:
        (hit,) = search(s, "فوتبال")
    assert "فوتبال" in hit.snippet and hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert len(hit.snippet.split()) < 25


def test_grouped_by_kind(db, records):
    with db.session() as s:
        groups = search_grouped(s, "آب")
    kinds = [g.kind for g in groups]
    assert set(kinds) >= {"issue", "resolution", "demand"} and len(kinds) == len(set(kinds))
    assert all(g.total >= len(g.hits) >= 1 for g in groups)
    with db.session() as s:
        assert search_grouped(s, "آب", per_kind=0) == []


def test_rebuild_index_repairs_bypassed_writes(db, records):
    with db.session(actor="t") as s:  # a bulk update bypasses the hook
        s.execute(update(Issue).where(Issue.id == records["issue"]).values(title="فروریزی دیوار"))
        s.execute(text("DELETE FROM search_index WHERE kind = 'project'"))
    with db.session() as s:
        st = index_status(s)
        assert not st.ok and st.missing == (("project", records["project"]),)
    assert found(db, "فروریزی") == []
    with db.session(actor="t") as s:
        assert rebuild_index(s) == 6
    assert found(db, "فروریزی") == [("issue", records["issue"])]
    with db.session() as s:
        assert index_status(s).ok


def test_many_rows_in_one_flush(db, council):
    with db.session(actor="t") as s:
        s.add_all(Issue(council_id=council.id, title=f"مسئله شماره {i}", reported_on=date(2026, 1, 1))
                  for i in range(1500))
    with db.session() as s:
        assert index_status(s).ok
        assert len(search(s, "مسئله", limit=2000)) == 1500
        assert [h.title for h in search(s, "شماره 1499")] == ["مسئله شماره 1499"]


def test_note_changed_reindexes_rows_written_without_the_orm(db, records):
    from app.services.search import note_changed
    with db.session(actor="t") as s:
        s.execute(update(Issue).where(Issue.id == records["issue"]).values(title="ریزش دیوار"))
        s.execute(update(AgendaItem).values(title="نورپردازی"))
        note_changed(s, Issue, [records["issue"]])
        note_changed(s, AgendaItem, list(s.scalars(select(AgendaItem.id))))
        note_changed(s, Setting, ["language"])  # not searchable: ignored
    assert found(db, "ریزش") == [("issue", records["issue"])]
    assert found(db, "نورپردازی") == [("meeting", records["meeting"])]
    with db.session() as s:
        assert index_status(s).ok


def test_installing_twice_indexes_once(db, records):
    from app.services import search as search_module
    search_module.install(db.sessions)
    with db.session(actor="t") as s:
        s.get(Issue, records["issue"]).description = "توضیح تازه"
    with db.session() as s:
        assert index_status(s).ok


def test_search_inside_a_transaction_sees_its_own_edits(db, records):
    with db.session(actor="t") as s:
        s.get(Issue, records["issue"]).title = "عنوان موقت"
        assert [h.row_id for h in search(s, "موقت")] == [records["issue"]]
        s.rollback()
        assert search(s, "موقت") == []
    assert found(db, "موقت") == []
    assert found(db, "نشت") == [("issue", records["issue"])]


def test_savepoint_rollback_keeps_the_outer_changes_indexed(db, records):
    with db.session(actor="t") as s:
        s.get(Issue, records["issue"]).title = "بیرونی"
        s.flush()
        nested = s.begin_nested()
        s.get(Project, records["project"]).title = "درونی"
        s.flush()
        nested.rollback()
    assert found(db, "بیرونی") == [("issue", records["issue"])]
    assert found(db, "درونی") == []
    assert ("project", records["project"]) in found(db, "چمن")
    with db.session() as s:
        assert index_status(s).ok


def test_hooks_attach_even_when_event_contains_lies(tmp_path, monkeypatch):
    """SQLAlchemy's event.contains can answer True for a brand-new sessionmaker (a collected
    one had the same id); install must not trust it, or edits silently escape the index and
    the audit log."""
    from sqlalchemy import event

    from app.services import search as search_module, tracking
    from app.services.database import open_database

    monkeypatch.setattr(event, "contains", lambda *args, **kwargs: True)
    database = open_database(tmp_path / "other.db")
    try:
        search_module.install(database.sessions)
        tracking.install(database.sessions)
        session = database.sessions()
        assert len(session.dispatch.after_flush) == 2  # audit + search, each once
        assert len(session.dispatch.before_commit) == 1
        session.close()
    finally:
        database.close()
