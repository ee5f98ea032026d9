"""axe-core over every public template, in English, Arabic and Chinese, at phone and desktop width."""

import pytest
from django.template.loader import render_to_string
from django.utils import translation

from portal.tests.factories import PASSWORD, UserFactory
from tests.browser.axe import assert_accessible
from tests.browser.conftest import WIDTHS
from tests.browser.public_pages import LANGUAGES, PUBLIC_PAGES


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_public_page_has_no_wcag_violations(site, open_page, language, width):
    page = open_page(width)
    policy_violations = []
    page.on(
        "console", lambda message: policy_violations.append(message.text) if "Security Policy" in message.text else None
    )
    for name, host, path in PUBLIC_PAGES:
        page.goto(site.url(path.format(lang=language), host))
        assert page.locator("h1").count() == 1, name
        if host != "unknown.localhost":
            assert page.locator("html").get_attribute("lang") == language, name
            assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr"), name
        assert_accessible(page)
        assert not policy_violations, f"{name}: {policy_violations}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_server_error_page_has_no_wcag_violations(site, open_page, language):

    page = open_page("phone")
    page.goto(site.url(f"/{language}/"))
    with translation.override(language):
        page.set_content(render_to_string("500.html"))
    assert page.locator("h1").count() == 1
    assert_accessible(page)


def test_signed_in_pages_with_messages_have_no_wcag_violations(site, open_page):

    user = UserFactory()
    page = open_page("phone")
    page.goto(site.url("/ar/accounts/login/"))
    page.fill("#id_login", user.email)
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(site.url("/ar/"))
    assert page.locator(".messages").count() == 1
    assert_accessible(page)
