"""The `dabir` command line's arguments: one argparse parser with a subcommand per operation.

`--db PATH` is accepted before or after the subcommand (`dabir --db x.db stats` and `dabir stats
--db x.db`): the main parser defines it with a default, each subparser defines it again with
`argparse.SUPPRESS` as default, so a value given after the subcommand wins and none given there
leaves the main parser's value alone. Nothing here touches the database.
"""
from __future__ import annotations

import argparse

#: what `dabir export KIND FILE` can write
EXPORT_KINDS = ("members", "meetings", "resolutions", "issues", "demands", "projects")
IMPORT_KINDS = ("members",)

DESCRIPTION = ("Dabir (دبیر): the records of a Neighbourhood Progress Council, from the command "
               "line. Every command works on one database file: --db PATH, or the default one "
               "(DABIR_DATA_DIR overrides its folder).")


def _add_db(parser: argparse.ArgumentParser, default) -> None:
    parser.add_argument("--db", metavar="PATH", default=default,
                        help="the database file (default: dabir.db in the data folder)")


def build_parser() -> argparse.ArgumentParser:
    """The whole command line."""
    parser = argparse.ArgumentParser(prog="dabir", description=DESCRIPTION)
    _add_db(parser, None)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        _add_db(p, argparse.SUPPRESS)
        return p

    p = command("demo", "fill an empty database with a made-up council and years of its records")
    p.add_argument("--size", choices=("small", "large"), default="small",
                   help="small: ~20 members, ~30 meetings; large: ten busy years (slow)")
    p.add_argument("--seed", type=int, default=0, help="the same seed gives the same council")
    p.add_argument("--today", metavar="DATE",
                   help="the Jalali date the demo ends on (default: today), e.g. 1404/08/24")

    command("stats", "print the record counts as one JSON object")

    p = command("search", "full-text search; prints one match a line: KIND<TAB>TITLE")
    p.add_argument("query", nargs="+", metavar="WORD", help="words to look for (all must match)")
    p.add_argument("--limit", type=int, default=50, help="at most this many matches (default 50)")

    p = command("import", "import records from a spreadsheet (.xlsx or .csv); all or nothing")
    p.add_argument("kind", choices=IMPORT_KINDS, help="what the file holds")
    p.add_argument("file", metavar="FILE", help="the .xlsx or .csv file")

    p = command("export", "write records to an Excel file (Persian headers, Jalali dates)")
    p.add_argument("kind", choices=EXPORT_KINDS, help="what to export")
    p.add_argument("file", metavar="FILE.xlsx", help="the file to write")

    p = command("backup", "copy the database into one backup file, safely while in use")
    p.add_argument("file", metavar="FILE", help="the backup file to write")

    p = command("restore", "replace the database with a backup (asks first, or --yes)")
    p.add_argument("file", metavar="FILE", help="the backup file to restore")
    p.add_argument("--yes", action="store_true", help="do not ask: replace the data")

    p = command("check", "check the database's integrity; exit 1 and list the findings if any")
    p.add_argument("--repair", action="store_true",
                   help="rebuild the search index if it is stale (nothing else is changed)")

    from app.cli_print import register as register_printing  # minutes, sign-in, register, ...

    register_printing(sub)
    from app.cli_sync import register as register_sync  # enroll, sync

    register_sync(sub)
    return parser
