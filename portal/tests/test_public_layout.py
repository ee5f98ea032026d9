"""What the public layout shows a reader: the language switcher's order, password errors in the reader's language."""

import re

import pytest

pytestmark = pytest.mark.django_db


def switcher_languages(html: str) -> list[str]:
    switcher = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    return re.findall(r'hreflang="([^"]+)"', switcher)


def test_language_switcher_lists_the_networks_default_language_first(network_b, client_for):
    # network_b is Spanish-first with English and Vietnamese too: a reader sees Spanish at the top.
    for language in network_b.languages:
        response = client_for(network_b).get(f"/{language}/")
        assert switcher_languages(response.text) == ["es", "en", "vi"], language


def test_language_switcher_of_an_english_first_network_keeps_the_portals_order(network_a, client_for):
    response = client_for(network_a).get("/ar/")
    assert switcher_languages(response.text) == ["en", "es", "zh-hans", "vi", "ar"]


TOO_SHORT = {
    "es": "Esta contraseña es demasiado corta: debe tener al menos 10 caracteres.",
    "vi": "Mật khẩu này quá ngắn: cần có ít nhất 10 ký tự.",
    "zh-hans": "这个密码太短了：至少需要 10 个字符。",
    "ar": "كلمة المرور هذه قصيرة جدًا: يجب ألا تقل عن 10 أحرف.",
}


@pytest.mark.parametrize("language", sorted(TOO_SHORT))
def test_a_too_short_password_is_refused_in_the_readers_language(network_a, client_for, language):
    response = client_for(network_a).post(
        f"/{language}/accounts/signup/", {"email": "new@example.org", "password1": "kq7-zx", "password2": "kq7-zx"}
    )
    assert TOO_SHORT[language] in response.text
    assert "too short" not in response.text


def test_a_page_shown_in_another_language_to_an_arabic_reader_is_marked_left_to_right(db, client_for):
    from portal.tests.factories import make_network
    from portal.translated_fields import set_translations

    network = make_network("gamma", "gamma.test", languages=("es", "en", "ar"), default="es")
    home = network.home_page
    set_translations(home, "intro", {"es": "Bienvenida", "en": "Welcome"})
    home.save_revision().publish()
    page = client_for(network).get("/ar/").content.decode()
    assert '<html lang="ar" dir="rtl">' in page
    content = re.search(r'<div class="page-content"[^>]*>', page).group(0)
    assert 'lang="es"' in content and 'dir="ltr"' in content
    assert 'class="translation-notice"' in page
