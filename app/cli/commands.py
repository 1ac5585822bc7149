"""What each `dabir` subcommand does, on top of the services.

Each command opens the database through `open_database` (migrations, audit and search hooks)
and does its work in one `db.session(actor="cli")`, so a refusal rolls everything back.
Arguments are checked before the database is opened, and only `demo` and `restore` may create
the database file: the others refuse a missing one rather than leave an empty file behind. A
demo for a new file is built in a temporary file moved into place when complete, so an
interrupted build leaves nothing. Services are imported inside the functions: `dabir stats`
must not pay for openpyxl. Refusals are DomainErrors (codes `cli.*` in app/messages.py), which
`app.cli.main` prints as one translated line. app/cli_print.py adds the printing commands,
which bring their own `handler`.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from app.errors import StateError, ValidationError

#: the commands that may create the database file; the others refuse a missing one
CREATES_DB = frozenset({"demo", "restore", "enroll"})


def _require_file(path: Path, field: str) -> None:
    if not path.is_file():
        raise ValidationError("cli.file_missing", field=field, path=path)


def _open(db_path: Path):
    from sqlalchemy.exc import DatabaseError

    from app.services.database import open_database

    try:
        return open_database(db_path)
    except DatabaseError as exc:
        raise ValidationError("cli.not_a_database", field="db", path=db_path) from exc


def _prepare(args: argparse.Namespace, db_path: Path) -> None:
    """Check the arguments before the database is opened (or created): nothing is touched
    when they are wrong."""
    from app.services import common

    if args.command not in CREATES_DB:
        _require_file(db_path, "db")
    else:
        _check_folder(db_path)
    if args.command == "demo":
        problems = common.Problems()
        args.today_date = common.jalali_date(args.today, field="today", problems=problems)
        problems.raise_if_any()
    elif args.command in ("import", "restore"):
        _require_file(Path(args.file), "file")
    elif args.command == "export":
        _check_xlsx(Path(args.file))
    elif args.command == "backup":
        _check_folder(Path(args.file))
    if args.command == "restore" and not args.yes:
        if not (sys.stdin and sys.stdin.isatty()):
            raise StateError("cli.restore_needs_yes", path=db_path)
        if not _confirm(db_path, Path(args.file)):
            raise StateError("cli.restore_cancelled")


def run(args: argparse.Namespace, db_path: Path) -> int:
    """Run the parsed command; returns the exit code (raises DomainError on a refusal)."""
    _prepare(args, db_path)
    if args.command == "demo":
        return cmd_demo(args, db_path)
    # the printing commands (app/cli_print.py) bring their own handler
    handler = getattr(args, "handler", None) or globals()[f"cmd_{args.command}"]
    db = _open(db_path)
    try:
        return handler(args, db)
    finally:
        db.close()


def _progress(done: int, total: int, label: str = "") -> None:
    """Demo progress on stderr, only for a person watching a terminal."""
    if sys.stderr.isatty():
        pct = 100 * done // max(total, 1)
        print(f"\r{pct:3d}% {label[:60]:<60}", end="" if done < total else "\n",
              file=sys.stderr, flush=True)


def _build_demo(args, db_path: Path) -> dict:
    from app.services import council, demo

    db = _open(db_path)
    try:
        with db.session(actor="cli") as s:
            if council.has_council(s):
                raise StateError("cli.has_council", field="db", name=council.get_council(s).name)
        counts = demo.build_demo(db, size=args.size, seed=args.seed, today=args.today_date,
                                 progress=_progress)
        with db.engine.connect() as conn:  # everything into the main file before it moves
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        return counts
    finally:
        db.close()


def cmd_demo(args, db_path: Path) -> int:
    """Fill a database that has no council with the demo (a new file: built aside, then moved)."""
    if db_path.exists():
        counts = _build_demo(args, db_path)
    else:
        tmp = db_path.with_name(f".{db_path.name}.demo-{os.getpid()}.tmp")
        try:
            counts = _build_demo(args, tmp)
            os.replace(tmp, db_path)
        finally:
            for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
                leftover.unlink(missing_ok=True)
    print(json.dumps(counts, ensure_ascii=False))
    return 0


def cmd_stats(args, db) -> int:
    from app.services import stats

    with db.session(actor="cli") as s:
        counts = stats.stats(s)
    print(json.dumps(counts, ensure_ascii=False))
    return 0


def _one_line(text: str) -> str:
    return " ".join((text or "").split())


def cmd_search(args, db) -> int:
    from app.cli.i18n import message
    from app.services import search

    query = " ".join(args.query)
    with db.session(actor="cli") as s:
        hits = search.search(s, query, limit=max(args.limit, 1))
    for hit in hits:
        title, snippet = _one_line(hit.title), _one_line(hit.snippet)
        if snippet and snippet != title:
            title = f"{title} — {snippet[:100]}"
        print(f"{hit.kind}\t{title}")
    if not hits:
        print(message("cli.no_matches", query=query), file=sys.stderr)
    return 0


def cmd_import(args, db) -> int:
    from app.cli.i18n import translator
    from app.services import common, members_io

    path = Path(args.file)
    try:
        with db.session(actor="cli") as s:
            report = members_io.import_members(s, common.the_council_id(s), path)
    except members_io.ImportRowsError as err:
        tr = translator()
        for rp in err.report.problems:
            where = f"{rp.field} ({rp.column})" if rp.column else (rp.field or "-")
            print(f"row {rp.row}: {where}: {_one_line(rp.problem.message(tr))}", file=sys.stderr)
        raise StateError("import.bad_rows", count=len({rp.row for rp in err.report.problems}))
    print(json.dumps({"created": report.created, "updated": report.updated,
                      "unchanged": report.unchanged,
                      "ignored_columns": list(report.ignored_columns)}, ensure_ascii=False))
    return 0


def _check_folder(path: Path) -> None:
    if not path.parent.is_dir():
        raise ValidationError("cli.no_folder", field="file", path=path.parent)


def _check_xlsx(path: Path) -> None:
    if path.suffix.lower() != ".xlsx":
        raise ValidationError("cli.not_xlsx", field="file", path=path)
    _check_folder(path)


def cmd_export(args, db) -> int:
    from app.services import exports

    path = Path(args.file)
    with db.session(actor="cli") as s:
        rows = exports.export(s, args.kind, path)
    print(json.dumps({"kind": args.kind, "rows": rows, "file": str(path)}, ensure_ascii=False))
    return 0


def _plain(value):
    """JSON for the values the services return: dates as ISO text, paths as text."""
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _backup_json(info) -> dict:
    return {"file": str(info.path), "created_at": info.created_at, "council": info.council_code,
            "schema": info.schema_revision, "app_version": info.app_version, "bytes": info.size}


def cmd_backup(args, db) -> int:
    from app.services import backup

    info = backup.backup_to(db, Path(args.file))
    print(json.dumps(_backup_json(info), ensure_ascii=False, default=_plain))
    return 0


def _confirm(db_path: Path, backup_path: Path) -> bool:
    """Ask on the terminal; never asks when stdin is not one (a script must say --yes)."""
    from app.cli.i18n import message

    if not (sys.stdin and sys.stdin.isatty()):
        return False
    prompt = message("cli.restore_confirm", path=db_path, backup=backup_path)
    try:
        answer = input(prompt + " ")
    except EOFError:
        return False
    return answer.strip().lower() in {"y", "yes", "بله", "بلی", "آره"}


def cmd_restore(args, db) -> int:
    from app.services import backup

    result = backup.restore_backup(db, Path(args.file))  # closes `db` before replacing it
    print(json.dumps({"restored": _backup_json(result.backup),
                      "previous_data_kept_in": result.safety_backup,
                      "schema": result.schema_revision}, ensure_ascii=False, default=_plain))
    return 0


def cmd_check(args, db) -> int:
    from app.cli.i18n import message, translator
    from app.services import integrity

    tr = translator()
    with db.session(actor="cli") as s:
        report = integrity.check(s, repair=args.repair)
    for finding in report:
        where = f"\t{finding.table} {finding.row_id}" if finding.row_id else ""
        done = "\trepaired" if finding.repaired else ""
        print(f"{finding.severity}\t{_one_line(finding.message(tr))}{where}{done}")
    if not report.ok:
        print(message("cli.check_failed", count=len(report.errors) + len(report.warnings)),
              file=sys.stderr)
        return 1
    return 0
