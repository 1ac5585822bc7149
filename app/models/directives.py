"""Directives (بخشنامه‌ها): what the province asks of a council, and when the council saw it.

A directive is written by the province (title, text, dates) and sent down to one council (one
row per council, so that each council's acknowledgement is its own); the council writes only
`acknowledged_at`. The sync server enforces that split per field.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, CouncilOwned, UTCDateTime


class Directive(CouncilOwned, Base):
    __tablename__ = "directives"
    title: Mapped[str] = mapped_column(String(300))
    text: Mapped[str] = mapped_column(Text)
    issued_on: Mapped[date] = mapped_column(Date, index=True)
    due_date: Mapped[date | None] = mapped_column(Date)
    # written by the council: when its secretary marked the directive as seen
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
