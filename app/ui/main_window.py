"""The main window: navigation bar on the right, the pages, the status bar, shortcuts, auto-lock.

The navigation list sits on the right under right-to-left (it is the first widget of a
horizontal layout); choosing an entry brings its page to the front of a QStackedWidget and
calls the page's `activated()`. The status bar shows the council, the logged-in account, the
sync state (a placeholder until the sync issue fills it) and a busy bar while the task runner
works (with the percentage when a task reports progress). Ctrl+N, Ctrl+S, Ctrl+P go to the
current page's `new_record`, `save`, `print_requested` when it has them; Ctrl+F opens the search
page and focuses its box. Failed tasks nobody handled end up in a message box here. After
`auto_lock_minutes` without input the window covers its contents and shows the login dialog.
"""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QMainWindow, QMessageBox, QProgressBar,
                               QStackedWidget, QWidget)

from app.ui.i18n import error_text
from app.ui.idle_lock import IdleLock
from app.ui.login_dialog import LoginDialog
from app.ui.pages.base import AppContext, Page
from app.ui.pages.registry import page_classes


class MainWindow(QMainWindow):
    """The secretary's window onto every page."""

    page_changed = Signal(str)
    locked_changed = Signal(bool)

    def __init__(self, ctx: AppContext, *, auto_lock_minutes: int = 0,
                 pages: list[type[Page]] | None = None):
        super().__init__()
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.resize(1366, 768)
        self._locked = False
        self.last_error = ""
        self.pages: dict[str, Page] = {}

        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.nav = QListWidget(central)
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFixedWidth(220)
        self.nav.setAccessibleName(self.tr("Sections"))
        self.stack = QStackedWidget(central)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        for cls in pages if pages is not None else page_classes():
            self.add_page(cls(ctx, self.stack))
        self.nav.currentRowChanged.connect(self._show_row)

        self.lock_cover = QLabel(self.tr("Locked"), self)
        self.lock_cover.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.lock_cover.setObjectName("pageTitle")
        self.lock_cover.hide()

        self._build_status_bar()
        self._build_shortcuts()
        self.runner_connections()
        self.idle = IdleLock(self, minutes=auto_lock_minutes if ctx.account is not None else 0)
        self.idle.timed_out.connect(self.lock)
        self.update_title()
        if self.nav.count():
            self.nav.setCurrentRow(0)

    # --- pages ---------------------------------------------------------------------------------------
    def add_page(self, page: Page) -> None:
        self.pages[page.key] = page
        self.stack.addWidget(page)
        item = QListWidgetItem(page.nav_icon(), page.title())
        item.setData(Qt.ItemDataRole.UserRole, page.key)
        self.nav.addItem(item)
        page.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))

    def current_page(self) -> Page | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, Page) else None

    def show_page(self, key: str) -> Page:
        """Bring the page `key` to the front (as clicking its navigation entry does)."""
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.setCurrentRow(row)
                return self.pages[key]
        raise KeyError(key)

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        key = self.nav.item(row).data(Qt.ItemDataRole.UserRole)
        page = self.pages[key]
        self.stack.setCurrentWidget(page)
        page.activated()
        self.page_changed.emit(key)

    def data_changed(self) -> None:
        """Every page forgets what it loaded (after a restore replaced the database)."""
        for page in self.pages.values():
            page.data_changed()

    # --- status bar ----------------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.council_label = QLabel(self)
        self.account_label = QLabel(self)
        self.sync_label = QLabel(self.tr("Sync: not set up"), self)
        self.sync_label.setObjectName("syncStatus")
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setMaximumWidth(180)
        self.busy_bar.setMaximumHeight(14)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.hide()
        # permanent widgets line up from the far (left, under RTL) end: add them last-read
        # first, so the council's name is read first and the busy bar last
        bar.addPermanentWidget(self.busy_bar)
        for widget in (self.sync_label, self.account_label, self.council_label):
            widget.setContentsMargins(10, 0, 10, 0)
            bar.addPermanentWidget(widget)
            if widget is not self.council_label:
                line = QFrame(self)
                line.setFrameShape(QFrame.Shape.VLine)
                line.setFrameShadow(QFrame.Shadow.Sunken)
                bar.addPermanentWidget(line)
        self.update_status()

    def update_status(self) -> None:
        council = self.ctx.council
        name = getattr(council, "name", "") or ""
        if self.ctx.demo:
            name = self.tr("{name} (demo)").format(name=name)
        self.council_label.setText(name)
        account = self.ctx.account
        if account is None:
            self.account_label.setText("")
        else:
            shown = getattr(account, "display_name", "") or getattr(account, "username", "")
            self.account_label.setText(self.tr("Logged in: {name}").format(name=shown))

    def update_title(self) -> None:
        name = getattr(self.ctx.council, "name", "") or ""
        self.setWindowTitle(self.tr("Dabir - {council}").format(council=name) if name
                            else self.tr("Dabir"))

    def runner_connections(self) -> None:
        runner = self.ctx.runner
        runner.busy_changed.connect(self._busy)
        runner.progress.connect(self._progress)
        runner.failed.connect(self._task_failed)

    def _busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        if not busy:
            self.busy_bar.setRange(0, 0)

    def _progress(self, _task, done: int, total: int, label: str) -> None:
        if total > 0:
            self.busy_bar.setRange(0, total)
            self.busy_bar.setValue(done)
        if label:
            self.statusBar().showMessage(label, 4000)

    def _task_failed(self, _task, exc: BaseException) -> None:
        """A failure no page handled: say so without blocking (no nested event loop)."""
        self.last_error = error_text(exc)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Not done"), self.last_error,
                          QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # --- shortcuts ---------------------------------------------------------------------------------------
    def _build_shortcuts(self) -> None:
        self.shortcuts = {}
        for name, keys in (("new", QKeySequence.StandardKey.New), ("save", QKeySequence.StandardKey.Save),
                           ("print", QKeySequence.StandardKey.Print),
                           ("search", QKeySequence.StandardKey.Find)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            self.shortcuts[name] = shortcut
        self.shortcuts["new"].activated.connect(lambda: self._call_page("new_record"))
        self.shortcuts["save"].activated.connect(lambda: self._call_page("save"))
        self.shortcuts["print"].activated.connect(lambda: self._call_page("print_requested"))
        self.shortcuts["search"].activated.connect(self.open_search)

    def _call_page(self, hook: str) -> bool:
        page = self.current_page()
        fn = getattr(page, hook, None) if page is not None else None
        if callable(fn):
            fn()
            return True
        return False

    def open_search(self) -> None:
        """Ctrl+F: the search page with its box focused (if the search page is present)."""
        if "search" in self.pages:
            page = self.show_page("search")
            if callable(page.focus_search):
                page.focus_search()
        else:
            self._call_page("focus_search")

    # --- locking -----------------------------------------------------------------------------------------
    @property
    def locked(self) -> bool:
        return self._locked

    def lock(self) -> None:
        """Cover the window and ask for a login; quit when the dialog is dismissed."""
        if self._locked or self.ctx.account is None:
            return
        self._locked = True
        self.centralWidget().hide()
        self.lock_cover.setGeometry(self.rect())
        self.lock_cover.show()
        self.locked_changed.emit(True)
        self.login_dialog = LoginDialog(self.ctx.runner, getattr(self.ctx.council, "name", ""),
                                        locked=True, parent=self)
        self.login_dialog.finished.connect(self._login_finished)
        self.login_dialog.open()

    def _login_finished(self, result: int) -> None:
        dialog = self.login_dialog
        if not result or dialog.account is None:
            QApplication.instance().quit()
            return
        self.set_account(dialog.account)
        self._locked = False
        self.lock_cover.hide()
        self.centralWidget().show()
        self.locked_changed.emit(False)
        self.idle.start()

    def set_account(self, account) -> None:
        self.ctx.account = account
        self.ctx.backend.actor = getattr(account, "username", None)
        self.update_status()

    def resizeEvent(self, event) -> None:  # noqa: N802 - keep the cover over the window
        super().resizeEvent(event)
        if self.lock_cover.isVisible():
            self.lock_cover.setGeometry(self.rect())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - finish running work first
        self.idle.stop()
        self.ctx.runner.shutdown()
        super().closeEvent(event)
