"""Backups and restore of the council's SQLite file: safe while in use, atomic, rotating.

A backup is made with SQLite's online backup API (`sqlite3.Connection.backup`, in one step, so
it is a consistent snapshot even while the app has the database open in WAL mode), turned into a
single self-contained file (journal mode DELETE), checked with `PRAGMA integrity_check`, stamped
with a `dabir.backup` row in its own `settings` table (format, schema revision, app version,
time, council code, content hash), and only then moved into place with `os.replace`, so a
half-written backup never carries the final name. A restore checks the file (a Dabir database,
not from a newer schema), copies it beside the database, migrates it to head and rebuilds its
search index there, takes a safety backup of the current database, and swaps the prepared file
in with one `os.replace`: any failure before the swap leaves the current database untouched.
Automatic backups rotate in `backups/` beside the database (newest N kept). An automatic backup
is skipped when nothing changed: the copy's bytes are hashed (page 1's change counter and
SQLite-version fields masked) and compared with the hash the last automatic backup recorded.
File mtimes cannot tell (in WAL mode writes land in the -wal file and the main file only moves on
checkpoints) and `PRAGMA data_version` only means something within one open connection; a hash
of the snapshot is exact, and an identical-content copy hashes identically. Pathlib only, no
shell, every sqlite3 connection closed before a file is replaced (Windows cannot replace an open
file). The plain-sqlite3 file helpers live in `app.services.backup_files`.
"""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.config import AUTO_BACKUPS_KEPT, backups_dir
from app.errors import NotFoundError, StateError, ValidationError
from app.models.base import utcnow
from app.services import backup_files as bf
from app.services.backup_files import AUTO_NAME, FORMAT, MARKER_KEY, BackupInfo

__all__ = ["BackupInfo", "RestoreResult", "backup_to", "make_backup", "read_backup_info",
           "list_backups", "auto_backup", "rotate", "restore_from", "restore_backup",
           "MARKER_KEY", "FORMAT", "AUTO_NAME"]


@dataclass(frozen=True)
class RestoreResult:
    """The outcome of a restore: what was restored and where the replaced data was kept."""

    restored_from: Path
    backup: BackupInfo
    safety_backup: Path | None  # the database as it was just before (None if it was empty)
    schema_revision: str | None  # after migrating the restored file


# --- making a backup -------------------------------------------------------------------------

def _source(db) -> Path:
    path = Path(getattr(db, "path", db))
    if not path.is_file():
        raise NotFoundError("backup.no_database", path=str(path))
    return path


def _snapshot(src: Path, tmp: Path) -> None:
    """A consistent single-file copy of `src` at `tmp` (online backup API, one step)."""
    bf.remove(tmp, *bf.sidecars(tmp))
    with closing(bf.connect(src)) as source, closing(bf.connect(tmp)) as dest:
        if bf.revision(source) is None:
            raise NotFoundError("backup.no_database", path=str(src))
        source.backup(dest)
        dest.execute("PRAGMA journal_mode=DELETE")


def _seal(tmp: Path, dest: Path, *, now: datetime, content_hash: str) -> BackupInfo:
    """Stamp, check, fsync and move the snapshot `tmp` to `dest`."""
    with closing(bf.connect(tmp)) as con:
        marker = {"format": FORMAT, "version": 1, "created_at": now.isoformat(),
                  "schema_revision": bf.revision(con), "app_version": bf.app_version(),
                  "council_code": bf.council_code(con), "content_hash": content_hash}
        con.execute("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)",
                    (MARKER_KEY, json.dumps(marker, ensure_ascii=False)))
        problem = bf.integrity_problem(con)
    if problem:
        raise StateError("backup.corrupt", path=str(dest), reason=problem)
    bf.fsync(tmp)
    os.replace(tmp, dest)
    bf.fsync_dir(dest.parent)
    with closing(bf.connect(dest)) as con:
        return bf.info_of(dest, marker, con)


