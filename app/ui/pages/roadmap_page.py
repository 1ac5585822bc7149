"""The roadmap page: the local development plan, its goals, projects and indicators.

At the top the plan (a council may have had several; the one covering this Jalali year comes
first) with its period in Jalali years, when it was approved, and buttons to start or edit a
plan. Four tabs below: the plan's projects with progress bars and the chosen project's
milestones and funding (app.ui.pages.roadmap_projects); funding pledged and received by source
(app.ui.pages.roadmap_funding); the goals by development area; the indicators with a chart of
their measurements against the target (app.ui.pages.roadmap_indicators). Ctrl+N adds a
record of the tab shown (goal, project); `open_record(project_id)` shows a project (search
results). All reads and writes go through the task runner.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QPushButton, QStyle, QTabWidget,
                               QVBoxLayout, QWidget)

from app.services import projects, roadmap
from app.ui import fmt
from app.ui.dialogs.roadmap_dialogs import RoadmapForms
from app.ui.pages.base import QT_TRANSLATE_NOOP, Page
from app.ui.pages.page_parts import fill_combo, hint, record_table
from app.ui.pages.roadmap_funding import FundingTab
from app.ui.pages.roadmap_indicators import IndicatorsTab
from app.ui.pages.roadmap_models import GoalTableModel
from app.ui.pages.roadmap_projects import ProjectsTab


def plan_overview(session, council_id: str, today: date):
    """The council's plans and the goals of each (one read)."""
    plans = roadmap.list_plans(session, council_id)
    current = roadmap.current_plan(session, council_id, today)
    goals = {p.id: tuple(roadmap.list_goals(session, council_id, plan_id=p.id)) for p in plans}
    return plans, (current.id if current else None), goals


