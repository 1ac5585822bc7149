"""Shared set-up for the meeting, resolution and minutes tests: members, meetings, counts."""
from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from app.models import AuditEntry
from app.persian.ids import make_national_id
from app.services import meetings, members
from app.services.meetings import MeetingInput
from app.services.members import MemberInput

FIRST_NAMES = ("علی", "زهرا", "حسین", "مریم", "رضا", "فاطمه", "محمد", "سارا", "مهدی",
               "نرگس", "حمید", "لیلا", "جواد", "پریسا", "کاظم", "یاسمن")
LAST_NAMES = ("یوسفی", "احمدی", "پاکزاد", "چراغی", "کریمی", "محمدی", "رحیمی", "ژیان", "باقری",
              "توکلی", "گودرزی", "شریفی", "عباسی", "نوری", "ثابتی", "حیدری")


def add_members(s, council_id: str, count: int, *, start: int = 0,
                roles: dict[int, str] | None = None) -> list[str]:
    """Register `count` active members (member i gets role roles[i] if given); their ids."""
    ids = []
    for i in range(start, start + count):
        view = members.create_member(s, council_id, MemberInput(
            first_name=FIRST_NAMES[i % len(FIRST_NAMES)],
            last_name=LAST_NAMES[i % len(LAST_NAMES)] + ("" if i < len(LAST_NAMES) else f" {i}"),
            national_id=make_national_id(f"{123450000 + i:09d}"),
            gender="male" if i % 2 == 0 else "female",
            residence_proof="قبض آب",
            role=(roles or {}).get(i, "member")))
        ids.append(view.id)
    return ids


def new_meeting(s, council_id: str, on: date | str, **kw) -> meetings.MeetingView:
    return meetings.create_meeting(s, council_id, MeetingInput(date=on, **kw))


def audit_count(s) -> int:
    return s.scalar(select(func.count()).select_from(AuditEntry))
