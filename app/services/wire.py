"""Rows on the wire: the synced tables by name, values to and from JSON, scopes and digests.

The council PC (app/sync) and the provincial server (server/) must agree exactly on what a row
looks like in JSON, which rows belong to a council or to the province-wide stream, and how a
council's data is summarised for verification; both import it from here. Wire values are plain
JSON: dates, times and timestamps as ISO strings (aware UTC), numbers and booleans as such.
A table digest is the row count and the XOR of one SHA-256 per row over its content (every
column but the `updated_at` / `server_seq` bookkeeping), so it is independent of row order and
could be kept up to date incrementally; a windowed digest covers only the rows changed after a
seq, and `scope_totals` counts the rows without reading them.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime, time, timezone
from typing import Any

from sqlalchemy import (JSON, BigInteger, Boolean, Date, DateTime, Float, Integer, String, Text,
                        Time, TypeDecorator, func, select)
from sqlalchemy.orm import Session

from app.models import SYNCED_MODELS, Agency, Council
from app.services.tracking import PROVINCE_TABLES, to_wire

__all__ = ["TABLES", "RANK", "PROVINCE_TABLES", "BOOKKEEPING", "WireError", "to_wire",
           "from_wire", "values_from_wire", "row_to_wire", "stream_of", "council_stream",
           "PROVINCE_STREAM", "scope_filter", "fk_targets", "Digest", "scope_digests",
           "scope_tables", "scope_totals", "digest_rows", "row_digest"]

#: every synced table by name, and its position parents-first (for applying in a safe order)
TABLES: dict[str, type] = {m.__tablename__: m for m in SYNCED_MODELS}
RANK: dict[str, int] = {name: i for i, name in enumerate(TABLES)}

#: columns that are bookkeeping, not content: never merged, never hashed
BOOKKEEPING = frozenset({"updated_at", "server_seq"})

PROVINCE_STREAM = "province"


class WireError(ValueError):
    """A wire value that does not fit its column (wrong type, too long, not a date)."""


def council_stream(council_id: str) -> str:
    return f"council:{council_id}"


def _columns(model) -> dict[str, Any]:
    return {c.key: c for c in model.__table__.columns}


def from_wire(column, value: Any) -> Any:
    """The Python value of a wire value for `column`; WireError when it cannot be one."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, TypeDecorator):
        kind = kind.impl_instance
    try:
        if isinstance(kind, DateTime):
            parsed = datetime.fromisoformat(value) if isinstance(value, str) else None
            if parsed is None:
                raise WireError(f"{column.key}: a timestamp must be an ISO string")
            return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)
        if isinstance(kind, Date):
            if not isinstance(value, str):
                raise WireError(f"{column.key}: a date must be an ISO string")
            return date.fromisoformat(value)
        if isinstance(kind, Time):
            if not isinstance(value, str):
                raise WireError(f"{column.key}: a time must be an ISO string")
            return time.fromisoformat(value)
        if isinstance(kind, Boolean):
            if isinstance(value, bool):
                return value
            if value in (0, 1) and isinstance(value, int):
                return bool(value)
            raise WireError(f"{column.key}: expected true or false")
        if isinstance(kind, (Integer, BigInteger)):
            if isinstance(value, bool) or not isinstance(value, int):
                raise WireError(f"{column.key}: expected a whole number")
            if not -(2 ** 63) <= value < 2 ** 63:
                raise WireError(f"{column.key}: number out of range")
            return value
        if isinstance(kind, Float):
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise WireError(f"{column.key}: expected a number")
            return float(value)
        if isinstance(kind, (String, Text)):
            if not isinstance(value, str):
                raise WireError(f"{column.key}: expected text")
            if "\x00" in value:
                raise WireError(f"{column.key}: text with a NUL character")
            length = getattr(kind, "length", None)
            if length and len(value) > length:
                raise WireError(f"{column.key}: longer than {length} characters")
            return value
        if isinstance(kind, JSON):
            return value
    except (TypeError, ValueError) as exc:
        if isinstance(exc, WireError):
            raise
        raise WireError(f"{column.key}: {exc}") from exc
    raise WireError(f"{column.key}: unsupported column type")


def values_from_wire(model, data: dict[str, Any], *, skip=BOOKKEEPING) -> dict[str, Any]:
    """Python values for a wire dict; WireError for an unknown column or a bad value."""
    cols = _columns(model)
    out: dict[str, Any] = {}
    for key, value in data.items():
        if key in skip:
            continue
        column = cols.get(key)
        if column is None:
            raise WireError(f"{model.__tablename__} has no field {key}")
        out[key] = from_wire(column, value)
    return out


