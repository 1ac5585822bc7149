"""Record counts: live rows only, per council or for the whole file."""
from datetime import date

from app.models import Agency, AgendaItem, Benefactor, Council, Issue, Meeting, Member
from app.services import common
from app.services.agencies import STANDARD_AGENCIES
from app.services.council import STANDARD_COMMITTEES
from app.services.stats import KEYS, stats


def test_keys_and_a_fresh_council(db, council):
    with db.session() as s:
        counts = stats(s, council.id)
    assert tuple(counts) == KEYS
    assert set(KEYS) == {"members", "active_members", "meetings", "resolutions", "issues",
                         "demands", "projects", "agencies", "committees", "agenda_items",
                         "attendance", "follow_ups", "intake_requests", "indicators",
                         "benefactors"}
    assert counts["committees"] == len(STANDARD_COMMITTEES)
    assert counts["agencies"] == len(STANDARD_AGENCIES)  # the province's shared list
    assert all(v == 0 for k, v in counts.items() if k not in ("committees", "agencies"))


def test_counts_live_rows_only(db, council):
    with db.session(actor="t") as s:
        cid = council.id
        for i in range(3):
            s.add(Member(council_id=cid, first_name="عضو", last_name=str(i), gender="male",
                         national_id=f"00000000{i}0", status="active" if i else "inactive"))
        meeting = Meeting(council_id=cid, number=1, date=date(2026, 1, 1))
        s.add(meeting)
        s.flush()
        s.add_all([AgendaItem(council_id=cid, meeting_id=meeting.id, position=i, title="x")
                   for i in range(4)])
        gone = Issue(council_id=cid, title="حذف‌شده", reported_on=date(2026, 1, 1))
        s.add_all([Issue(council_id=cid, title="مسئله", reported_on=date(2026, 1, 1)), gone,
                   Benefactor(council_id=cid, full_name="خیّر"),
                   Agency(council_id=cid, name="دستگاه محلی")])
        s.flush()
        common.soft_delete(gone)
    with db.session() as s:
        counts = stats(s, council.id)
        whole = stats(s)
    assert counts["members"] == 3 and counts["active_members"] == 2
    assert counts["meetings"] == 1 and counts["agenda_items"] == 4
    assert counts["issues"] == 1 and counts["benefactors"] == 1
    assert counts["agencies"] == len(STANDARD_AGENCIES) + 1
    assert whole == counts


def test_other_councils_are_not_counted(db, council):
    with db.session(actor="t") as s:
        here = s.get(Council, council.id)
        other = Council(neighbourhood_id=here.neighbourhood_id, code="OTHER", name="دیگر")
        s.add(other)
        s.flush()
        s.add(Issue(council_id=other.id, title="آنجا", reported_on=date(2026, 1, 1)))
        s.add(Agency(council_id=other.id, name="دستگاه آنجا"))
    with db.session() as s:
        assert stats(s, council.id)["issues"] == 0
        assert stats(s, council.id)["agencies"] == len(STANDARD_AGENCIES)
        assert stats(s)["issues"] == 1
        assert stats(s)["agencies"] == len(STANDARD_AGENCIES) + 1
