"""With JavaScript off, public pages render and their forms still submit."""

import re

from django.core import mail

from portal.tests.factories import PASSWORD, UserFactory
from tests.browser.public_pages import PUBLIC_PAGES


def test_public_pages_render_without_javascript(site, open_page):
    page = open_page("phone", javascript=False)
    for name, host, path in PUBLIC_PAGES:
        page.goto(site.url(path.format(lang="es"), host))
        assert page.locator("h1").is_visible(), name
        assert page.locator("#quick-exit").is_visible(), name
        if host != "unknown.localhost":
            assert page.locator(".crisis-line__call").is_visible(), name


def test_quick_exit_still_leaves_without_javascript(site, open_page):
    page = open_page("phone", javascript=False)
    page.goto(site.url("/en/"))
    page.locator("#quick-exit").click()
    page.wait_for_url(re.compile(r"^https://www\.google\.com/"))


def test_sign_up_log_in_and_reset_password_without_javascript(site, open_page):
    page = open_page("phone", javascript=False)
    page.goto(site.url("/es/accounts/signup/"))
    page.fill("#id_email", "sinjs@example.org")
    page.fill("#id_password1", "una-clave-larga-9")
    page.fill("#id_password2", "una-clave-larga-9")
    page.locator("form button[type=submit]").click()
    page.wait_for_url(site.url("/es/accounts/confirm-email/"))
    assert mail.outbox[-1].to == ["sinjs@example.org"]

    user = UserFactory()
    page.goto(site.url("/es/accounts/login/"))
    page.fill("#id_login", user.email)
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(site.url("/es/"))
    page.get_by_role("button", name="Cerrar sesión").click()
    page.wait_for_url(site.url("/es/"))
    assert page.get_by_role("link", name="Iniciar sesión").is_visible()

    page.goto(site.url("/es/accounts/password/reset/"))
    page.fill("#id_email", user.email)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(site.url("/es/accounts/password/reset/done/"))
    assert "/es/accounts/password/reset/key/" in mail.outbox[-1].body
