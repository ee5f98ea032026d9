"""A service text missing in the reader's language: shown in another, marked with its language, and said so."""

import re

import pytest

from directory.tests.factories import ServiceFactory, translations

pytestmark = pytest.mark.django_db


@pytest.fixture
def english_and_spanish_only(network_a):
    return ServiceFactory(
        network=network_a,
        **translations("name", {"en": "Harbor Counseling", "es": "Consejería Harbor"}),
        **translations("description", {"en": "Talk therapy for adults.", "es": "Terapia para adultos."}),
    )


def element(html: str, tag: str, text: str) -> str:
    """The opening tag of the `tag` element whose content starts with `text`."""
    match = re.search(rf"<{tag}\b[^>]*>\s*(?:<a [^>]*>)?\s*{re.escape(text)}", html)
    assert match, f"no <{tag}> with {text!r}"
    return match.group(0)


def test_arabic_reader_of_an_untranslated_service_sees_english_marked_ltr_and_a_notice(
    client_for, network_a, english_and_spanish_only
):
    page = client_for(network_a).get(f"/ar/services/{english_and_spanish_only.pk}/").content.decode()
    heading = element(page, "h1", "Harbor Counseling")
    assert 'lang="en"' in heading and 'dir="ltr"' in heading
    description = element(page, "p", "Talk therapy for adults.")
    assert 'lang="en"' in description and 'dir="ltr"' in description
    assert "غير متوفر بعد بلغتك. معروض باللغة: الإنجليزيّة" in page


def test_vietnamese_reader_sees_the_notice_on_the_results_card(client_for, network_a, english_and_spanish_only):
    page = client_for(network_a).get("/vi/services/", {"q": "Harbor"}).content.decode()
    heading = element(page, "h3", "Harbor Counseling")
    assert 'lang="en"' in heading and "dir=" not in heading
    assert "Nội dung này chưa có bằng ngôn ngữ của bạn. Đang hiển thị bằng: Tiếng Anh" in page


def test_a_translated_service_shows_no_notice(client_for, network_a, english_and_spanish_only):
    page = client_for(network_a).get(f"/es/services/{english_and_spanish_only.pk}/").content.decode()
    assert 'lang="es"' in element(page, "h1", "Consejería Harbor")
    assert 'class="translation-notice' not in page
