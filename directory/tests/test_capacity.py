"""Live capacity: shown on cards, service pages and the HSDS API, updated by partners at once, with its history."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from directory.capacity import record_capacity
from directory.hsds.ids import public_id
from directory.models import ServiceCapacity, ServiceCapacityChange
from directory.tests.factories import OrganizationFactory, ServiceFactory
from directory.tests.test_moderation import edit_form
from portal.models import OrganizationMembership
from portal.tests.factories import UserFactory, make_staff
from tests.admin_clients import mfa_client
from tests.permission_matrix import (
    VIEWER_KINDS,
    add_expectation,
    check_admin_matrix,
    check_write_matrix,
    expectation,
)
from tests.query_counts import count_queries

pytestmark = pytest.mark.django_db


def text_of(response) -> str:
    assert response.status_code == 200, response.status_code
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


@pytest.fixture
def shelter(network_a):
    service = ServiceFactory(network=network_a, name="Night Shelter", description="Beds for tonight.")
    record_capacity(service, ServiceCapacity.Unit.BEDS, 4, 12, None, timezone.now() - timedelta(hours=3))
    return service


def test_card_and_service_page_show_openings_and_their_age(client_for, network_a, shelter):
    card = text_of(client_for(network_a).get("/en/services/", {"q": "shelter"}))
    assert "Beds free now: 4 of 12" in card
    assert "updated 3 hours ago" in card
    detail = text_of(client_for(network_a).get(f"/en/services/{shelter.pk}/"))
    assert "Beds free now: 4 of 12" in detail
    assert "updated 3 hours ago" in detail
    assert "More than a day old" not in detail


def test_capacity_is_translated_and_stale_counts_are_marked(client_for, network_a, shelter):
    ServiceCapacity.objects.filter(service=shelter).update(updated_at=timezone.now() - timedelta(days=2))
    spanish = text_of(client_for(network_a).get(f"/es/services/{shelter.pk}/"))
    assert "Camas libres ahora: 4 de 12" in spanish
    assert "actualizado hace 2" in spanish
    assert "Este dato tiene más de un día: llame para confirmar." in spanish
    english = text_of(client_for(network_a).get(f"/en/services/{shelter.pk}/"))
    assert "More than a day old: call to check." in english


def test_capacity_on_cards_adds_no_query_per_card(client_for, network_a):
    client = client_for(network_a)

    def add_rows(count):
        for _ in range(count):
            service = ServiceFactory(network=network_a, name="Crisis Shelter", description="Beds.")
            record_capacity(service, ServiceCapacity.Unit.BEDS, 1, 5, None, timezone.now())

    def queries() -> int:
        # The fewest of three renders: a cache shared between processes may be refilled during one of them.
        return min(count_queries(lambda: text_of(client.get("/en/services/", {"q": "shelter"}))) for _ in range(3))

    add_rows(3)
    with_few = queries()
    add_rows(12)
    assert "Beds free now: 1 of 5" in text_of(client.get("/en/services/", {"q": "shelter"}))
    assert queries() == with_few


def test_hsds_api_carries_service_capacity(client_for, network_a, shelter):
    data = client_for(network_a).get(f"/api/hsds/services/{public_id(shelter)}").json()
    [capacity] = data["service_capacity"]
    assert capacity["unit"]["name"] == "beds"
    assert capacity["available"] == 4
    assert capacity["maximum"] == 12
    assert capacity["updated"].startswith(str(timezone.localdate(ServiceCapacity.objects.get().updated_at)))


@pytest.fixture
def partner_shelter(network_a):
    organization = OrganizationFactory(network=network_a)
    service = ServiceFactory(network=network_a, organization=organization, name_en="Night shelter")
    service.save_revision().publish()
    record_capacity(service, ServiceCapacity.Unit.BEDS, 4, 12, None, timezone.now() - timedelta(hours=5))
    partner = UserFactory()
    OrganizationMembership.objects.create(user=partner, organization=organization)
    return service, partner


def test_partner_updates_capacity_at_once_and_history_records_who(network_a, partner_shelter, client_for):
    service, partner = partner_shelter
    capacity = ServiceCapacity.objects.get(service=service)
    client = mfa_client(partner, network_a)
    page = text_of(client.get(f"/en/services/{service.pk}/"))
    assert "Update openings" in page
    assert "Update openings" not in text_of(client_for(network_a).get(f"/en/services/{service.pk}/"))

    edit_url = reverse("wagtailsnippets_directory_servicecapacity:edit", args=[capacity.pk])
    response = client.post(edit_url, {"service": service.pk, "unit": "beds", "available": "1", "maximum": "12"})
    assert response.status_code == 302, response.content[:2000]
    capacity.refresh_from_db()
    assert (capacity.available, capacity.updated_by) == (1, partner)
    assert timezone.now() - capacity.updated_at < timedelta(minutes=1)
    assert list(ServiceCapacityChange.objects.filter(capacity=capacity).values_list("available", "recorded_by")) == [
        (4, None),
        (1, partner.pk),
    ]
    assert "Beds free now: 1 of 12" in text_of(client_for(network_a).get(f"/en/services/{service.pk}/"))


def test_approving_an_old_content_draft_never_restores_an_old_count(network_a, partner_shelter):
    service, partner = partner_shelter
    edit_url = reverse("wagtailsnippets_directory_service:edit", args=[service.pk])
    draft = {**edit_form(service, name_en="Night shelter (new)"), "action-submit": "1"}
    mfa_client(partner, network_a).post(edit_url, draft)
    record_capacity(service, ServiceCapacity.Unit.BEDS, 0, 12, partner, timezone.now())
    task_state = service.current_workflow_task_state
    approve_url = reverse(
        "wagtailsnippets_directory_service:workflow_action", args=[service.pk, "approve", task_state.pk]
    )
    mfa_client(make_staff(network_a, "moderator"), network_a).post(approve_url, {"comment": ""})
    service.refresh_from_db()
    assert service.name_en == "Night shelter (new)"
    assert ServiceCapacity.objects.get(service=service).available == 0


def test_available_above_maximum_is_refused_and_nothing_saved(network_a, partner_shelter):
    service, partner = partner_shelter
    capacity = ServiceCapacity.objects.get(service=service)
    edit_url = reverse("wagtailsnippets_directory_servicecapacity:edit", args=[capacity.pk])
    response = mfa_client(partner, network_a).post(
        edit_url, {"service": service.pk, "unit": "beds", "available": "13", "maximum": "12"}
    )
    assert "cannot be more than the maximum" in response.content.decode()
    capacity.refresh_from_db()
    assert capacity.available == 4
    assert ServiceCapacityChange.objects.filter(capacity=capacity).count() == 1


def test_partner_cannot_choose_another_organizations_service(network_a, partner_shelter):
    service, partner = partner_shelter
    other = ServiceFactory(network=network_a, name="Someone else's shelter")
    response = mfa_client(partner, network_a).post(
        reverse("wagtailsnippets_directory_servicecapacity:add"),
        {"service": other.pk, "unit": "beds", "available": "3", "maximum": "4"},
    )
    assert response.status_code == 200
    assert not ServiceCapacity.objects.filter(service=other).exists()


CAPACITY_URLS = {"capacity": "wagtailsnippets_directory_servicecapacity"}
# Partner staff open, add and update the capacity of their own organization's services; deleting is a moderator's.
PARTNER_VIEWS = {"capacity": {"edit", "history"}}
PARTNER_WRITES = {"capacity": {"add", "edit"}}


@pytest.fixture
def capacity_rows(two_networks):
    rows = {}
    for network in two_networks:
        organization = OrganizationFactory(network=network)
        service = ServiceFactory(network=network, organization=organization)
        rows[network.slug] = {
            "organization": organization,
            "other_organization": OrganizationFactory(network=network),
            "service": service,
            # A second service, so that the matrix's add POST has one without a count of beds yet.
            "new_service": ServiceFactory(network=network, organization=organization),
            "capacity": record_capacity(service, ServiceCapacity.Unit.BEDS, 2, 8, None, timezone.now()),
        }
    return rows


def capacity_form(rows) -> dict:
    return {"service": rows["new_service"].pk, "unit": "places", "available": "3", "maximum": "9"}


def test_capacity_admin_matrix(two_networks, capacity_rows):
    views = ("edit", "history", "delete")
    checked = check_admin_matrix(two_networks, capacity_rows, CAPACITY_URLS, views, expectation(PARTNER_VIEWS))
    assert checked == 2 * len(VIEWER_KINDS) * 2 * len(views)


def test_capacity_write_matrix(two_networks, capacity_rows):
    """Network x role x view: a refused add or update creates and changes no row."""
    checked = check_write_matrix(
        two_networks,
        capacity_rows,
        CAPACITY_URLS,
        {"capacity": capacity_form},
        add_expectation(PARTNER_WRITES),
        expectation(PARTNER_VIEWS),
    )
    assert checked == 2 * len(VIEWER_KINDS) * 2 * 2 + 2 * len(VIEWER_KINDS) * 2 * 2
