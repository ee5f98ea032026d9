"""The admin follows the host: roles held in another network open nothing, and nothing of it is shown."""

import re

import pytest
from django.apps import apps
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from wagtail.log_actions import log

from portal.models import NetworkRole, OrganizationMembership
from portal.moderation import ensure_moderation_workflow
from portal.tests.factories import OrganizationFactory, UserFactory, make_staff
from tests.admin_clients import mfa_client

pytestmark = pytest.mark.django_db

# The page speaks the host network's default language: English on alpha, Spanish on beta.
NO_ROLE_IN = {"en": "You have no role in this network", "es": "No tiene ningún rol en esta red"}


def says_no_role(text: str) -> bool:
    language = re.search(r'<html lang="([^"]+)"', text)
    return language is not None and NO_ROLE_IN.get(language[1], "?") in text


# The directory is a feature above the platform: its models are named, never imported (.importlinter).
ADD_FORMS = {
    "portal.Organization": ("wagtailsnippets_portal_organization:add", {"name_en": "Planted partner"}),
    "directory.Category": ("wagtailsnippets_directory_category:add", {"name_en": "Planted", "code": "planted"}),
    "directory.Place": (
        "wagtailsnippets_directory_place:add",
        {"name_en": "Planted place", "latitude": "1", "longitude": "1"},
    ),
    "directory.Service": ("wagtailsnippets_directory_service:add", {"name_en": "Planted service"}),
}


def row_counts() -> dict[str, int]:
    return {label: apps.get_model(label).objects.count() for label in ADD_FORMS}


@pytest.mark.parametrize("also_partner_there", [False, True], ids=["no-role-there", "partner-there"])
def test_another_networks_moderator_adds_nothing_on_this_host(two_networks, also_partner_there):
    harbor, riverside = two_networks
    moderator = make_staff(harbor, "moderator")
    if also_partner_there:
        OrganizationMembership.objects.create(user=moderator, organization=OrganizationFactory(network=riverside))
    client = mfa_client(moderator, riverside)
    before = row_counts()
    for label, (url_name, data) in ADD_FORMS.items():
        form = client.get(reverse(url_name))
        # Partner staff of the host's network may add their own organization's services: that form is theirs.
        if not (also_partner_there and label == "directory.Service"):
            assert 'name="name_en"' not in form.text, label
            assert says_no_role(form.text) or form.status_code == 302, (label, form.status_code)
        client.post(reverse(url_name), data)
    assert row_counts() == before


def test_partner_staff_there_get_no_category_or_place_form(two_networks):
    harbor, riverside = two_networks
    moderator = make_staff(harbor, "moderator")
    OrganizationMembership.objects.create(user=moderator, organization=OrganizationFactory(network=riverside))
    client = mfa_client(moderator, riverside)
    for url_name in ("wagtailsnippets_directory_category:add", "wagtailsnippets_directory_place:add"):
        response = client.get(reverse(url_name))
        assert 'name="name_en"' not in response.text, url_name


def test_person_without_a_role_here_gets_the_no_role_page_not_a_loop(network_a):
    client = mfa_client(UserFactory(email="walk-in@example.org"), network_a)
    paths = (
        "/admin/",
        "/admin/pages/",
        reverse("wagtailsnippets_portal_organization:add"),
        reverse("wagtailsnippets_directory_category:add"),
        reverse("directory_hsds_import"),
        reverse("directory_verify_service", args=[1]),
        "/admin/partner_staff/",
        "/admin/api/main/pages/",
        "/admin/choose-page/",
    )
    for path in paths:
        response = client.get(path)
        assert response.status_code == 403, (path, response.status_code, response.get("Location"))
        assert says_no_role(response.text)
        assert reverse("account_logout") in response.text
    login = client.get("/admin/login/")
    assert login.status_code == 403 and says_no_role(login.text)


def test_another_networks_moderator_gets_the_no_role_page_on_this_host(two_networks):
    harbor, riverside = two_networks
    client = mfa_client(make_staff(harbor, "moderator", email="mod@harbor.example.org"), riverside)
    response = client.get("/admin/")
    assert response.status_code == 403
    assert says_no_role(response.text)
    assert harbor.home_page.title not in response.text


