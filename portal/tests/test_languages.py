import itertools
import re

import pytest
from django.utils import translation

from portal.languages import SUPPORTED_LANGUAGE_CODES, network_default
from portal.models import Network
from portal.translated_fields import set_translations

pytestmark = pytest.mark.django_db

HTML_TAG = re.compile(r'<html lang="([^"]+)" dir="([^"]+)">')


def html_attributes(response) -> tuple[str, str]:
    return HTML_TAG.search(response.text).groups()


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGE_CODES)
def test_language_prefix_sets_lang_and_direction(network_a, client_for, language):
    response = client_for(network_a).get(f"/{language}/services/")
    assert response.status_code == 200
    expected_dir = "rtl" if language == "ar" else "ltr"
    assert html_attributes(response) == (language, expected_dir)
    assert f"Alpha crisis help [{language}]" in response.text


def test_root_redirects_to_the_browsers_language_when_the_network_offers_it(network_a, client_for):
    response = client_for(network_a).get("/", HTTP_ACCEPT_LANGUAGE="vi-VN,vi;q=0.9,en;q=0.5")
    assert response.status_code == 302
    assert response["Location"] == "/vi/"


def test_root_redirects_chinese_browsers_to_simplified_chinese(network_a, client_for):
    response = client_for(network_a).get("/", HTTP_ACCEPT_LANGUAGE="zh-CN,zh;q=0.9")
    assert response["Location"] == "/zh-hans/"


def test_root_falls_back_to_the_networks_default_language(network_b, client_for):
    # Network B offers en, es and vi with Spanish first; an Arabic reader lands on Spanish.
    response = client_for(network_b).get("/", HTTP_ACCEPT_LANGUAGE="ar")
    assert response["Location"] == "/es/"


def test_language_the_network_does_not_offer_redirects_to_its_default(network_b, client_for):
    response = client_for(network_b).get("/ar/services/")
    assert response.status_code == 302
    assert response["Location"] == "/es/services/"


def test_switcher_lists_only_enabled_languages_and_keeps_the_page(network_b, client_for):
    response = client_for(network_b).get("/vi/circles/")
    links = re.findall(r'<a href="([^"]+)" lang="([^"]+)" hreflang', response.text)
    assert links == [("/es/circles/", "es"), ("/en/circles/", "en"), ("/vi/circles/", "vi")]  # the default first


def test_switcher_keeps_account_pages_and_query_strings(network_a, client_for):
    response = client_for(network_a).get("/es/accounts/login/?next=/es/services/")
    assert '<a href="/ar/accounts/login/?next=/es/services/" lang="ar"' in response.text


def test_switcher_does_not_repeat_a_huge_query_string_in_every_link(network_b, client_for):
    huge = "x" * 50_000
    response = client_for(network_b).get(f"/vi/circles/?q={huge}")
    links = re.findall(r'<a href="([^"]+)" lang="([^"]+)" hreflang', response.text)
    assert links == [("/es/circles/", "es"), ("/en/circles/", "en"), ("/vi/circles/", "vi")]  # the default first
    assert len(response.content) < 60_000  # the address appears nowhere else either


def test_content_falls_back_to_network_default_with_a_notice_in_the_readers_language(network_b, client_for):
    home = network_b.home_page
    set_translations(home, "intro", {"es": "Bienvenida a la red", "en": "Welcome to the network"})
    home.save_revision().publish()

    response = client_for(network_b).get("/vi/")
    assert "Bienvenida a la red" in response.text  # Spanish, the network default, not English
    assert "Welcome to the network" not in response.text
    assert '<div class="page-content" lang="es">' in response.text
    assert "Trang này chưa có bằng" in response.text  # the notice, in Vietnamese

    english = client_for(network_b).get("/en/")
    assert "Welcome to the network" in english.text
    assert "translation-notice" not in english.text


def test_fully_translated_page_shows_no_notice(network_a, client_for):
    home = network_a.home_page
    set_translations(home, "intro", {code: f"intro {code}" for code in SUPPORTED_LANGUAGE_CODES})
    home.save_revision().publish()
    for language in SUPPORTED_LANGUAGE_CODES:
        response = client_for(network_a).get(f"/{language}/")
        assert f"intro {language}" in response.text
        assert "translation-notice" not in response.text


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("es", "Buscar servicios"),
        ("zh-hans", "查找服务"),
        ("vi", "Tìm dịch vụ"),
        ("ar", "ابحث عن خدمات"),
    ],
)
def test_interface_strings_are_really_translated(network_a, client_for, language, expected):
    response = client_for(network_a).get(f"/{language}/")
    assert expected in response.text
    assert "Quick exit" not in response.text
    assert "Skip to main content" not in response.text


def test_every_enabled_language_of_every_network_renders(two_networks, client_for):
    for network in two_networks:
        for language, path in itertools.product(network.languages, ["/", "/services/", "/accounts/login/"]):
            response = client_for(network).get(f"/{language}{path}")
            assert response.status_code == 200, (network.slug, language, path)
            assert html_attributes(response)[0] == language


def test_untranslated_network_fields_fall_back_per_network(network_b):
    network = Network.objects.get(pk=network_b.pk)
    network.crisis_line_text_vi = ""
    network.save()

    with translation.override("vi"), network_default("es"):
        assert network.crisis_line_text == "Beta crisis help [es]"
