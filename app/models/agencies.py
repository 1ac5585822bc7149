"""Executive agencies (دستگاه‌های اجرایی) and the demands (مطالبات) pressed on them.

Agencies are a province-owned reference list (`council_id` is None for the province's rows; a
council may add a local one). A demand's answer fields are written by the province, everything
else by the council: the sync server enforces that split per field.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import BigInteger, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, CouncilOwned, Synced


class Agency(Synced, Base):
    __tablename__ = "agencies"
    council_id: Mapped[str | None] = mapped_column(ForeignKey("councils.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(24), default="other")
    contact_person: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(Text)


class Demand(CouncilOwned, Base):
    __tablename__ = "demands"
    agency_id: Mapped[str] = mapped_column(ForeignKey("agencies.id"), index=True)
    issue_id: Mapped[str | None] = mapped_column(ForeignKey("issues.id"), index=True)
    resolution_id: Mapped[str | None] = mapped_column(ForeignKey("resolutions.id"), index=True)
    subject: Mapped[str] = mapped_column(String(300))
    text: Mapped[str | None] = mapped_column(Text)
    amount: Mapped[int | None] = mapped_column(BigInteger)  # rials, for letters that ask for money
    letter_no: Mapped[str | None] = mapped_column(String(60))
    letter_date: Mapped[date | None] = mapped_column(Date, index=True)
    due_date: Mapped[date | None] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(16), default="draft", index=True)
    # written by the province (the agency's answer)
    answer_text: Mapped[str | None] = mapped_column(Text)
    answered_on: Mapped[date | None] = mapped_column(Date)
