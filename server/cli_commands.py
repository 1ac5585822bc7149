"""What each `dabir-server` subcommand does, on the server's store and services.

Each command opens the database given by `--database-url` (migrated and seeded on the way),
does its work in one transaction and prints plain lines meant for a person and for scripts
alike (ids first, secrets last).
"""
from __future__ import annotations

import argparse
import os
import secrets
import sys

from server.db import ENV_URL, Store, default_url


def _store(args: argparse.Namespace) -> Store:
    store = Store(args.database_url or default_url())
    store.prepare()
    return store


def run(args: argparse.Namespace) -> int:
    if args.command == "serve":
        return cmd_serve(args)
    if args.command in ("backup", "restore"):  # they must not open the database first
        return cmd_backup_restore(args)
    store = _store(args)
    try:
        return globals()[f"cmd_{args.command.replace('-', '_')}"](args, store)
    finally:
        store.close()


def cmd_serve(args) -> int:
    import uvicorn

    from server.app import ENV_PREPARED, create_app

    url = args.database_url or default_url()
    options = dict(host=args.host, port=args.port, ssl_certfile=args.ssl_certfile,
                   ssl_keyfile=args.ssl_keyfile, log_level=args.log_level, access_log=False)
    workers = getattr(args, "workers", 1) or 1
    if workers <= 1:
        uvicorn.run(create_app(url), **options)
        return 0
    store = Store(url)  # migrate and seed once, before the workers start
    try:
        if store.is_sqlite:
            raise ValueError("--workers needs PostgreSQL: an SQLite server database is served "
                             "from one process")
        store.prepare()
    finally:
        store.close()
    os.environ[ENV_URL], os.environ[ENV_PREPARED] = url, "1"
    uvicorn.run("server.app:app_from_environment", factory=True, workers=workers, **options)
    return 0


def cmd_add_council(args, store: Store) -> int:
    from server import councils

    with store.session(actor="admin") as s:
        council_id = councils.add_council(
            s, province=args.province, county=args.county, settlement=args.settlement,
            neighbourhood=args.neighbourhood, code=args.code, name=args.name,
            settlement_kind=args.kind)
        code = councils.new_enrollment_code(s, council_id, days=args.days)
    print(council_id)
    print(f"enrollment code (valid {args.days} days, once):")
    print(code)
    return 0


def cmd_enrollment_code(args, store: Store) -> int:
    from server import councils

    with store.session(actor="admin") as s:
        code = councils.new_enrollment_code(s, args.council_id, days=args.days)
    print(f"enrollment code for {args.council_id} (valid {args.days} days, once):")
    print(code)
    return 0


def _when(value) -> str:
    return value.strftime("%Y-%m-%d %H:%M UTC") if value else "never"


def cmd_devices(args, store: Store) -> int:
    from server import councils

    with store.session() as s:
        devices = councils.list_devices(s)
    for d in devices:
        state = f"revoked {_when(d.revoked_at)}" if d.revoked_at else "active"
        print(f"{d.id}\tcouncil {d.council_id}\t{d.name or '-'}\t{state}\t"
              f"enrolled {_when(d.enrolled_at)}\tlast sync {_when(d.last_sync_at)}")
    if not devices:
        print("no devices enrolled")
    return 0


def cmd_revoke_device(args, store: Store) -> int:
    from server import councils

    with store.session(actor="admin") as s:
        device = councils.revoke_device(s, args.device_id)
    print(f"revoked {device.id} (council {device.council_id})")
    return 0


def cmd_answer_demand(args, store: Store) -> int:
    from server import staff

    with store.session(actor="admin") as s:
        staff.answer_demand(s, args.demand_id, args.text, args.date)
    print(f"answered {args.demand_id}")
    return 0


def cmd_directive(args, store: Store) -> int:
    from server import staff

    with store.session(actor="admin") as s:
        ids = staff.issue_directive(s, title=args.title, text=args.text, council_id=args.council,
                                    all_councils=args.all, due_date=args.due)
    for row_id in ids:
        print(row_id)
    return 0


def cmd_agency(args, store: Store) -> int:
    from sqlalchemy import select

    from app.models import Agency
    from app.sync.protocol import AgencyBody
    from server import staff

    if args.agency_command == "list":
        with store.session() as s:
            rows = s.scalars(select(Agency).where(Agency.council_id.is_(None),
                                                  Agency.deleted_at.is_(None)))
            for a in rows:
                print(f"{a.id}\t{a.kind}\t{a.name}")
        return 0
    given = {k: getattr(args, k) for k in ("name", "kind", "contact_person", "phone", "email",
                                           "address") if getattr(args, k) is not None}
    body = AgencyBody(**given)
    with store.session(actor="admin") as s:
        if args.agency_command == "add":
            agency_id = staff.create_agency(s, body)
        else:
            agency_id = staff.edit_agency(s, args.agency_id, body)
    print(agency_id)
    return 0


def cmd_staff_token(args, store: Store) -> int:
    from server import staff

    with store.session(actor="admin") as s:
        token = staff.new_staff_token(s, args.name)
    print(f"staff token for {args.name} (shown once):")
    print(token)
    return 0


def cmd_status(args, store: Store) -> int:
    from server import staff

    with store.session() as s:
        report = staff.status(s, store.epoch())
    n = len(report.councils)
    print(f"epoch {report.epoch}; {n} council{'' if n == 1 else 's'}")
    for c in report.councils:
        active = sum(1 for d in c.devices if d.revoked_at is None)
        print(f"{c.id}\t{c.code}\t{c.name}\tdevices {active} active/{len(c.devices)}\t"
              f"last sync {_when(c.last_sync_at)}\tpending conflicts {c.pending_conflicts}")
        for d in c.devices:
            state = "revoked" if d.revoked_at else "active"
            print(f"  device {d.id}\t{d.name or '-'}\t{state}\tlast sync {_when(d.last_sync_at)}")
    return 0


def cmd_rotate_epoch(args, store: Store) -> int:
    from server.models import ServerMeta

    with store.session(actor="admin") as s:
        meta = s.get(ServerMeta, "epoch")
        meta.value = secrets.token_hex(8)
        epoch = meta.value
    print(f"new epoch {epoch}: every PC will push and pull in full at its next sync "
          "(restart the server)")
    return 0


def cmd_backup_restore(args) -> int:
    from pathlib import Path

    from server import backup

    url = args.database_url or default_url()
    try:
        if args.command == "backup":
            print(backup.backup(url, Path(args.file)))
            return 0
        epoch = backup.restore(url, Path(args.file))
    except backup.BackupRefused as err:
        print(f"dabir-server: {err}", file=sys.stderr)
        return 1
    print(f"restored {args.file}; new epoch {epoch}: every PC will push and pull in full at "
          "its next sync (start the server)")
    return 0


def cmd_purge_tombstones(args, store: Store) -> int:
    from server import purge

    days = purge.PURGE_AFTER_DAYS if args.older_than is None else args.older_than
    if days < 0:
        raise ValueError("--older-than must be 0 days or more")
    print(purge.summary(purge.purge_tombstones(store, days), days))
    return 0
