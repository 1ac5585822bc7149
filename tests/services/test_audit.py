"""The audit log view: newest first, filtered, paged, with table labels and old/new values."""
from datetime import date

from app.models import Issue
from app.services import common
from app.services.audit import audit_actors, count_audit, list_audit


def test_history_of_a_record(db, council):
    with db.session(actor="maryam") as s:
        issue = Issue(council_id=council.id, title="چاله", reported_on=date(2026, 1, 1))
        s.add(issue)
    with db.session(actor="ali") as s:
        s.get(Issue, issue.id).title = "چاله بزرگ"
    with db.session(actor="maryam") as s:
        common.soft_delete(s.get(Issue, issue.id))
    with db.session() as s:
        rows = list_audit(s, row_id=issue.id)
        assert count_audit(s, row_id=issue.id) == 3
    assert [r.action for r in rows] == ["delete", "update", "insert"]
    assert [r.actor for r in rows] == ["maryam", "ali", "maryam"]
    assert rows[1].changes["title"] == ("چاله", "چاله بزرگ")
    assert rows[1].table == "issues" and rows[1].table_label == "مسئله محله"
    assert rows[2].changes["title"] == (None, "چاله")
    assert rows[0].at >= rows[1].at >= rows[2].at and rows[0].at.tzinfo is not None


def test_filters_and_paging(db, council):
    with db.session(actor="ali") as s:
        for i in range(5):
            s.add(Issue(council_id=council.id, title=f"مسئله {i}", reported_on=date(2026, 1, 1)))
    with db.session() as s:
        total = count_audit(s)
        assert total >= 5 + 8  # the council set-up is in the log too
        issues = list_audit(s, table="issues")
        assert len(issues) == 5 == count_audit(s, table="issues")
        assert {r.actor for r in issues} == {"ali"}
        assert count_audit(s, actor="ali") == 5 and count_audit(s, actor="nobody") == 0
        page1 = list_audit(s, offset=0, limit=4)
        page2 = list_audit(s, offset=4, limit=4)
        assert len(page1) == 4 and not {r.id for r in page1} & {r.id for r in page2}
        assert [r.id for r in page1 + page2] == [r.id for r in list_audit(s, limit=8)]
        assert list_audit(s, limit=0) == []
        assert audit_actors(s) == ["ali", "test"]
