"""How projects are paid for: funding lines and the benefactors (خیّرین) behind them.

The pilot report's projects (turf pitches, school rebuilding, mosque workshops) were paid by
government, the municipality, benefactors and residents together, in cash, in kind (valued in
rials) or in volunteer hours. A funding line records what a source pledged and what has been
received; more can never be received than was pledged ('funding.received_over': record a
larger pledge first). Totals per source keep rials and hours apart, since they do not add up.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.enums import FundingKind, FundingSource
from app.errors import StateError
from app.models import Benefactor, Funding, Project
from app.persian.collation import sort_key
from app.persian.normalize import fold_for_search
from app.services import common
from app.services.common import Problems
from app.services.numbers import whole

SOURCE_ORDER = {s.value: i for i, s in enumerate(FundingSource)}
KIND_ORDER = {k.value: i for i, k in enumerate(FundingKind)}


@dataclass(frozen=True)
class BenefactorInput:
    full_name: str
    phone: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class BenefactorView:
    id: str
    full_name: str
    phone: str | None
    note: str | None
    pledged: int  # rials, cash and in kind, over every project
    received: int
    project_count: int


@dataclass(frozen=True)
class FundingInput:
    source: str
    kind: str = FundingKind.CASH.value
    pledged: int | str = 0  # rials, or hours for volunteer_hours
    received: int | str = 0
    benefactor_id: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class FundingView:
    id: str
    project_id: str
    source: str
    kind: str
    pledged: int
    received: int
    benefactor_id: str | None
    benefactor_name: str | None
    note: str | None

    @property
    def outstanding(self) -> int:
        return self.pledged - self.received

    @property
    def in_hours(self) -> bool:
        return self.kind == FundingKind.VOLUNTEER_HOURS.value


@dataclass(frozen=True)
class SourceTotal:
    """One source's pledged and received amounts: rials (cash + in kind) and hours apart."""

    source: str
    pledged: int = 0
    received: int = 0
    hours_pledged: int = 0
    hours_received: int = 0

    @property
    def outstanding(self) -> int:
        return self.pledged - self.received


# --------------------------------------------------------------------------- benefactors


def _benefactor_view(session: Session, b: Benefactor) -> BenefactorView:
    lines = list(session.scalars(common.live(Funding).where(Funding.benefactor_id == b.id)))
    rials = [f for f in lines if f.kind != FundingKind.VOLUNTEER_HOURS.value]
    return BenefactorView(id=b.id, full_name=b.full_name, phone=b.phone, note=b.note,
                          pledged=sum(f.pledged for f in rials),
                          received=sum(f.received for f in rials),
                          project_count=len({f.project_id for f in lines}))


def _clean_benefactor(data: BenefactorInput) -> dict:
    p = Problems()
    values = {
        "full_name": common.name(data.full_name, field="full_name", problems=p, limit=200),
        "phone": common.name(data.phone, field="phone", problems=p, limit=40, required=False),
        "note": common.text(data.note, field="note", problems=p, limit=2000),
    }
    p.raise_if_any()
    return values


def create_benefactor(session: Session, council_id: str, data: BenefactorInput) -> BenefactorView:
    row = Benefactor(council_id=council_id, **_clean_benefactor(data))
    session.add(row)
    session.flush()
    return _benefactor_view(session, row)


def update_benefactor(session: Session, benefactor_id: str,
                      data: BenefactorInput) -> BenefactorView:
    row = common.get_live(session, Benefactor, benefactor_id, field="benefactor_id")
    common.apply(row, _clean_benefactor(data))
    session.flush()
    return _benefactor_view(session, row)


def get_benefactor(session: Session, benefactor_id: str) -> BenefactorView:
    return _benefactor_view(session, common.get_live(session, Benefactor, benefactor_id,
                                                     field="benefactor_id"))


def list_benefactors(session: Session, council_id: str, *,
                     query: str | None = None) -> list[BenefactorView]:
    """Benefactors in Persian alphabetical order; `query` matches part of the name."""
    rows = list(session.scalars(common.live(Benefactor).where(Benefactor.council_id == council_id)))
    folded = fold_for_search(query) if query else ""
    if folded:
        rows = [b for b in rows if folded in fold_for_search(b.full_name)]
    return [_benefactor_view(session, b) for b in sorted(rows, key=lambda b: sort_key(b.full_name))]


