"""A partner's edit waits for the moderators of its own network before the public sees it."""

import pytest
from django.urls import reverse
from wagtail.models import TaskState, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from directory.models import Service
from directory.models.services import SERVICE_CHILD_RELATIONS
from directory.tests.factories import LocationFactory, OrganizationFactory, ServiceAtLocationFactory, ServiceFactory
from portal.models import OrganizationMembership
from portal.tests.factories import UserFactory, make_staff
from tests.admin_clients import mfa_client

pytestmark = pytest.mark.django_db


def edit_form(service: Service, **changes) -> dict:
    data = {
        "organization": service.organization_id,
        "name_en": service.name_en,
        "description_en": service.description_en,
        "status": service.status,
        **{inline: inline_formset([]) for inline in SERVICE_CHILD_RELATIONS},
        **changes,
    }
    return nested_form_data(data)


@pytest.fixture
def partner_service(network_a):
    organization = OrganizationFactory(network=network_a)
    service = ServiceFactory(network=network_a, organization=organization, name_en="Night shelter")
    service.save_revision().publish()
    partner = UserFactory()
    OrganizationMembership.objects.create(user=partner, organization=organization)
    return service, partner


def test_partner_edit_waits_for_approval_then_goes_live(two_networks, partner_service, client_for):
    network_a, network_b = two_networks
    service, partner = partner_service
    edit_url = reverse("wagtailsnippets_directory_service:edit", args=[service.pk])

    partner_client = mfa_client(partner, network_a)
    response = partner_client.post(
        edit_url, {**edit_form(service, name_en="Night shelter, 40 beds"), "action-submit": "1"}
    )
    assert response.status_code == 302, response.content[:3000]

    service.refresh_from_db()
    assert service.name_en == "Night shelter"  # the live row is unchanged until a moderator approves
    assert service.latest_revision.content["name_en"] == "Night shelter, 40 beds"
    state = WorkflowState.objects.for_instance(service).get()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    task_state = state.current_task_state

    # Partner staff cannot publish by themselves.
    response = partner_client.post(edit_url, {**edit_form(service, name_en="Sneaky"), "action-publish": "1"})
    service.refresh_from_db()
    assert service.name_en == "Night shelter"

    # A moderator of another network neither sees the task nor can act on it.
    outsider = make_staff(network_b, "moderator")
    assert not TaskState.objects.reviewable_by(outsider).filter(pk=task_state.pk).exists()
    approve_url = reverse(
        "wagtailsnippets_directory_service:workflow_action", args=[service.pk, "approve", task_state.pk]
    )
    assert mfa_client(outsider, network_b).post(approve_url, {"comment": ""}).status_code == 404

    moderator = make_staff(network_a, "moderator")
    assert TaskState.objects.reviewable_by(moderator).filter(pk=task_state.pk).exists()
    response = mfa_client(moderator, network_a).post(approve_url, {"comment": "Thanks, checked by phone."})
    assert response.status_code in (200, 302)
    service.refresh_from_db()
    assert service.name_en == "Night shelter, 40 beds"
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    assert task_state.__class__.objects.get(pk=task_state.pk).comment == "Thanks, checked by phone."


def test_moderator_can_reject_with_a_comment(network_a, partner_service):
    service, partner = partner_service
    edit_url = reverse("wagtailsnippets_directory_service:edit", args=[service.pk])
    mfa_client(partner, network_a).post(edit_url, {**edit_form(service, name_en="Wrong name"), "action-submit": "1"})
    task_state = WorkflowState.objects.for_instance(service).get().current_task_state
    reject_url = reverse(
        "wagtailsnippets_directory_service:workflow_action", args=[service.pk, "reject", task_state.pk]
    )
    moderator = make_staff(network_a, "moderator")
    mfa_client(moderator, network_a).post(reject_url, {"comment": "Please give the address."})
    service.refresh_from_db()
    assert service.name_en == "Night shelter"
    assert WorkflowState.objects.for_instance(service).get().status == WorkflowState.STATUS_NEEDS_CHANGES
    assert TaskState.objects.get(pk=task_state.pk).comment == "Please give the address."


