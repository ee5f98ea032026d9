"""The public directory pages: search, one service, and the reader's printable list."""

import html as htmllib
import re
import time
from datetime import timedelta
from urllib.parse import parse_qsl, urlsplit

import pytest
from django.utils import timezone

from directory.models import Category, Service
from directory.tests.factories import (
    LocationFactory,
    OpeningHoursFactory,
    ServiceAtLocationFactory,
    ServiceFactory,
    ServiceLanguageFactory,
    translations,
)
from tests.query_counts import assert_queries_do_not_grow

pytestmark = pytest.mark.django_db


def html(response) -> str:
    assert response.status_code == 200, response.status_code
    return response.content.decode()


@pytest.fixture
def clinic(network_a):
    service = ServiceFactory(
        network=network_a,
        walk_in=True,
        last_verified_at=timezone.now() - timedelta(days=30),
        **translations("name", {"en": "Harbor Counseling", "es": "Consejería Harbor"}),
        **translations("description", {"en": "Talk therapy.", "es": "Terapia con un consejero."}),
    )
    service.phones.create(number="(555) 010-2000")
    location = LocationFactory(network=network_a, address_1="1 Main Street", latitude=34.05, longitude=-118.25)
    ServiceAtLocationFactory(service=service, location=location)
    ServiceLanguageFactory(service=service, code="es")
    for weekday in range(7):
        OpeningHoursFactory(service=service, weekday=weekday, opens_at="00:00", closes_at="23:59")
    service.categories.set([Category.objects.get(network=network_a, code="individual-counseling")])
    service.save()
    return service


@pytest.fixture
def shelter(network_a):
    service = ServiceFactory(network=network_a, name="Safe Harbor Shelter", description="Beds for tonight.")
    hidden = LocationFactory(
        network=network_a,
        address_1="77 Secret Lane",
        is_confidential=True,
        confidential_contact="Call the intake line first.",
    )
    ServiceAtLocationFactory(service=service, location=hidden)
    return service


def test_spanish_search_page_shows_results_counts_and_filters(client_for, network_a, clinic, shelter):
    page = html(client_for(network_a).get("/es/services/", {"q": "terapias"}))
    assert 'role="status">Se encontró 1 servicio<' in page
    assert "Consejería Harbor" in page
    assert "Safe Harbor Shelter" not in page
    assert "<legend>" in page and 'for="id_q"' in page
    assert 'href="tel:5550102000"' in page
    assert "https://www.openstreetmap.org/directions?to=34.05,-118.25" in page
    assert re.search(r"Consejería individual \(1\)", page)


def test_detail_page_shows_how_to_act(client_for, network_a, clinic):
    page = html(client_for(network_a).get(f"/en/services/{clinic.pk}/"))
    assert "<h1" in page and "Harbor Counseling" in page
    assert 'href="tel:5550102000"' in page
    assert "Walk in, no appointment needed" in page
    assert "Open now" in page
    assert "Spanish" in page
    assert "Last checked" in page and "may be out of date" not in page


def test_stale_listing_is_flagged(client_for, network_a, clinic):
    Service.objects.filter(pk=clinic.pk).update(last_verified_at=timezone.now() - timedelta(days=200))
    assert "may be out of date" in html(client_for(network_a).get(f"/en/services/{clinic.pk}/"))


def test_other_networks_and_unpublished_services_are_not_found(client_for, two_networks, clinic):
    network_a, network_b = two_networks
    assert client_for(network_b).get(f"/es/services/{clinic.pk}/").status_code == 404
    assert "Harbor Counseling" not in html(client_for(network_b).get("/en/services/", {"q": "counseling"}))
    draft = ServiceFactory(network=network_a, name="Draft Night Service", live=False)
    assert client_for(network_a).get(f"/en/services/{draft.pk}/").status_code == 404
    assert "Draft Night Service" not in html(client_for(network_a).get("/en/services/", {"q": "night"}))
    listed = html(client_for(network_b).get("/es/services/list/", {"ids": f"{clinic.pk},{draft.pk}"}))
    assert "Harbor Counseling" not in listed and "Draft Night Service" not in listed


def test_confidential_addresses_never_appear(client_for, network_a, shelter):
    client = client_for(network_a)
    pages = [
        client.get("/en/services/", {"q": "shelter"}),
        client.get("/en/services/", {"lat": "34.05", "lon": "-118.25"}),
        client.get(f"/en/services/{shelter.pk}/"),
        client.get("/en/services/list/", {"ids": str(shelter.pk)}),
    ]
    for response in pages:
        page = html(response)
        assert "Safe Harbor Shelter" in page
        assert "Secret Lane" not in page
        assert "Call the intake line first." in page


def test_save_to_my_list_and_print_it_without_an_account(client_for, network_a, clinic, shelter):
    client = client_for(network_a)
    page = html(client.get("/en/services/", {"q": "harbor"}))
    save_links = re.findall(r'href="\?([^"]*ids=[^"]*)" class="save-link"', page)
    assert len(save_links) == 2
    with_one = html(client.get("/en/services/?" + save_links[0].replace("&amp;", "&")))
    assert "My list (1 service)" in with_one
    listed = html(client.get("/en/services/list/", {"ids": f"{clinic.pk},{shelter.pk}"}))
    assert listed.index("Harbor Counseling") < listed.index("Safe Harbor Shelter")
    assert "Remove from my list" in listed and 'id="share-link"' in listed
    assert not client.cookies


