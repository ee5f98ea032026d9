"""Every HSDS API endpoint answers any query or id with schema-valid JSON, or a JSON error; never a server error."""

from hypothesis import example, given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase

from directory.api.urls import urlpatterns
from directory.hsds.ids import public_id
from directory.hsds.importer import import_hsds
from directory.models import Category, Service, ServiceAtLocation
from directory.tests.factories import LocationFactory, ServiceAtLocationFactory, ServiceFactory
from directory.tests.test_fuzz_public_pages import path_segments, query_strings
from directory.tests.test_hsds_api import SPECS, assert_valid_hsds
from portal.tests.factories import make_network
from tests.fixtures import NETWORK_A_HOST

# Each endpoint (by its URL name) with its address and the schema of what it answers.
LISTS = {
    "root": ("", "root"),
    "services": ("services", "service.json"),
    "organizations": ("organizations", "organization.json"),
    "service_at_locations": ("service_at_locations", "service_at_location.json"),
    "taxonomies": ("taxonomies", "taxonomy.json"),
    "taxonomy_terms": ("taxonomy_terms", "taxonomy_term.json"),
}
DETAILS = {
    "service": ("services", "service.json"),
    "organization": ("organizations", "organization.json"),
    "service_at_location": ("service_at_locations", "service_at_location.json"),
    "taxonomy_term": ("taxonomy_terms", "taxonomy_term.json"),
}
PARAMETERS = [
    "page",
    "per_page",
    "search",
    "taxonomy_term_id",
    "organization_id",
    "modified_after",
    "postcode",
    "proximity",
    "parent_id",
    "top_only",
    "format",
]
ERROR_CODES = {400: "bad parameter", 404: "not found"}
# An API request costs a quarter of a page's: four times the profile's examples in the same time.
more_examples = settings(max_examples=4 * settings().max_examples)

api_queries = st.one_of(
    query_strings(PARAMETERS),
    # Dates and date-times of any year, with and without a time zone.
    st.one_of(st.dates(), st.datetimes(), st.datetimes(timezones=st.timezones())).map(
        lambda moment: f"modified_after={moment.isoformat()}"
    ),
    st.tuples(st.floats(), st.floats(), st.floats()).map(lambda point: "proximity=" + ",".join(map(repr, point))),
)


def test_every_endpoint_is_fuzzed():
    assert {pattern.name for pattern in urlpatterns if pattern.name} == {*LISTS, *DETAILS}


class ApiAnswersEveryRequest(TestCase):
    """Each example runs in its own transaction (Hypothesis's Django TestCase), on the suite's PostgreSQL."""

    @classmethod
    def setUpTestData(cls):
        network = make_network("alpha", NETWORK_A_HOST)
        import_hsds(network, SPECS / "examples" / "csv")
        service = ServiceFactory(network=network, name="Harbor Counseling")
        location = LocationFactory(network=network, organization=service.organization, latitude=34.05, longitude=-1)
        ServiceAtLocationFactory(service=service, location=location)
        cls.ids = {
            "service": [public_id(published) for published in Service.objects.filter(network=network)],
            "organization": [public_id(service.organization)],
            "service_at_location": [
                public_id(link) for link in ServiceAtLocation.objects.filter(service__network=network)
            ],
            "taxonomy_term": [public_id(category) for category in Category.objects.filter(network=network)[:5]],
        }

    def get(self, address: str):
        response = self.client.get(address, HTTP_HOST=NETWORK_A_HOST)
        assert response.status_code in (200, 400, 404), (address, response.status_code)
        assert response["Content-Type"] == "application/json", address
        body = response.json()
        if response.status_code != 200:
            assert set(body) == {"error", "detail"} and body["error"] == ERROR_CODES[response.status_code], body
            assert isinstance(body["detail"], str) and body["detail"], body
        return response.status_code, body

    @more_examples
    @given(endpoint=st.sampled_from(sorted(LISTS)), query=api_queries)
    # What review found answering 500, tried on every run.
    @example(endpoint="services", query="proximity=inf,0")
    @example(endpoint="services", query="page=" + "9" * 30)
    @example(endpoint="services", query="modified_after=2024-02-30")
    @example(endpoint="services", query="search=%00")
    @example(endpoint="taxonomy_terms", query="parent_id=a%00")
    def test_lists(self, endpoint, query):
        path, schema = LISTS[endpoint]

        status, body = self.get(f"/api/hsds/{path}?{query}")

        if status == 200:
            assert_valid_hsds(body, schema, listed=endpoint != "root")

    @more_examples
    @given(
        endpoint=st.sampled_from(sorted(DETAILS)),
        # A number picks one of the network's own records; anything else is an id no record has.
        segment=st.one_of(st.integers(min_value=0, max_value=50), path_segments),
        query=query_strings(PARAMETERS),
    )
    @example(endpoint="service", segment="%00", query="")
    def test_details(self, endpoint, segment, query):
        path, schema = DETAILS[endpoint]
        if isinstance(segment, int):
            segment = self.ids[endpoint][segment % len(self.ids[endpoint])]

        status, body = self.get(f"/api/hsds/{path}/{segment}?{query}")

        if status == 200:
            assert_valid_hsds(body, schema)

    @more_examples
    @given(path=st.lists(path_segments, min_size=1, max_size=3).map("/".join), query=query_strings(PARAMETERS))
    @example(path="%0A", query="")
    def test_any_other_path(self, path, query):
        self.get(f"/api/hsds/{path}?{query}")
