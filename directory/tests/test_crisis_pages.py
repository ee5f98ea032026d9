"""A crisis search, however it is phrased and in whichever language, shows the crisis line and crisis services first."""

import re

import pytest
from django.utils import translation

from directory.models import Category
from directory.tests.factories import ServiceFactory, translations
from tests.query_counts import assert_queries_do_not_grow

pytestmark = pytest.mark.django_db

FUZZY_NOTICE = "Nothing matched those exact words, so these services use similar words."
CRISIS_SEARCHES = [
    ("es", "quiero morir"),
    ("es", "me quiero matar"),
    ("en", "i want to die"),
    ("vi", "muốn chết"),
    ("vi", "muon chet"),
    ("zh-hans", "想死"),
    ("ar", "أريد أن أموت"),
]
CRISIS_NAMES = {
    "en": "Harbor Crisis Line",
    "es": "Línea de Crisis Harbor",
    "zh-hans": "港湾危机热线",
    "vi": "Đường dây Khủng hoảng Harbor",
    "ar": "خط هاربور للأزمات",
}


def html(response) -> str:
    assert response.status_code == 200, response.status_code
    return response.content.decode()


@pytest.fixture
def crisis_line(network_a):
    """The demo's kind of crisis service, named in every language, and services that share everyday words."""
    service = ServiceFactory(
        network=network_a,
        **translations("name", CRISIS_NAMES),
        **translations("description", {code: "24/7" for code in CRISIS_NAMES}),
    )
    service.categories.set([Category.objects.get(network=network_a, code="crisis-line")])
    service.save()
    for name in ("Metadona Harbor", "Harbor Methadone Clinic"):
        ServiceFactory(
            network=network_a,
            **translations("name", {code: name for code in CRISIS_NAMES}),
            **translations("description", {code: "quiero matar morir die want 想 muốn أريد" for code in CRISIS_NAMES}),
        )
    return service


def card_names(page: str) -> list[str]:
    return re.findall(
        r'<article class="service-card[^"]*"[^>]*>.*?<h3[^>]*>\s*(?:<a[^>]*>)?\s*([^<]+?)\s*<', page, re.S
    )


def assert_crisis_page(page: str, language: str) -> None:
    results = page[page.index('id="results-heading"') :]
    block = re.search(r'<div class="directory-crisis"[^>]*>(.*?)</div>', results, re.S)
    assert block, "no crisis block in the results"
    assert "tel:988" in block.group(1)
    assert f"Alpha crisis help [{language}]" in block.group(1)
    assert results.index('class="directory-crisis"') < results.index('class="service-results"')
    assert card_names(results)[0] == CRISIS_NAMES[language]
    with translation.override(language):
        assert translation.gettext(FUZZY_NOTICE) not in page
    count = re.search(r'class="directory-results__count" role="status">([^<]*)<', results).group(1)
    assert not re.match(r"\s*0\D", count), count


@pytest.mark.parametrize(("language", "query"), CRISIS_SEARCHES)
def test_a_crisis_search_shows_the_crisis_line_and_a_crisis_service_first(
    client_for, network_a, crisis_line, language, query
):
    page = html(client_for(network_a).get(f"/{language}/services/", {"q": query}))

    assert_crisis_page(page, language)


@pytest.mark.parametrize("language", ["en", "es", "ar"])
def test_crisis_words_after_the_first_200_characters_are_heard(client_for, network_a, crisis_line, language):
    typed = "necesito ayuda con la renta y la comida para mis hijos " * 5 + "y ya no quiero vivir"
    assert len(typed) > 250

    page = html(client_for(network_a).get(f"/{language}/services/", {"q": typed}))

    assert "only its first 200 characters were searched" in page or language != "en"
    assert_crisis_page(page, language)


def test_a_crisis_search_with_a_filter_still_lists_crisis_services_first(client_for, network_a, crisis_line):
    page = html(client_for(network_a).get("/en/services/", {"q": "i want to die", "walk_in": "on"}))

    assert_crisis_page(page, "en")


def test_an_ordinary_search_shows_no_crisis_block(client_for, network_a, crisis_line):
    page = html(client_for(network_a).get("/en/services/", {"q": "methadone"}))

    assert 'class="directory-crisis"' not in page
    assert card_names(page) == ["Harbor Methadone Clinic"]


def test_a_crisis_search_page_keeps_its_query_count_flat(client_for, network_a, crisis_line):
    client = client_for(network_a)
    crisis = Category.objects.get(network=network_a, code="crisis-line")

    def add_rows(count: int) -> None:
        for number in range(count):
            service = ServiceFactory(network=network_a, name=f"Warmline {number}", description="Talk any time.")
            service.phones.create(number="555 0100")
            service.categories.set([crisis])
            service.save()

    def render():
        assert_crisis_page(html(client.get("/es/services/", {"q": "quiero morir"})), "es")

    assert_queries_do_not_grow(render, add_rows, few=3, many=30)
