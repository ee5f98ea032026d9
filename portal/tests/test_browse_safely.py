"""The "Browse more safely" page: in every language, linked beside quick exit, readable without JavaScript,
and true about what the site stores."""

import re

import pytest

from portal.tests.test_public_pages import public_paths

pytestmark = pytest.mark.django_db

PAGE_TEXT = {
    "en": ("Browse more safely", "Your browser history still lists the pages of this site you opened"),
    "es": ("Navegar con más seguridad", "El historial del navegador sigue mostrando las páginas de este sitio"),
    "zh-hans": ("更安全地浏览", "浏览器的历史记录中仍会列出您打开过的本网站页面"),
    "vi": ("Duyệt web an toàn hơn", "Lịch sử trình duyệt vẫn liệt kê các trang của trang web này"),
    "ar": ("تصفّح بأمان أكبر", "يظل سجل المتصفح يعرض صفحات هذا الموقع التي فتحتها"),
}


def safety_bar(html: str) -> str:
    return re.search(r'<div class="safety-bar">.*?</div>', html, re.S).group(0)


@pytest.mark.parametrize("language", sorted(PAGE_TEXT))
def test_browse_more_safely_page_in_every_language_without_javascript(network_a, client_for, language):
    heading, history = PAGE_TEXT[language]
    html = client_for(network_a).get(f"/{language}/browse-safely/").content.decode()
    assert f"<h1>{heading}</h1>" in html
    assert history in html
    assert f"Alpha crisis help [{language}]" in html and 'href="tel:988"' in html
    # Everything is in the page itself: the link is a plain address and the text needs no script to show.
    assert f'href="/{language}/browse-safely/"' in safety_bar(html)


def test_every_public_page_links_browse_more_safely_beside_quick_exit(two_networks, client_for):
    for network in two_networks:
        client = client_for(network)
        for language in network.languages:
            for path in public_paths(network):
                bar = safety_bar(client.get(f"/{language}/{path}").content.decode())
                assert bar.index('id="quick-exit"') < bar.index(f'href="/{language}/browse-safely/"'), path


def test_looking_for_services_sets_no_cookie_as_the_page_says(network_a, client_for):
    client = client_for(network_a)
    for path in ("/es/", "/es/services/?q=consejeria", "/es/services/list/?ids=1,2", "/es/browse-safely/"):
        response = client.get(path)
        assert not response.cookies, (path, list(response.cookies))
    # The sign-in form is where the security cookie the page mentions comes from.
    assert list(client.get("/es/accounts/login/").cookies) == ["csrftoken"]
