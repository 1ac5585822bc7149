"""The `dabir` command: every headless operation a secretary or an admin scripts.

`main()` parses the arguments (app.cli.parser), runs one command (app.cli.commands) and turns
a refusal into ONE line on stderr and a non-zero exit: a domain error's message in Persian (or
English with DABIR_LANG=en, see app.cli.i18n), never a traceback for a user's mistake. Each
command writes inside one `db.session(actor="cli")` and the services validate before writing,
so a refused command leaves nothing half-written. Exit codes: 0 done, 1 refused or problems
found, 2 bad arguments (argparse), 130 interrupted.
"""
from __future__ import annotations

import sys
from pathlib import Path

from app.errors import DomainError


def _utf8_streams() -> None:
    """Persian text must reach a pipe or a Windows console without UnicodeEncodeError."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            try:
                stream.reconfigure(encoding="utf-8", errors="replace")
            except (ValueError, OSError):  # pragma: no cover - a detached stream
                pass


def error_line(err: DomainError) -> str:
    """A domain error as the one line the command line prints."""
    from app.cli.i18n import translator

    return " ".join(err.message(translator()).split())


def main(argv: list[str] | None = None) -> int:
    """Run `dabir` with `argv` (default: the process's arguments); returns the exit code."""
    _utf8_streams()
    from app.cli.parser import build_parser

    args = build_parser().parse_args(argv)
    from app.cli import commands
    from app.config import default_db_path

    db_path = Path(args.db).expanduser() if args.db else default_db_path()
    try:
        return commands.run(args, db_path)
    except DomainError as err:
        print(error_line(err), file=sys.stderr)
        return 1
    except BrokenPipeError:  # `dabir search x | head`: the reader left; not an error
        import os  # noqa: PLC0415

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:  # a folder not writable, a disk full, a file locked by Excel
        from app.cli.i18n import message  # noqa: PLC0415

        where = Path(exc.filename) if exc.filename else Path(".")
        print(" ".join(message("cli.os_error", reason=exc.strerror or str(exc),
                               path=where).split()), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("", file=sys.stderr)
        return 130
