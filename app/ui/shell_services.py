"""The service calls the application shell itself makes: accounts, settings, audit, backup.

Pages call their own area's services directly through the task runner. The shell (bootstrap,
login, auto-lock, the settings page) needs a handful of calls from services written alongside
it; they are gathered here so that a change in those services' signatures touches one file.
Each function takes a Session first like any service function, so it runs through
`Backend.call` on the task runner. While a service is not installed yet the shell degrades
instead of failing: default settings, no accounts (no login, no auto-lock), an empty audit log.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from app.config import AUTO_BACKUPS_KEPT


def _service(name: str):
    """The module app.services.<name>, or None while it does not exist yet."""
    try:
        return importlib.import_module(f"app.services.{name}")
    except ModuleNotFoundError as exc:
        if exc.name == f"app.services.{name}":
            return None
        raise


@dataclass(frozen=True)
class UiSettings:
    """The settings the shell uses."""

    language: str = "fa"
    auto_lock_minutes: int = 10
    auto_backup: bool = True
    auto_backup_keep: int = AUTO_BACKUPS_KEPT
    backup_folder: str | None = None  # None: backups/ beside the database


# --- council -----------------------------------------------------------------------------------
def startup_state(session) -> dict[str, Any]:
    """What the bootstrap needs to choose wizard, login or main window, in one read."""
    from app.services import council  # noqa: PLC0415

    has_council = council.has_council(session)
    return {
        "has_council": has_council,
        "council": council.get_council(session) if has_council else None,
        "has_accounts": has_accounts(session),
        "settings": load_settings(session),
    }


# --- accounts ----------------------------------------------------------------------------------
def has_accounts(session) -> bool:
    accounts = _service("accounts")
    return accounts is not None and bool(accounts.has_accounts(session))


def authenticate(session, username: str, password: str):
    """The AccountView for a right user name and password; ValidationError otherwise."""
    return _service("accounts").authenticate(session, username, password)


def create_account(session, *, username: str, display_name: str, password: str,
                   role: str = "secretary"):
    return _service("accounts").create_account(session, username=username,
                                               display_name=display_name, role=role,
                                               password=password)


def list_accounts(session) -> list:
    accounts = _service("accounts")
    return list(accounts.list_accounts(session)) if accounts is not None else []


def accounts_available() -> bool:
    return _service("accounts") is not None


# --- settings ----------------------------------------------------------------------------------
#: UiSettings field -> key in app.services.settings.SPECS
SETTING_KEYS = {"language": "language", "auto_lock_minutes": "auto_lock_minutes",
                "auto_backup": "auto_backup_enabled", "auto_backup_keep": "auto_backup_keep",
                "backup_folder": "backup_folder"}


def load_settings(session) -> UiSettings:
    settings = _service("settings")
    if settings is None:
        return UiSettings()
    values = settings.all_settings(session)
    return UiSettings(**{field: values[key] for field, key in SETTING_KEYS.items()
                         if key in values})


def save_settings(session, **values: Any) -> UiSettings:
    """Store the given UiSettings fields; every value is checked before any is written, so a
    refused value (shown beside its field, under the UiSettings field name) changes nothing."""
    settings = _service("settings")
    from app.errors import DomainError, ValidationError  # noqa: PLC0415

    problems, cleaned = [], {}
    for field, value in values.items():
        key = SETTING_KEYS[field]
        try:
            cleaned[key] = settings.clean_value(key, value)
        except DomainError as exc:
            problems.extend(replace(p, field=field) for p in exc.problems)
    if problems:
        raise ValidationError.from_problems(problems)
    for key, value in cleaned.items():
        settings.set_setting(session, key, value)
    return load_settings(session)


def settings_available() -> bool:
    return _service("settings") is not None


# --- audit -------------------------------------------------------------------------------------
def list_audit(session, *, offset: int = 0, limit: int = 100, **filters) -> list:
    """AuditViews (app.services.audit), newest first."""
    audit = _service("audit")
    if audit is None:
        return []
    return list(audit.list_audit(session, offset=offset, limit=limit, **filters))


def count_audit(session, **filters) -> int:
    audit = _service("audit")
    return int(audit.count_audit(session, **filters)) if audit is not None else 0


# --- backup --------------------------------------------------------------------------------------
def backup_available() -> bool:
    return _service("backup") is not None


def make_backup(db, path: Path):
    """Back the open database up into the file `path` (SQLite's online backup: safe while the
    app has it open); the BackupInfo."""
    return _service("backup").make_backup(db, path)


def restore_backup(db, path: Path):
    """Replace the open database with the backup `path` (a safety copy of the current one is
    kept); the RestoreResult."""
    return _service("backup").restore_backup(db, path)


def auto_backup(db_path: Path, settings: UiSettings):
    """The automatic backup (skipped when nothing changed since the last one); None or BackupInfo."""
    backup = _service("backup")
    if backup is None or not settings.auto_backup:
        return None
    return backup.auto_backup(db_path, settings.auto_backup_keep,
                              folder=settings.backup_folder or None)


def backup_file_name(now: datetime | None = None) -> str:
    """dabir-backup-1405-08-24-1430.db: the Jalali date and time, ASCII, sortable."""
    from app.persian import format_jalali  # noqa: PLC0415

    now = now or datetime.now()
    return f"dabir-backup-{format_jalali(now.date(), 'iso')}-{now:%H%M}.db"
