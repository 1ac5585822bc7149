"""Members to and from a spreadsheet (.xlsx or .csv): the list the district office asks for.

Export writes one row per member with Persian headers, Persian words for roles,
constituencies, genders and statuses (`app.vocabulary`), Jalali dates ("1405/08/24") and the
committee names. Import reads such a file back, or one typed by hand: Persian or English
headers, Persian or Latin digits, ي/ك spellings, Jalali dates. Every row goes through the same
rules as the member form (`members.prepare_member`), plus duplicates within the file; if any
row is bad nothing is written and each problem is reported with its spreadsheet row number. A
row whose national ID is already registered updates that member instead of adding a second
one (columns the file lacks and empty cells keep the stored value), and only changed fields
are written, so exporting and importing the same file changes nothing (no audit or outbox
entries).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.enums import Constituency, Gender, MemberRole, MemberStatus
from app.errors import FieldProblem, ValidationError, problem
from app.models import CommitteeMembership, Member
from app.persian.ids import normalize_national_id
from app.persian.jalali import to_jalali
from app.persian.normalize import fold_for_search
from app.services import committees as committees_service
from app.services import members as members_service
from app.services.common import Problems
from app.services.members import MemberInput, MemberView
from app.services.tabular import read_table, table_kind, write_table
from app.vocabulary import label, parse_label

#: (field, Persian header) in the order of the exported columns
COLUMNS: tuple[tuple[str, str], ...] = (
    ("first_name", "نام"),
    ("last_name", "نام خانوادگی"),
    ("national_id", "کد ملی"),
    ("mobile", "تلفن همراه"),
    ("gender", "جنسیت"),
    ("address", "نشانی"),
    ("residence_proof", "مدرک سکونت"),
    ("role", "سمت"),
    ("constituency", "نمایندگی"),
    ("status", "وضعیت"),
    ("term_start", "شروع دوره"),
    ("term_end", "پایان دوره"),
    ("appointment_letter_no", "شماره حکم"),
    ("appointment_letter_date", "تاریخ حکم"),
    ("committees", "کمیته‌ها"),
    ("notes", "یادداشت"),
)
HEADERS = dict(COLUMNS)
#: other headers people write for a column (besides the Persian one and the English field name)
HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "mobile": ("موبایل", "شماره همراه", "تلفن", "شماره تماس"),
    "address": ("آدرس",),
    "national_id": ("شماره ملی",),
    "role": ("سمت در شورا",),
    "constituency": ("نماینده", "نمایندگی از"),
    "appointment_letter_no": ("شماره ابلاغ",),
    "appointment_letter_date": ("تاریخ ابلاغ",),
    "notes": ("توضیحات",),
    "residence_proof": ("مدرک محل سکونت",),
}
REQUIRED_COLUMNS = ("first_name", "last_name", "national_id")
ENUM_FIELDS = {"gender": Gender, "role": MemberRole, "constituency": Constituency,
               "status": MemberStatus}
DATE_FIELDS = ("term_start", "term_end", "appointment_letter_date")
_LIST_SPLIT = re.compile(r"[،,؛;\n]+")


@dataclass(frozen=True)
class RowProblem:
    """One refused value of one row: the spreadsheet row, the field, its column, the problem."""

    row: int
    field: str | None
    column: str | None
    problem: FieldProblem

    @property
    def code(self) -> str:
        return self.problem.code

    def message(self, translate=lambda text: text) -> str:
        """'Row 7: کد ملی: The national ID … is not valid …' in the language `translate` gives."""
        reason = self.problem.message(translate)
        if self.column:
            reason = f"{self.column}: {reason}"
        return problem("import.row", row=self.row, reason=reason).message(translate)


@dataclass(frozen=True)
class ImportReport:
    rows_ok: int  # rows that passed every rule
    created: int
    updated: int  # existing members with at least one changed field
    unchanged: int
    problems: tuple[RowProblem, ...]
    ignored_columns: tuple[str, ...]  # headers that matched no field
    dry_run: bool

    @property
    def ok(self) -> bool:
        return not self.problems


class ImportRowsError(ValidationError):
    """Some rows were refused; nothing was imported. `report.problems` lists them by row."""

    report: ImportReport


# --------------------------------------------------------------------------- export


def jalali_cell(d: date | None) -> str:
    """A date as the Jalali text an export holds: 1405/08/24 (Latin digits, sortable)."""
    if d is None:
        return ""
    y, m, dd = to_jalali(d)
    return f"{y:04d}/{m:02d}/{dd:02d}"


def _row(m: MemberView) -> list[str]:
    cells = {
        "gender": label(m.gender, Gender), "role": label(m.role, MemberRole),
        "constituency": label(m.constituency, Constituency),
        "status": label(m.status, MemberStatus), "committees": "، ".join(m.committee_names),
        **{f: jalali_cell(getattr(m, f)) for f in DATE_FIELDS},
    }
    return [cells[f] if f in cells else (getattr(m, f) or "") for f, _ in COLUMNS]


def export_members(session: Session, council_id: str, path: Path | str) -> int:
    """Write every member (active and former) to `path` (.xlsx or .csv); returns the row count."""
    table_kind(path)
    members = members_service.list_members(session, council_id)
    write_table(path, [h for _, h in COLUMNS], [_row(m) for m in members], sheet_title="اعضا")
    return len(members)


# --------------------------------------------------------------------------- import


def _header_key(text: str) -> str:
    return fold_for_search(str(text).replace("_", " ")).replace(" ", "")


_HEADER_INDEX: dict[str, str] = {}
for _field, _persian in COLUMNS:
    for _word in (_field, _persian, *HEADER_ALIASES.get(_field, ())):
        _HEADER_INDEX[_header_key(_word)] = _field


def _map_headers(headers: tuple[str, ...]) -> tuple[dict[str, int], tuple[str, ...]]:
    """field -> column index, and the ignored headers; file-level problems raise."""
    p = Problems()
    positions: dict[str, int] = {}
    ignored = []
    for index, header in enumerate(headers):
        field = _HEADER_INDEX.get(_header_key(header)) if header else None
        if field is None:
            if header:
                ignored.append(header)
        elif field in positions:
            p.add("import.duplicate_column", field="path", column=header)
        else:
            positions[field] = index
    for field in REQUIRED_COLUMNS:
        if field not in positions:
            p.add("import.missing_column", field="path", column=HEADERS[field])
    p.raise_if_any()
    return positions, tuple(ignored)


def _text(cell: Any) -> str:
    return "" if cell is None else str(cell).strip()


def _base_input(existing: MemberView | None) -> MemberInput:
    if existing is None:
        return MemberInput(first_name="", last_name="", national_id="", gender="")
    return MemberInput(**{f: getattr(existing, f) for f in (
        "first_name", "last_name", "national_id", "gender", "mobile", "address",
        "residence_proof", "role", "constituency", "status", "term_start", "term_end",
        "appointment_letter_no", "appointment_letter_date", "replaces_id", "notes")})


def _row_input(cells: dict[str, Any], base: MemberInput, committee_ids: dict[str, str],
               p: Problems, *, existing: bool) -> MemberInput:
    """The row's values laid over `base` (the member as stored, or an empty form).

    An empty cell leaves an existing member's value as it is (a blank in a hand-made file
    must not wipe a mobile or reactivate a former member); for a new member it means no value
    or the default (role member, constituency resident, status active).
    """
    changes: dict[str, Any] = {}
    for field, cell in cells.items():
        if existing and not isinstance(cell, date) and not _text(cell):
            continue
        if field == "committees":
            ids = []
            for name in filter(None, (n.strip() for n in _LIST_SPLIT.split(_text(cell)))):
                committee_id = committee_ids.get(committees_service.name_key(name))
                if committee_id is None:
                    p.add("committee.unknown", field="committees", value=name)
                else:
                    ids.append(committee_id)
            changes["committee_ids"] = tuple(dict.fromkeys(ids))
        elif field in ENUM_FIELDS:
            text = _text(cell)
            try:  # an unknown word goes through as typed: prepare_member refuses it
                changes[field] = parse_label(ENUM_FIELDS[field], text).value if text else None
            except ValueError:
                changes[field] = text
        elif field in DATE_FIELDS:
            changes[field] = cell if isinstance(cell, date) else _text(cell)
        else:
            changes[field] = _text(cell)
    for field, default in (("role", MemberRole.MEMBER), ("constituency", Constituency.RESIDENT),
                           ("status", MemberStatus.ACTIVE)):
        if field in changes and not changes[field]:
            changes[field] = default.value
    return replace(base, **changes)


def _differs(session: Session, member_id: str, values: dict, data: MemberInput) -> bool:
    member = session.get(Member, member_id)
    if any(getattr(member, k) != v for k, v in values.items()):
        return True
    if data.committee_ids is None:
        return False
    seated = set(session.scalars(select(CommitteeMembership.committee_id).where(
        CommitteeMembership.member_id == member_id, CommitteeMembership.deleted_at.is_(None))))
    return seated != set(data.committee_ids)


def import_members(session: Session, council_id: str, path: Path | str, *,
                   dry_run: bool = False) -> ImportReport:
    """Import members from `path` (.xlsx or .csv): all rows or none.

    Each row is checked with the member form's rules; a national ID seen twice in the file is
    refused; a registered national ID updates that member. With `dry_run` nothing is written
    and row problems are returned on the report. Otherwise row problems raise ImportRowsError
    ('import.bad_rows', one FieldProblem per bad value with field 'row N: field', and the full
    report on `.report`). File problems (unreadable, missing or repeated columns) raise a
    ValidationError in both modes.
    """
    table = read_table(path)
    positions, ignored = _map_headers(table.headers)
    existing = {m.national_id: m for m in members_service.list_members(session, council_id)}
    committee_ids = {committees_service.name_key(c.name): c.id
                     for c in committees_service.list_committees(session, council_id)}
    problems: list[RowProblem] = []
    planned: list[tuple[str, MemberInput, str | None]] = []  # (action, input, member id)
    first_row: dict[str, int] = {}
    for number, cells in table.rows:
        row_cells = {f: cells[i] if i < len(cells) else "" for f, i in positions.items()}
        p = Problems()
        try:
            nid = normalize_national_id(_text(row_cells["national_id"]))
        except ValueError:
            nid = None
        current = existing.get(nid) if nid else None
        if nid and nid in first_row:
            p.add("import.duplicate_row", field="national_id", value=nid, first=first_row[nid])
        elif nid:
            first_row[nid] = number
        data = _row_input(row_cells, _base_input(current), committee_ids, p,
                          existing=current is not None)
        values = members_service.prepare_member(
            session, council_id, data, member_id=current.id if current else None, problems=p)
        if p:
            problems.extend(RowProblem(number, fp.field, HEADERS.get(fp.field or ""), fp)
                            for fp in p.items)
        elif current is None:
            planned.append(("create", data, None))
        elif _differs(session, current.id, values, data):
            planned.append(("update", data, current.id))
        else:
            planned.append(("unchanged", data, current.id))
    count = {a: sum(1 for action, _, _ in planned if action == a)
             for a in ("create", "update", "unchanged")}
    report = ImportReport(rows_ok=len(planned), created=count["create"], updated=count["update"],
                          unchanged=count["unchanged"], problems=tuple(problems),
                          ignored_columns=ignored, dry_run=dry_run)
    if problems and not dry_run:
        bad_rows = len({rp.row for rp in problems})
        items = [problem("import.bad_rows", count=bad_rows)] + [
            FieldProblem(f"row {rp.row}: {rp.field}", rp.problem.code, rp.problem.text,
                         {**rp.problem.params, "row": rp.row}) for rp in problems]
        error = ImportRowsError.from_problems(items)
        error.report = report
        raise error
    if dry_run:
        return report
    for action, data, member_id in planned:
        if action == "create":
            members_service.create_member(session, council_id, data)
        elif action == "update":
            members_service.update_member(session, member_id, data)
    session.flush()
    return report
