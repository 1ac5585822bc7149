"""A made-up council with years of records, built through the services: `dabir demo` and the UI.

`build_demo` sets up a council in Ardabil (the pilot province) and lives its history day by day:
members appointed on seats covering every constituency the articles name, seats changing hands
(the replacement ends the predecessor's term), meetings on Wednesdays (the public «with the
people and the neighbourhood» meetings) and other weekdays with agenda, attendance, guests,
resolutions and their follow-ups at later meetings, most minutes finalised; issues with their
history, demands with letters, answers and some overdue, residents' requests at public
meetings, and the development roadmap (app.services.demo_records). Everything goes through the
same service functions as the screens, so the demo obeys every rule and fills the audit log,
the outbox and the search index like real use. A seeded `random.Random` makes it reproducible;
work is committed in small units (one session per meeting, per 200 issues) and reported
through an optional `progress(done, total, label)` callback.
"""
from __future__ import annotations

import heapq
import random
from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import Callable

from app.db import Database
from app.enums import (AttendanceStatus, CommitteeArea, Constituency, Gender, MeetingKind,
                       MemberRole, ResolutionStatus)
from app.errors import StateError, ValidationError
from app.persian.ids import make_national_id
from app.persian.jalali import to_jalali
from app.services import agencies, agenda, attendance, committees, meetings, members
from app.services import council as council_service
from app.services import demo_data as W
from app.services import demo_records, resolutions, sealing

Progress = Callable[[int, int, str], None]
ACTOR = "demo"


@dataclass(frozen=True)
class DemoSize:
    """How much history to make."""

    years: float
    seats: int
    turnovers: int  # seats changing hands (each one a new member replacing the old)
    meetings: int
    resolutions: int
    issues: int
    demands: int
    projects: int


SIZES: dict[str, DemoSize] = {
    "small": DemoSize(years=1.25, seats=20, turnovers=3, meetings=30, resolutions=80, issues=60,
                      demands=36, projects=6),
    "large": DemoSize(years=10, seats=30, turnovers=280, meetings=500, resolutions=5000,
                      issues=5000, demands=3000, projects=100),
}

#: (role, constituency, gender or None for either) of each seat, in order; the rest are residents
SEATS = (
    (MemberRole.CHAIR, Constituency.FIGURE, None),
    (MemberRole.DEPUTY, Constituency.BASIJ, Gender.MALE),
    (MemberRole.SECRETARY, Constituency.RESIDENT, None),
    (MemberRole.MEMBER, Constituency.IMAM, Gender.MALE),
    (MemberRole.MEMBER, Constituency.PROPAGATION, Gender.MALE),
    (MemberRole.MEMBER, Constituency.RELIGIOUS_GROUP, Gender.MALE),
    (MemberRole.MEMBER, Constituency.POLICE, Gender.MALE),
    (MemberRole.MEMBER, Constituency.RED_CRESCENT, None),
    (MemberRole.MEMBER, Constituency.FIGURE, None),
    (MemberRole.MEMBER, Constituency.FIGURE, Gender.FEMALE),
    (MemberRole.MEMBER, Constituency.LOCAL_MANAGER, None),
    (MemberRole.MEMBER, Constituency.LOCAL_MANAGER, None),
)


@dataclass
class Seat:
    role: MemberRole
    constituency: Constituency
    gender: Gender | None
    member_id: str = ""
    name: str = ""


@dataclass
class Held:
    """A meeting of the timeline once created."""

    index: int
    id: str
    number: int
    date: date
    kind: MeetingKind


