"""Printing a meeting: the minutes (صورت‌جلسه) and the sign-in sheet, previewed before paper.

Both are built off the GUI thread by the shared `build_and_preview`: the service gathers the
document (`minutes.minutes_document`, `minutes.sign_in_sheet`) and the report renders it
(`app.reports.minutes_pdf`, `app.reports.sign_in_pdf`) into a temporary PDF, which opens in the
preview with Print and Save as PDF. Draft minutes print with the «پیش‌نویس» mark; finalised
ones with their verification code. Used by the editor and by Ctrl+P on the meetings list.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.reports.minutes_pdf import render_minutes
from app.reports.sign_in_pdf import render_sign_in
from app.services import minutes
from app.ui import fmt
from app.ui.widgets.pdf_preview import build_and_preview


def preview_minutes(widget: QWidget, runner, meeting_id: str, number: int) -> None:
    """The minutes of meeting `number`, built and shown with Print and Save as PDF."""
    build_and_preview(
        widget, runner,
        lambda s, path: render_minutes(minutes.minutes_document(s, meeting_id), path),
        title=QCoreApplication.translate("MeetingEditor", "Minutes of meeting {number}").format(
            number=fmt.digits(number)),
        suggested_name=f"minutes-{number}.pdf")


def preview_sign_in(widget: QWidget, runner, meeting_id: str, number: int) -> None:
    """The sheet the members sign at the door of meeting `number`."""
    build_and_preview(
        widget, runner,
        lambda s, path: render_sign_in(minutes.sign_in_sheet(s, meeting_id), path),
        title=QCoreApplication.translate("MeetingEditor", "Sign-in sheet of meeting {number}")
        .format(number=fmt.digits(number)),
        suggested_name=f"sign-in-{number}.pdf")
