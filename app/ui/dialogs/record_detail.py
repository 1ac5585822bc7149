"""A read-only look at any searchable record, for when no page can open it directly.

The search page opens a result on its own page when that page can show one record
(`open_record`); otherwise (the page is not there yet, or shows lists only) it reads the record
through its service (`fetch_record`) and shows its main facts here: a member's role, seat and
term, a meeting's date and place, a resolution's text, owner and deadline, an issue's status
and committee, a demand's agency, letter and answer, a project's progress and funding, every
number and date in Persian digits and Jalali.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QScrollArea,
                               QVBoxLayout, QWidget)

from app import enums as e
from app.services import demands, issues, meetings, members, projects, resolutions
from app.ui import fmt, labels


def fetch_record(session, kind: str, row_id: str, today=None):
    """The record of a search hit, through its service."""
    if kind == "member":
        return members.get_member(session, row_id)
    if kind == "meeting":
        return meetings.get_meeting(session, row_id, today)
    if kind == "resolution":
        return resolutions.get_resolution(session, row_id, today)
    if kind == "issue":
        return issues.get_issue(session, row_id, today=today)
    if kind == "demand":
        return demands.get_demand(session, row_id, today=today)
    if kind == "project":
        return projects.get_project(session, row_id, today=today)
    raise ValueError(kind)


def _percent(value) -> str:
    return fmt.digits(f"{fmt.number(value)}٪" if fmt.persian() else f"{fmt.number(value)}%")


class RecordDetailDialog(QDialog):
    """The main facts of one record, read-only."""

    def __init__(self, kind: str, record, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        body = QWidget(scroll)
        form = QFormLayout(body)
        self.rows = self.facts(kind, record)
        for label, text in self.rows:
            value = QLabel(text, body)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, value)
        scroll.setWidget(body)
        layout.addWidget(scroll)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def facts(self, kind: str, r) -> list[tuple[str, str]]:
        """(label, text) pairs of a record's main facts."""
        if kind == "member":
            rows = [(self.tr("Name"), r.full_name),
                    (self.tr("Role"), labels.label(r.role, e.MemberRole)),
                    (self.tr("Seat"), labels.label(r.constituency, e.Constituency)),
                    (self.tr("Status"), labels.label(r.status, e.MemberStatus)),
                    (self.tr("Mobile"), fmt.digits(r.mobile or "")),
                    (self.tr("Term"), f"{fmt.jdate(r.term_start)} – {fmt.jdate(r.term_end)}")]
        elif kind == "meeting":
            rows = [(self.tr("Number"), fmt.number(r.number)),
                    (self.tr("Kind"), labels.label(r.kind, e.MeetingKind)),
                    (self.tr("Date"), fmt.jdate(r.date, "weekday")),
                    (self.tr("Place"), r.place or ""),
                    (self.tr("State"), labels.label(r.state, e.MeetingState)),
                    (self.tr("Resolutions"), fmt.number(len(r.resolutions)))]
        elif kind == "resolution":
            rows = [(self.tr("Number"), fmt.digits(r.number)), (self.tr("Text"), r.text),
                    (self.tr("Owner"), r.owner_name or ""),
                    (self.tr("Agency"), r.agency_name or ""),
                    (self.tr("Deadline"), fmt.jdate(r.deadline)),
                    (self.tr("Status"), labels.label(r.status, e.ResolutionStatus))]
        elif kind == "issue":
            rows = [(self.tr("Title"), r.title), (self.tr("Description"), r.description or ""),
                    (self.tr("Committee"), r.committee_name or ""),
                    (self.tr("Status"), labels.label(r.status, e.IssueStatus)),
                    (self.tr("Priority"), labels.label(r.priority, e.Priority)),
                    (self.tr("Reported on"), fmt.jdate(r.reported_on))]
        elif kind == "demand":
            rows = [(self.tr("Subject"), r.subject), (self.tr("Agency"), r.agency_name),
                    (self.tr("Letter"),
                     f"{fmt.digits(r.letter_no or '')} {fmt.jdate(r.letter_date)}"),
                    (self.tr("Due date"), fmt.jdate(r.due_date)),
                    (self.tr("Status"), labels.label(r.status, e.DemandStatus)),
                    (self.tr("Answer"), r.answer_text or "")]
        else:
            rows = [(self.tr("Title"), r.title),
                    (self.tr("Status"), labels.label(r.status, e.ProjectStatus)),
                    (self.tr("Progress"), _percent(r.progress)),
                    (self.tr("Pledged (rials)"), fmt.number(r.pledged)),
                    (self.tr("Received (rials)"), fmt.number(r.received)),
                    (self.tr("End date"), fmt.jdate(r.end_date))]
        return [(label, text) for label, text in rows if text and text.strip(" –")]
