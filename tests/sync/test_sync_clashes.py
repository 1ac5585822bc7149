"""Two PCs of one council take the same number, or enter the same fact, while offline.

Real server (SQLite and PostgreSQL) on loopback, real client SQLite files, the secretaries'
own services. Meeting numbers (and resolution numbers) taken on both PCs: the server gives the
second arrival the next free number, every child row follows, and both PCs list one
"renumbered" conflict. The same member's attendance (or committee seat) entered on both PCs:
one row everywhere, the differing field in the conflict log. Nothing lands in a refused list.
"""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import UniqueConstraint, delete, select

from app.models import Attendance, Committee, CommitteeMembership, Meeting, Member
from app.models.base import utcnow
from app.services import attendance, sync_status, wire
from app.services.agenda import add_agenda_item
from app.services.database import open_database
from app.services.meetings import MeetingInput, create_meeting
from app.services.minutes import minutes_document
from app.services.resolutions import ResolutionInput, add_resolution
from app.sync.engine import sync
from app.sync.enroll import enroll
from server import clashes
from sync_harness import add, council_database, council_id_of, pc_snapshot, server_snapshot


@pytest.fixture
def council(live_server, tmp_path):
    """PC 1 (set up offline, claims the council, two members) and PC 2, both synced once."""
    _, code = live_server.add_council()
    pc1 = council_database(tmp_path / "pc1.db")
    done = enroll(pc1, live_server.url, code, device_name="pc1")
    cid = done.council_id
    ali = add(pc1, Member(council_id=cid, first_name="علی", last_name="رضایی",
                          national_id="0012345679", gender="male", residence_proof="قبض"))
    zahra = add(pc1, Member(council_id=cid, first_name="زهرا", last_name="کریمی",
                            national_id="0023456781", gender="female", residence_proof="قبض"))
    assert sync(pc1).rejected == 0
    pc2 = open_database(tmp_path / "pc2.db")
    enroll(pc2, live_server.url, live_server.code(cid), device_name="pc2")
    sync(pc2)
    with pc1.session() as s:
        committee = s.scalar(select(Committee.id).limit(1))
    yield pc1, pc2, {"council": cid, "ali": ali, "zahra": zahra, "committee": committee}
    pc1.close()
    pc2.close()


def _meeting(db, cid: str, members: list[str], actor: str, words: str) -> str:
    """A meeting created offline with the secretary's services: agenda, attendance, resolution."""
    with db.session(actor=actor) as s:
        meeting = create_meeting(s, cid, MeetingInput(date=date(2025, 3, 1), place=words))
        item = add_agenda_item(s, meeting.id, f"دستور {words}")
        attendance.set_attendance(s, meeting.id, {m: "present" for m in members})
        add_resolution(s, meeting.id, ResolutionInput(text=f"مصوبه {words}",
                                                      agenda_item_id=item.id))
        return meeting.id


def _sync_twice(pc1, pc2) -> None:
    for _ in range(2):
        for pc in (pc1, pc2):
            report = sync(pc)
            assert report.rejected == 0, report.summary()


def _no_refusals(*pcs) -> None:
    for pc in pcs:
        with pc.session() as s:
            assert sync_status.rejections(s) == []


def test_every_unique_rule_of_a_council_table_is_settled_by_the_server():
    for name, model in wire.TABLES.items():
        if "council_id" not in model.__table__.c:
            continue
        for constraint in model.__table__.constraints:
            if not isinstance(constraint, UniqueConstraint):
                continue
            columns = tuple(c.name for c in constraint.columns)
            numbered = clashes.NUMBERED.get(name)
            natural = clashes.NATURAL.get(name)
            assert (numbered is not None and (*numbered[0], numbered[1]) == columns) or \
                natural == columns, f"{name}{columns} has no clash rule in server.clashes"


