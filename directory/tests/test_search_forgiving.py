"""Search that forgives: accents left out, words of another enabled language, synonyms a network keeps."""

import pytest
from django.db import connection

from directory.models import Category, Service
from directory.search import search_services, text_search_config, with_display_data
from directory.tests.factories import listed_service, result_names, translations
from tests.query_counts import count_queries

pytestmark = pytest.mark.django_db


@pytest.fixture
def counseling(network_a):
    return listed_service(
        network_a,
        categories=[Category.objects.get(network=network_a, code="individual-counseling")],
        **translations(
            "name", {"en": "Harbor Counseling", "es": "Consejería Harbor", "vi": "Tư vấn Harbor", "ar": "إرشاد هاربور"}
        ),
        **translations(
            "description",
            {
                "en": "Talk therapy with a licensed counselor.",
                "es": "Terapia con un consejero licenciado, en español.",
                "vi": "Trị liệu trò chuyện với chuyên viên tư vấn có giấy phép.",
            },
        ),
    )


@pytest.fixture
def food_bank(network_a):
    return listed_service(
        network_a,
        categories=[Category.objects.get(network=network_a, code="food")],
        **translations("name", {"en": "Harbor Food Bank", "es": "Banco de Alimentos", "vi": "Ngân hàng thực phẩm"}),
        **translations("description", {"en": "Groceries, no questions asked.", "es": "Comida sin preguntas."}),
    )


@pytest.mark.parametrize(
    ("language", "query"),
    [("es", "consejeria"), ("es", "CONSEJERIA harbor"), ("vi", "tu van"), ("vi", "Tu Van"), ("vi", "tư vấn")],
)
def test_words_typed_without_accents_find_the_accented_service(network_a, counseling, food_bank, language, query):
    results = search_services(network_a, query, language)
    assert result_names(results) == [str(counseling.name)]
    assert not results.fuzzy


def test_accented_and_unaccented_queries_rank_alike(network_a, counseling, food_bank):
    def rank(query):
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT ts_rank_cd(vector, websearch_to_tsquery(%s::regconfig, %s))"
                " FROM directory_servicesearchdocument WHERE service_id = %s AND language = 'es'",
                [text_search_config("es"), query, counseling.pk],
            )
            return cursor.fetchone()[0]

    assert rank("consejería") > 0
    assert rank("consejería") == rank("consejeria")


def test_spanish_page_for_consejeria_lists_the_counselling_service(client_for, network_a, counseling, food_bank):
    response = client_for(network_a).get("/es/services/", {"q": "consejeria"})
    page = response.content.decode()
    assert "Consejería Harbor" in page
    assert "Banco de Alimentos" not in page
    assert "palabras parecidas" not in page  # no "similar words" notice: it is the same word


@pytest.fixture
def shelters(network_a):
    shelter_category = Category.objects.get(network=network_a, code="emergency-shelter")
    return [
        listed_service(
            network_a,
            categories=[shelter_category],
            **translations("name", {"en": f"{place} Emergency Shelter", "es": f"Albergue de emergencia {place}"}),
            **translations("description", {"en": "Beds for tonight.", "es": "Camas para esta noche."}),
        )
        for place in ("Lighthouse", "Harborview")
    ]


def test_no_match_in_the_readers_language_searches_the_networks_other_languages(network_a, shelters, food_bank):
    assert search_services(network_a, "shelter", "en").total == 2
    results = search_services(network_a, "shelter", "es")
    assert {service.pk for service in results.services} == {shelter.pk for shelter in shelters}
    assert results.matched_language == "en"
    assert not results.fuzzy
    # A match in the reader's own language stays in it.
    assert search_services(network_a, "albergue", "es").matched_language is None


def test_spanish_page_for_shelter_lists_the_shelters_and_says_in_which_language(client_for, network_a, shelters):
    page = client_for(network_a).get("/es/services/", {"q": "shelter"}).content.decode()
    assert "Albergue de emergencia Lighthouse" in page
    assert "Albergue de emergencia Harborview" in page
    assert "Sin resultados en español. Se muestran resultados en inglés." in page
    assert "palabras parecidas" not in page


def test_a_need_written_as_a_sentence_finds_services_matching_some_of_its_words(client_for, network_a, shelters):
    results = search_services(network_a, "i need a shelter for tonight please", "en")
    assert {service.pk for service in results.services} == {shelter.pk for shelter in shelters}
    assert results.some_words
    page = client_for(network_a).get("/en/services/", {"q": "i need a shelter for tonight please"}).content.decode()
    assert "Lighthouse Emergency Shelter" in page
    assert "No service matched all of your words, so these match some of them." in page


@pytest.mark.parametrize("query", ["心里咨询", "我需要心理咨询"])
def test_chinese_phrases_match_by_their_two_character_words(network_a, counseling, food_bank, query):
    counseling.name_zh_hans = "港口心理咨询"
    counseling.save()
    assert [service.pk for service in search_services(network_a, query, "zh-hans").services] == [counseling.pk]


@pytest.mark.parametrize(
    ("language", "query", "budget"),
    [
        ("en", "counseling", 5),  # a plain results page
        ("es", "shelter", 8),  # another language of the network
        ("en", "i need a shelter for tonight please", 8),  # some of the words
        ("es", "refugioo nocturnoo", 8),  # every fallback, then the spelling correction
        ("es", "albergue nocturnoo", 8),  # every fallback, then the spelling correction that finds some
    ],
)
def test_search_stays_within_its_query_budget(network_a, counseling, shelters, language, query, budget):
    """The search's own queries, beside the fixed number that load the shown cards (never one per result)."""
    results = search_services(network_a, query, language)  # warm: the synonyms of the network are cached
    shown = [service.pk for service in results.services]
    cards = (
        count_queries(lambda: list(with_display_data(Service.objects.filter(pk__in=shown), network_a))) if shown else 0
    )
    assert count_queries(lambda: search_services(network_a, query, language)) - cards <= budget
