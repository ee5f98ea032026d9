"""Background checks in the coordinators' admin: every opening logged, decisions recorded by a person with reasons."""

from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from portal.tests.factories import make_staff
from tests.admin_clients import mfa_client
from volunteers.models import BackgroundCheck
from volunteers.tests.factories import BackgroundCheckFactory, VolunteerFactory

pytestmark = pytest.mark.django_db
Status = BackgroundCheck.Status


@pytest.fixture
def coordinator(network_a):
    return make_staff(network_a, "coordinator", first_name="Cora", last_name="Ordinator")


@pytest.fixture
def client(coordinator, network_a):
    return mfa_client(coordinator, network_a)


def check_form(check, **changes) -> dict:
    data = {
        "volunteer": check.volunteer_id,
        "provider": check.provider,
        "level": str(check.level),
        "status": check.status,
        "requested_on": check.requested_on.isoformat() if check.requested_on else "",
        "completed_on": check.completed_on.isoformat() if check.completed_on else "",
        "expires_on": check.expires_on.isoformat() if check.expires_on else "",
        "provider_reference": check.provider_reference,
        "decision": check.decision,
        "decision_note": check.decision_note,
    }
    return {**data, **changes}


def openings(check, action="volunteers.view_check"):
    return ModelLogEntry.objects.filter(content_type__model="backgroundcheck", object_id=str(check.pk), action=action)


@pytest.mark.parametrize("view", ["edit", "inspect"])
def test_opening_a_check_is_written_to_the_audit_log_with_who_and_when(network_a, coordinator, client, view):
    check = BackgroundCheckFactory(volunteer=VolunteerFactory(network=network_a))
    before = timezone.now()

    page = client.get(reverse(f"wagtailsnippets_volunteers_backgroundcheck:{view}", args=[check.pk]))

    assert "Sterling Volunteers" in page.text
    entry = openings(check).get()
    assert entry.user == coordinator
    assert entry.timestamp >= before
    history = client.get(reverse("wagtailsnippets_volunteers_backgroundcheck:history", args=[check.pk])).text
    assert "Background check opened" in history


def test_a_change_of_a_check_is_in_the_audit_log(network_a, coordinator, client):
    check = BackgroundCheckFactory(volunteer=VolunteerFactory(network=network_a), status=Status.IN_PROGRESS)

    client.post(
        reverse("wagtailsnippets_volunteers_backgroundcheck:edit", args=[check.pk]),
        check_form(check, status=Status.CLEAR),
    )

    assert BackgroundCheck.objects.get(pk=check.pk).status == Status.CLEAR
    assert openings(check, "wagtail.edit").get().user == coordinator


def test_a_check_that_needs_review_cannot_simply_become_clear(network_a, client):
    check = BackgroundCheckFactory(volunteer=VolunteerFactory(network=network_a), status=Status.NEEDS_REVIEW)

    page = client.post(
        reverse("wagtailsnippets_volunteers_backgroundcheck:edit", args=[check.pk]),
        check_form(check, status=Status.CLEAR),
    )

    assert "record a decision and its reasons" in page.text
    assert BackgroundCheck.objects.get(pk=check.pk).status == Status.NEEDS_REVIEW


@pytest.mark.parametrize("decision", ["proceed", "do not proceed"])
def test_a_decision_needs_its_reasons(network_a, client, decision):
    check = BackgroundCheckFactory(volunteer=VolunteerFactory(network=network_a), status=Status.NEEDS_REVIEW)

    page = client.post(
        reverse("wagtailsnippets_volunteers_backgroundcheck:edit", args=[check.pk]),
        check_form(check, decision=decision, decision_note="  "),
    )

    assert "Write the reasons for this decision" in page.text
    stored = BackgroundCheck.objects.get(pk=check.pk)
    assert (stored.decision, stored.decided_by, stored.decided_at) == ("", None, None)


def test_a_coordinator_records_a_decision_with_reasons_and_it_is_signed_with_their_name(network_a, coordinator, client):
    check = BackgroundCheckFactory(volunteer=VolunteerFactory(network=network_a), status=Status.NEEDS_REVIEW)
    before = timezone.now()

    client.post(
        reverse("wagtailsnippets_volunteers_backgroundcheck:edit", args=[check.pk]),
        check_form(check, decision="proceed", decision_note="Old and unrelated to driving; lived experience helps."),
    )

    stored = BackgroundCheck.objects.get(pk=check.pk)
    assert stored.decision == "proceed" and stored.status == Status.NEEDS_REVIEW
    assert stored.decided_by == coordinator
    assert stored.decided_at >= before
    assert stored.allows_placement
    inspect = client.get(reverse("wagtailsnippets_volunteers_backgroundcheck:inspect", args=[check.pk])).text
    assert "Cora Ordinator" in inspect


def test_a_decision_waits_for_the_check_to_come_back(network_a, client):
    check = BackgroundCheckFactory(volunteer=VolunteerFactory(network=network_a), status=Status.IN_PROGRESS)

    page = client.post(
        reverse("wagtailsnippets_volunteers_backgroundcheck:edit", args=[check.pk]),
        check_form(check, decision="proceed", decision_note="Seems fine."),
    )

    assert "once the check has come back" in page.text
    assert BackgroundCheck.objects.get(pk=check.pk).decision == ""


def test_a_check_past_its_expiry_date_shows_as_expired(network_a, client):
    today = timezone.localdate(timezone=ZoneInfo(network_a.time_zone))
    BackgroundCheckFactory(
        volunteer=VolunteerFactory(network=network_a, display_name="Dana Expired"),
        status=Status.CLEAR,
        expires_on=today,
    )

    listing = client.get(reverse("wagtailsnippets_volunteers_backgroundcheck:list")).text

    assert "Dana Expired" in listing
    assert "Expired" in listing.replace("Dana Expired", "")
    assert ">Clear<" not in listing.replace(" ", "").replace("\n", "")


def test_the_check_form_says_what_is_never_recorded(network_a, client):
    page = client.get(reverse("wagtailsnippets_volunteers_backgroundcheck:add")).text
    assert "Never write or upload the report, offences, ID numbers or documents" in page
    for field in ("report", "offence", "id_number", "document"):
        assert f'name="{field}' not in page
