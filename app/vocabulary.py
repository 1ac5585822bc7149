"""The Persian word for every value of every closed vocabulary in `app.enums`, and back.

Reports, exports and the command line show roles, constituencies, statuses and kinds as the
Persian words a secretary uses, and imports must read those words back (typed with an Arabic
keyboard's ي/ك, with or without a ZWNJ, or as the English value a previous tool wrote). The Qt
screens translate through Qt Linguist; everything without Qt uses this one table, so an export
and the printed minutes call a seat by the same name. Pure data plus two lookups: `label` and
`parse_label`. Every enum of `app.enums` must have a complete entry (a test checks it).
"""
from __future__ import annotations

from enum import StrEnum

from app import enums as e
from app.persian.normalize import fold_for_search

#: enum class -> {member: Persian word}
LABELS: dict[type[StrEnum], dict[StrEnum, str]] = {
    e.Gender: {e.Gender.MALE: "مرد", e.Gender.FEMALE: "زن"},
    e.MemberRole: {
        e.MemberRole.CHAIR: "رئیس",
        e.MemberRole.DEPUTY: "نایب‌رئیس",
        e.MemberRole.SECRETARY: "دبیر",
        e.MemberRole.MEMBER: "عضو",
    },
    e.Constituency: {
        e.Constituency.IMAM: "امام جماعت",
        e.Constituency.PROPAGATION: "سازمان تبلیغات اسلامی",
        e.Constituency.RELIGIOUS_GROUP: "هیئت‌های مذهبی",
        e.Constituency.BASIJ: "پایگاه بسیج",
        e.Constituency.POLICE: "نیروی انتظامی",
        e.Constituency.RED_CRESCENT: "هلال احمر",
        e.Constituency.FIGURE: "چهره فرهنگی، ورزشی، هنری یا علمی",
        e.Constituency.LOCAL_MANAGER: "مدیران محلی",
        e.Constituency.RESIDENT: "معتمد محله",
        e.Constituency.OTHER: "سایر",
    },
    e.MemberStatus: {e.MemberStatus.ACTIVE: "فعال", e.MemberStatus.INACTIVE: "غیرفعال"},
    e.CommitteeArea: {
        e.CommitteeArea.SOCIAL_CULTURAL: "اجتماعی و فرهنگی",
        e.CommitteeArea.ECONOMIC: "اقتصادی و اشتغال",
        e.CommitteeArea.HEALTH: "سلامت",
        e.CommitteeArea.EDUCATION: "آموزش و مهارت‌آموزی",
        e.CommitteeArea.SPORT: "ورزش",
        e.CommitteeArea.URBAN: "عمران و زیرساخت",
        e.CommitteeArea.ENVIRONMENT: "محیط زیست",
        e.CommitteeArea.CRISIS: "مدیریت بحران",
        e.CommitteeArea.OTHER: "سایر",
    },
    e.SettlementKind: {e.SettlementKind.CITY: "شهر", e.SettlementKind.VILLAGE: "روستا"},
    e.MeetingKind: {
        e.MeetingKind.REGULAR: "عادی",
        e.MeetingKind.EXTRAORDINARY: "فوق‌العاده",
        e.MeetingKind.PUBLIC: "ملاقات مردمی",
    },
    e.MeetingState: {
        e.MeetingState.SCHEDULED: "برنامه‌ریزی‌شده",
        e.MeetingState.HELD: "برگزارشده",
        e.MeetingState.FINALISED: "نهایی‌شده",
    },
    e.AttendanceStatus: {
        e.AttendanceStatus.PRESENT: "حاضر",
        e.AttendanceStatus.ABSENT: "غایب",
        e.AttendanceStatus.EXCUSED: "غیبت موجه",
        e.AttendanceStatus.LATE: "با تأخیر",
    },
    e.AgendaKind: {e.AgendaKind.NORMAL: "عادی", e.AgendaKind.FOLLOW_UP: "پیگیری مصوبات"},
    e.ResolutionStatus: {
        e.ResolutionStatus.OPEN: "باز",
        e.ResolutionStatus.IN_PROGRESS: "در حال اجرا",
        e.ResolutionStatus.DONE: "انجام‌شده",
        e.ResolutionStatus.CANCELLED: "لغوشده",
    },
    e.Priority: {
        e.Priority.LOW: "کم",
        e.Priority.MEDIUM: "متوسط",
        e.Priority.HIGH: "زیاد",
        e.Priority.URGENT: "فوری",
    },
    e.IssueSource: {
        e.IssueSource.MEMBER: "عضو شورا",
        e.IssueSource.RESIDENT: "ساکن محله",
        e.IssueSource.PUBLIC_MEETING: "ملاقات مردمی",
        e.IssueSource.AGENCY: "دستگاه اجرایی",
    },
    e.IssueStatus: {
        e.IssueStatus.NEW: "جدید",
        e.IssueStatus.UNDER_REVIEW: "در حال بررسی",
        e.IssueStatus.REFERRED: "ارجاع‌شده به دستگاه",
        e.IssueStatus.IN_PROGRESS: "در حال پیگیری",
        e.IssueStatus.RESOLVED: "حل‌شده",
        e.IssueStatus.REJECTED: "ردشده",
    },
    e.DemandStatus: {
        e.DemandStatus.DRAFT: "پیش‌نویس",
        e.DemandStatus.SENT: "ارسال‌شده",
        e.DemandStatus.ANSWERED: "پاسخ‌داده‌شده",
        e.DemandStatus.CLOSED: "بسته‌شده",
    },
    e.AgencyKind: {
        e.AgencyKind.MUNICIPALITY: "شهرداری",
        e.AgencyKind.WATER: "آب و فاضلاب",
        e.AgencyKind.ELECTRICITY: "برق",
        e.AgencyKind.GAS: "گاز",
        e.AgencyKind.EDUCATION: "آموزش و پرورش",
        e.AgencyKind.HEALTH: "بهداشت و درمان",
        e.AgencyKind.WELFARE: "بهزیستی",
        e.AgencyKind.RED_CRESCENT: "هلال احمر",
        e.AgencyKind.POLICE: "فراجا (انتظامی)",
        e.AgencyKind.SPORT: "ورزش و جوانان",
        e.AgencyKind.ENVIRONMENT: "محیط زیست",
        e.AgencyKind.ENDOWMENT: "اوقاف و امور خیریه",
        e.AgencyKind.GOVERNORATE: "فرمانداری",
        e.AgencyKind.OTHER: "سایر",
    },
    e.DevelopmentArea: {
        e.DevelopmentArea.SOCIAL: "اجتماعی",
        e.DevelopmentArea.ECONOMIC: "اقتصادی",
        e.DevelopmentArea.CULTURAL: "فرهنگی",
        e.DevelopmentArea.INFRASTRUCTURE: "زیرساخت",
        e.DevelopmentArea.ENVIRONMENT: "محیط زیست",
        e.DevelopmentArea.HEALTH: "سلامت",
        e.DevelopmentArea.EDUCATION: "آموزش",
    },
    e.ProjectStatus: {
        e.ProjectStatus.PLANNED: "در دست برنامه‌ریزی",
        e.ProjectStatus.IN_PROGRESS: "در حال اجرا",
        e.ProjectStatus.DONE: "پایان‌یافته",
        e.ProjectStatus.SUSPENDED: "متوقف",
        e.ProjectStatus.CANCELLED: "لغوشده",
    },
    e.FundingSource: {
        e.FundingSource.GOVERNMENT: "دولت",
        e.FundingSource.MUNICIPALITY: "شهرداری",
        e.FundingSource.BENEFACTORS: "خیّرین",
        e.FundingSource.RESIDENTS: "اهالی محله",
    },
    e.FundingKind: {
        e.FundingKind.CASH: "نقدی",
        e.FundingKind.IN_KIND: "غیرنقدی",
        e.FundingKind.VOLUNTEER_HOURS: "ساعت کار داوطلبانه",
    },
    e.IntakeOutcome: {
        e.IntakeOutcome.PENDING: "در انتظار",
        e.IntakeOutcome.ANSWERED: "پاسخ در محل",
        e.IntakeOutcome.ISSUE: "ثبت به‌عنوان مسئله",
        e.IntakeOutcome.DEMAND: "ثبت به‌عنوان مطالبه",
    },
    e.AccountRole: {
        e.AccountRole.SECRETARY: "دبیر",
        e.AccountRole.CHAIR: "رئیس",
        e.AccountRole.VIEWER: "فقط مشاهده",
    },
    e.SearchKind: {
        e.SearchKind.MEMBER: "عضو",
        e.SearchKind.MEETING: "جلسه",
        e.SearchKind.RESOLUTION: "مصوبه",
        e.SearchKind.ISSUE: "مسئله",
        e.SearchKind.DEMAND: "مطالبه",
        e.SearchKind.PROJECT: "پروژه",
    },
    e.Severity: {e.Severity.ERROR: "خطا", e.Severity.WARNING: "هشدار"},
}

