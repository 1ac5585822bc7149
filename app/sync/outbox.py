"""The local outbox as push batches, and what a receipt does to it.

`next_batch` returns the batch in flight if there is one (an interrupted push is re-sent as is,
same batch id), or takes the oldest outbox entries (up to the op and byte caps of the protocol)
plus the conflict resolutions not yet reported, and records the batch in `sync_state` — the
caller commits that BEFORE sending, so a crash after sending can only lead to the same batch
being sent again. Entries are never coalesced: each keeps the base it was made on.
`apply_receipt`, in one transaction, deletes the acknowledged entries, stamps the rows with the
server's seq, moves rejected ops to `sync_rejections` (with the server's reason, for the
secretary) and clears the batch in flight. An insert the server merged into an existing row
(`merged_into`: the same fact entered on another PC) drops the local duplicate and re-targets its
pending entries to the server's row. A refused op, or one on a row the batch did not write
(e.g. an edit to a row deleted on the server), makes the next verification a full one: no pull
will bring that row back, so only a full comparison can catch it (`app.sync.verification`).
A hard delete ("purge") cannot be synced; such an
entry is moved to the rejections at once rather than blocking the outbox.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from app.ids import new_id
from app.models import OutboxEntry, SyncConflict, SyncRejection, SyncState
from app.models.base import utcnow
from app.services import wire
from app.sync import verification
from app.sync.protocol import MAX_BATCH_BYTES, MAX_OPS_PER_BATCH, PushReceipt


@dataclass
class ReceiptCounts:
    acknowledged: int = 0
    rejected: int = 0


def pending_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(OutboxEntry)) or 0


def _op(entry: OutboxEntry) -> dict:
    return {"op_id": entry.op_id, "table": entry.table_name, "row_id": entry.row_id,
            "action": entry.action, "changes": entry.changes, "base": entry.base,
            "actor": entry.actor, "at": entry.at.isoformat() if entry.at else None}


def _reject_locally(session: Session, entry: OutboxEntry, reason: str) -> None:
    session.add(SyncRejection(direction="push", op_id=entry.op_id, table_name=entry.table_name,
                              row_id=entry.row_id, action=entry.action, changes=entry.changes,
                              base=entry.base, actor=entry.actor, reason=reason))
    session.delete(entry)


def next_batch(session: Session, state: SyncState, *, max_ops: int = MAX_OPS_PER_BATCH,
               max_bytes: int = MAX_BATCH_BYTES) -> dict | None:
    """The batch to send now (recorded as in flight), or None when nothing is pending.

    A batch still in flight is sent again as it was, with the clock read now: the server keys
    replays by batch id, and the skew it logs is then this PC's clock, not the age of the batch.
    """
    if state.pending_batch is not None:
        return {**state.pending_batch, "device_clock": utcnow().isoformat()}
    ops: list[dict] = []
    size = 0
    for entry in session.scalars(select(OutboxEntry).order_by(OutboxEntry.id).limit(max_ops)):
        if entry.action not in ("insert", "update", "delete") or entry.table_name not in wire.TABLES:
            _reject_locally(session, entry, "a record removed outright cannot be synced")
            continue
        op = _op(entry)
        cost = len(json.dumps(op, ensure_ascii=False).encode("utf-8"))
        if ops and size + cost > max_bytes:
            break
        ops.append(op)
        size += cost
    resolutions = [{"conflict_id": c.id, "resolution": c.resolution} for c in session.scalars(
        select(SyncConflict).where(SyncConflict.resolved.is_(True),
                                   SyncConflict.reported.is_(False)).limit(max_ops))]
    if not ops and not resolutions:
        session.flush()
        return None
    batch = {"batch_id": new_id(), "device_clock": utcnow().isoformat(), "ops": ops,
             "resolutions": resolutions}
    state.pending_batch_id = batch["batch_id"]
    state.pending_batch = batch
    session.flush()
    return batch


def _drop_duplicate(session: Session, model, row_id: str, twin_id: str) -> None:
    """The server merged this PC's row into its twin (the same fact entered on two PCs).

    The local duplicate is removed outright, without an outbox entry (it is a leaf row and the
    server never kept it), and edits still waiting for it are aimed at the twin; the pull that
    follows brings the twin's merged state.
    """
    table = model.__table__
    session.execute(delete(table).where(table.c.id == row_id))
    for entry in session.scalars(select(OutboxEntry).where(OutboxEntry.row_id == row_id)):
        entry.row_id = twin_id
        if entry.changes and "id" in entry.changes:
            entry.changes = {**entry.changes, "id": twin_id}


def apply_receipt(session: Session, state: SyncState, receipt: PushReceipt) -> ReceiptCounts:
    """Settle the batch in flight from its receipt (one transaction with the caller)."""
    batch = state.pending_batch or {}
    if receipt.batch_id != state.pending_batch_id:
        raise ValueError("the receipt is for another batch")
    ops = {op["op_id"]: op for op in batch.get("ops", [])}
    counts = ReceiptCounts()
    known_rejections = set(session.scalars(select(SyncRejection.op_id).where(
        SyncRejection.op_id.in_(list(ops)))))
    unsettled = False  # a row whose content the server may not have taken: verify in full
    for result in receipt.results:
        op = ops.get(result.op_id)
        if op is None:
            continue
        unsettled = unsettled or result.outcome == "rejected" or bool(result.merged_into) or \
            result.server_seq is None or result.server_seq != receipt.server_seq
        if result.outcome == "rejected":
            counts.rejected += 1
            if result.op_id not in known_rejections:
                session.add(SyncRejection(
                    direction="push", op_id=op["op_id"], batch_id=receipt.batch_id,
                    table_name=op["table"], row_id=op["row_id"], action=op["action"],
                    changes=op["changes"], base=op["base"], actor=op.get("actor"),
                    reason=result.reason or "refused by the server"))
            continue
        counts.acknowledged += 1
        model = wire.TABLES.get(op["table"])
        if result.merged_into and result.merged_into != op["row_id"] and model is not None:
            _drop_duplicate(session, model, op["row_id"], result.merged_into)
            continue
        if model is not None and result.server_seq is not None:
            table = model.__table__
            session.execute(update(table).where(
                table.c.id == op["row_id"],
                (table.c.server_seq.is_(None)) | (table.c.server_seq < result.server_seq))
                .values(server_seq=result.server_seq))
    ids = list(ops)
    for i in range(0, len(ids), 500):
        session.execute(delete(OutboxEntry).where(OutboxEntry.op_id.in_(ids[i:i + 500])))
    reported = [r["conflict_id"] for r in batch.get("resolutions", [])]
    if reported:
        session.execute(update(SyncConflict).where(SyncConflict.id.in_(reported))
                        .values(reported=True))
    if unsettled:
        verification.needs_full(state)
    state.pending_batch_id = None
    state.pending_batch = None
    session.flush()
    return counts
