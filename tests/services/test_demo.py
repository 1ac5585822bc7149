"""The demo council: built through the services, reproducible, and plausible as records.

Built once (small size, fixed seed and day) for the module; the checks read it back through
plain queries and the services' own derived values.
"""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from app.enums import EXPECTED_CONSTITUENCIES, MeetingKind, MeetingState, MemberStatus
from app.errors import ValidationError
from app.models import (AuditEntry, Demand, Indicator, IndicatorMeasurement, Issue, Meeting,
                        Member, Project, Resolution)
from app.services.database import open_database
from app.services.demo import DemoSize, build_demo

TODAY = date(2026, 11, 20)


def _content(db) -> dict:
    """What the demo wrote, without ids and timestamps (which differ between builds)."""
    with db.session() as s:
        return {
            "members": sorted(s.execute(select(Member.national_id, Member.first_name,
                                               Member.last_name, Member.status)).all()),
            "meetings": s.execute(select(Meeting.number, Meeting.date, Meeting.kind,
                                         Meeting.state).order_by(Meeting.number)).all(),
            "resolutions": sorted(s.execute(select(Resolution.text, Resolution.status,
                                                   Resolution.deadline)).all()),
            "issues": sorted(s.execute(select(Issue.title, Issue.reported_on,
                                              Issue.status)).all()),
        }


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    db = open_database(tmp_path_factory.mktemp("demo") / "demo.db")
    seen = []
    counts = build_demo(db, "small", seed=3, today=TODAY,
                        progress=lambda done, total, label: seen.append((done, total)))
    yield db, counts, seen
    db.close()


def test_counts_match_the_small_size(demo):
    db, counts, _ = demo
    assert counts["meetings"] == 30 and counts["resolutions"] == 80
    assert 20 <= counts["members"] <= 25
    assert counts["issues"] >= 60 and counts["demands"] >= 25 and counts["projects"] == 6


def test_progress_is_reported_up_to_the_total(demo):
    _, _, seen = demo
    assert seen and seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_members_cover_the_constituencies_and_have_residence_proof(demo):
    db, _, _ = demo
    with db.session() as s:
        active = s.scalars(select(Member).where(Member.status == MemberStatus.ACTIVE.value)).all()
        assert len(active) == 20
        assert {c.value for c in EXPECTED_CONSTITUENCIES} <= {m.constituency for m in active}
        assert all(m.residence_proof for m in active)
        replaced = s.scalars(select(Member).where(Member.replaces_id.is_not(None))).all()
        assert replaced and all(s.get(Member, m.replaces_id).status == "inactive"
                                for m in replaced)


def test_meetings_public_on_wednesdays_mostly_finalised(demo):
    db, _, _ = demo
    with db.session() as s:
        rows = s.scalars(select(Meeting)).all()
    public = [m for m in rows if m.kind == MeetingKind.PUBLIC.value]
    assert public and all(m.date.weekday() == 2 for m in public)
    past = [m for m in rows if m.date <= TODAY]
    finalised = [m for m in past if m.state == MeetingState.FINALISED.value]
    assert len(finalised) >= len(past) - 3 and all(m.content_hash for m in finalised)
    assert all(m.state == MeetingState.SCHEDULED.value for m in rows if m.date > TODAY)


def test_some_records_are_overdue_and_some_are_done(demo):
    db, _, _ = demo
    with db.session() as s:
        late_demands = s.scalar(select(func.count()).select_from(Demand).where(
            Demand.status == "sent", Demand.due_date < TODAY, Demand.answered_on.is_(None)))
        answered = s.scalar(select(func.count()).select_from(Demand).where(
            Demand.answered_on.is_not(None)))
        done = s.scalar(select(func.count()).select_from(Resolution).where(
            Resolution.status == "done"))
        resolved = s.scalar(select(func.count()).select_from(Issue).where(
            Issue.status == "resolved"))
        measured = s.scalar(select(func.count()).select_from(IndicatorMeasurement))
        indicators = s.scalar(select(func.count()).select_from(Indicator))
        funded = s.scalar(select(func.count()).select_from(Project).where(
            Project.budget.is_not(None)))
    assert late_demands and answered and done and resolved
    assert indicators >= 5 and measured >= indicators and funded == 6


def test_everything_went_through_the_audited_services(demo):
    db, counts, _ = demo
    with db.session() as s:
        audited = set(s.scalars(select(AuditEntry.table_name).distinct()))
        actors = set(s.scalars(select(AuditEntry.actor).distinct()))
    assert {"members", "meetings", "resolutions", "issues", "demands", "projects"} <= audited
    assert actors == {"demo"}


def test_same_seed_same_council(demo, tmp_path):
    db, _, _ = demo
    again = open_database(tmp_path / "again.db")
    try:
        build_demo(again, "small", seed=3, today=TODAY)
        assert _content(again) == _content(db)
    finally:
        again.close()


def test_another_seed_another_council(demo, tmp_path):
    db, _, _ = demo
    other = open_database(tmp_path / "other.db")
    try:
        build_demo(other, DemoSize(years=0.5, seats=12, turnovers=0, meetings=6, resolutions=10,
                                   issues=8, demands=4, projects=1), seed=4, today=TODAY)
        assert _content(other)["members"] != _content(db)["members"]
    finally:
        other.close()


def test_a_database_with_a_council_is_refused(demo):
    from app.errors import StateError

    db, counts, _ = demo
    with pytest.raises(StateError) as err:
        build_demo(db, "small", seed=3, today=TODAY)
    assert err.value.code == "demo.has_council"
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Meeting)) == counts["meetings"]


def test_unknown_size_is_refused(tmp_path):
    db = open_database(tmp_path / "x.db")
    try:
        with pytest.raises(ValidationError):
            build_demo(db, "huge")
    finally:
        db.close()
