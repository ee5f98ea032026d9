"""The judged relevance set (`directory/relevance/`) on the seeded demo networks: at least 0.9 success@3 in
every language, and the search box's own example finds a service."""

import pytest
from django.core.management import call_command
from django.db import transaction

from directory.demo.seeding import seed_demo_directory
from directory.search import search_services
from directory.search.relevance import judged_queries, measure
from portal.demo.networks import HARBOR, RIVERSIDE
from portal.languages import SUPPORTED_LANGUAGE_CODES
from portal.provisioning import provision_network

pytestmark = pytest.mark.django_db

FLOOR = 0.9


@pytest.fixture(scope="module")
def demo_networks(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        networks = {spec.slug: provision_network(spec) for spec in (HARBOR, RIVERSIDE)}
        for network in networks.values():
            seed_demo_directory(network)
        yield networks
        transaction.set_rollback(True)


@pytest.fixture(scope="module")
def scores(demo_networks, django_db_blocker):
    with django_db_blocker.unblock():
        return measure(demo_networks)


def test_the_judged_set_covers_every_language(scores):
    assert set(scores) == set(SUPPORTED_LANGUAGE_CODES)
    assert all(score.queries >= 20 for score in scores.values())


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGE_CODES)
def test_success_at_3_reaches_the_floor_in_every_language(scores, language):
    score = scores[language]
    misses = [(miss.network, miss.query, miss.rank) for miss in score.misses]
    assert score.success_at_3 >= FLOOR, (language, round(score.success_at_3, 3), misses)


@pytest.mark.parametrize("slug", ["harbor", "riverside"])
def test_the_search_boxs_example_detox_finds_services(demo_networks, slug):
    results = search_services(demo_networks[slug], "detox", "en")
    assert results.total >= 1
    assert any("Buprenorphine" in str(service.name) for service in results.services[:3])


def test_the_command_prints_success_and_mrr_per_language(demo_networks, capsys):
    call_command("search_relevance", "--misses")
    output = capsys.readouterr().out
    for language in SUPPORTED_LANGUAGE_CODES:
        assert f"{language:8} " in output
    assert "success@3" in output and "MRR" in output
    assert len(judged_queries()) >= 100
