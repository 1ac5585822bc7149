"""Applying a push batch: one transaction, a savepoint per op, field-level three-way merge.

The batch first takes its council stream's seq (the write lock), then looks for a stored receipt
of the same (device, batch_id): a replay gets that receipt back and changes nothing. Each op is
checked (`server.ownership`), converted from wire values, and merged field by field against the
server row: server value == base -> take the new value; == new -> nothing; otherwise the new
value still wins (last arrival) and the value it replaced goes to the conflict log with its base
and both authors. An edit to a deleted row changes nothing and keeps its values in the conflict
log, so it can be restored. A unique clash between two PCs is settled in `server.clashes`: a
taken sequence number gets the next free one ("renumbered" in the conflict log), the same fact
entered twice is merged into the existing row (the op answers `merged_into`). An op that breaks
a rule or a constraint is rolled back to its savepoint and answered `rejected` with the reason;
the rest of the batch stands.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session

from app.ids import new_id
from app.models.base import utcnow
from app.services import wire
from app.sync.protocol import Op, OpResult, PushBatch, PushReceipt
from server import changes, clashes, errors
from server.models import ChangeLog, ConflictRow, Device, PushReceiptRow
from server.ownership import (Refused, check_existing, check_new_row, check_references,
                              check_table, owned_changes)


class Replay(Exception):
    """The batch was applied before: its stored receipt."""

    def __init__(self, receipt: dict):
        super().__init__("replayed batch")
        self.receipt = receipt


def stored_receipt(session: Session, device_id: str, batch_id: str) -> dict | None:
    return session.scalar(select(PushReceiptRow.receipt).where(
        PushReceiptRow.device_id == device_id, PushReceiptRow.batch_id == batch_id))


class _Ctx:
    def __init__(self, session: Session, device: Device, seq: int, stream: str):
        self.session, self.device, self.seq, self.stream = session, device, seq, stream
        self.council_id = device.council_id
        self.changed = False
        #: ids of incoming rows merged into an existing twin in this batch -> the twin's id
        self.merged: dict[str, str] = {}

    def last_writer(self, table: str, row_id: str) -> tuple[str | None, str | None]:
        entry = self.session.execute(select(ChangeLog.device_id, ChangeLog.actor).where(
            ChangeLog.table_name == table, ChangeLog.row_id == row_id)).first()
        return (entry[0], entry[1]) if entry else (None, None)

    def conflict(self, op: Op, kind: str, field: str, winning: Any, losing: Any,
                 winner: tuple, loser: tuple) -> None:
        self.session.add(ConflictRow(
            id=new_id(), stream=self.stream, seq=self.seq, council_id=self.council_id,
            kind=kind, table_name=op.table, row_id=op.row_id, field=field,
            base=op.base.get(field), winning=wire.to_wire(winning), losing=wire.to_wire(losing),
            winning_device=winner[0], winning_actor=winner[1],
            losing_device=loser[0], losing_actor=loser[1], at=utcnow()))


def _parse_base(model, base: dict[str, Any], field: str) -> tuple[bool, Any]:
    """(known, python value) of the op's base for `field`."""
    if field not in base:
        return False, None
    try:
        return True, wire.from_wire(model.__table__.c[field], base[field])
    except (wire.WireError, KeyError):
        return True, object()  # a base that matches nothing


def _merge_existing(ctx: _Ctx, model, row, op: Op, values: dict[str, Any]) -> str:
    check_existing(op.table, row, ctx.council_id)
    values = owned_changes(op.table, row, values, op.action)
    check_references(ctx.session, model, values, ctx.council_id)
    me = (ctx.device.id, op.actor)
    deleted = row.deleted_at is not None
    if deleted:
        if op.action == "delete":
            return "merged"  # already a tombstone: the first deletion stands
        known, base_deleted = _parse_base(model, op.base, "deleted_at")
        undelete = "deleted_at" in values and values["deleted_at"] is None and known \
            and base_deleted == row.deleted_at
        if not undelete:
            loser = me
            winner = ctx.last_writer(op.table, op.row_id)
            edits = {f: v for f, v in values.items() if f != "deleted_at" and getattr(row, f) != v}
            for field, value in edits.items():
                ctx.conflict(op, "deleted", field, getattr(row, field), value, winner, loser)
            return "conflict" if edits else "merged"
    outcome = "merged"
    previous = None
    for field, new in values.items():
        current = getattr(row, field)
        if current == new:
            continue
        known, base = _parse_base(model, op.base, field)
        if known and base == current:
            outcome = "applied" if outcome != "conflict" else outcome
        else:
            previous = previous or ctx.last_writer(op.table, op.row_id)
            ctx.conflict(op, "field", field, new, current, me, previous)
            outcome = "conflict"
        setattr(row, field, new)
    return outcome


