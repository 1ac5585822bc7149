"""Councils, enrollment codes, enrollment (with the council "claim") and devices, on the server.

A province administrator registers a council (`add_council`: its geography found or created,
its stream opened) and hands its secretary a one-time code. `enroll` consumes the code in the
same transaction that creates the device, so a code serves once even when two PCs race. A PC
set up offline already has its own council id: when the server council it enrols into has no
data and no other device yet, the server re-keys that council to the PC's id (the "claim",
docs/sync-design.md) and adopts the council-written fields of the PC's council row; otherwise a
PC keeping a different council is refused.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from app.enums import SettlementKind
from app.errors import ValidationError
from app.ids import new_id
from app.models import Council, County, Neighbourhood, Province, Settlement
from app.models.base import utcnow
from app.services import common, wire
from app.sync.protocol import EnrollRequest, EnrollResponse
from server import auth, changes
from server.errors import ApiError, conflict, forbidden, not_found
from server.models import ChangeLog, ConflictRow, Device, EnrollmentCode, SyncStream

#: the council row's fields its own devices write (the rest is the province's registration)
COUNCIL_WRITTEN = ("name", "founded_on", "address", "quorum_numerator", "quorum_denominator",
                   "quorum_strict")
#: what the server adopts from the PC's council row when the PC claims the council
ADOPTED_ON_CLAIM = COUNCIL_WRITTEN + ("created_at",)

OTHER_COUNCIL = ("This PC already keeps another council, which cannot be merged into this one. "
                 "Use an empty database to enrol this PC, or ask the province for the code of "
                 "the council it keeps.")


def _find_or_create(session: Session, model, **keys):
    row = session.scalar(select(model).filter_by(**keys))
    if row is None:
        row = model(**keys)
        session.add(row)
        session.flush()
    return row


def add_council(session: Session, *, province: str, county: str, settlement: str,
                neighbourhood: str, code: str | None = None, name: str | None = None,
                settlement_kind: str = SettlementKind.CITY.value) -> str:
    """Register a council (geography found or created); returns its id."""
    p = common.Problems()
    prov = common.name(province, field="province", problems=p, limit=100)
    cnty = common.name(county, field="county", problems=p, limit=100)
    sett = common.name(settlement, field="settlement", problems=p, limit=100)
    hood = common.name(neighbourhood, field="neighbourhood", problems=p, limit=100)
    kind = common.choice(settlement_kind, SettlementKind, field="settlement_kind", problems=p)
    code = common.name(code, field="code", problems=p, limit=40, required=False)
    title = common.name(name, field="name", problems=p, required=False)
    p.raise_if_any()
    council_id = new_id()
    code = code or f"C-{council_id[-8:].upper()}"
    if session.scalar(select(Council.id).where(Council.code == code)):
        raise ValidationError("council.code_taken", field="code", value=code)
    changes.lock_stream(session, changes.PROVINCE)
    province_row = _find_or_create(session, Province, name=prov)
    county_row = _find_or_create(session, County, province_id=province_row.id, name=cnty)
    settlement_row = session.scalar(select(Settlement).filter_by(county_id=county_row.id,
                                                                 name=sett))
    if settlement_row is None:
        settlement_row = Settlement(county_id=county_row.id, name=sett, kind=kind)
        session.add(settlement_row)
        session.flush()
    hood_row = _find_or_create(session, Neighbourhood, settlement_id=settlement_row.id,
                               name=hood)
    session.add(SyncStream(stream=wire.council_stream(council_id), last_seq=0))
    session.flush()
    session.add(Council(id=council_id, neighbourhood_id=hood_row.id, code=code,
                        name=title or f"شورای پیشرفت محله {hood}"))
    session.flush()
    return council_id


def live_council(session: Session, council_id: str) -> Council:
    council = session.get(Council, council_id)
    if council is None or council.deleted_at is not None:
        raise not_found(f"There is no council {council_id} on this server.", "unknown_council")
    return council


def new_enrollment_code(session: Session, council_id: str, *, days: int = auth.CODE_TTL_DAYS
                        ) -> str:
    """A fresh one-time code for another PC of the council (shown once, stored hashed)."""
    live_council(session, council_id)
    code = auth.new_code()
    session.add(EnrollmentCode(code_hash=auth.code_hash(code), council_id=council_id,
                               expires_at=utcnow() + timedelta(days=days)))
    session.flush()
    return code


def _consume_code(session: Session, code: str, device_id: str) -> str:
    now = utcnow()
    council_id = session.execute(
        update(EnrollmentCode)
        .where(EnrollmentCode.code_hash == auth.code_hash(code),
               EnrollmentCode.used_at.is_(None), EnrollmentCode.expires_at > now)
        .values(used_at=now, used_by=device_id).returning(EnrollmentCode.council_id)).scalar()
    if council_id is None:
        raise forbidden("This enrollment code is unknown, already used or expired; ask the "
                        "province for a new one.", "bad_code")
    return council_id


def _has_data(session: Session, council_id: str) -> bool:
    """Rows written by the council's devices (province-written directives do not count)."""
    for name, model in wire.TABLES.items():
        if name in ("councils", "directives"):
            continue
        where = wire.scope_filter(model, council_id)
        if where is not None and session.scalar(select(model.id).where(where).limit(1)):
            return True
    return False