#: other words people write for a value (read by parse_label, never shown)
ALIASES: dict[type[StrEnum], dict[StrEnum, tuple[str, ...]]] = {
    e.Gender: {e.Gender.MALE: ("آقا", "مذکر"), e.Gender.FEMALE: ("خانم", "مونث")},
    e.MemberRole: {e.MemberRole.DEPUTY: ("نائب رئیس", "نایب رئیس"),
                   e.MemberRole.MEMBER: ("عضو شورا",)},
    e.Constituency: {
        e.Constituency.IMAM: ("امام جماعت مسجد", "روحانی"),
        e.Constituency.PROPAGATION: ("تبلیغات اسلامی",),
        e.Constituency.RELIGIOUS_GROUP: ("هیئت مذهبی", "هیات مذهبی", "هیاتهای مذهبی"),
        e.Constituency.BASIJ: ("بسیج",),
        e.Constituency.POLICE: ("فراجا", "انتظامی", "پلیس"),
        e.Constituency.FIGURE: ("چهره", "چهره‌های فرهنگی، ورزشی، هنری و علمی"),
        e.Constituency.LOCAL_MANAGER: ("مدیر محلی",),
        e.Constituency.RESIDENT: ("ساکن محله", "معتمد"),
        e.Constituency.OTHER: ("دیگر",),
    },
    e.MemberStatus: {e.MemberStatus.INACTIVE: ("غیر فعال",)},
    e.FundingSource: {e.FundingSource.BENEFACTORS: ("خیر",),
                      e.FundingSource.RESIDENTS: ("مردم", "اهالی", "مشارکت مردمی")},
}


