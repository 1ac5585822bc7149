"""The local development roadmap (نقشه راه توسعه محلی): plan, goals, projects, funding, indicators.

A plan covers Jalali years; goals sit in development areas; projects carry progress,
milestones and a funding mix (government, municipality, benefactors, residents; cash, in kind,
volunteer hours; pledged and received); indicators have a baseline, a target and dated
measurements.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import BigInteger, Date, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, CouncilOwned


class RoadmapPlan(CouncilOwned, Base):
    __tablename__ = "roadmap_plans"
    title: Mapped[str] = mapped_column(String(300))
    start_year: Mapped[int] = mapped_column(Integer)  # Jalali
    end_year: Mapped[int] = mapped_column(Integer)
    approved_on: Mapped[date | None] = mapped_column(Date)
    description: Mapped[str | None] = mapped_column(Text)


class Goal(CouncilOwned, Base):
    __tablename__ = "roadmap_goals"
    plan_id: Mapped[str] = mapped_column(ForeignKey("roadmap_plans.id"), index=True)
    area: Mapped[str] = mapped_column(String(24))
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)


class Project(CouncilOwned, Base):
    __tablename__ = "projects"
    plan_id: Mapped[str | None] = mapped_column(ForeignKey("roadmap_plans.id"), index=True)
    goal_id: Mapped[str | None] = mapped_column(ForeignKey("roadmap_goals.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    area: Mapped[str] = mapped_column(String(24))
    description: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="planned")
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    progress: Mapped[int] = mapped_column(Integer, default=0)  # percent
    budget: Mapped[int | None] = mapped_column(BigInteger)  # rials


class Milestone(CouncilOwned, Base):
    __tablename__ = "milestones"
    project_id: Mapped[str] = mapped_column(ForeignKey("projects.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    due_date: Mapped[date | None] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date)


class Benefactor(CouncilOwned, Base):
    __tablename__ = "benefactors"
    full_name: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    note: Mapped[str | None] = mapped_column(Text)


class Funding(CouncilOwned, Base):
    __tablename__ = "fundings"
    project_id: Mapped[str] = mapped_column(ForeignKey("projects.id"), index=True)
    source: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(16), default="cash")
    pledged: Mapped[int] = mapped_column(BigInteger, default=0)
    received: Mapped[int] = mapped_column(BigInteger, default=0)
    benefactor_id: Mapped[str | None] = mapped_column(ForeignKey("benefactors.id"))
    note: Mapped[str | None] = mapped_column(Text)


class Indicator(CouncilOwned, Base):
    __tablename__ = "indicators"
    plan_id: Mapped[str | None] = mapped_column(ForeignKey("roadmap_plans.id"), index=True)
    goal_id: Mapped[str | None] = mapped_column(ForeignKey("roadmap_goals.id"))
    area: Mapped[str] = mapped_column(String(24))
    title: Mapped[str] = mapped_column(String(300))
    unit: Mapped[str] = mapped_column(String(60))
    baseline: Mapped[float | None] = mapped_column(Float)
    target: Mapped[float | None] = mapped_column(Float)


class IndicatorMeasurement(CouncilOwned, Base):
    __tablename__ = "indicator_measurements"
    indicator_id: Mapped[str] = mapped_column(ForeignKey("indicators.id"), index=True)
    measured_on: Mapped[date] = mapped_column(Date)
    value: Mapped[float] = mapped_column(Float)
    note: Mapped[str | None] = mapped_column(Text)
