"""The requirements engine: placeable only while every requirement is met and unexpired on the day."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from volunteers.models import BackgroundCheck, CheckLevel, CodeOfConduct, Opportunity
from volunteers.requirements import placeable, readiness_for
from volunteers.tests.factories import (
    AcknowledgementFactory,
    BackgroundCheckFactory,
    CodeOfConductFactory,
    OpportunityFactory,
    TrainingModuleFactory,
    TrainingRecordFactory,
    VolunteerFactory,
)

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 11, 29)


@pytest.fixture
def setting(network_a):
    """A driver role needing first aid and a standard check, and a volunteer who has acknowledged the code."""
    first_aid = TrainingModuleFactory(network=network_a, name="Mental health first aid", valid_for_months=36)
    opportunity = OpportunityFactory(
        network=network_a, required_modules=[first_aid], required_check_level=CheckLevel.STANDARD
    )
    volunteer = VolunteerFactory(network=network_a)
    code = CodeOfConductFactory(network=network_a)
    AcknowledgementFactory(volunteer=volunteer, code_of_conduct=code)
    return volunteer, opportunity, first_aid


def statuses(readiness) -> dict[str, tuple[bool, str]]:
    return {r.kind: (r.met, r.status) for r in readiness.requirements}


def test_a_volunteer_with_everything_verified_and_clear_is_placeable(setting):
    volunteer, opportunity, first_aid = setting
    TrainingRecordFactory(volunteer=volunteer, module=first_aid, completed_on=datetime.date(2025, 3, 1))
    BackgroundCheckFactory(volunteer=volunteer, level=CheckLevel.ENHANCED, expires_on=datetime.date(2027, 1, 1))

    result = placeable(volunteer, opportunity, TODAY)

    assert result.placeable
    assert result.refusal() == ""
    assert result.next_expiry == datetime.date(2027, 1, 1)


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        ({}, "Not done yet"),
        ({"verified_at": None}, "Logged, waiting for a coordinator to verify it"),
        ({"completed_on": datetime.date(2023, 11, 28)}, "Expired on Nov. 28, 2026: take it again"),
    ],
)
def test_training_that_is_missing_unverified_or_expired_blocks_placement(setting, record, expected):
    volunteer, opportunity, first_aid = setting
    BackgroundCheckFactory(volunteer=volunteer, level=CheckLevel.STANDARD)
    if record:
        TrainingRecordFactory(volunteer=volunteer, module=first_aid, **record)

    result = placeable(volunteer, opportunity, TODAY)

    assert not result.placeable
    assert statuses(result)["training"] == (False, expected)
    assert f"Mental health first aid: {expected}" in result.refusal()


def test_training_valid_for_36_months_counts_until_the_day_before_it_expires(setting):
    volunteer, opportunity, first_aid = setting
    BackgroundCheckFactory(volunteer=volunteer, level=CheckLevel.STANDARD, expires_on=None)
    TrainingRecordFactory(volunteer=volunteer, module=first_aid, completed_on=datetime.date(2023, 11, 30))

    assert placeable(volunteer, opportunity, datetime.date(2026, 11, 29)).placeable
    assert not placeable(volunteer, opportunity, datetime.date(2026, 11, 30)).placeable


@pytest.mark.parametrize(
    ("check", "met", "expected"),
    [
        (None, False, "Not started: a coordinator will arrange it"),
        ({"status": BackgroundCheck.Status.REQUESTED}, False, "Requested, waiting for the result"),
        ({"status": BackgroundCheck.Status.IN_PROGRESS}, False, "Requested, waiting for the result"),
        ({"status": BackgroundCheck.Status.NEEDS_REVIEW}, False, "Being reviewed by a coordinator"),
        (
            {"status": BackgroundCheck.Status.NEEDS_REVIEW, "decision": BackgroundCheck.Decision.PROCEED},
            True,
            "Clear",
        ),
        (
            {"status": BackgroundCheck.Status.NEEDS_REVIEW, "decision": BackgroundCheck.Decision.DO_NOT_PROCEED},
            False,
            "A coordinator will talk with you about this role",
        ),
        ({"status": BackgroundCheck.Status.EXPIRED}, False, "Expired: a coordinator will arrange a new one"),
        ({"expires_on": TODAY}, False, "Expired: a coordinator will arrange a new one"),
        ({"level": CheckLevel.BASIC}, False, "Not started: a coordinator will arrange it"),
        ({"level": CheckLevel.STANDARD}, True, "Clear"),
    ],
)
def test_the_check_must_be_clear_or_reviewed_to_proceed_unexpired_and_of_the_level(setting, check, met, expected):
    volunteer, opportunity, first_aid = setting
    TrainingRecordFactory(volunteer=volunteer, module=first_aid)
    if check is not None:
        BackgroundCheckFactory(volunteer=volunteer, **{"level": CheckLevel.STANDARD, **check})

    result = placeable(volunteer, opportunity, TODAY)

    assert statuses(result)["check"] == (met, expected)
    assert result.placeable is met


def test_a_new_code_of_conduct_version_asks_for_a_new_acknowledgement(setting, network_a):
    volunteer, opportunity, first_aid = setting
    opportunity.required_modules.clear()
    opportunity.required_check_level = None
    assert placeable(volunteer, opportunity, TODAY).placeable

    network_today = timezone.localdate(timezone=ZoneInfo(network_a.time_zone))
    newer = CodeOfConduct.objects.for_network(network_a).get().version + 1
    CodeOfConductFactory(network=network_a, version=newer, in_force_from=network_today)
    result = placeable(volunteer, opportunity, TODAY)

    assert statuses(result)["code of conduct"] == (False, "Read and acknowledge it")


def test_records_count_for_every_partner_of_the_network_and_not_in_another_network(setting, network_a, network_b):
    volunteer, opportunity, first_aid = setting
    TrainingRecordFactory(volunteer=volunteer, module=first_aid)
    BackgroundCheckFactory(volunteer=volunteer, level=CheckLevel.STANDARD)
    other_partner = OpportunityFactory(
        network=network_a, required_modules=[first_aid], required_check_level=CheckLevel.BASIC
    )
    same_person_elsewhere = VolunteerFactory(network=network_b, user=volunteer.user)
    CodeOfConductFactory(network=network_b)
    elsewhere = OpportunityFactory(network=network_b, required_check_level=CheckLevel.BASIC)

    assert [r.placeable for r in readiness_for(volunteer, [opportunity, other_partner], TODAY)] == [True, True]
    assert not placeable(same_person_elsewhere, elsewhere, TODAY).placeable


def test_judging_many_opportunities_takes_the_same_queries_as_one(setting, network_a, django_assert_num_queries):
    volunteer, opportunity, first_aid = setting
    many = [OpportunityFactory(network=network_a, required_modules=[first_aid]) for _ in range(5)]

    with django_assert_num_queries(6):
        readiness_for(
            volunteer, Opportunity.objects.filter(pk=opportunity.pk).prefetch_related("required_modules"), TODAY
        )
    with django_assert_num_queries(6):
        readiness_for(
            volunteer,
            Opportunity.objects.filter(pk__in=[o.pk for o in many]).prefetch_related("required_modules"),
            TODAY,
        )
