"""The small demo council, built by the app's own services, syncs whole and stays sound.

Every record type, finalised (sealed) minutes, answered and closed demands: after the first
sync, a second, empty PC of the council gets exactly the server's rows, and both PCs pass the
integrity check, sealed minutes included (their hash covers agency ids, which is why the
standard agencies carry the same ids everywhere). The only ops the server refuses are the
answers the demo records on the PC, which the province owns (docs/sync-design.md).
"""
from __future__ import annotations

from datetime import date

from app.services import demo, integrity, sync_status
from app.services.database import open_database
from app.sync.engine import sync
from app.sync.enroll import enroll
from sync_harness import pc_snapshot, server_snapshot


def test_the_demo_council_syncs_whole_and_its_seals_hold(live_server, tmp_path):
    _, code = live_server.add_council("محله نمونه")
    pc1 = open_database(tmp_path / "pc1.db")
    demo.build_demo(pc1, size="small", seed=3, today=date(2026, 11, 20))
    done = enroll(pc1, live_server.url, code)
    assert done.claimed
    first = sync(pc1)
    assert first.verified and first.pushed > 1000
    with pc1.session() as s:
        refused = sync_status.rejections(s)
    assert {(r.table, "province" in r.reason) for r in refused} <= {("demands", True)}
    pc2 = open_database(tmp_path / "pc2.db")
    enroll(pc2, live_server.url, live_server.code(done.council_id))
    second = sync(pc2)
    assert second.verified and second.pushed == 0
    server = server_snapshot(live_server, done.council_id)
    assert pc_snapshot(pc1, done.council_id) == server == pc_snapshot(pc2, done.council_id)
    assert sum(len(rows) for rows in server.values()) > 1000
    for pc in (pc1, pc2):
        report = integrity.check(pc)
        assert report.ok and not report.skipped, [str(f) for f in report]
    pc1.close()
    pc2.close()
