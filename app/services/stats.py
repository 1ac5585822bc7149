"""Record counts: the dashboard's numbers, `dabir stats`, and a quick look at a backup.

One SELECT of scalar sub-queries counts the live (not soft-deleted) rows of every table a
secretary cares about, for one council or for the whole file. Agencies are counted with the
province's shared list (rows without a council) plus the council's own.
"""
from __future__ import annotations

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.enums import MemberStatus
from app.models import (AgendaItem, Agency, Attendance, Benefactor, Committee, Demand,
                        Indicator, IntakeRequest, Issue, Meeting, Member, Project, Resolution,
                        ResolutionFollowUp)

#: the key of each count and the table counted, in the order they are shown
COUNTED = (
    ("members", Member), ("meetings", Meeting), ("resolutions", Resolution),
    ("issues", Issue), ("demands", Demand), ("projects", Project), ("agencies", Agency),
    ("committees", Committee), ("agenda_items", AgendaItem), ("attendance", Attendance),
    ("follow_ups", ResolutionFollowUp), ("intake_requests", IntakeRequest),
    ("indicators", Indicator), ("benefactors", Benefactor),
)

KEYS = ("members", "active_members") + tuple(k for k, _ in COUNTED[1:])


def _count(model, council_id: str | None, *extra):
    query = select(func.count()).select_from(model).where(model.deleted_at.is_(None), *extra)
    if council_id is not None:
        owned = model.council_id == council_id
        query = query.where(or_(owned, model.council_id.is_(None)) if model is Agency else owned)
    return query.scalar_subquery()


def stats(session: Session, council_id: str | None = None) -> dict[str, int]:
    """Counts of live rows: members, active_members, meetings, ... benefactors (see KEYS)."""
    columns = {key: _count(model, council_id) for key, model in COUNTED}
    columns["active_members"] = _count(Member, council_id,
                                       Member.status == MemberStatus.ACTIVE.value)
    row = session.execute(select(*(columns[k].label(k) for k in KEYS))).one()
    return {k: int(getattr(row, k)) for k in KEYS}


record_counts = stats  # the name app/cli/commands.py uses