def test_the_same_meeting_number_on_two_pcs_becomes_two_meetings(live_server, council):
    pc1, pc2, ids = council
    cid = ids["council"]
    first = _meeting(pc1, cid, [ids["ali"]], "مریم", "یک")
    second = _meeting(pc2, cid, [ids["ali"], ids["zahra"]], "رضا", "دو")
    with pc1.session() as s:
        number = s.get(Meeting, first).number
    with pc2.session() as s:
        assert s.get(Meeting, second).number == number

    _sync_twice(pc1, pc2)

    server = server_snapshot(live_server, cid)
    assert pc_snapshot(pc1, cid) == server == pc_snapshot(pc2, cid)
    assert server["meetings"][first]["number"] == number
    assert server["meetings"][second]["number"] == number + 1
    for table, count in (("agenda_items", 2), ("attendance", 3), ("resolutions", 2)):
        assert len(server[table]) == count, table
    assert {r["meeting_id"] for r in server["resolutions"].values()} == {first, second}
    _no_refusals(pc1, pc2)

    for pc in (pc1, pc2):
        with pc.session() as s:
            (conflict,) = sync_status.conflicts(s)
        assert conflict.kind == sync_status.RENUMBERED
        assert (conflict.table, conflict.row_id, conflict.field) == ("meetings", second, "number")
        assert (conflict.losing, conflict.winning) == (number, number + 1)
        assert conflict.losing_actor == "رضا" and conflict.winning_actor == "مریم"

    # the printed minutes of PC 2's meeting carry the new number, its resolution too
    with pc2.session() as s:
        minutes = minutes_document(s, second)
    assert minutes.meeting.number == number + 1
    assert [r.number for r in minutes.resolutions] == [f"{number + 1}/1"]
    with pc1.session() as s:
        assert minutes_document(s, first).meeting.number == number

    # the only answer is "seen"; it reaches the other PC
    with pc2.session(actor="رضا") as s:
        (conflict,) = sync_status.conflicts(s)
        resolved = sync_status.acknowledge(s, conflict.id)
        assert resolved.resolution == "theirs"
        assert sync_status.overview(s).pending_changes == 0
    sync(pc2)
    assert sync(pc1).verified
    with pc1.session() as s:
        assert sync_status.conflicts(s) == []
    assert server_snapshot(live_server, cid)["meetings"][second]["number"] == number + 1


def test_a_resolution_number_taken_on_both_pcs_gets_the_next_one(live_server, council):
    pc1, pc2, ids = council
    cid = ids["council"]
    with pc1.session(actor="مریم") as s:
        meeting = create_meeting(s, cid, MeetingInput(date=date(2025, 4, 1))).id
    _sync_twice(pc1, pc2)
    with pc1.session(actor="مریم") as s:
        one = add_resolution(s, meeting, ResolutionInput(text="آسفالت کوچه")).id
    with pc2.session(actor="رضا") as s:
        two = add_resolution(s, meeting, ResolutionInput(text="روشنایی پارک")).id
        add_resolution(s, meeting, ResolutionInput(text="نظافت جوی"))
    _sync_twice(pc1, pc2)

    server = server_snapshot(live_server, cid)
    assert pc_snapshot(pc1, cid) == server == pc_snapshot(pc2, cid)
    seqs = {r["text"]: r["seq"] for r in server["resolutions"].values()}
    assert seqs == {"آسفالت کوچه": 1, "روشنایی پارک": 2, "نظافت جوی": 3}  # order kept
    assert server["resolutions"][one]["seq"] == 1
    _no_refusals(pc1, pc2)
    with pc1.session() as s:
        listed = {(c.table, c.row_id, c.losing, c.winning) for c in sync_status.conflicts(s)}
    assert ("resolutions", two, 1, 2) in listed and len(listed) == 2


