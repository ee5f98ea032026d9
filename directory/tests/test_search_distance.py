"""Searching near a place: a radius keeps its word, and confidential shelters are found by their area only."""

import math
import random

import pytest

from directory.search import SearchFilters, search_services
from directory.search.filters import EARTH_RADIUS_KM, cell_centre
from directory.tests.factories import LocationFactory, ServiceAtLocationFactory, ServiceFactory

pytestmark = pytest.mark.django_db

ORIGIN = (34.0500, -118.2500)


def haversine_km(a, b):
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    chord = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(chord))


def service_at(network, name, point, online=False, confidential=False):
    service = ServiceFactory(network=network, name=name, online=online)
    location = LocationFactory(network=network, latitude=point[0], longitude=point[1], is_confidential=confidential)
    ServiceAtLocationFactory(service=service, location=location)
    service.save()
    return service


def north_of(origin, km):
    return origin[0] + km / 111.195, origin[1]


def test_within_2_km_lists_no_place_farther_away(client_for, network_a):
    service_at(network_a, "Near Clinic", north_of(ORIGIN, 1.0))
    service_at(network_a, "Far Clinic", north_of(ORIGIN, 4.7))
    service_at(network_a, "Far Video Counseling", north_of(ORIGIN, 4.7), online=True)
    filters = SearchFilters(latitude=ORIGIN[0], longitude=ORIGIN[1], within_km=2)
    results = search_services(network_a, "", "en", filters)
    distances = {str(service.name): service.distance_km for service in results.services}
    assert "Far Clinic" not in distances
    assert distances["Near Clinic"] == pytest.approx(1.0, abs=0.05)
    # An online service is offered anywhere: listed, labelled, and never with the distance of a place beyond 2 km.
    assert distances["Far Video Counseling"] is None
    page = client_for(network_a).get("/en/services/", {"lat": ORIGIN[0], "lon": ORIGIN[1], "within": "2"}).text
    assert "Far Clinic" not in page
    assert "4.7 km away" not in page
    assert "online, from anywhere" in page


def test_a_confidential_shelter_is_found_near_its_area_at_the_distance_of_the_area(network_a):
    point = (34.0571, -118.2437)
    shelter = service_at(network_a, "Safe Harbor Shelter", point, confidential=True)
    centre = (cell_centre(point[0]), cell_centre(point[1]))
    assert haversine_km(centre, point) > 0.3  # the test means something: the centre is not the point
    origin = (centre[0] + 0.005, centre[1])
    results = search_services(network_a, "", "en", SearchFilters(latitude=origin[0], longitude=origin[1], within_km=3))
    found = {service.pk: service.distance_km for service in results.services}
    assert found[shelter.pk] == pytest.approx(haversine_km(origin, centre), abs=0.01)


def test_repeated_searches_from_many_origins_cannot_narrow_a_shelter_below_its_area(network_a):
    """Two shelters at different true points of one cell answer every search alike, and each search includes
    them exactly when the cell's centre lies within its radius: nothing but the centre can be learnt."""
    first_point, second_point = (34.0571, -118.2437), (34.0741, -118.2297)
    centre = (cell_centre(first_point[0]), cell_centre(first_point[1]))
    assert centre == (cell_centre(second_point[0]), cell_centre(second_point[1]))
    first = service_at(network_a, "First Shelter", first_point, confidential=True)
    second = service_at(network_a, "Second Shelter", second_point, confidential=True)
    randomness = random.Random(10)  # noqa: S311 - test origins, not secrets
    for _ in range(40):
        origin = (centre[0] + randomness.uniform(-0.06, 0.06), centre[1] + randomness.uniform(-0.06, 0.06))
        radius = randomness.choice([0.5, 1, 2, 3, 5, 8])
        filters = SearchFilters(latitude=origin[0], longitude=origin[1], within_km=radius)
        found = {service.pk: service.distance_km for service in search_services(network_a, "", "en", filters).services}
        expected = haversine_km(origin, centre) <= radius
        assert (first.pk in found) is expected, (origin, radius)
        assert (second.pk in found) is expected, (origin, radius)
        if expected:
            assert found[first.pk] == found[second.pk] == pytest.approx(haversine_km(origin, centre), abs=0.01)
