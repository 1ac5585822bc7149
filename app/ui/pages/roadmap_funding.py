"""The roadmap's funding tab: what each source pledged and what has actually arrived.

Projects in the pilot report were paid for by government, the municipality, benefactors and
residents together. This tab adds up the plan's funding lines per source (from the overview the
projects tab reads): a table in rials with what is still to come and volunteer hours apart, and
a horizontal bar chart of pledged against received per source in millions of rials, read right
to left with Persian labels and digits.
"""
from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.enums import FundingSource
from app.ui import fmt, labels
from app.ui.pages.page_parts import hint, record_table
from app.ui.pages.roadmap_models import SourceTableModel
from app.ui.widgets.charts import ChartView, bar_chart, new_chart

MILLION = 1_000_000


class FundingTab(QWidget):
    """Funding by source: table and chart."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 6, 0, 0)
        self.model = SourceTableModel(self)
        self.table = record_table(self.model, self, stretch=0, sortable=False,
                                  widths={0: 160, 1: 170, 2: 170, 3: 170, 4: 120, 5: 120})
        self.table.setAccessibleName(self.tr("Funding by source"))
        self.table.setFixedHeight(30 + 4 * 28 + 6)
        col.addWidget(self.table)
        self.totals = hint("", self)
        col.addWidget(self.totals)
        self.chart = ChartView(new_chart(), self, min_height=240)
        col.addWidget(self.chart, 1)

    def show_overview(self, overview) -> None:
        self.model.set_rows(overview.by_source)
        self.totals.setText(self.tr(
            "Budget of the projects: {budget} rials; pledged {pledged}, received {received} "
            "rials; volunteer hours pledged {hours_p}, given {hours_r}.").format(
            budget=fmt.number(overview.budget), pledged=fmt.number(overview.pledged),
            received=fmt.number(overview.received), hours_p=fmt.number(overview.hours_pledged),
            hours_r=fmt.number(overview.hours_received)))
        sources = [labels.label(t.source, FundingSource) for t in overview.by_source]
        pledged = [round(t.pledged / MILLION) for t in overview.by_source]
        received = [round(t.received / MILLION) for t in overview.by_source]
        self.chart.replace_chart(bar_chart(
            sources, [(self.tr("Pledged"), pledged), (self.tr("Received"), received)],
            title=self.tr("Pledged and received by source (million rials)"),
            colours=("#9e9e9e", "#2e6b8a")))
