"""Public meeting intake: each resident's request at a «Wednesday with the people» meeting.

A request is answered on the spot or becomes an issue or a demand; the link is kept so the
resident's request can be followed to its outcome.
"""
from __future__ import annotations

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, CouncilOwned


class IntakeRequest(CouncilOwned, Base):
    __tablename__ = "intake_requests"
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.id"), index=True)
    resident_name: Mapped[str] = mapped_column(String(200))
    resident_phone: Mapped[str | None] = mapped_column(String(11))
    address: Mapped[str | None] = mapped_column(String(300))
    request_text: Mapped[str] = mapped_column(Text)
    answered_by: Mapped[str | None] = mapped_column(String(200))
    agency_id: Mapped[str | None] = mapped_column(ForeignKey("agencies.id"))
    answer: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[str] = mapped_column(String(16), default="pending")
    issue_id: Mapped[str | None] = mapped_column(ForeignKey("issues.id"))
    demand_id: Mapped[str | None] = mapped_column(ForeignKey("demands.id"))
