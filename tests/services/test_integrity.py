"""The integrity check: a sound database passes, and each broken rule is reported."""
import re
import sqlite3
from datetime import date

import pytest
from sqlalchemy import select, text

from app.models import Agency, Demand, Issue, Meeting, Member, Resolution
from app.persian.ids import make_national_id
from app.services import common, integrity
from app.services.integrity import CheckReport, check


@pytest.fixture
def sound(db, council):
    """A small council whose records keep every rule, one finalised meeting included."""
    with db.session(actor="test") as s:
        cid = council.id
        agency = s.scalar(select(Agency).limit(1))
        member = Member(council_id=cid, first_name="زهرا", last_name="موسوی",
                        national_id=make_national_id("123456789"), gender="female",
                        residence_proof="سند منزل")
        m1 = Meeting(council_id=cid, number=1, date=date(2026, 10, 1))
        m2 = Meeting(council_id=cid, number=2, date=date(2026, 10, 8), state="finalised")
        s.add_all([member, m1, m2])
        s.flush()
        res = Resolution(council_id=cid, meeting_id=m1.id, seq=1, text="مصوبه نمونه")
        demand = Demand(council_id=cid, agency_id=agency.id, subject="روشنایی کوچه",
                        letter_date=date(2026, 10, 2), due_date=date(2026, 10, 20),
                        answered_on=date(2026, 10, 10))
        s.add_all([res, demand])
        s.flush()
        from app.services.sealing import content_hash
        m2.content_hash = content_hash(s, m2)
    return {"member": member.id, "m1": m1.id, "m2": m2.id, "resolution": res.id,
            "demand": demand.id, "council": council.id}


def codes(report: CheckReport) -> set[str]:
    return {f.code for f in report.findings if not f.repaired}


def run(db, **kw) -> CheckReport:
    return check(db, **kw)


def test_sound_database_has_no_findings(db, sound):
    report = run(db)
    assert list(report) == [] and report.ok and len(report) == 0 and not report
    assert report.skipped == ()  # the seal verifier of app.services.sealing was found
    with db.session() as s:  # a Session works as well as a Database
        assert check(s).ok


def test_active_member_without_residence_proof(db, sound):
    with db.session(actor="t") as s:
        s.get(Member, sound["member"]).residence_proof = None
    report = run(db)
    assert codes(report) == {"check.member_no_residence"}
    (f,) = report.errors
    assert (f.table, f.row_id) == ("members", sound["member"])
    assert "زهرا موسوی" in f.message()
    with db.session(actor="t") as s:  # an inactive member needs none
        s.get(Member, sound["member"]).status = "inactive"
    assert run(db).ok


def test_invalid_national_id(db, sound):
    with db.session(actor="t") as s:
        s.get(Member, sound["member"]).national_id = "1234567890"
    report = run(db)
    assert codes(report) == {"check.member_bad_national_id"}
    assert report.errors[0].params["value"] == "1234567890"


def test_duplicate_national_id_among_live_members(db, sound):
    with db.session(actor="t") as s:
        first = s.get(Member, sound["member"])
        twin = Member(council_id=first.council_id, first_name="زینب", last_name="موسوی",
                      national_id=first.national_id, gender="female", residence_proof="اجاره‌نامه")
        s.add(twin)
    report = run(db)
    assert codes(report) == {"check.duplicate_national_id"}
    assert "زینب موسوی" in report.errors[0].params["names"]
    with db.session(actor="t") as s:  # a deleted duplicate does not count
        common.soft_delete(s.get(Member, twin.id))
    assert run(db).ok


def _drop_meeting_number_constraint(path):
    """Rebuild `meetings` without its UNIQUE(council_id, number), as an old or hand-edited
    file might be, so that the check has something to find."""
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("PRAGMA foreign_keys=OFF")
        sql = con.execute("SELECT sql FROM sqlite_master WHERE name='meetings'").fetchone()[0]
        sql = re.sub(r",\s*CONSTRAINT uq_meetings_council_id UNIQUE \(council_id, number\)", "",
                     sql).replace("CREATE TABLE meetings", "CREATE TABLE meetings_new")
        con.execute("BEGIN")
        con.execute(sql)
        con.execute("INSERT INTO meetings_new SELECT * FROM meetings")
        con.execute("DROP TABLE meetings")
        con.execute("ALTER TABLE meetings_new RENAME TO meetings")
        con.execute("COMMIT")
    finally:
        con.close()


