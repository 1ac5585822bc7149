"""Purging old tombstones: a PC offline across a purge syncs in full and nothing comes back.

Real server (SQLite and PostgreSQL) and real client files. PC A and PC B sync; B goes offline,
adds a member and edits one that A then deletes; A deletes two members and an issue a demand
still refers to, and syncs; `dabir-server purge-tombstones --older-than 0` removes the two
members (the issue is kept, still referenced) and moves the stream's purge horizon. B's next
sync gets "resync_purged": its copies of the purged rows are deleted locally, its new member
reaches the server, and its edit of a purged member is in its rejected list. A, which holds the
tombstones the server purged, drops them at its next verification; everyone converges.
"""
from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import Agency, Demand, Issue, Member, SyncRejection, SyncState
from app.models.base import utcnow
from app.services.database import open_database
from app.sync.client import ResyncNeeded, ServerClient
from app.sync.engine import sync
from app.sync.enroll import enroll
from server.models import ChangeLog, SyncStream
from sync_harness import (BACKENDS, LiveServer, add, backend_database, council_database,
                          council_id_of, edit, pc_snapshot, server_snapshot)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(params=BACKENDS)
def server(request, tmp_path):
    live = LiveServer(backend_database(request.param, tmp_path)).start()
    yield live
    live.stop()


def _member(cid: str, first: str, national_id: str) -> Member:
    return Member(council_id=cid, first_name=first, last_name="رضایی", national_id=national_id,
                  gender="male", residence_proof="قبض")


def purge_cli(url: str, *args: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "server.cli", "purge-tombstones", *args,
                           "--database-url", url], cwd=ROOT, env=env, capture_output=True,
                          text=True, encoding="utf-8", timeout=300)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    return done.stdout.strip()


def test_a_pc_offline_across_a_purge_drops_the_purged_rows_and_loses_nothing(server, tmp_path):
    _, code = server.add_council()
    pc_a = council_database(tmp_path / "a.db")
    enroll(pc_a, server.url, code, device_name="A")
    cid = council_id_of(pc_a)
    gone1 = add(pc_a, _member(cid, "یک", "0012345679"))
    gone2 = add(pc_a, _member(cid, "دو", "0023456781"))
    stays = add(pc_a, _member(cid, "سه", "0034567892"))
    with pc_a.session() as s:
        agency = s.scalar(select(Agency.id).where(Agency.name == "شرکت آب و فاضلاب"))
    issue = add(pc_a, Issue(council_id=cid, title="آب گرفتگی", reported_on=date(2025, 1, 5)))
    add(pc_a, Demand(council_id=cid, agency_id=agency, issue_id=issue, subject="لوله کشی",
                     status="sent"))
    sync(pc_a)
    pc_b = open_database(tmp_path / "b.db")
    enroll(pc_b, server.url, server.code(cid), device_name="B")
    sync(pc_b)

    # B offline: a new member, an edit of a member A is about to delete
    newcomer = add(pc_b, _member(cid, "چهار", "0045678903"))
    edit(pc_b, Member, gone2, mobile="09120000002")
    # A deletes two members and an issue a live demand still refers to
    for row_id in (gone1, gone2):
        edit(pc_a, Member, row_id, deleted_at=utcnow())
    edit(pc_a, Issue, issue, deleted_at=utcnow())
    sync(pc_a)
    stream = f"council:{cid}"
    with server.store.session() as s:
        last = s.get(SyncStream, stream).last_seq

    line = purge_cli(server.store.url, "--older-than", "0")
    assert line.startswith("purged 2 deleted records") and "kept 1 still referenced" in line
    with server.store.session() as s:
        state = s.get(SyncStream, stream)
        assert 0 < state.purged_seq <= last
        assert s.get(Member, gone1) is None and s.get(Member, gone2) is None
        assert s.get(Issue, issue).deleted_at is not None  # referenced: kept
        assert not s.scalars(select(ChangeLog.id).where(
            ChangeLog.row_id.in_([gone1, gone2]))).all()
    with pc_b.session() as s:
        state = s.get(SyncState, 1)
        b_cursor, token = state.cursors, state.token
    with ServerClient(server.url, token) as client:  # the answer B is about to get
        with pytest.raises(ResyncNeeded) as need:
            client.pull(stream, b_cursor[stream])
        assert need.value.reason == "purged" and need.value.code == "resync_purged"

    report = sync(pc_b)
    assert report.dropped >= 2 and report.rejected == 1 and not report.epoch_reset
    with pc_b.session() as s:
        for row_id in (gone1, gone2):  # not back from the dead
            row = s.get(Member, row_id)
            assert row is None or row.deleted_at is not None
        assert s.get(Member, stays).deleted_at is None
        (rejected,) = s.scalars(select(SyncRejection).where(SyncRejection.direction == "push"))
        assert rejected.row_id == gone2 and rejected.changes == {"mobile": "09120000002"}
    with server.store.session() as s:
        assert s.get(Member, newcomer).first_name == "چهار"
        assert s.get(Member, gone1) is None and s.get(Member, gone2) is None

    assert sync(pc_a).verified  # A drops the tombstones the server purged
    assert sync(pc_b).verified
    served = server_snapshot(server, cid)
    assert pc_snapshot(pc_a, cid) == served == pc_snapshot(pc_b, cid)
    assert gone1 not in served["members"] and gone2 not in served["members"]
    assert newcomer in served["members"]
    pc_a.close()
    pc_b.close()


def test_purge_keeps_young_tombstones_by_default(server, tmp_path):
    _, code = server.add_council()
    pc = council_database(tmp_path / "pc.db")
    enroll(pc, server.url, code)
    cid = council_id_of(pc)
    row_id = add(pc, _member(cid, "یک", "0012345679"))
    sync(pc)
    edit(pc, Member, row_id, deleted_at=utcnow())
    sync(pc)
    line = purge_cli(server.store.url)
    assert line.startswith("purged 0 deleted records older than 180 days")
    with server.store.session() as s:
        assert s.get(Member, row_id).deleted_at is not None
        assert s.get(SyncStream, f"council:{cid}").purged_seq == 0
    assert sync(pc).verified
    pc.close()


def test_a_pc_whose_clock_is_years_behind_cannot_age_its_tombstones(server, tmp_path):
    """The PC stamps deleted_at with its own clock; the purge ages tombstones by the server's."""
    from datetime import timedelta

    _, code = server.add_council()
    pc = council_database(tmp_path / "pc.db")
    enroll(pc, server.url, code)
    cid = council_id_of(pc)
    row_id = add(pc, _member(cid, "یک", "0012345679"))
    sync(pc)
    pc.clock_offset = timedelta(days=-5 * 365)  # the BIOS clock fell back after a power cut
    edit(pc, Member, row_id, deleted_at=utcnow() - timedelta(days=5 * 365))
    sync(pc)
    with server.store.session() as s:
        assert s.get(Member, row_id).deleted_at.year < utcnow().year - 3
    line = purge_cli(server.store.url)
    assert line.startswith("purged 0 deleted records older than 180 days")
    with server.store.session() as s:
        assert s.get(Member, row_id) is not None
    pc.close()
