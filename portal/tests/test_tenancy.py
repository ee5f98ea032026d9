import itertools

import pytest
from django.test import Client
from wagtail.models import Page

from portal.models import HomePage, Network, NetworkRole
from portal.tests.factories import make_staff
from tests.fixtures import NETWORK_A_HOST, NETWORK_B_HOST

pytestmark = pytest.mark.django_db


def test_each_host_serves_its_own_network(two_networks, client_for):
    for network in two_networks:
        response = client_for(network).get("/en/")
        assert response.status_code == 200
        assert response.wsgi_request.network == network
        assert f"{network.slug.title()} network [en]" in response.text


def test_alias_host_serves_the_same_network(network_a):
    response = Client(HTTP_HOST="alpha-alias.test").get("/en/")
    assert response.wsgi_request.network == network_a
    assert "Alpha network [en]" in response.text


def test_host_match_ignores_port_and_case(network_a):
    response = Client(HTTP_HOST="ALPHA.test:8443").get("/en/")
    assert response.wsgi_request.network == network_a


@pytest.mark.parametrize("host", ["unknown.test", "alpha.test.evil.test", "localhost"])
def test_unknown_host_gets_404_and_no_network_content(two_networks, host):
    response = Client(HTTP_HOST=host).get("/en/")
    assert response.status_code == 404
    assert "No recovery network is served at this address." in response.text
    for network in two_networks:
        assert network.name not in response.text
        assert network.crisis_line_text not in response.text


def every_page_path(network, language="en"):
    pages = Page.objects.live().descendant_of(network.site.root_page, inclusive=True).specific()
    return [page.relative_url(network.site) for page in pages]


def test_no_page_of_one_network_is_served_on_another_host(two_networks, client_for):
    """Generated: every live page path of each network, requested on every other network's host."""
    checked = 0
    for owner, visitor in itertools.permutations(two_networks, 2):
        visitor_paths = set(every_page_path(visitor))
        for path in every_page_path(owner):
            response = client_for(visitor).get(path)
            if path in visitor_paths:
                # Same section slug on both networks: the visitor's own page is served, never the owner's.
                assert response.status_code == 200
                assert owner.name not in response.text
                assert visitor.name in response.text
            else:
                assert response.status_code == 404
                assert owner.name not in response.text
            checked += 1
    assert checked >= 10


def test_home_pages_are_not_reachable_by_slug_across_networks(two_networks, client_for):
    network_a, network_b = two_networks
    response = client_for(network_b).get(f"/en/{network_a.home_page.slug}/")
    assert response.status_code == 404
    assert network_a.name not in response.text


def test_for_network_scopes_roles_and_pages(two_networks):
    network_a, network_b = two_networks
    make_staff(network_a, NetworkRole.Role.MODERATOR)
    make_staff(network_b, NetworkRole.Role.PLANNER)
    assert set(NetworkRole.objects.for_network(network_a).values_list("role", flat=True)) == {"moderator"}

    pages_a = HomePage.objects.for_network(network_a)
    assert list(pages_a) == [network_a.home_page]
    assert not pages_a.filter(pk__in=HomePage.objects.for_network(network_b)).exists()


def test_hostname_lookup_finds_nothing_for_lookalikes(network_a):
    assert Network.objects.for_hostname(NETWORK_A_HOST).get() == network_a
    assert not Network.objects.for_hostname("alpha").exists()
    assert not Network.objects.for_hostname(NETWORK_B_HOST).exists()


def test_health_check_answers_only_for_a_known_host(network_a, client_for):
    response = client_for(network_a).get("/healthz/")
    assert (response.status_code, response.content) == (200, b"ok")
    assert Client(HTTP_HOST="unknown.test").get("/healthz/").status_code == 404
