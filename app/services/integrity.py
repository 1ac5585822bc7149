"""The integrity check (`dabir check`, the settings page): is the file sound, do the rules hold?

SQLite's own checks first (`PRAGMA integrity_check`, `PRAGMA foreign_key_check`), then the
search index against the live records, then the domain's invariants, which the services enforce
on every edit but which a restored old backup, a sync bug or a hand edit of the file could still
break: an active member has proof of residence and a valid national ID, no two live members
share a national ID, meeting numbers are unique, finalised minutes still match their seal,
resolutions belong to live meetings, and a demand's answer (and due date) is not before its
letter. Each finding carries a severity, a message code (English text in app/messages.py,
translated like any domain error) with its parameters, and the record it concerns. The check
only reads, except `repair=True`, which rebuilds a stale search index (the one thing that can
be rebuilt from the records without a person deciding).
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator

from sqlalchemy import and_, func, or_, select, text
from sqlalchemy.orm import Session, aliased

from app.enums import MeetingState, MemberStatus, Severity
from app.errors import FieldProblem, Translator
from app.messages import MESSAGES
from app.models import Demand, Meeting, Member, Resolution
from app.persian.digits import to_persian_digits
from app.persian.ids import is_valid_national_id

#: most findings one check reports before summing the rest up
LIMIT = 100

#: where the minutes' seal verifier may live: (module, function(session, meeting_id) -> bool)
VERIFIERS = (("app.services.sealing", "verify_minutes"), ("app.services.minutes", "verify_minutes"),
             ("app.services.meetings", "verify_minutes"))


@dataclass(frozen=True)
class Finding:
    """One problem found: severity, message code and parameters, the record concerned."""

    severity: str
    code: str
    params: dict[str, Any] = field(default_factory=dict)
    table: str | None = None
    row_id: str | None = None
    repaired: bool = False

    def message(self, translate: Translator | None = None) -> str:
        """The message in the language `translate` gives (English when none)."""
        problem = FieldProblem(None, self.code, MESSAGES[self.code], self.params)
        return problem.message(translate) if translate else problem.message()

    def __str__(self) -> str:
        where = f" ({self.table} {self.row_id})" if self.row_id else ""
        done = " [repaired]" if self.repaired else ""
        return f"{self.severity}: {self.message()}{where}{done}"


@dataclass(frozen=True)
class CheckReport:
    """All findings of one check run. Iterating and len() go over the findings."""

    findings: tuple[Finding, ...]
    skipped: tuple[str, ...] = ()  # checks that could not run (e.g. no seal verifier yet)

    @property
    def ok(self) -> bool:
        """No finding is left unrepaired."""
        return all(f.repaired for f in self.findings)

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == Severity.ERROR and not f.repaired)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings
                     if f.severity == Severity.WARNING and not f.repaired)

    def __iter__(self) -> Iterator[Finding]:
        return iter(self.findings)

    def __len__(self) -> int:
        return len(self.findings)


def _error(code: str, on_table: str | None = None, on_row: str | None = None,
           **params: Any) -> Finding:
    return Finding(Severity.ERROR.value, code, params, on_table, on_row)


def _capped(findings: list[Finding]) -> list[Finding]:
    if len(findings) <= LIMIT:
        return findings
    rest = len(findings) - LIMIT
    return findings[:LIMIT] + [Finding(Severity.WARNING.value, "check.more", {"count": rest})]


def _name(first: str | None, last: str | None) -> str:
    return " ".join(p for p in (first, last) if p)


# --- the checks ------------------------------------------------------------------------------

def check_sqlite(session: Session) -> list[Finding]:
    """SQLite's page-level integrity check."""
    rows = [r[0] for r in session.execute(text("PRAGMA integrity_check"))]
    if rows == ["ok"]:
        return []
    return [_error("check.sqlite_integrity", reason=r) for r in rows[:LIMIT]]


def check_foreign_keys(session: Session) -> list[Finding]:
    """Rows pointing at a parent row that does not exist."""
    out = []
    for table, rowid, parent, _fkid in session.execute(text("PRAGMA foreign_key_check")):
        row_id = None
        if rowid is not None:
            quoted = '"' + table.replace('"', '""') + '"'
            try:
                row_id = session.execute(text(f"SELECT id FROM {quoted} WHERE rowid = :r"),
                                         {"r": rowid}).scalar()
            except Exception:  # noqa: BLE001 - a table without an id column
                row_id = str(rowid)
        out.append(_error("check.foreign_key", table, row_id, table=table, parent=parent))
    return _capped(out)


def check_search_index(session: Session, *, repair: bool = False) -> list[Finding]:
    """The full-text index holds exactly the live searchable records."""
    from app.services.search import index_status, rebuild_index

    status = index_status(session)
    if status.ok:
        return []
    params = {"missing": len(status.missing), "orphans": len(status.orphans) + status.duplicates}
    repaired = False
    if repair:
        rebuild_index(session)
        repaired = index_status(session).ok
    return [Finding(Severity.WARNING.value, "check.search_index", params, "search_index",
                    None, repaired)]


