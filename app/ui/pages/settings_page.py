"""Settings and backup: language, auto-lock, backups made and restored, the audit log.

The language applies at the next start (the whole window is built right-to-left or not), and
the page says so. Auto-lock minutes take effect at once. "Back up now" asks for a folder (a USB
stick, typically) and writes one file named by the Jalali date; "Restore" asks for a backup
file and a clear confirmation, then every page reloads. Backups and restores run on the task
runner's writer thread with a busy bar, so the window never freezes. Automatic backups
(kept N) are settings the backup service acts on. The audit log shows who changed what.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (QCheckBox, QComboBox, QFileDialog, QFormLayout, QGroupBox,
                               QHBoxLayout, QLabel, QLineEdit, QMessageBox, QProgressBar, QPushButton,
                               QSpinBox, QStyle, QVBoxLayout, QWidget)

from app.config import backups_dir
from app.ui import shell_services
from app.ui.i18n import error_text
from app.ui.pages.accounts_panel import AccountsPanel
from app.ui.pages.audit_view import AuditView
from app.ui.pages.base import QT_TRANSLATE_NOOP, Page
from app.ui.widgets.form import FormErrors


class SettingsPage(Page):
    key = "settings"
    title_text = QT_TRANSLATE_NOOP("Navigation", "Settings and backup")
    icon = QStyle.StandardPixmap.SP_FileDialogDetailedView

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.settings = shell_services.UiSettings()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        self.make_title(outer)
        self.form = FormErrors(self)
        outer.addWidget(self.form.banner)
        top = QHBoxLayout()  # settings on the reading side, backup beside them
        outer.addLayout(top)
        top.addWidget(self._build_preferences(), 3)
        top.addWidget(self._build_backup(), 2)
        bottom = QHBoxLayout()
        outer.addLayout(bottom, 1)
        self.accounts = AccountsPanel(ctx, self)
        bottom.addWidget(self.accounts, 2)
        bottom.addWidget(self._build_audit(), 3)

    # --- layout ----------------------------------------------------------------------------------------
    def _build_preferences(self) -> QGroupBox:
        box = QGroupBox(self.tr("Language and locking"), self)
        grid = QFormLayout(box)
        grid.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.language = QComboBox(box)
        self.language.addItem("فارسی", "fa")
        self.language.addItem("English", "en")
        self.form.add_row(grid, self.tr("Language"), "language", self.language)
        grid.addRow("", self._hint(self.tr("A new language applies the next time Dabir starts.")))
        self.auto_lock = QSpinBox(box)
        self.auto_lock.setRange(0, 240)
        self.auto_lock.setSuffix(self.tr(" minutes"))
        self.auto_lock.setSpecialValueText(self.tr("never"))
        self.form.add_row(grid, self.tr("Lock after no use for"), "auto_lock_minutes",
                          self.auto_lock)
        self.auto_backup = QCheckBox(
            self.tr("Make a backup automatically when Dabir starts and closes"), box)
        self.form.add_row(grid, "", "auto_backup", self.auto_backup)
        self.keep = QSpinBox(box)
        self.keep.setRange(1, 100)
        self.form.add_row(grid, self.tr("Automatic backups kept"), "auto_backup_keep", self.keep)
        folder_row = QWidget(box)
        row = QHBoxLayout(folder_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.backup_folder = QLineEdit(folder_row)
        self.backup_folder.setReadOnly(True)
        self.backup_folder.setPlaceholderText(str(backups_dir(self.ctx.backend.path)))
        choose = QPushButton(self.tr("Choose..."), folder_row)
        choose.clicked.connect(self.choose_auto_folder)
        default = QPushButton(self.tr("Default"), folder_row)
        default.clicked.connect(self.backup_folder.clear)
        row.addWidget(self.backup_folder, 1)
        row.addWidget(choose)
        row.addWidget(default)
        self.backup_folder.setMinimumWidth(260)
        self.form.add_row(grid, self.tr("Folder of automatic backups"), "backup_folder", folder_row)
        self.save_button = QPushButton(self.tr("Save settings"), box)
        self.save_button.clicked.connect(self.save)
        grid.addRow("", self.save_button)
        if not shell_services.settings_available():
            box.setEnabled(False)
            grid.addRow("", self._hint(self.tr("Not available in this version yet.")))
        for widget in (self.language, self.auto_lock, self.keep):
            widget.setMinimumWidth(160)
        return box

    def _build_backup(self) -> QGroupBox:
        box = QGroupBox(self.tr("Backup"), self)
        col = QVBoxLayout(box)
        col.addWidget(self._hint(self.tr(
            "Keep a copy of all records on a USB stick or another disk. A backup is one file; "
            "restoring it replaces every record on this PC with the ones in the file.")))
        self.backup_button = QPushButton(self.tr("Back up now..."), box)
        self.restore_button = QPushButton(self.tr("Restore from a backup..."), box)
        self.backup_button.clicked.connect(self.choose_backup_folder)
        self.restore_button.clicked.connect(self.choose_restore_file)
        col.addWidget(self.backup_button)
        col.addWidget(self.restore_button)
        self.backup_progress = QProgressBar(box)
        self.backup_progress.hide()
        col.addWidget(self.backup_progress)
        self.backup_state = QLabel(box)
        self.backup_state.setWordWrap(True)
        col.addWidget(self.backup_state)
        if not shell_services.backup_available():
            self.backup_button.setEnabled(False)
            self.restore_button.setEnabled(False)
            col.addWidget(self._hint(self.tr("Not available in this version yet.")))
        col.addStretch(1)
        return box

    def _build_audit(self) -> QGroupBox:
        box = QGroupBox(self.tr("Audit log: who changed what"), self)
        col = QVBoxLayout(box)
        self.audit = AuditView(self.ctx.runner, box)
        self.audit.setMinimumHeight(200)
        col.addWidget(self.audit)
        return box

    def _hint(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setObjectName("hint")
        return label

    # --- loading and saving settings --------------------------------------------------------------------
    def activated(self) -> None:
        self.ctx.runner.read(shell_services.load_settings, owner=self, on_result=self._show)
        self.audit.refresh()
        self.accounts.refresh()

    def _show(self, settings: shell_services.UiSettings) -> None:
        self.settings = settings
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.auto_lock.setValue(settings.auto_lock_minutes)
        self.auto_backup.setChecked(settings.auto_backup)
        self.keep.setValue(settings.auto_backup_keep)
        self.backup_folder.setText(settings.backup_folder or "")

    def save(self) -> None:
        """Ctrl+S on this page: save the settings."""
        if not shell_services.settings_available():
            return
        self.form.clear()
        self.ctx.runner.write(shell_services.save_settings, language=self.language.currentData(),
                              auto_lock_minutes=self.auto_lock.value(),
                              auto_backup=self.auto_backup.isChecked(),
                              auto_backup_keep=self.keep.value(),
                              backup_folder=self.backup_folder.text() or None, owner=self,
                              on_result=self._saved, on_error=self.form.show_error)

    def _saved(self, settings: shell_services.UiSettings) -> None:
        language_changed = settings.language != self.settings.language
        self._show(settings)
        window = self.window()
        idle = getattr(window, "idle", None)
        if idle is not None and self.ctx.account is not None:
            idle.set_minutes(settings.auto_lock_minutes)
        message = self.tr("Settings saved.")
        if language_changed:
            message += " " + self.tr("The new language applies when Dabir starts again.")
        self.status_message.emit(message)
        self.backup_state.setText("")

    def choose_auto_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder of automatic backups"))
        if folder:
            self.backup_folder.setText(folder)

    # --- backup and restore --------------------------------------------------------------------------------
    def choose_backup_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose where to keep the backup"))
        if folder:
            self.backup_to(Path(folder) / shell_services.backup_file_name())

    def backup_to(self, path: Path) -> None:
        db = self.ctx.backend.db
        self._busy(True, self.tr("Making the backup..."))
        self.ctx.runner.run(lambda: shell_services.make_backup(db, path), owner=self,
                            on_result=lambda _info: self._backup_done(path),
                            on_error=self._backup_failed, name="backup")

    def _backup_done(self, path: Path) -> None:
        self._busy(False, self.tr("Backup saved: {path}").format(path=path))

    def choose_restore_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the backup to restore"), "",
            self.tr("Dabir backups (*.db);;All files (*)"))
        if name and self.confirm_restore(Path(name)):
            self.restore_from(Path(name))

    def confirm_restore(self, path: Path) -> bool:
        answer = QMessageBox.warning(
            self, self.tr("Restore a backup"),
            self.tr("Every record on this PC will be replaced by the records in {file}. "
                    "Records entered after that backup was made will be lost. Go on?").format(
                file=path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def restore_from(self, path: Path) -> None:
        db = self.ctx.backend.db
        self._busy(True, self.tr("Restoring..."))
        self.ctx.runner.run(lambda: shell_services.restore_backup(db, path), owner=self,
                            on_result=self._restored,
                            on_error=self._backup_failed, name="restore")

    def _restored(self, result) -> None:
        text = self.tr("Restored from {path}.").format(path=result.restored_from)
        if result.safety_backup:
            text += " " + self.tr("The records as they were before are kept in {path}.").format(
                path=result.safety_backup)
        self._busy(False, text)
        window = self.window()
        if hasattr(window, "data_changed"):
            window.data_changed()

    def _backup_failed(self, exc: BaseException) -> None:
        self._busy(False, error_text(exc))

    def _busy(self, busy: bool, text: str) -> None:
        self.backup_progress.setVisible(busy)
        self.backup_progress.setRange(0, 0)
        available = shell_services.backup_available()
        self.backup_button.setEnabled(not busy and available)
        self.restore_button.setEnabled(not busy and available)
        self.backup_state.setText(text)
