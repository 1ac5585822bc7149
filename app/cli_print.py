"""`dabir` commands that print documents: minutes, sign-in sheet, register, letter, report.

`register(subparsers)` adds the five subcommands to the `dabir` parser (app.cli.parser calls
it); each sets `handler` (what `app.cli.commands.run` calls with the parsed arguments and the
open database) and `read_only` (the database file must exist; nothing is written to it):

    dabir minutes N -o FILE.pdf             the minutes of meeting number N
    dabir sign-in N -o FILE.pdf             the sign-in sheet of meeting number N
    dabir register [--status open ...] [--overdue] -o FILE.pdf
    dabir letter DEMAND -o FILE.pdf         DEMAND: the letter number (۱۲۳/ش/۱۴۰۵) or the id
    dabir report --from 1405/01/01 --to 1405/06/31 -o FILE.pdf

`--today DATE` (Jalali) fixes the day the documents are printed and judged on (overdue, open),
so a printout can be reproduced. The PDF is built in memory and written only once complete, so
a refusal never leaves a half-written file. A refusal is one line on stderr and exit code 1
(Persian, or English with DABIR_LANG=en); success prints one JSON line: file, pages.
"""
from __future__ import annotations

import argparse
import io
import json
import os
import sys
from datetime import date
from pathlib import Path

__all__ = ["register"]

_TEXTS = {
    "meeting_missing": ("There is no meeting number {value}.", "جلسه‌ای با شماره {value} وجود ندارد."),
    "demand_missing": ("There is no demand with the letter number or id {value}.",
                       "مطالبه‌ای با شماره نامه یا شناسه {value} وجود ندارد."),
    "bad_date": ("{value} is not a valid Jalali date (type it like 1405/01/01).",
                 "{value} تاریخ شمسی درستی نیست (مانند ۱۴۰۵/۰۱/۰۱ بنویسید)."),
    "bad_status": ("{value} is not a resolution status (open, in_progress, done, cancelled).",
                   "{value} وضعیت مصوبه نیست (باز، در حال اجرا، انجام‌شده، لغوشده)."),
    "bad_period": ("The period ends before it starts.", "پایان دوره پیش از آغاز آن است."),
    "cannot_write": ("The file {value} cannot be written: {reason}", "فایل {value} نوشته نمی‌شود: {reason}"),
    "no_council": ("This database holds no council yet.", "در این پایگاه داده هنوز شورایی تعریف نشده است."),
}


class PrintRefused(Exception):
    """A print command's refusal: one line for the user."""

    def __init__(self, key: str, **params: object) -> None:
        english = os.environ.get("DABIR_LANG", "").strip().lower().startswith("en")
        text = _TEXTS[key][0 if english else 1]
        if not english:
            from app.persian.digits import to_persian_digits  # noqa: PLC0415

            params = {k: to_persian_digits(v) if isinstance(v, int) else v for k, v in params.items()}
        super().__init__(text.format(**params))


def _db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                        help="the database file (default: dabir.db in the data folder)")


def register(subparsers) -> None:
    """Add the printing subcommands to the `dabir` parser's subparsers."""

    def command(name: str, help_text: str, handler, default_file: str) -> argparse.ArgumentParser:
        p = subparsers.add_parser(name, help=help_text, description=help_text)
        _db_option(p)
        p.add_argument("-o", "--output", metavar="FILE.pdf", default=default_file,
                       help=f"the PDF to write (default: {default_file})")
        p.add_argument("--today", metavar="DATE",
                       help="the Jalali day to print as (default: today), e.g. 1405/08/29")
        p.set_defaults(handler=_guarded(handler), read_only=True)
        return p

    p = command("minutes", "print the minutes of a meeting (PDF)", cmd_minutes, "minutes.pdf")
    p.add_argument("number", type=int, metavar="N", help="the meeting's number")
    p = command("sign-in", "print the sign-in sheet of a meeting (PDF)", cmd_sign_in, "sign-in.pdf")
    p.add_argument("number", type=int, metavar="N", help="the meeting's number")
    p = command("register", "print the resolutions register grouped by agency (PDF)", cmd_register,
                "register.pdf")
    p.add_argument("--status", action="append", metavar="STATUS",
                   help="keep this status (open, in_progress, done, cancelled or the Persian "
                        "word); repeat for several")
    p.add_argument("--overdue", action="store_true", help="keep only the overdue resolutions")
    p = command("letter", "print the letter of a demand to an agency (PDF)", cmd_letter, "letter.pdf")
    p.add_argument("demand", metavar="DEMAND", help="the letter number (e.g. 123/ش/1405) or the id")
    p = command("report", "print the council's periodic report for the province (PDF)", cmd_report,
                "report.pdf")
    p.add_argument("--from", dest="start", required=True, metavar="DATE", help="first day, e.g. 1405/01/01")
    p.add_argument("--to", dest="end", required=True, metavar="DATE", help="last day, e.g. 1405/06/31")