def _claim(session: Session, old_id: str, new_id_: str, local: dict | None) -> None:
    """Re-key the (empty) server council `old_id` to the PC's council id."""
    if session.get(Council, new_id_) is not None:
        raise conflict(OTHER_COUNCIL, "other_council")
    active = session.scalar(select(func.count()).select_from(Device).where(
        Device.council_id == old_id, Device.revoked_at.is_(None)))
    if active or _has_data(session, old_id):
        raise conflict(OTHER_COUNCIL, "other_council")
    old_stream, new_stream = wire.council_stream(old_id), wire.council_stream(new_id_)
    table = Council.__table__
    row = dict(session.execute(select(table).where(table.c.id == old_id)).mappings().one())
    session.execute(update(table).where(table.c.id == old_id)
                    .values(code=row["code"][:3] + "~" + old_id))
    session.execute(table.insert().values({**row, "id": new_id_}))
    for name, model in wire.TABLES.items():
        if "council_id" in model.__table__.c:
            session.execute(update(model.__table__).where(model.__table__.c.council_id == old_id)
                            .values(council_id=new_id_))
    session.execute(delete(table).where(table.c.id == old_id))
    session.execute(update(SyncStream).where(SyncStream.stream == old_stream)
                    .values(stream=new_stream))
    session.execute(update(ChangeLog).where(ChangeLog.stream == old_stream)
                    .values(stream=new_stream))
    session.execute(update(ChangeLog).where(ChangeLog.table_name == "councils",
                                            ChangeLog.row_id == old_id).values(row_id=new_id_))
    for model in (Device, EnrollmentCode, ConflictRow):
        session.execute(update(model).where(model.council_id == old_id)
                        .values(council_id=new_id_))
    session.expire_all()
    council = session.get(Council, new_id_)
    if local:
        adopted = {k: v for k, v in local.items() if k in ADOPTED_ON_CLAIM}
        try:
            values = wire.values_from_wire(Council, adopted)
        except wire.WireError as exc:
            raise ApiError(422, "invalid_request", f"The PC's council row: {exc}") from exc
        common.apply(council, values)
    council.updated_at = utcnow()  # stamped with the new stream's seq: the PCs pull it
    session.flush()


def enroll(session: Session, req: EnrollRequest, epoch: str) -> EnrollResponse:
    """Consume the code, claim the council if the PC brings its own, create the device."""
    device_id = new_id()
    council_id = _consume_code(session, req.code, device_id)
    try:
        changes.lock_stream(session, wire.council_stream(council_id))
    except changes.StreamMissing:
        raise conflict("The council of this code has just changed; ask for a new code.",
                       "council_changed") from None
    live_council(session, council_id)
    claimed = False
    if req.local_council_id and req.local_council_id != council_id:
        _claim(session, council_id, req.local_council_id, req.local_council)
        council_id, claimed = req.local_council_id, True
    token = auth.new_token()
    session.add(Device(id=device_id, council_id=council_id, name=req.device_name or "",
                       token_hash=auth.token_hash(token)))
    session.flush()
    return EnrollResponse(device_id=device_id, token=token, council_id=council_id, epoch=epoch,
                          claimed=claimed, server_time=utcnow())


def list_devices(session: Session) -> list[Device]:
    return list(session.scalars(select(Device).order_by(Device.council_id, Device.enrolled_at)))


def revoke_device(session: Session, device_id: str) -> Device:
    device = session.get(Device, device_id)
    if device is None:
        raise not_found(f"There is no device {device_id}.", "unknown_device")
    if device.revoked_at is None:
        device.revoked_at = utcnow()
    session.flush()
    return device


def last_sync(devices: list[Device]) -> datetime | None:
    times = [d.last_sync_at for d in devices if d.last_sync_at]
    return max(times) if times else None
