"""The read-only HSDS API: schema-valid responses, one network per host, confidential addresses withheld."""

import functools
import json
from pathlib import Path

import pytest

from directory.hsds.exporter import export_tables
from directory.hsds.ids import public_id
from directory.hsds.importer import import_hsds
from directory.hsds.validation import schema_registry, validator_for
from directory.models import Service, ServiceAtLocation
from directory.search import SearchFilters, search_services
from directory.tests.factories import CategoryFactory, LocationFactory, ServiceFactory
from tests.query_counts import assert_queries_do_not_grow

SPECS = Path("/work/shared/specs/hsds-3.0")
SCHEMAS = SPECS / "schema"
SERVICE_ID = "ac148810-d857-441c-9679-408f346de14b"

pytestmark = pytest.mark.django_db


OPENAPI = json.loads((SCHEMAS / "openapi.json").read_text())
PAGE = OPENAPI["components"]["schemas"]["Page"]
# The API's own documents from the OpenAPI file: a list page (with every property) and the root.
ENVELOPES = {
    "page": {**PAGE, "required": [*PAGE["properties"], "contents"]},
    "root": OPENAPI["paths"]["/"]["get"]["responses"]["200"]["content"]["application/json"]["schema"],
}


@functools.cache
def hsds_validator(schema: str):
    """A validator of an HSDS schema file (such as "service.json") or of one of the ENVELOPES."""
    return validator_for(SCHEMAS, ENVELOPES.get(schema, schema), schema_registry(SCHEMAS))


def assert_valid_hsds(document: dict, schema_file: str, listed: bool = False) -> None:
    """`document` is a valid `schema_file` object, or with `listed` a valid page of them."""
    items = document["contents"] if listed else [document]
    if listed:
        assert list(hsds_validator("page").iter_errors(document)) == []
    for item in items:
        errors = [error.message for error in hsds_validator(schema_file).iter_errors(item)]
        assert errors == [], errors


@pytest.fixture
def schemas():
    return assert_valid_hsds


def with_hidden_location(network, service):
    location = LocationFactory(
        network=network,
        organization=service.organization,
        address_1="77 Hidden Lane",
        postal_code="90210",
        is_confidential=True,
        confidential_contact="Call the intake line",
    )
    ServiceAtLocation.objects.create(service=service, location=location)
    return location


def test_service_detail_is_a_valid_service_full(network_a, client_for, schemas):
    import_hsds(network_a, SPECS / "examples" / "service_full.json")

    response = client_for(network_a).get(f"/api/hsds/services/{SERVICE_ID}")

    assert response.status_code == 200
    body = response.json()
    schemas(body, "service.json")
    assert body["id"] == SERVICE_ID
    assert body["organization"]["name"] == "Example Organization Inc."
    assert body["phones"][0]["languages"][0]["code"] == "ur"
    assert body["service_at_locations"][0]["location"]["addresses"][0]["address_1"] == "1-30 Main Street"
    assert body["attributes"][0]["taxonomy_term"]["id"] == "3f7b145d-84af-42d7-8fae-eaca714b02b2"


@pytest.mark.parametrize(
    ("path", "schema_file"),
    [
        ("/api/hsds/services", "service.json"),
        ("/api/hsds/services/", "service.json"),
        ("/api/hsds/organizations", "organization.json"),
        ("/api/hsds/service_at_locations/", "service_at_location.json"),
        ("/api/hsds/taxonomies", "taxonomy.json"),
        ("/api/hsds/taxonomy_terms/", "taxonomy_term.json"),
    ],
)
def test_lists_are_valid_pages(network_a, client_for, schemas, path, schema_file):
    import_hsds(network_a, SPECS / "examples" / "csv")
    ServiceFactory(network=network_a)

    body = client_for(network_a).get(path).json()

    schemas(body, schema_file, listed=True)
    assert body["total_items"] >= 1 and body["contents"]


