"""QtCharts made right for a Persian screen: horizontal bars and a dated line, read right to left.

Two builders the dashboard and the roadmap page share. `bar_chart` draws horizontal bars with
the categories (committee or area names, Persian, joined by Qt's own shaping) on the right-hand
axis and the bars growing leftwards from it, as a right-to-left reader expects; `line_chart`
draws measurements over time with Jalali dates under the points and, when given, a dashed
target line, time flowing from right to left under right-to-left. Numbers on the axes and on the
bars come out in the language's digits: the chart's locale is the default QLocale (fa_IR) with
`localizeNumbers`, and the date labels are written by `app.ui.fmt`. Fonts follow the
application font (Vazirmatn), since a QChart does not inherit it by itself.
"""
from __future__ import annotations

from datetime import date
from typing import Sequence

from PySide6.QtCharts import (QBarCategoryAxis, QBarSet, QCategoryAxis, QChart, QChartView,
                              QHorizontalBarSeries, QHorizontalStackedBarSeries, QLineSeries,
                              QScatterSeries, QValueAxis)
from PySide6.QtCore import QLocale, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QCursor, QFont, QPainter, QPen
from PySide6.QtWidgets import QApplication, QSizePolicy, QToolTip, QWidget

from app.ui import fmt

PALETTE = ("#2e6b8a", "#c62828", "#9e9e9e", "#f9a825", "#43a047", "#6a1b9a")


def _rtl() -> bool:
    return QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def _font(point_delta: float = 0, bold: bool = False) -> QFont:
    font = QFont(QApplication.font())
    if point_delta:
        font.setPointSizeF(max(6.0, font.pointSizeF() + point_delta))
    font.setBold(bold)
    return font


def new_chart(title: str = "") -> QChart:
    """An empty chart with the app's font, the language's digits and no animations."""
    chart = QChart()
    chart.setLocale(QLocale())
    chart.setLocalizeNumbers(True)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(4)
    chart.setMargins(QMargins(4, 4, 4, 4))
    if title:
        chart.setTitle(title)
        chart.setTitleFont(_font(1, bold=True))
    legend = chart.legend()
    legend.setFont(_font(-1))
    legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


