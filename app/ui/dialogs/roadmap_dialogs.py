"""The roadmap's small forms: a plan, a goal, a project, a milestone, a funding line.

Each method of `RoadmapForms` builds a `RecordDialog` with the fields the service takes, prefilled when editing,
and the service call to run on OK. Years are Jalali and typed in either digits; dates use the
Jalali date field; money is in rials (volunteer hours for that kind of funding). The dialogs
stay open with the Persian reason beside the field when a save is refused.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from app.enums import DevelopmentArea, FundingKind, FundingSource, ProjectStatus
from app.persian import to_jalali
from app.services import funding, projects, roadmap
from app.ui import fmt
from app.ui.dialogs.record_dialog import RecordDialog
from app.ui.pages.page_parts import enum_combo, fill_combo, set_combo_value
from app.ui.widgets import JalaliDateEdit, NumberEdit


def _text(value: str | None = None, parent: QWidget | None = None) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setText(value or "")
    return edit


def _long(value: str | None = None) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(80)
    edit.setPlainText(value or "")
    return edit


def _date(value=None) -> JalaliDateEdit:
    edit = JalaliDateEdit()
    edit.setDate(value)
    return edit


def _year(value: int | None) -> NumberEdit:
    edit = NumberEdit()
    edit.setPlaceholderText(QCoreApplication.translate("RoadmapForms", "e.g. 1404"))
    if value:
        edit.setText(fmt.digits(value))
    return edit


class RoadmapForms(QObject):
    """Builds the roadmap's dialogs for one council (its runner and its 'today')."""

    def __init__(self, runner, council_id: str, today, parent: QObject | None = None):
        super().__init__(parent)
        self.runner = runner
        self.council_id = council_id
        self.today = today  # a callable

    def plan_dialog(self, parent: QWidget, plan=None) -> RecordDialog:
        """A new plan (plan None) or an edit of one."""
        title = self.tr("Edit the plan") if plan else self.tr("New roadmap plan")
        dialog = RecordDialog(self.runner, title, parent)
        this_year = to_jalali(self.today())[0]
        dialog.add_field("title", self.tr("Title"), _text(plan.title if plan else None))
        dialog.add_field("start_year", self.tr("First year"),
                         _year(plan.start_year if plan else this_year))
        dialog.add_field("end_year", self.tr("Last year"),
                         _year(plan.end_year if plan else this_year + 4))
        dialog.add_field("approved_on", self.tr("Approved on"),
                         _date(plan.approved_on if plan else None))
        dialog.add_field("description", self.tr("Description"),
                         _long(plan.description if plan else None))

        def submit(v):
            data = roadmap.PlanInput(title=v["title"], start_year=v["start_year"] or "",
                                     end_year=v["end_year"] or "", approved_on=v["approved_on"],
                                     description=v["description"])
            if plan:
                return roadmap.update_plan, (plan.id, data), {}
            return roadmap.create_plan, (self.council_id, data), {}

        dialog.on_submit(submit)
        return dialog

    def goal_dialog(self, parent: QWidget, plan_id: str) -> RecordDialog:
        dialog = RecordDialog(self.runner, self.tr("New goal"), parent)
        dialog.add_field("area", self.tr("Development area"), enum_combo(DevelopmentArea, None))
        dialog.add_field("title", self.tr("Goal"), _text())
        dialog.add_field("description", self.tr("Description"), _long())
        dialog.on_submit(lambda v: (roadmap.create_goal, (self.council_id, roadmap.GoalInput(
            plan_id=plan_id, area=v["area"], title=v["title"],
            description=v["description"])), {}))
        return dialog

    def project_dialog(self, parent: QWidget, plan_id: str | None, goals,
                       project=None) -> RecordDialog:
        """A new project of the plan (or an edit); `goals` are the plan's GoalViews."""
        title = self.tr("Edit the project") if project else self.tr("New project")
        dialog = RecordDialog(self.runner, title, parent)
        dialog.add_field("title", self.tr("Title"), _text(project.title if project else None))
        area = dialog.add_field("area", self.tr("Development area"),
                                enum_combo(DevelopmentArea, None))
        goal = QComboBox()
        fill_combo(goal, [(g.title, g.id) for g in goals], self.tr("(no goal)"))
        dialog.add_field("goal_id", self.tr("Goal"), goal)
        status = dialog.add_field("status", self.tr("Status"), enum_combo(ProjectStatus, None))
        dialog.add_field("start_date", self.tr("Start"),
                         _date(project.start_date if project else None))
        dialog.add_field("end_date", self.tr("End"), _date(project.end_date if project else None))
        budget = NumberEdit()
        budget.setValue(project.budget if project else None)
        dialog.add_field("budget", self.tr("Budget (rials)"), budget)
        dialog.add_field("description", self.tr("Description"),
                         _long(project.description if project else None))
        if project:
            set_combo_value(area, project.area)
            set_combo_value(goal, project.goal_id)
            set_combo_value(status, project.status)

        def submit(v):
            data = projects.ProjectInput(
                title=v["title"], area=v["area"], plan_id=plan_id, goal_id=v["goal_id"],
                description=v["description"], status=v["status"], start_date=v["start_date"],
                end_date=v["end_date"], budget=budget.text(),
                progress=project.progress if project else 0)
            if project:
                return projects.update_project, (project.id, data), {"today": self.today()}
            return projects.create_project, (self.council_id, data), {"today": self.today()}

        dialog.on_submit(submit)
        return dialog

    def milestone_dialog(self, parent: QWidget, project_id: str) -> RecordDialog:
        dialog = RecordDialog(self.runner, self.tr("New milestone"), parent)
        dialog.add_field("title", self.tr("Milestone"), _text())
        dialog.add_field("due_date", self.tr("Due date"), _date())
        dialog.add_field("done_on", self.tr("Done on"), _date())
        dialog.on_submit(lambda v: (projects.add_milestone, (project_id, projects.MilestoneInput(
            title=v["title"], due_date=v["due_date"], done_on=v["done_on"])),
            {"today": self.today()}))
        return dialog

    def funding_dialog(self, parent: QWidget, project_id: str, benefactors) -> RecordDialog:
        """A funding line: who pledged what (rials, or hours for volunteer work) and what came."""
        dialog = RecordDialog(self.runner, self.tr("New funding line"), parent)
        dialog.add_field("source", self.tr("Source"), enum_combo(FundingSource, None))
        dialog.add_field("kind", self.tr("Kind"), enum_combo(FundingKind, None))
        pledged, received = NumberEdit(), NumberEdit()
        for edit in (pledged, received):
            edit.setPlaceholderText(self.tr("rials (hours for volunteer work)"))
        dialog.add_field("pledged", self.tr("Pledged"), pledged)
        dialog.add_field("received", self.tr("Received so far"), received)
        benefactor = QComboBox()
        fill_combo(benefactor, [(b.full_name, b.id) for b in benefactors], self.tr("(none)"))
        dialog.add_field("benefactor_id", self.tr("Benefactor"), benefactor)
        dialog.add_field("note", self.tr("Note"), _text())
        dialog.on_submit(lambda v: (funding.add_funding, (project_id, funding.FundingInput(
            source=v["source"], kind=v["kind"], pledged=pledged.text() or 0,
            received=received.text() or 0, benefactor_id=v["benefactor_id"],
            note=v["note"])), {}))
        return dialog