def test_paging_and_the_per_page_cap(network_a, client_for):
    for number in range(5):
        ServiceFactory(network=network_a, name=f"Help {number}")
    client = client_for(network_a)

    second = client.get("/api/hsds/services?per_page=2&page=2").json()
    assert (second["total_items"], second["total_pages"], second["page_number"], second["size"]) == (5, 3, 2, 2)
    assert (second["first_page"], second["last_page"], second["empty"]) == (False, False, False)
    assert client.get("/api/hsds/services?per_page=1000").json()["size"] == 5
    beyond = client.get("/api/hsds/services?page=9").json()
    assert beyond["empty"] and beyond["last_page"] and beyond["contents"] == []


def test_filters(network_a, client_for):
    counseling = CategoryFactory(network=network_a, code="talk")
    child = CategoryFactory(network=network_a, code="talk-groups", parent=counseling)
    talking = ServiceFactory(network=network_a, name="Talking together")
    talking.categories.set([child])
    talking.save()  # a ParentalManyToManyField is written when the service is saved
    other = ServiceFactory(network=network_a, name="Food bank")
    LocationFactory(network=network_a)
    link_location = LocationFactory(network=network_a, organization=other.organization, postal_code="10001")
    ServiceAtLocation.objects.create(service=other, location=link_location)
    client = client_for(network_a)

    def names(query: str) -> set[str]:
        return {item["name"] for item in client.get(f"/api/hsds/services?{query}").json()["contents"]}

    assert names("search=talking") == {"Talking together"}
    assert names(f"taxonomy_term_id={public_id(counseling)}") == {"Talking together"}
    assert names(f"organization_id={public_id(other.organization)}") == {"Food bank"}
    assert names("postcode=10001") == {"Food bank"}
    assert names("proximity=34.05,-118.25,5") == {"Food bank"}
    assert names("proximity=0,0,5") == set()
    assert names("modified_after=2999-01-01") == set()


def test_only_published_services(network_a, client_for):
    draft = ServiceFactory(network=network_a, name="Draft", live=False)

    client = client_for(network_a)
    assert client.get("/api/hsds/services").json()["total_items"] == 0
    assert client.get(f"/api/hsds/services/{public_id(draft)}").status_code == 404


def test_network_b_never_sees_network_a(network_a, network_b, client_for):
    import_hsds(network_a, SPECS / "examples" / "service_full.json")
    organization = Service.objects.for_network(network_a).get().organization
    beta = client_for(network_b)

    missing = beta.get(f"/api/hsds/services/{SERVICE_ID}")
    assert (missing.status_code, missing["Content-Type"]) == (404, "application/json")
    # Network B speaks Spanish first: its API explains itself in Spanish.
    assert missing.json() == {"error": "not found", "detail": "No existe ese servicio."}
    assert beta.get("/api/hsds/no_such_endpoint").json()["detail"] == "Ese punto de acceso de la API no existe."
    assert beta.get(f"/api/hsds/organizations/{organization.hsds_id}").status_code == 404
    for path in ("services", "organizations", "service_at_locations"):
        assert beta.get(f"/api/hsds/{path}").json()["total_items"] == 0, path
    assert client_for(network_a).get(f"/api/hsds/organizations/{organization.hsds_id}/").status_code == 200


def test_confidential_addresses_never_appear(network_a, client_for):
    service = ServiceFactory(network=network_a, name="Safe house")
    location = with_hidden_location(network_a, service)
    client = client_for(network_a)

    bodies = [
        client.get(path).content.decode()
        for path in (
            f"/api/hsds/services/{public_id(service)}",
            "/api/hsds/services",
            "/api/hsds/service_at_locations",
            f"/api/hsds/organizations/{public_id(service.organization)}",
        )
    ]
    for body in bodies:
        assert "Hidden Lane" not in body and "90210" not in body
        assert str(location.latitude) not in body
    assert "Call the intake line" in bodies[0]
    assert client.get("/api/hsds/services?postcode=90210").json()["total_items"] == 0


def test_list_query_count_does_not_grow_with_page_size(network_a, client_for):
    client = client_for(network_a)
    category = CategoryFactory(network=network_a)

    def add(count: int) -> None:
        for _number in range(count):
            service = ServiceFactory(network=network_a, categories=[category])
            service.phones.create(number="988")
            location = LocationFactory(network=network_a, organization=service.organization)
            ServiceAtLocation.objects.create(service=service, location=location)

    assert_queries_do_not_grow(lambda: client.get("/api/hsds/services?per_page=100"), add)