def test_the_same_attendance_on_two_pcs_is_one_row(live_server, council):
    pc1, pc2, ids = council
    cid = ids["council"]
    with pc1.session(actor="مریم") as s:
        meeting = create_meeting(s, cid, MeetingInput(date=date(2025, 5, 1))).id
    _sync_twice(pc1, pc2)
    with pc1.session(actor="مریم") as s:
        attendance.set_attendance(s, meeting, {ids["ali"]: "present"}, notes={ids["ali"]: "به موقع"})
        mine = s.scalar(select(Attendance.id).where(Attendance.member_id == ids["ali"]))
    with pc2.session(actor="رضا") as s:
        attendance.set_attendance(s, meeting, {ids["ali"]: "late"})
        theirs = s.scalar(select(Attendance.id).where(Attendance.member_id == ids["ali"]))
    with pc2.session(actor="رضا") as s:  # a second edit of the duplicate, in the same batch
        attendance.set_attendance(s, meeting, {}, notes={ids["ali"]: "ده دقیقه دیر"})
    assert mine != theirs

    _sync_twice(pc1, pc2)

    server = server_snapshot(live_server, cid)
    assert pc_snapshot(pc1, cid) == server == pc_snapshot(pc2, cid)
    assert list(server["attendance"]) == [mine]
    row = server["attendance"][mine]
    assert (row["status"], row["note"]) == ("late", "ده دقیقه دیر")  # the last arrival wins
    _no_refusals(pc1, pc2)
    for pc in (pc1, pc2):
        with pc.session() as s:
            listed = {(c.kind, c.table, c.row_id, c.field, c.losing, c.winning)
                      for c in sync_status.conflicts(s)}
        assert listed == {("field", "attendance", mine, "status", "present", "late"),
                          ("field", "attendance", mine, "note", "به موقع", None)}
    # keep mine still works on the merged row
    with pc1.session(actor="مریم") as s:
        (status,) = [c for c in sync_status.conflicts(s) if c.field == "status"]
        sync_status.keep_mine(s, status.id)
    _sync_twice(pc1, pc2)
    assert server_snapshot(live_server, cid)["attendance"][mine]["status"] == "present"
    assert pc_snapshot(pc2, cid) == server_snapshot(live_server, cid)


def test_the_same_committee_seat_on_two_pcs_is_one_row(live_server, council):
    pc1, pc2, ids = council
    cid = ids["council"]
    seat = add(pc1, CommitteeMembership(council_id=cid, committee_id=ids["committee"],
                                        member_id=ids["zahra"], is_head=True))
    twin = add(pc2, CommitteeMembership(council_id=cid, committee_id=ids["committee"],
                                        member_id=ids["zahra"], is_head=False))
    same = add(pc2, CommitteeMembership(council_id=cid, committee_id=ids["committee"],
                                        member_id=ids["ali"], is_head=False))
    _sync_twice(pc1, pc2)
    server = server_snapshot(live_server, cid)
    assert pc_snapshot(pc1, cid) == server == pc_snapshot(pc2, cid)
    seats = server["committee_memberships"]
    assert set(seats) == {seat, same} and twin not in seats
    assert seats[seat]["is_head"] is False
    _no_refusals(pc1, pc2)
    for pc in (pc1, pc2):
        with pc.session() as s:
            listed = {(c.table, c.row_id, c.field, c.losing, c.winning)
                      for c in sync_status.conflicts(s)}
        assert listed == {("committee_memberships", seat, "is_head", True, False)}


def test_a_seat_deleted_on_one_pc_and_entered_on_the_other_stays_restorable(live_server,
                                                                         council):
    pc1, pc2, ids = council
    cid = ids["council"]
    seat = add(pc1, CommitteeMembership(council_id=cid, committee_id=ids["committee"],
                                        member_id=ids["ali"]))
    sync(pc1)
    with pc1.session(actor="مریم") as s:
        s.get(CommitteeMembership, seat).deleted_at = utcnow()
    add(pc2, CommitteeMembership(council_id=cid, committee_id=ids["committee"],
                                 member_id=ids["ali"]))  # PC 2 had not pulled the seat yet
    _sync_twice(pc1, pc2)
    server = server_snapshot(live_server, cid)
    assert pc_snapshot(pc1, cid) == server == pc_snapshot(pc2, cid)
    assert list(server["committee_memberships"]) == [seat]
    assert server["committee_memberships"][seat]["deleted_at"] is not None
    with pc2.session(actor="رضا") as s:
        (conflict,) = sync_status.conflicts(s)
        assert (conflict.kind, conflict.field, conflict.losing) == ("deleted", "deleted_at", None)
        sync_status.keep_mine(s, conflict.id)
    _sync_twice(pc1, pc2)
    assert server_snapshot(live_server, cid)["committee_memberships"][seat]["deleted_at"] is None
    assert council_id_of(pc2) == cid


