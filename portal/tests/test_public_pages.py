"""Every public page of every network, in every language it offers: crisis line and quick exit are there."""

import itertools

import pytest
from wagtail.models import Page

pytestmark = pytest.mark.django_db

ACCOUNT_PATHS = ["accounts/login/", "accounts/signup/", "accounts/password/reset/"]


def public_paths(network):
    pages = Page.objects.live().public().descendant_of(network.site.root_page, inclusive=True)
    page_paths = [page.specific.relative_url(network.site).split("/", 2)[2] for page in pages]
    return page_paths + ACCOUNT_PATHS + ["no-such-page/"]


def test_every_public_page_shows_the_crisis_line_and_quick_exit(two_networks, client_for):
    checked = 0
    for network in two_networks:
        client = client_for(network)
        for language, path in itertools.product(network.languages, public_paths(network)):
            response = client.get(f"/{language}/{path}")
            assert response.status_code in (200, 404), (language, path)
            text = response.text
            assert f'href="tel:{network.crisis_line_number}"' in text, (language, path)
            assert 'class="crisis-line"' in text
            assert 'id="quick-exit"' in text and "data-quick-exit" in text, (language, path)
            # Quick exit is the first control after the skip link, so it is one Tab away.
            assert text.index('class="skip-link"') < text.index('id="quick-exit"') < text.index("<header")
            checked += 1
    assert checked == sum(len(n.languages) * len(public_paths(n)) for n in two_networks)


def test_crisis_line_text_is_in_the_readers_language(network_a, client_for):
    for language in network_a.languages:
        response = client_for(network_a).get(f"/{language}/")
        assert f"Alpha crisis help [{language}]" in response.text


def test_pages_load_nothing_from_other_hosts(network_a, client_for):
    text = client_for(network_a).get("/en/").text
    for attribute in ('src="http', 'src="//', 'href="//', "@import", "fonts.googleapis"):
        assert attribute not in text
    stylesheet_links = [line for line in text.splitlines() if 'rel="stylesheet"' in line]
    assert stylesheet_links and all('href="/static/' in line for line in stylesheet_links)


def test_not_found_page_is_the_networks_own(two_networks, client_for):
    network_a, network_b = two_networks
    response = client_for(network_b).get("/es/no-such-page/")
    assert response.status_code == 404
    assert network_b.name_es in response.text
    assert network_a.name not in response.text
