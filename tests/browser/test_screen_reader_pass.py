"""A screen-reader and keyboard pass of search, a service page and quick exit in Arabic and Vietnamese: what a
person using only the keyboard, or hearing the page, meets in their own language."""

import pytest
from django.utils import translation

from tests.browser.axe import assert_accessible
from tests.browser.conftest import QUICK_EXIT_TARGET

FOCUSED = """() => {
  const el = document.activeElement;
  const style = getComputedStyle(el);
  return {
    tag: el.tagName, id: el.id, name: el.getAttribute('name'), href: el.getAttribute('href'),
    text: el.textContent.trim(),
    visible: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none',
  };
}"""
HEADING_LEVELS = "() => [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(h => Number(h.tagName[1]))"
# The demo service of the browser fixtures: named in Arabic, not in Vietnamese (shown in English there).
SERVICE = {"ar": ("الإرشاد في هاربور", "ar"), "vi": ("Harbor Counseling", "en")}
QUERY = {"ar": "الإرشاد", "vi": "Harbor"}


def tab_to(page, predicate, limit=60):
    """Press Tab until `predicate(focused)` holds; every stop on the way shows where the focus is."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        assert focused["visible"], f"no visible focus on {focused}"
        if predicate(focused):
            return focused
    raise AssertionError("not reachable with Tab")


def translated(language: str, message: str) -> str:
    with translation.override(language):
        text = translation.gettext(message)
    assert text != message or language == "en", f"{message!r} is not translated into {language}"
    return text


def assert_page_structure(page, language: str) -> None:
    """`lang` and `dir`, one h1 and no skipped heading level, and the landmarks a screen reader jumps between."""
    assert page.locator("html").get_attribute("lang") == language
    assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
    levels = page.evaluate(HEADING_LEVELS)
    assert levels[0] == 1 and levels.count(1) == 1, levels
    assert all(later - earlier <= 1 for earlier, later in zip(levels, levels[1:], strict=False)), levels
    for landmark in ("banner", "main", "contentinfo"):
        assert page.get_by_role(landmark).count() == 1, landmark
    assert page.get_by_role("navigation", name=translated(language, "Main")).is_visible()


def assert_safety_first(page, language: str) -> None:
    """The skip link first, then quick exit, named in the reader's language, then the page on browsing safely."""
    page.keyboard.press("Tab")
    assert page.evaluate(FOCUSED)["href"] == "#main"
    page.keyboard.press("Tab")
    focused = page.evaluate(FOCUSED)
    assert focused["id"] == "quick-exit" and focused["visible"]
    name = translated(language, "Quick exit") + translated(language, ": leave this site now")
    assert page.get_by_role("link", name=name, exact=True).get_attribute("id") == "quick-exit"
    page.keyboard.press("Tab")
    assert page.evaluate(FOCUSED)["text"] == translated(language, "Browse more safely")


@pytest.mark.parametrize("language", ["ar", "vi"])
def test_search_with_the_keyboard_and_a_screen_reader(site, open_page, language):
    name, name_language = SERVICE[language]
    page = open_page("desktop")
    page.goto(site.url(f"/{language}/services/"))
    assert_page_structure(page, language)
    assert page.get_by_role("search").count() == 1
    assert_safety_first(page, language)

    # The skip link moves the focus to the main content; the search box is the next stop there.
    page.reload()
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert page.evaluate(FOCUSED)["id"] == "main"
    tab_to(page, lambda focused: focused["name"] == "q")
    page.keyboard.type(QUERY[language])
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: "q=" in url)
    assert_page_structure(page, language)
    assert page.get_by_role("status").first.inner_text().strip()

    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    tab_to(page, lambda focused: focused["name"] == "category")
    # "Open now" is offered only while a service is open: walk-in is there at any hour of the test run.
    tab_to(page, lambda focused: focused["name"] == "walk_in")
    result = tab_to(page, lambda focused: focused["tag"] == "A" and focused["text"] == name)
    heading = page.get_by_role("heading", level=3, name=name)
    assert heading.get_attribute("lang") == name_language
    assert page.get_by_role("link", name=name, exact=True).get_attribute("href") == result["href"]
    # The card's other links say whose they are, read without a stray space before the colon.
    details = f"{translated(language, 'Details')}: {name}"
    assert page.get_by_role("link", name=details, exact=True).get_attribute("href") == result["href"]
    assert page.get_by_role("link", name=f"{translated(language, 'Save to my list')}: {name}", exact=True).count() == 1
    assert_accessible(page)


@pytest.mark.parametrize("language", ["ar", "vi"])
def test_service_page_and_quick_exit_with_the_keyboard_and_a_screen_reader(site, open_page, language):
    name, name_language = SERVICE[language]
    page = open_page("phone")
    page.goto(site.url(f"/{language}/"))
    page.goto(site.url(f"/{language}/services/9001/"))
    assert_page_structure(page, language)
    heading = page.get_by_role("heading", level=1, name=name)
    assert heading.get_attribute("lang") == name_language
    for section in ("How to get this help", "Opening hours", "Languages and cost"):
        assert page.get_by_role("heading", level=2, name=translated(language, section)).is_visible()
    phone = tab_to(page, lambda focused: (focused["href"] or "").startswith("tel:555"))
    assert phone["text"]
    assert_accessible(page)

    page.reload()
    assert_safety_first(page, language)
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Enter")
    page.wait_for_url(QUICK_EXIT_TARGET)
    page.go_back()
    page.wait_for_url(QUICK_EXIT_TARGET)
