"""Indicators (شاخص‌ها) of the roadmap and their dated measurements.

Raising the neighbourhood's social, economic and cultural indicators is a council duty; an
indicator has a unit, a baseline and a target, and is measured from time to time. The series
(measurements in date order) and "how far from the baseline to the target is the latest value"
feed the roadmap screen, the charts and the province's reports. An indicator may go down as well
as up (fewer school drop-outs): the percent and `target_met` follow the direction from the
baseline to the target. With no baseline recorded, the first measurement serves as one.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.enums import DevelopmentArea
from app.models import Goal, Indicator, IndicatorMeasurement
from app.persian.collation import sort_key
from app.services import common
from app.services.common import Problems
from app.services.numbers import decimal
from app.services.roadmap import AREA_ORDER, plan_and_goal


@dataclass(frozen=True)
class IndicatorInput:
    title: str
    area: str
    unit: str
    plan_id: str | None = None
    goal_id: str | None = None
    baseline: float | str | None = None
    target: float | str | None = None


@dataclass(frozen=True)
class IndicatorView:
    id: str
    title: str
    area: str
    unit: str
    plan_id: str | None
    goal_id: str | None
    goal_title: str | None
    baseline: float | None
    target: float | None
    latest_value: float | None
    latest_on: date | None
    measurement_count: int
    percent: float | None  # of the way from the baseline to the target (may pass 100 or 0)
    target_met: bool | None  # None without a target or a measurement


@dataclass(frozen=True)
class MeasurementInput:
    measured_on: date | str
    value: float | str
    note: str | None = None


@dataclass(frozen=True)
class MeasurementView:
    id: str
    indicator_id: str
    measured_on: date
    value: float
    note: str | None
    percent: float | None


@dataclass(frozen=True)
class IndicatorSeries:
    indicator: IndicatorView
    points: tuple[MeasurementView, ...]  # oldest first


def percent_of_way(baseline: float | None, target: float | None,
                   value: float | None) -> float | None:
    """How far `value` has come from `baseline` towards `target`, in percent (one decimal)."""
    if baseline is None or target is None or value is None or target == baseline:
        return None
    return round((value - baseline) / (target - baseline) * 100, 1)


def _met(baseline: float | None, target: float | None, value: float | None) -> bool | None:
    if target is None or value is None:
        return None
    if baseline is not None and target < baseline:
        return value <= target
    return value >= target


def _measurements(session: Session, indicator_id: str) -> list[IndicatorMeasurement]:
    return list(session.scalars(common.live(IndicatorMeasurement).where(
        IndicatorMeasurement.indicator_id == indicator_id)
        .order_by(IndicatorMeasurement.measured_on, IndicatorMeasurement.created_at)))


def _base(ind: Indicator, points: list[IndicatorMeasurement]) -> float | None:
    return ind.baseline if ind.baseline is not None else (points[0].value if points else None)


def _view(session: Session, ind: Indicator) -> IndicatorView:
    points = _measurements(session, ind.id)
    latest = points[-1] if points else None
    base = _base(ind, points)
    goal = session.get(Goal, ind.goal_id) if ind.goal_id else None
    value = latest.value if latest else None
    return IndicatorView(
        id=ind.id, title=ind.title, area=ind.area, unit=ind.unit, plan_id=ind.plan_id,
        goal_id=ind.goal_id, goal_title=goal.title if goal else None, baseline=ind.baseline,
        target=ind.target, latest_value=value, latest_on=latest.measured_on if latest else None,
        measurement_count=len(points), percent=percent_of_way(base, ind.target, value),
        target_met=_met(base, ind.target, value))


def _clean(session: Session, council_id: str, data: IndicatorInput) -> dict:
    p = Problems()
    values = {
        "title": common.name(data.title, field="title", problems=p, limit=300),
        "area": common.choice(data.area, DevelopmentArea, field="area", problems=p),
        "unit": common.name(data.unit, field="unit", problems=p, limit=60),
        "baseline": decimal(data.baseline, field="baseline", problems=p),
        "target": decimal(data.target, field="target", problems=p),
    }
    values["plan_id"], values["goal_id"] = plan_and_goal(session, council_id, data.plan_id,
                                                         data.goal_id, p)
    p.raise_if_any()
    return values


def create_indicator(session: Session, council_id: str, data: IndicatorInput) -> IndicatorView:
    """Define an indicator (unit, baseline, target), optionally under a plan and goal."""
    ind = Indicator(council_id=council_id, **_clean(session, council_id, data))
    session.add(ind)
    session.flush()
    return _view(session, ind)


def update_indicator(session: Session, indicator_id: str, data: IndicatorInput) -> IndicatorView:
    ind = common.get_live(session, Indicator, indicator_id, field="indicator_id")
    common.apply(ind, _clean(session, ind.council_id, data))
    session.flush()
    return _view(session, ind)


def get_indicator(session: Session, indicator_id: str) -> IndicatorView:
    return _view(session, common.get_live(session, Indicator, indicator_id, field="indicator_id"))


def list_indicators(session: Session, council_id: str, *, plan_id: str | None = None,
                    goal_id: str | None = None, area: str | None = None) -> list[IndicatorView]:
    """Indicators by area (the enum's order), then in Persian alphabetical order."""
    query = common.live(Indicator).where(Indicator.council_id == council_id)
    if plan_id:
        query = query.where(Indicator.plan_id == plan_id)
    if goal_id:
        query = query.where(Indicator.goal_id == goal_id)
    if area:
        query = query.where(Indicator.area == str(area))
    rows = sorted(session.scalars(query),
                  key=lambda i: (AREA_ORDER.get(i.area, 99), sort_key(i.title)))
    return [_view(session, i) for i in rows]


def delete_indicator(session: Session, indicator_id: str) -> None:
    """Delete an indicator and its measurements (soft)."""
    ind = common.get_live(session, Indicator, indicator_id, field="indicator_id")
    for point in _measurements(session, indicator_id):
        common.soft_delete(point)
    common.soft_delete(ind)
    session.flush()


# --------------------------------------------------------------------------- measurements


def _clean_measurement(session: Session, indicator_id: str, data: MeasurementInput,
                       except_id: str | None = None) -> dict:
    p = Problems()
    values = {
        "measured_on": common.jalali_date(data.measured_on, field="measured_on", problems=p,
                                          required=True),
        "value": decimal(data.value, field="value", problems=p, required=True),
        "note": common.text(data.note, field="note", problems=p, limit=2000),
    }
    if values["measured_on"]:
        query = select(IndicatorMeasurement.id).where(
            IndicatorMeasurement.indicator_id == indicator_id,
            IndicatorMeasurement.measured_on == values["measured_on"],
            IndicatorMeasurement.deleted_at.is_(None))
        if except_id:
            query = query.where(IndicatorMeasurement.id != except_id)
        if session.scalar(query.limit(1)):
            p.add("indicator.date_taken", field="measured_on",
                  date=common.jalali(values["measured_on"]))
    p.raise_if_any()
    return values


def _point(row: IndicatorMeasurement, ind: Indicator, base: float | None) -> MeasurementView:
    return MeasurementView(id=row.id, indicator_id=row.indicator_id, measured_on=row.measured_on,
                           value=row.value, note=row.note,
                           percent=percent_of_way(base, ind.target, row.value))


def _point_view(session: Session, row: IndicatorMeasurement) -> MeasurementView:
    ind = session.get(Indicator, row.indicator_id)
    return _point(row, ind, _base(ind, _measurements(session, ind.id)))


def add_measurement(session: Session, indicator_id: str, data: MeasurementInput) -> MeasurementView:
    """Record the indicator's value on a date (one measurement per date)."""
    ind = common.get_live(session, Indicator, indicator_id, field="indicator_id")
    row = IndicatorMeasurement(council_id=ind.council_id, indicator_id=ind.id,
                               **_clean_measurement(session, ind.id, data))
    session.add(row)
    session.flush()
    return _point_view(session, row)


def update_measurement(session: Session, measurement_id: str,
                       data: MeasurementInput) -> MeasurementView:
    row = common.get_live(session, IndicatorMeasurement, measurement_id, field="measurement_id")
    common.apply(row, _clean_measurement(session, row.indicator_id, data, except_id=row.id))
    session.flush()
    return _point_view(session, row)


def delete_measurement(session: Session, measurement_id: str) -> None:
    common.soft_delete(common.get_live(session, IndicatorMeasurement, measurement_id,
                                       field="measurement_id"))
    session.flush()


def indicator_series(session: Session, indicator_id: str) -> IndicatorSeries:
    """The indicator with its measurements in date order, each with its percent of the way."""
    ind = common.get_live(session, Indicator, indicator_id, field="indicator_id")
    points = _measurements(session, ind.id)
    base = _base(ind, points)
    return IndicatorSeries(_view(session, ind), tuple(_point(r, ind, base) for r in points))
