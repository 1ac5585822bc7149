"""Two PCs of one council and the province edit offline, sync, and end up equal.

Real server (SQLite and PostgreSQL) on loopback, real client SQLite files. PC 1 is set up
offline by the wizard and claims the council; PC 2 starts empty. Both edit the same records while
the province answers a demand, sends a directive and adds an agency; after two sync rounds every
replica equals the server for the council, different fields both survive, and every colliding
value is in the conflict list of both PCs. A second council sees none of the first one's rows.
"""
from __future__ import annotations

from datetime import date

import httpx
import pytest
from sqlalchemy import select

from app.models import Agency, Committee, Demand, Directive, Issue, Member
from app.models.base import utcnow
from app.services import sync_status
from app.services.database import open_database
from app.sync.engine import sync
from app.sync.enroll import enroll
from app.sync.protocol import PROTOCOL_HEADER
from sync_harness import (add, council_database, council_id_of, edit, pc_snapshot,
                          server_snapshot)


@pytest.fixture
def council(live_server, tmp_path):
    """Council A: PC 1 (set up offline, claims it) and PC 2 (empty), both synced once."""
    _, code = live_server.add_council()
    pc1 = council_database(tmp_path / "pc1.db")
    done = enroll(pc1, live_server.url, code, device_name="pc1")
    assert done.claimed and done.council_id == council_id_of(pc1)
    with pc1.session() as s:
        agency_id = s.scalar(select(Agency.id).where(Agency.name == "شرکت آب و فاضلاب"))
        committee_id = s.scalar(select(Committee.id).limit(1))
    cid = done.council_id
    member = add(pc1, Member(council_id=cid, first_name="علی", last_name="رضایی",
                             national_id="0012345679", gender="male", residence_proof="قبض"))
    issue = add(pc1, Issue(council_id=cid, title="آب گرفتگی کوچه", reported_on=date(2025, 1, 5)))
    demand = add(pc1, Demand(council_id=cid, agency_id=agency_id, issue_id=issue,
                             subject="لوله کشی", status="sent", letter_no="12/ش",
                             letter_date=date(2025, 1, 10)))
    assert sync(pc1).rejected == 0
    pc2 = open_database(tmp_path / "pc2.db")
    enroll(pc2, live_server.url, live_server.code(cid), device_name="pc2")
    sync(pc2)
    ids = {"member": member, "issue": issue, "demand": demand, "committee": committee_id,
           "council": cid}
    yield pc1, pc2, ids
    pc1.close()
    pc2.close()


def _staff(live_server) -> httpx.Client:
    return httpx.Client(base_url=live_server.url, headers={
        PROTOCOL_HEADER: "1", "Authorization": f"Bearer {live_server.staff_token()}"})


def test_two_pcs_and_the_province_converge_with_every_collision_listed(live_server, council):
    pc1, pc2, ids = council
    cid = ids["council"]
    assert pc_snapshot(pc2, cid) == server_snapshot(live_server, cid) == pc_snapshot(pc1, cid)

    # offline edits on both PCs
    edit(pc1, Member, ids["member"], mobile="09120000001", address="خیابان اول")
    edit(pc1, Issue, ids["issue"], title="آب گرفتگی کوچه ۵")
    edit(pc1, Demand, ids["demand"], status="closed")
    edit(pc1, Committee, ids["committee"], deleted_at=utcnow())
    edit(pc2, Member, ids["member"], mobile="09120000002", notes="عضو فعال")
    edit(pc2, Issue, ids["issue"], description="پس از هر باران")
    edit(pc2, Committee, ids["committee"], description="کمیته بازنگری شد")
    # the province, meanwhile
    with _staff(live_server) as staff:
        r = staff.post(f"/v1/staff/demands/{ids['demand']}/answer",
                       json={"text": "در دست اقدام است", "answered_on": "2025-02-01"})
        assert r.status_code == 200, r.text
        r = staff.post("/v1/staff/directives", json={"council_id": cid, "title": "گزارش فصلی",
                                                      "text": "تا پایان ماه بفرستید"})
        assert r.status_code == 200, r.text
        r = staff.post("/v1/staff/agencies", json={"name": "اداره راه", "kind": "other"})
        assert r.status_code == 200, r.text

    first = sync(pc1)
    second = sync(pc2)
    assert first.rejected == second.rejected == 0
    sync(pc1)
    sync(pc2)

    server = server_snapshot(live_server, cid)
    assert pc_snapshot(pc1, cid) == server == pc_snapshot(pc2, cid)
    member = server["members"][ids["member"]]
    assert member["mobile"] == "09120000002"  # the last arrival wins ...
    assert member["address"] == "خیابان اول" and member["notes"] == "عضو فعال"  # both survive
    issue = server["issues"][ids["issue"]]
    assert issue["title"] == "آب گرفتگی کوچه ۵" and issue["description"] == "پس از هر باران"
    demand = server["demands"][ids["demand"]]
    assert demand["status"] == "closed" and demand["answer_text"] == "در دست اقدام است"
    committee = server["committees"][ids["committee"]]
    assert committee["deleted_at"] is not None  # an edit does not bring a deleted row back
    assert len(server["directives"]) == 1
    for pc in (pc1, pc2):
        with pc.session() as s:
            assert s.scalar(select(Agency.id).where(Agency.name == "اداره راه"))
            assert s.scalar(select(Directive.title)) == "گزارش فصلی"

    # ... and every value that lost is in the conflict list of both PCs
    expected = {("members", "mobile", "09120000001"), ("demands", "status", "answered"),
                ("committees", "description", "کمیته بازنگری شد")}
    for pc in (pc1, pc2):
        with pc.session() as s:
            listed = sync_status.conflicts(s)
        assert {(c.table, c.field, c.losing) for c in listed} == expected
        deleted = [c for c in listed if c.kind == "deleted"]
        assert [c.table for c in deleted] == ["committees"]


