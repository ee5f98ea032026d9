"""Partners approve the hours given to their own opportunities, one by one or in bulk, and no one else's."""

import pytest
from django.urls import reverse
from django.utils.http import urlencode
from wagtail.models import ModelLogEntry

from portal.models import OrganizationMembership
from portal.tests.factories import OrganizationFactory, UserFactory, make_staff
from tests.admin_clients import mfa_client
from volunteers.models import HoursEntry
from volunteers.tests.factories import HoursEntryFactory, OpportunityFactory, VolunteerFactory

pytestmark = pytest.mark.django_db

BULK_URL = reverse("wagtail_bulk_action", args=["volunteers", "hoursentry", "approve"])


@pytest.fixture
def hours(two_networks):
    network_a, network_b = two_networks
    organization = OrganizationFactory(network=network_a)
    opportunity = OpportunityFactory(network=network_a, organization=organization, title="Food pantry")
    volunteer = VolunteerFactory(network=network_a, display_name="Mai Tran")
    own = [HoursEntryFactory(volunteer=volunteer, opportunity=opportunity, hours=h) for h in (2, 3, 4)]
    others_opportunity = OpportunityFactory(network=network_a, title="Other partner's pantry")
    others = HoursEntryFactory(
        volunteer=VolunteerFactory(network=network_a, display_name="Not Yours"), opportunity=others_opportunity
    )
    elsewhere = HoursEntryFactory(
        volunteer=VolunteerFactory(network=network_b, display_name="Beta Person"),
        opportunity=OpportunityFactory(network=network_b),
    )
    partner = UserFactory()
    OrganizationMembership.objects.create(user=partner, organization=organization)
    return own, others, elsewhere, mfa_client(partner, network_a), partner


def bulk_url(entries) -> str:
    return BULK_URL + "?" + urlencode([("id", entry.pk) for entry in entries])


def test_one_entry_is_approved_from_its_own_page(hours):
    own, _others, _elsewhere, client, partner = hours
    url = reverse("wagtailsnippets_volunteers_hoursentry:edit", args=[own[0].pk])
    page = client.get(url).text
    assert "Mai Tran" in page and "Food pantry" in page
    assert client.post(url, {"approved": "on", "hours": "24"}).status_code == 302
    own[0].refresh_from_db()
    assert own[0].approved_at is not None and own[0].approved_by == partner
    assert own[0].hours == 2  # the volunteer's hours are theirs: approval changes nothing else
    assert ModelLogEntry.objects.filter(action="volunteers.approve_hours", object_id=str(own[0].pk)).exists()
    assert HoursEntry.objects.filter(approved_at__isnull=False).count() == 1


def test_the_listing_offers_approval_and_bulk_approval_approves_only_the_partners_own(hours):
    own, others, elsewhere, client, partner = hours
    listing = client.get(reverse("wagtailsnippets_volunteers_hoursentry:list")).text
    assert listing.count(BULK_URL) >= 3  # one "Approve" per entry waiting
    assert "Not Yours" not in listing and "Beta Person" not in listing

    # A selection naming someone else's entry (another organization's, another network's) is not found at all.
    for stranger in (others, elsewhere):
        assert client.get(bulk_url([*own[:2], stranger])).status_code == 404
        assert client.post(bulk_url([*own[:2], stranger])).status_code == 404
    assert not HoursEntry.objects.filter(approved_at__isnull=False).exists()

    confirm = client.get(bulk_url(own[:2])).text
    assert "Mai Tran" in confirm
    assert "Not Yours" not in confirm and "Beta Person" not in confirm
    response = client.post(bulk_url(own[:2]))
    assert response.status_code == 302

    approved = set(HoursEntry.objects.filter(approved_at__isnull=False).values_list("pk", flat=True))
    assert approved == {own[0].pk, own[1].pk}
    assert set(HoursEntry.objects.filter(pk__in=approved).values_list("approved_by", flat=True)) == {partner.pk}


def test_people_without_the_right_approve_nothing(hours, two_networks):
    own, _others, _elsewhere, _client, _partner = hours
    network_a, _ = two_networks
    for user in (make_staff(network_a, "moderator"), make_staff(network_a, "planner")):
        mfa_client(user, network_a).post(bulk_url(own))
    volunteer_user = own[0].volunteer.user
    mfa_client(volunteer_user, network_a).post(bulk_url(own))
    assert not HoursEntry.objects.filter(approved_at__isnull=False).exists()
