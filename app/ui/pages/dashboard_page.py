"""The dashboard: what needs the secretary's attention today, on one screen.

Cards across the top: the next meeting (number, Jalali date with weekday, time, place), open
and overdue resolutions, overdue demands, the last sync. Below them the overdue demands by
agency (the worst first), the neighbourhood's issues by committee as a stacked horizontal bar
chart (open, overdue, closed) and the roadmap's progress per development area (projects and
indicators), both read right to left with Persian labels and digits. Everything is one read on
the task runner (`dashboard_data`), so opening the page never blocks the window. Each card and
chart takes the secretary to its page (through `app.ui.navigate`, when the window has that
page): the next meeting opens that meeting, the overdue demands open the demands filtered to
the overdue ones. A card is a button to the keyboard too (Tab to it, Enter or Space).
The last sync shows «هنوز همگام‌سازی نشده» until the sync work provides a source: a service
function `(session) -> datetime | None` in `ctx.extras["last_sync"]` or `show_last_sync()`.
"""
from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QLabel, QStyle, QVBoxLayout,
                               QWidget)

from app.enums import DevelopmentArea, MeetingKind
from app.services import demand_stats, issue_queries, meetings, resolution_register
from app.services import roadmap_summary
from app.ui import fmt, labels
from app.ui.navigate import can_go, go_to
from app.ui.pages.base import QT_TRANSLATE_NOOP, Page
from app.ui.pages.page_parts import hint
from app.ui.widgets.charts import ChartView, bar_chart, new_chart

CARD_STYLE = """
QFrame#card { background: white; border: 1px solid #d5dde3; border-radius: 6px; }
QFrame#card:focus { border: 2px solid #2e6b8a; }
QLabel#cardTitle { color: #1f3a4d; font-weight: bold; }
QLabel#cardValue { font-size: 18pt; font-weight: bold; color: #1f3a4d; }
QLabel#cardAlert { font-size: 18pt; font-weight: bold; color: #b00020; }
"""


@dataclass(frozen=True)
class DashboardData:
    """Everything the dashboard shows, read in one transaction."""

    next_meeting: Any  # MeetingListRow | None
    resolutions: Any  # ResolutionStats
    overdue_demands: tuple  # AgencyOverdue, worst first
    committees: tuple  # CommitteeIssueCounts
    roadmap: Any  # RoadmapProgress
    last_sync: datetime | None


def dashboard_data(session, council_id: str, today: date, last_sync=None) -> DashboardData:
    """The dashboard's figures (a read run on the task runner)."""
    return DashboardData(
        next_meeting=meetings.next_meeting(session, council_id, today),
        resolutions=resolution_register.resolution_stats(session, council_id, today),
        overdue_demands=tuple(demand_stats.overdue_by_agency(session, council_id, today)),
        committees=tuple(issue_queries.issues_by_committee(session, council_id, today)),
        roadmap=roadmap_summary.roadmap_progress(session, council_id, today=today),
        last_sync=last_sync(session) if last_sync is not None else None)


def short_committee(name: str | None) -> str:
    """«کمیته سلامت» -> «سلامت»: the chart's title already says these are committees."""
    name = (name or "").strip()
    for prefix in ("کمیته ", "كميته "):
        if name.startswith(prefix) and len(name) > len(prefix):
            return name[len(prefix):]
    return name


