"""The demo directory: both demo networks seeded twice from their HSDS packages, as `seed_demo` does on every run."""

import re
from datetime import time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.db import transaction
from django.test import Client
from django.utils import timezone
from django.utils.html import escape

from directory.categories import RECOVERY_CATEGORIES
from directory.demo.seeding import seed_demo_directory
from directory.models import (
    CostOption,
    Location,
    OpeningHours,
    Place,
    ScheduleException,
    Service,
    ServiceAtLocation,
    ServiceCapacity,
    ServiceLanguage,
    ServicePhone,
    ServiceSearchDocument,
)
from directory.search import search_services
from portal.demo.networks import HARBOR, RIVERSIDE
from portal.languages import SUPPORTED_LANGUAGE_CODES as LANGUAGES
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
        counts, rows = second[slug]
        assert {name: rows[name] for name in counts} == counts
        assert rows["phones"] > rows["services"] / 2


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

    missing = [service for service in services if not service.description_vi]
    assert 3 <= len(missing) <= 6

    for organization in Organization.objects.for_network(network):
        for language in LANGUAGES:
            assert getattr(organization, column("name", language))
            assert getattr(organization, column("description", language))


@pytest.mark.parametrize("slug", SLUGS)
def test_every_listed_service_is_searchable_in_each_language_of_its_network(networks, slug):
    network = networks[slug]
    listed = Service.objects.for_network(network).listed()
    documents = ServiceSearchDocument.objects.filter(network=network)
    assert set(documents.values_list("service_id", flat=True)) == set(listed.values_list("pk", flat=True))
    assert documents.count() == listed.count() * len(network.languages)


@pytest.mark.parametrize("slug", SLUGS)
def test_a_vietnamese_reader_sees_a_missing_description_in_the_network_language_marked_as_such(networks, slug):
    network = networks[slug]
    listed = Service.objects.for_network(network).listed()
    untranslated = listed.filter(description_vi__isnull=True).first() or listed.filter(description_vi="").first()
    translated = listed.exclude(description_vi__isnull=True).exclude(description_vi="").first()
    client = Client(HTTP_HOST=network.site.hostname)

    gap = client.get(f"/vi/services/{untranslated.pk}/").content.decode()
    whole = client.get(f"/vi/services/{translated.pk}/").content.decode()

    default = network.default_language
    assert f'<p lang="{default}">{escape(getattr(untranslated, column("description", default)))}' in gap
    assert f'lang="vi">{escape(untranslated.name_vi)}</h1>' in gap
    assert f'<p lang="vi">{escape(translated.description_vi)}' in whole


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
    assert ServiceCapacity.objects.filter(service__in=services).exists()


def test_nothing_of_one_network_hangs_off_the_other(networks):
    for network in networks.values():
        assert not Service.objects.filter(network=network).exclude(organization__network=network).exists()
        assert not Location.objects.filter(network=network).exclude(organization__network=network).exists()
        assert (
            not ServiceAtLocation.objects.filter(service__network=network).exclude(location__network=network).exists()
        )
        tags = Service.categories.through.objects.filter(service__network=network)
        assert not tags.exclude(category__network=network).exists()
    harbor, riverside = (
        set(Organization.objects.filter(network=networks[slug]).values_list("hsds_id", flat=True)) for slug in SLUGS
    )
    assert harbor and riverside and not harbor & riverside


@pytest.mark.parametrize("slug", SLUGS)
def test_closures_lie_ahead_and_verification_dates_are_recent_whenever_the_demo_is_seeded(networks, slug):
    network = networks[slug]
    today = timezone.localdate(timezone.now(), ZoneInfo(network.time_zone))
    closures = ScheduleException.objects.filter(service__network=network)
    assert closures.exists()
    assert all(today <= date < today + timedelta(days=366) for date in closures.values_list("date", flat=True))
    for closure in closures:
        for language in LANGUAGES:
            assert getattr(closure, column("note", language)), (closure.pk, language)
    recent = Service.objects.for_network(network).filter(last_verified_at__gte=timezone.now() - timedelta(days=8))
    assert recent.count() >= 5


