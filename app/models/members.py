"""Council members and the council's committees (working groups).

A member is a trusted resident of the neighbourhood: residency is a rule, so an active member
must carry proof of residence (enforced in `app.services.members`). `replaces_id` records who a
member replaced, so the council's history of seats can be followed.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, CouncilOwned


class Committee(CouncilOwned, Base):
    __tablename__ = "committees"
    name: Mapped[str] = mapped_column(String(120))
    area: Mapped[str] = mapped_column(String(32), default="other")
    description: Mapped[str | None] = mapped_column(Text)


class Member(CouncilOwned, Base):
    __tablename__ = "members"
    first_name: Mapped[str] = mapped_column(String(80))
    last_name: Mapped[str] = mapped_column(String(120))
    national_id: Mapped[str] = mapped_column(String(10), index=True)
    mobile: Mapped[str | None] = mapped_column(String(11))
    gender: Mapped[str] = mapped_column(String(8))
    address: Mapped[str | None] = mapped_column(Text)
    residence_proof: Mapped[str | None] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16), default="member")
    constituency: Mapped[str] = mapped_column(String(24), default="resident")
    status: Mapped[str] = mapped_column(String(16), default="active")
    term_start: Mapped[date | None] = mapped_column(Date)
    term_end: Mapped[date | None] = mapped_column(Date)
    appointment_letter_no: Mapped[str | None] = mapped_column(String(60))
    appointment_letter_date: Mapped[date | None] = mapped_column(Date)
    replaces_id: Mapped[str | None] = mapped_column(ForeignKey("members.id"))
    notes: Mapped[str | None] = mapped_column(Text)


class CommitteeMembership(CouncilOwned, Base):
    """A member's seat on a committee (its own row so that it syncs like any other)."""

    __tablename__ = "committee_memberships"
    __table_args__ = (UniqueConstraint("committee_id", "member_id"),)
    committee_id: Mapped[str] = mapped_column(ForeignKey("committees.id"), index=True)
    member_id: Mapped[str] = mapped_column(ForeignKey("members.id"), index=True)
    is_head: Mapped[bool] = mapped_column(default=False)