def check_members(session: Session) -> list[Finding]:
    """Active members: residence proof and a valid national ID; no shared national IDs."""
    out = []
    live = session.execute(select(Member.id, Member.first_name, Member.last_name,
                                  Member.national_id, Member.residence_proof, Member.status,
                                  Member.council_id)
                           .where(Member.deleted_at.is_(None))
                           .order_by(Member.last_name, Member.first_name)).all()
    for m in live:
        if m.status != MemberStatus.ACTIVE.value:
            continue
        name = _name(m.first_name, m.last_name)
        if not (m.residence_proof or "").strip():
            out.append(_error("check.member_no_residence", "members", m.id, name=name))
        if not is_valid_national_id(m.national_id or ""):
            out.append(_error("check.member_bad_national_id", "members", m.id, name=name,
                              value=m.national_id or ""))
    by_id: dict[tuple[str, str], list] = {}
    for m in live:
        by_id.setdefault((m.council_id, m.national_id), []).append(m)
    for (_council, nid), rows in by_id.items():
        if len(rows) > 1:
            names = "، ".join(_name(r.first_name, r.last_name) for r in rows)
            out.append(_error("check.duplicate_national_id", "members", rows[1].id,
                              value=nid, names=names))
    return _capped(out)


def check_meeting_numbers(session: Session) -> list[Finding]:
    """No two live meetings of a council share a number."""
    dupes = session.execute(select(Meeting.council_id, Meeting.number, func.count())
                            .where(Meeting.deleted_at.is_(None))
                            .group_by(Meeting.council_id, Meeting.number)
                            .having(func.count() > 1).order_by(Meeting.number)).all()
    out = []
    for council_id, number, count in dupes:
        row_id = session.scalar(select(Meeting.id).where(
            Meeting.council_id == council_id, Meeting.number == number,
            Meeting.deleted_at.is_(None)).order_by(Meeting.created_at.desc()).limit(1))
        out.append(_error("check.duplicate_meeting_number", "meetings", row_id,
                          number=number, count=count))
    return _capped(out)


def seal_verifier() -> Callable[[Session, str], bool] | None:
    """The meetings service's verify function, if one is there (imported lazily)."""
    for module_name, func_name in VERIFIERS:
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        fn = getattr(module, func_name, None)
        if callable(fn):
            return fn
    return None


def check_sealed_minutes(session: Session,
                         verify: Callable[[Session, str], bool] | None = None) -> list[Finding]:
    """Finalised minutes carry a seal and still hash to it."""
    verify = verify or seal_verifier()
    rows = session.execute(select(Meeting.id, Meeting.number, Meeting.content_hash)
                           .where(Meeting.deleted_at.is_(None),
                                  Meeting.state == MeetingState.FINALISED.value)
                           .order_by(Meeting.number)).all()
    out = []
    for m in rows:
        if not m.content_hash:
            out.append(_error("check.minutes_unsealed", "meetings", m.id, number=m.number))
        elif verify is not None and not verify(session, m.id):
            out.append(_error("check.minutes_seal_broken", "meetings", m.id, number=m.number))
    return _capped(out)


def check_resolutions(session: Session) -> list[Finding]:
    """Every live resolution belongs to a live meeting."""
    meeting = aliased(Meeting)
    rows = session.execute(select(Resolution.id, Resolution.seq, meeting.number)
                           .outerjoin(meeting, meeting.id == Resolution.meeting_id)
                           .where(Resolution.deleted_at.is_(None),
                                  or_(meeting.id.is_(None), meeting.deleted_at.is_not(None)))
                           .order_by(meeting.number, Resolution.seq)).all()
    return _capped([_error("check.resolution_orphan", "resolutions", r.id,
                           number=to_persian_digits(f"{r.number if r.number is not None else '?'}"
                                                    f"/{r.seq}"))
                    for r in rows])


def check_demand_dates(session: Session) -> list[Finding]:
    """A demand is not answered before its letter, nor due before it."""
    rows = session.execute(select(Demand.id, Demand.subject, Demand.letter_date,
                                  Demand.answered_on, Demand.due_date)
                           .where(Demand.deleted_at.is_(None), Demand.letter_date.is_not(None),
                                  or_(and_(Demand.answered_on.is_not(None),
                                           Demand.answered_on < Demand.letter_date),
                                      and_(Demand.due_date.is_not(None),
                                           Demand.due_date < Demand.letter_date)))
                           .order_by(Demand.letter_date)).all()
    out = []
    for d in rows:
        if d.answered_on is not None and d.answered_on < d.letter_date:
            out.append(_error("check.demand_answer_before_letter", "demands", d.id,
                              subject=d.subject))
        if d.due_date is not None and d.due_date < d.letter_date:
            out.append(Finding(Severity.WARNING.value, "check.demand_due_before_letter",
                               {"subject": d.subject}, "demands", d.id))
    return _capped(out)


def _run(session: Session, repair: bool) -> CheckReport:
    findings = check_sqlite(session)
    if findings:  # a damaged file: the other checks would read garbage
        return CheckReport(tuple(findings))
    findings += check_foreign_keys(session)
    findings += check_search_index(session, repair=repair)
    findings += check_members(session)
    findings += check_meeting_numbers(session)
    skipped = ()
    verify = seal_verifier()
    if verify is None:
        skipped = ("sealed_minutes",)
    findings += check_sealed_minutes(session, verify)
    findings += check_resolutions(session)
    findings += check_demand_dates(session)
    return CheckReport(tuple(findings), skipped)


def check(target, *, repair: bool = False) -> CheckReport:
    """Run every check on a Session (the caller commits a repair) or a Database.

    `repair=True` rebuilds the search index when it is stale; nothing else is changed.
    """
    if isinstance(target, Session):
        return _run(target, repair)
    with target.session(actor="check") as session:
        return _run(session, repair)
