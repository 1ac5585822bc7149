"""Executive agencies (دستگاه‌های اجرایی): the seeded reference list and its upkeep.

The province owns the shared list (rows with no `council_id`); a council may add a local agency
of its own. `seed_agencies` fills the usual ones on first set-up and is idempotent; only a
council's own agency can be deleted, and only while nothing refers to it.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.enums import AgencyKind
from app.errors import StateError, ValidationError
from app.models import Agency, Demand, IntakeRequest, Resolution
from app.persian.collation import sort_key
from app.services import common
from app.services.common import Problems

#: (kind, Persian name) of the agencies every council deals with
STANDARD_AGENCIES: tuple[tuple[AgencyKind, str], ...] = (
    (AgencyKind.MUNICIPALITY, "شهرداری منطقه"),
    (AgencyKind.WATER, "شرکت آب و فاضلاب"),
    (AgencyKind.ELECTRICITY, "شرکت توزیع نیروی برق"),
    (AgencyKind.GAS, "شرکت گاز"),
    (AgencyKind.EDUCATION, "اداره آموزش و پرورش"),
    (AgencyKind.HEALTH, "شبکه بهداشت و درمان"),
    (AgencyKind.WELFARE, "اداره بهزیستی"),
    (AgencyKind.RED_CRESCENT, "جمعیت هلال احمر"),
    (AgencyKind.POLICE, "کلانتری محل (فراجا)"),
    (AgencyKind.SPORT, "اداره ورزش و جوانان"),
    (AgencyKind.ENVIRONMENT, "اداره حفاظت محیط زیست"),
    (AgencyKind.ENDOWMENT, "اداره اوقاف و امور خیریه"),
    (AgencyKind.GOVERNORATE, "فرمانداری"),
    (AgencyKind.OTHER, "کمیته امداد امام خمینی (ره)"),
    (AgencyKind.OTHER, "اداره کار و رفاه اجتماعی"),
    (AgencyKind.OTHER, "بنیاد مسکن انقلاب اسلامی"),
    (AgencyKind.OTHER, "اداره میراث فرهنگی و گردشگری"),
    (AgencyKind.OTHER, "سازمان تبلیغات اسلامی"),
)


@dataclass(frozen=True)
class AgencyView:
    id: str
    name: str
    kind: str
    contact_person: str | None
    phone: str | None
    email: str | None
    address: str | None
    is_local: bool  # added by this council rather than the province


@dataclass(frozen=True)
class AgencyInput:
    name: str
    kind: str = AgencyKind.OTHER.value
    contact_person: str | None = None
    phone: str | None = None
    email: str | None = None
    address: str | None = None


def _view(a: Agency) -> AgencyView:
    return AgencyView(id=a.id, name=a.name, kind=a.kind, contact_person=a.contact_person,
                      phone=a.phone, email=a.email, address=a.address,
                      is_local=a.council_id is not None)


#: namespace of the standard agencies' ids (UUIDv5 of the name)
STANDARD_AGENCY_NAMESPACE = uuid.UUID("5d1c6a52-2f0e-4f4b-9a53-1f1d0c7a3b11")


def standard_agency_id(agency_name: str) -> str:
    """The same id for a standard agency on every PC and on the provincial server.

    Sealed minutes hash agency ids (app.services.sealing), so the PCs' seeded copies must carry
    the province's ids from the start: sync never has to re-key them.
    """
    return str(uuid.uuid5(STANDARD_AGENCY_NAMESPACE, agency_name))


def seed_agencies(session: Session) -> int:
    """Add the standard agencies that are missing; returns how many were added."""
    existing = set(session.scalars(select(Agency.name).where(Agency.deleted_at.is_(None))))
    added = 0
    for kind, agency_name in STANDARD_AGENCIES:
        agency_id = standard_agency_id(agency_name)
        if agency_name not in existing and session.get(Agency, agency_id) is None:
            session.add(Agency(id=agency_id, council_id=None, name=agency_name, kind=kind.value))
            added += 1
    session.flush()
    return added


def list_agencies(session: Session, council_id: str | None = None) -> list[AgencyView]:
    """The province's agencies and this council's own, in Persian alphabetical order."""
    query = common.live(Agency)
    if council_id:
        query = query.where(or_(Agency.council_id.is_(None), Agency.council_id == council_id))
    rows = [_view(a) for a in session.scalars(query)]
    return sorted(rows, key=lambda a: sort_key(a.name))


def _clean(data: AgencyInput) -> dict:
    p = Problems()
    values = {
        "name": common.name(data.name, field="name", problems=p),
        "kind": common.choice(data.kind, AgencyKind, field="kind", problems=p,
                              default=AgencyKind.OTHER),
        "contact_person": common.name(data.contact_person, field="contact_person", problems=p,
                                      required=False),
        "phone": common.text(data.phone, field="phone", problems=p, limit=40),
        "email": common.text(data.email, field="email", problems=p, limit=200),
        "address": common.text(data.address, field="address", problems=p, limit=500),
    }
    p.raise_if_any()
    return values


def _check_name_free(session: Session, agency_name: str, except_id: str | None = None) -> None:
    query = select(Agency.id).where(Agency.name == agency_name, Agency.deleted_at.is_(None))
    if except_id:
        query = query.where(Agency.id != except_id)
    if session.scalar(query):
        raise ValidationError("agency.name_taken", field="name", value=agency_name)


def create_agency(session: Session, data: AgencyInput, *, council_id: str | None) -> AgencyView:
    """Add an agency: a council's own (council_id given) or the province's (None)."""
    values = _clean(data)
    _check_name_free(session, values["name"])
    agency = Agency(council_id=council_id, **values)
    session.add(agency)
    session.flush()
    return _view(agency)


def update_agency(session: Session, agency_id: str, data: AgencyInput) -> AgencyView:
    values = _clean(data)
    agency = common.get_live(session, Agency, agency_id)
    _check_name_free(session, values["name"], except_id=agency_id)
    common.apply(agency, values)
    session.flush()
    return _view(agency)


def get_agency(session: Session, agency_id: str) -> AgencyView:
    return _view(common.get_live(session, Agency, agency_id))


@dataclass(frozen=True)
class AgencyOption:
    """One entry of an agency combo box."""

    id: str
    name: str
    is_local: bool


def agency_options(session: Session, council_id: str | None = None) -> list[AgencyOption]:
    """The agencies a council can pick (the province's and its own), Persian alphabetical."""
    query = select(Agency.id, Agency.name, Agency.council_id).where(Agency.deleted_at.is_(None))
    if council_id:
        query = query.where(or_(Agency.council_id.is_(None), Agency.council_id == council_id))
    rows = [AgencyOption(id=i, name=n, is_local=c is not None)
            for i, n, c in session.execute(query)]
    return sorted(rows, key=lambda o: sort_key(o.name))


def agency_references(session: Session, agency_id: str) -> int:
    """How many live demands, resolutions and public-meeting requests refer to the agency."""
    return sum(session.scalar(select(func.count(m.id)).where(
        m.agency_id == agency_id, m.deleted_at.is_(None))) or 0
        for m in (Demand, Resolution, IntakeRequest))


def delete_agency(session: Session, agency_id: str, *, council_id: str) -> None:
    """Soft-delete an agency this council added; refused for the province's shared ones
    (`agency.not_local`) and while demands, resolutions or requests refer to it (`agency.in_use`).
    """
    agency = common.get_live(session, Agency, agency_id)
    if agency.council_id is None or agency.council_id != council_id:
        raise StateError("agency.not_local")
    if count := agency_references(session, agency_id):
        raise StateError("agency.in_use", count=count)
    common.soft_delete(agency)
    session.flush()
