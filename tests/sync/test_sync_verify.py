"""Windowed verification: a sync after the first checks only the rows changed since the last full
verify (plus row counts), and still catches what it must.

A row lost, changed or left with a stale seq inside the window is caught and repaired by the
scoped re-pull; a corruption outside the window waits for the daily full verify, which catches
it; an edit the server did not take (a row deleted there meanwhile) makes the next verify a
full one, since no pull would bring that row back; refused inserts stay out of the comparison;
a window the server cannot serve is answered in full; an old PC (no `since`) gets the answer it
always got. Real server (SQLite and PostgreSQL), real client files, corruption made directly in
the PC's SQLite file.
"""
from __future__ import annotations

import sqlite3
from datetime import date, timedelta

from app.models import Directive, Member, SyncState
from app.models.base import utcnow
from app.sync import verification
from app.sync.client import ServerClient
from app.sync.engine import sync
from sync_harness import RawDevice, add, edit, pc_snapshot, raw_op, server_snapshot


def _state(db) -> SyncState:
    with db.session() as s:
        return s.get(SyncState, 1)


def _member(cid: str, national_id: str) -> Member:
    return Member(council_id=cid, first_name="زهرا", last_name="احمدی", national_id=national_id,
                  gender="female", residence_proof="اجاره‌نامه")


def _raw(db, sql: str, *params) -> None:
    """Change the PC's file behind the application's back (no outbox, no hooks)."""
    with sqlite3.connect(db.path) as conn:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute(sql, params)


def _seq(db, member_id: str) -> int:
    with sqlite3.connect(db.path) as conn:
        return conn.execute("SELECT server_seq FROM members WHERE id = ?",
                            (member_id,)).fetchone()[0]


def _synced_council(live_server, pc) -> tuple[str, int, list[str]]:
    """A council with a few members, verified in full once; (council id, S, member ids)."""
    cid = _state(pc).council_id
    ids = [add(pc, _member(cid, nid)) for nid in ("0012345679", "0023456781", "0034567891")]
    report = sync(pc)
    assert report.verified and report.verified_since == 0
    marker = verification.marker(_state(pc))
    assert marker is not None and marker.seq == _state(pc).cursors[f"council:{cid}"]
    return cid, marker.seq, ids


def test_after_a_full_verify_a_sync_verifies_only_the_window(live_server, pc):
    cid, since, ids = _synced_council(live_server, pc)
    edit(pc, Member, ids[0], notes="یادداشت")
    report = sync(pc)
    assert report.verified and report.verified_since == since
    assert _seq(pc, ids[0]) > since  # stamped from the receipt: inside the window on both sides
    assert pc_snapshot(pc, cid) == server_snapshot(live_server, cid)


def test_a_row_changed_in_the_window_then_corrupted_here_is_caught_and_repaired(live_server, pc):
    cid, since, ids = _synced_council(live_server, pc)
    edit(pc, Member, ids[0], notes="درست")
    sync(pc)
    _raw(pc, "UPDATE members SET notes = 'خراب' WHERE id = ?", ids[0])
    report = sync(pc)
    # the window mismatched, members were re-pulled, and the verify after it ran in full
    assert report.verified and report.verified_since == 0 and report.pulled >= 1
    assert pc_snapshot(pc, cid)["members"][ids[0]]["notes"] == "درست"
    assert pc_snapshot(pc, cid) == server_snapshot(live_server, cid)
    assert verification.window_since(_state(pc)) > since  # a new full verify: a new start


def test_a_row_of_the_window_lost_here_is_caught_and_repaired(live_server, pc):
    cid, since, ids = _synced_council(live_server, pc)
    edit(pc, Member, ids[1], notes="تازه")
    sync(pc)
    _raw(pc, "DELETE FROM members WHERE id = ?", ids[1])
    _raw(pc, "DELETE FROM search_index WHERE row_id = ?", ids[1])
    report = sync(pc)
    assert report.verified and report.verified_since == 0
    assert pc_snapshot(pc, cid)["members"][ids[1]]["notes"] == "تازه"