def test_keep_mine_restores_the_losing_value_everywhere(live_server, council):
    pc1, pc2, ids = council
    cid = ids["council"]
    edit(pc1, Member, ids["member"], mobile="09120000001")
    edit(pc2, Member, ids["member"], mobile="09120000002")
    sync(pc1)
    assert sync(pc2).conflicts == 1
    sync(pc1)
    with pc1.session() as s:
        (conflict,) = sync_status.conflicts(s)
    assert conflict.losing == "09120000001" and conflict.winning == "09120000002"
    with pc1.session(actor="secretary") as s:
        sync_status.keep_mine(s, conflict.id)
        assert sync_status.overview(s).pending_changes == 1
    sync(pc1)
    sync(pc2)
    assert server_snapshot(live_server, cid)["members"][ids["member"]]["mobile"] == "09120000001"
    assert pc_snapshot(pc2, cid) == server_snapshot(live_server, cid)
    with pc2.session() as s:  # the resolution reached the other PC too
        assert sync_status.conflicts(s) == []
        (resolved,) = sync_status.conflicts(s, include_resolved=True)
        assert resolved.resolution == "mine"


def test_keep_mine_on_an_edit_to_a_deleted_row_restores_it(live_server, council):
    pc1, pc2, ids = council
    cid = ids["council"]
    edit(pc1, Committee, ids["committee"], deleted_at=utcnow())
    edit(pc2, Committee, ids["committee"], description="هنوز لازم است")
    sync(pc1)
    sync(pc2)
    with pc2.session(actor="secretary") as s:
        (conflict,) = sync_status.conflicts(s)
        assert conflict.kind == "deleted"
        sync_status.keep_mine(s, conflict.id)
    sync(pc2)
    sync(pc1)
    row = server_snapshot(live_server, cid)["committees"][ids["committee"]]
    assert row["deleted_at"] is None and row["description"] == "هنوز لازم است"
    assert pc_snapshot(pc1, cid) == pc_snapshot(pc2, cid) == server_snapshot(live_server, cid)


def test_keep_theirs_resolves_without_an_edit(live_server, council):
    pc1, pc2, ids = council
    edit(pc1, Issue, ids["issue"], title="یک")
    edit(pc2, Issue, ids["issue"], title="دو")
    sync(pc1)
    sync(pc2)
    with pc2.session(actor="secretary") as s:
        (conflict,) = sync_status.conflicts(s)
        sync_status.keep_theirs(s, conflict.id)
        assert sync_status.overview(s).pending_changes == 0
    sync(pc2)
    sync(pc1)
    with pc1.session() as s:
        assert sync_status.conflicts(s) == []


def test_a_second_council_sees_none_of_the_first_ones_rows(live_server, council, tmp_path):
    pc1, _pc2, ids = council
    _, code_b = live_server.add_council(neighbourhood="کوی دانشگاه")
    pc3 = council_database(tmp_path / "pc3.db", neighbourhood="کوی دانشگاه", code="ARD-0099")
    enroll(pc3, live_server.url, code_b)
    report = sync(pc3)
    assert report.rejected == 0 and report.verified
    a_ids = {row_id for rows in pc_snapshot(pc1, ids["council"]).values() for row_id in rows}
    with pc3.session() as s:
        assert pc_snapshot(pc3, ids["council"]) == {t: {} for t in
                                                    pc_snapshot(pc3, ids["council"])}
        for model in (Member, Issue, Demand, Committee, Directive):
            assert not set(s.scalars(select(model.id))) & a_ids
    pc3.close()