def error_of(response, status: int) -> dict:
    assert (response.status_code, response["Content-Type"]) == (status, "application/json"), response.content[:200]
    body = response.json()
    assert set(body) == {"error", "detail"} and body["detail"], body
    return body


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("proximity=inf,0", "proximity"),
        ("proximity=nan,nan,nan", "proximity"),
        ("proximity=91,0", "proximity"),
        ("proximity=0,0,-5", "proximity"),
        ("proximity=near+me", "proximity"),
        ("page=0", "page"),
        ("page=%C2%B2", "page"),
        ("page=999999999999999999999999999999", "page"),
        ("per_page=-1", "per_page"),
        ("per_page=ten", "per_page"),
        ("modified_after=2024-02-30", "modified_after"),
        ("modified_after=yesterday", "modified_after"),
        ("modified_after=2024-01-01T10:00:00%2B25:00", "modified_after"),
    ],
)
def test_a_bad_parameter_answers_400_saying_what_it_takes(network_a, client_for, query, parameter):
    ServiceFactory(network=network_a)

    body = error_of(client_for(network_a).get(f"/api/hsds/services?{query}"), 400)

    assert body["error"] == "bad parameter"
    assert parameter in body["detail"]


@pytest.mark.parametrize(
    "path",
    ["/api/hsds/services?search=a%00b", "/api/hsds/organizations?a%00=1", "/api/hsds/services/%00", "/api/hsds/x%00/"],
)
def test_a_nul_byte_anywhere_answers_400(network_a, client_for, path):
    assert error_of(client_for(network_a).get(path), 400)["error"] == "bad parameter"


def test_a_page_past_the_last_is_empty_and_a_page_past_any_is_refused(network_a, client_for):
    ServiceFactory(network=network_a)
    client = client_for(network_a)

    assert client.get(f"/api/hsds/services?page={2**31 - 1}&per_page=100").json()["contents"] == []
    assert error_of(client.get(f"/api/hsds/services?page={2**31}"), 400)["error"] == "bad parameter"


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
@pytest.mark.parametrize("path", ["/api/hsds/", "/api/hsds/services", f"/api/hsds/services/{SERVICE_ID}"])
def test_a_write_method_answers_405_in_json(network_a, client_for, method, path):
    # A real client has no CSRF token: it must get the 405, not Django's CSRF failure page.
    client = client_for(network_a, enforce_csrf_checks=True)

    response = getattr(client, method)(path)

    assert error_of(response, 405)["error"] == "method not allowed"
    assert response["Allow"] == "GET, HEAD"
    assert client.head(path).status_code in (200, 404)


def test_unknown_addresses_answer_404_in_json(network_a, client_for):
    client = client_for(network_a)

    for path in ("/api/hsds/%0A", "/api/hsds/services%0A", "/api/hsds/services/x/y"):
        assert error_of(client.get(path), 404)["error"] == "not found", path


def test_a_location_waiting_for_a_moderator_is_in_no_public_answer(network_a, client_for):
    service = ServiceFactory(network=network_a, name="Harbor Outreach")
    waiting = LocationFactory(
        network=network_a,
        organization=service.organization,
        address_1="12 Unapproved Way",
        postal_code="90999",
        latitude=37.8,
        longitude=-122.4,
        live=False,
    )
    ServiceAtLocation.objects.create(service=service, location=waiting)
    client = client_for(network_a)

    bodies = [
        client.get(path).content.decode()
        for path in (
            f"/api/hsds/services/{public_id(service)}",
            "/api/hsds/services",
            "/api/hsds/service_at_locations",
            f"/en/services/{service.pk}/",
        )
    ]
    for body in bodies:
        assert "Unapproved Way" not in body
    assert client.get("/api/hsds/services?postcode=90999").json()["total_items"] == 0
    assert client.get("/api/hsds/services?proximity=37.8,-122.4,5").json()["total_items"] == 0
    tables = export_tables(network_a)
    assert "12 Unapproved Way" not in json.dumps(tables)
    near = search_services(network_a, "", "en", SearchFilters(latitude=37.8, longitude=-122.4, within_km=5))
    assert service not in near.services
