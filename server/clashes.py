"""Unique clashes on push: a number two PCs both took, and the same fact entered on two PCs.

Two PCs of one council working offline can both create "meeting 12" (meetings are unique per
(council, number)), both add resolution 3 to a meeting, or both mark the same member present at
the same meeting. Refusing the second PC's insert would strand it (and every child row) on that
PC, so the server settles each kind of unique rule differently:

- `NUMBERED` (a per-parent sequence number): the incoming NEW row is accepted with the next free
  number (one more than any used in its scope, tombstones included, like the PC's own
  `next_number`) and a conflict of kind "renumbered" is logged: field = the number column,
  losing = the number the PC gave, winning = the number assigned, the losing device/actor is
  the pushing PC and the winning one the writer of the row that holds the number.
- `NATURAL` (a natural key: the same fact): the incoming insert is merged INTO the existing row,
  as a three-way merge with an empty base (equal fields: nothing; different fields: the incoming
  value wins and the server's is logged). The op is answered with `merged_into` = the existing
  row's id; later ops of the same batch on the incoming id are re-targeted to it, and the PC
  drops its local duplicate (`app.sync.outbox.apply_receipt`).

Every unique rule of a council table must appear in one of the two maps (a test checks it), so
a new rule cannot silently bring the "rejected (unique rule)" answer back.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.sync.protocol import Op
from server.ownership import Refused

#: table -> (scope columns, number column): the number is unique within the scope
#: the largest number a renumbering may give (a 32-bit column holds it on every backend)
MAX_NUMBER = 2_000_000_000

NUMBERED: dict[str, tuple[tuple[str, ...], str]] = {
    "meetings": (("council_id",), "number"),
    "resolutions": (("meeting_id",), "seq"),
    "minutes_addenda": (("meeting_id",), "number"),
}
#: table -> natural key columns: two rows with the same key are the same fact
NATURAL: dict[str, tuple[str, ...]] = {
    "attendance": ("meeting_id", "member_id"),
    "committee_memberships": ("committee_id", "member_id"),
}
#: fields an insert carries that say nothing about the fact itself (the twin keeps its own)
_NOT_FACT = frozenset({"id", "created_at"})

RENUMBERED = "renumbered"


def free_number(session: Session, model, table: str, row_id: str,
                values: dict[str, Any]) -> tuple[str, int, int, str] | None:
    """Give a new row the next free number if its number is taken in its scope.

    Changes `values` in place; returns (number column, number given, number assigned, id of the
    row that holds the number), or None when there was no clash.
    """
    rule = NUMBERED.get(table)
    if rule is None:
        return None
    scope, column = rule
    number = values.get(column)
    if number is None or any(values.get(c) is None for c in scope):
        return None
    where = [getattr(model, c) == values[c] for c in scope]
    holder = session.scalar(select(model.id).where(
        *where, getattr(model, column) == number, model.id != row_id).limit(1))
    if holder is None:
        return None
    last = session.scalar(select(func.max(getattr(model, column))).where(*where)) or 0
    assigned = max(last, number) + 1
    if assigned > MAX_NUMBER:
        raise Refused(f"{column} {number} is taken and no number up to {MAX_NUMBER} is free")
    values[column] = assigned
    return column, number, assigned, holder


def twin(session: Session, model, table: str, row_id: str, values: dict[str, Any]):
    """The existing row holding the same fact as a new row (same natural key), or None."""
    key = NATURAL.get(table)
    if key is None or any(values.get(c) is None for c in key):
        return None
    return session.scalar(select(model).where(
        *[getattr(model, c) == values[c] for c in key], model.id != row_id).limit(1))


def fact_values(values: dict[str, Any]) -> dict[str, Any]:
    """An insert's values as an edit of its twin (its own id and creation time left out)."""
    return {k: v for k, v in values.items() if k not in _NOT_FACT}


def retarget(op: Op, row_id: str, *, empty_base: bool = False) -> Op:
    """The same op aimed at another row (the twin it was merged into)."""
    changes = dict(op.changes)
    if "id" in changes:
        changes["id"] = row_id
    update: dict[str, Any] = {"row_id": row_id, "changes": changes}
    if empty_base:
        update["base"] = {}
    return op.model_copy(update=update)