class RoadmapPage(Page):
    key = "roadmap"
    title_text = QT_TRANSLATE_NOOP("Navigation", "Development roadmap")
    icon = QStyle.StandardPixmap.SP_FileDialogListView

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.forms = RoadmapForms(ctx.runner, ctx.council_id, self.today, self)
        self.plans: list = []
        self.goals: dict[str, tuple] = {}
        self._open_project: str | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        self.make_title(outer)

        bar = QHBoxLayout()
        self.plan_combo = QComboBox(self)
        self.plan_combo.setMinimumContentsLength(42)
        self.plan_combo.setAccessibleName(self.tr("Plan"))
        self.period = QLabel(self)
        self.period.setObjectName("cardTitle")
        self.new_plan_button = QPushButton(self.tr("New plan"), self)
        self.edit_plan_button = QPushButton(self.tr("Edit the plan"), self)
        bar.addWidget(QLabel(self.tr("Plan:"), self))
        bar.addWidget(self.plan_combo)
        bar.addWidget(self.period, 1)
        bar.addWidget(self.new_plan_button)
        bar.addWidget(self.edit_plan_button)
        outer.addLayout(bar)
        self.description = hint("", self)
        outer.addWidget(self.description)

        self.tabs = QTabWidget(self)
        outer.addWidget(self.tabs, 1)
        goals_tab = QWidget(self)
        col = QVBoxLayout(goals_tab)
        col.setContentsMargins(0, 6, 0, 0)
        self.goal_model = GoalTableModel(self)
        self.goal_table = record_table(self.goal_model, goals_tab, stretch=1,
                                       widths={0: 140, 2: 90, 3: 90})
        self.goal_table.setAccessibleName(self.tr("Goals"))
        col.addWidget(self.goal_table, 1)
        row = QHBoxLayout()
        self.new_goal_button = QPushButton(self.tr("New goal"), goals_tab)
        row.addWidget(self.new_goal_button)
        row.addStretch(1)
        col.addLayout(row)
        self.projects_tab = ProjectsTab(ctx, self.forms, self)
        self.indicators_tab = IndicatorsTab(ctx, self.today, self)
        self.funding_tab = FundingTab(self)
        self.projects_tab.overview_loaded.connect(self.funding_tab.show_overview)
        self.tabs.addTab(self.projects_tab, self.tr("Projects"))
        self.tabs.addTab(self.funding_tab, self.tr("Funding by source"))
        self.tabs.addTab(goals_tab, self.tr("Goals"))
        self.tabs.addTab(self.indicators_tab, self.tr("Indicators"))

        self.plan_combo.currentIndexChanged.connect(self._plan_chosen)
        self.new_plan_button.clicked.connect(self.new_plan)
        self.edit_plan_button.clicked.connect(self.edit_plan)
        self.new_goal_button.clicked.connect(self.new_goal)

    def today(self) -> date:
        return self.ctx.extras.get("today") or date.today()

    # --- loading ----------------------------------------------------------------------------------
    def activated(self) -> None:
        if self.ctx.council_id is None:
            return
        self.forms.council_id = self.ctx.council_id
        self.ctx.runner.read(plan_overview, self.ctx.council_id, self.today(), owner=self,
                             on_result=self._plans_loaded)

    def _plans_loaded(self, result, choose: str | None = None) -> None:
        plans, current_id, self.goals = result
        self.plans = list(plans)
        keep = choose or self.plan_combo.currentData() or current_id
        fill_combo(self.plan_combo, [(p.title, p.id) for p in plans], None)
        index = self.plan_combo.findData(keep)
        if index >= 0:
            self.plan_combo.setCurrentIndex(index)
        self._plan_chosen()

    def current_plan(self):
        plan_id = self.plan_combo.currentData()
        return next((p for p in self.plans if p.id == plan_id), None)

    def _plan_chosen(self, *_args) -> None:
        plan = self.current_plan()
        self.edit_plan_button.setEnabled(plan is not None)
        self.new_goal_button.setEnabled(plan is not None)
        if plan is None:
            self.period.setText(self.tr("No plan yet: start one with «New plan»."))
            self.description.setText("")
            self.goal_model.set_rows([])
        else:
            text = self.tr("Years {start} to {end}").format(
                start=fmt.digits(plan.start_year), end=fmt.digits(plan.end_year))
            if plan.approved_on:
                text += " — " + self.tr("approved {date}").format(date=fmt.jdate(plan.approved_on,
                                                                               "long"))
            self.period.setText(text)
            self.description.setText(plan.description or "")
            self.goal_model.set_rows(self.goals.get(plan.id, ()))
        plan_id = plan.id if plan else None
        goals = self.goals.get(plan_id, ()) if plan_id else ()
        self.projects_tab.load(plan_id, goals)
        self.indicators_tab.load(plan_id)

    # --- actions ----------------------------------------------------------------------------------
    def _reload(self, choose: str | None = None) -> None:
        self.ctx.runner.read(plan_overview, self.ctx.council_id, self.today(), owner=self,
                             on_result=lambda r: self._plans_loaded(r, choose))

    def new_plan(self) -> None:
        self.dialog = self.forms.plan_dialog(self)
        self.dialog.saved.connect(lambda plan: self._reload(plan.id))
        self.dialog.open()

    def edit_plan(self) -> None:
        plan = self.current_plan()
        if plan is None:
            return
        self.dialog = self.forms.plan_dialog(self, plan)
        self.dialog.saved.connect(lambda p: self._reload(p.id))
        self.dialog.open()

    def new_goal(self) -> None:
        plan = self.current_plan()
        if plan is None:
            return
        self.dialog = self.forms.goal_dialog(self, plan.id)
        self.dialog.saved.connect(lambda _g: self._reload(plan.id))
        self.dialog.open()

    def new_record(self) -> None:
        if self.current_plan() is None:
            self.new_plan()
        elif self.tabs.currentWidget() is self.projects_tab:
            self.projects_tab.new_project()
        elif self.tabs.currentWidget() is self.indicators_tab:
            self.indicators_tab.value.setFocus()
        else:
            self.new_goal()

    def open_record(self, project_id: str) -> None:
        """Show a project (from search): its plan, the projects tab, its row and detail."""
        self.tabs.setCurrentWidget(self.projects_tab)
        self.ctx.runner.read(projects.get_project, project_id, today=self.today(), owner=self,
                             on_result=self._show_project)

    def _show_project(self, project) -> None:
        if project.plan_id and project.plan_id != self.plan_combo.currentData():
            index = self.plan_combo.findData(project.plan_id)
            if index >= 0:
                self.projects_tab._pending = project.id
                self.plan_combo.setCurrentIndex(index)
                return
        if not self.projects_tab.select(project.id):
            self.projects_tab.detail.load(project.id)
