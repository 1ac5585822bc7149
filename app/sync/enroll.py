"""Enrolling this PC with the provincial server, and matching its reference rows to the province's.

`enroll` sends the one-time code with the council this PC already keeps (if any): the server
either binds the device to its council, claims its empty council for this PC's id, or refuses a
PC that keeps another council. The device id and token are stored at once (the code is spent).
`reconcile` then pulls the whole province stream and makes this PC's copies of the geography
(created locally by the first-run wizard) take the province's ids, matched by natural key (a
province by name, a county by province and name, ...), rewriting every reference and the pending
outbox entries. Agencies are never re-keyed: sealed minutes hash agency ids, and the standard
list has the same ids everywhere (`agencies.standard_agency_id`); a shared agency this PC has
and the province does not (a database seeded before those ids, or a list the province changed)
becomes this council's own agency, with its id, and is queued for pushing ahead of the edits
that refer to it (`adopt_local_agencies`, run again before every push). Reconciling is
idempotent and is redone by the next sync if interrupted.
"""
from __future__ import annotations

import socket
from dataclasses import dataclass

from sqlalchemy import func, select, text, update
from sqlalchemy.orm import Session

from app.db import Database
from app.ids import new_id
from app.models import Agency, Base, Council, OutboxEntry, SyncState
from app.models.base import utcnow
from app.services import wire
from app.sync import apply
from app.sync.client import NotEnrolled, ServerClient, SyncError
from app.sync.protocol import PROVINCE_STREAM, EnrollRequest, RowState

#: natural keys of province-owned rows, by table
NATURAL_KEYS = {"provinces": ("name",), "counties": ("province_id", "name"),
                "settlements": ("county_id", "name"), "neighbourhoods": ("settlement_id", "name")}


@dataclass(frozen=True)
class Enrollment:
    device_id: str
    council_id: str
    claimed: bool
    server_url: str


def local_council(session: Session) -> Council | None:
    return session.scalar(select(Council).where(Council.deleted_at.is_(None))
                          .order_by(Council.created_at).limit(1))


def enroll(db: Database, url: str, code: str, *, device_name: str | None = None,
           client: ServerClient | None = None) -> Enrollment:
    """Enrol this PC with the server at `url` using a one-time `code`, then reconcile."""
    url = url.rstrip("/")
    with db.session(actor="sync") as s:
        council = local_council(s)
        council_id = council.id if council else None
        council_wire = wire.row_to_wire(council) if council else None
    own = client is None
    client = client or ServerClient(url)
    try:
        answer = client.enroll(EnrollRequest(code=code, device_name=device_name or
                                             socket.gethostname()[:120],
                                             local_council_id=council_id,
                                             local_council=council_wire))
    finally:
        if own:
            client.close()
    with db.session(actor="sync", sync_apply=True) as s:
        state = s.get(SyncState, 1)
        keep = state is not None and state.server_url == url and state.epoch == answer.epoch \
            and state.council_id == answer.council_id
        if state is None:
            state = SyncState(id=1)
            s.add(state)
        state.server_url, state.device_id, state.token = url, answer.device_id, answer.token
        state.council_id, state.epoch, state.enrolled_at = answer.council_id, answer.epoch, utcnow()
        if not keep:
            state.cursors, state.reconciled = {}, False
            state.pending_batch_id, state.pending_batch = None, None
    with ServerClient(url, answer.token) as authed:
        reconcile(db, authed)
    return Enrollment(answer.device_id, answer.council_id, answer.claimed, url)


def _references(table_name: str) -> list[tuple[str, str]]:
    """(table, column) of every local column referencing `table_name`.id."""
    out = []
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            if any(fk.column.table.name == table_name for fk in column.foreign_keys):
                out.append((table.name, column.name))
    return out


def _rekey(session: Session, table_name: str, old: str, new: str) -> None:
    """Give a local row the province's id, with every reference and pending op following."""
    model = wire.TABLES[table_name]
    session.execute(update(model.__table__).where(model.__table__.c.id == old).values(id=new))
    for ref_table, column in _references(table_name):
        t = Base.metadata.tables[ref_table]
        session.execute(update(t).where(t.c[column] == old).values({column: new}))
    for entry in session.scalars(select(OutboxEntry).where(
            (func.instr(text("CAST(changes AS TEXT)"), old) > 0)
            | (func.instr(text("CAST(base AS TEXT)"), old) > 0))):
        entry.changes = {k: (new if v == old else v) for k, v in entry.changes.items()}
        entry.base = {k: (new if v == old else v) for k, v in entry.base.items()}
        if entry.row_id == old:
            entry.row_id = new
    session.flush()
    session.expire_all()


def _match(session: Session, row: RowState, server_ids: set[str]) -> str | None:
    """The id of this PC's copy of a province row (same natural key, another id)."""
    model = wire.TABLES[row.table]
    keys = NATURAL_KEYS.get(row.table)
    if not keys or session.get(model, row.row_id) is not None:
        return None
    query = select(model.id).where(*(model.__table__.c[k] == row.data.get(k) for k in keys))
    for candidate in session.scalars(query):
        if candidate not in server_ids:
            return candidate
    return None


def adopt_local_agencies(session: Session, state: SyncState) -> int:
    """Shared agencies that never came from the province become the council's own.

    A row of the shared list (`council_id` NULL) is never pushed, so one made on this PC (seeded
    before the standard ids existed, or added to the shared list locally) would leave the
    demands and resolutions naming it unpushable. It becomes this council's agency, keeping its
    id (sealed minutes hash it), and its insert is queued ahead of every pending edit.
    """
    orphans = list(session.scalars(select(Agency).where(Agency.council_id.is_(None),
                                                        Agency.server_seq.is_(None))))
    if not orphans or session.get(Council, state.council_id) is None:
        return 0
    first = session.scalar(select(func.min(OutboxEntry.id))) or 1
    for offset, agency in enumerate(orphans, start=1):
        agency.council_id = state.council_id
        session.flush()
        session.add(OutboxEntry(id=first - offset, op_id=new_id(), at=utcnow(),
                                table_name="agencies", row_id=agency.id, action="insert",
                                changes={k: v for k, v in wire.row_to_wire(agency).items()
                                         if k not in wire.BOOKKEEPING},
                                base={}, actor="sync"))
    session.flush()
    return len(orphans)


def reconcile(db: Database, client: ServerClient) -> int:
    """Pull the province stream in full and match this PC's province rows to it."""
    with db.session() as s:
        state = s.get(SyncState, 1)
        if state is None:
            raise NotEnrolled("This PC is not enrolled with a provincial server.")
    rows: list[RowState] = []
    since, epoch = 0, None
    while True:
        page = client.pull(PROVINCE_STREAM, since)
        rows.extend(page.rows)
        epoch = page.epoch
        since = page.next_since
        if not page.has_more:
            break
    server_ids = {r.row_id for r in rows}
    with apply.apply_session(db) as s:
        state = s.get(SyncState, 1)
        if epoch != state.epoch:
            raise SyncError("The provincial server changed during enrollment; sync again.")
        for row in sorted(rows, key=lambda r: wire.RANK.get(r.table, 999)):
            old = _match(s, row, server_ids)
            if old is not None:
                _rekey(s, row.table, old, row.row_id)
        apply.apply_rows(s, rows)
        adopt_local_agencies(s, state)
        state.cursors = {**(state.cursors or {}), PROVINCE_STREAM: since}
        state.reconciled = True
    return len(rows)
