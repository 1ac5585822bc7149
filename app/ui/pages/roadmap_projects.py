"""The roadmap's projects tab: projects with progress bars, and the chosen project's detail.

Above, the plan's projects (progress drawn as a bar with its Persian percentage, green when
done, red when overdue) with what was pledged and received for each. Below, the chosen
project: its area, goal, dates, budget and funding totals, a progress
box to record how far it has come (`projects.set_progress`: 100 marks it done, a planned project
with progress starts on its way), its milestones (add one, mark one done) and its funding lines
(add one). Everything is read and written on the task runner; a refused value shows its Persian
reason beside the box.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QGroupBox, QHBoxLayout, QLabel, QPushButton, QScrollArea,
                               QSpinBox, QSplitter, QVBoxLayout, QWidget)

from app.enums import DevelopmentArea, ProjectStatus
from app.services import funding, projects, roadmap_summary
from app.ui import fmt, labels
from app.ui.pages.page_parts import caption, hint, record_table
from app.ui.pages.roadmap_models import (FundingTableModel, MilestoneTableModel,
                                         ProjectTableModel)
from app.ui.widgets import FormErrors
from app.ui.widgets.progress_delegate import ProgressBarDelegate


def project_detail(session, project_id: str, today):
    """A project with its milestones and funding lines (one read)."""
    return (projects.get_project(session, project_id, today=today),
            tuple(projects.list_milestones(session, project_id, today=today)),
            tuple(funding.list_funding(session, project_id)))


class ProjectDetail(QWidget):
    """One project: facts, progress, milestones, funding."""

    changed = Signal(object)  # ProjectView after a change

    def __init__(self, ctx, forms, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.forms = forms  # RoadmapForms
        self.project = None
        self.milestones: tuple = ()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)  # a long title and its facts never push the boxes off
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        first = QWidget(scroll)
        scroll.setWidget(first)
        col = QVBoxLayout(first)
        col.setContentsMargins(0, 0, 0, 0)
        self.title = caption("", first, size=12)
        self.facts = hint("", first)
        col.addWidget(self.title)
        col.addWidget(self.facts)
        box = QGroupBox(self.tr("Progress"), first)
        self.errors = FormErrors(box)
        inner = QHBoxLayout(box)
        self.progress = QSpinBox(box)
        self.progress.setRange(0, 100)
        self.progress.setSuffix("٪" if fmt.persian() else "%")
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress_error = self.errors.bind("progress", self.progress)
        self.progress_button = QPushButton(self.tr("Record progress"), box)
        inner.addWidget(QLabel(self.tr("How far it has come:"), box))
        inner.addWidget(self.progress)
        inner.addWidget(self.progress_button)
        inner.addStretch(1)
        col.addWidget(box)
        col.addWidget(self.progress_error)
        col.addWidget(self.errors.banner)
        self.edit_button = QPushButton(self.tr("Edit the project"), first)
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.edit_button)
        edit_row.addStretch(1)
        col.addLayout(edit_row)
        col.addStretch(1)
        row.addWidget(scroll, 4)

        box = QGroupBox(self.tr("Milestones"), self)
        inner = QVBoxLayout(box)
        self.milestone_model = MilestoneTableModel(self)
        self.milestone_table = record_table(self.milestone_model, box, stretch=0, sortable=False,
                                            widths={1: 85, 2: 85})
        self.milestone_table.setAccessibleName(self.tr("Milestones"))
        inner.addWidget(self.milestone_table)
        buttons = QHBoxLayout()
        self.add_milestone_button = QPushButton(self.tr("Add a milestone"), box)
        self.done_button = QPushButton(self.tr("Mark as done today"), box)
        buttons.addWidget(self.add_milestone_button)
        buttons.addWidget(self.done_button)
        buttons.addStretch(1)
        inner.addLayout(buttons)
        row.addWidget(box, 4)

        box = QGroupBox(self.tr("Funding"), self)
        inner = QVBoxLayout(box)
        self.funding_model = FundingTableModel(self)
        self.funding_table = record_table(self.funding_model, box, stretch=4, sortable=False,
                                          widths={0: 80, 1: 75, 2: 110, 3: 110})
        self.funding_table.setAccessibleName(self.tr("Funding"))
        inner.addWidget(self.funding_table)
        buttons = QHBoxLayout()
        self.add_funding_button = QPushButton(self.tr("Add a funding line"), box)
        buttons.addWidget(self.add_funding_button)
        buttons.addStretch(1)
        inner.addLayout(buttons)
        row.addWidget(box, 5)

        self.progress_button.clicked.connect(self.record_progress)
        self.add_milestone_button.clicked.connect(self.add_milestone)
        self.done_button.clicked.connect(self.mark_done)
        self.add_funding_button.clicked.connect(self.add_funding)
        self.show_project(None)

    def today(self):
        return self.forms.today()

    # --- showing ----------------------------------------------------------------------------------
    def load(self, project_id: str) -> None:
        self.ctx.runner.read(project_detail, project_id, self.today(), owner=self,
                             on_result=self._loaded)

    def _loaded(self, result) -> None:
        project, milestones, lines = result
        self.show_project(project)
        self.milestones = milestones
        self.milestone_model.set_rows(milestones)
        self.funding_model.set_rows(lines)

    def show_project(self, project) -> None:
        self.project = project
        self.errors.clear()
        for widget in (self.progress, self.progress_button, self.add_milestone_button,
                       self.done_button, self.add_funding_button, self.edit_button):
            widget.setEnabled(project is not None)
        if project is None:
            self.title.setText(self.tr("Choose a project"))
            self.facts.setText("")
            self.milestone_model.set_rows([])
            self.funding_model.set_rows([])
            return
        self.title.setText(project.title)
        facts = [labels.label(project.area, DevelopmentArea) + " — "
                 + labels.label(project.status, ProjectStatus)]
        if project.goal_title:
            facts.append(self.tr("Goal: {goal}").format(goal=project.goal_title))
        if project.start_date or project.end_date:
            facts.append(self.tr("From {start} to {end}").format(
                start=fmt.jdate(project.start_date) or "…", end=fmt.jdate(project.end_date) or "…"))
        if project.budget:
            facts.append(self.tr("Budget: {amount} rials").format(
                amount=fmt.number(project.budget)))
        facts.append(self.tr("Pledged {pledged}, received {received} rials").format(
            pledged=fmt.number(project.pledged), received=fmt.number(project.received)))
        if project.overdue:
            facts.append(self.tr("Past its end date and not finished."))
        self.facts.setText("\n".join(facts))
        self.progress.setValue(project.progress)

    # --- actions ----------------------------------------------------------------------------------
    def record_progress(self) -> None:
        if self.project is None:
            return
        self.errors.clear()
        self.ctx.runner.write(projects.set_progress, self.project.id, self.progress.value(),
                              today=self.today(), owner=self, on_result=self._changed,
                              on_error=self.errors.show_error)

    def _changed(self, project) -> None:
        self.changed.emit(project)
        self.load(project.id)

    def add_milestone(self) -> None:
        if self.project is None:
            return
        dialog = self.forms.milestone_dialog(self, self.project.id)
        dialog.saved.connect(lambda _m: self._changed(self.project))
        dialog.open()
        self.dialog = dialog

    def mark_done(self) -> None:
        index = self.milestone_table.currentIndex()
        if self.project is None or not index.isValid():
            return
        milestone = self.milestone_model.row_at(index.row())
        self.ctx.runner.write(projects.update_milestone, milestone.id, projects.MilestoneInput(
            title=milestone.title, due_date=milestone.due_date,
            done_on=milestone.done_on or self.today()), today=self.today(), owner=self,
            on_result=lambda _m: self._changed(self.project), on_error=self.errors.show_error)

    def add_funding(self) -> None:
        if self.project is None:
            return
        self.ctx.runner.read(funding.list_benefactors, self.ctx.council_id, owner=self,
                             on_result=self._funding_dialog)

    def _funding_dialog(self, benefactors) -> None:
        dialog = self.forms.funding_dialog(self, self.project.id, benefactors)
        dialog.saved.connect(lambda _f: self._changed(self.project))
        dialog.open()
        self.dialog = dialog


class ProjectsTab(QWidget):
    """Projects table above the chosen project's detail."""

    overview_loaded = Signal(object)  # ProjectsOverview (the funding tab shows its sources)

    def __init__(self, ctx, forms, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.forms = forms
        self.plan_id: str | None = None
        self._pending: str | None = None
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 6, 0, 0)
        split = QSplitter(Qt.Orientation.Vertical, self)
        top = QWidget(split)
        inner = QVBoxLayout(top)
        inner.setContentsMargins(0, 0, 0, 0)
        self.model = ProjectTableModel(self)
        self.table = record_table(self.model, top, stretch=0,
                                  widths={1: 100, 2: 90, 3: 130, 4: 130, 5: 130, 6: 90})
        self.table.setItemDelegateForColumn(3, ProgressBarDelegate(self.table))
        self.table.setAccessibleName(self.tr("Projects"))
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        inner.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New project"), top)
        buttons.addWidget(self.new_button)
        self.summary = QLabel(top)
        buttons.addWidget(self.summary, 1)
        inner.addLayout(buttons)
        self.detail = ProjectDetail(ctx, forms, split)
        split.setSizes([270, 300])
        col.addWidget(split)
        self.table.selectionModel().currentRowChanged.connect(self._picked)
        self.detail.changed.connect(self._project_changed)
        self.new_button.clicked.connect(self.new_project)
        self.detail.edit_button.clicked.connect(self.edit_project)
        self.goals: tuple = ()

    def load(self, plan_id: str | None, goals=()) -> None:
        self.plan_id = plan_id
        self.goals = tuple(goals)
        self.ctx.runner.read(roadmap_summary.projects_overview, self.ctx.council_id,
                             plan_id=plan_id, today=self.forms.today(), owner=self,
                             on_result=self._loaded)

    def _loaded(self, overview) -> None:
        keep = self._pending or (self.detail.project.id if self.detail.project else None)
        self._pending = None
        self.model.set_rows(overview.projects)
        self.overview_loaded.emit(overview)
        self.summary.setText(self.tr("{n} projects, {p} done overall (weighted by budget)").format(
            n=fmt.number(len(overview.projects)),
            p=f"{fmt.number(overview.progress)}{'٪' if fmt.persian() else '%'}"))
        if keep:
            self.select(keep)
        elif self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))
        else:
            self.detail.show_project(None)

    def select(self, project_id: str) -> bool:
        row = self.model.row_of(project_id)
        if row < 0:
            self._pending = project_id
            return False
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.scrollTo(self.model.index(row, 0))
        self.detail.load(project_id)
        return True

    def _picked(self, current, _previous) -> None:
        if current.isValid():
            self.detail.load(self.model.row_at(current.row()).id)

    def _project_changed(self, project) -> None:
        self.model.replace_row(project)
        self.load(self.plan_id, self.goals)

    def new_project(self) -> None:
        dialog = self.forms.project_dialog(self, self.plan_id, self.goals)
        dialog.saved.connect(lambda p: (setattr(self, "_pending", p.id),
                                        self.load(self.plan_id, self.goals)))
        dialog.open()
        self.dialog = dialog

    def edit_project(self) -> None:
        project = self.detail.project
        if project is None:
            return
        dialog = self.forms.project_dialog(self, self.plan_id, self.goals, project)
        dialog.saved.connect(lambda p: (setattr(self, "_pending", p.id),
                                        self.load(self.plan_id, self.goals)))
        dialog.open()
        self.dialog = dialog
