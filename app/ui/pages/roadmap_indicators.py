"""The roadmap's indicators tab: each indicator, its measurements, and a chart against the target.

Left, the plan's indicators (unit, baseline, target, latest value, how far of the way from the
baseline to the target, drawn as a bar; green once the target is met). Right, the chosen
indicator as a line chart of its measurements over time with the target (and baseline) as
dashed lines, Jalali dates under the points and Persian digits on the axes, its measurements
in a table, and a row to record a new measurement (date, value, note). An indicator may go down
towards its target (fewer drop-outs); the service's percent follows that direction.
"""
from __future__ import annotations

from PySide6.QtWidgets import (QGridLayout, QGroupBox, QHBoxLayout, QLineEdit, QPushButton,
                               QSplitter, QVBoxLayout, QWidget)

from app.services import indicators
from app.ui.pages.page_parts import caption, hint, record_table
from app.ui.pages.roadmap_models import (IndicatorTableModel, MeasurementTableModel,
                                         decimal_text)
from app.ui.widgets import FormErrors, JalaliDateEdit
from app.ui.widgets.charts import ChartView, line_chart, new_chart
from app.ui.widgets.progress_delegate import ProgressBarDelegate


class IndicatorsTab(QWidget):
    """Indicator table beside the chosen indicator's chart and measurements."""

    def __init__(self, ctx, today, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.plan_id: str | None = None
        self.series = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 6, 0, 0)
        split = QSplitter(self)
        row.addWidget(split)

        self.model = IndicatorTableModel(self)
        self.table = record_table(self.model, split, stretch=0,
                                  widths={0: 220, 1: 75, 2: 80, 3: 55, 4: 55, 5: 55, 6: 100})
        self.table.setItemDelegateForColumn(6, ProgressBarDelegate(self.table))
        self.table.setAccessibleName(self.tr("Indicators"))

        right = QWidget(split)
        col = QVBoxLayout(right)
        col.setContentsMargins(0, 0, 0, 0)
        self.title = caption(self.tr("Choose an indicator"), right)
        self.facts = hint("", right)
        col.addWidget(self.title)
        col.addWidget(self.facts)
        self.chart = ChartView(new_chart(), right, min_height=260)
        col.addWidget(self.chart, 3)
        self.measure_model = MeasurementTableModel(self)
        self.measure_table = record_table(self.measure_model, right, stretch=2, sortable=False)
        self.measure_table.setAccessibleName(self.tr("Measurements"))
        self.measure_table.setMaximumHeight(140)
        col.addWidget(self.measure_table, 1)

        box = QGroupBox(self.tr("New measurement"), right)
        grid = QGridLayout(box)
        self.errors = FormErrors(box)
        self.measured_on = JalaliDateEdit(box)
        self.value = QLineEdit(box)
        self.value.setPlaceholderText(self.tr("value"))
        self.note = QLineEdit(box)
        self.note.setPlaceholderText(self.tr("note (optional)"))
        self.add_button = QPushButton(self.tr("Record"), box)
        value_error = self.errors.bind("value", self.value)
        self.errors.bind("measured_on", self.measured_on)
        note_error = self.errors.bind("note", self.note)
        grid.addWidget(self.measured_on, 0, 0)
        grid.addWidget(self.value, 0, 1)
        grid.addWidget(self.note, 0, 2)
        grid.addWidget(self.add_button, 0, 3)
        grid.addWidget(value_error, 1, 1)
        grid.addWidget(note_error, 1, 2)
        grid.addWidget(self.errors.banner, 2, 0, 1, 4)
        grid.setColumnStretch(2, 1)
        col.addWidget(box)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([660, 440])
        self.table.selectionModel().currentRowChanged.connect(self._picked)
        self.add_button.clicked.connect(self.add_measurement)
        self.value.returnPressed.connect(self.add_measurement)
        self.note.returnPressed.connect(self.add_measurement)
        self._set_enabled(False)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.measured_on, self.value, self.note, self.add_button):
            widget.setEnabled(enabled)

    def load(self, plan_id: str | None) -> None:
        self.plan_id = plan_id
        self.ctx.runner.read(indicators.list_indicators, self.ctx.council_id, plan_id=plan_id,
                             owner=self, on_result=self._loaded)

    def _loaded(self, rows) -> None:
        keep = self.series.indicator.id if self.series else None
        self.model.set_rows(rows)
        row = self.model.row_of(keep) if keep else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
        else:
            self.show_series(None)

    def _picked(self, current, _previous) -> None:
        if current.isValid():
            self.load_series(self.model.row_at(current.row()).id)

    def load_series(self, indicator_id: str) -> None:
        self.ctx.runner.read(indicators.indicator_series, indicator_id, owner=self,
                             on_result=self.show_series)

    def show_series(self, series) -> None:
        self.series = series
        self._set_enabled(series is not None)
        self.errors.clear()
        if series is None:
            self.title.setText(self.tr("Choose an indicator"))
            self.facts.setText("")
            self.chart.replace_chart(new_chart())
            self.measure_model.set_rows([])
            return
        ind = series.indicator
        self.title.setText(ind.title)
        facts = [self.tr("Unit: {unit}").format(unit=ind.unit)]
        if ind.baseline is not None:
            facts.append(self.tr("baseline {value}").format(value=decimal_text(ind.baseline)))
        if ind.target is not None:
            facts.append(self.tr("target {value}").format(value=decimal_text(ind.target)))
        if ind.target_met:
            facts.append(self.tr("target met"))
        self.facts.setText("، ".join(facts))
        points = [(p.measured_on, p.value) for p in series.points]
        self.chart.replace_chart(line_chart(
            points, name=self.tr("Measured ({unit})").format(unit=ind.unit), target=ind.target,
            baseline=ind.baseline, title=ind.title, target_name=self.tr("Target"),
            baseline_name=self.tr("Baseline")) if points else new_chart(ind.title))
        self.measure_model.set_rows(list(reversed(series.points)))

    def add_measurement(self) -> None:
        if self.series is None:
            return
        self.errors.clear()
        data = indicators.MeasurementInput(
            measured_on=self.measured_on.date() or self.measured_on.text(),
            value=self.value.text(), note=self.note.text())
        self.ctx.runner.write(indicators.add_measurement, self.series.indicator.id, data,
                              owner=self, on_result=self._added, on_error=self.errors.show_error)

    def _added(self, _point) -> None:
        self.value.clear()
        self.note.clear()
        self.measured_on.setDate(None)
        self.load(self.plan_id)
