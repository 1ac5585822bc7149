"""`dabir enroll URL CODE` and `dabir sync`: this PC and the provincial server, from a terminal.

`register(subparsers)` adds both subcommands to the `dabir` parser (app.cli.parser calls it);
each sets `handler` (what `app.cli.commands.run` calls with the parsed arguments and the open
database). `enroll` works on an empty database too (a second PC of a council gets everything
from the server). `sync` runs one full round and prints ONE line — pushed N, pulled M,
conflicts K — with exit code 0 when both directions completed; a refused or unreachable sync
prints one line (Persian, or English with DABIR_LANG=en) and exits 1. Nothing is lost either
way: what was not sent stays in the outbox for the next sync.
"""
from __future__ import annotations

import argparse
import os
import sys

__all__ = ["register"]

_TEXTS = {
    "enrolled": ("Enrolled: this PC is device {device} of council {council}.",
                 "ثبت شد: این رایانه دستگاه {device} شورای {council} است."),
    "claimed": (" The server now knows the council by this PC's records.",
                " سرور شورا را با شناسه همین رایانه شناخت."),
    "unreachable": ("The provincial server cannot be reached; your changes are kept and will be "
                    "sent at the next sync.",
                    "سرور استان در دسترس نیست؛ تغییرات شما نگه داشته شده و در همگام‌سازی بعدی "
                    "فرستاده می‌شود."),
    "unavailable": ("The sync did not complete: the provincial server is unavailable for the "
                    "moment (it may be restarting); your changes are kept and will be sent at the "
                    "next sync.",
                    "همگام‌سازی کامل نشد: سرور استان فعلاً در دسترس نیست (شاید در حال راه‌اندازی "
                    "دوباره باشد)؛ تغییرات شما نگه داشته شده و در همگام‌سازی بعدی فرستاده می‌شود."),
    "too_many": ("The provincial server refused: too many wrong one-time codes or access tokens "
                 "came from this address; try again in {minutes} min.",
                 "سرور استان نپذیرفت: از این نشانی بارها کد یک‌بارمصرف یا رمز دسترسی نادرست "
                 "فرستاده شده است؛ {minutes} دقیقهٔ دیگر دوباره امتحان کنید."),
    "not_enrolled": ("This PC is not enrolled with a provincial server; run `dabir enroll URL "
                     "CODE` first.",
                     "این رایانه هنوز در سرور استان ثبت نشده است؛ نخست `dabir enroll URL CODE` "
                     "را اجرا کنید."),
    "update": ("The provincial server needs a newer Dabir: {message}",
               "سرور استان نسخهٔ تازه‌تری از دبیر می‌خواهد: {message}"),
    "refused": ("The provincial server refused: {message}", "سرور استان نپذیرفت: {message}"),
    "failed": ("The sync did not complete: {message}", "همگام‌سازی کامل نشد: {message}"),
}

#: the server's refusals a secretary meets, in Persian, by the server's code (English: as sent)
_REFUSALS_FA = {
    "bad_code": "سرور استان نپذیرفت: این کد اتصال نادرست است، پیش‌تر به کار رفته یا از اعتبار "
                "افتاده است؛ از استان کد تازه بخواهید.",
    "revoked": "سرور استان نپذیرفت: استان دسترسی این رایانه را قطع کرده است؛ از استان کد اتصال "
               "تازه بخواهید.",
    "unauthorized": "سرور استان نپذیرفت: سرور این رایانه را نمی‌شناسد؛ از استان کد اتصال تازه "
                    "بخواهید.",
    "other_council": "سرور استان نپذیرفت: این رایانه پرونده‌های شورای دیگری را نگه می‌دارد که با "
                     "این شورا یکی نمی‌شود؛ با یک پایگاه دادهٔ خالی وصل شوید یا کد شورای خودش را "
                     "بخواهید.",
}


def _english() -> bool:
    return os.environ.get("DABIR_LANG", "").strip().lower().startswith("en")


def _text(key: str, **params: object) -> str:
    return _TEXTS[key][0 if _english() else 1].format(**params)


def _minutes(seconds: int | None) -> str:
    from app.persian.digits import to_persian_digits

    minutes = max(1, -(-(seconds or 900) // 60))  # rounded up; 15 when the server did not say
    return str(minutes) if _english() else to_persian_digits(minutes)


def register(subparsers) -> None:
    """Add `enroll` and `sync` to the `dabir` parser's subparsers."""

    def command(name: str, help_text: str, handler) -> argparse.ArgumentParser:
        p = subparsers.add_parser(name, help=help_text, description=help_text)
        p.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                       help="the database file (default: dabir.db in the data folder)")
        p.set_defaults(handler=_guarded(handler))
        return p

    p = command("enroll", "enrol this PC with the provincial server using a one-time code",
                cmd_enroll)
    p.add_argument("url", metavar="URL", help="the server's address, e.g. https://sync.example.ir")
    p.add_argument("code", metavar="CODE", help="the one-time enrollment code from the province")
    p.add_argument("--name", help="a name for this PC on the server (default: its host name)")
    command("sync", "send this PC's changes to the provincial server and fetch the province's",
            cmd_sync)


def _guarded(handler):
    def run(args, db) -> int:
        from app.sync.client import (NotEnrolled, Refused, SyncError, TooManyAttempts,
                                     Unavailable, Unreachable, UpdateNeeded)

        try:
            return handler(args, db)
        except Unavailable:
            line = _text("unavailable")
        except Unreachable:
            line = _text("unreachable")
        except TooManyAttempts as err:
            line = _text("too_many", minutes=_minutes(err.retry_after))
        except NotEnrolled:
            line = _text("not_enrolled")
        except UpdateNeeded as err:
            line = _text("update", message=err.message)
        except Refused as err:
            line = _text("refused", message=err.message)
            if not _english() and err.code in _REFUSALS_FA:
                line = _REFUSALS_FA[err.code]
        except SyncError as err:
            line = _text("failed", message=err.message)
        print(" ".join(line.split()), file=sys.stderr)
        return 1
    return run


def cmd_enroll(args, db) -> int:
    from app.sync.enroll import enroll

    done = enroll(db, args.url, args.code, device_name=args.name)
    line = _text("enrolled", device=done.device_id, council=done.council_id)
    if done.claimed:
        line += _text("claimed")
    print(line)
    return 0


def cmd_sync(args, db) -> int:
    from app.sync.engine import sync

    def progress(kind: str, done: int, left: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{kind} {done} ({left} left)   ", end="", file=sys.stderr, flush=True)

    report = sync(db, progress=progress)
    if sys.stderr.isatty():
        print("\r" + " " * 40 + "\r", end="", file=sys.stderr)
    print(report.summary() if _english() else _persian_summary(report))
    return 0


_SUMMARY_FA = {
    "base": "ارسال {pushed}، دریافت {pulled}، ناسازگاری {conflicts}",
    "rejected": "، نپذیرفتهٔ سرور {rejected}",
    "epoch_reset": "، همگام‌سازی کامل پس از بازگردانی سرور",
    "dropped": "، حذف {dropped} پروندهٔ دیرزمانی حذف‌شده در سرور",
    "mismatched": "، هنوز با سرور متفاوت: ",
}


def _persian_summary(report) -> str:
    """The summary line of `SyncReport.summary` in Persian, with Persian digits."""
    from app.persian.digits import to_persian_digits

    return report.summary(_SUMMARY_FA, to_persian_digits)
