"""The SQLite-file side of backups: reading and stamping Dabir database files without the ORM.

Backups and restores handle database files that are not (or not yet) the open database, so they
use plain `sqlite3` connections, always closed before a file is moved (Windows cannot replace an
open file). This module holds those small pieces: what a backup's stamp (`dabir.backup` row in
its `settings` table) says, the schema revision and council code inside a file, the integrity
check, a content hash that ignores the header fields SQLite rewrites by itself, fsync and the
-wal/-shm/-journal companions of a file. `app.services.backup` builds the operations on them.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

MARKER_KEY = "dabir.backup"
FORMAT = "dabir-backup"
SQLITE_HEADER = b"SQLite format 3\x00"
#: automatic backups are named dabir-<UTC time>.db; nothing else in the folder is rotated
AUTO_NAME = re.compile(r"^dabir-\d{8}T\d{6}\.\d{3}Z\.db$")


@dataclass(frozen=True)
class BackupInfo:
    """What a backup file says about itself."""

    path: Path
    created_at: datetime | None
    schema_revision: str | None
    app_version: str | None
    council_code: str | None
    content_hash: str | None
    size: int


def app_version() -> str:
    """The installed Dabir version (written into each backup's stamp)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("dabir")
    except PackageNotFoundError:
        return "0+unknown"


def connect(path: Path) -> sqlite3.Connection:
    """A plain autocommit sqlite3 connection; close it (contextlib.closing) before moving files."""
    con = sqlite3.connect(str(path), timeout=10, isolation_level=None)
    con.execute("PRAGMA busy_timeout=10000")
    return con


def fsync(path: Path) -> None:
    with open(path, "rb+") as f:
        os.fsync(f.fileno())


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":  # Windows cannot open a directory; NTFS journals the rename
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove(*paths: Path) -> None:
    for p in paths:
        try:
            p.unlink()
        except FileNotFoundError:
            pass


def sidecars(path: Path) -> tuple[Path, Path, Path]:
    """The -wal, -shm and -journal files SQLite may keep beside `path`."""
    return (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"),
            path.with_name(path.name + "-journal"))


def content_hash(path: Path) -> str:
    """sha256 of the file, with the header fields SQLite rewrites on its own masked."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        header = bytearray(f.read(100))
        header[24:28] = b"\0" * 4  # file change counter
        header[92:100] = b"\0" * 8  # version-valid-for and SQLite version number
        h.update(header)
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def file_stamp(now: datetime) -> str:
    """'20261115T103000.000Z': UTC time to the millisecond, sortable as text."""
    now = now.astimezone(timezone.utc)
    return now.strftime("%Y%m%dT%H%M%S") + f".{now.microsecond // 1000:03d}Z"


def tables(con: sqlite3.Connection) -> set[str]:
    return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def revision(con: sqlite3.Connection) -> str | None:
    if "alembic_version" not in tables(con):
        return None
    row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def council_code(con: sqlite3.Connection) -> str | None:
    if "councils" not in tables(con):
        return None
    row = con.execute("SELECT code FROM councils WHERE deleted_at IS NULL "
                      "ORDER BY created_at LIMIT 1").fetchone()
    return row[0] if row else None


def integrity_problem(con: sqlite3.Connection) -> str | None:
    """None if `PRAGMA integrity_check` says ok, else its first complaints."""
    rows = [r[0] for r in con.execute("PRAGMA integrity_check")]
    return None if rows == ["ok"] else "; ".join(rows[:3])


def read_marker(con: sqlite3.Connection) -> dict | None:
    """The backup stamp of an open file, or None (no stamp, or not Dabir's)."""
    if "settings" not in tables(con):
        return None
    row = con.execute("SELECT value FROM settings WHERE key = ?", (MARKER_KEY,)).fetchone()
    try:
        data = json.loads(row[0]) if row else None
    except ValueError:
        return None
    return data if isinstance(data, dict) and data.get("format") == FORMAT else None


def info_of(path: Path, marker: dict | None, con: sqlite3.Connection) -> BackupInfo:
    """A BackupInfo from a stamp (or, for an unstamped file, from its contents)."""
    marker = marker or {}
    created = marker.get("created_at")
    return BackupInfo(path=path,
                      created_at=datetime.fromisoformat(created) if created else None,
                      schema_revision=marker.get("schema_revision") or revision(con),
                      app_version=marker.get("app_version"),
                      council_code=marker.get("council_code") or council_code(con),
                      content_hash=marker.get("content_hash"), size=path.stat().st_size)


def looks_like_sqlite(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(16) == SQLITE_HEADER
    except OSError:
        return False


def is_dabir_schema(con: sqlite3.Connection) -> bool:
    """A Dabir database copied by hand (no backup stamp) is accepted too."""
    return {"alembic_version", "councils", "members", "meetings"} <= tables(con)