def _fold(text: str) -> str:
    """The form labels are compared in: folded for search, no spaces, no underscores."""
    return fold_for_search(text.replace("_", " ")).replace(" ", "")


def _index(enum_cls: type[StrEnum]) -> dict[str, StrEnum]:
    index: dict[str, StrEnum] = {}
    for member in enum_cls:
        index[_fold(member.value)] = member
        index[_fold(member.name)] = member
    for member, words in ALIASES.get(enum_cls, {}).items():
        for word in words:
            index[_fold(word)] = member
    for member, word in LABELS[enum_cls].items():  # the labels win over any alias
        index[_fold(word)] = member
    return index


_INDEX: dict[type[StrEnum], dict[str, StrEnum]] = {cls: _index(cls) for cls in LABELS}


def label(value: StrEnum | str | None, enum_cls: type[StrEnum] | None = None) -> str:
    """The Persian word of an enum member ("" for None).

    A plain string value needs its class (`label("chair", MemberRole)`), since values repeat
    across vocabularies ("other", "in_progress"). An unknown value is returned unchanged.
    """
    if value is None or value == "":
        return ""
    cls = enum_cls or type(value)
    if cls not in LABELS:
        raise TypeError(f"no Persian labels for {cls!r}; pass the enum class")
    try:
        member = cls(value)
    except ValueError:
        return str(value)
    return LABELS[cls][member]


def labels(enum_cls: type[StrEnum]) -> list[tuple[str, str]]:
    """(value, Persian word) of every member, in the enum's order: for pick lists."""
    return [(m.value, LABELS[enum_cls][m]) for m in enum_cls]


def parse_label(enum_cls: type[StrEnum], text: str | StrEnum) -> StrEnum:
    """The enum member named by `text`: its Persian word, an alias, its English value or name.

    Comparison ignores ي/ك spellings, ZWNJ and spaces, case, diacritics (خیّرین = خیرین).
    Raises ValueError when nothing matches.
    """
    if isinstance(text, enum_cls):
        return text
    key = _fold(str(text or ""))
    member = _INDEX[enum_cls].get(key) if key else None
    if member is None:
        raise ValueError(f"{text!r} is not a {enum_cls.__name__}")
    return member


#: the Persian name of the record fields a secretary may meet in the sync conflict list
FIELD_WORDS: dict[str, str] = {
    "title": "عنوان", "description": "شرح", "status": "وضعیت", "mobile": "تلفن همراه",
    "phone": "تلفن", "notes": "یادداشت", "note": "یادداشت", "first_name": "نام",
    "last_name": "نام خانوادگی", "national_id": "کد ملی", "number": "شماره", "seq": "شماره",
    "date": "تاریخ", "place": "محل", "text": "متن", "deadline": "مهلت", "summary": "خلاصه",
    "deleted_at": "حذف", "start_time": "ساعت شروع", "end_time": "ساعت پایان", "kind": "نوع",
    "position": "ردیف", "discussion": "مذاکرات", "subject": "موضوع", "amount": "مبلغ",
    "letter_no": "شماره نامه", "letter_date": "تاریخ نامه", "due_date": "مهلت پاسخ",
    "answer_text": "متن پاسخ", "answered_on": "تاریخ پاسخ", "name": "نام", "address": "نشانی",
    "priority": "اولویت", "category": "دسته", "location": "نشانی محل", "role": "سمت",
    "constituency": "نمایندگی", "gender": "جنسیت", "term_start": "آغاز دوره",
    "term_end": "پایان دوره", "owner_id": "مسئول پیگیری", "agency_id": "دستگاه",
    "chair_id": "رئیس جلسه", "minute_taker_id": "دبیر جلسه", "progress": "پیشرفت",
    "budget": "بودجه", "value": "مقدار", "target": "هدف",
}


def field_word(field: str) -> str:
    """A record field's Persian name (the field's own name when it has none)."""
    return FIELD_WORDS.get(field, field)
