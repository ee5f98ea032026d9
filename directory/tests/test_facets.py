"""The search page's filters: only choices that would find something, each under a name in the reader's language."""

import re

import pytest
from django.utils import translation

from directory.models import Category, CostOption
from directory.tests.factories import CostOptionFactory, ServiceFactory, ServiceLanguageFactory, translations

pytestmark = pytest.mark.django_db

CHECKBOX = re.compile(
    r'<input type="checkbox" name="(?P<name>[\w]+)" id="[\w]+" value="(?P<value>[^"]*)"(?P<checked> checked)?> '
    r'<label for="[\w]+">(?P<label>[^<]+) <span class="facet-count">\((?P<count>\d+)\)</span></label>'
)
CATEGORY_OPTION = re.compile(
    r'<option value="(?P<value>[^"]*)"(?: selected)?>(?P<label>[^<]+) \((?P<count>\d+)\)</option>'
)


def filters_offered(page: str) -> dict[str, dict[str, tuple[str, int, bool]]]:
    """Every checkbox a reader can tick, by field and value: (label, count, ticked)."""
    offered: dict[str, dict[str, tuple[str, int, bool]]] = {}
    for box in CHECKBOX.finditer(page):
        field = offered.setdefault(box["name"], {})
        field[box["value"]] = (box["label"], int(box["count"]), bool(box["checked"]))
    return offered


def category_options(page: str) -> dict[str, str]:
    return {option["value"]: option["label"] for option in CATEGORY_OPTION.finditer(page)}


@pytest.fixture
def services(network_a):
    """Counseling in Spanish and ASL, free and walk-in; a shelter in Vietnamese on a sliding scale."""
    counseling = ServiceFactory(
        network=network_a,
        walk_in=True,
        **translations("name", {"en": "Harbor Counseling", "es": "Consejería Harbor"}),
        **translations("description", {"en": "Talk therapy.", "es": "Terapia con un consejero."}),
    )
    shelter = ServiceFactory(network=network_a, name="Night Shelter", description="Beds for tonight.")
    for service, codes, cost, category in (
        (counseling, ("es", "asl"), CostOption.Option.FREE, "individual-counseling"),
        (shelter, ("vi",), CostOption.Option.SLIDING_SCALE, "emergency-shelter"),
    ):
        for code in codes:
            ServiceLanguageFactory(service=service, code=code)
        CostOptionFactory(service=service, option=cost)
        service.categories.set([Category.objects.get(network=network_a, code=category)])
        service.save()
    return counseling, shelter


def test_choices_that_would_find_nothing_are_not_offered(client_for, network_a, services):
    page = client_for(network_a).get("/en/services/", {"language": "asl"}).content.decode()

    assert "Harbor Counseling" in page and "Night Shelter" not in page
    assert filters_offered(page) == {
        "walk_in": {"on": ("Walk-in welcome", 1, False)},
        # Languages widen each other: Vietnamese stays offered, counted as if it were ticked instead.
        "language": {
            "asl": ("American Sign Language", 1, True),
            "es": ("Spanish", 1, False),
            "vi": ("Vietnamese", 1, False),
        },
        "cost": {"free": ("Free", 1, False)},
    }
    assert category_options(page) == {"counseling": "Counseling", "individual-counseling": "– Individual counseling"}
    assert "<summary" in page and "(1 chosen)" in page


def test_each_choice_list_is_counted_without_its_own_choice(client_for, network_a, services):
    """With Spanish and free chosen, the other languages and costs say what choosing them too would add."""
    page = client_for(network_a).get("/en/services/", {"language": "es", "cost": "free"}).content.decode()

    offered = filters_offered(page)
    assert offered["language"] == {
        "asl": ("American Sign Language", 1, False),
        "es": ("Spanish", 1, True),
    }  # the shelter is not free, so Vietnamese would add nothing while "free" is chosen
    assert offered["cost"] == {"free": ("Free", 1, True)}  # the shelter is not in Spanish: nothing to add
    wider = client_for(network_a).get("/en/services/", {"language": "es"}).content.decode()
    assert filters_offered(wider)["language"]["vi"] == ("Vietnamese", 1, False)
    assert category_options(page) == {"counseling": "Counseling", "individual-counseling": "– Individual counseling"}


def test_a_chosen_choice_stays_offered_when_nothing_matches_so_it_can_be_unchosen(client_for, network_a, services):
    query = {"language": "vi", "walk_in": "on", "cost": "free", "category": "individual-counseling"}
    page = client_for(network_a).get("/en/services/", query).content.decode()

    assert "0 services found" in page
    assert filters_offered(page) == {
        "walk_in": {"on": ("Walk-in welcome", 0, True)},
        "language": {"vi": ("Vietnamese", 0, True)},
        "cost": {"free": ("Free", 0, True)},
    }
    assert category_options(page) == {"individual-counseling": "– Individual counseling"}
    assert '<option value="individual-counseling" selected>' in page
    assert "(4 chosen)" in page


def test_the_spanish_page_names_every_filter_in_spanish(client_for, network_a, services):
    page = client_for(network_a).get("/es/services/").content.decode()

    offered = filters_offered(page)
    with translation.override("es"):
        american_sign_language = translation.gettext("American Sign Language")
    assert offered["language"] == {
        "asl": (american_sign_language, 1, False),
        "es": ("Español", 1, False),
        "vi": ("Vietnamita", 1, False),
    }
    assert not re.search(r">\s*asl\b", page), "the bare code of American Sign Language is shown"
    assert offered["cost"] == {"free": ("Gratis", 1, False), "sliding scale": ("Escala móvil", 1, False)}
    assert offered["walk_in"] == {"on": ("Se atiende sin cita", 1, False)}
    categories = Category.objects.filter(network=network_a, code__in=category_options(page))
    assert {code: label.lstrip("– ") for code, label in category_options(page).items()} == {
        category.code: category.name_es for category in categories
    }
    assert len(categories) == 4  # counseling and housing, each with the one sub-category in use


@pytest.mark.parametrize(
    ("language", "simplified_chinese", "sign_language", "tagalog"),
    [
        ("en", "Simplified Chinese", "American Sign Language", "Tagalog"),
        ("es", "Chino simplificado", "Lengua de señas americana", "Tagalo"),
        ("vi", "Tiếng Trung (giản thể)", "Ngôn ngữ ký hiệu Mỹ", "Tiếng Tagalog"),
    ],
)
def test_language_choices_are_named_in_the_readers_language(
    client_for, network_a, language, simplified_chinese, sign_language, tagalog
):
    service = ServiceFactory(network=network_a, name="Family Helpline", description="Help for families.")
    for code in ("zh-hans", "asl", "tl"):
        ServiceLanguageFactory(service=service, code=code)

    page = client_for(network_a).get(f"/{language}/services/", {"q": "families"}).content.decode()

    labels = {value: label for value, (label, _count, _chosen) in filters_offered(page)["language"].items()}
    assert labels == {"zh-hans": simplified_chinese, "asl": sign_language, "tl": tagalog}
    assert "Tàu" not in page
