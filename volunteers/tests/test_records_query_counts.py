"""The volunteer's training and hours pages cost the same number of queries with 3 rows or 30."""

import datetime

import pytest
from django.test import Client

from tests.query_counts import assert_queries_do_not_grow
from volunteers.models import Application
from volunteers.tests.factories import (
    ApplicationFactory,
    HoursEntryFactory,
    OpportunityFactory,
    TrainingModuleFactory,
    TrainingRecordFactory,
    VolunteerFactory,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("url", ["/en/volunteer/me/training/", "/en/volunteer/me/hours/"])
def test_record_pages_do_not_grow_with_rows(network_a, url):
    volunteer = VolunteerFactory(network=network_a)
    client = Client(HTTP_HOST=network_a.site.hostname)
    client.force_login(volunteer.user)

    def add_rows(count):
        for n in range(count):
            module = TrainingModuleFactory(network=network_a)
            TrainingRecordFactory(volunteer=volunteer, module=module, completed_on=datetime.date(2025, 1, 1 + n % 28))
            opportunity = OpportunityFactory(network=network_a)
            ApplicationFactory(volunteer=volunteer, opportunity=opportunity, status=Application.Status.ACCEPTED)
            HoursEntryFactory(volunteer=volunteer, opportunity=opportunity, hours=5)

    def render():
        response = client.get(url)
        assert response.status_code == 200

    assert_queries_do_not_grow(render, add_rows)