def delete_benefactor(session: Session, benefactor_id: str) -> None:
    """Delete a benefactor (soft); 'benefactor.in_use' while funding lines name them."""
    row = common.get_live(session, Benefactor, benefactor_id, field="benefactor_id")
    if session.scalar(select(Funding.id).where(Funding.benefactor_id == benefactor_id,
                                               Funding.deleted_at.is_(None)).limit(1)):
        raise StateError("benefactor.in_use", field="benefactor_id")
    common.soft_delete(row)
    session.flush()


# --------------------------------------------------------------------------- funding lines


def _funding_view(session: Session, f: Funding) -> FundingView:
    benefactor = session.get(Benefactor, f.benefactor_id) if f.benefactor_id else None
    return FundingView(id=f.id, project_id=f.project_id, source=f.source, kind=f.kind,
                       pledged=f.pledged, received=f.received, benefactor_id=f.benefactor_id,
                       benefactor_name=benefactor.full_name if benefactor else None, note=f.note)


def _clean_funding(session: Session, council_id: str, data: FundingInput) -> dict:
    p = Problems()
    values = {
        "source": common.choice(data.source, FundingSource, field="source", problems=p),
        "kind": common.choice(data.kind, FundingKind, field="kind", problems=p,
                              default=FundingKind.CASH),
        "pledged": whole(data.pledged, field="pledged", problems=p) or 0,
        "received": whole(data.received, field="received", problems=p) or 0,
        "benefactor_id": data.benefactor_id or None,
        "note": common.text(data.note, field="note", problems=p, limit=2000),
    }
    if not any(pr.field in ("pledged", "received") for pr in p.items) \
            and values["received"] > values["pledged"]:
        p.add("funding.received_over", field="received", received=values["received"],
              pledged=values["pledged"])
    if values["benefactor_id"]:
        b = session.get(Benefactor, values["benefactor_id"])
        if b is None or b.deleted_at is not None or b.council_id != council_id:
            p.add("funding.benefactor_unknown", field="benefactor_id")
        elif values["source"] and values["source"] != FundingSource.BENEFACTORS.value:
            p.add("funding.benefactor_source", field="benefactor_id")
    p.raise_if_any()
    return values


def add_funding(session: Session, project_id: str, data: FundingInput) -> FundingView:
    """Add a funding line (a source's pledge and what it has paid so far) to a project."""
    project = common.get_live(session, Project, project_id, field="project_id")
    row = Funding(council_id=project.council_id, project_id=project.id,
                  **_clean_funding(session, project.council_id, data))
    session.add(row)
    session.flush()
    return _funding_view(session, row)


def update_funding(session: Session, funding_id: str, data: FundingInput) -> FundingView:
    row = common.get_live(session, Funding, funding_id, field="funding_id")
    common.apply(row, _clean_funding(session, row.council_id, data))
    session.flush()
    return _funding_view(session, row)


def delete_funding(session: Session, funding_id: str) -> None:
    common.soft_delete(common.get_live(session, Funding, funding_id, field="funding_id"))
    session.flush()


def list_funding(session: Session, project_id: str) -> list[FundingView]:
    """A project's funding lines by source, then kind (the enums' order)."""
    rows = session.scalars(common.live(Funding).where(Funding.project_id == project_id))
    ordered = sorted(rows, key=lambda f: (SOURCE_ORDER.get(f.source, 99),
                                          KIND_ORDER.get(f.kind, 99), f.created_at))
    return [_funding_view(session, f) for f in ordered]


def add_up(lines) -> tuple[SourceTotal, ...]:
    """Totals per source of funding lines (anything with source, kind, pledged, received)."""
    sums: dict[str, list[int]] = {}
    for f in lines:
        s = sums.setdefault(f.source, [0, 0, 0, 0])
        offset = 2 if f.kind == FundingKind.VOLUNTEER_HOURS.value else 0
        s[offset] += f.pledged
        s[offset + 1] += f.received
    return tuple(SourceTotal(src, *sums[src]) for src in sorted(
        sums, key=lambda x: SOURCE_ORDER.get(x, 99)))


def funding_by_project(session: Session, project_ids: list[str]) -> dict[str, list[Funding]]:
    """The live funding lines of several projects, in one query."""
    out: dict[str, list[Funding]] = {pid: [] for pid in project_ids}
    if project_ids:
        for f in session.scalars(common.live(Funding).where(Funding.project_id.in_(project_ids))):
            out[f.project_id].append(f)
    return out
