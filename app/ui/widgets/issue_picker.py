"""Choosing a neighbourhood issue to link a record to (a resolution, a demand), by searching.

A council of the large demo tracks 5,000 issues; a combo box of all of them would load every
one into a widget. `IssuePicker` shows the chosen issue's title with "Choose..." and "No issue"
buttons; "Choose..." opens `IssueChooser`, a search box over `issue_queries.list_issues` (every
typed word, ي/ك and digits folded by the service) that lists at most 50 matches, newest first,
re-asked a moment after each keystroke. Enter or a double click takes the highlighted issue.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget)

from app.services import issue_queries, issues
from app.ui import fmt

LIMIT = 50


class IssueChooser(QDialog):
    """A search box and the matching issues."""

    def __init__(self, runner, council_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner, self.council_id = runner, council_id
        self.setWindowTitle(self.tr("Choose an issue"))
        self.resize(560, 460)
        layout = QVBoxLayout(self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Words of the issue's title or address..."))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("Matching issues"))
        self.note = QLabel(self)
        self.note.setObjectName("hint")
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(self.tr("Link this issue"),
                                    QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._take)
        buttons.rejected.connect(self.reject)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.chosen: tuple[str, str] | None = None
        self._asked = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.query)
        self.search.textEdited.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._take)
        self.results.itemActivated.connect(lambda _i: self._take())
        self.query()

    def query(self) -> None:
        self._asked += 1
        asked = self._asked
        self.runner.read(issue_queries.list_issues, self.council_id,
                         query=self.search.text().strip() or None, limit=LIMIT + 1,
                         order="newest", owner=self,
                         on_result=lambda rows: self._show(asked, rows))

    def _show(self, asked: int, rows) -> None:
        if asked != self._asked:
            return
        self.results.clear()
        for issue in rows[:LIMIT]:
            item = QListWidgetItem(f"{issue.title} ({fmt.jdate(issue.reported_on)})")
            item.setData(Qt.ItemDataRole.UserRole, (issue.id, issue.title))
            self.results.addItem(item)
        if rows:
            self.results.setCurrentRow(0)
        if len(rows) > LIMIT:
            self.note.setText(self.tr("Only the newest {n} are shown; type more words.")
                              .format(n=fmt.number(LIMIT)))
        else:
            self.note.setText("" if rows else self.tr("No issue matches."))

    def _take(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        self.chosen = item.data(Qt.ItemDataRole.UserRole)
        self.accept()


class IssuePicker(QWidget):
    """The linked issue (or none), chosen by searching."""

    changed = Signal()

    def __init__(self, runner, council_id: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner, self.council_id = runner, council_id
        self._id: str | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.line = QLineEdit(self)
        self.line.setReadOnly(True)
        self.line.setPlaceholderText(self.tr("No issue linked"))
        self.choose_button = QPushButton(self.tr("Choose..."), self)
        self.clear_button = QPushButton(self.tr("No issue"), self)
        row.addWidget(self.line, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.clear_button)
        self.setFocusProxy(self.choose_button)
        self.choose_button.clicked.connect(self.choose)
        self.clear_button.clicked.connect(lambda: self._set(None, "", emit=True))

    def value(self) -> str | None:
        return self._id

    def set_value(self, issue_id: str | None, title: str | None = None) -> None:
        """Show an issue; its title is looked up when not given."""
        self._set(issue_id, title or "", emit=False)
        if issue_id and title is None:
            self.runner.read(issues.get_issue, issue_id, owner=self,
                             on_result=lambda v: self._id == v.id and self.line.setText(v.title))

    def choose(self) -> None:
        if self.council_id is None:
            return
        dialog = IssueChooser(self.runner, self.council_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: self.window().activateWindow())
        self._chooser = dialog  # tests reach the open dialog here
        dialog.accepted.connect(lambda: dialog.chosen and self._set(*dialog.chosen, emit=True))
        dialog.open()

    def _set(self, issue_id: str | None, title: str, *, emit: bool) -> None:
        changed = issue_id != self._id
        self._id = issue_id
        self.line.setText(title)
        if emit and changed:
            self.changed.emit()

    def set_locked(self, locked: bool) -> None:
        """The chosen issue stays readable; the buttons are disabled."""
        self.choose_button.setEnabled(not locked)
        self.clear_button.setEnabled(not locked)
