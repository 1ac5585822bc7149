"""Backing up and restoring the server's database, always giving a restore a fresh epoch.

SQLite: `backup` uses SQLite's online backup API (`sqlite3.Connection.backup`), so the server
may keep running; `restore` copies the file into a temporary file next to the database, checks
it is a Dabir server database this version can migrate, stamps a new epoch into it and moves it
into place (an atomic rename). PostgreSQL: `pg_dump --format=custom` and `pg_restore --clean
--single-transaction` run as subprocesses; they come from PATH or from the newest
/usr/lib/postgresql/*/bin (Debian's `postgresql-client` package); without them the command
refuses. A restore refuses while it is unsure: the file is missing or not a Dabir server
backup of this backend, or the database still looks in use (SQLite: its -wal/-shm files exist;
PostgreSQL: other sessions are connected). Either way the restored database gets a fresh epoch:
every PC then pushes everything it has and pulls in full at its next sync, so nothing saved on
a PC after the backup is lost. Whoever restores by other means must run `rotate-epoch`.
"""
from __future__ import annotations

import glob
import os
import secrets
import shutil
import sqlite3
import subprocess
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import make_url

from server.db import Store, normalise_url

PG_BIN_GLOB = "/usr/lib/postgresql/*/bin"


class BackupRefused(ValueError):
    """A backup or restore that will not be done; the message is one line for the admin."""


# ------------------------------------------------------------------ helpers


def _sqlite_path(url: str) -> Path | None:
    parsed = make_url(normalise_url(url))
    if parsed.get_backend_name() != "sqlite":
        return None
    if not parsed.database or parsed.database == ":memory:":
        raise BackupRefused("an in-memory SQLite database cannot be backed up or restored")
    return Path(parsed.database).expanduser()


def pg_tool(name: str) -> str:
    """The path of a PostgreSQL client program (newest installed), or BackupRefused."""
    found = sorted(glob.glob(PG_BIN_GLOB), key=lambda p: int(Path(p).parent.name)
                   if Path(p).parent.name.isdigit() else 0)
    for folder in reversed(found):
        if Path(folder, name).exists():
            return str(Path(folder, name))
    which = shutil.which(name)
    if which:
        return which
    raise BackupRefused(f"{name} was not found: install PostgreSQL's client programs (Debian: "
                        "apt install postgresql-client) of the server's major version or newer")


def _pg_target(url: str) -> tuple[str, dict[str, str]]:
    """A libpq connection string (no password) and the environment carrying the password."""
    parsed = make_url(normalise_url(url))
    env = dict(os.environ)
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)
    plain = parsed.set(drivername="postgresql", password=None)
    return plain.render_as_string(hide_password=False), env


def _run(cmd: list[str], env: dict[str, str]) -> None:
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=3600)
    if done.returncode != 0:
        lines = [line for line in (done.stderr or done.stdout).splitlines() if line.strip()]
        reason = lines[0].strip() if lines else f"exit code {done.returncode}"
        raise BackupRefused(f"{Path(cmd[0]).name} failed: {reason}")


def _new_epoch(conn) -> str:
    epoch = secrets.token_hex(8)
    changed = conn.execute(text("UPDATE server_meta SET value = :v WHERE key = 'epoch'"),
                           {"v": epoch}).rowcount
    if not changed:
        conn.execute(text("INSERT INTO server_meta (key, value) VALUES ('epoch', :v)"),
                     {"v": epoch})
    return epoch


# ------------------------------------------------------------------ backup


def backup(url: str, target: Path) -> str:
    """Write a backup of the database at `url` to `target`; a one-line description."""
    target = Path(target)
    if target.exists():
        raise BackupRefused(f"{target} already exists; choose a new file name")
    target.parent.mkdir(parents=True, exist_ok=True)
    path = _sqlite_path(url)
    if path is not None:
        if not path.exists():
            raise BackupRefused(f"there is no database at {path}")
        partial = target.with_name(target.name + ".partial")
        source = sqlite3.connect(str(path), timeout=60)
        dest = sqlite3.connect(str(partial))
        try:
            source.backup(dest)  # online: consistent even while the server writes
            dest.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        finally:
            dest.close()
            source.close()
        os.replace(partial, target)
        return f"backed up {path} to {target} (SQLite, {target.stat().st_size} bytes)"
    conninfo, env = _pg_target(url)
    _run([pg_tool("pg_dump"), "--format=custom", "--no-owner", "--no-privileges",
          f"--file={target}", f"--dbname={conninfo}"], env)
    return f"backed up {make_url(conninfo).database} to {target} (PostgreSQL custom format, " \
           f"{target.stat().st_size} bytes)"


