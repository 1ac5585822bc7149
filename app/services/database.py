"""Opening the council's database the way every entry point must: migrated, with the hooks on.

The UI, the CLI and the sync client all call `open_database`; it applies migrations and attaches
the audit/outbox hook (`tracking`) and the search-index hook (`search`), so no caller can write a
record that escapes the audit log, the outbox or the search index.
"""
from __future__ import annotations

from pathlib import Path

from app.config import default_db_path
from app.db import Database
from app.services import tracking


def open_database(path: Path | str | None = None) -> Database:
    """Open (creating and migrating if needed) the database at `path` or the default one."""
    db = Database(Path(path) if path else default_db_path())
    tracking.install(db.sessions)
    from app.services import search  # noqa: PLC0415 - search imports every model's doc builder

    search.install(db.sessions)
    return db
