"""Links between the directory's public pages: on the reader's own host, and keeping the reader's saved list."""

import re

import pytest

from directory.tests.factories import LocationFactory, ServiceAtLocationFactory, ServiceFactory

pytestmark = pytest.mark.django_db


def links(page: str, css_class: str) -> list[str]:
    return re.findall(rf'<p class="{css_class}"><a href="([^"]*)"', page)


@pytest.fixture
def on_port_8000(two_networks):
    """The demo's sites are recorded on port 8000, while a reader may reach them on any host and port."""
    network_a, _network_b = two_networks
    network_a.site.port = 8000
    network_a.site.save()
    return network_a


def test_all_services_and_back_links_stay_on_the_readers_host(on_port_8000, client_for):
    service = ServiceFactory(network=on_port_8000, name="Harbor Counseling")
    detail = client_for(on_port_8000).get(f"/en/services/{service.pk}/").content.decode()
    assert "Harbor Counseling" in detail
    assert links(detail, "breadcrumb") == ["/en/services/"]
    saved = client_for(on_port_8000).get("/en/services/list/", {"ids": service.pk}).content.decode()
    assert links(saved, "breadcrumb") == [f"/en/services/?ids={service.pk}"]
    assert ":8000" not in detail and ":8000" not in saved


def test_the_saved_list_goes_with_the_reader_to_a_service_and_back(network_a, client_for):
    saved = ServiceFactory(network=network_a, name="Saved Clinic", description="Counseling for adults.")
    other = ServiceFactory(network=network_a, name="Other Clinic", description="Counseling for teens.")
    client = client_for(network_a)
    results = client.get("/en/services/", {"q": "counseling", "ids": saved.pk}).content.decode()
    service_links = set(re.findall(r'<h3 id="service-\d+"[^>]*><a href="([^"]*)"', results))
    assert service_links == {f"/en/services/{saved.pk}/?ids={saved.pk}", f"/en/services/{other.pk}/?ids={saved.pk}"}

    detail = client.get(f"/en/services/{other.pk}/", {"ids": saved.pk}).content.decode()
    assert links(detail, "breadcrumb") == [f"/en/services/?ids={saved.pk}"]
    assert f'href="/en/services/list/?ids={saved.pk}"' in detail  # "My list (1 service)"
    # Saving from the service page keeps the earlier choice and adds this one.
    assert f'href="?ids={saved.pk}%2C{other.pk}"' in detail


def test_online_locations_are_never_labelled_wheelchair_accessible(network_a, client_for):
    service = ServiceFactory(network=network_a, name="Video Counseling")
    online = LocationFactory(
        network=network_a,
        location_type="virtual",
        url="https://video.example.org/",
        address_1="",
        city="",
        state_province="",
        postal_code="",
        latitude=None,
        longitude=None,
        wheelchair_accessible=True,
    )
    ServiceAtLocationFactory(service=service, location=online)
    page = client_for(network_a).get(f"/en/services/{service.pk}/").content.decode()
    assert "https://video.example.org/" in page
    assert "Wheelchair accessible" not in page
    results = client_for(network_a).get("/en/services/", {"wheelchair": "on"}).content.decode()
    assert "Video Counseling" not in results
