"""A network's moderators add crisis terms for their own network, after seeing which searches a term would catch."""

import pytest
from django.urls import reverse
from hypothesis import example, given
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase

from directory.models import NetworkCrisisTerm, SearchTerm
from directory.search.crisis.network import crisis_terms_of
from directory.tests.factories import ServiceFactory
from portal.tests.factories import OrganizationFactory, make_network, make_staff
from tests.admin_clients import mfa_client
from tests.fixtures import NETWORK_A_HOST
from tests.permission_matrix import VIEWER_KINDS, add_expectation, check_admin_matrix, check_write_matrix, expectation

pytestmark = pytest.mark.django_db

URL_NAME = "wagtailsnippets_directory_networkcrisisterm"
MODEL = "networkcrisisterm"


def html(response) -> str:
    assert response.status_code == 200, response.status_code
    return response.content.decode()


@pytest.fixture
def term_rows(two_networks):
    return {
        network.slug: {
            "organization": OrganizationFactory(network=network),
            "other_organization": OrganizationFactory(network=network),
            MODEL: NetworkCrisisTerm.objects.create(network=network, language="en", term=f"{network.slug} trouble"),
        }
        for network in two_networks
    }


def test_only_the_hosts_moderators_open_crisis_terms(two_networks, term_rows):
    checked = check_admin_matrix(
        two_networks, term_rows, {MODEL: URL_NAME}, ("edit", "delete", "history"), expectation({})
    )
    assert checked == 2 * len(VIEWER_KINDS) * 2 * 3


def test_only_the_hosts_moderators_add_or_change_crisis_terms(two_networks, term_rows):
    forms = {MODEL: lambda rows: {"language": "en", "term": "written by the matrix"}}
    checked = check_write_matrix(
        two_networks, term_rows, {MODEL: URL_NAME}, forms, add_expectation({}), expectation({})
    )
    assert checked == 2 * len(VIEWER_KINDS) * 2 * 2 + 2 * len(VIEWER_KINDS) * 2 * 2


def test_a_term_makes_searches_crisis_searches_on_its_own_network_only(client_for, two_networks):
    network_a, network_b = two_networks
    search = {"q": "i feel wobbly inside"}
    assert 'class="directory-crisis"' not in html(client_for(network_a).get("/en/services/", search))

    NetworkCrisisTerm.objects.create(network=network_a, language="en", term="feel wobbly")

    assert 'class="directory-crisis"' in html(client_for(network_a).get("/en/services/", search))
    assert 'class="directory-crisis"' not in html(client_for(network_b).get("/en/services/", search))
    NetworkCrisisTerm.objects.filter(network=network_a).delete()
    assert 'class="directory-crisis"' not in html(client_for(network_a).get("/en/services/", search))


def test_a_warm_search_reads_the_terms_without_a_query(network_a, django_assert_num_queries):
    NetworkCrisisTerm.objects.create(network=network_a, language="es", term="me siento fatal")
    assert crisis_terms_of(network_a) == ("me siento fatal",)

    with django_assert_num_queries(0):
        assert crisis_terms_of(network_a) == ("me siento fatal",)


def test_the_moderator_sees_what_a_term_would_catch_before_it_is_saved(network_a):
    SearchTerm.objects.create(network=network_a, language="en", word="diet")
    SearchTerm.objects.create(network=network_a, language="en", word="dietitian")
    ServiceFactory(network=network_a, name="Harbor Diet and Nutrition Clinic")
    moderator = make_staff(network_a, "moderator")
    client = mfa_client(moderator, network_a)
    add = reverse(f"{URL_NAME}:add")

    page = html(client.post(add, {"language": "en", "term": "die*"}))

    assert "would also turn these searches into crisis searches" in page
    assert "“diet”" in page and "“dietitian”" in page and "“Harbor Diet and Nutrition Clinic”" in page
    assert "Save anyway" in page
    assert not NetworkCrisisTerm.objects.exists()

    response = client.post(add, {"language": "en", "term": "die*", "save_anyway": "on"})

    assert response.status_code == 302
    saved = NetworkCrisisTerm.objects.get()
    assert (saved.network, saved.term, saved.added_by) == (network_a, "die*", moderator)


def test_a_term_that_catches_nothing_saves_at_once_and_an_unreadable_one_is_refused(network_a):
    client = mfa_client(make_staff(network_a, "moderator"), network_a)
    add = reverse(f"{URL_NAME}:add")

    assert client.post(add, {"language": "es", "term": "me siento fatal"}).status_code == 302
    page = html(client.post(add, {"language": "es", "term": "(ojo .."}))

    assert "This term cannot be read" in page
    assert list(NetworkCrisisTerm.objects.values_list("term", flat=True)) == ["me siento fatal"]


class CrisisTermFormAnswersEveryTerm(TestCase):
    """Whatever a moderator types, the form answers (saved, or shown again with a reason), never an error page."""

    @classmethod
    def setUpTestData(cls):
        cls.network = make_network("alpha", NETWORK_A_HOST)
        SearchTerm.objects.create(network=cls.network, language="en", word="diet")
        cls.moderator = make_staff(cls.network, "moderator")

    @given(term=st.text(max_size=120), language=st.sampled_from(["en", "es", "zh-hans", "vi", "ar", "xx", ""]))
    @example(term="\x00", language="en")
    @example(term="[[(|)]] .. $ ^ *", language="ar")
    @example(term="die*", language="en")
    @example(term="x" * 500, language="en")
    def test_add_form(self, term, language):
        client = mfa_client(self.moderator, self.network)
        before = NetworkCrisisTerm.objects.count()

        response = client.post(reverse(f"{URL_NAME}:add"), {"language": language, "term": term})

        assert response.status_code in (200, 302), response.status_code
        if response.status_code == 302:
            saved = NetworkCrisisTerm.objects.latest("pk")
            assert NetworkCrisisTerm.objects.count() == before + 1
            assert saved.network == self.network and saved.language == language
            assert saved.term == " ".join(term.split())
        else:
            assert NetworkCrisisTerm.objects.count() == before
