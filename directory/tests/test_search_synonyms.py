"""Synonym sets a network's moderators keep: a search for one word of a set finds services using another."""

import pytest
from django.urls import reverse

from directory.models import Category, SearchSynonymSet
from directory.search import search_services
from directory.search.synonyms import synonym_sets
from directory.tests.factories import OrganizationFactory, ServiceFactory, result_names, translations
from portal.tests.factories import make_staff
from tests.admin_clients import mfa_client
from tests.permission_matrix import (
    VIEWER_KINDS,
    add_expectation,
    check_admin_matrix,
    check_write_matrix,
    expectation,
)
from tests.query_counts import count_queries

pytestmark = pytest.mark.django_db

URL_NAMES = {"synonyms": "wagtailsnippets_directory_searchsynonymset"}


@pytest.fixture
def withdrawal_unit(network_a):
    service = ServiceFactory(
        network=network_a,
        **translations(
            "name", {"en": "Harbor Withdrawal Management", "es": "Manejo de la abstinencia Harbor", "vi": "Cai nghiện"}
        ),
        **translations("description", {"en": "Medically supervised withdrawal from alcohol or opioids."}),
    )
    service.categories.set([Category.objects.get(network=network_a, code="individual-counseling")])
    service.save()
    return service


def test_a_synonym_finds_the_service_that_uses_another_word(network_a, withdrawal_unit):
    assert search_services(network_a, "detox", "en").total == 0
    SearchSynonymSet.objects.create(network=network_a, language="en", terms="detox\nwithdrawal management")
    results = search_services(network_a, "detox", "en")
    assert result_names(results) == ["Harbor Withdrawal Management"]
    assert not results.fuzzy
    # Within a longer search, and typed in another case.
    assert result_names(search_services(network_a, "DETOX for alcohol", "en")) == ["Harbor Withdrawal Management"]


def test_synonyms_are_per_language_and_accents_do_not_matter(network_a, withdrawal_unit):
    SearchSynonymSet.objects.create(network=network_a, language="es", terms="desintoxicación, manejo de la abstinencia")
    assert [s.pk for s in search_services(network_a, "desintoxicacion", "es").services] == [withdrawal_unit.pk]
    # A Vietnamese reader finds it only through the Spanish documents, saying so.
    assert search_services(network_a, "desintoxicacion", "vi").matched_language == "es"


def test_synonyms_of_another_network_do_not_apply(two_networks, withdrawal_unit):
    network_a, network_b = two_networks
    SearchSynonymSet.objects.create(network=network_b, language="en", terms="detox\nwithdrawal management")
    assert search_services(network_a, "detox", "en").total == 0


def test_a_warm_search_reads_no_synonyms_and_a_saved_set_applies_at_once(network_a, withdrawal_unit):
    search_services(network_a, "detox", "en")
    assert count_queries(lambda: synonym_sets(network_a.pk)) == 0
    synonyms = SearchSynonymSet.objects.create(network=network_a, language="en", terms="detox\nwithdrawal management")
    assert search_services(network_a, "detox", "en").total == 1
    synonyms.terms = "detox\nsobering centre"
    synonyms.save()
    assert search_services(network_a, "detox", "en").total == 0
    synonyms.terms = "detox\nwithdrawal management"
    synonyms.save()
    synonyms.delete()
    assert search_services(network_a, "detox", "en").total == 0


@pytest.fixture
def synonym_rows(two_networks):
    rows = {}
    for network in two_networks:
        rows[network.slug] = {
            "organization": OrganizationFactory(network=network),
            "other_organization": OrganizationFactory(network=network),
            "synonyms": SearchSynonymSet.objects.create(network=network, language="en", terms="rehab\nresidential"),
        }
    return rows


def test_synonym_admin_matrix(two_networks, synonym_rows):
    """Only moderators of the host's network open a network's synonyms; other networks' are not found."""
    views = ("edit", "history", "delete")
    checked = check_admin_matrix(two_networks, synonym_rows, URL_NAMES, views, expectation({}))
    assert checked == 2 * len(VIEWER_KINDS) * 2 * len(views)


def test_synonym_admin_write_matrix(two_networks, synonym_rows):
    forms = {"synonyms": lambda rows: {"language": "en", "terms": "shrink\ntherapist"}}
    checked = check_write_matrix(two_networks, synonym_rows, URL_NAMES, forms, add_expectation({}), expectation({}))
    assert checked == 2 * len(VIEWER_KINDS) * 2 * 2 + 2 * len(VIEWER_KINDS) * 2 * 2


def test_moderator_adds_a_set_and_the_search_uses_it(network_a, withdrawal_unit):
    client = mfa_client(make_staff(network_a, "moderator"), network_a)
    response = client.post(
        reverse("wagtailsnippets_directory_searchsynonymset:add"),
        {"language": "en", "terms": " detox , Detox\n\nwithdrawal   management "},
    )
    assert response.status_code == 302
    saved = SearchSynonymSet.objects.get(network=network_a)
    assert saved.terms == "detox\nwithdrawal management"
    assert result_names(search_services(network_a, "detox", "en")) == ["Harbor Withdrawal Management"]


def test_a_set_of_one_word_is_refused(network_a):
    client = mfa_client(make_staff(network_a, "moderator"), network_a)
    response = client.post(
        reverse("wagtailsnippets_directory_searchsynonymset:add"), {"language": "en", "terms": "detox\nDETOX"}
    )
    assert "Give at least two words or phrases that mean the same." in response.text
    assert not SearchSynonymSet.objects.exists()
