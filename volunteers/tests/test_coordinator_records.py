"""Coordinators keep the network's records: training verified, codes of conduct versioned, supervisors chosen."""

import datetime
import re

import pytest
from django.urls import reverse

from portal.models import OrganizationMembership
from portal.tests.factories import OrganizationFactory, UserFactory, make_staff
from tests.admin_clients import mfa_client
from volunteers.models import CodeOfConduct, SupervisionCheckIn, TrainingModule, TrainingRecord, VolunteerSettings
from volunteers.tests.factories import (
    AcknowledgementFactory,
    CodeOfConductFactory,
    TrainingModuleFactory,
    TrainingRecordFactory,
    VolunteerFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def coordinator(network_a):
    return make_staff(network_a, "coordinator")


@pytest.fixture
def client(coordinator, network_a):
    return mfa_client(coordinator, network_a)


def test_training_records_waiting_for_verification_are_listed_first(network_a, client):
    module = TrainingModuleFactory(network=network_a, name="De-escalation")
    TrainingRecordFactory(
        volunteer=VolunteerFactory(network=network_a, display_name="Ann Verified"),
        module=module,
        completed_on=datetime.date(2026, 10, 1),
    )
    TrainingRecordFactory(
        volunteer=VolunteerFactory(network=network_a, display_name="Ben Waiting"),
        module=module,
        completed_on=datetime.date(2025, 1, 1),
        verified_at=None,
    )

    listing = client.get(reverse("wagtailsnippets_volunteers_trainingrecord:list")).text

    assert listing.index("Ben Waiting") < listing.index("Ann Verified")


def test_a_coordinator_verifies_a_training_record(network_a, coordinator, client):
    record = TrainingRecordFactory(
        volunteer=VolunteerFactory(network=network_a, display_name="Ben Waiting"),
        module=TrainingModuleFactory(network=network_a, name="Self-care"),
        verified_at=None,
    )
    listing = client.get(reverse("wagtailsnippets_volunteers_trainingrecord:list")).text
    verify_url = reverse("volunteers_verify_training", args=[record.pk])
    assert verify_url in listing
    assert "Self-care" in client.get(verify_url).text

    response = client.post(verify_url, follow=True)

    stored = TrainingRecord.objects.get(pk=record.pk)
    assert stored.verified_by == coordinator
    assert stored.verified_at is not None
    assert "is verified" in response.text


@pytest.mark.parametrize("kind", ["moderator", "planner", "partner", "other network's coordinator"])
def test_nobody_but_the_networks_coordinators_verifies_training(two_networks, kind):
    network_a, network_b = two_networks
    record = TrainingRecordFactory(
        volunteer=VolunteerFactory(network=network_a), module=TrainingModuleFactory(network=network_a), verified_at=None
    )
    if kind == "partner":
        user, host = UserFactory(), network_a
        OrganizationMembership.objects.create(user=user, organization=OrganizationFactory(network=network_a))
    elif kind == "other network's coordinator":
        user, host = make_staff(network_b, "coordinator"), network_b
    else:
        user, host = make_staff(network_a, kind), network_a
    client = mfa_client(user, host)
    url = reverse("volunteers_verify_training", args=[record.pk])

    assert client.get(url).status_code == 404
    assert client.post(url).status_code == 404
    assert TrainingRecord.objects.get(pk=record.pk).verified_at is None


def test_a_version_of_the_code_of_conduct_that_volunteers_acknowledged_is_not_changed_in_place(network_a, client):
    code = CodeOfConductFactory(network=network_a, version=2, title="Our agreement")
    AcknowledgementFactory(volunteer=VolunteerFactory(network=network_a), code_of_conduct=code)
    form = {"version": "2", "title_en": "Rewritten", "text_en": "Changed", "in_force_from": "2020-01-01"}

    page = client.post(reverse("wagtailsnippets_volunteers_codeofconduct:edit", args=[code.pk]), form)

    assert "Volunteers have acknowledged this version (1): add a new version instead." in page.text
    assert CodeOfConduct.objects.get(pk=code.pk).title == "Our agreement"


def test_a_new_version_of_the_code_of_conduct_is_offered_the_next_number(network_a, client):
    CodeOfConductFactory(network=network_a, version=2)
    page = client.get(reverse("wagtailsnippets_volunteers_codeofconduct:add")).text
    assert re.search(r'name="version"[^>]*value="3"|value="3"[^>]*name="version"', page)


def test_a_supervisor_is_chosen_among_the_people_of_the_network(two_networks, client):
    network_a, network_b = two_networks
    volunteer = VolunteerFactory(network=network_a)
    partner_staff = UserFactory(first_name="Pat", last_name="Partner")
    OrganizationMembership.objects.create(user=partner_staff, organization=OrganizationFactory(network=network_a))
    planner = make_staff(network_a, "planner", first_name="Plan", last_name="Ner")
    stranger = make_staff(network_b, "coordinator", first_name="Other", last_name="Network")
    other_volunteer = VolunteerFactory(network=network_a, display_name="Just Volunteering").user
    url = reverse("wagtailsnippets_volunteers_volunteerprofile:edit", args=[volunteer.pk])

    page = client.get(url).text
    select = re.search(r'<select name="supervisor".*?</select>', page, re.S)[0]
    assert "Pat Partner" in select and "Plan Ner" in select
    assert "Other Network" not in select
    assert f'value="{other_volunteer.pk}"' not in select

    refused = client.post(url, {"status": "active", "supervisor": stranger.pk})
    assert "Select a valid choice" in refused.text
    client.post(url, {"status": "active", "supervisor": planner.pk})
    volunteer.refresh_from_db()
    assert volunteer.supervisor == planner


def test_a_coordinator_records_a_supervision_check_in(network_a, coordinator, client):
    volunteer = VolunteerFactory(network=network_a, display_name="Rosa Checkin")
    client.post(
        reverse("wagtailsnippets_volunteers_supervisioncheckin:add"),
        {"volunteer": volunteer.pk, "supervisor": coordinator.pk, "met_on": "2026-11-02", "note": "Doing well."},
    )

    check_in = SupervisionCheckIn.objects.get(volunteer=volunteer)
    assert (check_in.supervisor, check_in.met_on) == (coordinator, datetime.date(2026, 11, 2))
    listing = client.get(reverse("wagtailsnippets_volunteers_supervisioncheckin:list")).text
    assert "Rosa Checkin" in listing


def test_supervision_check_ins_are_listed_per_volunteer_of_the_network(two_networks, coordinator, client):
    network_a, network_b = two_networks
    rosa = VolunteerFactory(network=network_a, display_name="Rosa Checkin")
    SupervisionCheckIn.objects.create(volunteer=rosa, supervisor=coordinator, met_on="2026-11-02", note="Rosa fine")
    SupervisionCheckIn.objects.create(
        volunteer=VolunteerFactory(network=network_a, display_name="Sam Other"), met_on="2026-11-03", note="Sam fine"
    )
    beta = VolunteerFactory(network=network_b, display_name="Beta Person")
    listing_url = reverse("wagtailsnippets_volunteers_supervisioncheckin:list")

    volunteers_listing = client.get(reverse("wagtailsnippets_volunteers_volunteerprofile:list")).text
    assert f"{listing_url}?volunteer={rosa.pk}" in volunteers_listing
    filtered = client.get(listing_url, {"volunteer": rosa.pk}).text
    rows = re.search(r"<table class=\"listing.*?</table>", filtered, re.S)[0]
    assert "Rosa Checkin" in rows and "Sam Other" not in rows
    assert "Beta Person" not in filtered
    # Another network's volunteer is no choice: the filter is ignored, never a way to read their records.
    response = client.get(listing_url, {"volunteer": beta.pk})
    assert response.status_code == 200 and "Beta Person" not in response.text


def test_a_training_module_is_written_in_every_language_and_the_settings_menu_opens_the_networks_settings(
    network_a, client
):
    page = client.get(reverse("wagtailsnippets_volunteers_trainingmodule:add")).text
    for suffix in ("en", "es", "zh_hans", "vi", "ar"):
        assert f'name="name_{suffix}"' in page and f'name="description_{suffix}"' in page

    client.post(
        reverse("wagtailsnippets_volunteers_trainingmodule:add"),
        {"name_en": "Self-care", "name_es": "Autocuidado", "valid_for_months": ""},
    )
    module = TrainingModule.objects.for_network(network_a).get(name_en="Self-care")
    assert (module.name_es, module.valid_for_months) == ("Autocuidado", None)

    settings_page = client.get(reverse("wagtailsnippets_volunteers_volunteersettings:list"), follow=True)
    assert 'name="weekly_hours_cap"' in settings_page.text
    client.post(settings_page.redirect_chain[-1][0], {"weekly_hours_cap": "12", "inactive_after_days": "45"})
    settings = VolunteerSettings.objects.get(network=network_a)
    assert (settings.weekly_hours_cap, settings.inactive_after_days) == (12, 45)


def test_an_acknowledged_code_of_conduct_cannot_be_deleted_and_the_page_says_why(network_a, client):
    code = CodeOfConductFactory(network=network_a, version=2, title="Our agreement")
    AcknowledgementFactory(volunteer=VolunteerFactory(network=network_a), code_of_conduct=code)
    url = reverse("wagtailsnippets_volunteers_codeofconduct:delete", args=[code.pk])

    page = client.get(url, follow=True)
    response = client.post(url, follow=True)

    assert page.status_code == 200 and response.status_code == 200
    for answer in (page.text, response.text):
        assert "Volunteers have acknowledged this version (1): it is kept." in answer
    assert CodeOfConduct.objects.filter(pk=code.pk).exists()
