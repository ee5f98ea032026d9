"""Quick exit as safety-critical sites do it: the page is replaced, Back finds nothing of the visit, and a page
beside the button says plainly what quick exit cannot erase."""

import pytest

from tests.browser.axe import assert_accessible
from tests.browser.conftest import QUICK_EXIT_TARGET

HISTORY_LENGTH = "() => history.length"


def visit(page, site, paths):
    for path in paths:
        page.goto(site.url(path))
    return page.evaluate(HISTORY_LENGTH)


@pytest.mark.parametrize("leave_with", ["button", "escape three times"])
def test_quick_exit_replaces_the_page_and_back_finds_nothing_of_the_visit(site, open_page, leave_with):
    page = open_page("phone")
    length = visit(page, site, ["/en/", "/en/circles/", "/en/services/?q=counseling"])
    if leave_with == "button":
        page.get_by_role("link", name="Quick exit").click()
    else:
        for _ in range(3):
            page.keyboard.press("Escape")
    page.wait_for_url(QUICK_EXIT_TARGET)
    # The page where quick exit was pressed was replaced, not added to: the history has no new entry.
    assert page.evaluate(HISTORY_LENGTH) == length
    # Back goes to earlier pages of the visit; each of them leaves again at once, before showing anything.
    for _ in range(2):
        page.go_back()
        page.wait_for_url(QUICK_EXIT_TARGET)
        assert "counseling" not in page.content().lower()
    assert page.evaluate(HISTORY_LENGTH) == length


def test_after_quick_exit_a_new_visit_works_as_usual(site, open_page):
    page = open_page("phone")
    visit(page, site, ["/en/", "/en/circles/"])
    page.get_by_role("link", name="Quick exit").click()
    page.wait_for_url(QUICK_EXIT_TARGET)
    # Typing the address again is a deliberate return: the portal shows, and its own Back works again.
    visit(page, site, ["/en/volunteer/", "/en/services/"])
    page.go_back()
    page.wait_for_url(site.url("/en/volunteer/"))
    assert page.locator("h1").is_visible()


BROWSE_SAFELY = {
    "en": ("Browse more safely", "What quick exit cannot erase"),
    "es": ("Navegar con más seguridad", "Lo que la salida rápida no puede borrar"),
    "zh-hans": ("更安全地浏览", "快速离开无法清除的内容"),
    "vi": ("Duyệt web an toàn hơn", "Những gì nút thoát nhanh không xóa được"),
    "ar": ("تصفّح بأمان أكبر", "ما لا يستطيع الخروج السريع محوه"),
}


@pytest.mark.parametrize("language", sorted(BROWSE_SAFELY))
def test_browse_more_safely_is_beside_quick_exit_in_every_language(site, open_page, language):
    link_name, heading = BROWSE_SAFELY[language]
    page = open_page("phone")
    page.goto(site.url(f"/{language}/services/"))
    page.locator(".safety-bar").get_by_role("link", name=link_name).click()
    page.wait_for_url(site.url(f"/{language}/browse-safely/"))
    assert page.get_by_role("heading", level=1).inner_text() == link_name
    assert page.get_by_role("heading", level=2, name=heading).is_visible()
    assert page.locator("html").get_attribute("lang") == language
    assert page.locator(".crisis-line__call").is_visible()
    assert_accessible(page)