def row_to_wire(row) -> dict[str, Any]:
    """Every column of an ORM row or a Core row mapping as wire values (server_seq aside)."""
    if hasattr(row, "__table__"):
        keys = [c.key for c in row.__table__.columns]
        return {k: to_wire(getattr(row, k)) for k in keys if k != "server_seq"}
    return {k: to_wire(v) for k, v in row.items() if k != "server_seq"}


def stream_of(table: str, council_id: str | None, row_id: str) -> str:
    """The change stream a row belongs to: its council's, or the province-wide one."""
    if table in PROVINCE_TABLES:
        return PROVINCE_STREAM
    if table == "councils":
        return council_stream(row_id)
    if council_id is None:  # the province's shared agency list
        return PROVINCE_STREAM
    return council_stream(council_id)


def scope_filter(model, council_id: str):
    """The WHERE clause selecting a council's rows of `model` (None: not council data)."""
    if model is Council:
        return Council.id == council_id
    if model.__tablename__ in PROVINCE_TABLES or "council_id" not in model.__table__.c:
        return None
    return model.__table__.c.council_id == council_id


def province_filter(model):
    """The WHERE clause selecting the province-wide rows of `model` (None: none)."""
    if model.__tablename__ in PROVINCE_TABLES:
        return True
    if model is Agency:
        return Agency.council_id.is_(None)
    return None


def fk_targets(model) -> dict[str, str]:
    """{column: referenced table} for the synced foreign keys of `model`."""
    out = {}
    for column in model.__table__.columns:
        for fk in column.foreign_keys:
            if fk.column.table.name in TABLES:
                out[column.key] = fk.column.table.name
    return out


@dataclass
class Digest:
    """A table's row count and the XOR of its rows' SHA-256 (hex)."""

    count: int = 0
    acc: int = 0

    def add(self, digest: bytes) -> None:
        self.count += 1
        self.acc ^= int.from_bytes(digest, "big")

    @property
    def hash(self) -> str:
        return f"{self.acc:064x}"


def row_digest(table: str, data: dict[str, Any]) -> bytes:
    """SHA-256 of a row's content in wire form (bookkeeping columns left out)."""
    content = {k: v for k, v in data.items() if k not in BOOKKEEPING}
    text = json.dumps([table, content], sort_keys=True, ensure_ascii=False,
                      separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).digest()


def digest_rows(name: str, rows, exclude: set[tuple[str, str]] = frozenset(),
                digest: Digest | None = None) -> Digest:
    """Add row mappings of table `name` to a digest (a new one by default)."""
    digest = digest if digest is not None else Digest()
    for row in rows:
        if (name, row["id"]) not in exclude:
            digest.add(row_digest(name, row_to_wire(row)))
    return digest


def scope_tables(council_id: str):
    """(name, model, WHERE clause) of every table holding council data, parents first."""
    for name, model in TABLES.items():
        where = scope_filter(model, council_id)
        if where is not None:
            yield name, model, where


def scope_digests(session: Session, council_id: str, *, exclude: set[tuple[str, str]] = frozenset(),
                  tables: set[str] | None = None, since: int = 0) -> dict[str, Digest]:
    """Count and content hash per table of one council's rows (tombstones included).

    `exclude` leaves out (table, row_id) pairs (rows this PC knows the server refused).
    `since` > 0 keeps only the rows whose `server_seq` is above it (a windowed verify on a PC,
    where `server_seq` is the seq of the version last received from the server).
    """
    out: dict[str, Digest] = {}
    for name, model, where in scope_tables(council_id):
        if tables is not None and name not in tables:
            continue
        if since:
            where = (where) & (model.__table__.c.server_seq > since)
        out[name] = digest_rows(name, session.execute(select(model.__table__).where(where))
                                .mappings(), exclude)
    return out


def scope_totals(session: Session, council_id: str, *,
                 exclude: set[tuple[str, str]] = frozenset()) -> dict[str, int]:
    """Row count per table of one council's rows (tombstones included), `exclude` left out.

    A count, not a read of the rows: the cheap half of a windowed verify, which catches a row
    lost or gained outside the window.
    """
    left_out: dict[str, list[str]] = {}
    for table, row_id in exclude:
        left_out.setdefault(table, []).append(row_id)
    out: dict[str, int] = {}
    for name, model, where in scope_tables(council_id):
        t = model.__table__
        n = session.scalar(select(func.count()).select_from(t).where(where)) or 0
        ids = left_out.get(name, [])
        for i in range(0, len(ids), 500):
            n -= session.scalar(select(func.count()).select_from(t).where(
                where, t.c.id.in_(ids[i:i + 500]))) or 0
        out[name] = n
    return out
