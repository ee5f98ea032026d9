"""Search that forgives: accents left out, words of another enabled language, synonyms a network keeps."""

import pytest
from django.db import connection

from directory.models import Category, Service
from directory.search import search_services, text_search_config
from directory.tests.factories import ServiceFactory, translations

pytestmark = pytest.mark.django_db


def names(results) -> list[str]:
    return [str(service.name) for service in results.services]


def listed_service(network, categories=(), **kwargs) -> Service:
    service = ServiceFactory(network=network, **kwargs)
    if categories:
        service.categories.set(categories)
        service.save()
    return service


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
    assert names(results) == [str(counseling.name)]
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
