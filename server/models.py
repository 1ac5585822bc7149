"""The server's own tables: devices and tokens, streams and the change log, receipts, conflicts.

Councils' records live in the same `app.models` tables as on a PC (scoped by `council_id`); these
tables are what only the server keeps. They sit on their own declarative base so that the PC's
schema never includes them; none has a foreign key to `councils` (a council claimed at enrollment
is re-keyed, and devices and codes follow by a plain update). Tokens and enrollment codes are
stored as SHA-256 hashes only. `change_log` keeps the LATEST change of each row (one entry per
row, moved forward on every write), which is all a pull needs since rows are served in their
current state and tombstones are rows too.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (JSON, BigInteger, Boolean, Index, Integer, MetaData, String, Text,
                        UniqueConstraint)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.models.base import NAMING, UTCDateTime, utcnow

#: tables of app.models that only a council PC has (never created on the server)
PC_ONLY = frozenset({"audit_log", "accounts", "settings", "sync_outbox", "sync_state",
                     "sync_conflicts", "sync_rejections"})


class ServerBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Device(ServerBase):
    __tablename__ = "devices"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    council_id: Mapped[str] = mapped_column(String(36), index=True)
    name: Mapped[str] = mapped_column(String(120), default="")
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    enrolled_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_sync_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    #: the PC's clock minus the server's at its last push, in seconds (logged, never enforced)
    clock_skew: Mapped[float | None] = mapped_column()


class EnrollmentCode(ServerBase):
    __tablename__ = "enrollment_codes"
    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    council_id: Mapped[str] = mapped_column(String(36), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    used_by: Mapped[str | None] = mapped_column(String(36))


class StaffToken(ServerBase):
    __tablename__ = "staff_tokens"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class SyncStream(ServerBase):
    """One change sequence per stream ('province', 'council:<id>'); the row is the write lock."""

    __tablename__ = "sync_streams"
    stream: Mapped[str] = mapped_column(String(60), primary_key=True)
    last_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    #: cursors at or below this seq can no longer be served incrementally (tombstones purged)
    purged_seq: Mapped[int] = mapped_column(BigInteger, default=0)


class ChangeLog(ServerBase):
    __tablename__ = "change_log"
    __table_args__ = (UniqueConstraint("table_name", "row_id"),
                      Index("ix_change_log_stream_seq", "stream", "seq"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    stream: Mapped[str] = mapped_column(String(60))
    seq: Mapped[int] = mapped_column(BigInteger)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36))
    #: who wrote the row last (a device id, or 'province' for staff), for the conflict log
    device_id: Mapped[str | None] = mapped_column(String(36))
    actor: Mapped[str | None] = mapped_column(String(120))
    #: the server's clock when the row last changed: how old a tombstone is (a PC's clock,
    #: which stamped deleted_at, may be years off and must not decide when it is purged)
    logged_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=utcnow)


class PushReceiptRow(ServerBase):
    __tablename__ = "push_receipts"
    __table_args__ = (UniqueConstraint("device_id", "batch_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    device_id: Mapped[str] = mapped_column(String(36))
    batch_id: Mapped[str] = mapped_column(String(36))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    receipt: Mapped[dict[str, Any]] = mapped_column(JSON)


class ConflictRow(ServerBase):
    """A value that lost a merge: kept so that the council can review and restore it."""

    __tablename__ = "sync_conflicts"
    __table_args__ = (Index("ix_sync_conflicts_stream_seq", "stream", "seq"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    stream: Mapped[str] = mapped_column(String(60))
    #: the seq of the transaction that recorded (or last resolved) it: pulls carry it down
    seq: Mapped[int] = mapped_column(BigInteger)
    council_id: Mapped[str] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # field / deleted
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(64))
    base: Mapped[Any] = mapped_column(JSON, nullable=True)
    winning: Mapped[Any] = mapped_column(JSON, nullable=True)
    losing: Mapped[Any] = mapped_column(JSON, nullable=True)
    winning_device: Mapped[str | None] = mapped_column(String(36))
    winning_actor: Mapped[str | None] = mapped_column(String(120))
    losing_device: Mapped[str | None] = mapped_column(String(36))
    losing_actor: Mapped[str | None] = mapped_column(String(120))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)
    resolution: Mapped[str | None] = mapped_column(String(8))
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ServerMeta(ServerBase):
    """Key/value facts about this server database ('epoch': changes when it is restored)."""

    __tablename__ = "server_meta"
    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