# ------------------------------------------------------------------ restore


def _check_sqlite_backup(candidate: Path) -> None:
    try:
        conn = sqlite3.connect(f"file:{candidate}?mode=ro", uri=True)
        try:
            ok = conn.execute("PRAGMA quick_check").fetchone()[0]
            epoch = conn.execute("SELECT value FROM server_meta WHERE key = 'epoch'").fetchone()
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise BackupRefused(f"{candidate} is not a Dabir server backup ({exc})") from exc
    if ok != "ok":
        raise BackupRefused(f"{candidate} is damaged (SQLite quick_check: {ok})")
    if epoch is None or revision is None:
        raise BackupRefused(f"{candidate} is not a Dabir server backup (no epoch)")
    _check_revision(revision[0])


def _check_revision(revision: str) -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from server.db import MIGRATIONS_DIR

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    try:
        known = ScriptDirectory.from_config(cfg).get_revision(revision) is not None
    except Exception:  # noqa: BLE001 - alembic: an unknown revision
        known = False
    if not known:
        raise BackupRefused(f"the backup's schema ({revision}) is newer than this server; "
                            "update dabir-server first")


def _restore_sqlite(path: Path, source: Path) -> str:
    if not source.is_file():
        raise BackupRefused(f"there is no backup file {source}")
    for suffix in ("-wal", "-shm", "-journal"):
        if Path(f"{path}{suffix}").exists():
            raise BackupRefused(f"{path} looks in use ({path.name}{suffix} exists): stop the "
                                "server first (if it is stopped, run `dabir-server status` once)")
    path.parent.mkdir(parents=True, exist_ok=True)
    staging = path.with_name(path.name + ".restoring")
    staging.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(str(staging))
    try:
        src.backup(dst)
    except sqlite3.DatabaseError as exc:
        dst.close()
        staging.unlink(missing_ok=True)
        raise BackupRefused(f"{source} is not a Dabir server backup ({exc})") from exc
    finally:
        src.close()
    dst.close()
    try:
        _check_sqlite_backup(staging)
        conn = sqlite3.connect(str(staging))
        with conn:
            epoch = _new_epoch_sqlite(conn)
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.close()
    except BaseException:
        staging.unlink(missing_ok=True)
        raise
    os.replace(staging, path)
    return epoch


def _new_epoch_sqlite(conn: sqlite3.Connection) -> str:
    epoch = secrets.token_hex(8)
    conn.execute("UPDATE server_meta SET value = ? WHERE key = 'epoch'", (epoch,))
    return epoch


def _restore_postgres(url: str, source: Path) -> str:
    if not source.is_file():
        raise BackupRefused(f"there is no backup file {source}")
    conninfo, env = _pg_target(url)
    listing = subprocess.run([pg_tool("pg_restore"), "--list", str(source)], capture_output=True,
                             text=True, env=env, timeout=600)
    if listing.returncode != 0 or " server_meta " not in listing.stdout:
        raise BackupRefused(f"{source} is not a Dabir server backup made by pg_dump "
                            "--format=custom")
    store = Store(url)
    try:
        with store.engine.connect() as conn:
            others = conn.execute(text(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND pid <> pg_backend_pid()")).scalar()
    finally:
        store.close()
    if others:
        raise BackupRefused(f"{others} other sessions are connected to the database: stop the "
                            "server (and any other client) first")
    _run([pg_tool("pg_restore"), "--clean", "--if-exists", "--single-transaction",
          "--no-owner", "--no-privileges", "--exit-on-error", f"--dbname={conninfo}",
          str(source)], env)
    store = Store(url)
    try:
        with store.engine.begin() as conn:
            return _new_epoch(conn)
    except Exception as exc:  # noqa: BLE001 - the admin must know the epoch did not change
        raise BackupRefused("restored, but the epoch could not be changed: run "
                            "`dabir-server rotate-epoch` before starting the server "
                            f"({type(exc).__name__})") from exc
    finally:
        store.close()


def restore(url: str, source: Path) -> str:
    """Replace the database at `url` with the backup `source`; the restored database's epoch."""
    source = Path(source)
    path = _sqlite_path(url)
    if path is not None:
        return _restore_sqlite(path, source)
    return _restore_postgres(url, source)
