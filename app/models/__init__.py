"""SQLAlchemy 2.0 typed declarations of every table: no queries and no Qt here.

Importing this package registers every mapped class on `Base.metadata`, which Alembic and the
services rely on.
"""
from app.models.base import Base, CouncilOwned, Synced, UTCDateTime, utcnow
from app.models.geography import Council, County, Neighbourhood, Province, Settlement
from app.models.members import Committee, CommitteeMembership, Member
from app.models.meetings import AgendaItem, Attendance, Guest, Meeting, MinutesAddendum
from app.models.resolutions import Resolution, ResolutionFollowUp
from app.models.issues import Issue, IssueEvent
from app.models.agencies import Agency, Demand
from app.models.roadmap import (Benefactor, Funding, Goal, Indicator, IndicatorMeasurement,
                                Milestone, Project, RoadmapPlan)
from app.models.intake import IntakeRequest
from app.models.local import Account, AuditEntry, OutboxEntry, Setting
from app.models.directives import Directive
from app.models.sync import SyncConflict, SyncRejection, SyncState

#: every table that syncs, in an order where parents come before children
SYNCED_MODELS = (
    Province, County, Settlement, Neighbourhood, Council, Agency, Committee, Member,
    CommitteeMembership, Meeting, AgendaItem, Attendance, Guest, MinutesAddendum, Issue,
    Resolution, ResolutionFollowUp, IssueEvent, Demand, RoadmapPlan, Goal, Project, Milestone,
    Benefactor, Funding, Indicator, IndicatorMeasurement, IntakeRequest, Directive,
)

__all__ = [name for name in dir() if not name.startswith("_")]