def test_a_service_edited_in_the_admin_gets_the_demo_text_back_when_seeding_again(networks):
    network = networks["harbor"]
    service = Service.objects.for_network(network).filter(walk_in=True).first()
    name = service.name_en
    service.name_en, service.walk_in = "Renamed by an editor", False
    service.save_revision()
    service.save()

    seed_demo_directory(network)

    service.refresh_from_db()
    assert (service.name_en, service.walk_in) == (name, True)
    assert service.get_latest_revision_as_object().name_en == name


@pytest.mark.parametrize("slug", SLUGS)
def test_service_pages_in_other_languages_show_no_english_phone_notes(networks, slug):
    network = networks[slug]
    client = Client(HTTP_HOST=network.site.hostname)
    crisis_lines = Service.objects.for_network(network).listed().filter(categories__code="crisis-line").distinct()
    assert crisis_lines.exists()
    for service in crisis_lines:
        for language in network.languages:
            if language == "en":
                continue
            page = client.get(f"/{language}/services/{service.pk}/").content.decode()
            assert service.phones.exists()
            for english in ("Call or text", "reaches the same team"):
                assert english not in page, (service.name, language, english)


@pytest.mark.parametrize("slug", SLUGS)
@pytest.mark.parametrize(
    ("language", "query"),
    [
        ("es", "quiero morir"),
        ("es", "me quiero matar"),
        ("en", "i want to die"),
        ("vi", "muốn chết"),
        ("vi", "muon chet"),
        ("zh-hans", "想死"),
        ("ar", "أريد أن أموت"),
    ],
)
def test_a_crisis_search_of_the_demo_opens_with_the_crisis_line_and_a_crisis_service(networks, slug, language, query):
    network = networks[slug]
    if language not in network.languages:
        pytest.skip(f"{slug} does not offer {language}")

    page = Client(HTTP_HOST=network.site.hostname).get(f"/{language}/services/", {"q": query}).content.decode()

    results = page[page.index('id="results-heading"') :]
    assert 'class="directory-crisis"' in results and f'href="{network.crisis_line_tel}"' in results
    cards = re.findall(r'<article class="service-card([^"]*)"', results)
    assert cards and cards[0] == " service-card--crisis", cards[:3]
    assert "service-card--crisis" not in results[: results.index('class="directory-crisis"')]


# The peer-run residential program in each language: its name, and how a reader asks for "peer respite".
STEP_UP_STEP_DOWN = {
    "en": ("Step-Up Step-Down", "peer respite"),
    "es": ("Step-Up Step-Down", "respiro entre pares"),
    "zh-hans": ("Step-Up Step-Down", "同伴喘息"),
    "vi": ("Step-Up Step-Down", "tạm nghỉ đồng đẳng"),
    "ar": ("Step-Up Step-Down", "استراحة الأقران"),
}


@pytest.mark.parametrize("slug", SLUGS)
@pytest.mark.parametrize("language", list(STEP_UP_STEP_DOWN))
def test_the_peer_run_residential_program_is_found_by_name_and_as_peer_respite(networks, slug, language):
    network = networks[slug]
    [program] = Service.objects.for_network(network).listed().filter(name_en__icontains="Step-Up Step-Down")
    for query in STEP_UP_STEP_DOWN[language]:
        found = search_services(network, query, language).services
        assert program in found[:3], (language, query, [service.name for service in found[:5]])
    [beds] = program.capacities.all()
    assert beds.unit == ServiceCapacity.Unit.BEDS and beds.maximum and beds.available <= beds.maximum
    page = Client(HTTP_HOST=network.site.hostname).get(f"/{language}/services/{program.pk}/").content.decode()
    assert f"{beds.available}" in page and "90" in page
