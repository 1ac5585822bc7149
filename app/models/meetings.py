"""Meetings and their minutes: agenda, attendance, guests, and addenda after finalising.

A meeting moves scheduled -> held -> finalised. Finalised minutes are immutable (the services
refuse any change and `content_hash` seals them for the printed verification code); a later
correction is a numbered `MinutesAddendum`.
"""
from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import Date, ForeignKey, Integer, String, Text, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, CouncilOwned, UTCDateTime


class Meeting(CouncilOwned, Base):
    __tablename__ = "meetings"
    __table_args__ = (UniqueConstraint("council_id", "number"),)
    number: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16), default="regular")
    state: Mapped[str] = mapped_column(String(16), default="scheduled")
    date: Mapped[date] = mapped_column(Date, index=True)
    start_time: Mapped[time | None] = mapped_column(Time)
    end_time: Mapped[time | None] = mapped_column(Time)
    place: Mapped[str | None] = mapped_column(String(200))
    chair_id: Mapped[str | None] = mapped_column(ForeignKey("members.id"))
    minute_taker_id: Mapped[str | None] = mapped_column(ForeignKey("members.id"))
    summary: Mapped[str | None] = mapped_column(Text)
    finalised_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    finalised_by: Mapped[str | None] = mapped_column(String(120))
    content_hash: Mapped[str | None] = mapped_column(String(64))


class AgendaItem(CouncilOwned, Base):
    __tablename__ = "agenda_items"
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16), default="normal")
    title: Mapped[str] = mapped_column(String(300))
    discussion: Mapped[str | None] = mapped_column(Text)


class Attendance(CouncilOwned, Base):
    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("meeting_id", "member_id"),)
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.id"), index=True)
    member_id: Mapped[str] = mapped_column(ForeignKey("members.id"), index=True)
    status: Mapped[str] = mapped_column(String(16), default="present")
    note: Mapped[str | None] = mapped_column(String(300))


class Guest(CouncilOwned, Base):
    """An invited official or resident at a meeting (مدعو)."""

    __tablename__ = "guests"
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.id"), index=True)
    full_name: Mapped[str] = mapped_column(String(200))
    position: Mapped[str | None] = mapped_column(String(200))
    agency_id: Mapped[str | None] = mapped_column(ForeignKey("agencies.id"))


class MinutesAddendum(CouncilOwned, Base):
    __tablename__ = "minutes_addenda"
    __table_args__ = (UniqueConstraint("meeting_id", "number"),)
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    date: Mapped[date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(String(120))