@pytest.fixture
def harbor_activity(two_networks):
    """Edits, a lock and a log entry in network A by a person moderating both networks and by A's own moderator."""
    harbor, riverside = two_networks
    both = make_staff(harbor, "moderator", email="both@example.org")
    NetworkRole.objects.create(user=both, network=riverside, role="moderator")
    harbor_editor = make_staff(harbor, "moderator", email="editor@harbor.example.org")
    home = harbor.home_page
    home.title = "Harbor draft notice"
    home.save_revision(user=both, log_action=True)
    home.save_revision(user=harbor_editor, log_action=True)
    section = home.get_children().first().specific
    section.locked, section.locked_by, section.locked_at = True, both, timezone.now()
    section.title = section.draft_title = "Harbor locked section"
    section.save()
    organization = OrganizationFactory(network=harbor, name="Harbor pantry")
    log(organization, "wagtail.edit", user=harbor_editor)
    return both


ADMIN_SCREENS = (
    "/admin/",
    "/admin/pages/",
    "/admin/pages/search/?q=harbor",
    "/admin/reports/site-history/",
    "/admin/reports/locked/",
    "/admin/reports/aging-pages/",
    "/admin/reports/workflow/",
    "/admin/reports/workflow_tasks/",
    "/admin/reports/page-types-usage/",
    "/admin/api/main/pages/?limit=20",
    "/admin/choose-page/",
    "/admin/choose-page/search/?q=harbor",
)


@pytest.mark.parametrize("who", ["moderator of both", "riverside moderator"])
def test_admin_screens_on_host_b_never_show_network_a(two_networks, harbor_activity, who):
    harbor, riverside = two_networks
    viewer = harbor_activity if who == "moderator of both" else make_staff(riverside, "moderator")
    client = mfa_client(viewer, riverside)
    for path in ADMIN_SCREENS:
        response = client.get(path, follow=True)
        assert response.status_code == 200, (path, response.status_code)
        for secret in ("Harbor draft notice", "Harbor locked section", "Harbor pantry", "editor@harbor.example.org"):
            assert secret not in response.text, (path, secret)
    for path in ("/admin/pages/{}/history/", "/admin/choose-page/{}/", "/admin/pages/{}/edit/"):
        response = client.get(path.format(harbor.home_page.pk))
        assert response.status_code == 404, path
        assert "Harbor draft notice" not in response.text and "editor@harbor.example.org" not in response.text


def test_the_same_screens_on_host_a_show_network_a(two_networks, harbor_activity):
    harbor, _ = two_networks
    client = mfa_client(harbor_activity, harbor)
    assert "Harbor draft notice" in client.get("/admin/").text
    assert "Harbor pantry" in client.get("/admin/reports/site-history/").text
    assert "Harbor locked section" in client.get("/admin/reports/locked/").text


def test_workflow_email_links_to_the_objects_network_host(two_networks, settings):
    _, riverside = two_networks
    settings.WAGTAILADMIN_BASE_URL = "https://admin.example.org"
    moderator = make_staff(riverside, "moderator")
    partner = UserFactory(email="partner@riverside.example.org")
    organization = OrganizationFactory(network=riverside)
    OrganizationMembership.objects.create(user=partner, organization=organization)
    service = apps.get_model("directory.Service").objects.create(
        network=riverside, organization=organization, name="Evening meal", description="A hot meal."
    )
    service.save_revision(user=partner)
    task_state = ensure_moderation_workflow().start(service, partner).current_task_state
    mail.outbox.clear()
    approve_url = reverse(
        "wagtailsnippets_directory_service:workflow_action", args=[service.pk, "approve", task_state.pk]
    )
    mfa_client(moderator, riverside).post(approve_url, {"comment": ""})
    to_partner = [message for message in mail.outbox if partner.email in message.to]
    assert to_partner, [message.to for message in mail.outbox]
    body = to_partner[0].body
    assert "Evening meal" in body
    assert f"{riverside.site.root_url}/admin/account/" in body
    assert "admin.example.org" not in body


def test_snippet_chooser_on_host_b_never_lists_or_names_network_a_rows(two_networks):
    harbor, riverside = two_networks
    theirs = OrganizationFactory(network=harbor, name="Harbor pantry")
    OrganizationFactory(network=riverside, name="Riverside kitchen")
    client = mfa_client(make_staff(riverside, "moderator"), riverside)
    listing = client.get("/admin/snippets/choose/portal/organization/").text
    assert "Riverside kitchen" in listing and "Harbor pantry" not in listing
    results = client.get("/admin/snippets/choose/portal/organization/results/?q=pantry").text
    assert "Harbor pantry" not in results
    chosen = client.get(f"/admin/snippets/choose/portal/organization/chosen/{theirs.pk}/")
    assert chosen.status_code == 404 and "Harbor pantry" not in chosen.text
    several = client.get(f"/admin/snippets/choose/portal/organization/chosen-multiple/?id={theirs.pk}")
    assert "Harbor pantry" not in several.text
