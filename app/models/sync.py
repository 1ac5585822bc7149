"""This PC's own sync bookkeeping: enrollment and cursors, conflicts pulled, refused edits.

These rows never travel. `SyncState` is a single row (id 1) holding the server address, the
device's id and token, the council it is bound to, the server epoch, one cursor per stream and
the batch being pushed (kept until its receipt is stored, so an interrupted push is re-sent with
the same batch id). `SyncConflict` mirrors the server's conflict log for this council (with the
secretary's resolution); `SyncRejection` keeps every edit the server refused, with its reason,
so nothing a secretary saved disappears silently.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UTCDateTime, utcnow


class SyncState(Base):
    __tablename__ = "sync_state"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    server_url: Mapped[str] = mapped_column(String(300))
    device_id: Mapped[str] = mapped_column(String(36))
    token: Mapped[str] = mapped_column(String(200))
    council_id: Mapped[str] = mapped_column(String(36))
    epoch: Mapped[str] = mapped_column(String(64))
    cursors: Mapped[dict] = mapped_column(JSON, default=dict)  # {stream: last seq applied}
    enrolled_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    #: False until the province's reference rows have been matched to this PC's (enrollment)
    reconciled: Mapped[bool] = mapped_column(Boolean, default=False)
    #: the batch sent but not yet acknowledged: re-sent as is (same batch id) next time
    pending_batch_id: Mapped[str | None] = mapped_column(String(36))
    pending_batch: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    last_sync_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_success_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_result: Mapped[str | None] = mapped_column(Text)


class SyncConflict(Base):
    """A value that lost a field-level merge on the server (or an edit to a deleted row)."""

    __tablename__ = "sync_conflicts"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # the server's conflict id
    server_seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))  # field / deleted
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(64))
    base: Mapped[Any] = mapped_column(JSON, nullable=True)
    winning: Mapped[Any] = mapped_column(JSON, nullable=True)
    losing: Mapped[Any] = mapped_column(JSON, nullable=True)
    winning_device: Mapped[str | None] = mapped_column(String(36))
    winning_actor: Mapped[str | None] = mapped_column(String(120))
    losing_device: Mapped[str | None] = mapped_column(String(36))
    losing_actor: Mapped[str | None] = mapped_column(String(120))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    resolved: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    resolution: Mapped[str | None] = mapped_column(String(8))  # mine / theirs
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    #: the resolution has reached the server (sent with a push batch)
    reported: Mapped[bool] = mapped_column(Boolean, default=True)


class SyncRejection(Base):
    """An edit the server refused (pushed op), or a server row this PC could not store."""

    __tablename__ = "sync_rejections"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    direction: Mapped[str] = mapped_column(String(4), default="push")  # push / pull
    op_id: Mapped[str | None] = mapped_column(String(36), unique=True)
    batch_id: Mapped[str | None] = mapped_column(String(36))
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    action: Mapped[str] = mapped_column(String(8))
    changes: Mapped[dict] = mapped_column(JSON)
    base: Mapped[dict] = mapped_column(JSON)
    actor: Mapped[str | None] = mapped_column(String(120))
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    dismissed: Mapped[bool] = mapped_column(Boolean, default=False)
