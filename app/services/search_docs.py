"""What the full-text index holds for each searchable record, built in batches with plain SQL.

Each searchable kind (member, meeting, resolution, issue, demand, project) has one builder that
reads the live rows it is asked for (or all of them) with one query plus joins, and returns a
`Doc`: the display title and text a person reads (normalised Persian, as stored) and the extra
words only the index needs (both Jalali date spellings, the English values of closed
vocabularies turned into their Persian words). `Doc.fts_row()` folds it through
`search_variants` (ی/ک, diacritics, ASCII digits, ZWNJ joined and split) into the row written
to `search_index`. The same builders serve the flush hook, `rebuild_index` and the display of
search hits, so what is indexed and what is shown can never drift apart. An entry's FTS rowid
is a 63-bit hash of (kind, id): deleting or replacing one entry is a rowid lookup, never a scan
of the index's UNINDEXED columns.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator, Sequence

from sqlalchemy import Connection, select
from sqlalchemy.orm import aliased

from app import enums
from app.models import Agency, AgendaItem, Demand, Issue, Meeting, Member, Project, Resolution
from app.persian.digits import to_persian_digits
from app.persian.jalali import format_jalali, to_jalali
from app.persian.normalize import search_variants
from app.vocabulary import label

#: the kinds of record the index holds, in the order the search page shows its groups
KINDS: tuple[str, ...] = tuple(k.value for k in enums.SearchKind)

#: the table behind each kind
MODEL_OF: dict[str, type] = {
    "member": Member, "meeting": Meeting, "resolution": Resolution, "issue": Issue,
    "demand": Demand, "project": Project,
}
KIND_OF: dict[type, str] = {model: kind for kind, model in MODEL_OF.items()}

#: columns whose change alters a kind's document (deleted_at and council_id always count)
FIELDS: dict[type, frozenset[str]] = {
    Member: frozenset({"first_name", "last_name", "national_id", "mobile", "role",
                       "constituency"}),
    Meeting: frozenset({"number", "date", "kind", "place", "summary"}),
    AgendaItem: frozenset({"meeting_id", "position", "title", "discussion"}),
    Resolution: frozenset({"meeting_id", "seq", "text", "owner_id", "agency_id"}),
    Issue: frozenset({"title", "description", "address", "category"}),
    Demand: frozenset({"subject", "text", "letter_no", "agency_id"}),
    Project: frozenset({"title", "description"}),
    Agency: frozenset({"name"}),
}
ALWAYS = frozenset({"deleted_at", "council_id"})

_CHUNK = 500  # ids per IN (...) list, well under SQLite's bound-parameter limit


def entry_rowid(kind: str, row_id: str) -> int:
    """The FTS rowid of a record's entry: a stable 63-bit hash of (kind, id)."""
    digest = hashlib.blake2b(f"{kind}:{row_id}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 1


@dataclass(frozen=True)
class Doc:
    """One record as the index sees it: display title and text, plus index-only words."""

    kind: str
    row_id: str
    council_id: str | None
    title: str
    text: str
    extra: str = ""

    def fts_row(self) -> dict:
        """The row for `search_index` (folded; see app.persian.normalize.search_variants)."""
        return {"rowid": entry_rowid(self.kind, self.row_id), "kind": self.kind,
                "row_id": self.row_id, "council_id": self.council_id,
                "title": search_variants(self.title),
                "body": search_variants(f"{self.text}\n{self.extra}")}


def _chunks(ids: Sequence[str] | None) -> Iterator[Sequence[str] | None]:
    if ids is None:
        yield None
        return
    ids = list(ids)
    for start in range(0, len(ids), _CHUNK):
        yield ids[start:start + _CHUNK]


def _rows(conn: Connection, stmt, model, ids: Sequence[str] | None):
    """Live rows of `stmt` (a select over `model`), all of them or those with the given ids."""
    for chunk in _chunks(ids):
        query = stmt.where(model.deleted_at.is_(None))
        if chunk is not None:
            query = query.where(model.id.in_(chunk))
        yield from conn.execute(query)


def _lines(*parts: str | None) -> str:
    return "\n".join(p for p in parts if p)


def _date_words(d) -> str:
    """A date in every spelling people type: ۱۴۰۵/۰۸/۲۴, 1405/8/24 and ۲۴ آبان ۱۴۰۵."""
    if d is None:
        return ""
    y, m, dd = to_jalali(d)
    return f"{format_jalali(d)} {y}/{m}/{dd} {format_jalali(d, 'long')}"


def member_docs(conn: Connection, ids: Sequence[str] | None) -> Iterator[Doc]:
    m = Member
    stmt = select(m.id, m.council_id, m.first_name, m.last_name, m.national_id, m.mobile,
                  m.role, m.constituency)
    for r in _rows(conn, stmt, m, ids):
        role = label(r.role, enums.MemberRole)
        seat = label(r.constituency, enums.Constituency)
        yield Doc("member", r.id, r.council_id, f"{r.first_name} {r.last_name}",
                  " - ".join(filter(None, [role, seat, r.national_id, r.mobile])))


def meeting_docs(conn: Connection, ids: Sequence[str] | None) -> Iterator[Doc]:
    m = Meeting
    stmt = select(m.id, m.council_id, m.number, m.date, m.kind, m.place, m.summary)
    meetings = list(_rows(conn, stmt, m, ids))
    agenda: dict[str, list[str]] = defaultdict(list)
    a = AgendaItem
    for chunk in _chunks([r.id for r in meetings] if ids is not None else None):
        query = (select(a.meeting_id, a.title, a.discussion).where(a.deleted_at.is_(None))
                 .order_by(a.meeting_id, a.position))
        if chunk is not None:
            query = query.where(a.meeting_id.in_(chunk))
        for item in conn.execute(query):
            agenda[item.meeting_id].append(_lines(item.title, item.discussion))
    for r in meetings:
        title = f"جلسه {to_persian_digits(r.number)} - {format_jalali(r.date)}"
        yield Doc("meeting", r.id, r.council_id, title,
                  _lines(r.place, r.summary, *agenda.get(r.id, ())),
                  f"{r.number} {_date_words(r.date)} {label(r.kind, enums.MeetingKind)}")


def resolution_number(meeting_number: int | None, seq: int) -> str:
    """"۱۲/۳": the meeting number and the resolution's sequence in it, Persian digits."""
    return to_persian_digits(f"{meeting_number if meeting_number is not None else '?'}/{seq}")


def resolution_docs(conn: Connection, ids: Sequence[str] | None) -> Iterator[Doc]:
    r_, owner, agency, meeting = Resolution, aliased(Member), aliased(Agency), aliased(Meeting)
    stmt = (select(r_.id, r_.council_id, r_.seq, r_.text, meeting.number,
                   owner.first_name, owner.last_name, agency.name.label("agency"))
            .outerjoin(meeting, meeting.id == r_.meeting_id)
            .outerjoin(owner, owner.id == r_.owner_id)
            .outerjoin(agency, agency.id == r_.agency_id))
    for r in _rows(conn, stmt, r_, ids):
        who = f"{r.first_name} {r.last_name}" if r.first_name or r.last_name else None
        yield Doc("resolution", r.id, r.council_id,
                  f"مصوبه {resolution_number(r.number, r.seq)}", _lines(r.text, who, r.agency))


def issue_docs(conn: Connection, ids: Sequence[str] | None) -> Iterator[Doc]:
    i = Issue
    stmt = select(i.id, i.council_id, i.title, i.description, i.address, i.category)
    for r in _rows(conn, stmt, i, ids):
        yield Doc("issue", r.id, r.council_id, r.title,
                  _lines(r.description, r.address, r.category))


def demand_docs(conn: Connection, ids: Sequence[str] | None) -> Iterator[Doc]:
    d, agency = Demand, aliased(Agency)
    stmt = (select(d.id, d.council_id, d.subject, d.text, d.letter_no,
                   agency.name.label("agency"))
            .outerjoin(agency, agency.id == d.agency_id))
    for r in _rows(conn, stmt, d, ids):
        letter = f"نامه {r.letter_no}" if r.letter_no else None
        yield Doc("demand", r.id, r.council_id, r.subject, _lines(r.agency, letter, r.text))


def project_docs(conn: Connection, ids: Sequence[str] | None) -> Iterator[Doc]:
    p = Project
    stmt = select(p.id, p.council_id, p.title, p.description)
    for r in _rows(conn, stmt, p, ids):
        yield Doc("project", r.id, r.council_id, r.title, r.description or "")


BUILDERS: dict[str, Callable[[Connection, Sequence[str] | None], Iterable[Doc]]] = {
    "member": member_docs, "meeting": meeting_docs, "resolution": resolution_docs,
    "issue": issue_docs, "demand": demand_docs, "project": project_docs,
}


def build(conn: Connection, kind: str, ids: Sequence[str] | None) -> Iterator[Doc]:
    """The documents of the live rows of `kind` among `ids` (every live row when None)."""
    return iter(BUILDERS[kind](conn, ids))
