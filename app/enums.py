"""The closed vocabularies of the domain (roles, constituencies, statuses, kinds).

They live apart from the ORM so that the UI, the reports and the sync protocol can use them
without importing `app.models`. Values are stable English identifiers stored in the database
and sent over the wire; the Persian words shown to people come from `app/ui` translations and
from `app.vocabulary` for reports and the command line.
"""
from __future__ import annotations

from enum import StrEnum


class Gender(StrEnum):
    MALE = "male"
    FEMALE = "female"


class MemberRole(StrEnum):
    CHAIR = "chair"
    DEPUTY = "deputy"
    SECRETARY = "secretary"
    MEMBER = "member"


class Constituency(StrEnum):
    """Who a member represents; the first nine are the ones the articles name."""

    IMAM = "imam"
    PROPAGATION = "propagation"  # Islamic Propagation Organisation
    RELIGIOUS_GROUP = "religious_group"
    BASIJ = "basij"
    POLICE = "police"
    RED_CRESCENT = "red_crescent"
    FIGURE = "figure"  # cultural, sports, artistic or scientific figure
    LOCAL_MANAGER = "local_manager"
    RESIDENT = "resident"
    OTHER = "other"


#: the constituencies the articles expect on every council (composition check)
EXPECTED_CONSTITUENCIES: tuple[Constituency, ...] = (
    Constituency.IMAM, Constituency.PROPAGATION, Constituency.RELIGIOUS_GROUP,
    Constituency.BASIJ, Constituency.POLICE, Constituency.RED_CRESCENT,
    Constituency.FIGURE, Constituency.LOCAL_MANAGER,
)


class MemberStatus(StrEnum):
    ACTIVE = "active"
    INACTIVE = "inactive"  # term ended, resigned or replaced


class CommitteeArea(StrEnum):
    SOCIAL_CULTURAL = "social_cultural"
    ECONOMIC = "economic"
    HEALTH = "health"
    EDUCATION = "education"
    SPORT = "sport"
    URBAN = "urban"
    ENVIRONMENT = "environment"
    CRISIS = "crisis"
    OTHER = "other"


class SettlementKind(StrEnum):
    CITY = "city"
    VILLAGE = "village"


class MeetingKind(StrEnum):
    REGULAR = "regular"
    EXTRAORDINARY = "extraordinary"
    PUBLIC = "public"  # «Wednesday with the people»


class MeetingState(StrEnum):
    SCHEDULED = "scheduled"
    HELD = "held"
    FINALISED = "finalised"


class AttendanceStatus(StrEnum):
    PRESENT = "present"
    ABSENT = "absent"
    EXCUSED = "excused"
    LATE = "late"


class AgendaKind(StrEnum):
    NORMAL = "normal"
    FOLLOW_UP = "follow_up"  # follow-up of previous resolutions, filled in by itself


class ResolutionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class Priority(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    URGENT = "urgent"


class IssueSource(StrEnum):
    MEMBER = "member"
    RESIDENT = "resident"
    PUBLIC_MEETING = "public_meeting"
    AGENCY = "agency"


class IssueStatus(StrEnum):
    NEW = "new"
    UNDER_REVIEW = "under_review"
    REFERRED = "referred"  # referred to an agency
    IN_PROGRESS = "in_progress"
    RESOLVED = "resolved"
    REJECTED = "rejected"


class DemandStatus(StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    ANSWERED = "answered"
    CLOSED = "closed"


class AgencyKind(StrEnum):
    MUNICIPALITY = "municipality"
    WATER = "water"
    ELECTRICITY = "electricity"
    GAS = "gas"
    EDUCATION = "education"
    HEALTH = "health"
    WELFARE = "welfare"
    RED_CRESCENT = "red_crescent"
    POLICE = "police"
    SPORT = "sport"
    ENVIRONMENT = "environment"
    ENDOWMENT = "endowment"
    GOVERNORATE = "governorate"
    OTHER = "other"


class DevelopmentArea(StrEnum):
    """Areas of the roadmap and of indicators."""

    SOCIAL = "social"
    ECONOMIC = "economic"
    CULTURAL = "cultural"
    INFRASTRUCTURE = "infrastructure"
    ENVIRONMENT = "environment"
    HEALTH = "health"
    EDUCATION = "education"


class ProjectStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    SUSPENDED = "suspended"
    CANCELLED = "cancelled"


class FundingSource(StrEnum):
    GOVERNMENT = "government"
    MUNICIPALITY = "municipality"
    BENEFACTORS = "benefactors"
    RESIDENTS = "residents"


class FundingKind(StrEnum):
    CASH = "cash"  # rials
    IN_KIND = "in_kind"  # estimated value in rials
    VOLUNTEER_HOURS = "volunteer_hours"  # hours


class IntakeOutcome(StrEnum):
    PENDING = "pending"
    ANSWERED = "answered"  # answered on the spot
    ISSUE = "issue"
    DEMAND = "demand"


class AccountRole(StrEnum):
    SECRETARY = "secretary"
    CHAIR = "chair"
    VIEWER = "viewer"


class SearchKind(StrEnum):
    """The kinds of record the full-text search finds (app.services.search)."""

    MEMBER = "member"
    MEETING = "meeting"
    RESOLUTION = "resolution"
    ISSUE = "issue"
    DEMAND = "demand"
    PROJECT = "project"


class Severity(StrEnum):
    """How serious an integrity-check finding is (app.services.integrity)."""

    ERROR = "error"  # the data breaks a rule or the file is damaged
    WARNING = "warning"  # worth a look; repairable or harmless to keep working
