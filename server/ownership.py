"""Who may write what: the per-table and per-field ownership the server enforces on every op.

Council devices write their council's records; the province writes geography, the shared agency
list (`council_id` NULL), directives (all but `acknowledged_at`) and the registration fields of
a council row (`code`, `neighbourhood_id`). A demand's answer is written by both sides: the
province records answers that reach it, and the secretary records the ones that arrive on paper
at the council; a clash between the two is an ordinary field conflict, kept in the conflict log. An op that would
change a field its device does not own is rejected with a reason (shown to the secretary),
except inside an `insert` of a row the server already has: a PC's copy of a province field is
just its copy, so there it is ignored. `id` and `council_id` never change. Every reference an op
sets must point at a row of the same council or a province-wide row.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from app.services import wire

#: tables only the province writes
PROVINCE_ONLY = wire.PROVINCE_TABLES

#: fields of council tables that only the province writes
PROVINCE_FIELDS: dict[str, frozenset[str]] = {
    "councils": frozenset({"code", "neighbourhood_id"}),
    "directives": frozenset({"title", "text", "issued_on", "due_date"}),
}

#: tables whose rows a council device may never create
NO_DEVICE_INSERT = frozenset({"councils", "directives"})

#: never changed after creation
IMMUTABLE = frozenset({"id", "council_id"})


class Refused(Exception):
    """An op the server will not apply; the reason goes into the receipt."""


def owner_of(table: str, row) -> str | None:
    """The council that owns a row (None: province-wide)."""
    if table == "councils":
        return row.id
    return getattr(row, "council_id", None)


def check_table(table: str) -> type:
    model = wire.TABLES.get(table)
    if model is None:
        raise Refused(f"unknown table {table}")
    if table in PROVINCE_ONLY:
        raise Refused(f"{table} is written by the province only")
    return model


def check_new_row(table: str, values: dict[str, Any], council_id: str) -> None:
    """A device creating a row: it must be its council's and leave province fields empty."""
    if table in NO_DEVICE_INSERT:
        raise Refused(f"new {table} rows are created by the province only")
    if values.get("council_id") != council_id:
        raise Refused("council_id must be this device's council")
    for field in PROVINCE_FIELDS.get(table, ()):
        if values.get(field) is not None:
            raise Refused(f"{table}.{field} is written by the province only")


def check_existing(table: str, row, council_id: str) -> None:
    owner = owner_of(table, row)
    if owner is None:
        raise Refused(f"this {table} row belongs to the province's shared list")
    if owner != council_id:
        raise Refused("no such row for this council")


def owned_changes(table: str, row, values: dict[str, Any], action: str) -> dict[str, Any]:
    """The changes a device may make to an existing row (Refused if it oversteps)."""
    out = {}
    province = PROVINCE_FIELDS.get(table, frozenset())
    for field, value in values.items():
        current = getattr(row, field)
        if field in IMMUTABLE:
            if value != current:
                raise Refused(f"{table}.{field} cannot be changed")
            continue
        if field in province:
            if action == "insert" or value == current:
                continue
            raise Refused(f"{table}.{field} is written by the province only")
        out[field] = value
    return out


def check_references(session: Session, model, values: dict[str, Any], council_id: str) -> None:
    """Every reference set by the op points at this council's row or a province-wide one."""
    for column, target in wire.fk_targets(model).items():
        value = values.get(column)
        if value is None or column == "council_id":
            continue
        row = session.get(wire.TABLES[target], value)
        if row is None:
            raise Refused(f"{column} refers to a {target} row the server does not have")
        owner = owner_of(target, row)
        if owner is not None and owner != council_id:
            raise Refused(f"{column} refers to a {target} row the server does not have")
