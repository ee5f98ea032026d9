"""The demo directory: both demo networks seeded twice, as `seed_demo` does on every run."""

from datetime import time, timedelta

import pytest
from django.db import transaction
from django.utils import timezone

from directory.categories import RECOVERY_CATEGORIES
from directory.demo.records import LANGUAGES
from directory.demo.seeding import demo_directories, seed_demo_directory
from directory.models import (
    CostOption,
    Location,
    OpeningHours,
    Place,
    ScheduleException,
    Service,
    ServiceAtLocation,
    ServiceLanguage,
    ServicePhone,
)
from portal.demo.networks import HARBOR, RIVERSIDE
from portal.models import Organization
from portal.provisioning import provision_network

SLUGS = ("harbor", "riverside")
CATEGORY_CODES = {code for code, *_ in RECOVERY_CATEGORIES}
CRISIS_CODES = {code for code, _parent, is_crisis, _names in RECOVERY_CATEGORIES if is_crisis}


def column(field: str, language: str) -> str:
    return f"{field}_{language.replace('-', '_')}"


def directory_counts(network) -> dict[str, int]:
    services = Service.objects.filter(network=network)
    return {
        "organizations": Organization.objects.filter(network=network).count(),
        "locations": Location.objects.filter(network=network).count(),
        "places": Place.objects.filter(network=network).count(),
        "services": services.count(),
        "categories": Service.categories.through.objects.filter(service__in=services).count(),
        "phones": ServicePhone.objects.filter(service__in=services).count(),
        "hours": OpeningHours.objects.filter(service__in=services).count(),
        "closures": ScheduleException.objects.filter(service__in=services).count(),
        "costs": CostOption.objects.filter(service__in=services).count(),
        "languages": ServiceLanguage.objects.filter(service__in=services).count(),
        "service_at_locations": ServiceAtLocation.objects.filter(service__in=services).count(),
    }


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    """Both demo networks, seeded twice, with the counts after each run; rolled back after the module."""
    with django_db_blocker.unblock(), transaction.atomic():
        networks = {spec.slug: provision_network(spec) for spec in (HARBOR, RIVERSIDE)}
        first = {slug: (seed_demo_directory(network), directory_counts(network)) for slug, network in networks.items()}
        second = {slug: (seed_demo_directory(network), directory_counts(network)) for slug, network in networks.items()}
        yield networks, first, second
        transaction.set_rollback(True)


@pytest.fixture
def networks(seeded, db):
    return seeded[0]


def test_seeding_again_changes_no_counts(seeded, db):
    _networks, first, second = seeded
    for slug in SLUGS:
        assert first[slug] == second[slug], slug
        assert second[slug][1]["services"] == len(demo_directories()[slug].services)
        assert second[slug][1]["phones"] > second[slug][1]["services"] / 2


@pytest.mark.parametrize("slug", SLUGS)
def test_each_network_lists_over_40_services_from_over_10_organizations(networks, slug):
    network = networks[slug]
    listed = Service.objects.for_network(network).listed()
    assert listed.count() >= 40
    assert listed.values("organization").distinct().count() >= 10
    assert Place.objects.for_network(network).count() in range(8, 13)
    statuses = set(Service.objects.for_network(network).values_list("status", flat=True))
    assert Service.Status.INACTIVE in statuses
    assert not listed.filter(status=Service.Status.INACTIVE).exists()
    stale = listed.filter(last_verified_at__lt=timezone.now() - timedelta(days=183))
    assert 1 <= stale.count() <= 5


@pytest.mark.parametrize("slug", SLUGS)
def test_every_category_is_used_and_crisis_help_has_at_least_three_services(networks, slug):
    listed = Service.objects.for_network(networks[slug]).listed()
    assert set(listed.values_list("categories__code", flat=True)) == CATEGORY_CODES
    for code in CRISIS_CODES:
        assert listed.filter(categories__code=code).count() >= 3, code


@pytest.mark.parametrize("slug", SLUGS)
def test_texts_are_in_all_five_languages_except_the_chosen_vietnamese_gaps(networks, slug):
    network = networks[slug]
    services = list(Service.objects.for_network(network))
    for service in services:
        for field in ("name", "application_process", "eligibility_description", "fees_description"):
            for language in LANGUAGES:
                assert getattr(service, column(field, language)), (service.hsds_id, field, language)
        for language in ("en", "es", "zh-hans", "ar"):
            assert getattr(service, column("description", language)), (service.hsds_id, language)
        # The untranslated column holds the network default language's text.
        assert service.__dict__["name"] == getattr(service, column("name", network.default_language))

    intended = {record.key for record in demo_directories()[slug].services if record.description["vi"] is None}
    missing = {service.hsds_id for service in services if not service.description_vi}
    assert missing == intended
    assert 3 <= len(missing) <= 6

    for organization in Organization.objects.for_network(network):
        for language in LANGUAGES:
            assert getattr(organization, column("name", language))
            assert getattr(organization, column("description", language))


def test_spanish_texts_use_the_word_forms_a_searcher_types(networks):
    spanish = " ".join(
        f"{service.name_es} {service.description_es}"
        for service in Service.objects.filter(network__in=networks.values())
    ).lower()
    for word in ("consejería", "consejeros", "terapia", "terapias", "apoyo", "vivienda", "albergue", "recuperación"):
        assert word in spanish, word


@pytest.mark.parametrize("slug", SLUGS)
def test_confidential_locations_show_no_address_only_a_translated_contact_route(networks, slug):
    confidential = Location.objects.for_network(networks[slug]).filter(is_confidential=True)
    assert confidential.count() >= 2
    for location in confidential:
        assert location.public_address == ""
        assert location.address_1 == ""
        for language in LANGUAGES:
            assert getattr(location, column("confidential_contact", language))
        assert location.service_at_locations.exists()
    online = Service.objects.for_network(networks[slug]).filter(
        online=True, service_at_locations__location__location_type=Location.Kind.VIRTUAL
    )
    assert online.exists()


@pytest.mark.parametrize("slug", SLUGS)
def test_hours_include_a_round_the_clock_line_a_split_day_and_holiday_closures(networks, slug):
    services = Service.objects.for_network(networks[slug]).listed()
    always_open = [
        service
        for service in services.filter(categories__code="crisis-line")
        if {(h.weekday, h.opens_at, h.closes_at) for h in service.opening_hours.all()}
        == {(day, time(0, 0), time(23, 59)) for day in range(7)}
    ]
    assert always_open
    split_days = [
        service
        for service in services
        if len({h.weekday for h in service.opening_hours.all()}) < service.opening_hours.count()
    ]
    assert split_days
    assert ScheduleException.objects.filter(service__in=services, closed=True).exists()
    assert services.filter(capacity_available__isnull=False, capacity_updated_at__isnull=False).exists()


def test_nothing_of_one_network_hangs_off_the_other(networks):
    for network in networks.values():
        assert not Service.objects.filter(network=network).exclude(organization__network=network).exists()
        assert not Location.objects.filter(network=network).exclude(organization__network=network).exists()
        assert (
            not ServiceAtLocation.objects.filter(service__network=network).exclude(location__network=network).exists()
        )
        tags = Service.categories.through.objects.filter(service__network=network)
        assert not tags.exclude(category__network=network).exists()
        assert all(
            hsds_id.startswith(f"{network.slug}-")
            for hsds_id in Organization.objects.filter(network=network).values_list("hsds_id", flat=True)
        )
