"""Where Dabir keeps its files, and the few settings that must be known before a database opens.

The data directory comes from platformdirs (so it is the right place on Windows as on Linux);
`DABIR_DATA_DIR` overrides it, which tests and portable installs on a USB stick rely on.
"""
from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "Dabir"
DB_FILENAME = "dabir.db"
AUTO_BACKUPS_KEPT = 10


def data_dir() -> Path:
    """The folder holding the database and automatic backups, created on first use."""
    override = os.environ.get("DABIR_DATA_DIR")
    path = Path(override) if override else Path(user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    """The database used when no `--db` is given."""
    return data_dir() / DB_FILENAME


def backups_dir(db_path: Path) -> Path:
    """Automatic backups of a database live in a folder beside it."""
    path = Path(db_path).resolve().parent / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path
