"""Province staff work: agency answers to demands, directives, the agency list, staff tokens.

The same functions serve the authenticated staff endpoints and the `dabir-server` subcommands.
Each takes the write lock of the stream it writes first (a council's for an answer or a
directive, the province's for agencies) so that it is ordered with the councils' pushes, then
goes through the services' own validation; the stamping hook gives the rows their seq.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.enums import AgencyKind
from app.errors import ValidationError
from app.ids import new_id
from app.models import Agency, Council, Demand, Directive
from app.models.base import utcnow
from app.services import common, demands, wire
from app.sync.protocol import (AgencyBody, CouncilStatus, DeviceStatus, StatusResponse)
from server import auth, changes
from server.councils import last_sync, list_devices, live_council
from server.errors import not_found
from server.models import ConflictRow, StaffToken


def day(value: date | str | None) -> date | str | None:
    """An ISO date (2025-02-01) as a date; anything else is left to the Jalali parser."""
    if isinstance(value, str):
        text = value.strip()
        if len(text) == 10 and text[4] == "-" and text[:4].isdigit() and int(text[:4]) > 1700:
            try:
                return date.fromisoformat(text)
            except ValueError:
                return value
    return value


def answer_demand(session: Session, demand_id: str, text: str,
                  answered_on: date | str | None = None) -> str:
    """Record an agency's answer to a council's demand; returns the demand id."""
    council_id = session.scalar(select(Demand.council_id).where(Demand.id == demand_id,
                                                                Demand.deleted_at.is_(None)))
    if council_id is None:
        raise not_found(f"There is no demand {demand_id}.", "unknown_demand")
    changes.lock_stream(session, wire.council_stream(council_id))
    session.info["device_id"] = "province"
    demands.record_answer(session, demand_id, text, day(answered_on))
    return demand_id


def issue_directive(session: Session, *, title: str, text: str, council_id: str | None = None,
                    all_councils: bool = False, issued_on: date | str | None = None,
                    due_date: date | str | None = None) -> list[str]:
    """Send a directive to one council or to all; returns the new rows' ids (one per council)."""
    p = common.Problems()
    title_ = common.name(title, field="title", problems=p, limit=300)
    text_ = common.text(text, field="text", problems=p, required=True, limit=20000)
    issued = common.jalali_date(day(issued_on), field="issued_on", problems=p) or date.today()
    due = common.jalali_date(day(due_date), field="due_date", problems=p)
    if due and due < issued:
        p.add("end_before_start", field="due_date")
    p.raise_if_any()
    if all_councils:
        targets = sorted(session.scalars(select(Council.id).where(Council.deleted_at.is_(None))))
    else:
        targets = [live_council(session, council_id or "").id]
    session.info["device_id"] = "province"
    ids = []
    for target in targets:  # sorted: locks are always taken in the same order
        changes.lock_stream(session, wire.council_stream(target))
        row = Directive(id=new_id(), council_id=target, title=title_, text=text_,
                        issued_on=issued, due_date=due)
        session.add(row)
        ids.append(row.id)
    session.flush()
    return ids


def _agency_values(body: AgencyBody, *, creating: bool) -> dict:
    p = common.Problems()
    given = body.model_dump(exclude_unset=True)
    values: dict = {}
    if creating or "name" in given:
        values["name"] = common.name(body.name, field="name", problems=p)
    if creating or "kind" in given:
        values["kind"] = common.choice(body.kind, AgencyKind, field="kind", problems=p,
                                       default=AgencyKind.OTHER)
    for field, limit in (("contact_person", 200), ("phone", 40), ("email", 200),
                         ("address", 500)):
        if creating or field in given:
            values[field] = common.text(getattr(body, field), field=field, problems=p,
                                        limit=limit)
    p.raise_if_any()
    return values


def _name_free(session: Session, name: str, except_id: str | None = None) -> None:
    query = select(Agency.id).where(Agency.council_id.is_(None), Agency.name == name,
                                    Agency.deleted_at.is_(None))
    if except_id:
        query = query.where(Agency.id != except_id)
    if session.scalar(query):
        raise ValidationError("agency.name_taken", field="name", value=name)


def create_agency(session: Session, body: AgencyBody) -> str:
    values = _agency_values(body, creating=True)
    changes.lock_stream(session, changes.PROVINCE)
    _name_free(session, values["name"])
    session.info["device_id"] = "province"
    row = Agency(id=new_id(), council_id=None, **values)
    session.add(row)
    session.flush()
    return row.id


def edit_agency(session: Session, agency_id: str, body: AgencyBody) -> str:
    values = _agency_values(body, creating=False)
    changes.lock_stream(session, changes.PROVINCE)
    row = session.get(Agency, agency_id)
    if row is None or row.council_id is not None or row.deleted_at is not None:
        raise not_found(f"There is no province agency {agency_id}.", "unknown_agency")
    if "name" in values:
        _name_free(session, values["name"], except_id=agency_id)
    session.info["device_id"] = "province"
    common.apply(row, values)
    session.flush()
    return row.id


def new_staff_token(session: Session, name: str) -> str:
    """A token for a province staff member's tools (shown once, stored hashed)."""
    token = auth.new_token()
    session.add(StaffToken(id=new_id(), name=name.strip() or "staff",
                           token_hash=auth.token_hash(token), created_at=utcnow()))
    session.flush()
    return token


def status(session: Session, epoch: str) -> StatusResponse:
    """Councils with their devices, last sync and pending (unresolved) conflicts."""
    devices = list_devices(session)
    pending = dict(session.execute(
        select(ConflictRow.council_id, func.count()).where(ConflictRow.resolved.is_(False))
        .group_by(ConflictRow.council_id)).all())
    councils = []
    for c in session.scalars(select(Council).where(Council.deleted_at.is_(None))
                             .order_by(Council.code)):
        own = [d for d in devices if d.council_id == c.id]
        councils.append(CouncilStatus(
            id=c.id, code=c.code, name=c.name, last_sync_at=last_sync(own),
            pending_conflicts=pending.get(c.id, 0),
            devices=[DeviceStatus(id=d.id, name=d.name, council_id=d.council_id,
                                  enrolled_at=d.enrolled_at, revoked_at=d.revoked_at,
                                  last_seen_at=d.last_seen_at, last_sync_at=d.last_sync_at)
                     for d in own]))
    return StatusResponse(epoch=epoch, councils=councils)