def _insert(ctx: _Ctx, model, op: Op, values: dict[str, Any]) -> tuple[Any, str, str | None]:
    """A row the server does not have: (row, outcome, id of the twin it was merged into)."""
    session = ctx.session
    check_new_row(op.table, values, ctx.council_id)
    check_references(session, model, values, ctx.council_id)
    existing = clashes.twin(session, model, op.table, op.row_id, values)
    if existing is not None:  # the same fact entered on another PC: merge into it
        target = clashes.retarget(op, existing.id, empty_base=True)
        facts = clashes.fact_values(values)
        revived = existing.deleted_at is not None and facts.get("deleted_at", None) is None
        if revived:  # the other side deleted it: kept deleted, restorable from the log
            check_existing(op.table, existing, ctx.council_id)
            ctx.conflict(target, "deleted", "deleted_at", existing.deleted_at, None,
                         ctx.last_writer(op.table, existing.id), (ctx.device.id, op.actor))
        outcome = _merge_existing(ctx, model, existing, target, facts)
        return existing, "conflict" if revived else outcome, existing.id
    clash = clashes.free_number(session, model, op.table, op.row_id, values)
    row = model(id=op.row_id, **values)
    session.add(row)
    if clash is not None:
        column, given, assigned, holder = clash
        ctx.conflict(op, clashes.RENUMBERED, column, assigned, given,
                     ctx.last_writer(op.table, holder), (ctx.device.id, op.actor))
        return row, "conflict", None
    return row, "applied", None


def _apply_op(ctx: _Ctx, op: Op) -> OpResult:
    session = ctx.session
    incoming_id = op.row_id
    merged_into = ctx.merged.get(op.row_id)
    try:
        model = check_table(op.table)
        if merged_into is not None:  # an op on a row merged into its twin earlier in the batch
            op = clashes.retarget(op, merged_into)
        values = wire.values_from_wire(model, op.changes)
        if values.get("id", op.row_id) != op.row_id:
            raise Refused("id does not match row_id")
        values.pop("id", None)
        with session.begin_nested():
            row = session.get(model, op.row_id)
            if row is None:
                if op.action != "insert":
                    raise Refused("no such row for this council")
                row, outcome, merged_into = _insert(ctx, model, op, values)
            else:
                if merged_into is not None and op.action == "insert":
                    values = clashes.fact_values(values)
                outcome = _merge_existing(ctx, model, row, op, values)
            session.flush()
        if merged_into is not None:
            ctx.merged[incoming_id] = merged_into
        if outcome != "merged":
            ctx.changed = True
        return OpResult(op_id=op.op_id, outcome=outcome, server_seq=row.server_seq,
                        merged_into=merged_into)
    except Refused as exc:
        return OpResult(op_id=op.op_id, outcome="rejected", reason=str(exc))
    except wire.WireError as exc:
        return OpResult(op_id=op.op_id, outcome="rejected", reason=str(exc))
    except IntegrityError as exc:
        return OpResult(op_id=op.op_id, outcome="rejected", reason=_constraint(exc))
    except SQLAlchemyError as exc:
        if errors.database_unavailable(exc):
            raise  # not this op's fault: the whole batch answers 503 and is sent again
        cause = getattr(exc, "orig", None) or exc
        return OpResult(op_id=op.op_id, outcome="rejected",
                        reason=f"the database refused it: {type(cause).__name__}")


def _constraint(exc: IntegrityError) -> str:
    text = str(exc.orig).lower()
    if "unique" in text or "duplicate" in text:
        return "another row already has the same value (unique rule): " + _short(exc)
    if "foreign key" in text:
        return "it refers to a row the server does not have"
    if "null" in text:
        return "a required field is empty: " + _short(exc)
    return "the database refused it: " + _short(exc)


def _short(exc: IntegrityError) -> str:
    return " ".join(str(exc.orig).split())[:200]


def _resolve(ctx: _Ctx, batch: PushBatch) -> None:
    for item in batch.resolutions:
        row = ctx.session.get(ConflictRow, item.conflict_id)
        if row is None or row.council_id != ctx.council_id or row.resolved:
            continue
        row.resolved, row.resolution, row.resolved_at = True, item.resolution, utcnow()
        row.seq = ctx.seq  # carried down again to the council's other PCs
        ctx.changed = True


def apply_batch(session: Session, device: Device, batch: PushBatch, epoch: str) -> PushReceipt:
    """Apply a batch in the caller's transaction; raises Replay for a batch seen before."""
    stream = wire.council_stream(device.council_id)
    seq = changes.lock_stream(session, stream)
    stored = stored_receipt(session, device.id, batch.batch_id)
    if stored is not None:
        raise Replay(stored)
    session.info["device_id"], session.info["actor"] = device.id, None
    ctx = _Ctx(session, device, seq, stream)
    order = sorted(range(len(batch.ops)), key=lambda i: wire.RANK.get(batch.ops[i].table, 999))
    results: dict[int, OpResult] = {}
    for i in order:
        op = batch.ops[i]
        session.info["actor"] = op.actor
        results[i] = _apply_op(ctx, op)
    _resolve(ctx, batch)
    receipt = PushReceipt(batch_id=batch.batch_id, epoch=epoch,
                          server_seq=seq if ctx.changed else None,
                          results=[results[i] for i in range(len(batch.ops))])
    now = utcnow()
    device.last_sync_at = now
    device.clock_skew = _skew(batch.device_clock, now)
    session.add(PushReceiptRow(device_id=device.id, batch_id=batch.batch_id,
                               receipt=receipt.model_dump(mode="json")))
    session.flush()
    return receipt


def _skew(clock: datetime, now: datetime) -> float | None:
    if clock.tzinfo is None:
        return None
    return round((clock - now).total_seconds(), 1)