def test_partner_previews_an_unsaved_edit_as_the_public_would_see_it(partner_service):
    service, partner = partner_service
    client = mfa_client(partner, service.network)
    preview_url = reverse("wagtailsnippets_directory_service:preview_on_edit", args=[service.pk])

    checked = client.post(preview_url, edit_form(service, name_en="Night shelter, open at 6 pm"))
    assert checked.json()["is_valid"] is True
    page = client.get(preview_url)

    assert page.status_code == 200
    text = page.content.decode()
    assert "<h1" in text and "Night shelter, open at 6 pm" in text
    assert "How to get this help" in text
    service.refresh_from_db()
    assert service.name_en == "Night shelter"  # a preview saves nothing


def test_another_networks_partner_cannot_preview(two_networks, partner_service):
    service, _partner = partner_service
    outsider = UserFactory()
    OrganizationMembership.objects.create(user=outsider, organization=OrganizationFactory(network=two_networks[1]))
    preview_url = reverse("wagtailsnippets_directory_service:preview_on_edit", args=[service.pk])
    assert mfa_client(outsider, two_networks[1]).get(preview_url).status_code == 404


def location_form(location, **changes) -> dict:
    return {
        "organization": location.organization_id,
        "location_type": location.location_type,
        "name_en": location.name_en,
        "address_1": location.address_1,
        "city": location.city,
        "state_province": location.state_province,
        "postal_code": location.postal_code,
        "country": location.country,
        **changes,
    }


@pytest.fixture
def partner_location(network_a, partner_service):
    service, partner = partner_service
    location = LocationFactory(
        network=network_a, organization=service.organization, name_en="Harbor site", address_1="1 Main Street"
    )
    ServiceAtLocationFactory(service=service, location=location)
    return location, service, partner


def test_partner_location_edit_is_not_public_until_a_moderator_approves(network_a, partner_location, client_for):
    location, service, partner = partner_location
    edit_url = reverse("wagtailsnippets_directory_location:edit", args=[location.pk])
    response = mfa_client(partner, network_a).post(
        edit_url, {**location_form(location, address_1="99 Wrong Road"), "action-submit": "1"}
    )
    assert response.status_code == 302, response.content[:3000]

    location.refresh_from_db()
    assert location.address_1 == "1 Main Street"
    public = client_for(network_a).get(f"/en/services/{service.pk}/").content.decode()
    assert "1 Main Street" in public and "99 Wrong Road" not in public
    task_state = WorkflowState.objects.for_instance(location).get().current_task_state

    # Partner staff cannot publish by themselves.
    mfa_client(partner, network_a).post(
        edit_url, {**location_form(location, address_1="2 Sneaky St"), "action-publish": "1"}
    )
    location.refresh_from_db()
    assert location.address_1 == "1 Main Street"

    approve_url = reverse(
        "wagtailsnippets_directory_location:workflow_action", args=[location.pk, "approve", task_state.pk]
    )
    mfa_client(make_staff(network_a, "moderator"), network_a).post(approve_url, {"comment": ""})
    location.refresh_from_db()
    assert location.address_1 == "99 Wrong Road"
    assert "99 Wrong Road" in client_for(network_a).get(f"/en/services/{service.pk}/").content.decode()


def test_moderator_location_edit_publishes_at_once(network_a, partner_location, client_for):
    location, service, _partner = partner_location
    edit_url = reverse("wagtailsnippets_directory_location:edit", args=[location.pk])
    moderator = mfa_client(make_staff(network_a, "moderator"), network_a)
    moderator.post(edit_url, {**location_form(location, address_1="5 Pier Road"), "action-publish": "1"})
    location.refresh_from_db()
    assert location.address_1 == "5 Pier Road"
    assert "5 Pier Road" in client_for(network_a).get(f"/en/services/{service.pk}/").content.decode()
