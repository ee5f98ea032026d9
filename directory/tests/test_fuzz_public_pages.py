"""Any address a reader can type below the services page answers 200, 400 or 404, never a server error."""

from urllib.parse import parse_qsl, quote, urlencode, urlsplit

from hypothesis import example, given
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase

from directory.search.forms import ServiceSearchForm
from directory.shared_lists import MAX_LIST_LENGTH
from directory.tests.factories import LocationFactory, ServiceAtLocationFactory, ServiceFactory
from directory.tests.test_search_pages import directory_links
from portal.tests.factories import make_network
from tests.fixtures import NETWORK_A_HOST

MAX_QUERY_LENGTH = 200  # the search box's maxlength: a longer search is cut to it
# Digits that str.isdigit() or int() accept although a reader never types them in an address bar.
UNICODE_DIGITS = "²³¹¼½٣۴߅१০੧௫๓໒༣၅៦᠗０１𝟘𝟙"
AWKWARD_VALUES = [
    "",
    " ",
    "0",
    "-1",
    "+1",
    "1.5",
    "1e3",
    "1e999",
    "inf",
    "-inf",
    "Infinity",
    "nan",
    "NaN",
    "\x00",
    "harbor\x00",
    str(2**31),
    str(2**63),
    str(10**30),
    "9" * 5000,
    "٣",
    "²",
    "１２",
    "on",
    "true",
    "null",
    "2024-02-30",
    "2024-13-01",
    "0000-01-01",
    "0001-01-01",
    "9999-12-31T23:59:59-23:59",
    "2024-01-01T25:00:00",
    ",",
    "1,,2,1,1",
    "34.05,-118.25,5",
    "inf,0",
    "nan,nan,nan",
    "0,0,-1",
    "91,0",
    "0,0,1e308",
    "harbor " * 40,
]
# Text without lone surrogates, which no URL can carry.
text = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=30)
awkward_values = st.one_of(
    st.sampled_from(AWKWARD_VALUES),
    text,
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.text(alphabet=UNICODE_DIGITS + "0123456789", min_size=1, max_size=25),
    st.floats().map(repr),
    st.binary(max_size=12),  # percent-encoded bytes that are not UTF-8
    st.text(alphabet=st.characters(exclude_categories=("Cs",)), min_size=MAX_QUERY_LENGTH - 5, max_size=400),
)


def query_strings(keys: list[str]) -> st.SearchStrategy[str]:
    """Query strings of the page's own keys and stray ones, repeated or not, with awkward values."""
    key = st.one_of(st.sampled_from(keys), text)
    return st.lists(st.tuples(key, awkward_values), max_size=6).map(urlencode)


path_segments = (
    st.one_of(awkward_values.filter(lambda value: isinstance(value, str)), st.binary(max_size=8))
    .map(lambda segment: quote(segment, safe=""))
    .filter(bool)
)

SEARCH_KEYS = [*ServiceSearchForm.base_fields, "ids", "page"]


class PublicPagesAnswerEveryAddress(TestCase):
    """Each example runs in its own transaction (Hypothesis's Django TestCase), on the suite's PostgreSQL."""

    @classmethod
    def setUpTestData(cls):
        network = make_network("alpha", NETWORK_A_HOST)
        cls.services = [
            ServiceFactory(network=network, name=f"Harbor service {number}", description="Counseling.")
            for number in range(2)
        ]
        location = LocationFactory(network=network, latitude=34.05, longitude=-118.25)
        ServiceAtLocationFactory(service=cls.services[0], location=location)

    def get(self, address: str):
        response = self.client.get(address, HTTP_HOST=NETWORK_A_HOST)
        assert response.status_code in (200, 400, 404), (address, response.status_code)
        return response

    def assert_links_echo_only_the_search(self, page: str) -> None:
        for link in directory_links(page):
            params = parse_qsl(urlsplit(link).query, keep_blank_values=True)
            assert {key for key, _value in params} <= set(SEARCH_KEYS), link
            assert all(len(value) <= MAX_QUERY_LENGTH for key, value in params if key == "q"), link

    @given(query=query_strings(SEARCH_KEYS))
    # What review found answering 500 or ignoring the search, tried on every run.
    @example(query="page=" + "9" * 30)
    @example(query="page=%C2%B2")
    @example(query="q=" + "harbor+" * 40)
    def test_search_page(self, query):
        response = self.get(f"/en/services/?{query}")

        if response.status_code == 200:
            page = response.content.decode()
            assert 'id="results-heading"' in page
            self.assert_links_echo_only_the_search(page)

    @given(query=query_strings(["ids", "ids", "page", "q"]))  # "ids" twice: most keys name the list
    @example(query="ids=%C2%B2,%D9%A3," + "9" * 30)
    @example(query="ids=" + ",".join(map(str, range(1, 200))) + ",1,2,3")
    def test_saved_list(self, query):
        response = self.get(f"/en/services/list/?{query}")

        assert response.status_code == 200
        page = response.content.decode()
        shown = [service for service in self.services if f'id="service-{service.pk}"' in page]
        assert page.count('<article class="service-card"') == len(shown)
        for link in directory_links(page):
            ids = dict(parse_qsl(urlsplit(link).query)).get("ids", "").split(",")
            assert len(ids) == len(set(ids)) <= MAX_LIST_LENGTH, link
        self.assert_links_echo_only_the_search(page)

    @given(segment=path_segments, query=query_strings(["ids", "q"]))
    @example(segment="9" * 30, query="")
    def test_service_page(self, segment, query):
        names = {str(service.pk): service.name for service in self.services}
        first = self.services[0]

        response = self.get(f"/en/services/{segment}/?{query}")
        assert (response.status_code == 200) == (segment in names), segment
        if segment in names:
            page = response.content.decode()
            assert names[segment] in page
            # The way back and the list link carry the reader's list as read: ids only, each once.
            for link in directory_links(page):
                ids = [part for part in dict(parse_qsl(urlsplit(link).query)).get("ids", "").split(",") if part]
                assert all(part.isascii() and part.isdigit() for part in ids), link
                assert len(ids) == len(set(ids)) <= MAX_LIST_LENGTH, link

        response = self.get(f"/en/services/{first.pk}/{segment}/?{query}")
        if response.status_code == 200:
            assert first.name in response.content.decode()
