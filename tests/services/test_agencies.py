"""Agencies: the seeded list, council-local agencies, combo-box options and guarded deletion."""
from datetime import date

import pytest

from app.errors import NotFoundError, StateError, ValidationError
from app.models import Meeting
from app.services import agencies, demands, intake
from app.services.agencies import AgencyInput
from app.services.council import CouncilInput, setup_council
from app.services.demands import DemandInput
from app.services.intake import IntakeInput


def test_seed_is_complete_and_idempotent(db, council):
    with db.session() as s:
        names = [a.name for a in agencies.list_agencies(s, council.id)]
        assert len(names) == len(agencies.STANDARD_AGENCIES)
        assert agencies.seed_agencies(s) == 0


def test_options_are_persian_sorted_and_scoped_to_the_council(db, council):
    with db.session() as s:
        other = setup_council(s, CouncilInput(province="اردبیل", county="اردبیل",
                                              settlement="اردبیل", neighbourhood="سبلان",
                                              code="ARD-0055"))
        ours = agencies.create_agency(s, AgencyInput(name="پایگاه بسیج محله"),
                                      council_id=council.id)
        agencies.create_agency(s, AgencyInput(name="خیریه سبلان"), council_id=other.id)
        options = agencies.agency_options(s, council.id)
        names = [o.name for o in options]
        assert "پایگاه بسیج محله" in names and "خیریه سبلان" not in names
        assert len(options) == len(agencies.STANDARD_AGENCIES) + 1
        assert names[:3] == ["اداره آموزش و پرورش", "اداره اوقاف و امور خیریه",
                             "اداره بهزیستی"]
        assert names.index("پایگاه بسیج محله") < names.index("جمعیت هلال احمر")  # پ before ج
        assert [o.is_local for o in options if o.id == ours.id] == [True]
        assert sum(o.is_local for o in options) == 1


def test_name_taken(db, council):
    with db.session() as s:
        with pytest.raises(ValidationError) as err:
            agencies.create_agency(s, AgencyInput(name="فرمانداری"), council_id=council.id)
        assert err.value.code == "agency.name_taken"


def test_delete_only_local_and_unused(db, council):
    with db.session() as s:
        other = setup_council(s, CouncilInput(province="اردبیل", county="اردبیل",
                                              settlement="اردبیل", neighbourhood="سبلان",
                                              code="ARD-0055"))
        province = agencies.agency_options(s, council.id)[0]
        with pytest.raises(StateError) as err:
            agencies.delete_agency(s, province.id, council_id=council.id)
        assert err.value.code == "agency.not_local"
        theirs = agencies.create_agency(s, AgencyInput(name="خیریه سبلان"), council_id=other.id)
        with pytest.raises(StateError) as err:
            agencies.delete_agency(s, theirs.id, council_id=council.id)
        assert err.value.code == "agency.not_local"

        used = agencies.create_agency(s, AgencyInput(name="صندوق قرض‌الحسنه مسجد"),
                                      council_id=council.id)
        d = demands.create_demand(s, DemandInput(agency_id=used.id, subject="وام"),
                                  council_id=council.id)
        with pytest.raises(StateError) as err:
            agencies.delete_agency(s, used.id, council_id=council.id)
        assert err.value.code == "agency.in_use" and err.value.params == {"count": 1}
        assert agencies.get_agency(s, used.id).name == "صندوق قرض‌الحسنه مسجد"
        demands.delete_demand(s, d.id)
        agencies.delete_agency(s, used.id, council_id=council.id)
        with pytest.raises(NotFoundError):
            agencies.get_agency(s, used.id)
        assert used.id not in {o.id for o in agencies.agency_options(s, council.id)}
        # the name is free again
        assert agencies.create_agency(s, AgencyInput(name="صندوق قرض‌الحسنه مسجد"),
                                      council_id=council.id)


def test_a_public_meeting_request_also_keeps_an_agency(db, council):
    with db.session() as s:
        local = agencies.create_agency(s, AgencyInput(name="هیئت امنای مسجد"),
                                       council_id=council.id)
        meeting = Meeting(council_id=council.id, number=1, kind="public", date=date(2026, 11, 11))
        s.add(meeting)
        s.flush()
        intake.record_request(s, meeting.id, IntakeInput(resident_name="علی", request_text="فرش",
                                                         agency_id=local.id))
        with pytest.raises(StateError) as err:
            agencies.delete_agency(s, local.id, council_id=council.id)
        assert err.value.code == "agency.in_use"
