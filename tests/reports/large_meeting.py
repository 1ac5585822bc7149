"""A council with one very large meeting, built through the services, for the document tests.

The small demo prints ordinary papers; this one carries the text that breaks printing: a
council code with a slash, a village neighbourhood with brackets and a ZWNJ, names with ZWNJ,
an agency with a Latin name, resolutions long and short (one a single 120-letter word), with
and without owner, agency or deadline. Meeting 1 leaves resolutions open; meeting 2 has the
big agenda, guests, every attendance status with notes, `resolutions` resolutions (50 for the
tests, 300 for the benchmark's ~20-page minutes), is finalised and has two addenda; meeting 3
is held but not finalised (a draft); meeting 4 is only scheduled. Two demands: one sent as
letter «۱۲۳/ش/۱۴۰۵» with an amount, one a draft with no letter number.

    build_large(db, count=50) -> LargeCouncil (numbers and ids the tests look up)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.persian.ids import make_national_id
from app.services import agencies, agenda, attendance, demands, meetings, members, resolutions, sealing
from app.services.attendance import GuestInput
from app.services.council import CouncilInput, setup_council
from app.services.demands import DemandInput
from app.services.meetings import MeetingInput
from app.services.members import MemberInput
from app.services.resolutions import ResolutionInput

TODAY = date(2026, 11, 20)  # 1405/08/29

NAMES = [
    ("علی‌رضا", "احمدی‌نژاد", "chair", "figure"), ("زهرا", "محمدی", "deputy", "basij"),
    ("مهدی", "پیرمحمدی", "secretary", "resident"), ("سیدمحمدرضا", "حسینی", "member", "imam"),
    ("فاطمه", "رضایی", "member", "red_crescent"), ("حسین", "کریمی", "member", "police"),
    ("مریم", "شکوری", "member", "propagation"), ("رضا", "گرمی", "member", "religious_group"),
    ("نرگس", "ولی‌زاده", "member", "local_manager"), ("جواد", "ژیان", "member", "figure"),
    ("لیلا", "کاظمی", "member", "resident"), ("حمید", "چراغی", "member", "resident"),
    ("پریسا", "توکلی", "member", "resident"), ("کاظم", "باقری", "member", "resident"),
    ("یاسمن", "گودرزی", "member", "resident"), ("محمد", "شریفی", "member", "resident"),
    ("سارا", "عباسی", "member", "resident"), ("مهدی", "نوری", "member", "resident"),
    ("عبدالله", "ثابتی", "member", "resident"), ("الهام", "حیدری", "member", "other"),
    ("ابوالفضل", "صادقی", "member", "resident"),
]
STATUSES = ["present"] * 14 + ["late", "late", "excused", "excused", "absent", "absent", "present"]

AGENCIES = [
    ("Red Crescent (IRCS) — شعبه ۲", "red_crescent"),
    ("شرکت آب و فاضلاب روستایی", "water"),
    ("اداره کل بهزیستی استان", "welfare"),
]

TEXTS = [
    "پیگیری آسفالت کوچهٔ شهید رجایی (حد فاصل پلاک ۱۲ تا ۴۸) با همکاری شهرداری و بنیاد مسکن",
    "درخواست نصب ۲۴ چراغ روشنایی در پارک محله و تعمیر چراغ‌های کوچه‌های «لاله» و «نرگس»",
    "هماهنگی با Red Crescent برای مانور زلزله در مدرسهٔ ابتدایی و آموزش ۱۲۰ دانش‌آموز",
    "پیرو نامهٔ شمارهٔ ۱۲۳/ش/۱۴۰۵ مورخ ۱۴۰۵/۰۸/۲۴ پیگیری اعتبار ۲۵٬۰۰۰٬۰۰۰ ریالی لایروبی جوی‌ها",
    "تشکیل کارگروه سه‌نفره برای بررسی آسیب‌های اجتماعی محله و ارائهٔ گزارش به جلسهٔ بعد",
    "ب" * 40 + "پ" * 40 + "ت" * 40,
    ("برگزاری دورهٔ مهارت‌های زندگی برای زوج‌های جوان با مشارکت بهزیستی و هلال احمر، در سه "
     "نوبت صبح و عصر، در کتاب‌خانهٔ مسجد جامع محله؛ هزینهٔ پذیرایی را خیّرین محله می‌پذیرند و "
     "گواهی شرکت را ادارهٔ کل بهزیستی استان صادر می‌کند. گزارش دوره در جلسهٔ بعد ارائه می‌شود."),
    "لا و الله",
]

DISCUSSION = ("نماینده پایگاه بسیج (پایگاه امام علی) آمادگی گروه‌های جهادی را برای همکاری اعلام کرد. "
              "یکی از خیّرین محله اعلام کرد ۳۰٪ هزینه را تقبل می‌کند. نماینده Red Crescent توضیح داد "
              "که اعتبار لازم در بودجه ۱۴۰۵ پیش‌بینی شده است. ")


@dataclass(frozen=True)
class LargeCouncil:
    council_code: str
    big: int  # number of the big finalised meeting
    draft: int  # number of the held, not finalised meeting
    scheduled: int  # number of the scheduled meeting
    resolutions: int
    letter_no: str  # the sent demand's letter number
    draft_demand_id: str
    present_names: tuple[str, ...]  # of the big meeting (present or late)


def build_large(db, *, count: int = 50) -> LargeCouncil:
    """Fill an empty database with the large council (see the module docstring)."""
    with db.session(actor="test") as s:
        council = setup_council(s, CouncilInput(
            province="اردبیل", county="مشگین‌شهر", settlement="لاهرود",
            neighbourhood="امام‌زاده (بلوک ۳)", code="ARD-0054/B", settlement_kind="village",
            address="لاهرود، خیابان امام، کوچهٔ ۱۲، پلاک ۷", founded_on="1404/02/15"))
        cid = council.id
        member_ids = []
        for i, (first, last, role, seat) in enumerate(NAMES):
            member_ids.append(members.create_member(s, cid, MemberInput(
                first_name=first, last_name=last, national_id=make_national_id(f"{223450000 + i:09d}"),
                gender="male" if i % 2 == 0 else "female", residence_proof="قبض آب",
                role=role, constituency=seat)).id)
        agency_ids = [agencies.create_agency(s, agencies.AgencyInput(
            name=name, kind=kind, contact_person="مهندس کاظمی" if k == 1 else None),
            council_id=cid).id for k, (name, kind) in enumerate(AGENCIES)]

        def meeting(on: str, **kw) -> meetings.MeetingView:
            return meetings.create_meeting(s, cid, MeetingInput(
                date=on, start_time="17:30", end_time="20:15", chair_id=member_ids[0],
                minute_taker_id=member_ids[2], place="حسینیهٔ ابوالفضل (ع) — سالن شمارهٔ ۲", **kw))

        def hold(mid: str, statuses: list[str]) -> None:
            attendance.set_attendance(s, mid, dict(zip(member_ids, statuses)), notes={
                member_ids[14]: "۲۰ دقیقه تأخیر به دلیل مأموریت اداری",
                member_ids[16]: "در سفر (مرخصی از ۱۴۰۵/۰۷/۲۵)"})

        first = meeting("1405/07/01")
        hold(first.id, STATUSES)
        earlier = [resolutions.add_resolution(s, first.id, ResolutionInput(
            text=TEXTS[i % 5], owner_id=member_ids[i + 3], agency_id=agency_ids[i % 3],
            deadline="1405/08/10"), today=TODAY).id for i in range(4)]
        sealing.finalise_meeting(s, first.id, by="دبیر شورا")
        resolutions.set_status(s, earlier[0], "in_progress", "کار با تأخیر روبه‌رو است.", on="1405/07/20")

        big = meeting("1405/08/01", summary="جمع‌بندی: " + DISCUSSION)
        titles = ["برنامه پویش «با مردم و محله» در روز چهارشنبه", "گزارش Red Crescent از مانور",
                  "بودجهٔ ۱۴۰۵ و سهم خیّرین (۲۵٬۰۰۰٬۰۰۰ ریال)", "آسیب‌های اجتماعی محله",
                  "نهضت ساخت مدرسه", "لایروبی جوی‌ها پیش از بارندگی"]
        items = [agenda.add_agenda_item(s, big.id, t, DISCUSSION * (1 + k % 3)) for k, t in enumerate(titles)]
        hold(big.id, STATUSES)
        for name, position, k in (("منیژه ولی‌زاده", "مدیر خدمات شهری", 0), ("John Smith", "UNICEF", 1),
                                  ("علیرضا اسدی", None, None)):
            attendance.add_guest(s, big.id, GuestInput(full_name=name, position=position,
                                                       agency_id=agency_ids[k] if k is not None else None))
        for i in range(count):
            resolutions_text = TEXTS[i % len(TEXTS)] + ("" if i % 3 else f" (مرحلهٔ {i + 1})")
            resolutions.add_resolution(s, big.id, ResolutionInput(
                text=resolutions_text,
                owner_id=member_ids[i % len(member_ids)] if i % 7 else None,
                agency_id=agency_ids[i % 3] if i % 5 else None,
                deadline=None if i % 11 == 10 else f"1405/{9 + i % 3:02d}/{1 + i % 28:02d}",
                agenda_item_id=items[i % len(items)].id), today=TODAY)
        sealing.finalise_meeting(s, big.id, by="مهدی پیرمحمدی")
        sealing.add_addendum(s, big.id, "شماره پلاک در مصوبهٔ ۲/۱ اصلاح شد: ۱۲ تا ۴۸ (نه ۱۴ تا ۴۸).",
                             "1405/08/05", "مهدی پیرمحمدی", today=TODAY)
        sealing.add_addendum(s, big.id, "نام دستگاه همکار «Red Crescent (IRCS)» است.", "1405/08/06",
                             None, today=TODAY)

        draft = meeting("1405/08/15", kind="extraordinary")
        agenda.add_agenda_item(s, draft.id, "بررسی فوری آب‌گرفتگی کوچهٔ «نرگس»", DISCUSSION)
        hold(draft.id, STATUSES)
        resolutions.add_resolution(s, draft.id, ResolutionInput(
            text="درخواست فوری لایروبی از شرکت آب و فاضلاب روستایی", agency_id=agency_ids[1],
            deadline="1405/08/20"), today=TODAY)
        scheduled = meeting("1405/09/10")

        sent = demands.create_demand(s, DemandInput(
            agency_id=agency_ids[1], subject="لایروبی جوی‌های کوچهٔ «نرگس» پیش از بارندگی",
            text=("احتراماً، به استحضار می‌رساند جوی‌های کوچهٔ «نرگس» پر شده و در بارندگی اخیر "
                  "خانه‌های ۱۲ خانوار دچار آب‌گرفتگی شد. خواهشمند است دستور فرمایید لایروبی انجام شود."),
            amount=25_000_000), council_id=cid, today=TODAY)
        demands.send_demand(s, sent.id, letter_no="۱۲۳/ش/۱۴۰۵", letter_date="1405/08/24",
                            due_date="1405/09/15", today=TODAY)
        draft_demand = demands.create_demand(s, DemandInput(
            agency_id=agency_ids[0], subject="Red Crescent: تجهیز پایگاه امداد محله",
            amount=1_250_000_000), council_id=cid, today=TODAY)
    present = tuple(f"{f} {l}" for (f, l, _, _), st in zip(NAMES, STATUSES) if st in ("present", "late"))
    return LargeCouncil(council_code="ARD-0054/B", big=big.number, draft=draft.number,
                        scheduled=scheduled.number, resolutions=count,
                        letter_no="۱۲۳/ش/۱۴۰۵", draft_demand_id=draft_demand.id,
                        present_names=present)