def test_crisis_services_are_marked_on_results_and_detail_pages(client_for, network_a, clinic):
    warmline = ServiceFactory(network=network_a, name="Harbor Crisis Warmline", description="Talk any time.")
    warmline.categories.set([Category.objects.get(network=network_a, code="crisis-line")])
    warmline.save()
    client = client_for(network_a)
    results = html(client.get("/en/services/", {"q": "suicide"}))
    cards = re.findall(r'<article class="service-card([^"]*)"', results)
    assert cards[0] == " service-card--crisis" and " service-card--crisis" not in cards[1:]
    assert "service-detail--crisis" in html(client.get(f"/en/services/{warmline.pk}/"))
    assert "service-detail--crisis" not in html(client.get(f"/en/services/{clinic.pk}/"))


def test_results_page_query_count_does_not_grow(client_for, network_a):
    client = client_for(network_a)
    counseling = Category.objects.get(network=network_a, code="counseling")

    def add_rows(count: int) -> None:
        for _ in range(count):
            service = ServiceFactory(network=network_a, description="Counseling for everyone.")
            service.phones.create(number="555 0100")
            ServiceLanguageFactory(service=service, code="es")
            for weekday in range(7):  # open whenever the test runs (the filter reads the clock)
                OpeningHoursFactory(service=service, weekday=weekday, opens_at="00:00", closes_at="23:59:59")
            ServiceAtLocationFactory(service=service)
            service.categories.set([counseling])
            service.save()

    def render():
        assert "Counseling for everyone" in html(client.get("/en/services/", {"q": "counseling", "open_now": "on"}))

    assert_queries_do_not_grow(render, add_rows, few=3, many=30)
    assert_queries_do_not_grow(lambda: html(client.get("/en/services/list/", {"ids": "1,2,3"})), lambda n: None)


def directory_links(page: str) -> list[str]:
    """The links the directory builds (save, pages, my list, share), without the layout's language switcher."""
    page = re.sub(r'<nav class="language-switcher".*?</nav>', "", page, flags=re.DOTALL)
    links = re.findall(r'(?:href|value)="([^"]*\?[^"]*)"', page)
    return [htmllib.unescape(link) for link in links if "/services/" in link or link.startswith("?")]


def test_an_overlong_search_is_cut_to_200_characters_and_says_so(client_for, network_a, clinic, shelter):
    searched = ("therapy " * 25).strip()  # the first 200 characters

    page = html(client_for(network_a).get("/en/services/", {"q": "therapy " * 40}))

    assert "Harbor Counseling" in page and "Safe Harbor Shelter" not in page
    assert "Your search was longer than 200 characters, so only its first 200 characters were searched." in page
    echoed = [value for link in directory_links(page) for key, value in parse_qsl(urlsplit(link).query) if key == "q"]
    assert echoed and set(echoed) == {searched}
    assert f'value="{searched}"' in page
    assert "were searched" not in html(client_for(network_a).get("/en/services/", {"q": "therapy"}))


def test_links_keep_the_search_and_drop_what_it_ignored(client_for, network_a, clinic, shelter):
    query = {"q": "harbor", "category": "no-such-kind", "tracking": "x" * 1000, "age": "0", "ids": str(clinic.pk)}

    page = html(client_for(network_a).get("/en/services/", query))

    [save] = [link for link in directory_links(page) if link.startswith("?")]
    assert dict(parse_qsl(urlsplit(save).query)) == {"q": "harbor", "age": "0", "ids": f"{clinic.pk},{shelter.pk}"}
    assert not any("tracking" in link or "no-such-kind" in link for link in directory_links(page))


def test_a_nul_byte_in_the_search_is_dropped_not_the_search(client_for, network_a, clinic, shelter):
    page = html(client_for(network_a).get("/en/services/", {"q": "counseling\x00"}))

    assert 'role="status">1 service found<' in page and "Harbor Counseling" in page


def test_only_plain_digits_name_a_service_or_a_page(client_for, network_a, clinic):
    client = client_for(network_a)
    devanagari = "".join(chr(0x0966 + int(digit)) for digit in str(clinic.pk))  # int() reads these as clinic.pk

    assert client.get(f"/en/services/{devanagari}/").status_code == 404
    assert client.get(f"/en/services/{'9' * 30}/").status_code == 404
    assert client.get(f"/en/services/{'9' * 5000}/").status_code == 404
    for number in ("²", "٣", "9" * 30, "-1", "1e3"):
        assert "Harbor Counseling" in html(client.get("/en/services/", {"page": number})), number


def test_a_huge_saved_list_is_read_in_one_quick_pass(client_for, network_a, clinic):
    ids = ",".join(map(str, range(clinic.pk, clinic.pk + 60_000)))
    client = client_for(network_a)

    started = time.monotonic()
    page = html(client.get("/en/services/", {"ids": ids}))

    assert time.monotonic() - started < 3
    assert "My list (50 services)" in page


def test_the_share_link_is_the_list_itself(client_for, network_a, clinic):
    page = html(
        client_for(network_a).get("/en/services/list/", {"ids": f"{clinic.pk},x,{clinic.pk}", "ref": "x" * 500})
    )

    [share] = re.findall(r'id="share-link" value="([^"]*)"', page)
    assert htmllib.unescape(share) == f"http://alpha.test/en/services/list/?ids={clinic.pk}"
