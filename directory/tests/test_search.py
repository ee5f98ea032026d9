"""The directory search finds the right service in the reader's language, and only the network's own."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection

from directory.models import Category, Service, ServiceSearchDocument
from directory.search import SearchFilters, defer_indexing, is_crisis_query, reindex_network, search_services
from directory.tests.factories import (
    CostOptionFactory,
    LocationFactory,
    PlaceFactory,
    ServiceAtLocationFactory,
    ServiceFactory,
    ServiceLanguageFactory,
    listed_service,
    result_names,
    translations,
)

pytestmark = pytest.mark.django_db


def category(network, code: str) -> Category:
    return Category.objects.get(network=network, code=code)


@pytest.fixture
def counseling(network_a):
    return listed_service(
        network_a,
        categories=[category(network_a, "individual-counseling")],
        **translations("name", {"en": "Harbor Counseling", "es": "Consejería Harbor", "zh-hans": "港口心理咨询"}),
        **translations(
            "description",
            {
                "en": "Talk therapy with a licensed counselor.",
                "es": "Terapia con un consejero licenciado, en español.",
                "zh-hans": "由持证咨询师提供的谈话治疗。",
                "ar": "علاج بالكلام مع مرشد نفسي مرخص.",
            },
        ),
    )


@pytest.fixture
def food_bank(network_a):
    return listed_service(
        network_a,
        categories=[category(network_a, "food")],
        **translations("name", {"en": "Harbor Food Bank", "es": "Banco de Alimentos"}),
        **translations("description", {"en": "Groceries, no questions asked.", "es": "Comida sin preguntas."}),
    )


@pytest.fixture
def crisis_line(network_a):
    return listed_service(
        network_a,
        categories=[category(network_a, "crisis-line")],
        **translations("name", {"en": "Harbor Warmline"}),
        **translations("description", {"en": "Someone to talk to, day and night, about anything."}),
    )


def test_documents_use_the_language_configuration(counseling):
    documents = ServiceSearchDocument.objects.filter(service=counseling)
    assert set(documents.values_list("language", flat=True)) == {"en", "es", "zh-hans", "vi", "ar"}
    spanish = documents.get(language="es")
    assert spanish.name == "Consejería Harbor"
    assert "Consejería individual" in spanish.categories
    # Vietnamese has no text: the network default (English) stands in.
    assert documents.get(language="vi").name == "Harbor Counseling"
    with connection.cursor() as cursor:
        cursor.execute("SELECT vector::text FROM directory_servicesearchdocument WHERE id = %s", [spanish.pk])
        assert "'terapi':" in cursor.fetchone()[0]


@pytest.mark.parametrize(
    ("language", "query"),
    [
        ("es", "consejería"),
        ("es", "terapias"),
        ("es", "consejeros"),
        ("en", "counselling"),
        ("en", "therapies"),
        ("zh-hans", "咨询"),
        ("ar", "مرشد"),
    ],
)
def test_query_in_the_readers_language_finds_the_counseling_service(network_a, counseling, food_bank, language, query):
    assert result_names(search_services(network_a, query, language)) == [counseling.name]


def test_misspelt_query_falls_back_to_trigrams(network_a, counseling, food_bank):
    results = search_services(network_a, "grocerys", "en")
    assert result_names(results) == ["Harbor Food Bank"]  # the English stemmer already forgives this one


@pytest.mark.parametrize(
    ("language", "query"), [("en", "thrapy"), ("en", "councelor"), ("es", "consjería"), ("es", "terapa")]
)
def test_a_typo_is_corrected_to_a_word_the_listings_use(network_a, counseling, food_bank, language, query):
    results = search_services(network_a, query, language)
    assert result_names(results) == [counseling.name]
    assert results.fuzzy


def test_typos_are_corrected_only_to_words_of_the_readers_network(two_networks, counseling):
    network_a, network_b = two_networks
    ServiceFactory(network=network_b, **translations("name", {"en": "Beta Detox Unit"}))
    assert result_names(search_services(network_b, "detx", "en")) == ["Beta Detox Unit"]
    assert result_names(search_services(network_a, "detx", "en")) == []
    assert result_names(search_services(network_b, "thrapy", "en")) == []


def test_words_without_a_near_spelling_find_nothing(network_a, counseling, food_bank):
    results = search_services(network_a, "zzyzx", "en")
    assert (results.total, results.services, results.fuzzy) == (0, [], False)


def test_results_are_paged_and_counted(network_a):
    for number in range(23):
        listed_service(network_a, **translations("name", {"en": f"Shelter {number:02d}"}))
    first = search_services(network_a, "shelter", "en")
    assert (first.total, first.page_count, len(first.services)) == (23, 2, 20)
    second = search_services(network_a, "shelter", "en", page=2)
    assert [str(s.name) for s in second.services] == ["Shelter 20", "Shelter 21", "Shelter 22"]
    beyond = search_services(network_a, "shelter", "en", page=9)
    assert (beyond.page, len(beyond.services)) == (2, 3)


def test_spanish_network_searches_its_own_services_only(two_networks, counseling):
    network_a, network_b = two_networks
    own = ServiceFactory(network=network_b, **translations("name", {"es": "Consejería Beta", "en": "Beta Counseling"}))
    assert [s.pk for s in search_services(network_b, "consejería", "es").services] == [own.pk]
    assert own.pk not in [s.pk for s in search_services(network_a, "consejería", "es").services]
    assert [s.pk for s in search_services(network_b, "", "es").services] == [own.pk]


def test_drafts_and_withdrawn_services_are_never_found(network_a, counseling):
    ServiceFactory(network=network_a, live=False, name="Draft Counseling")
    ServiceFactory(network=network_a, status=Service.Status.INACTIVE, name="Closed Counseling")
    assert result_names(search_services(network_a, "counseling", "en")) == ["Harbor Counseling"]
    counseling.live = False
    counseling.save()
    assert not ServiceSearchDocument.objects.filter(service=counseling).exists()
    assert result_names(search_services(network_a, "counseling", "en")) == []


def test_category_filter_includes_sub_categories_and_facets_count_them(network_a, counseling, food_bank):
    group = listed_service(network_a, name="Group Night", categories=[category(network_a, "group-counseling")])
    results = search_services(network_a, "", "en", SearchFilters(category="counseling"))
    assert set(result_names(results)) == {counseling.name, group.name}
    everything = search_services(network_a, "", "en")
    assert everything.facets.categories["counseling"] == 2
    assert everything.facets.categories["individual-counseling"] == 1
    assert everything.facets.categories["food"] == 1
    assert "housing" not in everything.facets.categories


def test_language_cost_age_and_flag_filters(network_a, counseling, food_bank):
    ServiceLanguageFactory(service=counseling, code="es")
    CostOptionFactory(service=food_bank, option="free")
    CostOptionFactory(service=counseling, option="sliding scale")
    counseling.minimum_age, counseling.walk_in = 18, True
    counseling.save()
    assert result_names(search_services(network_a, "", "en", SearchFilters(languages=["es"]))) == [counseling.name]
    assert result_names(search_services(network_a, "", "en", SearchFilters(costs=["free"]))) == [food_bank.name]
    assert result_names(search_services(network_a, "", "en", SearchFilters(age=15))) == [food_bank.name]
    assert result_names(search_services(network_a, "", "en", SearchFilters(walk_in=True))) == [counseling.name]
    facets = search_services(network_a, "", "en").facets
    assert facets.languages == {"es": 1}
    assert facets.costs == {"free": 1, "sliding scale": 1}
    assert facets.flags["walk_in"] == 1


def test_wheelchair_and_distance_from_a_place(network_a, counseling, food_bank):
    near = LocationFactory(network=network_a, latitude=34.05, longitude=-118.25, wheelchair_accessible=True)
    far = LocationFactory(network=network_a, latitude=34.50, longitude=-118.25)
    ServiceAtLocationFactory(service=counseling, location=far)
    ServiceAtLocationFactory(service=food_bank, location=near)
    place = PlaceFactory(network=network_a, latitude=34.06, longitude=-118.25)
    results = search_services(network_a, "harbor", "en", SearchFilters(place=place))
    assert result_names(results) == [food_bank.name, counseling.name]
    assert results.services[0].distance_km == pytest.approx(1.1, abs=0.1)
    assert results.services[1].distance_km == pytest.approx(48.9, abs=0.5)
    within = search_services(network_a, "", "en", SearchFilters(latitude=34.06, longitude=-118.25, within_km=10))
    assert result_names(within) == [food_bank.name]
    assert result_names(search_services(network_a, "", "en", SearchFilters(wheelchair=True))) == [food_bank.name]


def test_confidential_locations_count_at_their_areas_centre_only(network_a, counseling):
    shelter = LocationFactory(network=network_a, latitude=34.05, longitude=-118.25, is_confidential=True)
    ServiceAtLocationFactory(service=counseling, location=shelter)
    results = search_services(network_a, "", "en", SearchFilters(latitude=34.05, longitude=-118.25))
    # Not 0 km from its true point: the distance to the centre of its area (see test_search_distance.py).
    assert results.services[0].distance_km == pytest.approx(1.8, abs=0.1)


@pytest.mark.parametrize("query", ["crisis", "suicide", "sobredosis", "自杀", "tự tử", "انتحار"])
def test_crisis_query_lists_crisis_services_first(network_a, counseling, crisis_line, query):
    assert is_crisis_query(query)
    assert result_names(search_services(network_a, query, "en"))[0] == crisis_line.name


def test_matching_crisis_service_comes_before_better_matches(network_a, counseling, crisis_line):
    results = search_services(network_a, "talk", "en")
    assert result_names(results) == [crisis_line.name, counseling.name]
    assert not is_crisis_query("talk therapy")


def test_reindex_network_rebuilds_every_document(network_a, counseling, food_bank):
    ServiceSearchDocument.objects.all().delete()
    assert reindex_network(network_a) == 2
    assert ServiceSearchDocument.objects.for_network(network_a).count() == 10
    assert [s.pk for s in search_services(network_a, "alimentos", "es").services] == [food_bank.pk]


def test_reindex_command_rebuilds_one_network_or_all(two_networks, counseling):

    network_a, network_b = two_networks
    ServiceSearchDocument.objects.all().delete()
    out = StringIO()
    call_command("reindex_search", "--network", network_a.slug, stdout=out)
    assert f"{network_a.slug}: 1 services indexed" in out.getvalue()
    assert result_names(search_services(network_a, "counseling", "en")) == ["Harbor Counseling"]
    out = StringIO()
    call_command("reindex_search", stdout=out)
    assert network_b.slug in out.getvalue()


def test_renaming_a_category_reindexes_its_services(network_a, counseling):
    individual = category(network_a, "individual-counseling")
    individual.name_en = "Psychotherapy"
    individual.save()
    assert result_names(search_services(network_a, "psychotherapy", "en")) == [counseling.name]


def test_bulk_jobs_index_once_at_the_end(network_a):

    with defer_indexing(network_a):
        imported = ServiceFactory(network=network_a, name="Imported Detox Unit")
        assert not ServiceSearchDocument.objects.filter(service=imported).exists()
    assert result_names(search_services(network_a, "detox", "en")) == ["Imported Detox Unit"]