class Demo:
    """One build: the random source, the dates, and what has been made so far."""

    def __init__(self, db: Database, size: DemoSize, rng: random.Random, today: date,
                 progress: Progress | None):
        self.db, self.size, self.rng, self.today = db, size, rng, today
        self.start = today - timedelta(days=round(size.years * 365.25))
        self.progress = progress
        self.total = (size.seats + size.turnovers + size.meetings + size.issues + size.projects)
        self.done = 0
        self.council_id = ""
        self.committees: dict[str, str] = {}
        self.agencies: dict[str, list[tuple[str, str]]] = {}
        self.seats: list[Seat] = []
        self.national_ids: set[str] = set()
        self.letters = 0
        self.follow_ups: list[tuple[int, int, str, str]] = []  # heap (meeting index, n, id, status)
        self.counter = 0
        self.records = demo_records.Records(self)

    # ------------------------------------------------------------------ small helpers

    def step(self, n: int = 1, label: str = "") -> None:
        self.done += n
        if self.progress:
            self.progress(min(self.done, self.total), self.total, label)

    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def days(self, low: int, high: int) -> timedelta:
        return timedelta(days=self.rng.randint(low, high))

    def person(self, gender: Gender | None = None) -> tuple[str, str, Gender]:
        gender = gender or (Gender.FEMALE if self.rng.random() < 0.35 else Gender.MALE)
        first = self.pick(W.FEMALE_FIRST_NAMES if gender == Gender.FEMALE else W.MALE_FIRST_NAMES)
        return first, self.pick(W.LAST_NAMES), gender

    def full_name(self, gender: Gender | None = None) -> str:
        first, last, _ = self.person(gender)
        return f"{first} {last}"

    def place(self) -> str:
        return self.pick(W.STREETS) if self.rng.random() < 0.8 else self.pick(W.LANDMARKS)

    def address(self) -> str:
        return f"{self.pick(W.STREETS)}، پلاک {self.rng.randint(1, 180)}"

    def mobile(self) -> str:
        return f"09{self.pick(('12', '13', '14', '35', '36', '01', '02', '90', '91', '19'))}" \
               f"{self.rng.randrange(10_000_000):07d}"

    def national_id(self) -> str:
        while True:
            prefix = f"{self.rng.randrange(1, 1_000_000_000):09d}"
            try:
                code = make_national_id(prefix)
            except ValueError:
                continue
            if code not in self.national_ids:
                self.national_ids.add(code)
                return code

    def agency(self, kind: str | None = None) -> tuple[str, str]:
        """(id, name) of an agency of that kind (any other one when there is none)."""
        pool = self.agencies.get(kind or "") or self.agencies["other"]
        return self.pick(pool)

    def letter_no(self, on: date) -> str:
        self.letters += 1
        return f"{to_jalali(on)[0]}/ش/{self.letters}"

    # ------------------------------------------------------------------ council and members

    def set_up(self) -> None:
        with self.db.session(actor=ACTOR) as s:
            view = council_service.setup_council(s, council_service.CouncilInput(
                province="اردبیل", county="اردبیل", settlement="اردبیل",
                neighbourhood="شهرک ولیعصر", code="ARD-DEMO-0054", founded_on=self.start,
                address="اردبیل، شهرک ولیعصر، مسجد جامع محله"))
            self.council_id = view.id
            for c in committees.list_committees(s, view.id):
                area = next((a for a, n in council_service.STANDARD_COMMITTEES if n == c.name),
                            CommitteeArea.OTHER)
                self.committees[str(area)] = c.id
            for a in agencies.list_agencies(s, view.id):
                self.agencies.setdefault(a.kind, []).append((a.id, a.name))
            self.seats = [Seat(*spec) for spec in SEATS]
            while len(self.seats) < self.size.seats:
                self.seats.append(Seat(MemberRole.MEMBER, Constituency.RESIDENT, None))
            self.seats = self.seats[:self.size.seats]
            for seat in self.seats:
                self.appoint(s, seat, self.start)
                self.step(label="اعضای شورا")

    def appoint(self, s, seat: Seat, on: date) -> None:
        """A new member takes the seat on `on`, replacing whoever held it."""
        first, last, gender = self.person(seat.gender)
        committee_ids = tuple(self.rng.sample(sorted(self.committees.values()),
                                              self.rng.randint(0, 2)))
        view = members.create_member(s, self.council_id, members.MemberInput(
            first_name=first, last_name=last, national_id=self.national_id(),
            gender=gender.value, mobile=self.mobile(), address=self.address(),
            residence_proof=self.pick(W.RESIDENCE_PROOFS), role=seat.role.value,
            constituency=seat.constituency.value, term_start=on,
            term_end=on + timedelta(days=self.rng.choice((730, 1095, 1461))),
            appointment_letter_no=f"ح/{to_jalali(on)[0]}/{self.rng.randint(100, 999)}",
            appointment_letter_date=on - self.days(1, 12),
            replaces_id=seat.member_id or None, committee_ids=committee_ids), today=on)
        seat.member_id, seat.name = view.id, view.full_name

    def turn_over(self, on: date) -> None:
        with self.db.session(actor=ACTOR) as s:
            self.appoint(s, self.pick(self.seats), on)
        self.step(label="تغییر اعضا")

    def holder(self, role: MemberRole) -> str | None:
        return next((seat.member_id for seat in self.seats if seat.role == role), None)

    # ------------------------------------------------------------------ the timeline

    def meeting_dates(self) -> list[tuple[date, MeetingKind]]:
        """When the meetings are held: Wednesdays for public ones; the last two still ahead."""
        n = self.size.meetings
        first, last = self.start + timedelta(days=10), self.today + timedelta(days=14)
        span = (last - first).days
        out: list[tuple[date, MeetingKind]] = []
        previous = first - timedelta(days=1)
        for i in range(n):
            day = first + timedelta(days=span * i // n + self.rng.randint(0, max(span // n - 1, 0)))
            if i >= n - 2:
                day = self.today + timedelta(days=3 + 5 * (i - n + 2))
            roll = self.rng.random()
            kind = (MeetingKind.PUBLIC if roll < 0.4 else
                    MeetingKind.EXTRAORDINARY if roll > 0.95 else MeetingKind.REGULAR)
            if kind == MeetingKind.PUBLIC or self.rng.random() < 0.3:
                day += timedelta(days=(2 - day.weekday()) % 7)  # the Wednesday on or after
            if day.weekday() == 4:  # never on a Friday
                day += timedelta(days=1)
            day = max(day, previous + timedelta(days=1))
            previous = day
            out.append((day, kind))
        return out

    def run(self) -> dict[str, int]:
        self.set_up()
        dates = self.meeting_dates()
        turnovers = sorted(self.start + self.days(30, (self.today - self.start).days)
                           for _ in range(self.size.turnovers))
        issue_days = sorted(self.start + self.days(1, (self.today - self.start).days)
                            for _ in range(self.size.issues))
        past = [i for i, (d, _) in enumerate(dates) if d <= self.today]
        decided = self.share_out(self.size.resolutions, {
            i: (0.5 if dates[i][1] == MeetingKind.PUBLIC else 1.3) * self.rng.uniform(0.6, 1.4)
            for i in past})
        drafts = set(past[-2:]) | {i for i in past if self.rng.random() < 0.02}
        for index, (day, kind) in enumerate(dates):
            while turnovers and turnovers[0] <= day:
                self.turn_over(turnovers.pop(0))
            due = [d for d in issue_days if d <= day]
            issue_days = issue_days[len(due):]
            self.records.issues(due)
            self.meeting(index, day, kind, decided.get(index, 0), finalise=index not in drafts)
        for on in turnovers:
            self.turn_over(on)
        self.records.issues(issue_days)
        self.records.roadmap()
        return self.records.counts()

    # ------------------------------------------------------------------ meetings

    @staticmethod
    def share_out(total: int, weights: dict[int, float]) -> dict[int, int]:
        """`total` split in proportion to `weights`, whole numbers adding up exactly."""
        if not weights:
            return {}
        scale = total / sum(weights.values())
        exact = {k: w * scale for k, w in weights.items()}
        out = {k: int(v) for k, v in exact.items()}
        by_remainder = sorted(exact, key=lambda k: exact[k] - out[k], reverse=True)
        for k in by_remainder[:total - sum(out.values())]:
            out[k] += 1
        return out

    def meeting(self, index: int, day: date, kind: MeetingKind, count: int, *,
                finalise: bool) -> None:
        held_already = day <= self.today
        start = time(16, 30) if kind == MeetingKind.PUBLIC else self.pick(
            (time(17, 0), time(18, 0), time(19, 30), time(9, 0)))
        end = time(min(start.hour + self.rng.randint(1, 2), 23), start.minute)
        with self.db.session(actor=ACTOR) as s:
            view = meetings.create_meeting(s, self.council_id, meetings.MeetingInput(
                date=day, kind=kind.value, start_time=start, end_time=end,
                place=self.pick(W.MEETING_PLACES), chair_id=self.holder(MemberRole.CHAIR),
                minute_taker_id=self.holder(MemberRole.SECRETARY),
                summary=self.pick(W.DISCUSSIONS) if held_already else None))
            held = Held(index, view.id, view.number, day, kind)
            items = self.agenda(s, held)
            if held_already:
                self.attendance(s, held)
                self.follow_up(s, held)
                self.decide(s, held, count, items)
                if kind == MeetingKind.PUBLIC:
                    self.records.intake(s, held)
                if finalise:
                    sealing.finalise_meeting(s, held.id, by="دبیر شورا")
        self.step(label=f"جلسه {view.number}")

    def agenda(self, s, held: Held) -> list[str]:
        """The meeting's own agenda items (after the follow-up item added by itself); ids."""
        if held.kind == MeetingKind.PUBLIC:
            titles = ["پویش «با مردم و محله»: دیدار چهره‌به‌چهره اهالی با مسئولان"]
        else:
            titles = self.rng.sample(W.AGENDA_TITLES, self.rng.randint(2, 4))
        ids = []
        for title in titles:
            discussion = " ".join(self.rng.sample(W.DISCUSSIONS, self.rng.randint(1, 3)))
            ids.append(agenda.add_agenda_item(s, held.id, title, discussion
                                              if held.date <= self.today else None).id)
        return ids

    def attendance(self, s, held: Held) -> None:
        rows = attendance.get_attendance(s, held.id).rows
        statuses = {}
        for row in rows:
            roll = self.rng.random()
            statuses[row.member_id] = (
                AttendanceStatus.PRESENT if roll < 0.78 else AttendanceStatus.LATE if roll < 0.84
                else AttendanceStatus.EXCUSED if roll < 0.94 else AttendanceStatus.ABSENT).value
        attending = {AttendanceStatus.PRESENT.value, AttendanceStatus.LATE.value}
        for row in rows:  # a meeting that is held has its quorum (more than half)
            if sum(v in attending for v in statuses.values()) > len(rows) // 2 + 1:
                break
            statuses[row.member_id] = AttendanceStatus.PRESENT.value
        attendance.set_attendance(s, held.id, statuses)
        officials = self.rng.sample(W.OFFICIALS, 3 if held.kind == MeetingKind.PUBLIC else
                                    self.rng.randint(0, 2))
        for position, kind in officials:
            agency_id, _ = self.agency(kind.value)
            attendance.add_guest(s, held.id, attendance.GuestInput(
                full_name=self.full_name(), position=position, agency_id=agency_id))

    def decide(self, s, held: Held, count: int, items: list[str]) -> None:
        """`count` resolutions of the meeting (under its agenda `items`), with planned futures."""
        active = [seat.member_id for seat in self.seats]
        for _ in range(count):
            issue = self.records.recent_issue(held.date)
            text, kind = self.pick(W.RESOLUTION_TEXTS)
            text = text.format(place=self.place())
            if issue:  # a resolution about an issue is carried out by that issue's agency
                kind = issue[1]
                text = f"{text[:-1]}، در پیگیری مسئله «{issue[2]}»."
            agency_id = self.agency(str(kind))[0] if self.rng.random() < 0.85 else None
            view = resolutions.add_resolution(s, held.id, resolutions.ResolutionInput(
                text=text, owner_id=self.pick(active), agency_id=agency_id,
                deadline=held.date + self.days(10, 90), issue_id=issue[0] if issue else None,
                agenda_item_id=self.pick(items) if items else None), today=self.today)
            self.plan_future(held.index, view.id)
            if agency_id and self.records.wants_resolution_demand():
                self.records.demand(s, resolution_id=view.id, agency_id=agency_id,
                                    start=held.date, subject=text)

    def plan_future(self, index: int, resolution_id: str) -> None:
        """Schedule the status changes later meetings will report (by meeting index).

        Most are done within a few meetings; some are cancelled; the ones left open or in
        progress are settled about a year later, so only the recent ones stay open (and the
        overdue among them are the ones a secretary would chase).
        """
        S = ResolutionStatus
        roll, a = self.rng.random(), self.rng.randint(1, 4)
        late = a + self.rng.randint(40, 80)
        settle = S.DONE if self.rng.random() < 0.6 else S.CANCELLED
        if roll < 0.45:
            steps = [(a, S.IN_PROGRESS), (a + self.rng.randint(1, 6), S.DONE)]
        elif roll < 0.68:
            steps = [(a, S.DONE)]
        elif roll < 0.73:
            steps = [(a, S.CANCELLED)]
        elif roll < 0.85:
            steps = [(a, S.IN_PROGRESS), (late, settle)]
        else:
            steps = [(late, settle)]
        for offset, status in steps:
            self.counter += 1
            heapq.heappush(self.follow_ups, (index + offset, self.counter, resolution_id,
                                             status.value))

    def follow_up(self, s, held: Held) -> None:
        """Report, at this meeting, the progress planned for earlier resolutions."""
        while self.follow_ups and self.follow_ups[0][0] <= held.index:
            _, _, resolution_id, status = heapq.heappop(self.follow_ups)
            resolutions.set_status(s, resolution_id, status, self.pick(W.FOLLOW_UP_NOTES),
                                   on=held.date, meeting_id=held.id, today=self.today)


def build_demo(db: Database, size: str | DemoSize = "small", seed: int = 0,
               today: date | None = None, progress: Progress | None = None) -> dict[str, int]:
    """Fill `db` (with no council yet: StateError 'demo.has_council' otherwise) with a demo
    council; returns the record counts.

    `size` is 'small' (~20 members, ~30 meetings, seconds) or 'large' (ten busy years: 300+
    members, 500 meetings, 5,000 resolutions and issues, 3,000 demands, 100 projects; minutes),
    or a DemoSize. The same seed and `today` give the same council.
    """
    if isinstance(size, str):
        if size not in SIZES:
            raise ValidationError("bad_choice", field="size", value=size)
        size = SIZES[size]
    with db.session() as s:
        if council_service.has_council(s):
            raise StateError("demo.has_council", name=council_service.get_council(s).name)
    return Demo(db, size, random.Random(seed), today or date.today(), progress).run()