def test_duplicate_meeting_number(db, sound):
    db.close()
    _drop_meeting_number_constraint(db.path)
    with db.session(actor="t") as s:
        s.add(Meeting(council_id=sound["council"], number=1, date=date(2026, 11, 1)))
    report = run(db)
    assert codes(report) == {"check.duplicate_meeting_number"}
    assert report.errors[0].params == {"number": 1, "count": 2}


def test_finalised_minutes_changed_after_the_seal(db, sound):
    with db.session(actor="t") as s:  # an edit that bypassed the services
        s.execute(text("UPDATE meetings SET summary = 'دستکاری' WHERE id = :id"),
                  {"id": sound["m2"]})
    report = run(db)
    assert codes(report) == {"check.minutes_seal_broken"}
    assert report.errors[0].row_id == sound["m2"]


def test_finalised_minutes_without_seal(db, sound):
    with db.session(actor="t") as s:
        s.get(Meeting, sound["m2"]).content_hash = None
    assert codes(run(db)) == {"check.minutes_unsealed"}


def test_seal_check_is_skipped_without_a_verifier(db, sound, monkeypatch):
    monkeypatch.setattr(integrity, "VERIFIERS", (("app.services.no_such_module", "verify"),))
    with db.session(actor="t") as s:
        s.execute(text("UPDATE meetings SET summary = 'x' WHERE id = :id"), {"id": sound["m2"]})
    report = run(db)
    assert report.ok and report.skipped == ("sealed_minutes",)


def test_resolution_of_a_deleted_meeting(db, sound):
    with db.session(actor="t") as s:
        common.soft_delete(s.get(Meeting, sound["m1"]))
    report = run(db)
    assert codes(report) == {"check.resolution_orphan"}
    assert report.errors[0].row_id == sound["resolution"]
    assert report.errors[0].params["number"] == "۱/۱"


def test_demand_answered_before_its_letter(db, sound):
    with db.session(actor="t") as s:
        s.get(Demand, sound["demand"]).answered_on = date(2026, 9, 30)
    report = run(db)
    assert codes(report) == {"check.demand_answer_before_letter"}
    with db.session(actor="t") as s:
        d = s.get(Demand, sound["demand"])
        d.answered_on, d.due_date = None, date(2026, 9, 1)
    report = run(db)
    assert codes(report) == {"check.demand_due_before_letter"}
    assert report.warnings and not report.errors


def test_foreign_key_violation(db, sound):
    con = sqlite3.connect(db.path)  # foreign keys are off on a bare connection
    con.execute("UPDATE resolutions SET owner_id = 'no-such-member' WHERE id = ?",
                (sound["resolution"],))
    con.commit()
    con.close()
    report = run(db)
    assert codes(report) == {"check.foreign_key"}
    (f,) = report.errors
    assert (f.table, f.row_id, f.params["parent"]) == ("resolutions", sound["resolution"],
                                                       "members")


def test_stale_search_index_is_reported_and_repaired(db, sound):
    with db.session(actor="t") as s:
        s.add(Issue(council_id=sound["council"], title="مسئله", reported_on=date(2026, 1, 1)))
        s.execute(text("DELETE FROM search_index WHERE kind = 'member'"))
    report = run(db)
    assert codes(report) == {"check.search_index"}
    assert report.warnings[0].params == {"missing": 1, "orphans": 0}
    repaired = run(db, repair=True)
    assert repaired.ok and repaired.findings[0].repaired
    assert "[repaired]" in str(repaired.findings[0])
    assert run(db).findings == ()


def test_findings_are_capped(db, sound):
    with db.session(actor="t") as s:
        for i in range(integrity.LIMIT + 5):
            s.add(Member(council_id=sound["council"], first_name="عضو", last_name=str(i),
                         national_id=make_national_id(f"{200000000 + i}"), gender="male"))
    report = run(db)
    assert len(report) == integrity.LIMIT + 1
    assert report.findings[-1].code == "check.more"
    assert report.findings[-1].params == {"count": 5}
