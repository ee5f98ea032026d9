"""The directory search on a phone: results on the first screen, filters one tap away, with or without JavaScript."""

import pytest

from tests.browser.axe import assert_accessible
from tests.browser.conftest import WIDTHS

PHONE_SCREEN_HEIGHT = WIDTHS["phone"]["height"]
# A word of each language's listing of Harbor Counseling (the site fixture), as a reader would type it.
SEARCHES = {"en": "counseling", "ar": "الإرشاد", "zh-hans": "咨询"}
TOP_OF_PAGE = "element => element.getBoundingClientRect().top + window.scrollY"


def search(page, site, language: str, words: str) -> None:
    page.goto(site.url(f"/{language}/services/"))
    page.locator("#id_q").fill(words)
    page.locator("#id_q").press("Enter")
    page.wait_for_url(lambda url: "q=" in url)


@pytest.mark.parametrize("language", SEARCHES)
def test_first_result_is_on_the_first_screen_of_a_phone(site, open_page, language):
    page = open_page("phone")
    search(page, site, language, SEARCHES[language])

    first_card = page.locator(".service-card").first
    assert first_card.is_visible()
    card_top = first_card.evaluate(TOP_OF_PAGE)
    assert card_top < PHONE_SCREEN_HEIGHT, f"the first result starts {card_top:.0f} px down"
    assert page.locator("#id_q").evaluate(TOP_OF_PAGE) < card_top, "the search box left the top"
    filters = page.locator("details.directory-filters")
    assert filters.get_attribute("open") is None
    assert page.locator(".directory-filters__summary").is_visible()
    assert not page.locator("#id_category").is_visible()
    assert_accessible(page)


def test_filters_open_and_narrow_the_results_without_javascript(site, open_page):
    page = open_page("phone", javascript=False)
    page.goto(site.url("/en/services/"))
    assert page.locator(".directory-results__count").inner_text() == "2 services found"
    walk_in = page.get_by_label("Walk-in welcome")
    assert not walk_in.is_visible()

    page.locator("summary", has_text="Filters").click()
    assert page.locator("details.directory-filters").get_attribute("open") is not None
    walk_in.check()
    page.get_by_role("button", name="Show services").click()
    page.wait_for_url(lambda url: "walk_in=on" in url)

    assert page.locator(".directory-results__count").inner_text() == "1 service found"
    assert page.locator(".service-card h3").all_inner_texts() == ["Harbor Counseling"]
    # Closed again, so the narrowed results come first, and the summary says filters are in force.
    assert page.locator("summary", has_text="Filters").inner_text() == "Filters (1 chosen)"
    assert not walk_in.is_visible()
    assert page.locator(".service-card").first.evaluate(TOP_OF_PAGE) < PHONE_SCREEN_HEIGHT


def test_filters_are_one_keypress_away_on_a_phone(site, open_page):
    page = open_page("phone")
    page.goto(site.url("/ar/services/"))
    page.locator("#id_q").focus()
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.tagName") == "SUMMARY"
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "id_category"
    assert page.locator("#id_category").is_visible()
    assert_accessible(page)


@pytest.mark.parametrize("javascript", [True, False], ids=["with JavaScript", "without JavaScript"])
def test_filters_show_without_opening_anything_on_a_wide_screen(site, open_page, javascript):
    page = open_page("desktop", javascript=javascript)
    search(page, site, "en", "counseling")

    assert not page.locator(".directory-filters__summary").is_visible()
    assert page.get_by_label("Walk-in welcome").is_visible()
    assert page.locator("#id_category").is_visible()
    assert page.get_by_role("button", name="Show services").is_visible()
    # The keyboard passes from the search button straight to the first filter.
    page.locator("#id_q").focus()
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "id_category"
    page.get_by_label("Walk-in welcome").check()
    page.get_by_role("button", name="Show services").click()
    page.wait_for_url(lambda url: "walk_in=on" in url)
    assert page.locator(".directory-results__count").inner_text() == "1 service found"
    if javascript:
        assert_accessible(page)
