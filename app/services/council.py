"""Setting up the council this PC keeps: its place in the geography, identifier and rules.

`setup_council` is what the first-run wizard and `dabir demo` call: it finds or creates the
province > county > settlement > neighbourhood chain, creates the council, its standard
committees and the seeded agency list, in one transaction.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.enums import CommitteeArea, SettlementKind
from app.errors import ValidationError
from app.models import Committee, Council, County, Neighbourhood, Province, Settlement
from app.services import common
from app.services.common import Problems


@dataclass(frozen=True)
class CouncilInput:
    province: str
    county: str
    settlement: str
    neighbourhood: str
    code: str
    settlement_kind: str = SettlementKind.CITY.value
    name: str | None = None  # default: «شورای پیشرفت محله <neighbourhood>»
    founded_on: date | str | None = None
    address: str | None = None


@dataclass(frozen=True)
class CouncilView:
    id: str
    code: str
    name: str
    province: str
    county: str
    settlement: str
    settlement_kind: str
    neighbourhood: str
    founded_on: date | None
    address: str | None
    quorum_numerator: int
    quorum_denominator: int
    quorum_strict: bool


#: the committees every council starts with (area, Persian name)
STANDARD_COMMITTEES: tuple[tuple[CommitteeArea, str], ...] = (
    (CommitteeArea.SOCIAL_CULTURAL, "کمیته اجتماعی و فرهنگی"),
    (CommitteeArea.ECONOMIC, "کمیته اقتصادی و اشتغال"),
    (CommitteeArea.HEALTH, "کمیته سلامت"),
    (CommitteeArea.EDUCATION, "کمیته آموزش و مهارت‌آموزی"),
    (CommitteeArea.SPORT, "کمیته ورزش"),
    (CommitteeArea.URBAN, "کمیته عمران و زیرساخت"),
    (CommitteeArea.ENVIRONMENT, "کمیته محیط زیست"),
    (CommitteeArea.CRISIS, "کمیته مدیریت بحران"),
)


def _find_or_create(session: Session, model, **keys):
    row = session.scalar(select(model).filter_by(**keys))
    if row is None:
        row = model(**keys)
        session.add(row)
        session.flush()
    return row


def setup_council(session: Session, data: CouncilInput) -> CouncilView:
    """Create the council with its geography, standard committees and the agency list."""
    p = Problems()
    province = common.name(data.province, field="province", problems=p, limit=100)
    county = common.name(data.county, field="county", problems=p, limit=100)
    settlement = common.name(data.settlement, field="settlement", problems=p, limit=100)
    neighbourhood = common.name(data.neighbourhood, field="neighbourhood", problems=p, limit=100)
    code = common.name(data.code, field="code", problems=p, limit=40)
    kind = common.choice(data.settlement_kind, SettlementKind, field="settlement_kind", problems=p)
    founded = common.jalali_date(data.founded_on, field="founded_on", problems=p)
    title = common.name(data.name, field="name", problems=p, required=False)
    address = common.text(data.address, field="address", problems=p, limit=500)
    p.raise_if_any()
    if session.scalar(select(Council.id).where(Council.code == code)):
        raise ValidationError("council.code_taken", field="code", value=code)

    prov = _find_or_create(session, Province, name=province)
    cnty = _find_or_create(session, County, province_id=prov.id, name=county)
    sett = session.scalar(select(Settlement).filter_by(county_id=cnty.id, name=settlement))
    if sett is None:
        sett = Settlement(county_id=cnty.id, name=settlement, kind=kind)
        session.add(sett)
        session.flush()
    hood = _find_or_create(session, Neighbourhood, settlement_id=sett.id, name=neighbourhood)
    council = Council(neighbourhood_id=hood.id, code=code, founded_on=founded, address=address,
                      name=title or f"شورای پیشرفت محله {neighbourhood}")
    session.add(council)
    session.flush()
    for area, committee_name in STANDARD_COMMITTEES:
        session.add(Committee(council_id=council.id, name=committee_name, area=area.value))
    from app.services.agencies import seed_agencies  # noqa: PLC0415 - avoids an import cycle

    seed_agencies(session)
    session.flush()
    return get_council(session, council.id)


def get_council(session: Session, council_id: str | None = None) -> CouncilView:
    """The council (by default the one this PC keeps) with its place names."""
    council_id = council_id or common.the_council_id(session)
    row = session.execute(
        select(Council, Neighbourhood.name, Settlement.name, Settlement.kind, County.name,
               Province.name)
        .join(Neighbourhood, Council.neighbourhood_id == Neighbourhood.id)
        .join(Settlement, Neighbourhood.settlement_id == Settlement.id)
        .join(County, Settlement.county_id == County.id)
        .join(Province, County.province_id == Province.id)
        .where(Council.id == council_id)).first()
    if row is None:
        common.get_live(session, Council, None)
    c, hood, sett, kind, county, prov = row
    return CouncilView(id=c.id, code=c.code, name=c.name, province=prov, county=county,
                       settlement=sett, settlement_kind=kind, neighbourhood=hood,
                       founded_on=c.founded_on, address=c.address,
                       quorum_numerator=c.quorum_numerator,
                       quorum_denominator=c.quorum_denominator, quorum_strict=c.quorum_strict)


def has_council(session: Session) -> bool:
    """True once a council has been set up in this database (the app skips the wizard)."""
    return session.scalar(select(Council.id).where(Council.deleted_at.is_(None)).limit(1)) is not None


def set_quorum_rule(session: Session, council_id: str, *, numerator: int, denominator: int,
                    strict: bool) -> CouncilView:
    """Change the quorum rule: present > (or >=) numerator/denominator of active members."""
    p = Problems()
    if denominator <= 0 or numerator < 0 or numerator > denominator:
        p.add("bad_number", field="quorum", value=f"{numerator}/{denominator}")
    p.raise_if_any()
    council = common.get_live(session, Council, council_id)
    common.apply(council, {"quorum_numerator": numerator, "quorum_denominator": denominator,
                           "quorum_strict": strict})
    session.flush()
    return get_council(session, council_id)
