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
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Callable

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


@dataclass(frozen=True)
class AuditRow:
    """One line of the audit log as the settings page shows it."""

    at: datetime
    actor: str
    table_name: str
    row_id: str
    action: str
    changes: dict


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
    if accounts is None:
        return False
    if hasattr(accounts, "has_accounts"):
        return bool(accounts.has_accounts(session))
    return bool(accounts.list_accounts(session))


def authenticate(session, username: str, password: str):
    """The account view for a right user name and password; DomainError otherwise."""
    return _service("accounts").authenticate(session, username, password)


def create_account(session, *, username: str, display_name: str, password: str,
                   role: str = "secretary"):
    return _service("accounts").create_account(session, username=username,
                                               display_name=display_name, password=password,
                                               role=role)


def list_accounts(session) -> list:
    accounts = _service("accounts")
    return list(accounts.list_accounts(session)) if accounts is not None else []


def accounts_available() -> bool:
    return _service("accounts") is not None


# --- settings ----------------------------------------------------------------------------------
def load_settings(session) -> UiSettings:
    settings = _service("settings")
    if settings is None:
        return UiSettings()
    view = settings.get_settings(session)
    return UiSettings(language=getattr(view, "language", "fa") or "fa",
                      auto_lock_minutes=int(getattr(view, "auto_lock_minutes", 10) or 0),
                      auto_backup=bool(getattr(view, "auto_backup", True)),
                      auto_backup_keep=int(getattr(view, "auto_backup_keep", AUTO_BACKUPS_KEPT)))


def save_settings(session, **values: Any) -> UiSettings:
    _service("settings").update_settings(session, **values)
    return load_settings(session)


def settings_available() -> bool:
    return _service("settings") is not None


# --- audit -------------------------------------------------------------------------------------
def list_audit(session, *, offset: int = 0, limit: int | None = 200, **filters) -> list:
    audit = _service("audit")
    if audit is None:
        return []
    return list(audit.list_audit(session, offset=offset, limit=limit, **filters))


def count_audit(session, **filters) -> int:
    audit = _service("audit")
    if audit is None or not hasattr(audit, "count_audit"):
        return 0
    return int(audit.count_audit(session, **filters))


# --- backup --------------------------------------------------------------------------------------
def backup_available() -> bool:
    return _service("backup") is not None


def make_backup(db, path: Path, progress: Callable[[int, int, str], None] | None = None):
    """Back the open database up to the file `path` (not through a Session: a file copy)."""
    return _service("backup").make_backup(db, path, **({"progress": progress} if progress else {}))


def restore_backup(db, path: Path, progress: Callable[[int, int, str], None] | None = None):
    return _service("backup").restore_backup(db, path,
                                             **({"progress": progress} if progress else {}))


def backup_file_name(now: datetime | None = None) -> str:
    """dabir-1405-08-24-1430.dabir-backup: the Jalali date and time, ASCII, sortable."""
    from app.persian import format_jalali  # noqa: PLC0415

    now = now or datetime.now()
    return f"dabir-{format_jalali(now.date(), 'iso')}-{now:%H%M}.dabir-backup"
