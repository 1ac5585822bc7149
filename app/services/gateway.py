"""The one door from the UI (and other long-lived callers) into the services.

A `Backend` owns the open database and who is acting; `call(fn, ...)` runs one service
function in its own unit of work (a session opened, committed or rolled back, closed) and
returns the service's dataclasses. The UI therefore never opens a Session or sees the ORM, and
every call is short-lived, which is what SQLite in WAL mode and the background task runner want.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, TypeVar

from app.db import Database
from app.services.database import open_database

R = TypeVar("R")


class Backend:
    """An open council database plus the acting account's name."""

    def __init__(self, db: Database, actor: str | None = None):
        self.db = db
        self.actor = actor

    @classmethod
    def open(cls, path: Path | str | None = None, actor: str | None = None) -> "Backend":
        return cls(open_database(path), actor)

    @property
    def path(self) -> Path:
        return self.db.path

    def call(self, fn: Callable[..., R], *args: Any, **kwargs: Any) -> R:
        """Run `fn(session, *args, **kwargs)` in one transaction and return its result."""
        with self.db.session(actor=self.actor) as session:
            return fn(session, *args, **kwargs)

    def close(self) -> None:
        self.db.close()
