"""`dabir-server`: run the provincial server and do the province administrator's work.

Every subcommand takes `--database-url URL` (before or after the subcommand; default: the
DABIR_SERVER_DATABASE_URL environment variable, else an SQLite file in the platform's data
folder). `add-council` prints the new council's id on its first line and a one-time enrollment
code on its last line; `enrollment-code` prints a fresh code on its last line. A refusal is ONE
line on stderr and exit code 1 (2 for bad arguments), never a traceback.
"""
from __future__ import annotations

import argparse
import sys

DESCRIPTION = ("The provincial server of Dabir: serve the councils' PCs, register councils and "
               "their PCs, and record the province's answers, directives and agencies.")


def _db(parser: argparse.ArgumentParser, default) -> None:
    parser.add_argument("--database-url", metavar="URL", default=default,
                        help="postgresql://user@host/db or sqlite:///path (default: "
                             "$DABIR_SERVER_DATABASE_URL or an SQLite file in the data folder)")


def _agency_fields(p: argparse.ArgumentParser, *, name_required: bool) -> None:
    p.add_argument("--name", required=name_required)
    p.add_argument("--kind", help="municipality, water, electricity, gas, education, health, ...")
    p.add_argument("--contact-person")
    p.add_argument("--phone")
    p.add_argument("--email")
    p.add_argument("--address")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dabir-server", description=DESCRIPTION)
    _db(parser, None)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        _db(p, argparse.SUPPRESS)
        return p

    p = command("serve", "run the HTTP server (loopback by default; TLS with a certificate)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8470)
    p.add_argument("--ssl-certfile")
    p.add_argument("--ssl-keyfile")
    p.add_argument("--log-level", default="info")
    p.add_argument("--workers", type=int, default=1, metavar="N",
                   help="worker processes (PostgreSQL only; SQLite serves from one process)")
    p = command("add-council", "register a council; prints its id first and an enrollment "
                "code last")
    for name in ("province", "county", "settlement", "neighbourhood"):
        p.add_argument(f"--{name}", required=True)
    p.add_argument("--kind", default="city", choices=("city", "village"),
                   help="the settlement is a city or a village")
    p.add_argument("--code", help="the council's identifier (default: generated)")
    p.add_argument("--name", help="default: «شورای پیشرفت محله <neighbourhood>»")
    p.add_argument("--days", type=int, default=14, help="the code is valid this many days")
    p = command("enrollment-code", "a fresh one-time code for another PC of a council")
    p.add_argument("council_id", metavar="COUNCIL_ID")
    p.add_argument("--days", type=int, default=14)
    command("devices", "list the enrolled PCs")
    p = command("revoke-device", "refuse a PC from now on (lost, stolen, replaced)")
    p.add_argument("device_id", metavar="DEVICE_ID")
    p = command("answer-demand", "record an agency's answer to a council's demand")
    p.add_argument("demand_id", metavar="DEMAND_ID")
    p.add_argument("--text", required=True)
    p.add_argument("--date", help="the answer's date, Jalali or ISO (default: today)")
    p = command("directive", "send a directive to a council or to every council")
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--council", metavar="ID")
    target.add_argument("--all", action="store_true")
    p.add_argument("--title", required=True)
    p.add_argument("--text", required=True)
    p.add_argument("--due", help="due date, Jalali or ISO")
    p = command("agency", "add or edit an agency of the province's shared list")
    agency = p.add_subparsers(dest="agency_command", metavar="ACTION", required=True)
    a = agency.add_parser("add", help="add an agency")
    _db(a, argparse.SUPPRESS)
    _agency_fields(a, name_required=True)
    e = agency.add_parser("edit", help="change an agency's fields")
    _db(e, argparse.SUPPRESS)
    e.add_argument("agency_id", metavar="AGENCY_ID")
    _agency_fields(e, name_required=False)
    ls = agency.add_parser("list", help="list the province's agencies")
    _db(ls, argparse.SUPPRESS)
    p = command("staff-token", "create a token for a staff member's tools (shown once)")
    p.add_argument("name", metavar="NAME")
    command("status", "councils, their PCs, last sync and pending conflicts")
    command("rotate-epoch", "after restoring an older backup: make every PC resync in full")
    p = command("backup", "write a backup of the server's database to FILE (SQLite: online "
                "backup API; PostgreSQL: pg_dump)")
    p.add_argument("file", metavar="FILE")
    p = command("restore", "replace the server's database with the backup FILE (server "
                "stopped); gives it a new epoch so every PC resyncs in full")
    p.add_argument("file", metavar="FILE")
    p = command("purge-tombstones", "remove for good the records deleted more than DAYS ago "
                "(a PC offline longer then pulls in full)")
    p.add_argument("--older-than", type=int, default=None, metavar="DAYS",
                   help="default: the longest allowed offline period (180 days)")
    return parser


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            try:
                stream.reconfigure(encoding="utf-8", errors="replace")
            except (ValueError, OSError):  # pragma: no cover
                pass
    args = build_parser().parse_args(argv)
    from app.errors import DomainError
    from server.errors import ApiError

    try:
        from server import cli_commands

        return cli_commands.run(args)
    except ApiError as err:
        print(err.message, file=sys.stderr)
    except DomainError as err:
        print(" ".join(err.message().split()), file=sys.stderr)
    except KeyboardInterrupt:
        return 130
    except Exception as err:  # noqa: BLE001 - one line, never a traceback
        from sqlalchemy.exc import SQLAlchemyError

        if not isinstance(err, (SQLAlchemyError, OSError, ValueError)):
            raise
        text = str(getattr(err, "orig", None) or err).strip().splitlines()
        print(f"dabir-server: {text[0] if text else type(err).__name__}", file=sys.stderr)
    return 1


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
