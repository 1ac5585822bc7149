"""What the QR code on finalised minutes says, and how a checker reads it back.

The payload is one line of ASCII that names the record and carries its code:
``dabir:minutes:<council code>:<meeting number>:<verification code>``, e.g.
``dabir:minutes:ARD-0054:26:T86B-MC0A-HN``. The council code (the identifier the province gave)
and the meeting number find the meeting on any copy of the data, on the council's PC or the
provincial server; the verification code is derived from the sealed content
(``app.services.sealing``), so recomputing it from the rows confirms the printout
(``app.services.report_data.check_minutes_payload``). The council code is percent-encoded so a
colon or a Persian letter in it cannot break the fields. Pure Python, no dependencies.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote, unquote

__all__ = ["MinutesPayload", "minutes_payload", "parse_minutes_payload", "PREFIX"]

PREFIX = "dabir:minutes:"


@dataclass(frozen=True)
class MinutesPayload:
    council_code: str
    meeting_number: int
    code: str


def minutes_payload(council_code: str, meeting_number: int, code: str) -> str:
    """The QR text of finalised minutes."""
    return f"{PREFIX}{quote(council_code, safe='-_.~')}:{int(meeting_number)}:{code}"


def parse_minutes_payload(text: str) -> MinutesPayload | None:
    """The fields of a scanned payload, or None if it is not one of ours."""
    text = (text or "").strip()
    if not text.startswith(PREFIX):
        return None
    parts = text[len(PREFIX):].split(":")
    if len(parts) != 3 or not parts[1].isdigit() or not parts[0] or not parts[2]:
        return None
    return MinutesPayload(unquote(parts[0]), int(parts[1]), parts[2])
