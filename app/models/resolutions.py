"""Resolutions (مصوبات) and the follow-up entries recorded as they are carried out.

A resolution's number is "meeting number / sequence" (12/3); it has an owner among the members,
a responsible agency and a deadline. Overdue is derived from the deadline, never stored.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, CouncilOwned


class Resolution(CouncilOwned, Base):
    __tablename__ = "resolutions"
    __table_args__ = (UniqueConstraint("meeting_id", "seq"),)
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    agenda_item_id: Mapped[str | None] = mapped_column(ForeignKey("agenda_items.id"))
    text: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[str | None] = mapped_column(ForeignKey("members.id"), index=True)
    agency_id: Mapped[str | None] = mapped_column(ForeignKey("agencies.id"), index=True)
    issue_id: Mapped[str | None] = mapped_column(ForeignKey("issues.id"), index=True)
    deadline: Mapped[date | None] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(16), default="open", index=True)
    completed_on: Mapped[date | None] = mapped_column(Date)


class ResolutionFollowUp(CouncilOwned, Base):
    __tablename__ = "resolution_follow_ups"
    resolution_id: Mapped[str] = mapped_column(ForeignKey("resolutions.id"), index=True)
    date: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text)
    meeting_id: Mapped[str | None] = mapped_column(ForeignKey("meetings.id"))
    status_after: Mapped[str | None] = mapped_column(String(16))
