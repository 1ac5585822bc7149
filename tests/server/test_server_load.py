"""Many councils at once: every push answered 200, every op applied exactly once, no stall.

100 councils (more than the server's pooled connections and its 40 worker threads can hold at
once) each push a batch of 5 new committees at the same instant, then pull their stream and
verify, and finally replay their batch; on SQLite and on PostgreSQL, over real HTTP on loopback.
Before the admission gate of `server.deps.get_session`, requests holding a pooled connection
waited for a worker thread while every thread waited for a connection: such a run stalled until
the pool's timeout and answered 500s. No timing is asserted; only outcomes and what landed.
"""
from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import func, select

from app.ids import new_id
from app.models import Committee
from server.models import ChangeLog, PushReceiptRow
from sync_harness import RawDevice, raw_op

COUNCILS = 100
OPS = 5


def _committees(council_id: str, tag: str) -> list[dict]:
    ops = []
    for k in range(OPS):
        row_id = new_id()
        ops.append(raw_op("committees", row_id, "insert", {
            "id": row_id, "council_id": council_id, "name": f"کمیته {tag} {k}",
            "area": "other", "description": None, "created_at": "2025-01-01T08:00:00+00:00",
            "deleted_at": None}))
    return ops


def test_many_councils_push_at_once_and_every_op_lands_once(live_server):
    devices = []
    for i in range(COUNCILS):
        _, code = live_server.add_council(f"محله بار {new_id()[-6:]} {i}")
        devices.append(RawDevice(live_server, code))
    batches = [dev.batch(_committees(dev.council_id, str(i))) for i, dev in enumerate(devices)]
    start = threading.Barrier(COUNCILS)

    def sync(i: int) -> tuple[int, dict, int, int, set]:
        dev = devices[i]
        start.wait()
        pushed = dev.http.post("/v1/sync/push", json=batches[i])
        pulled = dev.pull()
        verified = dev.http.get("/v1/sync/verify")
        return (pushed.status_code, pushed.json(), pulled.status_code,
                verified.status_code, {r["row_id"] for r in pulled.json().get("rows", [])})

    try:
        with ThreadPoolExecutor(COUNCILS) as pool:
            answers = list(pool.map(sync, range(COUNCILS)))
        for i, (status, receipt, pull_status, verify_status, rows) in enumerate(answers):
            assert (status, pull_status, verify_status) == (200, 200, 200), receipt
            assert [r["outcome"] for r in receipt["results"]] == ["applied"] * OPS
            assert {op["row_id"] for op in batches[i]["ops"]} <= rows
        # a replay of every batch, again all at once: the stored receipt, nothing applied twice
        with ThreadPoolExecutor(COUNCILS) as pool:
            replays = list(pool.map(lambda i: devices[i].http.post(
                "/v1/sync/push", json=batches[i]), range(COUNCILS)))
        for (_, receipt, *_), again in zip(answers, replays):
            assert again.status_code == 200 and again.json() == receipt
    finally:
        for dev in devices:
            dev.close()

    ids = [dev.council_id for dev in devices]
    with live_server.store.session() as s:
        per_council = dict(s.execute(select(Committee.council_id, func.count()).where(
            Committee.council_id.in_(ids), Committee.name.like("کمیته %")).group_by(
            Committee.council_id)).all())
        receipts = s.scalar(select(func.count()).select_from(PushReceiptRow).where(
            PushReceiptRow.batch_id.in_([b["batch_id"] for b in batches])))
        logged = s.scalar(select(func.count()).select_from(ChangeLog).where(
            ChangeLog.row_id.in_([op["row_id"] for b in batches for op in b["ops"]])))
    assert per_council == {cid: OPS for cid in ids}
    assert receipts == COUNCILS
    assert logged == COUNCILS * OPS