def test_a_page_that_clashes_only_in_its_own_order_is_stored_whole(tmp_path):
    """PC B's meeting 12 became 13 on the server; the page brings A's 12 before B's 13."""
    from app.ids import new_id
    from app.models import OutboxEntry, SyncRejection
    from app.sync.apply import apply_rows, apply_session
    from app.sync.protocol import RowState

    db = council_database(tmp_path / "pc.db")
    cid = council_id_of(db)
    with db.session(actor="رضا") as s:
        mine = create_meeting(s, cid, MeetingInput(date=date(2025, 3, 1))).id
    with db.session() as s:  # as after the push: the insert was acknowledged
        s.execute(delete(OutboxEntry))
    with db.session() as s:
        data = wire.row_to_wire(s.execute(select(Meeting.__table__).where(
            Meeting.id == mine)).mappings().one())
    theirs = new_id()
    page = [RowState(table="meetings", row_id=theirs, data={**data, "id": theirs},
                     server_seq=5, deleted=False),
            RowState(table="meetings", row_id=mine, data={**data, "number": data["number"] + 1},
                     server_seq=6, deleted=False)]
    with apply_session(db) as s:
        assert apply_rows(s, page) == 2
    with db.session() as s:
        assert s.get(Meeting, mine).number == data["number"] + 1
        assert s.get(Meeting, theirs).number == data["number"]
        assert s.scalars(select(SyncRejection)).all() == []
    # a row that still cannot be stored is set aside, and leaves the list once stored
    stray = new_id()
    clash = [RowState(table="meetings", row_id=stray, data={**data, "id": stray},
                      server_seq=7, deleted=False)]
    with apply_session(db) as s:
        apply_rows(s, clash)
    with db.session() as s:
        assert len(sync_status.rejections(s)) == 1
    moved = [RowState(table="meetings", row_id=stray,
                      data={**data, "id": stray, "number": data["number"] + 5},
                      server_seq=8, deleted=False)]
    with apply_session(db) as s:
        apply_rows(s, moved)
    with db.session() as s:
        assert sync_status.rejections(s) == []
    db.close()


def test_minutes_sealed_offline_still_verify_after_the_server_renumbers_them(live_server,
                                                                             council):
    """The signed paper and the seal carry the number the minutes were sealed with."""
    from app.services import sealing

    pc1, pc2, ids = council
    cid = ids["council"]
    _meeting(pc1, cid, [ids["ali"], ids["zahra"]], "مریم", "یک")
    second = _meeting(pc2, cid, [ids["ali"], ids["zahra"]], "رضا", "دو")
    with pc2.session(actor="رضا") as s:
        code = sealing.finalise_meeting(s, second)
        number = s.get(Meeting, second).number

    _sync_twice(pc1, pc2)

    for pc in (pc1, pc2):
        with pc.session() as s:
            meeting = s.get(Meeting, second)
            assert meeting.number == number + 1
            assert sealing.verification_code(meeting) == code
            assert sealing.verify_minutes(s, second)
            assert sealing.check_verification_code(s, second, code)
            printed = minutes_document(s, second)
            assert printed.intact and printed.sealed_as == number
            assert printed.meeting.number == number + 1
            # an edit that bypassed the services is still caught under either number
            meeting.summary = "دست‌کاری شده"
            s.flush()
            assert not sealing.verify_minutes(s, second)
            s.rollback()
