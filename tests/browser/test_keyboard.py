"""Keyboard-only journeys: quick exit, language switcher, main navigation and login, with visible focus."""

import pytest

from portal.tests.factories import PASSWORD, UserFactory
from tests.browser.conftest import QUICK_EXIT_TARGET

FOCUS_STYLE = """() => {
  const el = document.activeElement;
  const style = getComputedStyle(el);
  return {
    tag: el.tagName, text: el.textContent.trim(), href: el.getAttribute('href'),
    outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
    shadow: style.boxShadow !== 'none',
  };
}"""


def tab_until(page, predicate, limit=40):
    """Press Tab until `predicate(focused)` holds; every stop on the way must show a visible focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUS_STYLE)
        assert focused["outline"] or focused["shadow"], f"no visible focus on {focused}"
        if predicate(focused):
            return focused
    raise AssertionError("the element was not reachable with Tab")


@pytest.mark.parametrize("width", ["phone", "desktop"])
def test_quick_exit_is_one_tab_after_the_skip_link_and_leaves_no_way_back(site, open_page, width):
    page = open_page(width)
    page.goto(site.url("/en/"))
    page.goto(site.url("/en/circles/"))
    page.keyboard.press("Tab")
    assert page.evaluate(FOCUS_STYLE)["href"] == "#main"
    page.keyboard.press("Tab")
    focused = page.evaluate(FOCUS_STYLE)
    assert focused["href"] == QUICK_EXIT_TARGET and focused["outline"]
    page.keyboard.press("Enter")
    page.wait_for_url(QUICK_EXIT_TARGET)
    page.go_back()
    # The page that was open was replaced in the history: "back" skips past it, and the earlier page of the
    # visit it reaches leaves again at once.
    page.wait_for_url(QUICK_EXIT_TARGET)
    assert "/en/" not in page.url


def test_escape_three_times_leaves_the_site(site, open_page):
    page = open_page("phone")
    page.goto(site.url("/es/services/"))
    for _ in range(3):
        page.keyboard.press("Escape")
    page.wait_for_url(QUICK_EXIT_TARGET)


def test_language_switcher_keeps_the_reader_on_the_same_page(site, open_page):
    page = open_page("desktop")
    page.goto(site.url("/en/volunteer/"))
    tab_until(page, lambda focused: focused["href"] == "/ar/volunteer/")
    page.keyboard.press("Enter")
    page.wait_for_url(site.url("/ar/volunteer/"))
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("h1").inner_text() == "التطوع"


def test_main_navigation_works_with_the_keyboard(site, open_page):
    page = open_page("phone")
    page.goto(site.url("/zh-hans/"))
    tab_until(page, lambda focused: focused["href"] == "/zh-hans/circles/")
    page.keyboard.press("Enter")
    page.wait_for_url(site.url("/zh-hans/circles/"))
    assert page.locator('nav[aria-label] a[aria-current="page"]').get_attribute("href") == "/zh-hans/circles/"


def test_login_with_the_keyboard_alone(site, open_page):
    user = UserFactory()
    page = open_page("phone")
    page.goto(site.url("/en/"))
    tab_until(page, lambda focused: focused["href"] == "/en/accounts/login/")
    page.keyboard.press("Enter")
    page.wait_for_url(site.url("/en/accounts/login/"))
    tab_until(
        page, lambda focused: focused["tag"] == "INPUT" and page.evaluate("document.activeElement.id") == "id_login"
    )
    page.keyboard.type(user.email)
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(site.url("/en/"))
    assert page.get_by_role("button", name="Log out").is_visible()
