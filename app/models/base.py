"""The declarative base and the columns every synced record shares.

Every council record has a UUIDv7 `id`, the `council_id` it belongs to, `created_at` /
`updated_at` (UTC) and `deleted_at` (a soft delete that sync carries as a tombstone), plus
`server_seq`, the server's change number of the version this PC last saw (None until synced).
Timestamps are stored as naive UTC in SQLite and handed back tz-aware by `UTCDateTime`.
"""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import BigInteger, DateTime, ForeignKey, MetaData, String, TypeDecorator
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from app import clock
from app.ids import new_id

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Now, tz-aware UTC, on this PC's clock (`app.clock`: the wall clock unless shifted)."""
    return clock.now()


class UTCDateTime(TypeDecorator):
    """A timestamp stored as naive UTC and returned as an aware UTC datetime."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where UTC was expected")
        return value.astimezone(timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return value.replace(tzinfo=timezone.utc)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Synced:
    """Columns of every row that travels between a council PC and the province."""

    #: tables that sync; the sync engine and the audit hook walk this
    __synced__ = True

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    server_seq: Mapped[int | None] = mapped_column(BigInteger, default=None)


class CouncilOwned(Synced):
    """A record that belongs to one council (written by that council's devices)."""

    @declared_attr
    def council_id(cls) -> Mapped[str]:  # noqa: N805 - declared_attr takes the class
        return mapped_column(String(36), ForeignKey("councils.id"), index=True)
