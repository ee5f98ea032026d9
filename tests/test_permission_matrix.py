"""Generated matrix: network of the person x role x network of the page x page kind x admin view."""

import itertools

import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.test import Client

from portal.models import NetworkRole
from portal.tests.factories import make_staff

pytestmark = pytest.mark.django_db

ROLES = NetworkRole.Role.values
PAGE_KINDS = ["home", "section"]
VIEWS = {
    "edit": "/admin/pages/{id}/edit/",
    "unpublish": "/admin/pages/{id}/unpublish/",
    "history": "/admin/pages/{id}/history/",
}
# Only moderators may work on pages, and only on their own network's; another network's pages are not found.
ALLOWED_ROLES = {"moderator"}


def page_of(network, kind):
    home = network.home_page
    return home if kind == "home" else home.get_children().first().specific


@pytest.fixture
def staff(two_networks):
    people = {}
    for network, role in itertools.product(two_networks, ROLES):
        user = make_staff(network, role, email=f"{role}@{network.slug}.test")
        TOTP.activate(user, generate_totp_secret())
        people[network.slug, role] = user
    return people


def test_page_permission_matrix(two_networks, staff):
    outcomes = []
    for (own, role), target, kind, (view, url) in itertools.product(
        [(network, role) for network in two_networks for role in ROLES], two_networks, PAGE_KINDS, VIEWS.items()
    ):
        client = Client(HTTP_HOST=own.site.hostname)
        client.force_login(staff[own.slug, role])
        page = page_of(target, kind)
        response = client.get(url.format(id=page.pk))
        allowed = role in ALLOWED_ROLES and own == target
        case = (own.slug, role, target.slug, kind, view)
        if allowed:
            assert response.status_code == 200, case
        elif own != target:
            assert response.status_code == 404, case
            # Section titles are the same in every network (the 404 page's menu lists this host's own).
            assert kind != "home" or page.title not in response.text, case
        else:
            assert response.status_code == 302, case
            assert response["Location"] == "/admin/", case
        outcomes.append(allowed)
    assert len(outcomes) == 2 * len(ROLES) * 2 * len(PAGE_KINDS) * len(VIEWS)
    assert outcomes.count(True) == 2 * len(PAGE_KINDS) * len(VIEWS)


@pytest.mark.parametrize("role", ROLES)
def test_page_explorer_never_lists_another_networks_pages(two_networks, staff, role):
    network_a, network_b = two_networks
    client = Client(HTTP_HOST=network_a.site.hostname)
    client.force_login(staff[network_a.slug, role])
    for path in ("/admin/pages/", f"/admin/pages/{network_a.home_page.pk}/", "/admin/pages/search/?q=network"):
        response = client.get(path, follow=True)
        assert network_b.name_en not in response.text, path
        assert f"@{network_b.slug}.test" not in response.text, path
    response = client.get(f"/admin/pages/{network_b.home_page.pk}/")
    assert response.status_code == 404
    assert network_b.name_en not in response.text