def test_a_row_whose_seq_here_is_stale_is_caught_by_the_window(live_server, pc):
    cid, since, ids = _synced_council(live_server, pc)
    edit(pc, Member, ids[2], notes="نسخه تازه")
    sync(pc)
    seq = _seq(pc, ids[2])
    # this PC "missed" the newer version: same content, an older seq outside the window
    _raw(pc, "UPDATE members SET server_seq = ? WHERE id = ?", since, ids[2])
    report = sync(pc)
    assert report.verified and report.verified_since == 0
    assert _seq(pc, ids[2]) == seq


def test_a_corruption_outside_the_window_waits_for_the_daily_full_verify(live_server, pc):
    cid, since, ids = _synced_council(live_server, pc)
    assert _seq(pc, ids[0]) <= since
    _raw(pc, "UPDATE members SET notes = 'خراب' WHERE id = ?", ids[0])
    report = sync(pc)
    assert report.verified and report.verified_since == since  # the window cannot see it
    assert pc_snapshot(pc, cid)["members"][ids[0]]["notes"] == "خراب"
    with pc.session(actor="sync") as s:  # the last full verify was two days ago
        state = s.get(SyncState, 1)
        verification.record_full(state, since, utcnow() - timedelta(days=2))
    report = sync(pc)
    assert report.verified and report.verified_since == 0
    assert pc_snapshot(pc, cid)["members"][ids[0]]["notes"] is None
    assert pc_snapshot(pc, cid) == server_snapshot(live_server, cid)


def test_a_row_lost_outside_the_window_shows_in_the_row_counts(live_server, pc):
    cid, since, ids = _synced_council(live_server, pc)
    _raw(pc, "DELETE FROM members WHERE id = ?", ids[0])
    _raw(pc, "DELETE FROM search_index WHERE row_id = ?", ids[0])
    report = sync(pc)
    assert report.verified and report.verified_since == 0  # re-pulled, then verified in full
    assert ids[0] in pc_snapshot(pc, cid)["members"]


def test_an_edit_to_a_row_deleted_on_the_server_makes_the_next_verify_full(live_server, pc):
    cid, since, ids = _synced_council(live_server, pc)
    other = RawDevice(live_server, live_server.code(cid))
    try:
        (result,) = other.pushed([raw_op("members", ids[0], "delete",
                                         {"deleted_at": "2025-06-01T08:00:00+00:00"},
                                         {"deleted_at": None})])
        assert result["outcome"] == "applied"
    finally:
        other.close()
    edit(pc, Member, ids[0], notes="ویرایش پس از حذف")  # before this PC hears of the deletion
    report = sync(pc)
    assert report.conflicts == 1
    # the row stays deleted on the server: no pull brings it, only a full verify can see it
    assert report.verified and report.verified_since == 0
    assert pc_snapshot(pc, cid)["members"][ids[0]]["deleted_at"] is not None
    assert pc_snapshot(pc, cid) == server_snapshot(live_server, cid)


def test_a_refused_insert_stays_out_of_both_verifications(live_server, pc):
    cid, since, ids = _synced_council(live_server, pc)
    add(pc, Directive(council_id=cid, title="بخشنامه", text="متن", issued_on=date(2025, 1, 1)))
    report = sync(pc)  # refused: the full verify it forces leaves the row out
    assert report.rejected == 1 and report.verified and report.verified_since == 0
    edit(pc, Member, ids[0], notes="بعد")
    report = sync(pc)  # windowed: the refused row counts neither in the window nor the totals
    assert report.verified and report.verified_since > 0


def test_a_window_the_server_cannot_have_is_answered_in_full(live_server, pc):
    _synced_council(live_server, pc)
    state = _state(pc)
    with ServerClient(state.server_url, state.token) as client:
        full = client.verify()
        beyond = client.verify(10 ** 12)
        window = client.verify(state.cursors[f"council:{state.council_id}"])
    assert beyond.since == 0 and beyond.tables == full.tables
    assert window.since > 0 and all(d.count == 0 for d in window.tables.values())
    assert window.totals == {t: d.count for t, d in full.tables.items()}


def test_an_old_pc_gets_the_answer_it_always_got(live_server, pc):
    _synced_council(live_server, pc)
    state = _state(pc)
    with ServerClient(state.server_url, state.token) as client:
        answer = client.request("GET", "/v1/sync/verify")
    assert set(answer) == {"council_id", "epoch", "tables"}
