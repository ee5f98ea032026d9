"""Partner staff's volunteering listings read a constant number of queries however many rows they show."""

import pytest
from django.urls import reverse

from portal.models import OrganizationMembership
from portal.tests.factories import OrganizationFactory, UserFactory
from tests.admin_clients import mfa_client
from tests.query_counts import assert_queries_do_not_grow
from volunteers.tests.factories import (
    ApplicationFactory,
    HoursEntryFactory,
    OpportunityFactory,
    ShiftFactory,
    VolunteerFactory,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("model", ["opportunity", "shift", "application", "hoursentry"])
def test_listing_queries_do_not_grow(network_a, model):
    organization = OrganizationFactory(network=network_a)
    partner = UserFactory()
    OrganizationMembership.objects.create(user=partner, organization=organization)
    client = mfa_client(partner, network_a)
    url = reverse(f"wagtailsnippets_volunteers_{model}:list")

    def add_rows(count):
        for _ in range(count):
            opportunity = OpportunityFactory(network=network_a, organization=organization)
            volunteer = VolunteerFactory(network=network_a)
            ShiftFactory(opportunity=opportunity)
            ApplicationFactory(volunteer=volunteer, opportunity=opportunity)
            HoursEntryFactory(volunteer=volunteer, opportunity=opportunity)

    def render():
        response = client.get(url)
        assert response.status_code == 200

    assert_queries_do_not_grow(render, add_rows, few=2, many=6)
