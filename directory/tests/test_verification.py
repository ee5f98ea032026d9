from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from directory.models import Service
from directory.tests.factories import OrganizationFactory, ServiceFactory
from directory.verification import service_is_stale, stale_services
from portal.models import OrganizationMembership
from portal.tests.factories import UserFactory, make_staff
from tests.admin_clients import mfa_client

pytestmark = pytest.mark.django_db


def days_ago(days):
    return timezone.now() - timedelta(days=days)


def is_due(service, network) -> bool:
    row = Service.objects.select_related("organization").get(pk=service.pk)
    return service_is_stale(row, network.verification_interval_days, timezone.now())


@pytest.fixture
def listings(network_b):
    organization = OrganizationFactory(network=network_b)
    fresh = ServiceFactory(network=network_b, organization=organization, name="Fresh", last_verified_at=days_ago(10))
    stale = ServiceFactory(network=network_b, organization=organization, name="Stale", last_verified_at=days_ago(200))
    never = ServiceFactory(network=network_b, organization=organization, name="Never", last_verified_at=None)
    partner = UserFactory(email="partner@beta.test")
    OrganizationMembership.objects.create(user=partner, organization=organization)
    return organization, fresh, stale, never, partner


def test_stale_after_the_networks_interval_or_the_organizations(network_b, listings):
    organization, fresh, stale, never, _partner = listings
    assert {service.name for service in stale_services(network_b)} == {"Stale", "Never"}
    network_b.verification_interval_days = 5
    network_b.save()
    assert is_due(fresh, network_b)
    organization.verification_interval_days = 30
    organization.save()
    assert not is_due(fresh, network_b)


def test_reminder_lists_stale_listings_in_the_networks_language(network_b, listings):
    call_command("send_verification_reminders", "--network", "beta")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["partner@beta.test"]
    assert "Stale" in message.body and "Never" in message.body and "Fresh" not in message.body
    assert "http://beta.test/admin/directory/verify/" in message.body
    assert "por favor" in message.subject.lower() or "revise" in message.subject.lower()


def test_partner_verifies_in_one_step_and_others_cannot(two_networks, listings):
    network_a, network_b = two_networks
    _organization, _fresh, stale, _never, partner = listings
    url = reverse("directory_verify_service", args=[stale.pk])
    response = mfa_client(partner, network_b).post(url)
    assert response.status_code == 302
    stale.refresh_from_db()
    assert stale.last_verified_by == partner
    assert not is_due(stale, network_b)

    stranger = UserFactory()
    OrganizationMembership.objects.create(user=stranger, organization=OrganizationFactory(network=network_b))
    assert mfa_client(stranger, network_b).post(url).status_code == 404
    # Partner staff of another network have no role on this host: the admin is closed to them here.
    elsewhere = mfa_client(partner, network_a).post(url)
    assert elsewhere.status_code == 403
    assert "You have no role in this network" in elsewhere.text
    stale.refresh_from_db()
    assert stale.last_verified_by == partner  # unchanged by the refused request


STALE_NOTICE = "This listing may be out of date: call before you go."


@pytest.mark.parametrize(("network_days", "organization_days"), [(182, None), (5, None), (182, 30), (5, 400)])
def test_reminders_and_public_pages_agree_on_what_is_stale(network_b, client_for, network_days, organization_days):
    """The services partners are reminded about are exactly those whose public page warns readers."""
    network_b.verification_interval_days = network_days
    network_b.save()
    organization = OrganizationFactory(network=network_b, verification_interval_days=organization_days)
    services = [
        ServiceFactory(network=network_b, organization=organization, name=f"Aged {age}", last_verified_at=when)
        for age, when in [(age, days_ago(age)) for age in (1, 10, 40, 190, 500)] + [("never", None)]
    ]
    reminded = {service.name for service in stale_services(network_b)}
    warned = {
        service.name
        for service in services
        if STALE_NOTICE in client_for(network_b).get(f"/en/services/{service.pk}/").content.decode()
    }
    assert reminded == warned
    assert "Aged never" in reminded and "Aged 1" not in reminded


def test_reminder_links_keep_the_port_of_the_networks_site(network_b, listings):
    network_b.site.port = 8000
    network_b.site.save()
    call_command("send_verification_reminders", "--network", "beta")
    [message] = mail.outbox
    assert "http://beta.test:8000/admin/directory/verify/" in message.body


def test_listings_of_an_organization_without_staff_are_sent_to_the_networks_moderators(network_a, network_b):
    unstaffed = OrganizationFactory(network=network_b, name="Quiet Clinic Group")
    ServiceFactory(network=network_b, organization=unstaffed, name="Quiet Clinic", last_verified_at=days_ago(300))
    make_staff(network_b, "moderator", email="moderator@beta.test")
    make_staff(network_b, "coordinator", email="coordinator@beta.test")
    make_staff(network_a, "moderator", email="moderator@alpha.test")  # another network's moderator

    call_command("send_verification_reminders", "--network", "beta")

    [message] = mail.outbox
    assert message.to == ["moderator@beta.test"]
    assert "Quiet Clinic" in message.body
    assert "http://beta.test/admin/directory/verify/" in message.body


def test_verifying_is_recorded_in_the_listings_history_with_who_and_when(network_b, listings):
    _organization, _fresh, stale, _never, partner = listings
    client = mfa_client(partner, network_b)

    client.post(reverse("directory_verify_service", args=[stale.pk]))

    entry = ModelLogEntry.objects.for_instance(stale).get(action="directory.verify")
    assert entry.user == partner
    assert timezone.now() - entry.timestamp < timedelta(minutes=1)
    history = client.get(reverse("wagtailsnippets_directory_service:history", args=[stale.pk])).content.decode()
    assert "Verificado como aún correcto" in history or "Verified as still accurate" in history
    assert partner.get_full_name() in history