def _write_backup(src: Path, dest: Path, *, now: datetime,
                  unless_hash: str | None = None) -> BackupInfo | None:
    dest = Path(dest)
    if dest.exists() and dest.resolve() == src.resolve():
        raise ValidationError("backup.same_file", field="path", path=str(dest))
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
    try:
        _snapshot(src, tmp)
        content_hash = bf.content_hash(tmp)
        if unless_hash is not None and content_hash == unless_hash:
            return None
        return _seal(tmp, dest, now=now, content_hash=content_hash)
    finally:
        bf.remove(tmp, *bf.sidecars(tmp))


def backup_to(db, path: Path | str, *, now: datetime | None = None) -> BackupInfo:
    """Back up the database (a `Database` or a path to its file) into the file `path`.

    Safe while the app has the database open. Raises NotFoundError('backup.no_database') when
    there is no Dabir database to copy, StateError('backup.corrupt') if the copy fails SQLite's
    integrity check (nothing is written at `path` then).
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    return _write_backup(_source(db), path, now=now or utcnow())


make_backup = backup_to  # the name app/cli/commands.py uses


def read_backup_info(path: Path | str) -> BackupInfo:
    """What a backup says about itself (for the restore dialog), or 'backup.not_a_backup'."""
    path = Path(path)
    if not bf.looks_like_sqlite(path):
        raise ValidationError("backup.not_a_backup", field="path", path=str(path))
    try:
        with closing(sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)) as con:
            marker = bf.read_marker(con)
            if marker is None and not bf.is_dabir_schema(con):
                raise ValidationError("backup.not_a_backup", field="path", path=str(path))
            return bf.info_of(path, marker, con)
    except sqlite3.DatabaseError as exc:
        raise ValidationError("backup.not_a_backup", field="path", path=str(path)) from exc


def list_backups(folder: Path | str) -> list[BackupInfo]:
    """The automatic backups in `folder`, newest first (unreadable files are left out)."""
    out = []
    for p in sorted(_auto_files(Path(folder)), reverse=True):
        try:
            out.append(read_backup_info(p))
        except ValidationError:
            continue
    return out


# --- automatic backups -----------------------------------------------------------------------

# --- automatic backups -----------------------------------------------------------------------

def _auto_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if AUTO_NAME.match(p.name))


def _is_empty(src: Path) -> bool:
    with closing(bf.connect(src)) as con:
        return bf.council_code(con) is None


def auto_backup(db_path: Path | str, keep: int = AUTO_BACKUPS_KEPT, *,
                folder: Path | str | None = None,
                now: datetime | None = None) -> BackupInfo | None:
    """Write backups/dabir-<UTC time>.db beside the database and keep the newest `keep`.

    Returns None (and writes nothing) when the database is missing or empty (no council set
    up) or its content is byte-for-byte what the last automatic backup holds.
    """
    src = Path(db_path)
    if not src.is_file() or _is_empty(src):
        return None
    folder = Path(folder) if folder else backups_dir(src)
    folder.mkdir(parents=True, exist_ok=True)
    now = now or utcnow()
    existing = _auto_files(folder)
    last_hash = None
    if existing:
        try:
            last_hash = read_backup_info(existing[-1]).content_hash
        except ValidationError:
            last_hash = None
    info = _write_backup(src, folder / f"dabir-{bf.file_stamp(now)}.db", now=now,
                         unless_hash=last_hash)
    if info is not None:
        rotate(folder, keep)
    return info


def rotate(folder: Path | str, keep: int = AUTO_BACKUPS_KEPT) -> list[Path]:
    """Delete the oldest automatic backups beyond `keep` (at least one is always kept)."""
    files = _auto_files(Path(folder))
    doomed = files[:max(0, len(files) - max(1, keep))]
    bf.remove(*doomed)
    return doomed


# --- restore ---------------------------------------------------------------------------------

def _known_revision(revision: str) -> bool:
    from alembic.script import ScriptDirectory

    from app.db import alembic_config

    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except Exception:  # noqa: BLE001 - alembic raises several kinds for an unknown revision
        return False


def _check_candidate(tmp: Path, shown: Path) -> BackupInfo:
    """Refuse a file that is not a Dabir database, is from a newer schema, or is damaged."""
    try:
        with closing(bf.connect(tmp)) as con:
            marker = bf.read_marker(con)
            if marker is None and not bf.is_dabir_schema(con):
                raise ValidationError("backup.not_a_backup", field="path", path=str(shown))
            revision = bf.revision(con)
            if revision is None:
                raise ValidationError("backup.not_a_backup", field="path", path=str(shown))
            if not _known_revision(revision):
                raise ValidationError("backup.newer", field="path", path=str(shown))
            problem = bf.integrity_problem(con)
            if problem:
                raise ValidationError("backup.corrupt", field="path", path=str(shown),
                                      reason=problem)
            info = bf.info_of(shown, marker, con)
            con.execute("DELETE FROM settings WHERE key = ?", (MARKER_KEY,))
            return info
    except sqlite3.DatabaseError as exc:
        raise ValidationError("backup.not_a_backup", field="path", path=str(shown)) from exc


def _prepare(tmp: Path) -> str | None:
    """Migrate the candidate to head and rebuild its search index, then make it one file."""
    from app.db import schema_revision
    from app.services.database import open_database
    from app.services.search import rebuild_index

    db = open_database(tmp)
    try:
        with db.session(actor="restore") as s:
            rebuild_index(s)
        revision = schema_revision(db.engine)
    finally:
        db.close()
    with closing(bf.connect(tmp)) as con:
        con.execute("PRAGMA journal_mode=DELETE")
    return revision


def _take_exclusive(target: Path) -> None:
    """Make sure no one else has the database open (leaving it one file, WAL folded in)."""
    try:
        with closing(sqlite3.connect(str(target), timeout=2, isolation_level=None)) as con:
            mode = con.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    except sqlite3.OperationalError as exc:
        raise StateError("backup.in_use", path=str(target)) from exc
    except sqlite3.DatabaseError:  # not a database at all: nothing can have it open
        return
    if str(mode).lower() != "delete":
        raise StateError("backup.in_use", path=str(target))


def _safety_backup(target: Path, now: datetime) -> Path | None:
    """A copy of the database about to be replaced (None when it holds no council)."""
    try:
        if _is_empty(target):
            return None
    except sqlite3.DatabaseError:
        pass
    dest = backups_dir(target) / f"before-restore-{bf.file_stamp(now)}.db"
    try:
        backup_to(target, dest, now=now)
    except (StateError, NotFoundError, sqlite3.DatabaseError):
        # the current file is damaged (often why one restores): keep its bytes as they are
        shutil.copyfile(target, dest)
    return dest


def restore_from(path: Path | str, db_path: Path | str, *,
                 now: datetime | None = None) -> RestoreResult:
    """Replace the database at `db_path` with the backup `path` (the database must be closed).

    Refusals (nothing changed): 'backup.not_a_backup', 'backup.newer', 'backup.corrupt',
    'backup.in_use' (another window still has the database open).
    """
    src, target = Path(path), Path(db_path)
    now = now or utcnow()
    if not src.is_file() or not bf.looks_like_sqlite(src):
        raise ValidationError("backup.not_a_backup", field="path", path=str(src))
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.restore-{os.getpid()}.tmp")
    bf.remove(tmp, *bf.sidecars(tmp))
    try:
        shutil.copyfile(src, tmp)
        src_wal = bf.sidecars(src)[0]
        if src_wal.exists():  # a database copied by hand while open: its WAL is part of it
            shutil.copyfile(src_wal, bf.sidecars(tmp)[0])
        info = _check_candidate(tmp, src)
        revision = _prepare(tmp)
        safety = None
        if target.exists():
            _take_exclusive(target)
            safety = _safety_backup(target, now)
        bf.fsync(tmp)
        bf.remove(*bf.sidecars(target))
        os.replace(tmp, target)
        bf.fsync_dir(target.parent)
    finally:
        bf.remove(tmp, *bf.sidecars(tmp))
    return RestoreResult(restored_from=src, backup=info, safety_backup=safety,
                         schema_revision=revision)


def restore_backup(db, path: Path | str, *, now: datetime | None = None) -> RestoreResult:
    """Restore into an open `Database`: its connections are closed first (the CLI's form)."""
    db.close()
    return restore_from(path, db.path, now=now)