class ChartView(QChartView):
    """A chart view with antialiasing that keeps a sensible minimum size."""

    def __init__(self, chart: QChart | None = None, parent: QWidget | None = None,
                 min_height: int = 220):
        super().__init__(chart or new_chart(), parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(min_height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def replace_chart(self, chart: QChart) -> None:
        old = self.chart()
        self.setChart(chart)
        if old is not None and old is not chart:
            old.deleteLater()


def _value_axis(maximum: float, *, percent: bool, ticks: int = 5) -> QValueAxis:
    axis = QValueAxis()
    if percent:
        axis.setRange(0, 100)
        axis.setTickCount(6)
        axis.setLabelFormat("%.0f٪" if fmt.persian() else "%.0f%")
    else:
        axis.setRange(0, max(float(maximum), 4.0))
        axis.setTickCount(ticks)
        axis.applyNiceNumbers()  # round ticks: 0, 5, 10... or 0, 2000, 4000...
        axis.setLabelFormat("%.0f")  # localized numbers understand f, not d
    axis.setLabelsFont(_font(-1))
    axis.setReverse(_rtl())  # under RTL the bars grow leftwards from the right-hand axis
    return axis


def _tooltip(state: bool, index: int, bar_set: QBarSet, percent: bool) -> None:
    if not state:
        QToolTip.hideText()
        return
    value = bar_set.at(index)
    shown = fmt.number(value, 0 if float(value).is_integer() else 1)
    if percent:
        shown += "٪" if fmt.persian() else "%"
    QToolTip.showText(QCursor.pos(), f"{bar_set.label()}: {shown}")


def bar_chart(categories: Sequence[str], sets: Sequence[tuple[str, Sequence[float]]], *,
              title: str = "", stacked: bool = False, percent: bool = False,
              colours: Sequence[str] = PALETTE, labels_visible: bool | None = None) -> QChart:
    """Horizontal bars: one row per category (first category on top), one bar set per
    (name, values). `percent` fixes the value axis at 0–100 with a per-cent sign.

    Values are written on the bars unless a bar would be too thin to hold its number
    (`labels_visible` None decides that); hovering a bar always shows its set and value.
    """
    chart = new_chart(title)
    series = QHorizontalStackedBarSeries() if stacked else QHorizontalBarSeries()
    # QtCharts puts the first category at the bottom; reverse so the list reads top-down
    order = list(range(len(categories)))[::-1]
    totals = [0.0] * len(categories)
    # side-by-side bars stack upwards in set order: add them reversed so the first set is on top
    indexed = list(enumerate(sets))
    for i, (name, values) in (indexed if stacked else indexed[::-1]):
        bar_set = QBarSet(name)
        bar_set.setColor(QColor(colours[i % len(colours)]))
        bar_set.setBorderColor(QColor(colours[i % len(colours)]))
        bar_set.setLabelColor(QColor("white"))
        bar_set.setLabelFont(_font(-2))
        for j in order:
            value = float(values[j] or 0)
            bar_set.append(value)
            totals[j] = totals[j] + value if stacked else max(totals[j], value)
        series.append(bar_set)
    top = max(totals, default=0)
    if labels_visible is None:
        nonzero = [float(v) for _, values in sets for v in values if v]
        labels_visible = not nonzero or min(nonzero) >= 0.04 * max(max(totals), 1e-9)
    series.setLabelsVisible(labels_visible)
    series.hovered.connect(lambda state, index, bar_set: _tooltip(state, index, bar_set,
                                                                  percent))
    series.setLabelsFormat("@value")
    series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsCenter)
    series.setBarWidth(0.7)
    chart.addSeries(series)
    cat_axis = QBarCategoryAxis()
    cat_axis.append([categories[j] for j in order])
    cat_axis.setLabelsFont(_font(-1))
    cat_axis.setGridLineVisible(False)
    value_axis = _value_axis(top * (1.0 if stacked else 1.15), percent=percent)
    chart.addAxis(cat_axis, Qt.AlignmentFlag.AlignRight if _rtl() else Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(cat_axis)
    series.attachAxis(value_axis)
    chart.legend().setVisible(len(sets) > 1)
    chart.legend().setReverseMarkers(not stacked)
    return chart


def line_chart(points: Sequence[tuple[date, float]], *, name: str, target: float | None = None,
               baseline: float | None = None, title: str = "", target_name: str = "",
               baseline_name: str = "") -> QChart:
    """Measurements over time: a line with dots, the target (and baseline) as dashed lines,
    Jalali dates under the points."""
    chart = new_chart(title)
    if not points:
        return chart
    start = points[0][0]
    xs = [(d - start).days for d, _ in points]
    span = max(xs[-1], 1)
    left, right = -span * 0.12, span * 1.12  # room for the first and last date labels
    line = QLineSeries()
    line.setName(name)
    dots = QScatterSeries()
    dots.setMarkerSize(8)
    for x, (_, value) in zip(xs, points):
        line.append(QPointF(x, value))
        dots.append(QPointF(x, value))
    pen = QPen(QColor(PALETTE[0]))
    pen.setWidth(2)
    line.setPen(pen)
    dots.setColor(QColor(PALETTE[0]))
    line.setPointLabelsVisible(True)
    line.setPointLabelsFormat("@yPoint")
    line.setPointLabelsFont(_font(-2))
    line.setPointLabelsClipping(False)
    series = [line, dots]
    values = [v for _, v in points]
    for level, label, colour in ((target, target_name, "#c62828"),
                                 (baseline, baseline_name, "#757575")):
        if level is None:
            continue
        ref = QLineSeries()
        ref.setName(label)
        ref_pen = QPen(QColor(colour))
        ref_pen.setStyle(Qt.PenStyle.DashLine)
        ref_pen.setWidth(2)
        ref.setPen(ref_pen)
        ref.append(QPointF(left, level))
        ref.append(QPointF(right, level))
        series.append(ref)
        values.append(level)
    for s in series:
        chart.addSeries(s)
    dates_axis = QCategoryAxis()
    dates_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    dates_axis.setRange(left, right)
    dates_axis.setStartValue(left)
    seen = set()
    for x, (day, _) in zip(xs, points):
        label = fmt.jdate(day)
        if label not in seen:
            seen.add(label)
            dates_axis.append(label, x)
    dates_axis.setLabelsFont(_font(-2))
    dates_axis.setReverse(_rtl())
    low, high = min(values), max(values)
    pad = (high - low) * 0.15 or max(abs(high) * 0.15, 1.0)
    value_axis = QValueAxis()
    value_axis.setRange(0.0 if low >= 0 else low - pad, high + pad)
    value_axis.setTickCount(6)
    value_axis.applyNiceNumbers()
    interval = (value_axis.max() - value_axis.min()) / max(value_axis.tickCount() - 1, 1)
    value_axis.setLabelFormat("%.0f" if float(interval).is_integer() else "%.1f")
    value_axis.setLabelsFont(_font(-1))
    chart.addAxis(dates_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(value_axis, Qt.AlignmentFlag.AlignRight if _rtl() else Qt.AlignmentFlag.AlignLeft)
    for s in series:
        s.attachAxis(dates_axis)
        s.attachAxis(value_axis)
    markers = chart.legend().markers(dots)
    for marker in markers:
        marker.setVisible(False)
    return chart