def _guarded(handler):
    def run(args, db) -> int:
        try:
            return handler(args, db)
        except PrintRefused as refusal:
            print(" ".join(str(refusal).split()), file=sys.stderr)
            return 1
    return run


# ----------------------------------------------------------------------------- helpers
def _day(text: str | None) -> date | None:
    if not text:
        return None
    from app.persian.jalali import JalaliDateError, parse_jalali  # noqa: PLC0415

    try:
        return parse_jalali(text)
    except (JalaliDateError, ValueError):
        raise PrintRefused("bad_date", value=text) from None


def _target(args) -> Path:
    path = Path(args.output).expanduser()
    if not path.parent.is_dir():
        raise PrintRefused("cannot_write", value=str(path), reason="no such folder")
    return path


def _write(path: Path, build) -> int:
    """Build into memory, then write the file in one go; prints the JSON line."""
    buf = io.BytesIO()
    result = build(buf)
    try:
        path.write_bytes(buf.getvalue())
    except OSError as exc:
        raise PrintRefused("cannot_write", value=str(path), reason=exc.strerror or str(exc)) from None
    print(json.dumps({"file": str(path), "pages": result.page_count}, ensure_ascii=False))
    return 0


def _council_id(s) -> str:
    from app.services import common, council  # noqa: PLC0415

    if not council.has_council(s):
        raise PrintRefused("no_council")
    return common.the_council_id(s)


def _meeting(s, number: int) -> str:
    from app.errors import NotFoundError  # noqa: PLC0415
    from app.services.report_data import meeting_id_by_number  # noqa: PLC0415

    try:
        return meeting_id_by_number(s, number, _council_id(s))
    except NotFoundError:
        raise PrintRefused("meeting_missing", value=number) from None


# ----------------------------------------------------------------------------- commands
def cmd_minutes(args, db) -> int:
    from app.reports.minutes_pdf import render_minutes  # noqa: PLC0415
    from app.services.minutes import minutes_document  # noqa: PLC0415

    path, today = _target(args), _day(args.today)
    with db.session(actor="cli") as s:
        doc = minutes_document(s, _meeting(s, args.number), today)
    return _write(path, lambda out: render_minutes(doc, out))


def cmd_sign_in(args, db) -> int:
    from app.reports.sign_in_pdf import render_sign_in  # noqa: PLC0415
    from app.services.minutes import sign_in_sheet  # noqa: PLC0415

    path, today = _target(args), _day(args.today)
    with db.session(actor="cli") as s:
        sheet = sign_in_sheet(s, _meeting(s, args.number))
    return _write(path, lambda out: render_sign_in(sheet, out, print_date=today))


def _statuses(values: list[str] | None) -> tuple[str, ...]:
    from app.enums import ResolutionStatus  # noqa: PLC0415
    from app.vocabulary import parse_label  # noqa: PLC0415

    out = []
    for value in values or ():
        for part in value.split(","):
            if not part.strip():
                continue
            try:
                out.append(parse_label(ResolutionStatus, part.strip()).value)
            except ValueError:
                raise PrintRefused("bad_status", value=part.strip()) from None
    return tuple(dict.fromkeys(out))


def cmd_register(args, db) -> int:
    from app.reports.register_pdf import render_register  # noqa: PLC0415
    from app.services.report_data import register_data  # noqa: PLC0415

    path, today, statuses = _target(args), _day(args.today), _statuses(args.status)
    with db.session(actor="cli") as s:
        data = register_data(s, status=statuses, overdue=args.overdue, today=today,
                             council_id=_council_id(s))
    return _write(path, lambda out: render_register(data, out))


def cmd_letter(args, db) -> int:
    from app.errors import NotFoundError  # noqa: PLC0415
    from app.reports.letter_pdf import render_letter  # noqa: PLC0415
    from app.services.report_data import find_demand, letter_data  # noqa: PLC0415

    path, today = _target(args), _day(args.today)
    with db.session(actor="cli") as s:
        try:
            demand_id = find_demand(s, args.demand, _council_id(s))
        except NotFoundError:
            raise PrintRefused("demand_missing", value=args.demand) from None
        data = letter_data(s, demand_id, today=today)
    return _write(path, lambda out: render_letter(data, out))


def cmd_report(args, db) -> int:
    from app.reports.council_report_pdf import render_council_report  # noqa: PLC0415
    from app.services.report_period import council_report  # noqa: PLC0415

    path, today = _target(args), _day(args.today)
    start, end = _day(args.start), _day(args.end)
    if end < start:
        raise PrintRefused("bad_period")
    with db.session(actor="cli") as s:
        data = council_report(s, start, end, today=today, council_id=_council_id(s))
    return _write(path, lambda out: render_council_report(data, out))
