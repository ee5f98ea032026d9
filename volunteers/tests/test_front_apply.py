"""Applying to an opportunity: a volunteer of the network, once per opportunity, only while it is open."""

import pytest
from django.test import Client

from portal.tests.factories import UserFactory
from portal.translated_fields import translated_values
from volunteers.models import Application, Opportunity
from volunteers.tests.factories import ApplicationFactory, OpportunityFactory, VolunteerFactory

pytestmark = pytest.mark.django_db


def html(response) -> str:
    assert response.status_code == 200, response.status_code
    return response.content.decode()


@pytest.fixture
def role(network_a):
    return OpportunityFactory(
        network=network_a,
        **translated_values("title", {"en": "Circle co-host", "es": "Coanfitrión de círculo"}, "en"),
    )


@pytest.fixture
def volunteer(network_a):
    return VolunteerFactory(network=network_a, user=UserFactory(), display_name="Rosa")


@pytest.fixture
def client(client_for, network_a, volunteer):
    client = client_for(network_a)
    client.force_login(volunteer.user)
    return client


def test_applying_needs_an_account_then_a_profile(client_for, network_a, role):
    anonymous = client_for(network_a).get(f"/es/volunteer/{role.pk}/apply/")
    assert anonymous.status_code == 302 and anonymous["Location"].startswith("/es/accounts/login/")

    person = client_for(network_a)
    person.force_login(UserFactory())
    response = person.post(f"/es/volunteer/{role.pk}/apply/", {"motivation": "Hola"})

    assert response.status_code == 302
    assert response["Location"].startswith("/es/volunteer/join/?next=")
    assert not Application.objects.exists()


def test_a_volunteer_applies_in_spanish(client, role, volunteer):
    page = html(client.get(f"/es/volunteer/{role.pk}/apply/"))
    assert "Coanfitrión de círculo" in page
    assert 'name="motivation"' in page and "csrfmiddlewaretoken" in page

    response = client.post(f"/es/volunteer/{role.pk}/apply/", {"motivation": "Quiero ayudar."})

    assert response.status_code == 302 and response["Location"] == "/es/volunteer/me/applications/"
    application = Application.objects.get()
    assert (application.volunteer, application.opportunity) == (volunteer, role)
    assert (application.status, application.motivation) == (Application.Status.PENDING, "Quiero ayudar.")


def test_the_motivation_is_optional(client, role):
    client.post(f"/en/volunteer/{role.pk}/apply/", {})

    assert Application.objects.get().motivation == ""


def test_a_second_application_shows_the_first(client, role, volunteer):
    ApplicationFactory(volunteer=volunteer, opportunity=role, status=Application.Status.INTERVIEW, motivation="First")

    page = html(client.post(f"/en/volunteer/{role.pk}/apply/", {"motivation": "Second"}))

    assert "You have already applied for this role." in page
    assert "You applied: Interview" in page
    assert list(Application.objects.values_list("motivation", flat=True)) == ["First"]
    assert 'name="motivation"' not in html(client.get(f"/en/volunteer/{role.pk}/apply/"))


def test_after_withdrawing_a_volunteer_may_apply_again(client, role, volunteer):
    ApplicationFactory(volunteer=volunteer, opportunity=role, status=Application.Status.WITHDRAWN)

    client.post(f"/en/volunteer/{role.pk}/apply/", {"motivation": "I can help again."})

    application = Application.objects.get()
    assert (application.status, application.motivation) == (Application.Status.PENDING, "I can help again.")


def test_a_closed_or_unpublished_role_says_so_and_takes_no_application(client, network_a):
    closed = OpportunityFactory(network=network_a, title="Night driver", status=Opportunity.Status.CLOSED)
    draft = OpportunityFactory(network=network_a, title="Secret draft", live=False)

    page = html(client.post(f"/en/volunteer/{closed.pk}/apply/", {"motivation": "x"}))
    assert "This opportunity is no longer taking applications." in page
    assert "Night driver" in page

    page = html(client.post(f"/en/volunteer/{draft.pk}/apply/", {"motivation": "x"}))
    assert "This opportunity is not taking applications." in page
    assert "Secret draft" not in page
    assert not Application.objects.exists()


def test_network_bs_volunteer_can_neither_see_nor_apply_to_network_as_role(client_for, network_b, role, volunteer):
    VolunteerFactory(network=network_b, user=volunteer.user)
    client = client_for(network_b)
    client.force_login(volunteer.user)

    assert client.get(f"/es/volunteer/{role.pk}/").status_code == 404
    assert client.get(f"/es/volunteer/{role.pk}/apply/").status_code == 404
    assert client.post(f"/es/volunteer/{role.pk}/apply/", {"motivation": "x"}).status_code == 404
    assert "Circle co-host" not in html(client.get("/en/volunteer/"))
    assert not Application.objects.exists()


def test_applying_needs_the_forms_csrf_token(client_for, network_a, role, volunteer):
    client = Client(HTTP_HOST=network_a.site.hostname, enforce_csrf_checks=True)
    client.force_login(volunteer.user)

    assert client.post(f"/en/volunteer/{role.pk}/apply/", {"motivation": "x"}).status_code == 403
    assert not Application.objects.exists()


def test_an_overlong_motivation_is_refused_with_a_reason(client, role):
    page = html(client.post(f"/en/volunteer/{role.pk}/apply/", {"motivation": "x" * 2001}))

    assert "Ensure this value has at most 2000 characters (it has 2001)." in page
    assert not Application.objects.exists()
