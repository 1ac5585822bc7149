"""Neighbourhood issues (problems the council tracks) and their history of changes.

An issue links to the resolutions and demands that serve it through those records'
`issue_id`; `IssueEvent` keeps each status change and note so the detail page can tell its story.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Float, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, CouncilOwned


class Issue(CouncilOwned, Base):
    __tablename__ = "issues"
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    committee_id: Mapped[str | None] = mapped_column(ForeignKey("committees.id"), index=True)
    category: Mapped[str | None] = mapped_column(String(100))
    priority: Mapped[str] = mapped_column(String(16), default="medium")
    address: Mapped[str | None] = mapped_column(String(300))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    source: Mapped[str] = mapped_column(String(16), default="resident")
    reported_by: Mapped[str | None] = mapped_column(String(200))
    reported_on: Mapped[date] = mapped_column(Date, index=True)
    target_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="new", index=True)
    resolved_on: Mapped[date | None] = mapped_column(Date)


class IssueEvent(CouncilOwned, Base):
    __tablename__ = "issue_events"
    issue_id: Mapped[str] = mapped_column(ForeignKey("issues.id"), index=True)
    date: Mapped[date] = mapped_column(Date)
    old_status: Mapped[str | None] = mapped_column(String(16))
    new_status: Mapped[str | None] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(String(120))
