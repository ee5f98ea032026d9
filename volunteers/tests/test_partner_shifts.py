"""A partner's shift cancellation takes effect at once (logged, volunteers told); description edits wait."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry, WorkflowState
from wagtail.test.utils.form_data import nested_form_data

from portal.models import OrganizationMembership
from portal.tests.factories import OrganizationFactory, UserFactory
from tests.admin_clients import mfa_client
from volunteers.models import Shift, ShiftSignup
from volunteers.tests.factories import OpportunityFactory, ShiftFactory, ShiftSignupFactory, VolunteerFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def partner_shift(network_a):
    organization = OrganizationFactory(network=network_a, name="Harbour Recovery")
    opportunity = OpportunityFactory(
        network=network_a,
        organization=organization,
        title_en="Evening drives",
        title_es="Viajes de tarde",
        role_en="Driver",
        description_en="Drive neighbours to appointments.",
    )
    opportunity.save_revision().publish()
    shift = ShiftFactory(opportunity=opportunity, starts_at=timezone.now() + datetime.timedelta(days=5))
    partner = UserFactory()
    OrganizationMembership.objects.create(user=partner, organization=organization)
    return shift, partner


def sign_up(shift, language, email, status=ShiftSignup.Status.CONFIRMED):
    volunteer = VolunteerFactory(network=shift.opportunity.network, preferred_language=language, user__email=email)
    return ShiftSignupFactory(shift=shift, volunteer=volunteer, status=status)


def cancel_url(shift) -> str:
    return reverse("volunteers_cancel_shift", args=[shift.pk])


def test_cancelling_a_shift_is_immediate_logged_and_told_in_each_volunteers_language(
    partner_shift, django_capture_on_commit_callbacks
):
    shift, partner = partner_shift
    sign_up(shift, "es", "ana@example.org")
    sign_up(shift, "en", "ben@example.org")
    sign_up(shift, "en", "gone@example.org", status=ShiftSignup.Status.WITHDRAWN)
    client = mfa_client(partner, shift.opportunity.network)

    confirm = client.get(cancel_url(shift))
    assert "Evening drives" in confirm.text and "who will be told by email: 2." in confirm.text
    shift.refresh_from_db()
    assert shift.cancelled_at is None  # opening the confirmation changes nothing

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(cancel_url(shift))
    assert response.status_code == 302
    shift.refresh_from_db()
    assert shift.cancelled_at is not None and shift.cancelled_by == partner
    assert not Shift.objects.for_network(shift.opportunity.network).upcoming(timezone.now()).filter(pk=shift.pk)
    entry = ModelLogEntry.objects.get(action="volunteers.cancel_shift", object_id=str(shift.pk))
    assert entry.user == partner
    by_address = {message.to[0]: message for message in mail.outbox}
    assert set(by_address) == {"ana@example.org", "ben@example.org"}
    assert "Viajes de tarde" in by_address["ana@example.org"].subject
    assert "cancelado" in by_address["ana@example.org"].body
    assert "Evening drives" in by_address["ben@example.org"].subject
    assert "has been cancelled" in by_address["ben@example.org"].body
    on_the_networks_clock = timezone.localtime(shift.starts_at, ZoneInfo(shift.opportunity.network.time_zone))
    assert on_the_networks_clock.strftime("%H:%M") in by_address["ana@example.org"].body

    with django_capture_on_commit_callbacks(execute=True):
        client.post(cancel_url(shift))  # a second cancellation tells nobody again
    assert len(mail.outbox) == 2
    assert ModelLogEntry.objects.filter(action="volunteers.cancel_shift", object_id=str(shift.pk)).count() == 1


def test_a_description_edit_waits_for_moderation_while_a_cancellation_does_not(partner_shift):
    shift, partner = partner_shift
    opportunity = shift.opportunity
    client = mfa_client(partner, opportunity.network)
    form = nested_form_data(
        {
            "organization": opportunity.organization_id,
            "title_en": "Evening drives",
            "role_en": "Driver",
            "description_en": "Drive neighbours to appointments, and wait with them.",
            "status": "open",
            "action-submit": "1",
        }
    )
    response = client.post(reverse("wagtailsnippets_volunteers_opportunity:edit", args=[opportunity.pk]), form)
    assert response.status_code == 302, response.text[:2000]
    client.post(cancel_url(shift))

    opportunity.refresh_from_db()
    shift.refresh_from_db()
    assert opportunity.description_en == "Drive neighbours to appointments."
    assert "and wait with them" in opportunity.latest_revision.content["description_en"]
    assert WorkflowState.objects.for_instance(opportunity).get().status == WorkflowState.STATUS_IN_PROGRESS
    assert shift.cancelled_at is not None


def test_another_partner_can_neither_see_nor_cancel_the_shift(
    partner_shift, network_b, django_capture_on_commit_callbacks
):
    shift, _partner = partner_shift
    sign_up(shift, "en", "ben@example.org")
    same_network = UserFactory()
    OrganizationMembership.objects.create(
        user=same_network, organization=OrganizationFactory(network=shift.opportunity.network)
    )
    elsewhere = UserFactory()
    OrganizationMembership.objects.create(user=elsewhere, organization=OrganizationFactory(network=network_b))
    for user, network in ((same_network, shift.opportunity.network), (elsewhere, network_b)):
        client = mfa_client(user, network)
        assert client.get(cancel_url(shift)).status_code == 404
        with django_capture_on_commit_callbacks(execute=True):
            assert client.post(cancel_url(shift)).status_code == 404
        assert "Evening drives" not in client.get(reverse("wagtailsnippets_volunteers_shift:list")).text
    shift.refresh_from_db()
    assert shift.cancelled_at is None
    assert not mail.outbox


def test_a_cancelled_shift_is_not_edited_any_more(partner_shift):
    shift, partner = partner_shift
    client = mfa_client(partner, shift.opportunity.network)
    client.post(cancel_url(shift))
    starts = timezone.localtime(shift.starts_at)
    response = client.post(
        reverse("wagtailsnippets_volunteers_shift:edit", args=[shift.pk]),
        {
            "opportunity": shift.opportunity_id,
            "starts_at": starts.strftime("%Y-%m-%d %H:%M"),
            "ends_at": (starts + datetime.timedelta(hours=1)).strftime("%Y-%m-%d %H:%M"),
            "capacity": "9",
        },
    )
    assert "This shift was cancelled" in response.text
    shift.refresh_from_db()
    assert shift.capacity == 2