class Card(QFrame):
    """A clickable, focusable box: a title, a big figure and a line or two of detail."""

    clicked = Signal()

    def __init__(self, title: str, parent: QWidget | None = None, *, stretch: bool = True):
        super().__init__(parent)
        self.setObjectName("card")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(4)
        self.title = QLabel(title, self)
        self.title.setObjectName("cardTitle")
        self.value = QLabel("", self)
        self.value.setObjectName("cardValue")
        self.detail = QLabel("", self)
        self.detail.setWordWrap(True)
        self.detail.setObjectName("hint")
        for widget in (self.title, self.value, self.detail):
            layout.addWidget(widget)
        if stretch:
            layout.addStretch(1)

    def set_content(self, value: str, detail: str = "", alert: bool = False) -> None:
        """The big figure and the detail line under it (hidden when empty)."""
        self.value.setText(value)
        self.value.setObjectName("cardAlert" if alert else "cardValue")
        self.value.style().unpolish(self.value)
        self.value.style().polish(self.value)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.setAccessibleDescription(f"{value} {detail}".strip())

    def set_link(self, enabled: bool) -> None:
        self.setCursor(Qt.CursorShape.PointingHandCursor if enabled
                       else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
                event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


class DashboardPage(Page):
    key = "dashboard"
    title_text = QT_TRANSLATE_NOOP("Navigation", "Dashboard")
    icon = QStyle.StandardPixmap.SP_DesktopIcon

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.setStyleSheet(CARD_STYLE)
        self.data: DashboardData | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.setSpacing(10)
        self.make_title(outer)

        cards = QHBoxLayout()
        cards.setSpacing(10)
        self.meeting_card = Card(self.tr("Next meeting"), self)
        self.resolutions_card = Card(self.tr("Resolutions"), self)
        self.demands_card = Card(self.tr("Overdue demands"), self)
        self.sync_card = Card(self.tr("Last sync"), self)
        self.targets = {self.meeting_card: "meetings", self.resolutions_card: "resolutions",
                        self.demands_card: "demands", self.sync_card: "sync"}
        for card, key in self.targets.items():
            cards.addWidget(card, 1)
            card.clicked.connect(lambda key=key: self.go(key))
        outer.addLayout(cards)

        grid = QGridLayout()
        grid.setSpacing(10)
        self.agency_box = Card(self.tr("Overdue demands by agency"), self, stretch=False)
        self.agency_box.value.hide()
        self.agency_box.detail.hide()
        self.agency_list = QLabel(self.agency_box)
        self.agency_list.setObjectName("agencyList")
        self.agency_list.setTextFormat(Qt.TextFormat.RichText)
        self.agency_list.setWordWrap(True)
        self.agency_list.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.agency_box.layout().addWidget(self.agency_list, 1)
        self.issues_chart = ChartView(new_chart(self.tr("Issues by committee")), self)
        self.roadmap_chart = ChartView(new_chart(self.tr("Roadmap progress by area")), self)
        self.chart_cards = {}
        panels = [(self.agency_box, "demands")]
        for view, key in ((self.issues_chart, "issues"), (self.roadmap_chart, "roadmap")):
            holder = Card(view.chart().title(), self, stretch=False)
            for label in (holder.title, holder.value, holder.detail):
                label.hide()
            holder.layout().setContentsMargins(2, 2, 2, 2)
            holder.layout().addWidget(view, 1)
            view.viewport().installEventFilter(self)
            self.chart_cards[view] = holder
            panels.append((holder, key))
        for column, (panel, key) in enumerate(panels):
            self.targets[panel] = key
            panel.clicked.connect(lambda key=key: self.go(key))
            grid.addWidget(panel, 0, column)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 3)
        outer.addLayout(grid, 1)
        self.note = hint(self.tr("Click a box to open its page."), self)
        outer.addWidget(self.note)
        self.show_last_sync(None)

    # --- data -------------------------------------------------------------------------------------
    def today(self) -> date:
        return self.ctx.extras.get("today") or date.today()

    def activated(self) -> None:
        for card, key in self.targets.items():
            card.set_link(can_go(self, key))
        if self.ctx.council_id is None:
            return
        self.ctx.runner.read(dashboard_data, self.ctx.council_id, self.today(),
                             self.ctx.extras.get("last_sync"), owner=self,
                             on_result=self.show_data)

    def show_data(self, data: DashboardData) -> None:
        self.data = data
        self._show_meeting(data.next_meeting)
        r = data.resolutions
        self.resolutions_card.set_content(
            self.tr("{n} open").format(n=fmt.number(r.open + r.in_progress)),
            self.tr("{n} overdue; {done} done of {total}").format(
                n=fmt.number(r.overdue), done=fmt.number(r.done), total=fmt.number(r.total)),
            alert=False)
        total = sum(o.overdue for o in data.overdue_demands)
        self.demands_card.set_content(
            fmt.number(total),
            self.tr("letters past their due date without an answer, at {n} agencies").format(
                n=fmt.number(len(data.overdue_demands))) if total
            else self.tr("No overdue demand."), alert=bool(total))
        self._show_agencies(data.overdue_demands)
        self._show_issue_chart(data.committees)
        self._show_roadmap_chart(data.roadmap)
        if data.last_sync is not None or "last_sync" in self.ctx.extras:
            self.show_last_sync(data.last_sync)

    def show_last_sync(self, when: datetime | None) -> None:
        """Show when this PC last synced (None: never); the sync work calls this too."""
        if when is None:
            self.sync_card.set_content(self.tr("Not synced yet"),
                                       self.tr("Records are kept on this PC."))
        else:
            self.sync_card.set_content(fmt.jdatetime(when), self.tr("with the provincial server"))

    def _show_meeting(self, meeting) -> None:
        if meeting is None:
            self.meeting_card.set_content(
                self.tr("None scheduled"),
                self.tr("Schedule the next meeting on the meetings page."))
            return
        parts = [fmt.jdate(meeting.date, "weekday")]
        if meeting.start_time:
            parts.append(self.tr("at {time}").format(time=fmt.clock(meeting.start_time)))
        detail = " ".join(parts)
        if meeting.place:
            detail += "\n" + meeting.place
        self.meeting_card.set_content(
            self.tr("Meeting No. {n} ({kind})").format(
                n=fmt.number(meeting.number), kind=labels.label(meeting.kind, MeetingKind)),
            detail)

    def _show_agencies(self, rows) -> None:
        if not rows:
            self.agency_list.setText(self.tr("Every agency has answered on time."))
            return
        blocks = []
        for row in rows[:8]:
            blocks.append(
                "<p style='margin:0 0 8px 0'><b>{name}</b>&nbsp;&nbsp;"
                "<span style='color:#b00020;font-weight:bold'>{n}</span><br>"
                "<span style='color:#555555'>{late}</span></p>".format(
                    name=html.escape(row.agency_name),
                    n=self.tr("{n} letters").format(n=fmt.number(row.overdue)),
                    late=self.tr("oldest {days} days late").format(
                        days=fmt.number(row.most_days_late))))
        more = len(rows) - 8
        if more > 0:
            blocks.append("<p style='color:#555555'>{}</p>".format(
                self.tr("and {n} more agencies").format(n=fmt.number(more))))
        self.agency_list.setText("".join(blocks))

    def _show_issue_chart(self, committees) -> None:
        names = [short_committee(c.committee_name) or self.tr("No committee")
                 for c in committees]
        overdue = [c.overdue for c in committees]
        open_ = [max(c.open - c.overdue, 0) for c in committees]
        closed = [c.total - c.open for c in committees]
        chart = bar_chart(names, [(self.tr("Open"), open_), (self.tr("Overdue"), overdue),
                                  (self.tr("Closed"), closed)],
                          title=self.tr("Issues by committee"), stacked=True)
        self.issues_chart.replace_chart(chart)

    def _show_roadmap_chart(self, progress) -> None:
        areas = [labels.label(a.area, DevelopmentArea) for a in progress.by_area]
        projects = [a.project_progress or 0 for a in progress.by_area]
        indicators = [a.indicator_progress or 0 for a in progress.by_area]
        title = self.tr("Roadmap progress by area")
        if progress.overall is not None:
            title = self.tr("Roadmap progress by area (overall {p})").format(
                p=fmt.digits(f"{fmt.number(round(progress.overall))}٪" if fmt.persian()
                             else f"{round(progress.overall)}%"))
        chart = bar_chart(areas, [(self.tr("Projects"), projects),
                                  (self.tr("Indicators"), indicators)],
                          title=title, percent=True)
        self.roadmap_chart.replace_chart(chart)

    # --- navigation -------------------------------------------------------------------------------
    def go(self, key: str) -> None:
        """Open the page behind a box: the next meeting itself, the demands filtered to the
        overdue ones."""
        if key == "meetings" and self.data is not None and self.data.next_meeting is not None:
            go_to(self, key, self.data.next_meeting.id, "meeting")
            return
        if go_to(self, key) and key == "demands":
            page = self.window().pages[key]
            if callable(getattr(page, "show_overdue", None)):
                page.show_overdue()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - a click on a chart opens its page
        if event.type() == event.Type.MouseButtonRelease:
            for view, holder in self.chart_cards.items():
                if obj is view.viewport():
                    holder.clicked.emit()
                    return True
        return super().eventFilter(obj, event)
