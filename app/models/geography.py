"""Province > county > city or village > neighbourhood, and the council of a neighbourhood.

Geography is province-wide reference data (written by the province); the council row is the
root of everything a council's PCs keep, so its `id` is the `council_id` of all its records.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced


class Province(Synced, Base):
    __tablename__ = "provinces"
    name: Mapped[str] = mapped_column(String(100), unique=True)


class County(Synced, Base):
    __tablename__ = "counties"
    __table_args__ = (UniqueConstraint("province_id", "name"),)
    province_id: Mapped[str] = mapped_column(ForeignKey("provinces.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))


class Settlement(Synced, Base):
    """A city or a village."""

    __tablename__ = "settlements"
    __table_args__ = (UniqueConstraint("county_id", "name"),)
    county_id: Mapped[str] = mapped_column(ForeignKey("counties.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(16), default="city")


class Neighbourhood(Synced, Base):
    __tablename__ = "neighbourhoods"
    __table_args__ = (UniqueConstraint("settlement_id", "name"),)
    settlement_id: Mapped[str] = mapped_column(ForeignKey("settlements.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))


class Council(Synced, Base):
    """One neighbourhood's Progress Council."""

    __tablename__ = "councils"
    neighbourhood_id: Mapped[str] = mapped_column(ForeignKey("neighbourhoods.id"), index=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)  # the identifier the province gave
    name: Mapped[str] = mapped_column(String(200))
    founded_on: Mapped[date | None] = mapped_column(Date)
    address: Mapped[str | None] = mapped_column(Text)
    #: quorum: present members must be more than numerator/denominator of active members
    quorum_numerator: Mapped[int] = mapped_column(Integer, default=1)
    quorum_denominator: Mapped[int] = mapped_column(Integer, default=2)
    #: True: strictly more than the fraction; False: at least the fraction
    quorum_strict: Mapped[bool] = mapped_column(default=True)
