"""Restoring an older server backup loses nothing: the real thing, on SQLite and PostgreSQL.

PC A (set up offline, claims the council) and PC B sync; `dabir-server backup` runs while the
server serves; both PCs then insert, edit and delete and sync, and the province answers a
demand; the server is stopped, the backup restored and the server started again. Restored with
`dabir-server restore` the database has a new epoch; restored by a plain copy (the old epoch)
the PCs' cursors are ahead of the server's stream and the "resync_restored" answer does the
same job. Either way, after two rounds each, the server and both PCs hold exactly the state
they had before the restore: every edit made after the backup, once, nothing lost.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from app.models import Agency, Committee, Demand, Issue, Member, SyncState
from app.models.base import utcnow
from app.services.database import open_database
from app.sync.engine import sync
from app.sync.enroll import enroll
from server.db import normalise_url
from sync_harness import (BACKENDS, LiveServer, add, backend_database, council_database,
                          council_id_of, edit, pc_snapshot, server_snapshot)

ROOT = Path(__file__).resolve().parents[2]


def server_cli(*args: str, url: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "server.cli", *args, "--database-url", url],
                          cwd=ROOT, env=env, capture_output=True, text=True, encoding="utf-8",
                          timeout=300)
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 0, done.stderr
    return done


def point_to(db, url: str) -> None:
    """The restarted server listens on another loopback port."""
    with db.session(actor="sync", sync_apply=True) as s:
        s.get(SyncState, 1).server_url = url


def plain_copy(url: str, backup_file: Path) -> None:
    """Restore 'by other means': the old epoch comes back with the data."""
    parsed = make_url(normalise_url(url))
    if parsed.get_backend_name() == "sqlite":
        shutil.copyfile(backup_file, parsed.database)
        return
    from server.backup import _pg_target, pg_tool

    conninfo, env = _pg_target(url)
    subprocess.run([pg_tool("pg_restore"), "--clean", "--if-exists", "--single-transaction",
                    "--no-owner", "--exit-on-error", f"--dbname={conninfo}", str(backup_file)],
                   check=True, capture_output=True, env=env, timeout=300)


@pytest.fixture(params=BACKENDS)
def server_url(request, tmp_path) -> str:
    return backend_database(request.param, tmp_path)


@pytest.mark.parametrize("how", ["restore", "plain-copy"])
def test_restoring_an_older_backup_loses_nothing(server_url, tmp_path, how):
    server = LiveServer(server_url).start()
    try:
        _, code = server.add_council()
        pc_a = council_database(tmp_path / "a.db")
        assert enroll(pc_a, server.url, code, device_name="A").claimed
        cid = council_id_of(pc_a)
        with pc_a.session() as s:
            agency = s.scalar(select(Agency.id).where(Agency.name == "شرکت آب و فاضلاب"))
            committee = s.scalar(select(Committee.id).limit(1))
        member = add(pc_a, Member(council_id=cid, first_name="علی", last_name="رضایی",
                                  national_id="0012345679", gender="male",
                                  residence_proof="قبض"))
        issue = add(pc_a, Issue(council_id=cid, title="آب گرفتگی", reported_on=date(2025, 1, 5)))
        demand = add(pc_a, Demand(council_id=cid, agency_id=agency, issue_id=issue,
                                  subject="لوله کشی", status="sent"))
        assert sync(pc_a).rejected == 0
        pc_b = open_database(tmp_path / "b.db")
        enroll(pc_b, server.url, server.code(cid), device_name="B")
        sync(pc_b)
        before = server_snapshot(server, cid)

        backup_file = tmp_path / "server.backup"
        server_cli("backup", str(backup_file), url=server_url)  # online, server running

        # after the backup: both PCs insert, edit and delete; the province answers
        edit(pc_a, Member, member, mobile="09120000001")
        new_issue = add(pc_a, Issue(council_id=cid, title="چاله خیابان",
                                    reported_on=date(2025, 3, 1)))
        edit(pc_a, Committee, committee, deleted_at=utcnow())
        edit(pc_b, Issue, issue, description="پس از هر باران")
        new_member = add(pc_b, Member(council_id=cid, first_name="زهرا", last_name="احمدی",
                                      national_id="0023456781", gender="female",
                                      residence_proof="اجاره نامه"))
        edit(pc_b, Member, member, notes="عضو فعال")
        assert sync(pc_a).rejected == 0
        from server import staff

        with server.store.session(actor="admin") as s:
            staff.answer_demand(s, demand, "در دست اقدام است", "2025-02-01")
        assert sync(pc_b).rejected == 0
        sync(pc_a)
        saved = server_snapshot(server, cid)
        assert pc_snapshot(pc_a, cid) == saved == pc_snapshot(pc_b, cid)
        assert saved != before
        old_epoch = server.store.epoch()
    finally:
        server.stop()

    if how == "restore":
        line = server_cli("restore", str(backup_file), url=server_url).stdout
        assert "new epoch" in line
    else:
        plain_copy(server_url, backup_file)

    server = LiveServer(server_url).start()
    try:
        assert server_snapshot(server, cid) == before  # the server really went back
        assert (server.store.epoch() != old_epoch) == (how == "restore")
        for pc in (pc_a, pc_b):
            point_to(pc, server.url)
        first_a, first_b = sync(pc_a), sync(pc_b)
        assert first_a.epoch_reset and first_b.epoch_reset
        assert first_a.rejected == first_b.rejected == 0
        sync(pc_a)
        last = sync(pc_b)
        assert last.verified and not last.epoch_reset

        after = server_snapshot(server, cid)
        assert pc_snapshot(pc_a, cid) == after == pc_snapshot(pc_b, cid) == saved
        assert after["members"][member]["mobile"] == "09120000001"
        assert after["members"][member]["notes"] == "عضو فعال"
        assert after["members"][new_member]["first_name"] == "زهرا"
        assert after["issues"][new_issue]["title"] == "چاله خیابان"
        assert after["issues"][issue]["description"] == "پس از هر باران"
        assert after["committees"][committee]["deleted_at"] is not None
        assert after["demands"][demand]["answer_text"] == "در دست اقدام است"
        with server.store.session() as s:  # once each, no duplicates
            assert len(s.scalars(select(Issue.id).where(Issue.council_id == cid)).all()) == 2
            assert len(s.scalars(select(Member.id).where(Member.council_id == cid)).all()) == 2
    finally:
        server.stop()
        pc_a.close()
        pc_b.close()
